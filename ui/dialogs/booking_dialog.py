"""The booking form: room, day, time, organiser, attendees, purpose, layout, services; repeat weekly; for a
booking of a series, change this one or this and all later ones."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from services import bookings, rooms
from services.bookings import BookingInput, Occurrence, RepeatInput
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import layout_name, meeting_service_name
from ui.page_bits import check_boxes, note

WEEKDAY_KEYS = (1, 2, 3, 4, 5, 6, 7)


def qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


class BookingDialog(QDialog):
    """New booking (booking_id None, optionally pre-filled from the calendar) or change an open one."""

    def __init__(self, ctx: DeskContext, booking_id: int | None = None, *, room_id: int | None = None,
                 starts: dt.datetime | None = None, ends: dt.datetime | None = None, attendees: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.booking_id = booking_id
        self.version = 0
        self.series_id: int | None = None
        self.saved: list[str] = []  # numbers of the bookings the last save made
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("预订会议室") if booking_id is None else self.tr("修改预订"))
        self.resize(640, 640)
        self.rooms = {r.id: r for r in rooms.list_rooms(by=ctx.actor)}

        self.room = QComboBox()
        self.room.setObjectName("room")
        for r in self.rooms.values():
            label = self.tr("{name}（{floor}，{n} 人）").format(name=r.name, floor=r.floor, n=r.capacity)
            self.room.addItem(label, r.id)
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.start = time_edit("start")
        self.end = time_edit("end")
        self.start.setTime(QTime(9, 0))
        self.end.setTime(QTime(10, 0))
        self.tenant = QComboBox()
        self.tenant.setObjectName("tenant")
        self.tenant.setEditable(True)
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tenant.addItem(self.tr("物业内部"), None)
        for tenant_id, name in bookings.tenant_choices(by=ctx.actor):
            self.tenant.addItem(name, tenant_id)
        self.tenant.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organiser = QLineEdit()
        self.organiser.setObjectName("organiser")
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.attendees = QSpinBox()
        self.attendees.setObjectName("attendees")
        self.attendees.setRange(0, 2000)
        self.attendees.setValue(attendees)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("layout")
        services, self.services = check_boxes(rooms.SERVICES, meeting_service_name)

        what = QGroupBox(self.tr("时间与会议室"))
        form = QFormLayout(what)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("会议室 *"), "room_id", self.room)
        self.approval = note("")
        self.approval.setObjectName("approval_note")
        self.approval.hide()
        form.addRow("", self.approval)
        self.errors.add_row(form, self.tr("日期 *"), "day", self.day)
        times = QGridLayout()
        times.addWidget(self.errors.field("start", self.start), 0, 0)
        times.addWidget(QLabel(self.tr("至")), 0, 1)
        times.addWidget(self.errors.field("end", self.end), 0, 2)
        times.setColumnStretch(0, 1)
        times.setColumnStretch(2, 1)
        form.addRow(self.tr("时间 *"), times)
        who = QGroupBox(self.tr("预订人与会议"))
        who_form = QFormLayout(who)
        who_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(who_form, self.tr("预订单位"), "tenant_id", self.tenant)
        self.errors.add_row(who_form, self.tr("联系人 *"), "organiser", self.organiser)
        self.errors.add_row(who_form, self.tr("联系电话"), "phone", self.phone)
        self.errors.add_row(who_form, self.tr("人数 *"), "attendees", self.attendees)
        self.errors.add_row(who_form, self.tr("会议内容"), "purpose", self.purpose)
        self.errors.add_row(who_form, self.tr("会场布置"), "layout", self.layout_choice)
        self.errors.add_row(who_form, self.tr("会议服务"), "services", services)

        self.repeat = QGroupBox(self.tr("重复预订"))
        self.repeat.setObjectName("repeat")
        self.repeat.setCheckable(True)
        self.repeat.setChecked(False)
        self.weeks = QSpinBox()
        self.weeks.setObjectName("weeks")
        self.weeks.setRange(1, 52)
        self.weeks.setValue(4)
        names = dict(zip(WEEKDAY_KEYS, (self.tr("一"), self.tr("二"), self.tr("三"), self.tr("四"), self.tr("五"),
                                        self.tr("六"), self.tr("日")), strict=True))
        days, self.weekdays = check_boxes(WEEKDAY_KEYS, names.get)
        repeat_form = QFormLayout(self.repeat)
        self.errors.add_row(repeat_form, self.tr("共几周"), "weeks", self.weeks)
        self.errors.add_row(repeat_form, self.tr("每周的"), "weekdays", days)
        repeat_form.addRow("", note(self.tr("不选星期则每周同一天；保存前会列出与已有预订冲突的日期。")))

        self.scope_box = QGroupBox(self.tr("周期预订的修改范围"))
        self.scope_one = QRadioButton(self.tr("仅本次"))
        self.scope_one.setObjectName("scope_one")
        self.scope_later = QRadioButton(self.tr("本次及以后各次"))
        self.scope_later.setObjectName("scope_later")
        self.scope_one.setChecked(True)
        # Each later occurrence keeps its own day: only the times, room and details carry over.
        self.scope_later.toggled.connect(self._scope_changed)
        group = QButtonGroup(self)
        group.addButton(self.scope_one)
        group.addButton(self.scope_later)
        scope_row = QHBoxLayout(self.scope_box)
        scope_row.addWidget(self.scope_one)
        scope_row.addWidget(self.scope_later)
        scope_row.addStretch(1)
        self.scope_box.hide()

        self.save_button = QPushButton(icon("save"), self.tr("保存预订"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(who)
        layout.addWidget(self.errors.field("repeat", self.repeat))
        layout.addWidget(self.scope_box)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.room.currentIndexChanged.connect(self._room_changed)  # bound: safe while the dialog is torn down
        self._room_changed(0)
        if booking_id is not None:
            self._load(booking_id)
        else:
            self._preset(room_id, starts, ends)

    def _room_changed(self, _index: int) -> None:
        self._fill_layouts()
        room = self.rooms.get(self.room.currentData())
        self.approval.setText(self.tr("此会议室的预订须经 {name} 审批确认后生效。").format(name=room.approver)
                              if room is not None and room.approver_id else "")
        self.approval.setVisible(bool(self.approval.text()))

    def _scope_changed(self, later: bool) -> None:
        self.day.setEnabled(not later)

    def _fill_layouts(self) -> None:
        current = self.layout_choice.currentData()
        self.layout_choice.clear()
        self.layout_choice.addItem(self.tr("（不指定）"), "")
        room = self.rooms.get(self.room.currentData())
        for code in room.layouts if room else ():
            self.layout_choice.addItem(layout_name(code), code)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(current)))

    def _preset(self, room_id: int | None, starts: dt.datetime | None, ends: dt.datetime | None) -> None:
        if room_id is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(room_id)))
        if starts is not None:
            self.day.setDate(QDate(starts.year, starts.month, starts.day))
            self.start.setTime(qtime(starts.time()))
        if ends is not None:
            self.end.setTime(qtime(ends.time()))

    def _load(self, booking_id: int) -> None:
        detail = bookings.get_booking(booking_id, by=self.ctx.actor)
        d = detail.data
        self.version, self.series_id = detail.version, detail.series_id
        self._preset(d.room_id, detail.starts, detail.ends)
        self.tenant.setCurrentIndex(max(0, self.tenant.findData(d.tenant_id)))
        self.organiser.setText(d.organiser)
        self.phone.setText(d.phone)
        self.attendees.setValue(d.attendees)
        self.purpose.setText(d.purpose)
        self._fill_layouts()
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(d.layout)))
        for code, box in self.services.items():
            box.setChecked(code in d.services)
        self.repeat.hide()
        self.scope_box.setVisible(detail.series_id is not None)
        self.setWindowTitle(self.tr("修改预订 {number}").format(number=detail.number))

    def _tenant_id(self) -> int | None:
        # The clerk may type part of a name: only an exact pick from the list counts.
        index = self.tenant.findText(self.tenant.currentText().strip())
        return self.tenant.itemData(index) if index >= 0 else self.tenant.currentData()

    def input(self) -> BookingInput:
        return BookingInput(
            room_id=self.room.currentData(), day=self.day.date().toPython(), start=self.start.time().toPython(),
            end=self.end.time().toPython(), tenant_id=self._tenant_id(), organiser=self.organiser.text(),
            phone=self.phone.text(), attendees=self.attendees.value(), purpose=self.purpose.text(),
            layout=self.layout_choice.currentData() or "",
            services=[code for code, box in self.services.items() if box.isChecked()])

    def repeat_input(self) -> RepeatInput | None:
        if self.booking_id is not None or not self.repeat.isChecked():
            return None
        return RepeatInput(self.weeks.value(), [k for k, box in self.weekdays.items() if box.isChecked()])

    def save(self) -> bool:
        data, repeat, actor = self.input(), self.repeat_input(), self.ctx.actor
        if self.booking_id is not None:
            scope = "later" if self.scope_later.isChecked() else "one"
            version = call_service(self, self.errors, lambda: bookings.update_booking(
                self.booking_id, data, version=self.version, by=actor, scope=scope))
            if version is None:
                return False
            self.version = version
            self.accept()
            return True
        skip = False
        if repeat is not None:
            plan = call_service(self, self.errors, lambda: bookings.plan_series(data, repeat, by=actor))
            if plan is None:
                return False
            if any(o.clash for o in plan):
                choice = SeriesClashes(plan, self)
                if choice.exec() != QDialog.DialogCode.Accepted:
                    return False  # stop: nothing saved, the form stays as typed
                skip = True
        done = call_service(self, self.errors, lambda: bookings.create_booking(
            data, by=actor, repeat=repeat, skip_clashes=skip))
        if done is None:
            return False
        self.saved = done.numbers
        self.booking_id = done.ids[0]
        self.accept()
        return True


class SeriesClashes(QDialog):
    """The days of a series that clash, each with the booking in the way; skip them or stop."""

    def __init__(self, plan: list[Occurrence], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("周期预订有冲突"))
        clashes = [o for o in plan if o.clash]
        lines = [self.tr("{day}：与 {number}（{organiser}，{time}）冲突").format(
            day=o.day.strftime("%Y-%m-%d"), number=o.clash.number, organiser=o.clash.organiser,
            time=o.clash.time) for o in clashes]
        head = QLabel(self.tr("共 {total} 次，其中 {n} 次与已有预订冲突：").format(total=len(plan), n=len(clashes)))
        body = QLabel("\n".join(lines))
        body.setObjectName("clash_list")
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skip_button = QPushButton(icon("approve"), self.tr("跳过冲突的 {n} 次，保存其余 {m} 次").format(
            n=len(clashes), m=len(plan) - len(clashes)))
        self.skip_button.setObjectName("skip")
        self.skip_button.setEnabled(len(clashes) < len(plan))
        self.skip_button.clicked.connect(self.accept)
        self.stop_button = QPushButton(icon("cancel"), self.tr("停止，不保存"))
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(head)
        layout.addWidget(body)
        layout.addLayout(row)
        self.setMinimumWidth(520)
