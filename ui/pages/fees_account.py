"""A tenant's fee account: bills, payments (take one, print its receipt), adjustments, deposits, what is owed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from services import arrears, charge_items, fees, payments
from services.fees import AdjustInput
from services.payments import DepositInput
from ui.context import DeskContext
from ui.dialogs.fee_entry_dialog import EntryDialog
from ui.dialogs.payment_dialog import PaymentDialog, receipt_preview
from ui.forms import call_service
from ui.icons import icon
from ui.pages.fee_bits import (
    BILL_STATUS_NAMES,
    DEPOSIT_NAMES,
    METHOD_NAMES,
    REMINDER_NAMES,
    fill,
    money,
    name_of,
    rows_table,
    selected_keys,
    tenant_picker,
)


class AccountTab(QWidget):
    """Pick a tenant; see and act on its account."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tenant = tenant_picker(ctx.actor, "account_tenant")
        self.tenant.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("account_summary")
        self.summary.setStyleSheet("font-size: 13px; font-weight: 600; color: #1f2d3d;")
        self.summary.setWordWrap(True)
        self.pay_button = QPushButton(icon("pay"), self.tr("收款…"))
        self.pay_button.setObjectName("take_payment")
        self.pay_button.setEnabled(ctx.can("fees.pay"))
        self.pay_button.clicked.connect(self.take_payment)
        self.receipt_button = QPushButton(icon("print"), self.tr("补打票据"))
        self.receipt_button.clicked.connect(self.reprint_receipt)
        self.adjust_button = QPushButton(icon("edit"), self.tr("调整（减免/补收）…"))
        self.adjust_button.setEnabled(ctx.can("fees.adjust"))
        self.adjust_button.clicked.connect(self.adjust_selected)
        self.void_button = QPushButton(icon("void"), self.tr("作废收款…"))
        self.void_button.setObjectName("void_payment")
        self.void_button.setEnabled(ctx.can("fees.payment.void"))
        self.void_button.clicked.connect(self.void_selected)
        self.bill_button = QPushButton(icon("print"), self.tr("打印账单"))
        self.bill_button.clicked.connect(self.print_bill)
        self.charge_button = QPushButton(icon("add"), self.tr("一次性收费…"))
        self.charge_button.setObjectName("add_charge")
        self.charge_button.setEnabled(ctx.can("fees.charge.post"))
        self.charge_button.clicked.connect(self.add_charge)
        self.deposit_button = QPushButton(icon("deposit"), self.tr("押金…"))
        self.deposit_button.setObjectName("deposit")
        self.deposit_button.setEnabled(ctx.can("fees.deposit"))
        self.deposit_button.clicked.connect(self.deposit)
        self.bills = rows_table("account_bills", [self.tr("账期"), self.tr("账单号"), self.tr("状态"), self.tr("应缴"),
                                                  self.tr("已缴"), self.tr("未缴"), self.tr("缴费截止日")], multi=True)
        self.payments = rows_table("account_payments", [self.tr("票据号"), self.tr("日期"), self.tr("金额"),
                                                        self.tr("方式"), self.tr("凭证号"), self.tr("已冲销"),
                                                        self.tr("经办"), self.tr("状态")])
        self.adjustments = rows_table("account_adjustments", [self.tr("账单号"), self.tr("项目"), self.tr("金额"),
                                                              self.tr("原因"), self.tr("日期"), self.tr("经办")])
        self.deposits = rows_table("account_deposits", [self.tr("日期"), self.tr("类型"), self.tr("用途"),
                                                        self.tr("金额"), self.tr("说明")])
        self.reminders = rows_table("account_reminders", [self.tr("日期"), self.tr("方式"), self.tr("当时欠费"),
                                                          self.tr("函号"), self.tr("结果"), self.tr("经办")])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("业户")))
        top.addWidget(self.tenant, 1)
        actions = QHBoxLayout()  # a second row: seven buttons beside the picker would widen the window
        actions.addStretch(1)
        for b in self._buttons():
            actions.addWidget(b)
        split = QSplitter(Qt.Orientation.Vertical)
        for title, table in ((self.tr("账单（选中后收款则先冲销所选）"), self.bills), (self.tr("收款"), self.payments),
                             (self.tr("调整"), self.adjustments), (self.tr("押金（与收费分开）"), self.deposits),
                             (self.tr("催缴记录"), self.reminders)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            split.addWidget(box)
        for index, stretch in enumerate((3, 2, 1, 1, 1)):  # the bills are what the desk looks at first
            split.setStretchFactor(index, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.last_preview = None

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.pay_button, self.receipt_button, self.bill_button, self.charge_button, self.deposit_button,
                self.adjust_button, self.void_button)

    def tenant_id(self) -> int | None:
        return self.tenant.currentData()

    def show_tenant(self, tenant_id: int) -> None:
        self.tenant.setCurrentIndex(self.tenant.findData(tenant_id))

    def refresh(self) -> None:
        tenant_id = self.tenant_id()
        for b in self._buttons():
            b.setVisible(tenant_id is not None)
        if tenant_id is None:
            self.summary.setText(self.tr("请选择业户"))
            for t in (self.bills, self.payments, self.adjustments, self.deposits, self.reminders):
                t.setRowCount(0)
            return
        actor = self.ctx.actor
        s = fees.owes_summary(tenant_id, by=actor)
        self.summary.setText(self.tr("未收 {out} 元 · 未开具 {draft} 元 · 待入账 {unbilled} 元 · 预收 {credit} 元 · "
                                     "合计欠费 {owes} 元 · 押金余额 {deposits} 元").format(
            out=money(s.outstanding), draft=money(s.not_issued), unbilled=money(s.unbilled), credit=money(s.credit),
            owes=money(max(s.owes, fees.ZERO)), deposits=money(s.deposits_held)))
        bills = fees.tenant_bills(tenant_id, by=actor)
        fill(self.bills, [[f"{b.month:%Y-%m}", b.number or "—", name_of(BILL_STATUS_NAMES, b.status), money(b.due),
                           money(b.paid), money(b.outstanding), b.due_on or ""] for b in bills],
             [b.id for b in bills], right=(3, 4, 5))
        paid = payments.tenant_payments(tenant_id, by=actor)
        fill(self.payments, [[p.receipt_no, p.paid_on, money(p.amount), name_of(METHOD_NAMES, p.method), p.reference,
                              money(p.allocated), p.taken_by,
                              self.tr("作废：{reason}").format(reason=p.void_reason) if p.voided else ""]
                             for p in paid], [p.id for p in paid], right=(2, 5))
        adjs = fees.adjustments(by=actor, tenant_id=tenant_id)
        fill(self.adjustments, [[a.bill_number, a.item, money(a.amount), a.reason, a.made_on, a.made_by]
                                for a in adjs], right=(2,))
        deps = payments.tenant_deposits(tenant_id, by=actor)
        fill(self.deposits, [[d.day, name_of(DEPOSIT_NAMES, d.kind), d.purpose, money(d.amount), d.note]
                             for d in deps], right=(3,))
        calls = arrears.tenant_reminders(tenant_id, by=actor)
        fill(self.reminders, [[r.day, name_of(REMINDER_NAMES, r.kind), money(r.owed), r.letter_no, r.note, r.by]
                              for r in calls], right=(2,))

    def take_payment(self) -> PaymentDialog | None:
        tenant_id = self.tenant_id()
        if tenant_id is None:
            return None
        chosen = [b for b in selected_keys(self.bills)]
        dialog = PaymentDialog(self.ctx, tenant_id, self.tenant.currentText(), chosen, self)
        dialog.accepted.connect(self._paid)
        dialog.open()
        return dialog

    def _paid(self) -> None:
        dialog = self.sender()
        self.refresh()
        if isinstance(dialog, PaymentDialog) and dialog.result_ is not None:
            self.last_preview = receipt_preview(self.ctx, dialog.result_.payment_id, dialog.result_.receipt_no, self)

    def reprint_receipt(self):
        ids = selected_keys(self.payments)
        if not ids:
            return None
        row = self.payments.currentRow()
        self.last_preview = receipt_preview(self.ctx, ids[0], self.payments.item(max(row, 0), 0).text(), self)
        return self.last_preview

    def adjust_selected(self) -> int | None:
        ids = selected_keys(self.bills)
        if not ids:
            return None
        amount, ok = QInputDialog.getText(self, self.tr("调整账单"), self.tr("金额（减免填负数，如 -100.00）"))
        if not ok:
            return None
        reason, ok = QInputDialog.getText(self, self.tr("调整账单"), self.tr("原因"))
        if not ok:
            return None
        done = call_service(self, None, lambda: fees.adjust_bill(ids[0], AdjustInput("MGMT", amount, reason),
                                                                 by=self.ctx.actor))
        self.refresh()
        return done

    def _entry(self, title: str, rows, save_text: str, action) -> EntryDialog:
        dialog = EntryDialog(title, rows, save_text, action, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def add_charge(self) -> EntryDialog | None:
        tenant_id = self.tenant_id()
        if tenant_id is None:
            return None
        items = QComboBox()
        for item in charge_items.list_items(by=self.ctx.actor, active_only=True):
            if item.kind == "one_off":
                items.addItem(item.name, item.code)
        return self._entry(self.tr("一次性收费"), [
            ("item", self.tr("收费项目"), items), ("amount", self.tr("金额 *"), QLineEdit()),
            ("note", self.tr("说明"), QLineEdit())], self.tr("记入下期账单"),
            lambda v: fees.add_desk_charge(tenant_id, v["item"], v["amount"], v["note"], by=self.ctx.actor))

    def deposit(self) -> EntryDialog | None:
        tenant_id = self.tenant_id()
        if tenant_id is None:
            return None
        kinds = QComboBox()
        for kind in ("received", "deducted", "refunded"):
            kinds.addItem(name_of(DEPOSIT_NAMES, kind), kind)
        purpose = QLineEdit(self.tr("装修押金"))
        return self._entry(self.tr("押金"), [
            ("kind", self.tr("类型"), kinds), ("purpose", self.tr("用途 *"), purpose),
            ("amount", self.tr("金额 *"), QLineEdit()), ("note", self.tr("说明（扣除须写原因）"), QLineEdit())],
            self.tr("保存"), lambda v: payments.record_deposit(DepositInput(
                tenant_id, v["kind"], v["purpose"], v["amount"], note=v["note"]), by=self.ctx.actor))

    def void_selected(self) -> bool:
        ids = selected_keys(self.payments)
        if not ids:
            return False
        reason, ok = QInputDialog.getText(self, self.tr("作废收款"), self.tr("作废原因（如：收错业户）"))
        if not ok:
            return False
        done = call_service(self, None, lambda: payments.void_payment(ids[0], reason, by=self.ctx.actor)) is not None
        self.refresh()
        return done

    def print_bill(self):
        from ui.pages.fees_page import show_pdf

        ids = selected_keys(self.bills)
        if not ids:
            return None
        pdf = call_service(self, None, lambda: fees.print_bill(ids[0], by=self.ctx.actor))
        self.last_preview = show_pdf(self, pdf, self.tr("缴费通知单"), self.tr("缴费通知单-{id}.pdf").format(id=ids[0]))
        return self.last_preview
