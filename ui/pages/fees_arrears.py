"""Arrears by age with the reminder rule's next step (record a call, print a 催缴函), and the meter readings grid."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import arrears, fees, meters
from services.arrears import BUCKETS, ReminderInput
from services.meters import ReadingInput
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.page_bits import note
from ui.pages.fee_bits import REMINDER_NAMES, STEP_NAMES, fill, money, month_edit, month_of, name_of, rows_table


class ArrearsTab(QWidget):
    """Who owes what, how old, and what the rule says to do next; a double click opens the tenant's account."""

    def __init__(self, ctx: DeskContext, open_account=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_account = open_account
        self.rows: list = []
        self.table = rows_table("arrears_table", [self.tr("业户"), self.tr("电话"), self.tr("逾期 1–30 天"),
                                                  self.tr("31–60 天"), self.tr("61–90 天"), self.tr("90 天以上"),
                                                  self.tr("逾期合计"), self.tr("上次催缴"), self.tr("下一步")])
        self.call_button = QPushButton(icon("phone"), self.tr("记录电话提醒…"))
        self.call_button.setObjectName("record_call")
        self.call_button.clicked.connect(lambda: self.remind("phone"))
        self.sms_button = QPushButton(self.tr("记录短信提醒…"))
        self.sms_button.clicked.connect(lambda: self.remind("sms"))
        self.letter_button = QPushButton(icon("print"), self.tr("发催缴函并打印"))
        self.letter_button.setObjectName("send_letter")
        self.letter_button.clicked.connect(lambda: self.remind("letter"))
        for b in (self.call_button, self.sms_button, self.letter_button):
            b.setEnabled(ctx.can("fees.remind"))
        self.table.doubleClicked.connect(self._open_account)
        self.total = QLabel()
        top = QHBoxLayout()
        top.addWidget(note(self.tr("规则：先电话或短信提醒；提醒后满三个月仍未缴，发催缴函。")), 1)
        for b in (self.call_button, self.sms_button, self.letter_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        self.last_preview = None

    def refresh(self) -> None:
        self.rows = arrears.arrears(by=self.ctx.actor)
        fill(self.table, [[r.tenant, r.phone, *(money(r.buckets[b]) for b in BUCKETS), money(r.overdue),
                           f"{name_of(REMINDER_NAMES, r.last_reminder)} {r.last_reminder_on}" if r.last_reminder
                           else "—",
                           name_of(STEP_NAMES, r.next_step) + (f" {r.next_step_on}" if r.next_step == "wait" else "")]
                          for r in self.rows], [r.tenant_id for r in self.rows], right=(2, 3, 4, 5, 6))
        self.total.setText(self.tr("{n} 家业户逾期，合计 {total} 元").format(
            n=len(self.rows), total=money(sum((r.overdue for r in self.rows), fees.ZERO))))

    def _open_account(self, index) -> None:
        if self.open_account is not None:
            self.open_account(self.table.item(index.row(), 0).data(Qt.ItemDataRole.UserRole))

    def select_tenant(self, tenant_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == tenant_id:
                self.table.selectRow(row)

    def remind(self, kind: str):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        tenant_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        text = ""
        if kind != "letter":
            text, ok = QInputDialog.getText(self, self.tr("记录催缴"), self.tr("结果（如：财务说下周付款）"))
            if not ok:
                return None
        reminder_id = call_service(self, None, lambda: arrears.record_reminder(
            ReminderInput(tenant_id, kind, text), by=self.ctx.actor))
        self.refresh()
        if reminder_id is not None and kind == "letter":
            from ui.pages.fees_page import show_pdf

            pdf = call_service(self, None, lambda: arrears.print_letter(reminder_id, by=self.ctx.actor))
            name = self.tr("催缴函-{id}.pdf").format(id=reminder_id)
            self.last_preview = show_pdf(self, pdf, self.tr("催缴函"), name)
        return reminder_id


READING_COLUMN, CONFIRM_COLUMN = 4, 6


class MetersTab(QWidget):
    """The month's readings of one meter kind for every held unit: type the figures, save them all at once."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.month = month_edit("meters_month")
        self.meter = QComboBox()
        self.meter.setObjectName("meter_kind")
        self.meter.addItem(self.tr("水表（吨）"), "water")
        self.meter.addItem(self.tr("电表（kWh）"), "power")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.meter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.grid = QTableWidget(0, 7)
        self.grid.setObjectName("meter_grid")
        self.grid.setHorizontalHeaderLabels([self.tr("单元"), self.tr("业户"), self.tr("上次读数"),
                                             self.tr("近三月平均用量"), self.tr("本月读数"), self.tr("用量"),
                                             self.tr("确认跳变")])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(icon("save"), self.tr("保存读数"))
        self.save_button.setObjectName("save_readings")
        self.save_button.setEnabled(ctx.can("fees.read_meters"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(self.meter)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.errors.field("readings", self.grid), 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        rows = meters.meter_grid(month_of(self.month), self.meter.currentData(), by=self.ctx.actor)
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row.unit_code, row.tenant, money(row.previous), money(row.average),
                      "" if row.reading is None else f"{row.reading}", money(row.usage)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c != READING_COLUMN:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.grid.setItem(r, c, item)
            confirm = QTableWidgetItem()
            confirm.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            confirm.setCheckState(Qt.CheckState.Unchecked)
            self.grid.setItem(r, CONFIRM_COLUMN, confirm)
        self.grid.resizeColumnsToContents()
        self.errors.clear()

    def set_reading(self, row: int, text: str) -> None:
        self.grid.item(row, READING_COLUMN).setText(text)

    def read_input(self) -> list[ReadingInput]:
        return [ReadingInput(self.grid.item(r, 0).text(), self.grid.item(r, READING_COLUMN).text(),
                             self.grid.item(r, CONFIRM_COLUMN).checkState() == Qt.CheckState.Checked)
                for r in range(self.grid.rowCount())]

    def save(self) -> int | None:
        data = self.read_input()
        saved = call_service(self, self.errors, lambda: meters.record_readings(
            month_of(self.month), self.meter.currentData(), data, by=self.ctx.actor))
        if saved is None:
            return None
        self.refresh()
        self.status.setText(self.tr("已保存 {n} 个读数").format(n=saved))
        return saved
