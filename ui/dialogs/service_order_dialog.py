"""A convenience-service order: take it at the agreed details and price, the tenant's acceptance with the
signature on the pad, and the service confirmation printed as the receipt."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import convenience, tenants
from services.convenience import AcceptInput, OrderInput, OrderRow
from services.money import parse_quantity
from ui.context import DeskContext
from ui.dialogs.move_in_dialog import tenant_combo
from ui.dialogs.print_preview import show_pdf
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon
from ui.signature_pad import SignaturePad


def print_receipt(parent: QWidget, ctx: DeskContext, order_id: int, number: str):
    title = QCoreApplication.translate("ServiceOrderDialog", "便民服务确认单")
    name = QCoreApplication.translate("ServiceOrderDialog", "便民服务确认单 {no}.pdf").format(no=number)
    return show_pdf(parent, lambda: convenience.print_receipt(order_id, by=ctx.actor), title, name)


class ServiceOrderDialog(QDialog):
    """Take an order (or change one not yet dispatched): tenant, unit, item and quantity, the price worked out
    from the price list and changeable with a reason, the agreed time, the tenant's contact."""

    def __init__(self, ctx: DeskContext, row: OrderRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.order_id = row.id if row else None
        self.setWindowTitle(self.tr("便民服务单") + (f" {row.number}" if row else ""))
        self.resize(640, 560)
        self.errors = FieldErrors()
        self.items = call_service(self, None, lambda: convenience.price_list(by=ctx.actor)) or []
        self.tenant = tenant_combo(ctx)
        self.tenant.setObjectName("tenant_id")
        self.tenant.currentIndexChanged.connect(self._tenant_chosen)
        self.unit = QComboBox()
        self.unit.setObjectName("unit_code")
        self.item = QComboBox()
        self.item.setObjectName("item_id")
        self.item.addItem("", None)
        for i in self.items:
            self.item.addItem(f"{i.name}（{i.price:,.2f} {i.unit_label}，{i.department}）", i.id)
        self.item.currentIndexChanged.connect(self._recompute)
        self.quantity = named_line("quantity", self.tr("面积、小时、次数…"))
        self.quantity.textChanged.connect(self._recompute)
        self.list_amount = QLabel("—")
        self.list_amount.setObjectName("list_amount")
        self.amount = named_line("amount", self.tr("空着即按价目表"))
        self.price_reason = named_line("price_reason", self.tr("约定金额与价目表不同时必填"))
        soon = QDateTime.currentDateTime().addSecs(2 * 3600)  # the next whole hour two hours from now
        soon.setTime(QTime(soon.time().hour(), 0))
        self.agreed_at = QDateTimeEdit(soon)
        self.agreed_at.setObjectName("agreed_at")
        self.agreed_at.setCalendarPopup(True)
        self.agreed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.contact_name = named_line("contact_name")
        self.contact_phone = named_line("contact_phone")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setMaximumHeight(80)
        form = QFormLayout()
        for label, name, widget in (
                (self.tr("业户"), "tenant_id", self.tenant), (self.tr("单元"), "unit_code", self.unit),
                (self.tr("服务项目"), "item_id", self.item), (self.tr("数量/面积"), "quantity", self.quantity)):
            self.errors.add_row(form, label, name, widget)
        form.addRow(self.tr("按价目表"), self.list_amount)
        for label, name, widget in (
                (self.tr("约定金额（元）"), "amount", self.amount),
                (self.tr("议价原因"), "price_reason", self.price_reason),
                (self.tr("约定时间"), "agreed_at", self.agreed_at),
                (self.tr("联系人"), "contact_name", self.contact_name),
                (self.tr("联系电话"), "contact_phone", self.contact_phone), (self.tr("服务要求"), "note", self.note)):
            self.errors.add_row(form, label, name, widget)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(icon("save"), self.tr("保存服务单"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(status_button_row(self.status, self.save_button))
        if row is not None:
            self._show_row(row)

    def _tenant_chosen(self) -> None:
        self.unit.clear()
        tenant_id = self.tenant.currentData()
        if tenant_id is None:
            return
        detail = call_service(self, None, lambda: tenants.get_tenant(tenant_id, by=self.ctx.actor))
        if detail is None:
            return
        self.unit.addItems(detail.data.units)
        primary = next((c for c in detail.data.contacts if c.is_primary), None) or next(iter(detail.data.contacts),
                                                                                       None)
        if primary and not self.contact_name.text():
            self.contact_name.setText(primary.name)
            self.contact_phone.setText(primary.phone)

    def _recompute(self) -> None:
        """The price-list amount as the service works it out (the site's rounding), shown as the clerk types."""
        item = next((i for i in self.items if i.id == self.item.currentData()), None)
        quantity = parse_quantity(self.quantity.text())
        if item is None or quantity is None:
            self.list_amount.setText("—")
            return
        amount: Decimal = convenience.list_amount(self.ctx.actor.site_id, item.price, quantity)
        self.list_amount.setText(self.tr("{price} × {qty} = {amount} 元").format(
            price=f"{item.price:,.2f}", qty=f"{quantity:f}", amount=f"{amount:,.2f}"))

    def _show_row(self, row: OrderRow) -> None:
        self.tenant.setCurrentIndex(self.tenant.findData(row.tenant_id))
        self.unit.setCurrentText(row.unit_code)
        self.item.setCurrentIndex(self.item.findData(row.item_id))
        self.quantity.setText(f"{row.quantity:f}")
        if row.amount != row.list_amount:
            self.amount.setText(f"{row.amount:f}")
        self.price_reason.setText(row.price_reason)
        self.agreed_at.setDateTime(QDateTime(row.agreed_at))
        self.contact_name.setText(row.contact_name)
        self.contact_phone.setText(row.contact_phone)
        self.note.setPlainText(row.note)
        editable = row.state == "ordered"
        for widget in (self.tenant, self.unit, self.item, self.quantity, self.amount, self.price_reason,
                       self.agreed_at, self.contact_name, self.contact_phone, self.note, self.save_button):
            widget.setEnabled(editable and self.ctx.can("service.order"))

    def to_input(self) -> OrderInput:
        return OrderInput(tenant_id=self.tenant.currentData(), unit_code=self.unit.currentText(),
                          item_id=self.item.currentData(), quantity=self.quantity.text(), amount=self.amount.text(),
                          price_reason=self.price_reason.text(), agreed_at=self.agreed_at.dateTime().toPython(),
                          contact_name=self.contact_name.text(), contact_phone=self.contact_phone.text(),
                          note=self.note.toPlainText())

    def save(self) -> int | None:
        data = self.to_input()
        if self.row is None:
            saved = call_service(self, self.errors, lambda: convenience.order_service(data, by=self.ctx.actor))
        else:
            row = self.row
            saved = call_service(self, self.errors, lambda: convenience.update_order(
                row.id, row.version, data, by=self.ctx.actor) and row.id)
        if saved is None:
            return None
        self.order_id = saved
        self.row = convenience.get_order(saved, by=self.ctx.actor)
        self.status.setText(self.tr("已保存服务单 {no}，金额 {amount} 元").format(
            no=self.row.number, amount=f"{self.row.amount:,.2f}"))
        self.setWindowTitle(self.tr("便民服务单") + f" {self.row.number}")
        return saved


class AcceptDialog(QDialog):
    """The tenant accepts the work: who, how satisfied, any remark, and the signature on the pad; the charge goes
    onto the tenant's bill and the confirmation prints."""

    def __init__(self, ctx: DeskContext, row: OrderRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.charge_id: int | None = None
        self.accepted = False
        self.setWindowTitle(self.tr("业户验收 {no}").format(no=row.number))
        self.resize(560, 520)
        self.errors = FieldErrors()
        summary = QLabel(self.tr("{tenant} · {item} {qty} · 约定金额 {amount} 元").format(
            tenant=row.tenant, item=row.item_name, qty=f"{row.quantity:f}", amount=f"{row.amount:,.2f}"))
        summary.setWordWrap(True)
        self.name = named_line("name")
        self.name.setText(row.contact_name)
        self.satisfaction = QComboBox()
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.addItem("", "")
        for key, text in (("very", self.tr("非常满意")), ("satisfied", self.tr("满意")), ("ok", self.tr("基本满意")),
                          ("unsatisfied", self.tr("不满意"))):
            self.satisfaction.addItem(text, key)
        self.comment = named_line("comment")
        self.pad = SignaturePad()
        self.pad.setObjectName("signature")
        clear = QPushButton(self.tr("重签"))
        clear.setObjectName("clear_signature")
        clear.clicked.connect(self.pad.clear)
        form = QFormLayout()
        form.addRow(summary)
        self.errors.add_row(form, self.tr("验收人"), "name", self.name)
        self.errors.add_row(form, self.tr("满意度"), "satisfaction", self.satisfaction)
        self.errors.add_row(form, self.tr("业户意见"), "comment", self.comment)
        self.errors.add_row(form, self.tr("业户签字"), "signature", self.pad)
        form.addRow("", clear)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(icon("approve"), self.tr("确认验收并计费"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(icon("print"), self.tr("打印确认单"))
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_now)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(status_button_row(self.status, self.save_button, self.print_button))

    def save(self) -> bool:
        data = AcceptInput(self.name.text(), self.satisfaction.currentData(), self.comment.text(), self.pad.to_png())
        order_id = self.row.id
        result = call_service(self, self.errors,
                              lambda: (convenience.accept_order(order_id, data, by=self.ctx.actor),))
        if result is None:
            return False
        self.charge_id = result[0]
        self.accepted = True
        self.status.setText(self.tr("已验收，{amount} 元已计入业户账单").format(amount=f"{self.row.amount:,.2f}")
                            if self.charge_id else self.tr("已验收（免费服务，不计费）"))
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(True)
        return True

    def print_now(self):
        return print_receipt(self, self.ctx, self.row.id, self.row.number)

