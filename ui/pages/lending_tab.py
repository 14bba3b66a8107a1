"""借用登记: the things the counter lends and how many are in, what is out now, overdue, never came back."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import now
from services import lending
from services.paging import Page
from ui.context import DeskContext
from ui.dialogs.lending_dialogs import LendDialog, LendItemDialog, ReturnLoanDialog, WriteOffDialog
from ui.messages import lend_category_name, loan_state_name
from ui.page_bits import action_button, filter_combo, list_table, search_as_you_type, search_line
from ui.paged_model import Column, PagedTableModel


class LendingTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog = None

        def button(name: str, text: str, icon_name: str, slot, action: str) -> QPushButton:
            return action_button(ctx.can, name, text, icon_name, slot, action)

        self.lend_button = button("lend", self.tr("借出"), "lend", self.lend, "lending.lend")
        self.new_item_button = button("new_item", self.tr("新增物品"), "add", self.new_item, "lending.items")
        self.edit_item_button = button("edit_item", self.tr("修改物品"), "edit", self.edit_item, "lending.items")
        self.return_button = button("return", self.tr("归还"), "return", self.return_selected, "lending.return")
        self.write_off_button = button("write_off", self.tr("核销未归还"), "void", self.write_off_selected,
                                       "lending.write_off")
        self.items_model = PagedTableModel([
            Column(self.tr("物品"), lambda r: r.name),
            Column(self.tr("类别"), lambda r: lend_category_name(r.category)),
            Column(self.tr("编号"), lambda r: r.tag),
            Column(self.tr("总数"), lambda r: r.quantity, align_right=True),
            Column(self.tr("借出"), lambda r: r.out, align_right=True),
            Column(self.tr("可借"), lambda r: r.available, align_right=True),
            Column(self.tr("押金"), lambda r: "" if r.deposit is None else f"{r.deposit:.0f}", align_right=True),
        ], self._fetch_items, self)
        self.items_table = list_table(self.items_model, "lend_items")
        self.items_table.doubleClicked.connect(lambda _i: self.lend())
        self.search = search_line("loan_search", self.tr("搜索：借用人、电话、物品、单号"))
        names = {"out": self.tr("借出未还"), "overdue": self.tr("逾期未还"), "write_off_due": self.tr("久未归还待核销"),
                 "returned": self.tr("已归还"), "written_off": self.tr("已核销"), "": self.tr("全部")}
        self.state = filter_combo("loan_state", lending.FILTERS, names)
        self.loans_model = PagedTableModel([
            Column(self.tr("借用单号"), lambda r: r.number),
            Column(self.tr("物品"), lambda r: f"{r.item} × {r.quantity}"),
            Column(self.tr("借用人"), lambda r: r.borrower),
            Column(self.tr("业户/单元"), lambda r: " ".join(x for x in (r.tenant, r.unit) if x)),
            Column(self.tr("电话"), lambda r: r.phone),
            Column(self.tr("押物"), lambda r: " ".join(x for x in (r.pledge, "" if r.deposit is None
                                                                   else f"¥{r.deposit:.0f}") if x)),
            Column(self.tr("借出"), lambda r: r.lent_at.strftime("%m-%d %H:%M")),
            Column(self.tr("应还"), lambda r: r.due_at.strftime("%m-%d %H:%M")),
            Column(self.tr("状态"), self._state_text),
            Column(self.tr("归还/核销"), lambda r: " ".join(x for x in (
                r.closed_at.strftime("%m-%d %H:%M") if r.closed_at else "", r.returned_by) if x)),
        ], self._fetch_loans, self)
        self.loans_table = list_table(self.loans_model, "loans")
        self.loans_table.doubleClicked.connect(lambda _i: self.return_selected())
        self.count = QLabel()
        self.count.setObjectName("lending_count")

        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_head = QHBoxLayout()
        items_head.addWidget(QLabel(self.tr("<b>可借物品</b>")))
        items_head.addStretch(1)
        for b in (self.lend_button, self.new_item_button, self.edit_item_button):
            items_head.addWidget(b)
        items_layout.addLayout(items_head)
        items_layout.addWidget(self.items_table)
        loans_box = QWidget()
        loans_layout = QVBoxLayout(loans_box)
        loans_layout.setContentsMargins(0, 0, 0, 0)
        loans_head = QHBoxLayout()
        loans_head.addWidget(QLabel(self.tr("<b>借用记录</b>")))
        loans_head.addWidget(self.search, 2)
        loans_head.addWidget(self.state, 1)
        loans_head.addWidget(self.return_button)
        loans_head.addWidget(self.write_off_button)
        loans_layout.addLayout(loans_head)
        loans_layout.addWidget(self.loans_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(items_box)
        split.addWidget(loans_box)
        split.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        self._debounce = search_as_you_type(self, self.search, self.refresh)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())

    def _state_text(self, r) -> str:
        return self.tr("逾期") if r.overdue(now()) else loan_state_name(r.state)

    def _fetch_items(self, page: int) -> Page:
        rows = lending.items(by=self.ctx.actor)
        return Page(rows, len(rows), 0, max(1, len(rows)))

    def _fetch_loans(self, page: int):
        return lending.search_loans(by=self.ctx.actor, text=self.search.text(), state=self.state.currentData(),
                                    page=page, page_size=200)

    def show_filter(self, key: str) -> None:
        self.state.setCurrentIndex(max(0, self.state.findData(key)))

    def refresh(self) -> None:
        self.items_model.reload()
        self.items_table.resizeColumnsToContents()
        self.loans_model.reload()
        self.loans_table.resizeColumnsToContents()
        f = lending.lending_figures(by=self.ctx.actor)
        self.count.setText(self.tr("借出未还 {out} 件，其中逾期 {overdue} 件，久未归还待核销 {lost} 件").format(
            out=f.out, overdue=f.overdue, lost=f.write_off_due))

    def _selected(self, table, model):
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def lend(self) -> LendDialog:
        item = self._selected(self.items_table, self.items_model)
        return self._open(LendDialog(self.ctx, item.id if item else None, self))

    def new_item(self) -> LendItemDialog:
        return self._open(LendItemDialog(self.ctx, None, self))

    def edit_item(self) -> LendItemDialog | None:
        item = self._selected(self.items_table, self.items_model)
        return self._open(LendItemDialog(self.ctx, item, self)) if item else None

    def _out_loan(self):
        loan = self._selected(self.loans_table, self.loans_model)
        if loan is None or loan.state != "out":
            QMessageBox.information(self, self.tr("借用登记"), self.tr("请先在借用记录中选择一条未归还的借用"))
            return None
        return loan

    def return_selected(self) -> ReturnLoanDialog | None:
        loan = self._out_loan()
        return self._open(ReturnLoanDialog(self.ctx, loan, self)) if loan else None

    def write_off_selected(self) -> WriteOffDialog | None:
        loan = self._out_loan()
        return self._open(WriteOffDialog(self.ctx, loan, self)) if loan else None
