"""Room bookings on SQLite and PostgreSQL: clashes with the buffer, capacity, hours, approver, series,
one-or-later changes, check-in and no-show release; every refusal leaving the database as it was."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import AuditEntry, Booking, BookingSeries
from services import bookings, room_attendance
from services import settings as site_settings
from services.bookings import RepeatInput
from services.errors import PermissionDenied, ValidationError
from tests.services.rooms_setup import DAY, NOW, booking, make_rooms, make_tenant


@pytest.fixture
def rooms(site):
    return make_rooms(site)


def _book(site, data, **kw):
    return bookings.create_booking(data, by=site.clerk, at=NOW, **kw)


def test_a_booking_lands_confirmed_with_a_number_and_an_audit_entry(site, rooms):
    tenant = make_tenant(site)
    done = _book(site, booking(rooms["mid"], "10:00", "11:30", tenant_id=tenant, layout="u_shape"))
    b = Booking.get_by_id(done.ids[0])
    assert (b.state, b.number, b.starts, b.ends) == (
        "confirmed", f"HY-{DAY.year}-0001", dt.datetime(2031, 3, 12, 10), dt.datetime(2031, 3, 12, 11, 30))
    assert (b.tenant_id, b.layout, b.services, b.booked_by_id) == (tenant, "u_shape", "tea_water", site.clerk.user_id)
    assert AuditEntry.get((AuditEntry.entity == "booking") & (AuditEntry.record_id == b.id)).action == "create"


def test_adjacent_bookings_respect_the_buffer_closer_is_refused_naming_the_clash(site, rooms):
    _book(site, booking(rooms["mid"], "10:00", "11:00"))
    _book(site, booking(rooms["mid"], "11:15", "12:00", organiser="韩梅梅"))  # exactly the buffer: fine
    _book(site, booking(rooms["mid"], "08:30", "09:45"))  # exactly the buffer before: fine
    with pytest.raises(ValidationError) as exc:
        _book(site, booking(rooms["mid"], "12:14", "13:00"))
    problem = exc.value.problems[0]
    assert (problem.field, problem.code) == ("start", "room.clash")
    assert problem.params == {"number": f"HY-{DAY.year}-0002", "organiser": "韩梅梅",
                              "time": "2031-03-12 11:15–12:00"}
    # Another room at the same time is fine; so is the same room on another day.
    _book(site, booking(rooms["small"], "10:00", "11:00"))
    _book(site, booking(rooms["mid"], "10:00", "11:00", day=DAY + dt.timedelta(days=1)))
    assert Booking.select().count() == 5


def test_the_buffer_is_a_site_setting(site, rooms):
    site_settings.update_settings({"rooms.buffer_minutes": 0}, by=site.manager)
    _book(site, booking(rooms["mid"], "10:00", "11:00"))
    _book(site, booking(rooms["mid"], "11:00", "12:00"))
    with pytest.raises(ValidationError):
        _book(site, booking(rooms["mid"], "11:59", "12:30"))


def test_cancelled_and_released_bookings_free_the_room(site, rooms):
    first = _book(site, booking(rooms["mid"], "10:00", "11:00")).ids[0]
    bookings.cancel_booking(first, "客户取消", by=site.clerk)
    again = _book(site, booking(rooms["mid"], "10:00", "11:00")).ids[0]
    room_attendance.release_no_shows(by=site.clerk, at=dt.datetime(2031, 3, 12, 10, 15))
    assert Booking.get_by_id(again).state == "no_show"
    _book(site, booking(rooms["mid"], "10:30", "11:00"))


def test_capacity_opening_hours_and_bad_input_refused_field_by_field(site, rooms):
    with pytest.raises(ValidationError) as exc:
        _book(site, booking(rooms["small"], "07:00", "09:00", attendees=9, organiser=" ", layout="theatre",
                            services=["karaoke"], phone="12345"))
    assert exc.value.codes() == {"start": "room.closed", "attendees": "room.capacity", "organiser": "required",
                                 "layout": "room.layout", "services": "room.service", "phone": "phone.format"}
    with pytest.raises(ValidationError) as exc:
        _book(site, booking(rooms["small"], "11:00", "10:00", attendees=0))
    assert exc.value.codes() == {"end": "room.end_order", "attendees": "room.attendees"}
    with pytest.raises(ValidationError) as exc:
        bookings.create_booking(booking(rooms["small"], "10:00", "11:00", day=dt.date(2031, 2, 1)),
                                by=site.clerk, at=NOW)
    assert exc.value.codes() == {"start": "room.past"}
    # The evening end of the hall's longer hours is fine there.
    _book(site, booking(rooms["hall"], "20:00", "22:00"))
    assert Booking.select().count() == 1


def test_a_room_with_an_approver_books_tentative_and_only_its_approver_confirms(site, rooms):
    b = _book(site, booking(rooms["hall"], "14:00", "16:00", attendees=60)).ids[0]
    assert Booking.get_by_id(b).state == "tentative"
    # A tentative booking still holds the room.
    with pytest.raises(ValidationError):
        _book(site, booking(rooms["hall"], "15:00", "17:00"))
    with pytest.raises(ValidationError) as exc:
        bookings.approve_booking(b, by=site.supervisor)
    assert exc.value.code == "room.not_approver" and exc.value.problems[0].params["approver"] == "测试manager"
    with pytest.raises(ValidationError) as exc:
        room_attendance.check_in(b, by=site.clerk, at=dt.datetime(2031, 3, 12, 14))
    assert exc.value.code == "room.not_approved"
    with pytest.raises(PermissionDenied):
        bookings.approve_booking(b, by=site.engineer)
    bookings.approve_booking(b, by=site.manager)
    booked = Booking.get_by_id(b)
    assert (booked.state, booked.approved_by_id) == ("confirmed", site.manager.user_id)
    # Moved to another time by the desk, it waits for the approver again; a new purpose alone does not.
    detail = bookings.get_booking(b, by=site.clerk)
    detail.data.purpose = "年度大会"
    version = bookings.update_booking(b, detail.data, version=detail.version, by=site.clerk, at=NOW)
    assert Booking.get_by_id(b).state == "confirmed"
    detail.data.start, detail.data.end = dt.time(16, 30), dt.time(18)
    bookings.update_booking(b, detail.data, version=version, by=site.clerk, at=NOW)
    assert (Booking.get_by_id(b).state, Booking.get_by_id(b).approved_by_id) == ("tentative", None)
    # The approver's own booking needs nobody else.
    mine = bookings.create_booking(booking(rooms["hall"], "09:00", "10:00"), by=site.manager, at=NOW).ids[0]
    assert Booking.get_by_id(mine).state == "confirmed"


def test_a_weekly_series_lists_its_clashes_then_skips_or_stops(site, rooms):
    blocker = _book(site, booking(rooms["mid"], "10:30", "11:00", day=DAY + dt.timedelta(weeks=2),
                                  organiser="王芳")).numbers[0]
    data = booking(rooms["mid"], "10:00", "11:00")
    plan = bookings.plan_series(data, RepeatInput(weeks=4), by=site.clerk, at=NOW)
    assert [o.day for o in plan] == [DAY + dt.timedelta(weeks=w) for w in range(4)]
    assert [o.clash.number if o.clash else None for o in plan] == [None, None, blocker, None]
    assert plan[2].clash.organiser == "王芳"
    # Stop: nothing saved.
    with pytest.raises(ValidationError) as exc:
        _book(site, data, repeat=RepeatInput(weeks=4))
    assert exc.value.code == "room.series_clashes" and exc.value.problems[0].params["count"] == 1
    assert Booking.select().count() == 1 and BookingSeries.select().count() == 0
    # Skip: three occurrences, one series that remembers the skipped day.
    done = _book(site, data, repeat=RepeatInput(weeks=4), skip_clashes=True)
    assert len(done.ids) == 3 and [c.number for c in done.skipped] == [blocker]
    series = BookingSeries.get_by_id(done.series_id)
    assert (series.rule, series.weeks, series.skipped) == ("weekly", 4, 1)
    assert [b.day for b in Booking.select().where(Booking.series == series).order_by(Booking.day)] == [
        DAY, DAY + dt.timedelta(weeks=1), DAY + dt.timedelta(weeks=3)]


def test_a_series_on_chosen_weekdays(site, rooms):
    done = _book(site, booking(rooms["small"], "09:00", "10:00"), repeat=RepeatInput(weeks=2, weekdays=[3, 5]))
    days = [Booking.get_by_id(i).day.isoweekday() for i in done.ids]
    assert days == [3, 5, 3, 5]


def test_change_or_cancel_one_occurrence_or_this_and_later(site, rooms):
    done = _book(site, booking(rooms["mid"], "10:00", "11:00"), repeat=RepeatInput(weeks=4))
    first, second, third, fourth = done.ids
    # One: only the second moves to the afternoon.
    detail = bookings.get_booking(second, by=site.clerk)
    data = detail.data
    data.start, data.end = dt.time(15), dt.time(16)
    bookings.update_booking(second, data, version=detail.version, by=site.clerk, at=NOW)
    assert [Booking.get_by_id(i).starts.hour for i in done.ids] == [10, 15, 10, 10]
    # This and later: third and fourth go to the small room at 9, each keeping its own day.
    detail = bookings.get_booking(third, by=site.clerk)
    data = detail.data
    data.room_id, data.start, data.end = rooms["small"], dt.time(9), dt.time(10)
    bookings.update_booking(third, data, version=detail.version, by=site.clerk, scope="later", at=NOW)
    moved = [Booking.get_by_id(i) for i in (third, fourth)]
    assert [(b.room_id, b.starts) for b in moved] == [
        (rooms["small"], dt.datetime(2031, 3, 26, 9)), (rooms["small"], dt.datetime(2031, 4, 2, 9))]
    # A later change that clashes anywhere changes nothing.
    _book(site, booking(rooms["mid"], "13:00", "14:00", day=DAY + dt.timedelta(weeks=3)))
    detail = bookings.get_booking(third, by=site.clerk)
    data = detail.data
    data.room_id, data.start, data.end = rooms["mid"], dt.time(13), dt.time(14)
    with pytest.raises(ValidationError):
        bookings.update_booking(third, data, version=detail.version, by=site.clerk, scope="later", at=NOW)
    assert Booking.get_by_id(third).room_id == rooms["small"]
    # Cancel this and later from the third: the first two stay.
    assert bookings.cancel_booking(third, "项目结束", by=site.clerk, scope="later") == 2
    assert [Booking.get_by_id(i).state for i in done.ids] == ["confirmed", "confirmed", "cancelled", "cancelled"]
    assert bookings.cancel_booking(first, "改期", by=site.clerk) == 1
    with pytest.raises(ValidationError) as exc:
        bookings.cancel_booking(second, " ", by=site.clerk)
    assert exc.value.codes() == {"reason": "required"}


def test_check_in_and_no_show_release_counted_per_tenant(site, rooms):
    a = make_tenant(site, "甲公司")
    b = make_tenant(site, "乙公司")
    kept = _book(site, booking(rooms["mid"], "10:00", "11:00", tenant_id=a)).ids[0]
    missed = _book(site, booking(rooms["small"], "10:00", "11:00", tenant_id=a)).ids[0]
    later = _book(site, booking(rooms["small"], "14:00", "15:00", tenant_id=b)).ids[0]
    with pytest.raises(ValidationError) as exc:
        room_attendance.check_in(kept, by=site.clerk, at=dt.datetime(2031, 3, 12, 9, 29))
    assert exc.value.codes() == {"state": "room.too_early"}
    room_attendance.check_in(kept, by=site.clerk, at=dt.datetime(2031, 3, 12, 9, 55))
    # 14 minutes after the start nothing is released; at 15 minutes the unchecked one is.
    assert room_attendance.release_no_shows(by=site.clerk, at=dt.datetime(2031, 3, 12, 10, 14)) == []
    released = room_attendance.release_no_shows(by=site.clerk, at=dt.datetime(2031, 3, 12, 10, 15))
    assert released == [Booking.get_by_id(missed).number]
    assert [Booking.get_by_id(i).state for i in (kept, missed, later)] == ["in_use", "no_show", "confirmed"]
    room_attendance.release_no_shows(by=site.clerk, at=dt.datetime(2031, 3, 12, 18))
    counts = room_attendance.no_show_counts(by=site.clerk, first_day=DAY, last_day=DAY)
    assert [(c.tenant, c.count) for c in counts] == [("乙公司", 1), ("甲公司", 1)]
    # The room is free again for a walk-in.
    walk_in = bookings.create_booking(booking(rooms["small"], "10:45", "11:30"), by=site.clerk,
                                      at=dt.datetime(2031, 3, 12, 10, 16)).ids[0]
    room_attendance.check_in(walk_in, by=site.clerk, at=dt.datetime(2031, 3, 12, 10, 40))
    # The release interval is a site setting.
    site_settings.update_settings({"rooms.no_show_minutes": 30}, by=site.manager)
    late = bookings.create_booking(booking(rooms["mid"], "16:00", "17:00"), by=site.clerk, at=NOW).ids[0]
    assert room_attendance.release_no_shows(by=site.clerk, at=dt.datetime(2031, 3, 12, 16, 29)) == []
    assert room_attendance.release_no_shows(by=site.clerk, at=dt.datetime(2031, 3, 12, 16, 30)) == [
        Booking.get_by_id(late).number]


def test_states_move_only_along_the_table(site, rooms):
    b = _book(site, booking(rooms["mid"], "10:00", "11:00")).ids[0]
    bookings.cancel_booking(b, "取消", by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        room_attendance.check_in(b, by=site.clerk, at=dt.datetime(2031, 3, 12, 10))
    assert exc.value.code == "room.state_move"
    with pytest.raises(PermissionDenied):
        bookings.create_booking(booking(rooms["mid"], "12:00", "13:00"), by=site.engineer, at=NOW)


quarter_hours = st.integers(min_value=32, max_value=76)  # 08:00 .. 19:00 in quarters
requests = st.lists(st.tuples(st.sampled_from(["small", "mid"]), quarter_hours, st.integers(min_value=1, max_value=8)),
                    min_size=1, max_size=10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(requests)
def test_whatever_the_desk_asks_no_two_kept_bookings_of_a_room_come_closer_than_the_buffer(site, rooms, asked):
    """Property, through the real service and database: accepted bookings are apart by the buffer, and every
    refusal is a clash that names a booking really in the way."""
    Booking.delete().execute()
    buffer = dt.timedelta(minutes=15)
    for room, start_q, length_q in asked:
        starts = dt.datetime.combine(DAY, dt.time(0)) + dt.timedelta(minutes=15 * start_q)
        ends = min(starts + dt.timedelta(minutes=15 * length_q), dt.datetime.combine(DAY, dt.time(20)))
        try:
            _book(site, booking(rooms[room], starts.time().isoformat(), ends.time().isoformat()))
        except ValidationError as exc:
            assert exc.code == "room.clash"
            other = Booking.get(Booking.number == exc.problems[0].params["number"])
            assert other.room_id == rooms[room] and other.starts < ends + buffer and starts < other.ends + buffer
    kept = list(Booking.select().order_by(Booking.room, Booking.starts))
    for a, b in zip(kept, kept[1:], strict=False):
        if a.room_id == b.room_id:
            assert a.ends + buffer <= b.starts
