"""Start-up checks: a SQLite file damaged where every start reads it is caught before use and the newest good
backup offered (damage deeper in the file is the daily background check's: tests/reliability/test_integrity.py)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

import models
from models import Tenant, db
from services import backup
from services.login_card import LoginCard, read_card, write_card
from ui import app as desk_app
from ui.dialogs.login_dialog import LoginDialog
from ui.printing import DeskPrinting


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


def _login_windows() -> list[LoginDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]


def _start(url: str, tmp_path: Path, monkeypatch, *, typing: str = "") -> tuple[list, list]:
    """Start the desk as a clerk would (smoke 'login'), noting which login window was up while the database
    opened (the clerk typing `typing` into it) and which one the clerk was finally given."""
    seen, given, languages = [], [], []
    real_open = desk_app.open_checked

    def opening(*args, **kwargs):
        up = _login_windows()
        seen.append([(w, w.site_line.text(), w.windowTitle()) for w in up])
        languages.append(QLocale().language())
        if up and typing:  # keys pressed while the database opens: queued, as the desk is busy opening it
            for char in typing:
                QApplication.postEvent(up[0].username, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                                 Qt.KeyboardModifier.NoModifier, char))
        return real_open(*args, **kwargs)

    monkeypatch.setattr(desk_app, "open_checked", opening)
    monkeypatch.setattr(desk_app, "_smoke", lambda app, dialog, *a: given.append(dialog) or 0)
    printing = DeskPrinting(config_dir=tmp_path / "desk")
    code = desk_app.run(url, lambda: None, smoke="login", printing=printing)
    assert code == 0
    _start.languages = languages
    return seen[0], given


def test_the_login_window_is_up_before_the_database_opens_from_the_second_start(qtbot, sqlite_site, sqlite_db,
                                                                                 tmp_path, monkeypatch):
    db.close()
    desk_app.install_language(QApplication.instance(), "en")  # whatever the last program left: this start is Chinese
    seen, given = _start(sqlite_db, tmp_path, monkeypatch)
    assert seen == []  # the first start on this desk knows nothing of the site: the database opens first
    assert _start.languages == [QLocale.Language.Chinese]  # its messages (and the wizard) in Chinese all the same
    assert read_card(tmp_path / "desk", sqlite_db) == LoginCard(sqlite_site.site_id, "深圳湾科技大厦", "zh_CN")
    given[0].close()
    db.close()
    seen, given = _start(sqlite_db, tmp_path, monkeypatch)
    assert [text for _, text, _ in seen] == ["深圳湾科技大厦"]
    assert given == [seen[0][0]]  # the same window: nothing flickers
    given[0].close()


def test_a_renamed_site_or_a_new_language_corrects_the_window_the_clerk_is_typing_in(qtbot, sqlite_site, sqlite_db,
                                                                                     tmp_path, monkeypatch):
    card_dir = tmp_path / "desk"
    write_card(card_dir, sqlite_db, LoginCard(sqlite_site.site_id, "旧楼名", "zh_CN"))
    db.close()
    seen, given = _start(sqlite_db, tmp_path, monkeypatch)
    assert [text for _, text, _ in seen] == ["旧楼名"]
    assert given[0] is seen[0][0] and given[0].site_line.text() == "深圳湾科技大厦"
    assert read_card(card_dir, sqlite_db).name == "深圳湾科技大厦"
    given[0].close()
    # The desk last showed the English window; the site is Chinese now: a Chinese window, what was typed kept.
    write_card(card_dir, sqlite_db, LoginCard(sqlite_site.site_id, "深圳湾科技大厦", "en"))
    db.close()
    seen, given = _start(sqlite_db, tmp_path, monkeypatch, typing="clerk")
    early, _, title = seen[0]
    assert title == "Tower Desk — Log in"
    assert given[0] is not early and given[0].windowTitle() == "楼宇客服台 — 登录"
    assert given[0].username.text() == "clerk"
    assert _login_windows() == []  # the English one is gone; the Chinese one is shown by the start that follows
    given[0].close()


def test_a_remembered_window_is_taken_down_when_the_database_cannot_open(qtbot, sqlite_site, sqlite_db, tmp_path,
                                                                       monkeypatch):
    write_card(tmp_path / "desk", sqlite_db, LoginCard(sqlite_site.site_id, "深圳湾科技大厦", "zh_CN"))
    db.close()
    _damage(Path(sqlite_db[len("sqlite:///"):]))
    told, windows_while_told = [], []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda *a: told.append(a[2]) or windows_while_told.append(_login_windows()))
    printing = DeskPrinting(config_dir=tmp_path / "desk")
    assert desk_app.run(sqlite_db, lambda: tmp_path / "no-backups", smoke="login", printing=printing) == 3
    assert "没有可用的备份" in told[0]
    assert windows_while_told == [[]]  # the window was down before the trouble was told
    assert _login_windows() == []


def test_the_login_window_needs_no_models():
    """What runs before the login window shows loads no model, no peewee, no database driver (start-up 2x)."""
    import subprocess
    import sys

    loaded = subprocess.run([sys.executable, "-c", "import sys, main, ui.app\n"
                             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
                             "('models', 'peewee', 'psycopg2', 'sqlite3', 'reportlab', 'qtawesome')))"],
                            cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
