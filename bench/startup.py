"""Start-up on the five-year tower: process start to login window shown (against a bare PySide6 window in the
same run), and login to the dashboard shown (at most half a second)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.report import Result
from bench.tower import Bench

ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.resize(420, 260); w.show(); app.processEvents()\n"
    "print('shown', flush=True)\n"
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _time_until(cmd: list[str], marker: str) -> tuple[float, str]:
    """Wall time from spawning the process to the line starting with `marker`; and that line."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    found = ""
    for line in proc.stdout:
        if line.startswith(marker):
            found = line.strip()
            break
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if not found:
        raise RuntimeError(f"{cmd} never printed {marker!r}: {proc.stderr.read() if proc.stderr else ''}")
    return elapsed, found


def run(bench: Bench) -> list[Result]:
    rounds = 3 if bench.quick else 7
    url = bench.url
    # Warm the OS file cache for both, so neither pays first-read costs the other does not.
    _time_until([sys.executable, "-c", BARE_WINDOW], "shown")
    _time_until([sys.executable, "main.py", "--db", url, "--smoke", "login"], "login-shown")
    bare, login, dashboard = [], [], []
    for _ in range(rounds):  # interleaved, so machine noise hits both alike
        bare.append(_time_until([sys.executable, "-c", BARE_WINDOW], "shown")[0])
        login.append(_time_until([sys.executable, "main.py", "--db", url, "--smoke", "login"], "login-shown")[0])
        _, line = _time_until([sys.executable, "main.py", "--db", url, "--smoke", "clerk:clerk2026"],
                              "dashboard-shown")
        dashboard.append(float(line.split()[1]))
    return [
        Result("startup.login_window", "s", statistics.median(login), statistics.median(bare), target=2.0),
        Result("startup.login_to_dashboard", "s", statistics.median(dashboard), None, limit=0.5),
    ]
