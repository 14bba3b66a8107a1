"""Monthly room statements: the tenants with room use in a month and what each owes; print one."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
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
from services.room_charges import MonthRow
from ui.context import DeskContext
from ui.forms import call_service
from ui.icons import icon
from ui.page_bits import fit_columns, note


class StatementDialog(QDialog):
    """Pick a month, see every tenant's room charges, print the statement of the selected one."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[MonthRow] = []
        self.setWindowTitle(self.tr("会议室月结单"))
        self.resize(560, 520)
        self.month = QDateEdit()
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate.currentDate())
        # A bound slot, not a lambda holding the dialog: PySide then frees the dialog cleanly.
        self.month.dateChanged.connect(self._month_changed)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("statement_tenants")
        self.table.setHorizontalHeaderLabels([self.tr("业户"), self.tr("使用小时"), self.tr("应收（元）"),
                                              self.tr("未签到次数")])
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
        layout.addWidget(note(self.tr("超出每月免费时长的会议室使用按会议室单价计费；费用明细交收费模块并入账单。"
                                   "未签到次数为开始后未签到、被自动释放的预订。")))
        self.refresh()

    def _month_changed(self, _date) -> None:
        self.refresh()

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def refresh(self) -> None:
        self.rows = room_charges.tenants_with_charges(self.month_text(), by=self.ctx.actor)
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            for col, value in enumerate((r.tenant, f"{r.hours}", f"{r.amount:,.2f}", str(r.no_shows))):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        fit_columns(self.table)

    def print_selected(self):
        from ui.dialogs.print_preview import PrintPreview

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        chosen = self.rows[rows[0].row()]
        tenant_id, name = chosen.tenant_id, chosen.tenant
        month = self.month_text()
        pdf = call_service(self, None, lambda: room_prints.print_statement(tenant_id, month, by=self.ctx.actor))
        if pdf is None:
            return None
        preview = PrintPreview(pdf, self.tr("会议室月结单"), self.tr("会议室月结单-{name}-{month}.pdf").format(
            name=name, month=month), self)
        preview.open()
        return preview
