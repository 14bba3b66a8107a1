"""A real CUPS printer queue that writes PDFs (CUPS-PDF), started for the test run and removed after it."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, check=check, timeout=60)


def _need(tool: str) -> str:
    path = shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/usr/bin")
    if not path:
        raise RuntimeError(f"{tool} is missing: run `make test` (it installs cups and printer-driver-cups-pdf)")
    return path


class PdfQueue:
    """`name` is the queue; `printed()` lists the PDFs it wrote; stop() removes it and what was started."""

    def __init__(self, name: str = "") -> None:
        if os.geteuid() != 0:
            raise RuntimeError("the printer queue test sets up CUPS and needs root (CI runs as root)")
        if not PPD.exists() or not CUPS_PDF_CONF.exists():
            raise RuntimeError("printer-driver-cups-pdf is missing: run `make test`")
        self.name = name or f"TowerDesk-Test-{os.getpid()}"  # two test runs on one machine keep apart
        self.out = Path(tempfile.mkdtemp(prefix="towerdesk-cups-"))
        self.out.chmod(0o777)
        self._conf_before = CUPS_PDF_CONF.read_text()
        self._started: subprocess.Popen | None = None

    def start(self) -> None:
        conf = re.sub(r"(?m)^#?Out .*$", f"Out {self.out}", self._conf_before)
        CUPS_PDF_CONF.write_text(conf)
        if _run(_need("lpstat"), "-r", check=False).stdout.strip() != "scheduler is running":
            # No init system in a container: run the scheduler in the foreground as our child.
            self._started = subprocess.Popen([_need("cupsd"), "-f"], stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 20
            while _run(_need("lpstat"), "-r", check=False).stdout.strip() != "scheduler is running":
                if time.monotonic() > deadline:
                    raise RuntimeError("cupsd did not start")
                time.sleep(0.2)
        _run(_need("lpadmin"), "-p", self.name, "-v", "cups-pdf:/", "-E", "-P", str(PPD))
        self.enable()

    def enable(self) -> None:
        _run(_need("cupsenable"), self.name)
        _run(_need("cupsaccept"), self.name)

    def disable(self) -> None:
        _run(_need("cupsdisable"), self.name)

    def printed(self) -> list[Path]:
        return sorted(self.out.glob("*.pdf"), key=lambda p: p.stat().st_mtime)

    def wait_for(self, count: int, timeout: float = 60) -> list[Path]:
        """Wait until the queue is empty and `count` PDFs are written (a file appears before it is whole)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            jobs = _run(_need("lpstat"), "-o", self.name, check=False).stdout.strip()
            files = self.printed()
            if not jobs and len(files) >= count:
                return files
            time.sleep(0.2)
        raise AssertionError(f"the queue did not finish: jobs={jobs!r} files={files}")

    def stop(self) -> None:
        _run(_need("lpadmin"), "-x", self.name, check=False)
        CUPS_PDF_CONF.write_text(self._conf_before)
        if self._started is not None:
            self._started.terminate()
            self._started.wait(timeout=20)
        shutil.rmtree(self.out, ignore_errors=True)
