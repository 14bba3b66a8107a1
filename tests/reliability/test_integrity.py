"""Start-up checks the database cheaply; the full integrity check runs once a day in the background,
records when it last passed, and tells the desk plainly (restore from backup) when it fails."""
from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

import models
from models import Setting, Tenant, db
from services import backup, integrity
from tests.reliability.damage import db_path, fill_tenants, overwrite_middle_pages
from ui import app as desk_app


def _dialogs(monkeypatch) -> list[str]:
    """Every blocking message box start-up would show (none may appear for a sound or deep-damaged file)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.No)
    return shown


def _run_daily(url: str, site_id: int, parent=None):
    results = []
    worker = desk_app.daily_integrity_check(url, site_id, parent, on_done=results.append)
    QThreadPool.globalInstance().waitForDone(30000)
    deadline = time.monotonic() + 10
    while worker is not None and not results and time.monotonic() < deadline:
        QApplication.processEvents()
    return worker, results


def test_start_does_not_run_the_full_check_and_the_daily_check_finds_deep_damage(qtbot, sqlite_site, sqlite_db,
                                                                                 monkeypatch):
    fill_tenants(sqlite_site.site_id)
    path = db_path(sqlite_db)
    db.close()
    damaged = overwrite_middle_pages(path)
    assert damaged and backup.quick_check(path) != "ok"
    shown = _dialogs(monkeypatch)
    # Every start: it opens, the schema version reads, the users can log in. No page-by-page read.
    assert desk_app.open_checked(sqlite_db, path.parent / "backups")
    assert shown == []
    assert models.current_version() == models.SCHEMA_VERSION
    # The first start of the day runs the full check in the background and says what to do.
    worker, results = _run_daily(sqlite_db, sqlite_site.site_id)
    assert worker is not None and len(results) == 1 and not results[0].ok
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "integrity_failed" and w.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "完整性检查未通过" in text and "python main.py restore" in text and "备份" in text
    boxes[0].close()
    db.connect(reuse_if_open=True)
    assert integrity.last_passed(sqlite_site.site_id) is None  # a failure is never recorded as a pass
    assert integrity.check_due(sqlite_site.site_id)  # so the next start checks again


def test_daily_check_records_a_pass_once_a_day(qtbot, sqlite_site, sqlite_db):
    fill_tenants(sqlite_site.site_id, 200)
    before = models.now()
    worker, results = _run_daily(sqlite_db, sqlite_site.site_id)
    assert worker is not None and results[0].ok and results[0].verdict == "ok"
    passed = integrity.last_passed(sqlite_site.site_id)
    assert passed is not None and passed >= before
    row = Setting.get((Setting.site == sqlite_site.site_id) & (Setting.key == integrity.LAST_PASSED_KEY))
    assert passed.isoformat() in row.value
    # The planner's statistics were refreshed with the pass (the tenants' indexes among them).
    stats = {index for index, in db.execute_sql('SELECT "idx" FROM "sqlite_stat1" WHERE "tbl" = \'tenant\'')}
    assert "tenant_name_initials" in stats
    # The same day: not due, nothing runs.
    assert not integrity.check_due(sqlite_site.site_id)
    assert desk_app.daily_integrity_check(sqlite_db, sqlite_site.site_id) is None
    # The next day it is due again.
    assert integrity.check_due(sqlite_site.site_id, today=dt.date.today() + dt.timedelta(days=1))
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "integrity_failed" and w.isVisible()]


def test_cheap_start_check_is_fast_on_a_big_file(qtbot, sqlite_site, sqlite_db, monkeypatch):
    """Start-up time does not grow with the file: the open check reads a few pages, quick_check reads all."""
    fill_tenants(sqlite_site.site_id, 6000)
    path = db_path(sqlite_db)
    db.close()
    t0 = time.perf_counter()
    assert backup.quick_check(path) == "ok"
    full = time.perf_counter() - t0
    pages_read = []
    monkeypatch.setattr(backup, "quick_check", lambda p: pages_read.append(p) or "ok")
    shown = _dialogs(monkeypatch)
    t0 = time.perf_counter()
    assert desk_app.open_checked(sqlite_db, path.parent / "backups")
    opened = time.perf_counter() - t0
    assert pages_read == [] and shown == []
    assert Tenant.select().count() == 6000
    print(f"full check {full * 1000:.1f} ms, start-up open check {opened * 1000:.1f} ms")
