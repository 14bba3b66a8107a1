"""The database's full integrity check, run once a day in the background rather than at every start.

Start-up only proves the database opens and its schema version reads (models.open_database /
ensure_schema): SQLite's quick_check reads every page (6.5 s on a five-year file). The full check runs
off the UI thread on the first start of a day; when it passes, the moment is kept in a Setting row
outside the SETTINGS registry (never shown, never edited), shared by every desk of the site.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from models import Setting, db, now, refresh_statistics

LAST_PASSED_KEY = "integrity.last_passed"


@dataclass(frozen=True)
class IntegrityResult:
    ok: bool
    verdict: str  # "ok", or what SQLite's quick_check found
    checked_at: dt.datetime


def last_passed(site_id: int) -> dt.datetime | None:
    """When the full check last passed on this site's database (None: never)."""
    row = Setting.get_or_none((Setting.site == site_id) & (Setting.key == LAST_PASSED_KEY))
    return None if row is None else dt.datetime.fromisoformat(json.loads(row.value))


def check_due(site_id: int, today: dt.date | None = None) -> bool:
    """True when the full check has not passed yet today."""
    passed = last_passed(site_id)
    return passed is None or passed.date() < (today or dt.date.today())


def run_check(db_path: Path, site_id: int) -> IntegrityResult:
    """SQLite's quick_check on the file (its own read-only connection, so any thread may run it);
    a pass is recorded for the site, with the planner's statistics refreshed; a failure is left for the desk
    to be told."""
    from services.backup import quick_check

    verdict = quick_check(db_path)
    moment = now()
    if verdict == "ok":
        value = json.dumps(moment.isoformat(timespec="seconds"))
        with db.atomic():
            Setting.insert(site=site_id, key=LAST_PASSED_KEY, value=value).on_conflict(
                conflict_target=[Setting.site, Setting.key], update={Setting.value: value}).execute()
        refresh_statistics()  # years of closed records change which index serves a list best
    return IntegrityResult(verdict == "ok", verdict, moment)
