"""After the meeting: service record, quota and charges, the monthly statement; calendar, free slots, .ics."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from icalendar import Calendar

from models import MeetingService, RoomCharge
from services import bookings, room_attendance, room_calendar, room_charges, room_export, rooms, settings
from services.errors import ValidationError
from services.room_calendar import SlotQuery
from services.room_charges import ServiceInput
from tests.services.rooms_setup import DAY, NOW, booking, make_rooms, make_tenant


@pytest.fixture
def rooms_(site):
    return make_rooms(site)


def _held(site, data) -> int:
    """Book, check in at the start, and return the booking id."""
    b = bookings.create_booking(data, by=site.clerk, at=NOW).ids[0]
    if bookings.get_booking(b, by=site.clerk).state == "tentative":
        bookings.approve_booking(b, by=site.manager)
    room_attendance.check_in(b, by=site.clerk, at=dt.datetime.combine(data.day, data.start))
    return b


def test_hours_beyond_the_monthly_quota_are_charged_at_the_room_price(site, rooms_):
    settings.update_settings({"rooms.free_hours_per_month": 3}, by=site.manager)
    tenant = make_tenant(site)
    first = _held(site, booking(rooms_["mid"], "09:00", "11:00", tenant_id=tenant))  # 2 h, free
    second = _held(site, booking(rooms_["mid"], "14:00", "16:00", tenant_id=tenant))  # 1 h free, 1 h at 150
    third = _held(site, booking(rooms_["small"], "09:00", "10:30", tenant_id=tenant,
                                day=DAY + dt.timedelta(days=1)))  # 1.5 h at 80
    ours = _held(site, booking(rooms_["small"], "14:00", "15:00"))  # the office's own: no charge
    got = [room_charges.finish_booking(b, ServiceInput("茶水 8 杯", "投影仪", "", ""), by=site.steward)
           for b in (first, second, third, ours)]
    assert [(c.free_hours, c.charged_hours, c.amount) for c in got[:3]] == [
        (Decimal(2), Decimal(0), Decimal("0.00")), (Decimal(1), Decimal(1), Decimal("150.00")),
        (Decimal(0), Decimal("1.5"), Decimal("120.00"))]
    assert got[3] is None and RoomCharge.select().count() == 3
    # The charged hours go onto the tenant's next bill, once per meeting.
    from models.fees import Charge
    from services import fees

    posted = Charge.select().where(Charge.source == "room-booking").order_by(Charge.source_id)
    assert [(c.source_id, c.tenant_id, Decimal(c.amount), c.item.code) for c in posted] == [
        (second, tenant, Decimal("150.00"), "ROOM"), (third, tenant, Decimal("120.00"), "ROOM")]
    assert fees.owes(tenant, by=site.clerk) == Decimal("270.00")
    statement = room_charges.tenant_charges(tenant, DAY.strftime("%Y-%m"), by=site.clerk)
    assert [statement.total(n) for n in ("hours", "free_hours", "charged_hours", "amount")] + [statement.quota] == [
        Decimal("5.5"), Decimal(3), Decimal("2.5"), Decimal("270.00"), Decimal(3)]
    assert [r.number for r in statement.rows] == [bookings.get_booking(b, by=site.clerk).number
                                                  for b in (first, second, third)]
    # A tenant that only failed to turn up is listed too, with its no-show.
    absent = make_tenant(site, "甲公司")
    missed = bookings.create_booking(booking(rooms_["small"], "16:00", "17:00", tenant_id=absent), by=site.clerk,
                                     at=NOW).numbers[0]
    assert room_attendance.release_no_shows(by=site.clerk, at=dt.datetime.combine(DAY, dt.time(17))) == [missed]
    assert room_charges.tenants_with_charges(DAY.strftime("%Y-%m"), by=site.clerk) == [
        room_charges.MonthRow(absent, "甲公司", Decimal("0.00"), Decimal("0.00"), 1),
        room_charges.MonthRow(tenant, "深圳市云帆科技有限公司", Decimal("5.50"), Decimal("270.00"), 0)]
    # Next month starts with the whole quota again.
    assert room_charges.tenant_charges(tenant, "2031-04", by=site.clerk).rows == []


def test_the_service_record_is_kept_and_only_a_meeting_in_use_finishes(site, rooms_):
    b = bookings.create_booking(booking(rooms_["mid"], "09:00", "10:00"), by=site.clerk, at=NOW).ids[0]
    with pytest.raises(ValidationError) as exc:
        room_charges.finish_booking(b, ServiceInput(), by=site.steward)
    assert exc.value.codes() == {"state": "room.not_in_use"}
    room_attendance.check_in(b, by=site.clerk, at=dt.datetime.combine(DAY, dt.time(9)))
    with pytest.raises(ValidationError) as exc:
        room_charges.finish_booking(b, ServiceInput(damage="x" * 2001), by=site.steward)
    assert exc.value.codes() == {"damage": "too_long"}
    assert MeetingService.select().count() == 0
    room_charges.finish_booking(b, ServiceInput("茶水、果盘", "投影仪、麦克风 2 支", "白板笔 1 支没水", "准时结束"),
                                by=site.steward)
    kept = room_charges.service_record(b, by=site.clerk)
    assert (kept.served, kept.damage, kept.recorded_by) == ("茶水、果盘", "白板笔 1 支没水", "测试steward")
    assert bookings.get_booking(b, by=site.clerk).state == "completed"


def test_day_and_week_views_and_the_free_slot_finder(site, rooms_):
    bookings.create_booking(booking(rooms_["mid"], "13:00", "15:00"), by=site.clerk, at=NOW)
    bookings.create_booking(booking(rooms_["small"], "13:00", "14:00"), by=site.clerk, at=NOW)
    bookings.create_booking(booking(rooms_["mid"], "09:00", "10:00", day=DAY + dt.timedelta(days=2)),
                            by=site.clerk, at=NOW)
    day = room_calendar.day_blocks(DAY, by=site.clerk)
    assert sorted((b.room_id, b.starts.hour) for b in day) == [(rooms_["small"], 13), (rooms_["mid"], 13)]
    monday = DAY - dt.timedelta(days=DAY.weekday())
    week = room_calendar.week_blocks(rooms_["mid"], monday, by=site.clerk)
    assert [b.day for b in week] == [DAY, DAY + dt.timedelta(days=2)]
    # 12 people, 2 hours, the afternoon, a projector: the mid room after its meeting and buffer, else the hall.
    slots = room_calendar.find_free_slots(SlotQuery(12, 120, DAY, dt.time(13), dt.time(18), ["projector"]),
                                          by=site.clerk)
    assert [(s.room.name, s.starts.time(), s.ends.time()) for s in slots] == [
        ("多功能厅", dt.time(13), dt.time(15)), ("中会议室 B", dt.time(15, 15), dt.time(17, 15))]
    # 6 people, no equipment: earliest first, so the hall (free at 13:00) leads; then the small room after its
    # meeting and the buffer.
    slots = room_calendar.find_free_slots(SlotQuery(6, 60, DAY, dt.time(13), dt.time(18)), by=site.clerk)
    assert [(s.room.name, s.starts.time()) for s in slots] == [
        ("多功能厅", dt.time(13)), ("小会议室 A", dt.time(14, 15)), ("中会议室 B", dt.time(15, 15))]
    with pytest.raises(ValidationError) as exc:
        room_calendar.find_free_slots(SlotQuery(0, 5, None), by=site.clerk)
    assert exc.value.codes() == {"day": "required", "attendees": "room.attendees", "minutes": "room.minutes"}
    # Every slot found books without a clash.
    slots = room_calendar.find_free_slots(SlotQuery(12, 120, DAY, dt.time(13), dt.time(18), ["projector"]),
                                          by=site.clerk)
    for s in slots:
        bookings.create_booking(booking(s.room.id, s.starts.time().isoformat(), s.ends.time().isoformat(),
                                        attendees=12), by=site.clerk, at=NOW)


def test_ics_of_a_booking_and_of_a_rooms_month_parse_back(site, rooms_):
    tenant = make_tenant(site)
    one = bookings.create_booking(booking(rooms_["mid"], "10:00", "11:30", tenant_id=tenant, layout="u_shape"),
                                  by=site.clerk, at=NOW)
    bookings.create_booking(booking(rooms_["mid"], "14:00", "15:00", purpose="培训"), by=site.clerk, at=NOW,
                            repeat=bookings.RepeatInput(weeks=3))
    cal = Calendar.from_ical(room_export.booking_ics(one.ids[0], by=site.clerk))
    [event] = cal.walk("VEVENT")
    assert str(event["uid"]).startswith(one.numbers[0])
    assert event.decoded("dtstart") == dt.datetime(2031, 3, 12, 10, tzinfo=event.decoded("dtstart").tzinfo)
    assert event.decoded("dtstart").utcoffset() == dt.timedelta(hours=8)
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=90)
    assert str(event["summary"]) == "季度例会（中会议室 B）"
    assert "深圳市云帆科技有限公司 李雷" in str(event["description"]) and "U 形" in str(event["description"])
    assert str(event["status"]) == "CONFIRMED"
    month = Calendar.from_ical(room_export.room_month_ics(rooms_["mid"], 2031, 3, by=site.clerk))
    starts = sorted(e.decoded("dtstart").replace(tzinfo=None) for e in month.walk("VEVENT"))
    assert starts == [dt.datetime(2031, 3, 12, 10), dt.datetime(2031, 3, 12, 14), dt.datetime(2031, 3, 19, 14),
                      dt.datetime(2031, 3, 26, 14)]
    assert room_export.room_month_ics(rooms_["mid"], 2031, 4, by=site.clerk).count(b"BEGIN:VEVENT") == 0


def test_room_form_refusals(site):
    bad = rooms.RoomInput(" ", "12F", 0, ["jukebox"], ["circle"], "-5", dt.time(20), dt.time(8), approver_id=99999)
    with pytest.raises(ValidationError) as exc:
        rooms.create_room(bad, by=site.supervisor)
    assert exc.value.codes() == {"name": "required", "capacity": "room.capacity_range", "equipment": "room.equipment",
                                 "layouts": "room.layout", "price_per_hour": "room.price", "closes": "room.hours_order",
                                 "approver_id": "room.approver_unknown"}
    room_id = rooms.create_room(rooms.RoomInput("董事会议室", "28F", 20, ["video_conference"], ["boardroom"], "300"),
                                by=site.supervisor)
    with pytest.raises(ValidationError) as exc:
        rooms.create_room(rooms.RoomInput("董事会议室", "28F", 20), by=site.supervisor)
    assert exc.value.codes() == {"name": "room.name_taken"}
    row = rooms.get_room(room_id, by=site.clerk)
    edit = rooms.RoomInput(row.name, row.floor, 24, list(row.equipment), list(row.layouts), "320", row.opens,
                           row.closes, site.manager.user_id)
    rooms.update_room(room_id, edit, version=row.version, by=site.supervisor)
    again = rooms.get_room(room_id, by=site.clerk)
    assert (again.capacity, again.price_per_hour, again.approver) == (24, Decimal("320.00"), "测试manager")


def test_the_calendar_leaves_cancelled_bookings_out_and_shows_no_shows_unless_asked_not_to(site, rooms_):
    tenant = make_tenant(site)

    def book(room: str, start: str, end: str, day: dt.date = DAY, **over) -> int:
        return bookings.create_booking(booking(rooms_[room], start, end, day=day, **over), by=site.clerk,
                                       at=NOW).ids[0]

    late = book("mid", "16:00", "17:00", tenant_id=tenant, purpose="客户来访")
    early = book("small", "09:00", "10:00")
    gone = book("small", "11:00", "12:00")
    bookings.cancel_booking(gone, "改期", by=site.clerk)
    missed = book("small", "14:00", "15:00")
    room_attendance.check_in(early, by=site.clerk, at=dt.datetime.combine(DAY, dt.time(9)))
    room_attendance.release_no_shows(by=site.clerk, at=dt.datetime.combine(DAY, dt.time(15, 30)))
    sunday = book("small", "09:00", "10:00", day=DAY + dt.timedelta(days=4))
    book("small", "09:00", "10:00", day=DAY + dt.timedelta(days=5))  # the next Monday: another week

    assert [b.id for b in room_calendar.day_blocks(DAY, by=site.clerk)] == [early, missed, late]
    assert [b.id for b in room_calendar.day_blocks(DAY, by=site.clerk, include_released=False)] == [early, late]
    assert room_calendar.day_blocks(DAY - dt.timedelta(days=1), by=site.clerk) == []
    monday = DAY - dt.timedelta(days=DAY.weekday())
    assert [b.id for b in room_calendar.week_blocks(rooms_["small"], monday, by=site.clerk)] == [early, missed,
                                                                                                 sunday]
    assert [b.id for b in room_calendar.room_day_blocks(rooms_["small"], DAY, by=site.clerk)] == [early]
    assert room_calendar.room_day_blocks(rooms_["hall"], DAY, by=site.clerk) == []
    b = room_calendar.day_blocks(DAY, by=site.clerk)[-1]
    detail = bookings.get_booking(late, by=site.clerk)
    assert (b.number, b.room_id, b.day, b.starts, b.ends, b.state, b.organiser, b.tenant, b.purpose, b.attendees,
            b.series_id) == (detail.number, rooms_["mid"], DAY, dt.datetime.combine(DAY, dt.time(16)),
                             dt.datetime.combine(DAY, dt.time(17)), "confirmed", "李雷", "深圳市云帆科技有限公司",
                             "客户来访", 6, None)
    assert [(b.state, b.tenant) for b in room_calendar.day_blocks(DAY, by=site.clerk)[:2]] == [
        ("in_use", ""), ("no_show", "")]
