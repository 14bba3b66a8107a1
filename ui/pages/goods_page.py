"""Goods-release passes: the gate's check (type or scan a number: valid, used, expired…, then mark it used),
the list of passes by day, and a new pass."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import goods
from services.goods import GateCheck
from ui.context import DeskContext
from ui.dialogs.goods_pass_dialog import GoodsPassDialog, preview_pdf
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import message
from ui.page_bits import list_table, search_as_you_type
from ui.paged_model import Column, PagedTableModel

COLORS = {"valid": "#15803d", "used": "#c62828", "expired": "#c62828", "voided": "#c62828", "not_yet": "#d97706",
          "unknown": "#c62828"}


class GoodsPage(QWidget):
    """The gate's look-up on top; below, the passes of the chosen days."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.check: GateCheck | None = None
        self.dialog: GoodsPassDialog | None = None
        self.scan = QLineEdit()
        self.scan.setObjectName("pass_scan")
        self.scan.setPlaceholderText(self.tr("扫描或输入放行条编号，回车查验"))
        self.scan.returnPressed.connect(self.check_number)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.use_button = QPushButton(icon("return"), self.tr("核验放行"))
        self.use_button.setObjectName("mark_used")
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.mark_used)
        gate = QGroupBox(self.tr("门岗查验"))
        gate_row = QHBoxLayout(gate)
        gate_row.addWidget(self.errors.field("pass_no", self.scan), 2)
        gate_row.addWidget(self.verdict, 3)
        gate_row.addWidget(self.use_button)

        self.search = QLineEdit()
        self.search.setObjectName("pass_search")
        self.search.setPlaceholderText(self.tr("搜索：编号、业户、搬运人、车牌、单元"))
        self.search.setClearButtonEnabled(True)
        self.day_from = QDateEdit(QDate.currentDate().addDays(-7))
        self.day_to = QDateEdit(QDate.currentDate().addDays(7))
        for edit in (self.day_from, self.day_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.state = QComboBox()
        self.state.setObjectName("pass_state")
        for key, text in (("", self.tr("全部状态")), ("approved", self.tr("待放行")), ("used", self.tr("已放行")),
                          ("voided", self.tr("已作废"))):
            self.state.addItem(text, key)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(icon("add"), self.tr("开具放行条"))
        self.new_button.setObjectName("new_pass")
        self.new_button.setEnabled(ctx.can("goods.issue"))
        self.new_button.clicked.connect(self.new_pass)
        self.print_button = QPushButton(icon("print"), self.tr("打印"))
        self.print_button.setObjectName("print_pass")
        self.print_button.clicked.connect(self.print_selected)
        self.void_button = QPushButton(icon("void"), self.tr("作废"))
        self.void_button.setObjectName("void_pass")
        self.void_button.setEnabled(ctx.can("goods.void"))
        self.void_button.clicked.connect(self.void_selected)
        states = {"approved": self.tr("待放行"), "used": self.tr("已放行"), "voided": self.tr("已作废")}
        self.model = PagedTableModel([
            Column(self.tr("编号"), lambda r: r.pass_no),
            Column(self.tr("放行日期"), lambda r: r.valid_on.isoformat()),
            Column(self.tr("时段"), lambda r: f"{r.time_from:%H:%M}–{r.time_to:%H:%M}"),
            Column(self.tr("业户"), lambda r: r.company),
            Column(self.tr("单元"), lambda r: r.unit_code),
            Column(self.tr("搬运人"), lambda r: r.carrier),
            Column(self.tr("车牌"), lambda r: r.plate),
            Column(self.tr("状态"), lambda r: self._state_text(r, states)),
            Column(self.tr("物品"), lambda r: r.items),
        ], self._fetch, self)
        self.table = list_table(self.model, "pass_table")
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("日期")))
        filters.addWidget(self.day_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.day_to)
        filters.addWidget(self.state, 1)
        filters.addStretch(1)
        for b in (self.new_button, self.print_button, self.void_button):
            filters.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(gate)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._debounce = search_as_you_type(self, self.search, self.refresh)

    def _state_text(self, row, states: dict[str, str]) -> str:
        if row.state == "approved" and dt.datetime.combine(row.valid_on, row.time_to) < dt.datetime.now():
            return self.tr("已过期")
        return states.get(row.state, row.state)

    def _fetch(self, page: int):
        return goods.search_passes(by=self.ctx.actor, text=self.search.text(),
                                   day_from=self.day_from.date().toPython(), day_to=self.day_to.date().toPython(),
                                   state=self.state.currentData(), page=page, page_size=200)

    def show_filter(self, key: str) -> None:
        """The dashboard's "today" tile: today's passes still to go out."""
        if key == "today":
            self.day_from.setDate(QDate.currentDate())
            self.day_to.setDate(QDate.currentDate())
            self.state.setCurrentIndex(self.state.findData("approved"))

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {n} 张").format(n=self.model.total))

    def check_number(self) -> GateCheck | None:
        number = self.scan.text()
        check = call_service(self, self.errors, lambda: goods.check_pass(number, by=self.ctx.actor))
        self.check = check
        if check is None:
            return None
        self._show(check)
        return check

    def _show(self, check: GateCheck) -> None:
        text = message(f"goods.{check.result}", {"pass_no": check.pass_no})
        if check.detail is not None:
            d = check.detail
            text += "\n" + self.tr("{company} · {day} {start}–{end} · 车牌 {plate}").format(
                company=d.company, day=d.data.valid_on.isoformat(), start=f"{d.data.time_from:%H:%M}",
                end=f"{d.data.time_to:%H:%M}", plate=d.data.plate or "—")
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"font-size: 16px; font-weight: 600; color: {COLORS[check.result]};")
        self.use_button.setEnabled(check.result == "valid" and self.ctx.can("goods.check"))

    def mark_used(self) -> GateCheck | None:
        if self.check is None:
            return None
        number = self.check.pass_no
        check = call_service(self, self.errors, lambda: goods.mark_used(number, by=self.ctx.actor))
        if check is not None:
            self.check = check
            self._show(check)
            self.scan.selectAll()
            self.refresh()
        return check

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def new_pass(self) -> GoodsPassDialog:
        self.dialog = GoodsPassDialog(self.ctx, self)
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()
        return self.dialog

    def print_selected(self):
        row = self.selected()
        if row is None:
            return None
        return preview_pdf(self, lambda: goods.print_pass(row.pass_no, by=self.ctx.actor), self.tr("物品放行条"),
                           self.tr("放行条 {no}.pdf").format(no=row.pass_no))

    def void_selected(self, reason: str | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("作废放行条"), self.tr("作废原因"))
            if not ok:
                return False
        done = call_service(self, None, lambda: goods.void_pass(row.pass_no, reason, by=self.ctx.actor) or True)
        self.refresh()
        return bool(done)

