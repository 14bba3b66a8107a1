"""Lending at the counter: lend an item with the borrower's signature, take it back, write off, keep the list."""
from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from services import lending, settings
from services.lending import ItemInput, ItemRow, LendInput, LoanRow
from ui.context import DeskContext
from ui.forms import (
    ActionDialog,
    FieldErrors,
    call_service,
    named_line,
    push_button,
    save_cancel_dialog,
    status_button_row,
)
from ui.messages import lend_category_name
from ui.signature_pad import signature_box
from ui.tenant_unit_picker import TenantUnitPicker


class LendDialog(QDialog):
    """What, how many, to whom (a tenant optional), until when, what was left as pledge; signed on the pad."""

    def __init__(self, ctx: DeskContext, item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number: str | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("借出物品"))
        self.resize(600, 700)
        self.rows: list[ItemRow] = [r for r in lending.items(by=ctx.actor) if r.available > 0 or r.id == item_id]
        self.item = QComboBox()
        self.item.setObjectName("item")
        for r in self.rows:
            tag = f" [{r.tag}]" if r.tag else ""
            self.item.addItem(self.tr("{name}{tag}（可借 {n}）").format(name=r.name, tag=tag, n=r.available), r.id)
        self.item.setCurrentIndex(max(0, self.item.findData(item_id)))
        self.quantity = QSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(1, 999)
        self.borrower = named_line("borrower")
        self.tenant = TenantUnitPicker(ctx.actor, "tenant", self.tr("可不填：业户名称、单元号或拼音首字母"))
        self.phone = named_line("phone")
        self.pledge = named_line("pledge", self.tr("如 押身份证、押工作证"))
        self.deposit = named_line("deposit", self.tr("押金（元），可不填"))
        self.due_at = QDateTimeEdit()
        self.due_at.setObjectName("due_at")
        self.due_at.setCalendarPopup(True)
        self.due_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        hours = int(settings.get(ctx.actor.site_id, "lending.default_loan_hours"))
        self.due_at.setDateTime(QDateTime.currentDateTime().addSecs(hours * 3600))
        self.note = named_line("note")
        form_box = QGroupBox(self.tr("借用信息"))
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("物品 *"), "item", self.item),
            (self.tr("数量"), "quantity", self.quantity),
            (self.tr("借用人 *"), "borrower", self.borrower),
            (self.tr("业户/单元"), "tenant", self.tenant),
            (self.tr("联系电话 *"), "phone", self.phone),
            (self.tr("押证件"), "pledge", self.pledge),
            (self.tr("押金"), "deposit", self.deposit),
            (self.tr("应还时间 *"), "due_at", self.due_at),
            (self.tr("备注"), "note", self.note),
        ]
        for label, name, widget in rows:
            self.errors.add_row(form, label, name, widget)
        self.item.currentIndexChanged.connect(lambda _i: self._item_changed())
        self._item_changed()
        sign, self.pad = signature_box(self.errors, self.tr("借用人签字"))
        self.save_button = push_button(self.tr("确认借出"), "save", "save", self.save)
        close = push_button(self.tr("关闭"), slot=self.accept)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        layout.addWidget(form_box)
        layout.addWidget(sign)
        layout.addStretch(1)
        layout.addLayout(status_button_row(self.status, self.save_button, close))

    def _item_changed(self) -> None:
        row = next((r for r in self.rows if r.id == self.item.currentData()), None)
        if row is not None:
            self.quantity.setMaximum(max(1, row.available))
            self.quantity.setEnabled(not row.tag)
            if row.deposit is not None and not self.deposit.text():
                self.deposit.setText(f"{row.deposit:.0f}")

    def save(self) -> str | None:
        if self.number is not None:
            return None
        self.tenant.take_first()
        data = LendInput(item_id=self.item.currentData(), quantity=self.quantity.value(), borrower=self.borrower.text(),
                         tenant_id=self.tenant.tenant_id, unit_code=self.tenant.unit, phone=self.phone.text(),
                         pledge=self.pledge.text(), deposit=self.deposit.text(),
                         due_at=self.due_at.dateTime().toPython().replace(second=0, microsecond=0),
                         signature=self.pad.to_png(), note=self.note.text())
        number = call_service(self, self.errors, lambda: lending.lend(data, by=self.ctx.actor))
        if number is None:
            return None
        self.number = number
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("已借出，借用单号 {number}").format(number=number))
        return number


