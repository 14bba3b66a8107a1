"""Adding or editing a desk user (admin only): username, name, role, password, active."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from services import auth
from services.access import ROLES
from services.auth import UserInput, UserRow
from ui.context import DeskContext
from ui.dialogs.password_dialog import password_edit, password_hint
from ui.forms import FieldErrors, call_service, save_cancel_dialog
from ui.messages import role_name


class UserDialog(QDialog):
    """New user (user None) or edit; saved through the auth service, refusals shown next to the field."""

    def __init__(self, ctx: DeskContext, user: UserRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.user_id: int | None = user.id if user else None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("新建用户") if user is None else self.tr("修改用户"))
        self.setMinimumWidth(460)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("登录用，如 zhangsan"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.addItem(self.tr("请选择"), "")
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.password = password_edit("password")
        hint = password_hint(ctx.actor.site_id)
        self.password.setPlaceholderText(hint if user is None else self.tr("留空则不修改"))
        self.password.setToolTip(hint)
        self.active = QCheckBox(self.tr("可以登录"))
        self.active.setObjectName("active")
        self.active.setChecked(True)

        box = QGroupBox(self.tr("账户"))
        form = QFormLayout(box)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("用户名 *"), "username", self.username)
        self.errors.add_row(form, self.tr("姓名 *"), "full_name", self.full_name)
        self.errors.add_row(form, self.tr("角色 *"), "role", self.role)
        self.errors.add_row(form, self.tr("密码") if user else self.tr("初始密码 *"), "password", self.password)
        self.errors.add_row(form, self.tr("状态"), "active", self.active)

        self.save_button = save_cancel_dialog(self, box, self.tr("保存"), "save", self.save)
        if user is not None:
            self.username.setText(user.username)
            self.full_name.setText(user.full_name)
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
            self.active.setChecked(user.active)

    def read_input(self) -> UserInput:
        return UserInput(username=self.username.text(), full_name=self.full_name.text(),
                         role=self.role.currentData(), password=self.password.text(), active=self.active.isChecked())

    def save(self) -> bool:
        data = self.read_input()
        if self.user is None:
            new_id = call_service(self, self.errors, lambda: auth.create_user(data, by=self.ctx.actor))
            if new_id is None:
                return False
            self.user_id = new_id
        else:
            user = self.user
            done = call_service(self, self.errors, lambda: auth.update_user(
                user.id, data, version=user.version, by=self.ctx.actor) or True)
            if not done:
                return False
        self.accept()
        return True
