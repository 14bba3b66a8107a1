"""The watchlist (禁入名单): who is barred, why and at whose request; supervisors add and lift bars."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import watchlist
from services.identity import IdType
from services.watchlist import WatchInput
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.page_bits import fill_table, note, text_table, who_may


class WatchlistDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("禁入名单"))
        self.resize(820, 560)
        self.table = text_table([self.tr("姓名"), self.tr("证件（部分）"), self.tr("原因"), self.tr("提出方"),
                                 self.tr("登记人")], "watch_table")
        self.name = QLineEdit()
        self.name.setObjectName("watch_name")
        self.id_type = QComboBox()
        for kind in IdType:
            self.id_type.addItem(kind.value, kind.value)
        self.id_number = QLineEdit()
        self.id_number.setObjectName("watch_id_number")
        self.id_number.setPlaceholderText(self.tr("只保存加密摘要，不保存号码本身"))
        self.reason = QLineEdit()
        self.reason.setObjectName("watch_reason")
        self.barred_by = QLineEdit()
        self.barred_by.setPlaceholderText(self.tr("提出禁入的业户或部门"))
        box = QGroupBox(self.tr("新增禁入人员"))
        form = QFormLayout(box)
        self.errors.add_row(form, self.tr("姓名 *"), "name", self.name)
        self.errors.add_row(form, self.tr("证件类型"), "id_type", self.id_type)
        self.errors.add_row(form, self.tr("证件号码"), "id_number", self.id_number)
        self.errors.add_row(form, self.tr("原因 *"), "reason", self.reason)
        self.errors.add_row(form, self.tr("提出方"), "barred_by", self.barred_by)
        self.add_button = QPushButton(icon("add"), self.tr("加入名单"))
        self.add_button.setObjectName("watch_add")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(icon("void"), self.tr("解除所选"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        editable = ctx.can("watchlist.edit")
        box.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        if not editable:
            layout.addWidget(note(self.tr("名单由 {who} 维护。").format(who=who_may("watchlist.edit"))))
        layout.addWidget(box)
        layout.addLayout(buttons)
        self.entries = []
        self.reload()

    def reload(self) -> None:
        self.entries = call_service(self, None, lambda: watchlist.list_entries(by=self.ctx.actor)) or []
        fill_table(self.table, [(e.name, e.id_hint, e.reason, e.barred_by, e.added_by) for e in self.entries])

    def add(self) -> bool:
        data = WatchInput(self.name.text(), self.id_type.currentData(), self.id_number.text(), self.reason.text(),
                          self.barred_by.text())
        if call_service(self, self.errors, lambda: watchlist.add_entry(data, by=self.ctx.actor)) is None:
            return False
        for edit in (self.name, self.id_number, self.reason, self.barred_by):
            edit.clear()
        self.reload()
        return True

    def remove_selected(self, reason: str | None = None) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        entry = self.entries[rows[0].row()]
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("解除禁入"), self.tr("解除原因："))
            if not ok:
                return False
        done = call_service(self, None, lambda: watchlist.remove_entry(entry.id, reason, by=self.ctx.actor) or True)
        self.reload()
        return bool(done)
