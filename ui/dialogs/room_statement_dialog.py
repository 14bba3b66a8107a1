"""Monthly room statements: the tenants with room use in a month and what each owes; print one."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import room_charges, room_prints
from ui.context import DeskContext
from ui.forms import call_service
from ui.icons import icon
from ui.page_bits import fit_columns, note


class StatementDialog(QDialog):
    """Pick a month, see every tenant's room charges, print the statement of the selected one."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[tuple[int, str, object]] = []
        self.setWindowTitle(self.tr("会议室月结单"))
        self.resize(560, 520)
        self.month = QDateEdit()
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate.currentDate())
        # A bound slot, not a lambda holding the dialog: PySide then frees the dialog cleanly.
        self.month.dateChanged.connect(self._month_changed)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("statement_tenants")
        self.table.setHorizontalHeaderLabels([self.tr("业户"), self.tr("应收（元）")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.print_button = QPushButton(icon("print"), self.tr("打印月结单"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note(self.tr("超出每月免费时长的会议室使用按会议室单价计费；费用明细交收费模块并入账单。")))
        self.refresh()

    def _month_changed(self, _date) -> None:
        self.refresh()

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def refresh(self) -> None:
        self.rows = room_charges.tenants_with_charges(self.month_text(), by=self.ctx.actor)
        self.table.setRowCount(len(self.rows))
        for row, (_tenant_id, name, amount) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(f"{amount:,.2f}"))
        fit_columns(self.table)

    def print_selected(self):
        from ui.dialogs.print_preview import PrintPreview

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        tenant_id, name, _amount = self.rows[rows[0].row()]
        month = self.month_text()
        pdf = call_service(self, None, lambda: room_prints.print_statement(tenant_id, month, by=self.ctx.actor))
        if pdf is None:
            return None
        preview = PrintPreview(pdf, self.tr("会议室月结单"), self.tr("会议室月结单-{name}-{month}.pdf").format(
            name=name, month=month), self)
        preview.open()
        return preview
