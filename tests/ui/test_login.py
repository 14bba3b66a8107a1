"""The login window as a clerk meets it: wrong password counted down, lock-out told, right one accepted."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models import AuditEntry
from services.site import get_site
from tests.conftest import PASSWORD
from tests.ui.typing import press, type_text
from ui.dialogs.login_dialog import LoginDialog


def _dialog(qtbot, site) -> LoginDialog:
    dialog = LoginDialog(get_site(site.site_id))
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_site_and_logs_in_with_enter(qtbot, sqlite_site):
    dialog = _dialog(qtbot, sqlite_site)
    assert dialog.findChild(type(dialog.message), "site_name").text() == "深圳湾科技大厦"
    type_text(dialog.username, "clerk")
    type_text(dialog.password, PASSWORD)
    dialog.show()
    press(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role == "clerk"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_wrong_password_counts_down_then_locks(qtbot, sqlite_site):
    dialog = _dialog(qtbot, sqlite_site)
    type_text(dialog.username, "clerk")
    for left in (4, 3, 2, 1):
        type_text(dialog.password, "wrong")
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
        assert f"再错 {left} 次" in dialog.message.text()
        assert dialog.password.text() == "" and dialog.username.text() == "clerk"
    type_text(dialog.password, "wrong")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "已锁定" in dialog.message.text()
    type_text(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and "已锁定" in dialog.message.text()
    assert AuditEntry.select().where(AuditEntry.action == "locked").count() == 1
