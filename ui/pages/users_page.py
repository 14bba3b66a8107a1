"""The admin's list of desk users: add, edit, unlock; other roles are told who manages users."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from services import auth
from services.auth import UserRow
from services.paging import Page
from ui.context import DeskContext
from ui.dialogs.user_dialog import UserDialog
from ui.forms import call_service
from ui.icons import icon
from ui.messages import role_name
from ui.page_bits import fit_columns, restricted_panel, who_may
from ui.paged_model import Column, PagedTableModel


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _locked(row: UserRow) -> bool:
    return row.locked_until is not None and row.locked_until > dt.datetime.now()


class UsersPage(QWidget):
    """Every user of the site; the list is short, so it is read whole (through the paged model all the same)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allowed = ctx.can("user.manage")
        self.dialog: UserDialog | None = None
        self.note = restricted_panel(self.tr("用户管理"), self.tr(
            "只有{roles}可以管理用户。如需新增账户、重置密码或解锁，请联系系统管理员。").format(
            roles=who_may("user.manage")), "users_note")

        self.model = PagedTableModel([
            Column(self.tr("用户名"), lambda r: r.username),
            Column(self.tr("姓名"), lambda r: r.full_name),
            Column(self.tr("角色"), lambda r: role_name(r.role)),
            Column(self.tr("状态"), lambda r: self.tr("启用") if r.active else self.tr("停用")),
            Column(self.tr("锁定至"), lambda r: _when(r.locked_until) if _locked(r) else ""),
            Column(self.tr("上次登录"), lambda r: _when(r.last_login)),
        ], self._fetch, self)
        self.table = QTableView()
        self.table.setObjectName("user_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.edit_user(index.row()))

        self.add_button = QPushButton(icon("add"), self.tr("新建用户"))
        self.add_button.setObjectName("add_user")
        self.add_button.clicked.connect(self.new_user)
        self.edit_button = QPushButton(icon("edit"), self.tr("修改"))
        self.edit_button.setObjectName("edit_user")
        self.edit_button.clicked.connect(lambda: self.edit_user(self.current_row()))
        self.unlock_button = QPushButton(icon("lock"), self.tr("解锁"))
        self.unlock_button.setObjectName("unlock_user")
        self.unlock_button.clicked.connect(self.unlock)
        refresh = QPushButton(icon("refresh"), self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        self.count = QLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(refresh)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.note.setVisible(not self.allowed)
        for widget in (self.add_button, self.edit_button, self.unlock_button, refresh, self.table, self.count):
            widget.setVisible(self.allowed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def _fetch(self, page: int) -> Page[UserRow]:
        # Only an admin's page asks: anyone else would leave a refusal in the audit trail for nothing.
        rows = auth.list_users(by=self.ctx.actor) if self.allowed else []
        return Page(rows, len(rows), 0, max(1, len(rows)))

    def refresh(self) -> None:
        if not self.allowed:
            return
        selected = self.current_row()
        chosen = self.model.row_at(selected).id if selected >= 0 else None
        self.model.reload()
        fit_columns(self.table)
        for row, user in enumerate(self.model.rows):
            if user.id == chosen:
                self.table.selectRow(row)
        self.count.setText(self.tr("共 {n} 个用户").format(n=self.model.total))
        self._enable()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _enable(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row >= 0)
        self.unlock_button.setEnabled(row >= 0 and self.model.row_at(row).locked_until is not None)

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.model.rows):
            if user.username == username:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0, QModelIndex()))

    # -- actions
    def _open(self, dialog: UserDialog) -> UserDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def new_user(self) -> UserDialog:
        return self._open(UserDialog(self.ctx, None, self))

    def edit_user(self, row: int) -> UserDialog | None:
        if row < 0:
            return None
        return self._open(UserDialog(self.ctx, self.model.row_at(row), self))

    def unlock(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        user = self.model.row_at(row)
        call_service(self, None, lambda: auth.unlock_user(user.id, by=self.ctx.actor))
        self.refresh()
