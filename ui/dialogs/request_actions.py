"""The request form's handling panel: dispatch, hold and resume, escalate, reply, resolve, tell, hand over, void."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import request_views, requests
from services.request_views import RequestDetail
from services.requests import ResolveInput
from ui.dialogs.tenant_dialog import OptionalDate
from ui.forms import FieldErrors, call_service, named_line
from ui.icons import icon

if TYPE_CHECKING:
    from ui.context import DeskContext

# The service fields whose refusals are shown at the one "说明" box.
NOTE_FIELDS = ("reason", "escalated_to", "reply", "resolution")


class ActionPanel(QGroupBox):
    """What can be done to the request now; every button calls one service and reloads the form."""

    def __init__(self, ctx: DeskContext, errors: FieldErrors, reload: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("处理"))
        self.ctx = ctx
        self.errors = errors
        self.reload = reload
        self.request_id: int | None = None
        self.technician = named_line("technician", self.tr("维修人员姓名"))
        self.appointment = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.appointment.setObjectName("appointment_at")
        self.appointment.setCalendarPopup(True)
        self.appointment.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.work_done = QPlainTextEdit()
        self.work_done.setObjectName("work_done")
        self.work_done.setFixedHeight(52)
        self.work_done.setPlaceholderText(self.tr("维修情况：做了什么、更换了什么"))
        self.materials = named_line("materials", self.tr("如：闭门器 1 个，螺丝 4 颗"))
        self.leak_test = OptionalDate(with_time=True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setFixedHeight(52)
        self.note.setPlaceholderText(self.tr("说明：挂起原因、上报对象、答复内容、处理结果或作废原因"))
        self.owner_to = QComboBox()
        for user_id, full_name in request_views.staff(by=ctx.actor):
            self.owner_to.addItem(full_name, user_id)

        self.repair_form = QWidget()
        repair = QFormLayout(self.repair_form)
        repair.setContentsMargins(0, 0, 0, 0)
        errors.add_row(repair, self.tr("维修人员"), "technician", self.technician)
        errors.add_row(repair, self.tr("预约上门"), "appointment_at", self.appointment)
        errors.add_row(repair, self.tr("维修记录"), "work_done", self.work_done)
        errors.add_row(repair, self.tr("所用材料"), "materials", self.materials)
        errors.add_row(repair, self.tr("闭水试验"), "leak_test_at", self.leak_test)
        common = QFormLayout()
        common.setContentsMargins(0, 0, 0, 0)
        errors.add_row(common, self.tr("说明"), "note", self.note)
        for name in NOTE_FIELDS:
            errors.alias(name, "note")
        errors.add_row(common, self.tr("转交给"), "owner_id", self.owner_to)

        self.buttons: dict[str, QPushButton] = {}
        self.grid = grid = QGridLayout()
        specs = (("dispatch", self.tr("派工"), "dispatch", self.dispatch),
                 ("resolve", self.tr("完成"), "done", self.resolve),
                 ("hold", self.tr("挂起"), "pause", self.hold),
                 ("resume", self.tr("恢复"), "play", self.resume),
                 ("escalate", self.tr("上报"), "escalate", self.escalate),
                 ("reply", self.tr("答复业户"), "reply", self.reply),
                 ("tell", self.tr("告知结果"), "phone", self.tell),
                 ("assign", self.tr("转交"), "user", self.assign),
                 ("cancel", self.tr("作废"), "void", self.cancel))
        for i, (key, text, icon_name, slot) in enumerate(specs):
            button = QPushButton(icon(icon_name), text)
            button.setObjectName(f"action_{key}")
            button.setAutoDefault(False)  # Enter in a text box must not set off an action
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, i // 5, i % 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self.repair_form)
        layout.addLayout(common)
        layout.addLayout(grid)

    def show_detail(self, detail: RequestDetail) -> None:
        self.request_id = detail.id
        repair = detail.data.category == "repair"
        self.repair_form.setVisible(repair)
        self.leak_test.setEnabled(detail.data.repair_kind == "leak")
        if detail.technician and not self.technician.text():
            self.technician.setText(detail.technician)
        if detail.appointment_at is not None:
            self.appointment.setDateTime(QDateTime(detail.appointment_at))
        complaint = detail.data.category == "complaint"
        only = {"dispatch": repair, "escalate": complaint, "reply": complaint, "tell": complaint}
        shown = [key for key in self.buttons if only.get(key, True)]  # the buttons this kind ever uses
        for key, button in self.buttons.items():
            button.setVisible(key in shown)
            button.setEnabled(key in detail.actions)
        for i, key in enumerate(shown):  # no gap where a hidden button was
            self.grid.addWidget(self.buttons[key], i // 5, i % 5)
        self.buttons["cancel"].setEnabled("cancel" in detail.actions and self.ctx.can("request.cancel"))
        self.buttons["resolve"].setText(self.tr("完工") if repair else self.tr("办结"))
        self.owner_to.setCurrentIndex(max(0, self.owner_to.findText(detail.owner_name)))

    def _call(self, fn: Callable[..., object], *args, **kwargs) -> bool:
        """One service call for the request; on success the note is cleared and the form reloaded."""
        assert self.request_id is not None

        def action() -> bool:
            fn(self.request_id, *args, by=self.ctx.actor, **kwargs)
            return True  # call_service answers None for a refusal

        if call_service(self, self.errors, action) is None:
            return False
        self.note.clear()
        self.reload()
        return True

    def dispatch(self) -> bool:
        return self._call(requests.dispatch, technician=self.technician.text(),
                          appointment_at=self.appointment.dateTime().toPython().replace(second=0, microsecond=0))

    def resolve(self) -> bool:
        data = ResolveInput(resolution=self.note.toPlainText(), work_done=self.work_done.toPlainText(),
                            materials=self.materials.text(), leak_test_at=self.leak_test.value())
        return self._call(requests.resolve, data)

    def hold(self) -> bool:
        return self._call(requests.hold, self.note.toPlainText())

    def resume(self) -> bool:
        return self._call(requests.resume, note=self.note.toPlainText())

    def escalate(self) -> bool:
        return self._call(requests.escalate, self.note.toPlainText())

    def reply(self) -> bool:
        return self._call(requests.reply, self.note.toPlainText())

    def tell(self) -> bool:
        return self._call(requests.tell_outcome, self.note.toPlainText())

    def assign(self) -> bool:
        return self._call(requests.assign, self.owner_to.currentData())

    def cancel(self) -> bool:
        return self._call(requests.cancel_request, self.note.toPlainText())
