"""Start-up checks: a SQLite file damaged where every start reads it is caught before use and the newest good
backup offered (damage deeper in the file is the daily background check's: tests/reliability/test_integrity.py)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

import models
from models import Tenant, db
from services import backup
from ui import app as desk_app


def _damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[0:4096 + 8192] = b"\x00broken!" * 1536  # the header and the schema's first pages
    path.write_bytes(bytes(raw))
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)


def test_damaged_database_is_restored_from_the_newest_good_backup(qtbot, sqlite_site, sqlite_db, tmp_path,
                                                                   monkeypatch):
    path = Path(sqlite_db[len("sqlite:///"):])
    Tenant.create(site=sqlite_site.site_id, name="备份里的业户")
    backup.backup_now(path, tmp_path / "backups")
    db.close()
    _damage(path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert desk_app.open_checked(sqlite_db, tmp_path / "backups")
    assert "检查未通过" in asked[0]
    assert [t.name for t in Tenant.select()] == ["备份里的业户"]
    assert list(path.parent.glob("tower.replaced-*.db"))  # the damaged file is kept aside


def test_damaged_database_without_backup_says_so_and_does_not_open(qtbot, sqlite_db, tmp_path, monkeypatch):
    path = Path(sqlite_db[len("sqlite:///"):])
    db.close()
    _damage(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert not desk_app.open_checked(sqlite_db, tmp_path / "none")
    assert "没有可用的备份" in shown[0]


def test_first_start_of_the_day_takes_a_backup(qtbot, sqlite_site, sqlite_db, tmp_path):
    folder = tmp_path / "daily"
    desk_app.daily_backup(sqlite_db, folder, sqlite_site.site_id)
    QThreadPool.globalInstance().waitForDone(10000)
    taken = backup.list_backups(folder)
    assert len(taken) == 1 and backup.quick_check(taken[0].path) == "ok"
    conn = sqlite3.connect(taken[0].path)
    assert conn.execute("SELECT count(*) FROM user").fetchone()[0] == 6
    conn.close()
    desk_app.daily_backup(sqlite_db, folder, sqlite_site.site_id)  # the second start that day: none
    QThreadPool.globalInstance().waitForDone(10000)
    assert len(backup.list_backups(folder)) == 1
    models.db.close()