def _loan_lines(dialog: ActionDialog, loan: LoanRow) -> None:
    dialog.form.addRow(dialog.tr("物品"), QLabel(f"{loan.item} × {loan.quantity}"))
    dialog.form.addRow(dialog.tr("借用人"), QLabel(f"{loan.borrower}  {loan.phone}"))


class ReturnLoanDialog(ActionDialog):
    """The item is back: who brought it, anything to note (damaged, deposit returned)."""

    def __init__(self, ctx: DeskContext, loan: LoanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("归还：{number}").format(number=loan.number))
        self.ctx, self.loan = ctx, loan
        _loan_lines(self, loan)
        if loan.pledge or loan.deposit is not None:
            deposit = "" if loan.deposit is None else self.tr("押金 {amount} 元").format(amount=f"{loan.deposit:.2f}")
            self.form.addRow(self.tr("退还押物"), QLabel(" ".join(x for x in (loan.pledge, deposit) if x)))
        self.returned_by = named_line("returned_by")
        self.returned_by.setText(loan.borrower)
        self.note = named_line("note", self.tr("如 伞骨损坏"))
        self.errors.add_row(self.form, self.tr("归还人 *"), "returned_by", self.returned_by)
        self.errors.add_row(self.form, self.tr("备注"), "note", self.note)
        self.errors.alias("loan", "returned_by")
        self.finish(self.tr("确认归还"), "return", lambda: lending.return_loan(
            self.loan.id, self.returned_by.text(), by=self.ctx.actor, note=self.note.text()))


class WriteOffDialog(ActionDialog):
    """A loan that never came back leaves the count (a supervisor, with the reason)."""

    def __init__(self, ctx: DeskContext, loan: LoanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("核销未归还：{number}").format(number=loan.number))
        self.ctx, self.loan = ctx, loan
        _loan_lines(self, loan)
        self.form.addRow(self.tr("应还"), QLabel(loan.due_at.strftime("%Y-%m-%d %H:%M")))
        self.reason = named_line("reason", self.tr("如 多次联系未归还，押金抵扣"))
        self.errors.add_row(self.form, self.tr("核销原因 *"), "reason", self.reason)
        self.errors.alias("loan", "reason")
        self.finish(self.tr("核销"), "void", lambda: lending.write_off(self.loan.id, self.reason.text(),
                                                                      by=self.ctx.actor))


class LendItemDialog(QDialog):
    """An item of the inventory: a counted pool (8 umbrellas) or one tagged item (trolley T-02)."""

    def __init__(self, ctx: DeskContext, row: ItemRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("借用物品") if row is None else self.tr("借用物品：{name}").format(name=row.name))
        body = QWidget()
        form = QFormLayout(body)
        self.name = named_line("name", self.tr("如 长柄雨伞、行李车 T-02"))
        self.category = QComboBox()
        self.category.setObjectName("category")
        for c in lending.CATEGORIES:
            self.category.addItem(lend_category_name(c), c)
        self.tag = named_line("tag", self.tr("单件编号物品填写，如 T-02；成批计数的留空"))
        self.quantity = QSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(0, 999)
        self.quantity.setValue(1)
        self.deposit = named_line("deposit", self.tr("默认押金（元），可不填"))
        self.note = named_line("note")
        if row is not None:
            self.name.setText(row.name)
            self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
            self.tag.setText(row.tag)
            self.quantity.setValue(row.quantity)
            self.deposit.setText("" if row.deposit is None else f"{row.deposit:.2f}")
            self.note.setText(row.note)
        rows = [
            (self.tr("名称 *"), "name", self.name),
            (self.tr("类别"), "category", self.category),
            (self.tr("编号"), "tag", self.tag),
            (self.tr("数量"), "quantity", self.quantity),
            (self.tr("押金"), "deposit", self.deposit),
            (self.tr("备注"), "note", self.note),
        ]
        for label, name, widget in rows:
            self.errors.add_row(form, label, name, widget)
        save_cancel_dialog(self, body, self.tr("保存"), "save", self.save)

    def save(self) -> int | None:
        data = ItemInput(self.name.text(), self.category.currentData(), self.tag.text(), self.quantity.value(),
                         self.deposit.text(), self.note.text())
        item_id = call_service(self, self.errors, lambda: lending.save_item(
            data, by=self.ctx.actor, item_id=self.row.id if self.row else None))
        if item_id is not None:
            self.accept()
        return item_id
