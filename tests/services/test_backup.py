"""Backups: an online copy of the live file, kept 30 deep, checked before restore, the old file kept."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from models import Tenant, db
from services import backup


def _db_path(url: str) -> Path:
    return Path(url[len("sqlite:///"):])


def test_backup_while_open_then_restore_after_damage(sqlite_site, sqlite_db, tmp_path):
    path = _db_path(sqlite_db)
    Tenant.create(site=sqlite_site.site_id, name="备份前的业户")
    copy = backup.backup_now(path, tmp_path / "backups")
    assert backup.quick_check(copy) == "ok"
    Tenant.create(site=sqlite_site.site_id, name="备份后的业户")
    db.close()
    # Damage the live file in its middle pages.
    raw = bytearray(path.read_bytes())
    raw[4096:4096 + 8192] = b"\x00garbage" * 1024
    path.write_bytes(bytes(raw))
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    assert backup.quick_check(path) != "ok"
    good = backup.newest_good_backup(tmp_path / "backups")
    assert good is not None and good.path == copy
    kept = backup.restore(good.path, path)
    assert kept is not None and kept.exists() and kept.read_bytes() == bytes(raw)
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute('SELECT "name" FROM "tenant"')]
    conn.close()
    assert names == ["备份前的业户"]


def test_keeps_only_the_newest(sqlite_db, tmp_path):
    path = _db_path(sqlite_db)
    start = dt.datetime(2026, 11, 1, 8, 0, 0)
    for day in range(5):
        backup.backup_now(path, tmp_path / "b", keep=3, now=start + dt.timedelta(days=day))
    kept = backup.list_backups(tmp_path / "b")
    assert [b.taken_at.day for b in kept] == [5, 4, 3]
    assert not backup.daily_backup_due(tmp_path / "b", today=dt.date(2026, 11, 5))
    assert backup.daily_backup_due(tmp_path / "b", today=dt.date(2026, 11, 6))


def test_restore_refuses_a_damaged_or_foreign_file(tmp_path):
    bad = tmp_path / "tower-20261101-080000.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    target = tmp_path / "live.db"
    target.write_bytes(b"live")
    with pytest.raises(backup.BackupError, match="未通过检查"):
        backup.restore(bad, target)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(backup.BackupError, match="不是客服台"):
        backup.restore(other, target)
    assert target.read_bytes() == b"live"
