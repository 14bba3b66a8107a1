"""The settings page and the change-password dialog, driven as a manager and as a clerk would."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from models import AuditEntry, Setting, Site
from services import auth, settings
from services.errors import LoginRefused, PermissionDenied
from tests.conftest import PASSWORD
from tests.ui.typing import type_text
from ui.dialogs.password_dialog import PasswordDialog
from ui.pages.settings_page import SettingsPage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


def make_page(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_manager_saves_retention_days_and_language(qtbot, desk, sqlite_site):
    page = make_page(qtbot, desk("manager"))
    retention = page.setting_widgets["privacy.retention_days"]
    assert retention.value() == 180 and retention.isEnabled()
    retention.selectAll()
    qtbot.keyClicks(retention, "365")
    language = page.setting_widgets["ui.language"]
    language.setCurrentIndex(language.findData("en"))
    qtbot.mouseClick(page.save_settings_button, LEFT)

    stored = {s.key: json.loads(s.value) for s in Setting.select()}
    assert stored == {"privacy.retention_days": 365, "ui.language": "en"}
    assert settings.get(sqlite_site.site_id, "privacy.retention_days") == 365
    entry = AuditEntry.get((AuditEntry.entity == "setting") & (AuditEntry.after.contains("retention")))
    assert entry.username == "manager" and json.loads(entry.before) == {"privacy.retention_days": 180}
    assert "已保存" in page.settings_status.text()
    # Read back on the next visit.
    again = make_page(qtbot, desk("manager"))
    assert again.setting_widgets["privacy.retention_days"].value() == 365


def test_manager_edits_the_letterhead_with_a_logo(qtbot, desk, tmp_path):
    page = make_page(qtbot, desk("manager"))
    form = page.site_form
    assert form.name.text() == "深圳湾科技大厦"
    form.address.clear()
    type_text(form.address, "深圳市南山区海德三道 1 号")
    form.phone.clear()
    qtbot.keyClicks(form.phone, "0755-26880000")
    logo = tmp_path / "logo.png"
    image = QImage(200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b5394"))
    assert image.save(str(logo))
    form.set_logo_file(logo)
    assert not form.logo_preview.pixmap().isNull()
    qtbot.mouseClick(page.save_site_button, LEFT)

    site = Site.get()
    assert (site.address, site.phone) == ("深圳市南山区海德三道 1 号", "0755-26880000")
    assert bytes(site.logo) == logo.read_bytes()
    assert page.ctx.site.address == "深圳市南山区海德三道 1 号"
    entry = AuditEntry.get(AuditEntry.entity == "site")
    assert entry.action == "update" and "海德三道" in entry.after


def test_empty_site_name_and_bad_logo_are_refused_next_to_the_field(qtbot, desk, tmp_path):
    page = make_page(qtbot, desk("manager"))
    form = page.site_form
    form.name.clear()
    form.address.clear()
    type_text(form.address, "新地址 8 号")
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("this is no picture")
    form.set_logo_file(not_a_picture)
    assert form.logo_preview.text() == "无法预览"
    qtbot.mouseClick(page.save_site_button, LEFT)

    assert page.site_errors.text_of("name") == "必填"
    assert page.site_errors.text_of("logo") == "标志须为 PNG 或 JPEG 图片"
    assert form.address.text() == "新地址 8 号"  # the typing stays
    site = Site.get()
    assert site.name == "深圳湾科技大厦" and site.address != "新地址 8 号" and site.logo is None


def test_clerk_sees_read_only_and_the_service_refuses(qtbot, desk, warnings):
    page = make_page(qtbot, desk("clerk"))
    assert not page.site_form.name.isEnabled() and not page.save_site_button.isEnabled()
    assert all(not w.isEnabled() for w in page.setting_widgets.values())
    assert not page.save_settings_button.isEnabled()
    assert page.setting_note.isVisible() and "客服经理、系统管理员" in page.setting_note.text()
    assert page.site_note.isVisible()
    # Even if the button were reached, the service says no and leaves a trace.
    page.setting_widgets["privacy.retention_days"].setValue(400)
    assert not page.save_settings()
    assert warnings == ["您的角色不能执行此操作，请联系主管。"]
    assert Setting.select().count() == 0
    assert AuditEntry.get(AuditEntry.action == "denied").note == "settings.edit"
    with pytest.raises(PermissionDenied):
        settings.update_settings({"privacy.retention_days": 400}, by=page.ctx.actor)


def test_change_my_password(qtbot, desk, sqlite_site):
    page = make_page(qtbot, desk("clerk"))
    assert page.password_button.isEnabled()  # every role may change their own password
    qtbot.mouseClick(page.password_button, LEFT)
    dialog = page.findChild(PasswordDialog)
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClicks(dialog.old, PASSWORD)
    qtbot.keyClicks(dialog.new, "Newpass2026")
    qtbot.keyClicks(dialog.repeat, "Newpass2025")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.errors.text_of("repeat") == "两次输入的密码不一致"
    assert dialog.isVisible() and dialog.new.text() == "Newpass2026"

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "Newpass2026")
    dialog.old.clear()
    qtbot.keyClicks(dialog.old, "wrong-one-1")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.errors.text_of("old") == "原密码不正确" and dialog.errors.text_of("repeat") == ""

    dialog.old.clear()
    qtbot.keyClicks(dialog.old, PASSWORD)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert auth.login(sqlite_site.site_id, "clerk", "Newpass2026").username == "clerk"
    with pytest.raises(LoginRefused):
        auth.login(sqlite_site.site_id, "clerk", PASSWORD)
    assert AuditEntry.get(AuditEntry.action == "password").username == "clerk"


def test_manager_sets_the_shifts_and_a_wrong_list_is_refused_next_to_it(qtbot, desk, sqlite_site):
    page = make_page(qtbot, desk("manager"))
    shifts_edit = page.setting_widgets["duty.shifts"]
    assert shifts_edit.text() == "早班 08:00-16:00；中班 16:00-24:00；夜班 00:00-08:00"
    shifts_edit.clear()
    type_text(shifts_edit, "白班 08:00-20:00；夜班 19:00-08:00")
    qtbot.mouseClick(page.save_settings_button, LEFT)
    assert page.setting_errors.text_of("duty.shifts") == "班次时间不能重叠"
    assert shifts_edit.text() == "白班 08:00-20:00；夜班 19:00-08:00"
    assert not Setting.select().where(Setting.key == "duty.shifts").exists()
    shifts_edit.clear()
    type_text(shifts_edit, "白班 08:00-20:00；夜班 20:00-08:00")
    qtbot.mouseClick(page.save_settings_button, LEFT)
    assert page.setting_errors.text_of("duty.shifts") == ""
    assert settings.get(sqlite_site.site_id, "duty.shifts") == "白班 08:00-20:00；夜班 20:00-08:00"
