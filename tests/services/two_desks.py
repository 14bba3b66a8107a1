"""Two desks doing something at the same moment, each on its own connection (peewee keeps one per thread)."""
from __future__ import annotations

import threading
from collections.abc import Callable

from models import db


def at_once(*calls: Callable[[], object]) -> list[object]:
    """Run the calls together in threads, started at one barrier; what each returned or raised, in order."""
    start = threading.Barrier(len(calls))
    outcomes: list[object] = [None] * len(calls)
    connections: list[object] = [None] * len(calls)

    def desk(i: int) -> None:
        try:
            start.wait()
            connections[i] = db.connection()  # kept, so no id is reused
            outcomes[i] = calls[i]()
        except Exception as exc:  # noqa: BLE001 - the caller looks at what each desk got
            outcomes[i] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len({id(c) for c in connections}) == len(calls)  # really separate connections
    return outcomes
