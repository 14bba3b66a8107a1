"""Take a payment at the desk: amount, method, reference, date; saved, allocated, and its receipt shown to print."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from services import fees, payments
from services.payments import PAY_METHODS, PaymentInput, PaymentResult
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, save_cancel_dialog
from ui.pages.fee_bits import METHOD_NAMES, money, name_of


class PaymentDialog(QDialog):
    """收款: the tenant's open amount shown; the payment goes to the oldest open bills unless bills are chosen."""

    def __init__(self, ctx: DeskContext, tenant_id: int, tenant_name: str, bill_ids: list[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tenant_id = tenant_id
        self.bill_ids = list(bill_ids or [])
        self.result_: PaymentResult | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("收款 — {tenant}").format(tenant=tenant_name))
        owed = fees.owes_summary(tenant_id, by=ctx.actor)
        self.owed = QLabel(self.tr("未收账款 {outstanding} 元；预收款 {credit} 元").format(
            outstanding=money(owed.outstanding), credit=money(owed.credit)))
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("元，如 1200.00"))
        if owed.outstanding > 0:
            self.amount.setText(f"{owed.outstanding:.2f}")
        self.method = QComboBox()
        self.method.setObjectName("method")
        for code in PAY_METHODS:
            self.method.addItem(name_of(METHOD_NAMES, code), code)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("转账流水号、支票号等"))
        self.paid_on = QDateEdit(QDate.currentDate())
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.paid_on.setCalendarPopup(True)
        self.note = QLineEdit()
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(self.owed)
        if self.bill_ids:
            form.addRow(QLabel(self.tr("先冲销所选的 {n} 张账单").format(n=len(self.bill_ids))))
        self.errors.add_row(form, self.tr("金额 *"), "amount", self.amount)
        self.errors.add_row(form, self.tr("收款方式"), "method", self.method)
        self.errors.add_row(form, self.tr("凭证/流水号"), "reference", self.reference)
        self.errors.add_row(form, self.tr("收款日期"), "paid_on", self.paid_on)
        self.errors.add_row(form, self.tr("备注"), "note", self.note)
        self.save_button = save_cancel_dialog(self, body, self.tr("收款并打印票据"), "save", self.save)
        self.resize(460, 320)

    def read_input(self) -> PaymentInput:
        return PaymentInput(self.tenant_id, self.amount.text(), self.method.currentData(), self.reference.text(),
                            self.paid_on.date().toPython(), self.bill_ids, self.note.text())

    def save(self) -> PaymentResult | None:
        data = self.read_input()
        result = call_service(self, self.errors, lambda: payments.take_payment(data, by=self.ctx.actor))
        if result is None:
            return None
        self.result_ = result
        self.accept()
        return result


def receipt_preview(ctx: DeskContext, payment_id: int, receipt_no: str, parent: QWidget):
    """The receipt in the print preview (QtPdf loads here, not at start)."""
    from ui.dialogs.print_preview import PrintPreview

    pdf = call_service(parent, None, lambda: payments.print_receipt(payment_id, by=ctx.actor))
    if pdf is None:
        return None
    preview = PrintPreview(pdf, QCoreApplication.translate("fees", "收费票据"), f"{receipt_no}.pdf", parent)
    preview.open()
    return preview

