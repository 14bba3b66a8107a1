"""The meeting rooms page: the calendar (a day across rooms, or a week of one room), the selected booking with
what can be done to it, and the finder, statements and room settings."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services import bookings, room_attendance, room_calendar, room_charges, room_export, room_prints, rooms
from services.bookings import BookingDetail
from services.printing import write_pdf
from ui.context import DeskContext
from ui.dialogs.booking_dialog import BookingDialog
from ui.icons import icon
from ui.messages import booking_state_name, layout_name, meeting_service_name
from ui.page_bits import joined, note
from ui.room_calendar import CalendarColumn, RoomCalendar


class RoomsPage(QWidget):
    """Book rooms on the calendar; check in, finish, cancel, print and export the selected booking."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: BookingDetail | None = None
        self.room_rows = []
        self.released: list[str] = []
        self._shown: tuple[dt.date, bool] | None = None

        self.prev_button = QPushButton(icon("prev"), "")
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton(icon("next"), "")
        self.next_button.clicked.connect(lambda: self._step(1))
        self.day = QDateEdit()
        self.day.setObjectName("calendar_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.day.setDate(QDate.currentDate())
        # Bound slots for value changes (not lambdas holding the page): a widget torn down may still emit them.
        self.day.dateChanged.connect(self._reload_on)
        today = QPushButton(self.tr("今天"))
        today.clicked.connect(lambda: self.day.setDate(QDate.currentDate()))
        self.view = QComboBox()
        self.view.setObjectName("view")
        self.view.addItem(self.tr("日视图（全部会议室）"), "day")
        self.view.addItem(self.tr("周视图（单间会议室）"), "week")
        self.view.currentIndexChanged.connect(self._reload_on)
        self.room = QComboBox()
        self.room.setObjectName("week_room")
        self.room.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.room.setMinimumWidth(150)
        self.room.currentIndexChanged.connect(self._room_changed)
        self.number = QLineEdit()
        self.number.setObjectName("booking_number")
        self.number.setPlaceholderText(self.tr("预订编号"))
        self.number.setFixedWidth(130)
        self.number.returnPressed.connect(self.go_to_number)
        new = QPushButton(icon("add"), self.tr("新建预订"))
        new.setObjectName("new_booking")
        new.setEnabled(ctx.can("room.book"))
        new.clicked.connect(lambda: self.new_booking())
        finder = QPushButton(icon("search"), self.tr("找空闲会议室"))
        finder.setObjectName("finder")
        finder.clicked.connect(self.find_slot)
        statement = QPushButton(icon("pdf"), self.tr("月结单"))
        statement.setEnabled(ctx.can("room.statement"))
        statement.clicked.connect(self.open_statements)
        settings = QPushButton(icon("settings"), self.tr("会议室设置"))
        settings.setVisible(ctx.can("room.edit"))
        settings.clicked.connect(self.open_rooms)
        top = QHBoxLayout()
        for w in (self.prev_button, self.day, self.next_button, today, self.view, self.room):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.number, finder, new, statement, settings):
            top.addWidget(w)

        self.calendar = RoomCalendar()
        self.calendar.slot_dragged.connect(self.new_booking)
        self.calendar.booking_clicked.connect(self.select_booking)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.calendar)
        self.scroll.verticalScrollBar().valueChanged.connect(self.calendar.set_header_top)

        self.info = QLabel(self.tr("在日历上点击预订查看详情；在空白时间上按住拖动即可新建预订。"))
        self.info.setObjectName("booking_info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.actions: dict[str, QPushButton] = {}
        side = QFrame()
        side.setObjectName("booking_panel")
        side.setFixedWidth(270)
        side.setStyleSheet("#booking_panel { background: #f7f9fb; border-left: 1px solid #dde3ea; }")
        column = QVBoxLayout(side)
        column.addWidget(self.info)
        for key, text, icon_name, handler in (
            ("edit", self.tr("修改预订"), "edit", self.edit_booking),
            ("approve", self.tr("审批确认"), "approve", self.approve),
            ("check_in", self.tr("签到"), "check_in", self.check_in),
            ("finish", self.tr("结束会议并记录服务"), "finish", self.finish),
            ("cancel", self.tr("取消预订"), "cancel", self.cancel),
            ("confirmation", self.tr("打印预订确认单"), "print", self.print_confirmation),
            ("service_record", self.tr("打印会议服务记录表"), "print", self.print_service_record),
            ("ics", self.tr("导出到日历（.ics）"), "export", self.export_booking),
        ):
            button = QPushButton(icon(icon_name), text)
            button.setObjectName(f"action_{key}")
            button.setStyleSheet("text-align: left; padding: 5px 10px;")
            button.clicked.connect(handler)
            column.addWidget(button)
            self.actions[key] = button
        column.addSpacing(12)
        column.addWidget(note(self.tr("会议室")))
        self.door_button = QPushButton(icon("print"), self.tr("打印门牌当日安排"))
        self.door_button.setObjectName("door_schedule")
        self.door_button.clicked.connect(self.print_door)
        self.month_ics = QPushButton(icon("export"), self.tr("导出本月预订（.ics）"))
        self.month_ics.clicked.connect(self.export_month)
        column.addWidget(self.door_button)
        column.addWidget(self.month_ics)
        column.addStretch(1)
        self.status = note("")
        self.status.setObjectName("rooms_status")
        column.addWidget(self.status)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.scroll, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._show_actions()

    # -- loading
    def refresh(self) -> None:
        """Release no-shows, then redraw (when the page is shown; the main window sweeps every minute too)."""
        released = room_attendance.release_no_shows(by=self.ctx.actor)
        if released:
            self.show_released(released, reload=False)
        current = self.room.currentData()
        self.room_rows = rooms.list_rooms(by=self.ctx.actor)
        self.room.blockSignals(True)
        self.room.clear()
        for r in self.room_rows:
            self.room.addItem(r.name, r.id)
        self.room.setCurrentIndex(max(0, self.room.findData(current)))
        self.room.blockSignals(False)
        self.reload()

    def show_released(self, numbers: list[str], *, reload: bool = True) -> None:
        self.released = numbers
        self.status.setText(self.tr("已释放未签到的预订：{numbers}").format(numbers=joined(numbers)))
        if reload:
            self.reload()

    def selected_day(self) -> dt.date:
        return self.day.date().toPython()

    def reload(self) -> None:
        day = self.selected_day()
        week = self.view.currentData() == "week"
        self.room.setVisible(week)  # the room to show a week of; the day view shows them all
        if week:
            room = next((r for r in self.room_rows if r.id == self.room.currentData()), None)
            monday = day - dt.timedelta(days=day.weekday())
            columns = [] if room is None else [
                CalendarColumn(f"{monday + dt.timedelta(days=i):%m-%d}",
                               QLocale().dayName(i + 1, QLocale.FormatType.ShortFormat),
                               room.id, monday + dt.timedelta(days=i), room.opens, room.closes) for i in range(7)]
            blocks = room_calendar.week_blocks(room.id, monday, by=self.ctx.actor) if room else []
        else:
            columns = [CalendarColumn(r.name, self.tr("{n} 人 · {floor}").format(n=r.capacity, floor=r.floor),
                                      r.id, day, r.opens, r.closes) for r in self.room_rows]
            blocks = room_calendar.day_blocks(day, by=self.ctx.actor)
        self.calendar.set_columns(columns, blocks)
        if self._shown != (day, week):  # a new day or view opens on its working hours; a save keeps the place
            self._shown = (day, week)
            first = min((b.starts.time() for b in blocks), default=dt.time(8))
            focus = dt.datetime.now().time() if day == dt.date.today() and not week else min(first, dt.time(8))
            self.scroll.verticalScrollBar().setValue(max(0, self.calendar.y_of(focus) - 60))
        if self.detail is not None:
            self.select_booking(self.detail.id)

    def _reload_on(self, _value) -> None:
        self.reload()

    def _room_changed(self, _index: int) -> None:
        if self.view.currentData() == "week":
            self.reload()

    def show_filter(self, key: str):
        """What a dashboard tile asks for: today, the next booking waiting for approval, or the statements."""
        if key == "waiting":
            found = bookings.next_waiting(by=self.ctx.actor)
            if found is not None:
                self._go_to(found)
                return found
            self.status.setText(self.tr("没有待审批的预订"))
        elif key == "no_shows":
            return self.open_statements()
        self.view.setCurrentIndex(self.view.findData("day"))
        self.day.setDate(QDate.currentDate())
        return None

    def _go_to(self, found: BookingDetail) -> None:
        self.view.setCurrentIndex(self.view.findData("day"))
        self.day.setDate(QDate(found.starts.year, found.starts.month, found.starts.day))
        self.select_booking(found.id)

    def go_to_number(self) -> bool:
        """Jump to the booking whose number was typed (as printed on its confirmation) and select it."""
        found = bookings.find_by_number(self.number.text(), by=self.ctx.actor)
        if found is None:
            self.status.setText(self.tr("没有预订 {number}").format(number=self.number.text().strip()))
            return False
        self._go_to(found)
        return True

    def _step(self, direction: int) -> None:
        days = 7 if self.view.currentData() == "week" else 1
        self.day.setDate(self.day.date().addDays(direction * days))

    # -- the selected booking
    def select_booking(self, booking_id: int) -> None:
        self.detail = bookings.get_booking(booking_id, by=self.ctx.actor)
        self.calendar.selected_id = booking_id
        self.calendar.update()
        d = self.detail
        data = d.data
        services = joined(meeting_service_name(s) for s in data.services) or "—"
        lines = [
            f"{d.room_name}",
            f"{d.starts:%Y-%m-%d %H:%M}–{d.ends:%H:%M}",
            self.tr("预订单位：{v}").format(v=d.tenant_name or self.tr("物业内部")),
            self.tr("联系人：{v} {p}").format(v=data.organiser, p=data.phone),
            self.tr("人数：{v}").format(v=data.attendees),
            self.tr("会议内容：{v}").format(v=data.purpose or "—"),
            self.tr("会场布置：{v}").format(v=layout_name(data.layout) if data.layout else "—"),
            self.tr("会议服务：{v}").format(v=services),
        ]
        if d.series_id:
            lines.append(self.tr("周期预订的一次"))
        if d.needs_approval:
            lines.append(self.tr("待 {name} 审批").format(name=d.approver))
        if d.state_reason:
            lines.append(self.tr("原因：{v}").format(v=d.state_reason))
        if d.checked_in_at:
            lines.append(self.tr("签到：{t}").format(t=f"{d.checked_in_at:%H:%M}"))
        service = room_charges.service_record(d.id, by=self.ctx.actor) if d.state == "completed" else None
        if service is not None:
            lines.append(self.tr("服务：{v}").format(v=service.served or "—"))
            if service.damage:
                lines.append(self.tr("损坏：{v}").format(v=service.damage))
            charge = room_charges.charge_of(d.id, by=self.ctx.actor)
            if charge is not None:
                lines.append(self.tr("计费 {h} 小时，{amount} 元").format(
                    h=charge.charged_hours, amount=f"{charge.amount:,.2f}"))
        # What the clerks typed is shown as text, never as markup.
        head = f"<b style='font-size:15px'>{html.escape(d.number)}</b>　{html.escape(booking_state_name(d.state))}"
        self.info.setText("<br>".join([head, *(html.escape(line) for line in lines)]))
        self._show_actions()

    def _show_actions(self) -> None:
        state = self.detail.state if self.detail else None
        can = self.ctx.can
        enabled = {
            "edit": state in bookings.OPEN and can("room.book"),
            "approve": state == "tentative" and can("room.approve"),
            "check_in": state == "confirmed" and can("room.check_in"),
            "finish": state == "in_use" and can("room.service"),
            "cancel": state in bookings.OPEN and can("room.book"),
            "confirmation": state is not None,
            "service_record": state is not None,
            "ics": state is not None,
        }
        for key, button in self.actions.items():
            button.setEnabled(enabled[key])

    def _after(self, booking_id: int | None = None) -> None:
        self.reload()
        if booking_id is not None:
            self.select_booking(booking_id)

    def _do(self, action) -> None:
        from ui.forms import call_service

        if self.detail is None:
            return
        booking_id = self.detail.id
        if call_service(self, None, lambda: (action(booking_id),)) is not None:
            self._after(booking_id)

    # -- actions
    def new_booking(self, room_id: int | None = None, starts: dt.datetime | None = None,
                    ends: dt.datetime | None = None, attendees: int = 0) -> BookingDialog:
        dialog = BookingDialog(self.ctx, room_id=room_id, starts=starts, ends=ends, attendees=attendees, parent=self)
        dialog.accepted.connect(lambda: self._after(dialog.booking_id))
        dialog.open()
        return dialog

    def edit_booking(self) -> BookingDialog | None:
        if self.detail is None:
            return None
        dialog = BookingDialog(self.ctx, self.detail.id, parent=self)
        dialog.accepted.connect(lambda: self._after(dialog.booking_id))
        dialog.open()
        return dialog

    def approve(self) -> None:
        self._do(lambda b: bookings.approve_booking(b, by=self.ctx.actor))

    def check_in(self) -> None:
        self._do(lambda b: room_attendance.check_in(b, by=self.ctx.actor))

    def finish(self):
        from ui.dialogs.meeting_dialogs import ServiceRecordDialog

        if self.detail is None:
            return None
        dialog = ServiceRecordDialog(self.ctx, self.detail.id, self)
        booking_id = self.detail.id

        def done() -> None:
            self._after(booking_id)
            if dialog.charge is not None and dialog.charge.amount:
                self.status.setText(self.tr("超出免费时长 {h} 小时，计费 {amount} 元").format(
                    h=dialog.charge.charged_hours, amount=f"{dialog.charge.amount:,.2f}"))

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def cancel(self):
        from ui.dialogs.meeting_dialogs import CancelDialog

        if self.detail is None:
            return None
        booking_id = self.detail.id
        dialog = CancelDialog(self.ctx, booking_id, self.detail.series_id is not None, self)
        dialog.accepted.connect(lambda: self._after(booking_id))
        dialog.open()
        return dialog

    def _preview(self, render, title: str, file_name: str):
        from ui.dialogs.print_preview import show_pdf  # QtPdf loads at the first print, not at start-up

        return show_pdf(self, render, title, file_name)

    def print_confirmation(self):
        if self.detail is None:
            return None
        booking_id, number = self.detail.id, self.detail.number
        return self._preview(lambda: room_prints.print_confirmation(booking_id, by=self.ctx.actor),
                             self.tr("会议室预订确认单"), self.tr("预订确认单-{n}.pdf").format(n=number))

    def print_service_record(self):
        if self.detail is None:
            return None
        booking_id, number = self.detail.id, self.detail.number
        return self._preview(lambda: room_prints.print_service_record(booking_id, by=self.ctx.actor),
                             self.tr("会议服务记录表"), self.tr("会议服务记录表-{n}.pdf").format(n=number))

    def _door_room(self) -> int | None:
        if self.view.currentData() == "week" or self.detail is None:
            return self.room.currentData()
        return self.detail.data.room_id

    def print_door(self):
        room_id, day = self._door_room(), self.selected_day()
        if room_id is None:
            return None
        return self._preview(lambda: room_prints.print_day_schedule(room_id, day, by=self.ctx.actor),
                             self.tr("会议室当日安排"), self.tr("门牌日程-{d}.pdf").format(d=day.isoformat()))

    def _save_ics(self, data: bytes, name: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出到日历"), name, self.tr("日历文件 (*.ics)"))
        if path:
            from pathlib import Path

            write_pdf(data, Path(path))  # the same atomic write as PDFs
            self.status.setText(self.tr("已导出：{path}").format(path=path))

    def export_booking(self) -> None:
        if self.detail is not None:
            self._save_ics(room_export.booking_ics(self.detail.id, by=self.ctx.actor), f"{self.detail.number}.ics")

    def export_month(self) -> None:
        room_id, day = self._door_room(), self.selected_day()
        if room_id is None:
            QMessageBox.information(self, self.tr("导出"), self.tr("请先选择一间会议室（周视图或点选一个预订）。"))
            return
        self._save_ics(room_export.room_month_ics(room_id, day.year, day.month, by=self.ctx.actor),
                       f"room-{room_id}-{day:%Y-%m}.ics")

    def find_slot(self):
        from ui.dialogs.free_slot_dialog import FreeSlotDialog

        dialog = FreeSlotDialog(self.ctx, self)
        dialog.day.setDate(self.day.date())

        def chosen() -> None:
            slot = dialog.chosen
            if slot is not None:
                self.new_booking(slot.room.id, slot.starts, slot.ends, dialog.attendees.value())

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def open_statements(self):
        from ui.dialogs.room_statement_dialog import StatementDialog

        dialog = StatementDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_rooms(self):
        from ui.dialogs.room_dialog import RoomsDialog

        dialog = RoomsDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog
