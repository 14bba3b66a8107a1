"""Slow work off the UI thread: one small QRunnable helper with succeeded/failed signals."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    progress = Signal(object)  # whatever the job reports as it goes (e.g. (done, of, what))


class Worker(QRunnable):
    """Runs `job` on the thread pool; the result or the error comes back through `signals`."""

    def __init__(self, job: Callable[[], object]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.job()
        except Exception as exc:  # reported to the UI; the thread must not die silently
            log.exception("background job failed")
            self.signals.failed.emit(str(exc))
        else:
            self.signals.succeeded.emit(result)


def run_in_background(job: Callable[[], object], on_done: Callable[[object], None] | None = None,
                      on_error: Callable[[str], None] | None = None) -> Worker:
    return _start(Worker(job), on_done, on_error)


def _start(worker: Worker, on_done: Callable[[object], None] | None,
           on_error: Callable[[str], None] | None) -> Worker:
    if on_done:
        worker.signals.succeeded.connect(on_done)
    if on_error:
        worker.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(worker)
    return worker


def run_with_progress(job: Callable[[Callable[[object], None]], object], on_progress: Callable[[object], None],
                      on_done: Callable[[object], None] | None = None,
                      on_error: Callable[[str], None] | None = None) -> Worker:
    """Like run_in_background, for a job that reports how far it got: it is called with a `report(value)` that
    reaches `on_progress` on the UI thread (a queued signal)."""
    worker = Worker(lambda: job(worker.signals.progress.emit))
    worker.signals.progress.connect(on_progress)
    return _start(worker, on_done, on_error)
