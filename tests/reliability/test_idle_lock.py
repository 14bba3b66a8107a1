"""An idle desk locks itself after the site's minutes and asks for the password; the open form keeps its typing."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models import AuditEntry, Tenant
from services import settings
from services.site import get_site
from tests.conftest import PASSWORD
from tests.ui.typing import type_text
from ui.context import DeskContext
from ui.dialogs.tenant_dialog import TenantDialog
from ui.main_window import MainWindow

IDLE_MS = 400


def _window(qtbot, site) -> MainWindow:
    window = MainWindow(DeskContext(site.clerk, get_site(site.site_id), "SQLite test", "sqlite"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_desk_locks_and_the_right_password_gives_back_the_open_form(qtbot, sqlite_site):
    settings.update_settings({"login.idle_lock_minutes": 2}, by=sqlite_site.manager)
    window = _window(qtbot, sqlite_site)
    lock = window.idle_lock
    assert lock.minutes == 2 and lock.timer.isActive() and lock.timer.interval() == 2 * 60_000  # the site's setting
    lock.timer.setInterval(IDLE_MS)  # the same countdown, shortened for the test
    lock.timer.start()
    dialog = TenantDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.open()
    # A clerk typing is not idle: keys every 150 ms for over twice the idle time never lock the desk.
    for ch in "深圳市前海云帆科技有限公司":
        type_text(dialog.name, ch)
        qtbot.wait(80)
        assert not lock.locked
    # Then the clerk walks away: the desk locks over the main window and the form.
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    screen = lock.screen
    assert screen.isVisible() and screen.isModal() and screen.geometry().contains(window.geometry())
    assert dialog.isVisible()  # still there under the lock, not closed
    # Esc does not unlock; a wrong password is refused and counted.
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert lock.locked
    type_text(screen.password, "wrong-pass1")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.locked and "密码不正确" in screen.message.text() and "4" in screen.message.text()
    assert AuditEntry.select().where((AuditEntry.action == "login_failed")
                                     & (AuditEntry.record_id == sqlite_site.clerk.user_id)).count() == 1
    type_text(screen.password, PASSWORD)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    assert AuditEntry.select().where(AuditEntry.action == "unlock_desk").count() == 1
    # The form is as it was left: the typing is there and it saves.
    assert dialog.isVisible() and dialog.name.text() == "深圳市前海云帆科技有限公司"
    assert dialog.save()
    assert Tenant.get().name == "深圳市前海云帆科技有限公司"
    assert lock.timer.isActive()  # counting again
    window.close()


def test_too_many_wrong_passwords_at_the_lock_lock_the_account(qtbot, sqlite_site):
    settings.update_settings({"login.idle_lock_minutes": 1, "login.max_failures": 3}, by=sqlite_site.manager)
    window = _window(qtbot, sqlite_site)
    window.idle_lock.lock()
    screen = window.idle_lock.screen
    for _ in range(3):
        type_text(screen.password, "wrong-pass1")
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert "账户已锁定" in screen.message.text()
    type_text(screen.password, PASSWORD)  # even the right one, until the lock-out runs out
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.idle_lock.locked
    window.close()


def test_zero_minutes_never_locks(qtbot, sqlite_site):
    settings.update_settings({"login.idle_lock_minutes": 0}, by=sqlite_site.manager)
    window = _window(qtbot, sqlite_site)
    assert window.idle_lock.minutes == 0 and not window.idle_lock.timer.isActive()
    window.close()
