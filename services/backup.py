"""Backups of the SQLite file: SQLite's online backup, a daily copy kept 30 deep, checks, and restore."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

PREFIX = "tower-"
SUFFIX = ".db"


class BackupError(Exception):
    """A backup or restore could not be done; the message says why in the desk's words."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int


def quick_check(path: Path) -> str:
    """'ok' if SQLite's quick_check passes on the file, otherwise what it found."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows)
    return "ok" if result == "ok" else result


def backup_now(db_path: Path, to_dir: Path, *, keep: int = 30, now: dt.datetime | None = None) -> Path:
    """Copy the live database with SQLite's online backup (safe while desks work); keep the newest `keep`."""
    moment = now or dt.datetime.now()
    to_dir.mkdir(parents=True, exist_ok=True)
    target = to_dir / f"{PREFIX}{moment:%Y%m%d-%H%M%S}{SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        source = sqlite3.connect(str(db_path), timeout=30)
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"备份失败：{exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"备份失败：无法写入 {to_dir}（{exc.strerror}）") from exc
    # Only a finished copy gets the name restore looks for.
    partial.replace(target)
    for old in list_backups(to_dir)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(to_dir: Path) -> list[BackupInfo]:
    """The backups in the folder, newest first."""
    if not to_dir.exists():
        return []
    found = []
    for path in to_dir.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            taken = dt.datetime.strptime(path.stem[len(PREFIX):], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def daily_backup_due(to_dir: Path, today: dt.date | None = None) -> bool:
    """True on the first start of a day: no backup taken today yet."""
    today = today or dt.date.today()
    newest = list_backups(to_dir)
    return not newest or newest[0].taken_at.date() < today


def newest_good_backup(to_dir: Path) -> BackupInfo | None:
    """The newest backup that passes quick_check (offered when the live file fails its check)."""
    for info in list_backups(to_dir):
        if quick_check(info.path) == "ok":
            return info
    return None


def restore(backup: Path, db_path: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put `backup` in place of the database after checking it; the replaced file is kept aside.

    Returns where the replaced file was kept (None if there was none). The app must not have the
    database open while this runs.
    """
    if not backup.is_file():
        raise BackupError(f"找不到备份文件：{backup}")
    verdict = quick_check(backup)
    if verdict != "ok":
        raise BackupError(f"备份文件未通过检查，不能用于恢复：{verdict}")
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            has_schema = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_info'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"备份文件无法读取：{exc}") from exc
    if not has_schema:
        raise BackupError("这不是客服台的数据库备份。")
    moment = now or dt.datetime.now()
    kept = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.stem}.replaced-{moment:%Y%m%d-%H%M%S}{db_path.suffix}")
        shutil.copy2(db_path, kept)
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)
    tmp = db_path.with_suffix(".restoring")
    shutil.copy2(backup, tmp)
    tmp.replace(db_path)
    return kept
