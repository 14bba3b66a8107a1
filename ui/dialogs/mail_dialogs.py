"""Mail at the counter: log an arrival (tracking number typed or scanned), a courier's drop scanned in one go,
and a hand-over signed on the pad."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import mail, mail_prints
from services.errors import ValidationError
from services.mail import ArrivalInput, BatchInput, CollectInput, DeliverInput, MailRow
from services.visitor_prereg import HostChoice
from ui.context import DeskContext
from ui.enter_jumps import EnterJumps
from ui.forms import ActionDialog, FieldErrors, call_service, named_line, push_button, status_button_row
from ui.messages import mail_kind_name, message
from ui.signature_pad import signature_box
from ui.tenant_unit_picker import TenantUnitPicker


def _combo(name: str, values: list[str], *, editable: bool = False, blank: bool = True) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(editable)
    if blank:
        combo.addItem("")
    combo.addItems(values)
    return combo


def show_pdf(parent: QWidget, render, title: str, file_name: str):
    from ui.dialogs.print_preview import show_pdf as show  # QtPdf loads at the first print, not at start-up

    return show(parent, render, title, file_name)


class ArrivalDialog(QDialog):
    """One arrival after another: the tenant, the courier, the tracking number scanned (its Enter jumps on), saved
    with Enter on the last field; the form clears for the next parcel and keeps the courier and shelf."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: list[int] = []
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("登记到件"))
        self.resize(560, 520)
        site_id = ctx.actor.site_id
        self.tenant = TenantUnitPicker(ctx.actor, "tenant", self.tr("输入业户名称、单元号或拼音首字母"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in mail.KINDS:
            self.kind.addItem(mail_kind_name(kind), kind)
        self.courier = _combo("courier", mail.couriers(site_id))
        self.tracking = named_line("tracking", self.tr("扫描或输入快递单号"))
        self.recipient = named_line("recipient", self.tr("包裹上的收件人"))
        self.sender = named_line("sender")
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(1, mail.MAX_COUNT)
        self.shelf = _combo("shelf", mail.shelves(site_id), editable=True)
        self.note = named_line("note")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, widget in ((self.tr("业户 *"), "tenant", self.tenant), (self.tr("类别"), "kind", self.kind),
                                    (self.tr("快递公司"), "courier", self.courier),
                                    (self.tr("快递单号"), "tracking", self.tracking),
                                    (self.tr("收件人"), "recipient", self.recipient),
                                    (self.tr("寄件人"), "sender", self.sender), (self.tr("件数"), "count", self.count),
                                    (self.tr("存放货架"), "shelf", self.shelf), (self.tr("备注"), "note", self.note)):
            self.errors.add_row(form, label, name, widget)
        body = QWidget()
        body.setLayout(form)
        self.jumps = EnterJumps([self.tenant, self.tracking, self.recipient, self.sender, self.count, self.note],
                                self.save, self)
        self.save_button = push_button(self.tr("保存，登记下一件"), "save", "save", self.save)
        self.slip_button = push_button(self.tr("打印取件通知"), "print", "print_slip", self.print_slips)
        self.slip_button.setEnabled(False)
        close = push_button(self.tr("关闭"), slot=self.accept)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.addLayout(status_button_row(self.status, self.slip_button, self.save_button, close))
        self.tenant.setFocus()

    def data(self) -> ArrivalInput:
        return ArrivalInput(tenant_id=self.tenant.tenant_id, unit_code=self.tenant.unit, kind=self.kind.currentData(),
                            recipient=self.recipient.text(), sender=self.sender.text(),
                            courier=self.courier.currentText(), tracking=self.tracking.text(),
                            count=self.count.value(), shelf=self.shelf.currentText(), note=self.note.text())

    def save(self) -> int | None:
        self.tenant.take_first()
        item_id = call_service(self, self.errors, lambda: mail.log_arrival(self.data(), by=self.ctx.actor))
        if item_id is None:
            return None
        self.saved.append(item_id)
        row = mail.mail_row(item_id, by=self.ctx.actor)
        self.status.setText(self.tr("已登记 {number}：{tenant} {tracking}（本次共 {n} 件）").format(
            number=row.number, tenant=row.tenant, tracking=row.tracking, n=len(self.saved)))
        self.slip_button.setEnabled(True)
        for edit in (self.tracking, self.recipient, self.sender, self.note):
            edit.clear()
        self.count.setValue(1)
        self.tenant.reset()
        self.tenant.setFocus()
        return item_id

    def print_slips(self):
        ids = list(self.saved)
        return show_pdf(self, lambda: mail_prints.print_pickup_slips(ids, by=self.ctx.actor), self.tr("取件通知"),
                        self.tr("取件通知.pdf"))


class BatchDialog(QDialog):
    """One courier's drop: scan a parcel, type its tenant, Enter — the next scan. Saved all together."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.lines: list[tuple[str, HostChoice]] = []
        self.saved: list[int] = []
        self.setWindowTitle(self.tr("批量入库（一次派件）"))
        self.resize(720, 560)
        site_id = ctx.actor.site_id
        self.courier = _combo("courier", mail.couriers(site_id))
        self.shelf = _combo("shelf", mail.shelves(site_id), editable=True)
        self.scan = named_line("scan", self.tr("扫描快递单号"))
        self.tenant = TenantUnitPicker(ctx.actor, "tenant", self.tr("业户名称、单元号或拼音首字母，回车加入"))
        head = QFormLayout()
        self.errors.add_row(head, self.tr("快递公司 *"), "courier", self.courier)
        self.errors.add_row(head, self.tr("存放货架"), "shelf", self.shelf)
        self.errors.add_row(head, self.tr("快递单号"), "scan", self.scan)
        self.errors.add_row(head, self.tr("业户"), "tenant", self.tenant)
        self.jumps = EnterJumps([self.scan, self.tenant], self.add_line, self)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("batch_lines")
        self.table.setHorizontalHeaderLabels([self.tr("快递单号"), self.tr("业户"), self.tr("问题")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 280)
        self.table.verticalHeader().hide()
        remove = push_button(self.tr("移除所选"), "void", "", self.remove_selected)
        self.save_button = push_button(self.tr("全部入库"), "save", "save", self.save)
        self.slip_button = push_button(self.tr("打印本批取件通知"), "print", "print_slips", self.print_slips)
        self.slip_button.setEnabled(False)
        close = push_button(self.tr("关闭"), slot=self.accept)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_button_row(self.status, remove, self.slip_button, self.save_button, close))
        self.scan.setFocus()

    def add_line(self) -> bool:
        """The scanned number with the tenant picked: a new line, and the focus back on the scan field."""
        code = mail.normalise_tracking(self.scan.text())
        if not code or self.tenant.choice is None:
            (self.scan if not code else self.tenant).setFocus()
            return False
        self.lines.append((code, self.tenant.choice))
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(code))
        self.table.setItem(row, 1, QTableWidgetItem(self.tenant.choice.label))
        self.table.setItem(row, 2, QTableWidgetItem(""))
        self.scan.clear()
        self.tenant.reset()
        self.scan.setFocus()
        self.status.setText(self.tr("已扫 {n} 件").format(n=len(self.lines)))
        return True

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
            del self.lines[row]

    def save(self) -> list[int] | None:
        data = BatchInput(self.courier.currentText(), self.shelf.currentText(), [
            ArrivalInput(tenant_id=c.tenant_id, unit_code=c.unit, tracking=code) for code, c in self.lines])
        for row in range(self.table.rowCount()):
            self.table.item(row, 2).setText("")
        try:
            ids = mail.log_batch(data, by=self.ctx.actor)
        except ValidationError as exc:
            self._show_lines(exc)
            return None
        self.saved = ids
        self.lines.clear()
        self.table.setRowCount(0)
        self.slip_button.setEnabled(True)
        self.status.setText(self.tr("已入库 {n} 件").format(n=len(ids)))
        return ids

    def _show_lines(self, exc: ValidationError) -> None:
        """Each refused line says why in its row; a problem of the whole batch (the courier) at its field."""
        whole = []
        for p in exc.problems:
            if p.field.startswith("line"):
                index, _, name = p.field[4:].partition(".")
                item = self.table.item(int(index), 2)
                item.setText(" ".join(x for x in (item.text(), message(p.code, p.params)) if x))
                item.setForeground(Qt.GlobalColor.red)
                if name == "courier":
                    whole.append(p)
            else:
                whole.append(p)
        if whole:
            self.errors.show(ValidationError(whole))
        self.status.setText(self.tr("有问题的行未入库，请更正或移除后再保存。"))

    def print_slips(self):
        ids = list(self.saved)
        return show_pdf(self, lambda: mail_prints.print_pickup_slips(ids, by=self.ctx.actor), self.tr("取件通知"),
                        self.tr("取件通知.pdf"))


class CollectDialog(QDialog):
    """A tenant's waiting items, the scanned one ticked; scan more to tick them; who takes them signs."""

    def __init__(self, ctx: DeskContext, first: MailRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tenant_id = first.tenant_id
        self.collected = False
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("取件：{tenant}").format(tenant=first.tenant))
        self.resize(620, 640)
        self.items = QListWidget()
        self.items.setObjectName("waiting_items")
        for row in mail.waiting_of_tenant(first.tenant_id, by=ctx.actor):
            item = QListWidgetItem(self.tr("{number}  {kind} {courier} {tracking}  {count} 件  货架 {shelf}  "
                                           "{received}").format(
                number=row.number, kind=mail_kind_name(row.kind), courier=row.courier, tracking=row.tracking,
                count=row.count, shelf=row.shelf or "—", received=row.received_at.strftime("%m-%d %H:%M")))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id == first.id else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.scan = named_line("scan", self.tr("再扫一件，勾选同一业户的其他快递"))
        self.scan.returnPressed.connect(self.tick_scanned)
        box = QGroupBox(self.tr("待取邮件快递（勾选本次取走的）"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.errors.field("items", self.items))
        box_layout.addWidget(self.errors.field("scan", self.scan))
        form = QFormLayout()
        self.collector = named_line("collector")
        self.phone_tail = named_line("phone_tail", self.tr("4 位数字"))
        self.phone_tail.setMaxLength(4)
        self.errors.add_row(form, self.tr("取件人 *"), "collector", self.collector)
        self.errors.add_row(form, self.tr("手机尾号 *"), "phone_tail", self.phone_tail)
        sign, self.pad = signature_box(self.errors, self.tr("取件人签字"))
        self.jumps = EnterJumps([self.collector, self.phone_tail], lambda: self.pad.setFocus(), self)
        self.save_button = push_button(self.tr("确认取件"), "done", "save", self.save)
        close = push_button(self.tr("关闭"), slot=self.accept)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addLayout(form)
        layout.addWidget(sign)
        layout.addLayout(status_button_row(self.status, self.save_button, close))
        self.collector.setFocus()

    def chosen(self) -> list[int]:
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def tick_scanned(self) -> None:
        row = call_service(self, self.errors, lambda: mail.find_waiting(self.scan.text(), by=self.ctx.actor))
        if row is None:
            return
        self.scan.clear()
        for i in range(self.items.count()):
            if self.items.item(i).data(Qt.ItemDataRole.UserRole) == row.id:
                self.items.item(i).setCheckState(Qt.CheckState.Checked)
                return
        self.errors.show(ValidationError("scan", "mail.other_tenant", tenant=row.tenant))

    def save(self) -> int | None:
        if self.collected:
            return None
        count = call_service(self, self.errors, lambda: mail.collect(self.chosen(), CollectInput(
            self.collector.text(), self.phone_tail.text(), self.pad.to_png()), by=self.ctx.actor))
        if count is None:
            return None
        self.collected = True
        self.save_button.setEnabled(False)
        moment = dt.datetime.now().strftime("%H:%M")
        self.status.setText(self.tr("已取件 {n} 件（{time}）").format(n=count, time=moment))
        return count


class DeliverDialog(ActionDialog):
    """The floor steward back from the round: the items signed for on the paper list are ticked off the shelf."""

    def __init__(self, ctx: DeskContext, floor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("管家送达登记") + (f"：{floor}" if floor else ""))
        self.resize(640, 560)
        self.items = QListWidget()
        self.items.setObjectName("round_items")
        for row in mail.search_mail(by=ctx.actor, state="waiting", floor=floor, page_size=1000).items:
            item = QListWidgetItem(f"{row.unit}  {row.tenant}  {mail_kind_name(row.kind)} {row.courier} {row.tracking}"
                                   f"  ×{row.count}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.form.addRow(QLabel(self.tr("勾选清单上已签收的件：")))
        self.form.addRow(self.errors.field("items", self.items))
        self.steward = named_line("steward")
        if ctx.actor.role == "steward":
            self.steward.setText(ctx.actor.full_name)
        self.receiver = named_line("receiver", self.tr("清单上的签收人，可不填"))
        self.errors.add_row(self.form, self.tr("送达管家 *"), "steward", self.steward)
        self.errors.add_row(self.form, self.tr("签收人"), "receiver", self.receiver)
        self.finish(self.tr("登记送达"), "done", lambda: mail.deliver(self.chosen(), DeliverInput(
            self.steward.text(), self.receiver.text()), by=self.ctx.actor))

    def chosen(self) -> list[int]:
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]


class ReturnDialog(ActionDialog):
    """An item sent back to its sender, with the reason."""

    def __init__(self, ctx: DeskContext, row: MailRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("退回寄件人：{number}").format(number=row.number))
        self.ctx, self.row = ctx, row
        self.reason = named_line("reason", self.tr("如 拒收、查无此人、超期未取"))
        self.form.addRow(self.tr("快递"), QLabel(f"{row.tenant}  {row.courier} {row.tracking}"))
        self.errors.add_row(self.form, self.tr("退回原因 *"), "reason", self.reason)
        self.finish(self.tr("确认退回"), "return",
                    lambda: mail.return_to_sender(self.row.id, self.reason.text(), by=self.ctx.actor))
