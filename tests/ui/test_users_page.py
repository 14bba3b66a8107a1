"""The admin's user list: add, edit, unlock, as the admin would click them; other roles only see a note."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import AuditEntry, User
from services import auth
from services.auth import UserInput
from tests.ui.typing import type_text
from ui.pages.users_page import UsersPage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, desk) -> UsersPage:
    page = UsersPage(desk("admin"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def row_of(page: UsersPage, username: str) -> int:
    return next(i for i, u in enumerate(page.model.rows) if u.username == username)


def cell(page: UsersPage, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def pick(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_admin_adds_a_user(qtbot, page):
    assert page.model.total == 6 and page.count.text() == "共 6 个用户"
    qtbot.mouseClick(page.add_button, LEFT)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "liming")
    type_text(dialog.full_name, "李明")
    pick(dialog.role, "steward")
    qtbot.keyClicks(dialog.password, "Steward2026")
    qtbot.mouseClick(dialog.save_button, LEFT)

    user = User.get(User.username == "liming")
    assert (user.full_name, user.role, user.active, user.must_change_password) == ("李明", "steward", True, True)
    assert not dialog.isVisible()
    row = row_of(page, "liming")
    assert [cell(page, row, c) for c in range(4)] == ["liming", "李明", "楼层管家", "启用"]
    assert AuditEntry.get((AuditEntry.entity == "user") & (AuditEntry.action == "create")).record_id == user.id


def test_duplicate_username_is_refused_next_to_the_field(qtbot, page):
    dialog = page.new_user()
    qtbot.keyClicks(dialog.username, "clerk")
    type_text(dialog.full_name, "王小丽")
    pick(dialog.role, "clerk")
    qtbot.keyClicks(dialog.password, "Clerk20260")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.errors.text_of("username") == "该用户名已被使用"
    assert dialog.isVisible() and dialog.full_name.text() == "王小丽" and dialog.username.text() == "clerk"
    assert User.select().count() == 6
    # No role picked and a weak password: both said at once.
    pick(dialog.role, "")
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "wangxl")
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "onlyletters")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.errors.text_of("role") == "请选择角色"
    assert dialog.errors.text_of("password") == "密码须同时含有字母和数字"
    assert dialog.errors.text_of("username") == ""


def test_admin_edits_a_user_and_an_empty_password_keeps_it(qtbot, page):
    before = User.get(User.username == "clerk").password_hash
    page.table.selectRow(row_of(page, "clerk"))
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, LEFT)
    dialog = page.dialog
    assert dialog.username.text() == "clerk" and dialog.role.currentData() == "clerk" and dialog.password.text() == ""
    dialog.full_name.clear()
    type_text(dialog.full_name, "王小丽")
    pick(dialog.role, "supervisor")
    qtbot.mouseClick(dialog.save_button, LEFT)

    user = User.get(User.username == "clerk")
    assert (user.full_name, user.role, user.password_hash) == ("王小丽", "supervisor", before)
    assert cell(page, row_of(page, "clerk"), 2) == "客服主管"
    assert page.current_row() == row_of(page, "clerk")  # the selection survives the refresh


def test_admin_may_not_demote_themself(qtbot, page):
    dialog = page.edit_user(row_of(page, "admin"))
    pick(dialog.role, "clerk")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.errors.text_of("role") == "不能取消自己的管理员身份或停用自己"
    assert User.get(User.username == "admin").role == "admin"


def test_unlock_a_locked_user(qtbot, page):
    User.update(locked_until=dt.datetime.now() + dt.timedelta(minutes=10), failed_attempts=0).where(
        User.username == "steward").execute()
    page.refresh()
    row = row_of(page, "steward")
    assert cell(page, row, 4) != ""
    page.table.selectRow(row_of(page, "clerk"))
    assert not page.unlock_button.isEnabled()
    page.table.selectRow(row)
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, LEFT)
    user = User.get(User.username == "steward")
    assert user.locked_until is None
    assert cell(page, row_of(page, "steward"), 4) == ""
    assert AuditEntry.get(AuditEntry.action == "unlock").record_id == user.id


def test_stale_edit_is_told_and_typing_kept(qtbot, page, sqlite_site, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = page.edit_user(row_of(page, "engineer"))
    # Another admin desk saves the same user meanwhile.
    row = page.model.row_at(row_of(page, "engineer"))
    auth.update_user(row.id, UserInput("engineer", "孙工", "engineer"), version=row.version, by=sqlite_site.admin)
    dialog.full_name.clear()
    type_text(dialog.full_name, "孙工程师")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert shown and "修改了这条记录" in shown[0]
    assert dialog.isVisible() and dialog.full_name.text() == "孙工程师"
    assert User.get(User.username == "engineer").full_name == "孙工"


@pytest.mark.parametrize("role", ["manager", "clerk"])
def test_other_roles_only_see_who_manages_users(qtbot, desk, role):
    page = UsersPage(desk(role))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.note.isVisible() and not page.table.isVisible() and not page.add_button.isVisible()
    assert "只有系统管理员可以管理用户" in page.findChild(type(page.count), "users_note_text").text()
    assert page.model.rowCount() == 0
    # The page never asked the service, so no refusal was written to the audit trail.
    assert AuditEntry.select().where(AuditEntry.action == "denied").count() == 0
