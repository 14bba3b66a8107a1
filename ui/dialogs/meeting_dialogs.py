"""Two small dialogs of a booking's day: cancel it (with a reason, one or all later), and the service record
written when the meeting ends."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from services import bookings, room_charges
from services.room_charges import ChargeRow, ServiceInput
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, save_cancel_dialog


class CancelDialog(QDialog):
    """Cancel a booking with a reason; for a series, this one or this and all later ones."""

    def __init__(self, ctx: DeskContext, booking_id: int, in_series: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.booking_id = ctx, booking_id
        self.cancelled = 0
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("取消预订"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("如：客户来电取消、会议改期"))
        self.one = QRadioButton(self.tr("仅本次"))
        self.later = QRadioButton(self.tr("本次及以后各次"))
        self.later.setObjectName("scope_later")
        self.one.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.later)
        body = QWidget()
        form = QFormLayout(body)
        self.errors.add_row(form, self.tr("取消原因 *"), "reason", self.reason)
        if in_series:
            row = QHBoxLayout()
            row.addWidget(self.one)
            row.addWidget(self.later)
            row.addStretch(1)
            form.addRow(self.tr("范围"), row)
        self.resize(460, 160)
        self.save_button = save_cancel_dialog(self, body, self.tr("确认取消预订"), "cancel", self.save)
        # Two buttons both saying "cancel" would confuse: the way out says "back".
        self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("返回"))

    def save(self) -> None:
        scope = "later" if self.later.isChecked() else "one"
        done = call_service(self, self.errors, lambda: bookings.cancel_booking(
            self.booking_id, self.reason.text(), by=self.ctx.actor, scope=scope))
        if done is not None:
            self.cancelled = done
            self.accept()


class ServiceRecordDialog(QDialog):
    """《会议服务记录表》 on screen: what was served, equipment used, anything broken; saving ends the meeting."""

    def __init__(self, ctx: DeskContext, booking_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.booking_id = ctx, booking_id
        self.charge: ChargeRow | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("会议结束：服务记录"))
        self.served = QPlainTextEdit()
        self.served.setObjectName("served")
        self.served.setPlaceholderText(self.tr("如：茶水 12 杯、果盘 2 份、台花"))
        self.equipment = QPlainTextEdit()
        self.equipment.setObjectName("equipment_used")
        self.damage = QPlainTextEdit()
        self.damage.setObjectName("damage")
        self.damage.setPlaceholderText(self.tr("无损坏可不填"))
        self.note = QPlainTextEdit()
        for box in (self.served, self.equipment, self.damage, self.note):
            box.setFixedHeight(60)
        body = QWidget()
        form = QFormLayout(body)
        self.errors.add_row(form, self.tr("服务内容"), "served", self.served)
        self.errors.add_row(form, self.tr("设备使用"), "equipment_used", self.equipment)
        self.errors.add_row(form, self.tr("损坏及遗留物品"), "damage", self.damage)
        self.errors.add_row(form, self.tr("备注"), "note", self.note)
        self.resize(520, 420)
        self.save_button = save_cancel_dialog(self, body, self.tr("结束会议并保存"), "finish", self.save)

    def save(self) -> None:
        data = ServiceInput(self.served.toPlainText(), self.equipment.toPlainText(), self.damage.toPlainText(),
                            self.note.toPlainText())
        result = call_service(self, self.errors, lambda: (room_charges.finish_booking(
            self.booking_id, data, by=self.ctx.actor),))
        if result is not None:
            self.charge = result[0]
            self.accept()
