"""Changing one's own password: the old one, the new one twice; the service judges the new one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLineEdit, QWidget

from services import auth, settings
from services.errors import ValidationError
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, save_cancel_dialog


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def repeat_matches(errors: FieldErrors, password: QLineEdit, repeat: QLineEdit, field: str = "repeat") -> bool:
    """The second typing must equal the first (a typing check, not a password rule); refused next to `field`."""
    if password.text() == repeat.text():
        return True
    errors.show(ValidationError(field, "password.mismatch"))
    return False


def password_hint(site_id: int) -> str:
    minimum = int(settings.get(site_id, "password.min_length"))
    return QCoreApplication.translate("password_dialog", "至少 {n} 位，须同时含有字母和数字").format(n=minimum)


class PasswordDialog(QDialog):
    """Open with open()/exec(); accepted once the service took the new password."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("修改我的密码"))
        self.setMinimumWidth(440)
        self.old = password_edit("old")
        self.new = password_edit("new")
        self.new.setPlaceholderText(password_hint(ctx.actor.site_id))
        self.repeat = password_edit("repeat")
        box = QGroupBox(self.tr("{name}（{user}）").format(name=ctx.actor.full_name, user=ctx.actor.username))
        form = QFormLayout(box)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("原密码"), "old", self.old)
        self.errors.add_row(form, self.tr("新密码"), "new", self.new)
        self.errors.add_row(form, self.tr("再输一次"), "repeat", self.repeat)
        self.save_button = save_cancel_dialog(self, box, self.tr("修改密码"), "password", self.save)

    def save(self) -> bool:
        self.errors.clear()
        if not repeat_matches(self.errors, self.new, self.repeat):
            return False
        done = call_service(self, self.errors, lambda: auth.change_password(
            self.old.text(), self.new.text(), by=self.ctx.actor) or True)
        if done:
            self.accept()
        return bool(done)
