"""A database that cannot be opened or used (damaged pages, locked by another program, a full disk, the
server down, a wrong password, no such database) gives a plain Chinese message with what to do, never a
traceback; the backup/restore path brings a damaged copy of a real file back with its data."""
from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pytest
from PySide6.QtWidgets import QMessageBox

import main
import models
from models import Tenant, db
from tests.pg_server import _free_port
from tests.reliability.damage import db_path, fill_tenants, overwrite_middle_pages
from ui import app as desk_app

ROOT = Path(__file__).resolve().parents[2]


def _no_traceback(err: str) -> None:
    assert "Traceback" not in err and "peewee" not in err and "sqlite3." not in err


def test_damaged_copy_is_reported_plainly_and_restored_with_its_data(sqlite_site, sqlite_db, tmp_path, capsys):
    fill_tenants(sqlite_site.site_id, 1500)
    live = db_path(sqlite_db)
    db.close()
    assert main.main(["--db", sqlite_db, "backup", "--to", str(tmp_path / "backups")]) == 0
    taken = Path(capsys.readouterr().out.strip())
    # A copy of the real file, damaged the way a failing disk does it: pages in the middle overwritten.
    copy = tmp_path / "copy" / "tower.db"
    copy.parent.mkdir()
    shutil.copy2(live, copy)
    url = f"sqlite:///{copy}"
    overwrite_middle_pages(copy)
    # The on-demand check (the daily one's twin) says what is wrong and what to do, in one line.
    assert main.main(["--db", url, "check"]) == 2
    err = capsys.readouterr().err
    assert "完整性检查未通过" in err and "python main.py restore" in err
    _no_traceback(err)
    # Reading the damaged table from a command: the desk's words, exit 3, no traceback (a separate
    # process, as the desk runs it).
    run = subprocess.run([sys.executable, "main.py", "--db", url, "purge-visitors"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode in (0, 3), run.stderr
    _no_traceback(run.stderr)
    models.open_database(url)
    with pytest.raises(models.DatabaseUnavailable) as caught:
        try:
            list(Tenant.select())
        except models.DB_ERRORS as exc:  # what every command and screen does with it
            raise models.explain_live(exc) from exc
    db.close()
    assert caught.value.code == "corrupt" and "已损坏" in caught.value.message
    assert "main.py restore" in caught.value.advice
    # Restore from the backup: the data is back and the file passes the full check.
    assert main.main(["--db", url, "restore", str(taken)]) == 0
    assert "已从" in capsys.readouterr().out
    assert main.main(["--db", url, "check"]) == 0
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM tenant").fetchone()[0] == 1500
    conn.close()
    assert list(copy.parent.glob("tower.replaced-*.db"))  # the damaged file is kept aside, not deleted


def test_a_damaged_header_stops_every_command_with_advice(sqlite_site, sqlite_db, tmp_path):
    live = db_path(sqlite_db)
    db.close()
    raw = bytearray(live.read_bytes())
    raw[0:100] = b"\x00" * 100
    live.write_bytes(bytes(raw))
    run = subprocess.run([sys.executable, "main.py", "--db", sqlite_db, "samples", str(tmp_path / "out")], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 3
    assert "数据库文件已损坏" in run.stderr and "main.py restore" in run.stderr
    _no_traceback(run.stderr)


def _hold_exclusive(path: str, ready, release) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("CREATE TABLE IF NOT EXISTS other_program (x)")
    ready.set()
    release.wait(60)
    conn.execute("ROLLBACK")
    conn.close()


def test_a_file_locked_by_another_program(qtbot, sqlite_site, sqlite_db, monkeypatch):
    path = db_path(sqlite_db)
    db.close()
    ctx = mp.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_exclusive, args=(str(path), ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        shown = []
        monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
        t0 = time.monotonic()
        assert not desk_app.open_checked(sqlite_db, path.parent / "backups")
        waited = time.monotonic() - t0
        assert len(shown) == 1 and "被其他程序锁定" in shown[0] and "关闭其他" in shown[0]
        assert waited < models.database.OPEN_BUSY_MS / 1000 + 3  # told within seconds, not left hanging
    finally:
        release.set()
        holder.join(30)
    db.close()
    # Once the other program lets go, the desk opens normally.
    assert desk_app.open_checked(sqlite_db, path.parent / "backups")
    assert Tenant.select().count() == 0
    db.close()


@pytest.fixture
def tiny_disk(tmp_path):
    """A real filesystem with 256 KB free (tmpfs; the tests run as root, as TESTING.md's machine does)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_full_disk(tiny_disk, capsys):
    url = f"sqlite:///{tiny_disk / 'tower.db'}"
    assert main.main(["--db", url, "demo"]) == 3
    err = capsys.readouterr().err
    assert "磁盘已满" in err and "清理磁盘空间" in err
    _no_traceback(err)
    db.close()


def test_a_full_disk_while_saving_keeps_the_form(qtbot, tmp_path, password_hash, monkeypatch):
    """Work goes on until the disk fills: the save is refused with the reason, the typing stays, nothing half-saved."""
    from services.site import get_site
    from tests.conftest import make_site
    from tests.ui.typing import type_text
    from ui.context import DeskContext
    from ui.dialogs.tenant_dialog import TenantDialog

    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], check=True)
    try:
        url = f"sqlite:///{mount / 'tower.db'}"
        models.open_database(url)
        models.ensure_schema()
        actors = make_site(password_hash)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the next write must find room on the disk
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)  # everything else on the disk
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        dialog = TenantDialog(DeskContext(actors.clerk, get_site(actors.site_id), "SQLite test", "sqlite"))
        qtbot.addWidget(dialog)
        type_text(dialog.name, "深圳市前海云帆科技有限公司")
        shown = []
        monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
        dialog.save_button.click()
        assert len(shown) == 1 and "磁盘已满" in shown[0] and "清理磁盘空间" in shown[0]
        assert dialog.name.text() == "深圳市前海云帆科技有限公司" and dialog.tenant_id is None
        # Room made, the same form saves; nothing of the failed try is left behind.
        (mount / "filler").unlink()
        dialog.save_button.click()
        assert len(shown) == 1
        assert [t.name for t in Tenant.select()] == ["深圳市前海云帆科技有限公司"]
        db.close()
    finally:
        db.close()
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_server_down_wrong_password_and_no_database(qtbot, pg_server, pg_url, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    down = f"postgresql://postgres@127.0.0.1:{_free_port()}/towerdesk"
    assert not desk_app.open_checked(down, None)
    assert "无法连接数据库服务器" in shown[-1] and "服务器是否已启动" in shown[-1]
    assert "password" not in shown[-1].lower()
    # A role that must give its password (the test server trusts everyone else).
    conn = psycopg2.connect(pg_server.url())
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP ROLE IF EXISTS desk_pw")
        cur.execute("CREATE ROLE desk_pw LOGIN PASSWORD 'Right2026pw'")
        hba = pg_server.dir / "data" / "pg_hba.conf"
        text = hba.read_text()
        if "desk_pw" not in text:
            hba.write_text("host all desk_pw 127.0.0.1/32 scram-sha-256\n" + text)
        cur.execute("SELECT pg_reload_conf()")
    conn.close()
    time.sleep(0.3)
    wrong = f"postgresql://desk_pw:Wrong2026pw@127.0.0.1:{pg_server.port}/towerdesk_test"
    assert not desk_app.open_checked(wrong, None)
    assert "用户名或密码不对" in shown[-1] and "site.ini" in shown[-1] and "Wrong2026pw" not in shown[-1]
    missing = f"postgresql://postgres@127.0.0.1:{pg_server.port}/no_such_tower"
    assert not desk_app.open_checked(missing, None)
    assert "没有这个数据库" in shown[-1]
    assert main.main(["--db", down, "demo"]) == 3
    assert len(shown) == 3


def test_a_clash_with_the_schema_is_not_called_a_broken_database(sqlite_site):
    """A unique rule met while saving (a race no service foresaw) is told as a conflict to retry, not a fault."""
    import peewee

    from models import Setting

    Setting.create(site=sqlite_site.site_id, key="x.y", value="1")
    with pytest.raises(peewee.IntegrityError) as caught:
        Setting.create(site=sqlite_site.site_id, key="x.y", value="2")
    problem = models.explain_live(caught.value)
    assert problem.code == "conflict" and "冲突" in problem.message and "刷新后重试" in problem.advice
