"""邮件快递: what waits on the shelf, scan to hand over, log arrivals one by one or a courier's drop, print the
pick-up slips and the per-floor list for the stewards' round."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import mail, mail_prints
from ui.context import DeskContext
from ui.dialogs.mail_dialogs import ArrivalDialog, BatchDialog, CollectDialog, DeliverDialog, ReturnDialog, show_pdf
from ui.forms import FieldErrors, call_service
from ui.messages import mail_kind_name, mail_state_name, message
from ui.page_bits import action_button, filter_combo, list_table, search_as_you_type, search_line
from ui.paged_model import Column, PagedTableModel


class MailTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.dialog = None
        self.scan = QLineEdit()
        self.scan.setObjectName("mail_scan")
        self.scan.setPlaceholderText(self.tr("扫描快递单号或取件通知，回车取件"))
        self.scan.returnPressed.connect(self.collect_scanned)
        self.search = search_line("mail_search", self.tr("搜索：业户、单元、收件人、单号"))
        names = {"waiting": self.tr("待取"), "uncollected": self.tr("超期未取"), "today": self.tr("今日到件"),
                 "collected": self.tr("已取"), "returned": self.tr("已退回"), "": self.tr("全部")}
        self.state = filter_combo("mail_state", mail.FILTERS, names)
        self.floor = QComboBox()
        self.floor.setObjectName("mail_floor")

        def button(name: str, text: str, icon_name: str, slot, action: str = "mail.view") -> QPushButton:
            return action_button(ctx.can, name, text, icon_name, slot, action)

        self.arrival_button = button("arrival", self.tr("登记到件"), "add", self.new_arrival, "mail.receive")
        self.batch_button = button("batch", self.tr("批量入库"), "scan", self.new_batch, "mail.receive")
        self.collect_button = button("collect", self.tr("取件"), "give", self.collect_selected, "mail.collect")
        self.return_button = button("return", self.tr("退回寄件人"), "return", self.return_selected, "mail.return")
        self.deliver_button = button("deliver", self.tr("管家送达登记"), "step", self.deliver_round, "mail.collect")
        self.slip_button = button("print_slip", self.tr("打印取件通知"), "print", self.print_slip)
        self.list_button = button("print_list", self.tr("分楼层待取清单"), "print", self.print_list)
        self.model = PagedTableModel([
            Column(self.tr("编号"), lambda r: r.number),
            Column(self.tr("到件"), lambda r: r.received_at.strftime("%m-%d %H:%M")),
            Column(self.tr("单元"), lambda r: r.unit),
            Column(self.tr("业户"), lambda r: r.tenant),
            Column(self.tr("收件人"), lambda r: r.recipient),
            Column(self.tr("类别"), lambda r: mail_kind_name(r.kind)),
            Column(self.tr("快递"), lambda r: r.courier),
            Column(self.tr("单号"), lambda r: r.tracking),
            Column(self.tr("件数"), lambda r: r.count, align_right=True),
            Column(self.tr("货架"), lambda r: r.shelf),
            Column(self.tr("状态"), lambda r: mail_state_name(r.state)),
            Column(self.tr("取件人"), self._collector),
            Column(self.tr("取件/退回时间"), lambda r: r.closed_at.strftime("%m-%d %H:%M") if r.closed_at else ""),
        ], self._fetch, self)
        self.table = list_table(self.model, "mail_table")
        self.table.doubleClicked.connect(lambda _i: self.collect_selected())
        self.count = QLabel()
        self.count.setObjectName("mail_count")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("扫码取件")))
        top.addWidget(self.errors.field("scan", self.scan), 2)
        top.addWidget(self.search, 2)
        top.addWidget(self.state, 1)
        top.addWidget(self.floor, 1)
        actions = QHBoxLayout()
        for b in (self.arrival_button, self.batch_button, self.collect_button, self.deliver_button, self.return_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.slip_button)
        actions.addWidget(self.list_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._debounce = search_as_you_type(self, self.search, self.refresh)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.floor.currentIndexChanged.connect(lambda _i: self.refresh())

    def _collector(self, r) -> str:
        if r.delivered_by:
            text = self.tr("管家 {steward} 送达 {receiver}")
            return text.format(steward=r.delivered_by, receiver=r.collector).strip()
        return f"{r.collector} ({r.phone_tail})" if r.collector else ""

    def _fetch(self, page: int):
        return mail.search_mail(by=self.ctx.actor, text=self.search.text(), state=self.state.currentData(),
                                floor=self.floor.currentData() or "", page=page, page_size=200)

    def show_filter(self, key: str) -> None:
        self.state.setCurrentIndex(max(0, self.state.findData(key)))

    def _fill_floors(self) -> None:
        current = self.floor.currentData()
        self.floor.blockSignals(True)
        self.floor.clear()
        self.floor.addItem(self.tr("全部楼层"), "")
        for name in mail.waiting_floors(by=self.ctx.actor):
            self.floor.addItem(name, name)
        self.floor.setCurrentIndex(max(0, self.floor.findData(current)))
        self.floor.blockSignals(False)

    def refresh(self) -> None:
        self._fill_floors()
        self.model.reload()
        self.table.resizeColumnsToContents()
        figures = mail.mail_figures(by=self.ctx.actor)
        self.count.setText(self.tr("共 {n} 件；待取 {waiting} 件，其中超过 {days} 天未取 {late} 件").format(
            n=self.model.total, waiting=figures.waiting, days=figures.days, late=figures.uncollected))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def new_arrival(self) -> ArrivalDialog:
        return self._open(ArrivalDialog(self.ctx, self))

    def new_batch(self) -> BatchDialog:
        return self._open(BatchDialog(self.ctx, self))

    def collect_scanned(self) -> CollectDialog | None:
        """The scanner typed a tracking number (or a slip's number) and Enter: that tenant's hand-over opens."""
        row = call_service(self, self.errors, lambda: mail.find_waiting(self.scan.text(), by=self.ctx.actor))
        if row is None:
            return None
        self.scan.clear()
        return self._open(CollectDialog(self.ctx, row, self))

    def _need_waiting(self):
        row = self.selected()
        if row is None or row.state != "waiting":
            QMessageBox.information(self, self.tr("邮件快递"), message("mail.none_chosen"))
            return None
        return row

    def collect_selected(self) -> CollectDialog | None:
        row = self._need_waiting()
        return self._open(CollectDialog(self.ctx, row, self)) if row else None

    def deliver_round(self) -> DeliverDialog:
        """The steward is back from the round of the floor chosen above (or of every floor)."""
        return self._open(DeliverDialog(self.ctx, self.floor.currentData() or "", self))

    def return_selected(self) -> ReturnDialog | None:
        row = self._need_waiting()
        return self._open(ReturnDialog(self.ctx, row, self)) if row else None

    def print_slip(self):
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("邮件快递"), message("mail.none_chosen"))
            return None
        return show_pdf(self, lambda: mail_prints.print_pickup_slips([row.id], by=self.ctx.actor),
                        self.tr("取件通知"), self.tr("取件通知-{number}.pdf").format(number=row.number))

    def print_list(self):
        floor = self.floor.currentData() or ""
        return show_pdf(self, lambda: mail_prints.print_pickup_list(by=self.ctx.actor, floor=floor),
                        self.tr("待取邮件快递清单"), self.tr("待取邮件快递清单.pdf"))
