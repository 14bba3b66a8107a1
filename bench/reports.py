"""The manager's reports on the five-year tower: the busiest recent month's report as a PDF with its charts
(target: at most 3 s; no baseline — a report is measured against nothing but its own target), the same month's
workbook, a week's PDF, and the monthly PDF from the command line in a fresh process (imports, fonts and all)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.report import Result
from bench.requests import _timed_ms
from bench.tower import ROOT, Bench

LIMIT_S = 3.0


def _timed_s(action: Callable[[], object], rounds: int) -> float:
    return _timed_ms(action, rounds) / 1000


def run(bench: Bench) -> list[Result]:
    import models
    from models import User, Visit
    from services import periods, reports
    from services.auth import actor_of

    rounds = 3 if bench.quick else 5
    models.open_database(bench.url)
    try:
        manager = actor_of(User.get(User.username == "manager"))
        last = Visit.select(Visit.day).order_by(Visit.day.desc()).first().day
        # The busier of the last whole month (the demo's, made through the services) and the same month a year
        # before (the bulk history's: on the full tower about 84,000 visits); the last whole week.
        recent = periods.month_of(last.replace(day=1) - dt.timedelta(days=1))
        year_before = periods.month_of(recent.start.replace(year=recent.start.year - 1))
        month = max((recent, year_before), key=lambda p: Visit.select().where(
            Visit.day.between(p.start, p.end)).count())
        week = periods.week_of(last - dt.timedelta(days=7))
        visits = sum(v for _, v, _ in reports.build_report(month, by=manager).visits)
        results = [
            Result("reports.monthly_pdf", "s", _timed_s(
                lambda: reports.report_pdf(reports.build_report(month, by=manager)), rounds), None, limit=LIMIT_S,
                note=f"{month.text}: {visits:,} visits, gathered and drawn with its charts"),
            Result("reports.monthly_xlsx", "s", _timed_s(
                lambda: reports.report_xlsx(reports.build_report(month, by=manager)), rounds), None, limit=LIMIT_S),
            Result("reports.weekly_pdf", "s", _timed_s(
                lambda: reports.report_pdf(reports.build_report(week, by=manager)), rounds), None, limit=LIMIT_S),
        ]
    finally:
        models.db.close()
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "main.py", "--db", bench.url, "report", "monthly", "--period", month.text,
                   "--out", str(Path(tmp) / "monthly.pdf")]
        results.append(Result(
            "reports.monthly_pdf_command", "s",
            _timed_s(lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True), rounds), None,
            limit=LIMIT_S, note="main.py report monthly in a fresh process: Python, imports, the font file and all"))
    return results
