"""The rooms page driven like a clerk: drag on the calendar to book, a clash refused with the form kept, a series
with a clash skipped, the free-slot finder, finishing a meeting with its service record, printing."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from models import Booking, MeetingService, RoomCharge
from services import bookings, room_attendance, rooms
from tests.printouts.pdftools import pdf_text, squeeze
from tests.services.rooms_setup import booking, make_rooms, make_tenant
from tests.ui.typing import type_text
from ui.dialogs.booking_dialog import BookingDialog, SeriesClashes
from ui.pages.rooms_page import RoomsPage

TOMORROW = dt.date.today() + dt.timedelta(days=1)


@pytest.fixture
def page(qtbot, desk, sqlite_site):
    rooms = make_rooms(sqlite_site)
    make_tenant(sqlite_site)
    page = RoomsPage(desk("clerk"))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.day.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    page.rooms = rooms
    return page


def _drag(qtbot, page: RoomsPage, column: int, start: dt.time, last_quarter: dt.time) -> BookingDialog:
    """Press on free time, move down, release: the booking form opens for that stretch."""
    cal = page.calendar
    opened: list[BookingDialog] = []
    original = page.new_booking

    def capture(*args, **kwargs):
        dialog = original(*args, **kwargs)
        opened.append(dialog)
        return dialog

    page.new_booking = capture
    page.calendar.slot_dragged.disconnect()
    page.calendar.slot_dragged.connect(capture)
    QTest.mousePress(cal, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cal.point_at(column, start))
    middle = cal.point_at(column, dt.time(start.hour, 30 if start.minute < 30 else 45))
    QTest.mouseMove(cal, middle)
    QTest.mouseMove(cal, cal.point_at(column, last_quarter))
    assert cal._drag is not None  # the selection follows the mouse while the button is down
    QTest.mouseRelease(cal, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       cal.point_at(column, last_quarter))
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    return opened[0]


def _column_of(page: RoomsPage, room_id: int) -> int:
    return next(i for i, c in enumerate(page.calendar.columns) if c.room_id == room_id)


def test_drag_on_the_calendar_books_then_a_clash_is_refused_with_the_form_kept(qtbot, page):
    mid = _column_of(page, page.rooms["mid"])
    dialog = _drag(qtbot, page, mid, dt.time(10), dt.time(11, 15))
    assert (dialog.room.currentData(), dialog.day.date().toPython()) == (page.rooms["mid"], TOMORROW)
    assert (dialog.start.time().toString("HH:mm"), dialog.end.time().toString("HH:mm")) == ("10:00", "11:30")
    dialog.tenant.setCurrentIndex(dialog.tenant.findText("深圳市云帆科技有限公司"))
    type_text(dialog.organiser, "李雷")
    type_text(dialog.phone, "13812345678")
    dialog.attendees.setValue(12)
    type_text(dialog.purpose, "季度例会")
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("u_shape"))
    dialog.services["tea_water"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = Booking.get()
    assert (saved.starts, saved.ends, saved.organiser, saved.attendees, saved.layout, saved.services, saved.state) == (
        dt.datetime.combine(TOMORROW, dt.time(10)), dt.datetime.combine(TOMORROW, dt.time(11, 30)), "李雷", 12,
        "u_shape", "tea_water", "confirmed")
    assert not dialog.isVisible()
    # The block is on the calendar, and clicking it shows it in the panel.
    assert [b.number for b in page.calendar.blocks] == [saved.number]
    block_point = page.calendar.block_rect(page.calendar.blocks[0]).center().toPoint()
    QTest.mouseClick(page.calendar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, block_point)
    assert page.detail.number == saved.number and saved.number in page.info.text()

    # A second desk drags over 11:30–12:00: within the 15-minute buffer, refused next to the time.
    again = _drag(qtbot, page, mid, dt.time(11, 30), dt.time(11, 45))
    type_text(again.organiser, "韩梅梅")
    again.attendees.setValue(4)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert Booking.select().count() == 1
    error = again.errors.text_of("start")
    assert saved.number in error and "李雷" in error and "冲突" in error
    assert again.isVisible()
    assert (again.organiser.text(), again.attendees.value(), again.start.time().toString("HH:mm")) == (
        "韩梅梅", 4, "11:30")
    # Moved to 11:45 it fits exactly after the buffer.
    again.start.setTime(again.start.time().addSecs(15 * 60))
    again.end.setTime(again.end.time().addSecs(15 * 60))
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert Booking.select().count() == 2 and again.errors.text_of("start") == ""


def _weekly_form(qtbot, page: RoomsPage, blocked: dt.date) -> tuple[BookingDialog, str]:
    """A weekly 9–10 series in the small room typed in, with another booking in the way on `blocked`."""
    blocker = bookings.create_booking(booking(page.rooms["small"], "09:30", "10:30", day=blocked),
                                      by=page.ctx.actor).numbers[0]
    dialog = page.new_booking(page.rooms["small"], dt.datetime.combine(TOMORROW, dt.time(9)),
                              dt.datetime.combine(TOMORROW, dt.time(10)))
    qtbot.addWidget(dialog)
    type_text(dialog.organiser, "王芳")
    dialog.attendees.setValue(6)
    dialog.repeat.setChecked(True)
    dialog.weeks.setValue(3)
    return dialog, blocker


def test_a_series_with_a_clash_lists_it_and_skips_it(qtbot, page, monkeypatch):
    dialog, blocker = _weekly_form(qtbot, page, TOMORROW + dt.timedelta(weeks=1))
    shown: list[SeriesClashes] = []

    def choose_skip(box: SeriesClashes):
        shown.append(box)
        return SeriesClashes.DialogCode.Accepted

    monkeypatch.setattr(SeriesClashes, "exec", choose_skip)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    listed = shown[0].findChild(QLabel, "clash_list")
    assert listed is not None and blocker in listed.text()
    assert shown[0].skip_button.text().startswith("跳过冲突的 1 次")
    days = [b.day for b in Booking.select().where(Booking.organiser == "王芳").order_by(Booking.day)]
    assert days == [TOMORROW, TOMORROW + dt.timedelta(weeks=2)]
    assert len(dialog.saved) == 2


def test_stopping_a_clashing_series_saves_nothing(qtbot, page, monkeypatch):
    dialog, _blocker = _weekly_form(qtbot, page, TOMORROW)
    monkeypatch.setattr(SeriesClashes, "exec", lambda _self: SeriesClashes.DialogCode.Rejected)
    assert dialog.save() is False
    assert Booking.select().count() == 1 and dialog.organiser.text() == "王芳"


def test_free_slot_finder_opens_the_form_pre_filled(qtbot, page):
    actor = page.ctx.actor
    bookings.create_booking(booking(page.rooms["mid"], "13:00", "15:00", day=TOMORROW), by=actor)
    finder = page.find_slot()
    qtbot.addWidget(finder)
    finder.attendees.setValue(12)
    finder.hours.setValue(120)
    finder.earliest.setTime(finder.earliest.time().fromString("13:00", "HH:mm"))
    finder.latest.setTime(finder.latest.time().fromString("18:00", "HH:mm"))
    finder.equipment["projector"].setChecked(True)
    qtbot.mouseClick(finder.findChild(QPushButton, "find"), Qt.MouseButton.LeftButton)
    rows = [(finder.table.item(r, 0).text(), finder.table.item(r, 3).text()) for r in range(finder.table.rowCount())]
    assert rows == [("多功能厅", "13:00–15:00"), ("中会议室 B", "15:15–17:15")]
    finder.table.selectRow(1)
    opened: list[BookingDialog] = []
    original = page.new_booking
    page.new_booking = lambda *a, **k: opened.append(original(*a, **k)) or opened[-1]
    qtbot.mouseClick(finder.book_button, Qt.MouseButton.LeftButton)
    form = opened[0]
    qtbot.addWidget(form)
    assert (form.room.currentData(), form.start.time().toString("HH:mm"), form.end.time().toString("HH:mm"),
            form.attendees.value()) == (page.rooms["mid"], "15:15", "17:15", 12)


def test_finish_a_meeting_with_its_service_record_and_print(qtbot, page, sqlite_site, tmp_path):
    today = dt.date.today()
    actor = page.ctx.actor
    tenant = make_tenant(sqlite_site, "乙公司")
    made = bookings.create_booking(booking(page.rooms["mid"], "09:00", "15:00", day=today, tenant_id=tenant),
                                   by=actor, at=dt.datetime.combine(today, dt.time(0)))
    room_attendance.check_in(made.ids[0], by=actor, at=dt.datetime.combine(today, dt.time(8, 55)))
    page.day.setDate(QDate.currentDate())
    page.select_booking(made.ids[0])
    assert page.actions["finish"].isEnabled() and not page.actions["check_in"].isEnabled()
    dialog = page.finish()
    qtbot.addWidget(dialog)
    type_text(dialog.served, "茶水 12 杯")
    type_text(dialog.damage, "激光笔丢失")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Booking.get_by_id(made.ids[0]).state == "completed"
    assert MeetingService.get().damage == "激光笔丢失"
    charge = RoomCharge.get()
    assert (charge.free_hours, charge.charged_hours) == (4, 2)  # a 6-hour meeting against the 4 free hours
    assert "300.00" in page.status.text()
    assert "激光笔丢失" in page.info.text() and "300.00" in page.info.text()
    preview = page.print_service_record()
    qtbot.addWidget(preview)
    assert preview.suggested_name == f"会议服务记录表-{made.numbers[0]}.pdf"
    printed = tmp_path / "record.pdf"
    printed.write_bytes(preview.pdf)
    text = squeeze(pdf_text(printed))
    assert "会议服务记录表" in text and "激光笔丢失" in text and "应收金额300.00元" in text
    # The month's statement for the tenant, from the statements dialog.
    statements = page.open_statements()
    qtbot.addWidget(statements)
    assert [(r.tenant, f"{r.hours}", f"{r.amount}", r.no_shows) for r in statements.rows] == [
        ("乙公司", "6.00", "300.00", 0)]
    assert statements.table.item(0, 2).text() == "300.00"
    statements.table.selectRow(0)
    sheet = statements.print_selected()
    qtbot.addWidget(sheet)
    printed.write_bytes(sheet.pdf)
    assert "应收合计300.00元" in squeeze(pdf_text(printed))


def test_typing_a_booking_number_jumps_to_it(qtbot, page):
    from tests.ui.typing import press

    made = bookings.create_booking(booking(page.rooms["mid"], "09:00", "10:00", day=TOMORROW + dt.timedelta(days=5)),
                                   by=page.ctx.actor)
    type_text(page.number, made.numbers[0].lower())
    press(page.number, Qt.Key.Key_Return)
    assert page.selected_day() == TOMORROW + dt.timedelta(days=5) and page.detail.number == made.numbers[0]
    page.number.clear()
    type_text(page.number, "HY-1999-0001")
    assert page.go_to_number() is False and "HY-1999-0001" in page.status.text()


def test_dashboard_tiles_lead_to_the_waiting_booking_and_the_statements(qtbot, page):
    hall = bookings.create_booking(booking(page.rooms["hall"], "14:00", "16:00", day=TOMORROW + dt.timedelta(days=3),
                                           attendees=40), by=page.ctx.actor)
    assert page.show_filter("waiting").number == hall.numbers[0]
    assert page.detail.number == hall.numbers[0] and page.actions["approve"].isEnabled()
    statements = page.show_filter("no_shows")
    qtbot.addWidget(statements)
    assert statements.isVisible()
    page.show_filter("today")
    assert page.selected_day() == dt.date.today()


def test_the_week_view_shows_one_room(qtbot, page):
    bookings.create_booking(booking(page.rooms["mid"], "09:00", "10:00", day=TOMORROW), by=page.ctx.actor)
    page.view.setCurrentIndex(page.view.findData("week"))
    page.room.setCurrentIndex(page.room.findData(page.rooms["mid"]))
    assert len(page.calendar.columns) == 7 and {c.room_id for c in page.calendar.columns} == {page.rooms["mid"]}
    assert [b.day for b in page.calendar.blocks] == [TOMORROW]


def test_the_small_forms_refuse_bad_input_next_to_the_field_and_keep_it(qtbot, page, desk):
    from ui.dialogs.meeting_dialogs import CancelDialog, ServiceRecordDialog
    from ui.dialogs.room_dialog import RoomDialog

    room_form = RoomDialog(desk("supervisor"))
    qtbot.addWidget(room_form)
    type_text(room_form.name, "路演厅")
    room_form.capacity.setValue(50)
    room_form.price.setText("五百")
    qtbot.mouseClick(room_form.save_button, Qt.MouseButton.LeftButton)
    assert "金额" in room_form.errors.text_of("price_per_hour") and room_form.name.text() == "路演厅"
    room_form.price.setText("500")
    qtbot.mouseClick(room_form.save_button, Qt.MouseButton.LeftButton)
    assert "路演厅" in [r.name for r in rooms.list_rooms(by=page.ctx.actor)]

    made = bookings.create_booking(booking(page.rooms["mid"], "09:00", "10:00", day=TOMORROW), by=page.ctx.actor)
    cancel = CancelDialog(page.ctx, made.ids[0], False)
    qtbot.addWidget(cancel)
    qtbot.mouseClick(cancel.save_button, Qt.MouseButton.LeftButton)
    assert cancel.errors.text_of("reason") == "必填" and Booking.get_by_id(made.ids[0]).state == "confirmed"
    type_text(cancel.reason, "客户来电取消")
    qtbot.mouseClick(cancel.save_button, Qt.MouseButton.LeftButton)
    assert Booking.get_by_id(made.ids[0]).state == "cancelled"

    today = dt.date.today()
    held = bookings.create_booking(booking(page.rooms["small"], "08:00", "09:00", day=today), by=page.ctx.actor,
                                   at=dt.datetime.combine(today, dt.time(0))).ids[0]
    room_attendance.check_in(held, by=page.ctx.actor, at=dt.datetime.combine(today, dt.time(8)))
    record = ServiceRecordDialog(page.ctx, held)
    qtbot.addWidget(record)
    type_text(record.served, "茶水")
    record.damage.setPlainText("坏" * 2001)
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    assert "2000" in record.errors.text_of("damage") and record.served.toPlainText() == "茶水"
    assert Booking.get_by_id(held).state == "in_use" and MeetingService.select().count() == 0


def test_refreshing_the_page_releases_no_shows_and_the_dashboard_counts_them(qtbot, page, desk):
    from ui.pages.dashboard_page import DashboardPage

    today = dt.date.today()
    late = bookings.create_booking(booking(page.rooms["small"], "08:00", "09:00", day=today - dt.timedelta(days=1)),
                                   by=page.ctx.actor, at=dt.datetime.combine(today - dt.timedelta(days=1),
                                                                             dt.time(0))).numbers[0]
    page.refresh()
    assert Booking.get(Booking.number == late).state == "no_show"
    assert late in page.status.text()
    dashboard = DashboardPage(desk("clerk"), lambda *_a: None)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    expected = "1" if today.day > 1 else "0"  # yesterday is last month on the 1st
    assert dashboard.tiles["no_shows"].value.text() == expected


def test_change_this_and_later_occurrences_from_the_form(qtbot, page):
    made = bookings.create_booking(booking(page.rooms["mid"], "09:00", "10:00", day=TOMORROW), by=page.ctx.actor,
                                   repeat=bookings.RepeatInput(weeks=3))
    page.select_booking(made.ids[1])
    dialog = page.edit_booking()
    qtbot.addWidget(dialog)
    assert not dialog.repeat.isVisible() and dialog.scope_box.isVisible()
    qtbot.mouseClick(dialog.scope_later, Qt.MouseButton.LeftButton)
    assert not dialog.day.isEnabled()  # each later occurrence keeps its own day
    dialog.start.setTime(dialog.start.time().addSecs(5 * 3600))
    dialog.end.setTime(dialog.end.time().addSecs(5 * 3600))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [Booking.get_by_id(i).starts.hour for i in made.ids] == [9, 14, 14]
    assert [Booking.get_by_id(i).day for i in made.ids] == [TOMORROW + dt.timedelta(weeks=w) for w in range(3)]


def test_a_room_with_an_approver_says_so_on_the_form(qtbot, page):
    dialog = page.new_booking(page.rooms["hall"])
    qtbot.addWidget(dialog)
    assert "测试manager" in dialog.approval.text() and not dialog.approval.isHidden()
    dialog.room.setCurrentIndex(dialog.room.findData(page.rooms["small"]))
    assert dialog.approval.isHidden()


def test_the_main_window_sweeps_no_shows_whichever_page_is_shown(qtbot, page):
    from ui.main_window import MainWindow

    ctx = page.ctx
    yesterday = dt.date.today() - dt.timedelta(days=1)
    late = bookings.create_booking(booking(page.rooms["small"], "08:00", "09:00", day=yesterday), by=ctx.actor,
                                   at=dt.datetime.combine(yesterday, dt.time(0))).numbers[0]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.no_show_sweep.isActive() and window.no_show_sweep.interval() == 60_000
    assert window.release_no_shows() == [late]
    assert Booking.get(Booking.number == late).state == "no_show"


def test_door_schedule_and_ics_export_from_the_page(qtbot, page, monkeypatch, tmp_path):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    from tests.printouts.pdftools import decode_codes

    made = bookings.create_booking(booking(page.rooms["mid"], "09:00", "10:00", day=TOMORROW), by=page.ctx.actor)
    page.reload()
    page.select_booking(made.ids[0])
    preview = page.print_door()
    qtbot.addWidget(preview)
    door = tmp_path / "door.pdf"
    door.write_bytes(preview.pdf)
    assert decode_codes(door, tmp_path) == [f"ROOM-{page.rooms['mid']:04d}"]
    assert "09:00–10:00" in pdf_text(door)
    target = tmp_path / "booking.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(page.actions["ics"], Qt.MouseButton.LeftButton)
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["uid"]).startswith(made.numbers[0]) and str(target) in page.status.text()


def test_rooms_come_in_from_a_sheet_after_the_supervisor_sees_what_is_refused(qtbot, page, desk, monkeypatch,
                                                                            tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from models import Room
    from ui.dialogs.room_dialog import RoomsDialog

    sheet = tmp_path / "rooms.csv"
    sheet.write_text("会议室名称,楼层,容纳人数,设备,单价\n21F 路演厅,21F,60,投影仪、麦克风,600\n坏的,5F,0,,\n",
                     encoding="utf-8")
    listing = RoomsDialog(desk("supervisor"))
    qtbot.addWidget(listing)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(sheet), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    assert listing.import_sheet() == 1
    assert "可导入 1 间会议室；1 行有问题" in asked[0] and "第 3 行 坏的：容纳人数应为 1–2000" in asked[0]
    assert Room.get(Room.name == "21F 路演厅").capacity == 60
    assert "21F 路演厅" in [listing.table.item(r, 0).text() for r in range(listing.table.rowCount())]


def test_the_rooms_approver_confirms_from_the_panel(qtbot, page, desk):
    hall = bookings.create_booking(booking(page.rooms["hall"], "14:00", "16:00", day=TOMORROW, attendees=40),
                                   by=page.ctx.actor).ids[0]
    manager_page = RoomsPage(desk("manager"))
    qtbot.addWidget(manager_page)
    manager_page.refresh()
    manager_page.show_filter("waiting")
    assert manager_page.detail.id == hall and manager_page.actions["approve"].isEnabled()
    qtbot.mouseClick(manager_page.actions["approve"], Qt.MouseButton.LeftButton)
    assert Booking.get_by_id(hall).state == "confirmed"
    assert not manager_page.actions["approve"].isEnabled() and manager_page.actions["check_in"].isEnabled()


def test_the_room_names_stay_in_sight_when_the_day_scrolls(qtbot, page):
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0 and page.calendar.header_top == bar.value()
    opened: list[object] = []
    page.calendar.slot_dragged.connect(lambda *a: opened.append(a))
    names = QPoint(page.calendar.point_at(0, dt.time(8)).x(), bar.value() + 10)
    QTest.mouseClick(page.calendar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, names)
    assert opened == []  # a click on the room names books nothing
