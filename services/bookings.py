"""Booking a meeting room: no clashes (with the buffer), capacity, opening hours, approver, recurring series,
and changing or cancelling one occurrence or all later ones. Check-in and no-shows: services/room_attendance.py."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass, field

from peewee import JOIN

from models import Booking, BookingSeries, Room, Tenant, User, db, is_postgres, now
from services import settings
from services.access import MANAGERS, Actor, require
from services.audit import changed, record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.identity import InvalidIdentity
from services.numbering import next_number
from services.records import save_versioned
from services.room_rules import clashes, series_days
from services.rooms import LAYOUTS, SERVICES, codes_of

# States in which a booking holds its room.
HOLDING = ("tentative", "confirmed", "in_use", "completed")
OPEN = ("tentative", "confirmed")  # not started: may be changed, cancelled, released
TRANSITIONS = {
    "tentative": ("confirmed", "cancelled", "no_show"),
    "confirmed": ("in_use", "cancelled", "no_show"),
    "in_use": ("completed",),
}
NUMBER_KIND = "HY"  # 会议


@dataclass
class BookingInput:
    """What the clerk fills in on the booking form."""

    room_id: int | None = None
    day: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    tenant_id: int | None = None  # None: the management office's own meeting
    organiser: str = ""
    phone: str = ""
    attendees: int = 0
    purpose: str = ""
    layout: str = ""
    services: list[str] = field(default_factory=list)


@dataclass
class RepeatInput:
    """Weekly for `weeks` weeks on the first day's weekday, or on the chosen ISO weekdays (1 = Monday)."""

    weeks: int = 1
    weekdays: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Clash:
    """A booking in the way: its number, organiser and time, as the clerk is told."""

    day: dt.date
    number: str
    organiser: str
    tenant: str
    starts: dt.datetime
    ends: dt.datetime

    @property
    def time(self) -> str:
        return f"{self.starts:%Y-%m-%d %H:%M}–{self.ends:%H:%M}"


@dataclass(frozen=True)
class Occurrence:
    """One planned day of a series and what is in its way, if anything."""

    day: dt.date
    clash: Clash | None


@dataclass(frozen=True)
class Booked:
    """What a save made: the booking ids and numbers, and the days skipped for a clash."""

    ids: list[int]
    numbers: list[str]
    skipped: list[Clash]
    series_id: int | None = None


@dataclass(frozen=True)
class BookingDetail:
    id: int
    number: str
    version: int
    data: BookingInput
    state: str
    state_reason: str
    room_name: str
    tenant_name: str
    starts: dt.datetime
    ends: dt.datetime
    series_id: int | None
    needs_approval: bool
    approver: str
    checked_in_at: dt.datetime | None
    booked_by: str
    created_at: dt.datetime


def buffer_of(site_id: int) -> dt.timedelta:
    return dt.timedelta(minutes=int(settings.get(site_id, "rooms.buffer_minutes")))


@contextmanager
def locked(table: str, ids: list[int]):
    """One write transaction in which the given rows of `table` cannot change under us.

    A check and the write it allows must be one step: two desks booking the same slot at the same moment
    would both pass a plain "check, then insert". On PostgreSQL the rows are locked (FOR UPDATE) so a second
    desk waits at the lock and then sees the first one's work; on SQLite BEGIN IMMEDIATE takes the database's
    single write lock before the check.
    """
    if is_postgres() or db.in_transaction():
        txn = db.atomic()
    else:
        txn = db.atomic(lock_type="IMMEDIATE")
    with txn:
        if is_postgres():
            for row_id in sorted(set(ids)):  # always in id order: two desks never wait on each other
                db.execute_sql(f'SELECT "id" FROM "{table}" WHERE "id" = %s FOR UPDATE', (row_id,))
        yield


def room_write(room_ids: list[int]):
    """A write transaction holding the rooms: their bookings are checked for clashes and written in it."""
    return locked("room", room_ids)


LONGEST = dt.timedelta(days=1)  # no booking is longer (one day's opening hours)


def first_clash(room_id: int, starts: dt.datetime, ends: dt.datetime, buffer: dt.timedelta,
                exclude: list[int] = ()) -> Clash | None:
    """The earliest booking of the room too close to [starts, ends), or None."""
    query = (Booking.select(Booking, Tenant.name.alias("tenant_name")).join(Tenant, join_type=JOIN.LEFT_OUTER)
             .where((Booking.room == room_id) & Booking.state.in_(HOLDING)
                    & (Booking.starts < ends + buffer) & (Booking.ends > starts - buffer)
                    # A booking lies within one day of opening hours: none starting a day earlier can reach
                    # this one, so the (room, starts) index is read for a day, not for the room's years.
                    & (Booking.starts > starts - buffer - LONGEST))
             .order_by(Booking.starts))
    if exclude:
        query = query.where(Booking.id.not_in(list(exclude)))
    for other in query.objects():
        if clashes(starts, ends, other.starts, other.ends, buffer):
            return Clash(other.day, other.number, other.organiser, other.tenant_name or "", other.starts, other.ends)
    return None


def _clash_problem(clash: Clash) -> ValidationError:
    return ValidationError("start", "room.clash", number=clash.number, organiser=clash.organiser,
                           time=clash.time)


def _room(room_id: int | None, site_id: int) -> Room | None:
    if room_id is None:
        return None
    return Room.get_or_none((Room.id == room_id) & (Room.site == site_id))


def _check(site_id: int, data: BookingInput, *, at: dt.datetime, check_day: bool = True) -> tuple[Room, dict]:
    """Validate the input on its own (not clashes); return the room and the clean fields."""
    problems = Problems()
    room = _room(data.room_id, site_id)
    if room is None or not room.active:
        problems.add("room_id", "required" if data.room_id is None else "room.unknown")
    if data.day is None:
        problems.add("day", "required")
    if data.start is None:
        problems.add("start", "required")
    if data.end is None:
        problems.add("end", "required")
    if data.start and data.end and data.end <= data.start:
        problems.add("end", "room.end_order")
    if (room is not None and data.start and data.end and data.end > data.start
            and (data.start < room.opens or data.end > room.closes)):
        problems.add("start", "room.closed", opens=f"{room.opens:%H:%M}", closes=f"{room.closes:%H:%M}")
    if check_day and data.day and data.start and dt.datetime.combine(data.day, data.start) < at:
        problems.add("start", "room.past")
    organiser = data.organiser.strip()
    if not organiser:
        problems.add("organiser", "required")
    elif len(organiser) > 60:
        problems.add("organiser", "too_long", maximum=60)
    if not isinstance(data.attendees, int) or data.attendees < 1:
        problems.add("attendees", "room.attendees")
    elif room is not None and data.attendees > room.capacity:
        problems.add("attendees", "room.capacity", capacity=room.capacity, room=room.name)
    if data.layout and (data.layout not in LAYOUTS or (room is not None and data.layout not in codes_of(room.layouts))):
        problems.add("layout", "room.layout")
    if any(s not in SERVICES for s in data.services):
        problems.add("services", "room.service")
    if data.tenant_id is not None and not Tenant.select().where(
            (Tenant.id == data.tenant_id) & (Tenant.site == site_id) & (Tenant.status == "active")).exists():
        problems.add("tenant_id", "room.tenant_unknown")
    phone = ""
    if data.phone.strip():
        from services.tenants import check_phone

        try:
            phone = check_phone(data.phone)
        except InvalidIdentity:
            problems.add("phone", "phone.format")
    purpose = data.purpose.strip()
    if len(purpose) > 200:
        problems.add("purpose", "too_long", maximum=200)
    problems.raise_if_any()
    assert room is not None
    return room, {
        "room": room.id, "tenant": data.tenant_id, "organiser": organiser, "phone": phone,
        "attendees": data.attendees, "purpose": purpose, "layout": data.layout,
        "services": ",".join(s for s in SERVICES if s in data.services),
    }


def _times(day: dt.date, data: BookingInput) -> tuple[dt.datetime, dt.datetime]:
    assert data.start is not None and data.end is not None
    return dt.datetime.combine(day, data.start), dt.datetime.combine(day, data.end)


def _first_state(room: Room, by: Actor) -> tuple[str, int | None]:
    """A room with its own approver takes bookings as tentative, unless the approver books it."""
    if room.approver_id is None:
        return "confirmed", None
    if room.approver_id == by.user_id:
        return "confirmed", by.user_id
    return "tentative", None


def plan_series(data: BookingInput, repeat: RepeatInput, *, by: Actor,
                at: dt.datetime | None = None) -> list[Occurrence]:
    """The days a recurring booking would take and the booking in the way on each, shown before saving."""
    require(by, "room.book")
    at = at or now()
    room, _clean = _check(by.site_id, data, at=at)
    days = _series_days(data, repeat)
    buffer = buffer_of(by.site_id)
    return [Occurrence(day, first_clash(room.id, *_times(day, data), buffer)) for day in days]


def _series_days(data: BookingInput, repeat: RepeatInput) -> list[dt.date]:
    problems = Problems()
    if not isinstance(repeat.weeks, int) or not 1 <= repeat.weeks <= 52:
        problems.add("weeks", "room.weeks")
    if any(not isinstance(d, int) or not 1 <= d <= 7 for d in repeat.weekdays):
        problems.add("weekdays", "room.weekdays")
    problems.raise_if_any()
    assert data.day is not None
    return series_days(data.day, repeat.weeks, repeat.weekdays)


def create_booking(data: BookingInput, *, by: Actor, repeat: RepeatInput | None = None, skip_clashes: bool = False,
                   at: dt.datetime | None = None) -> Booked:
    """Book a room once, or as a series. A clash refuses a single booking naming the booking in the way; in a
    series, clashing days are skipped if the clerk chose so, else nothing is saved."""
    require(by, "room.book")
    at = at or now()
    room, clean = _check(by.site_id, data, at=at)
    days = _series_days(data, repeat) if repeat is not None else [data.day]
    buffer = buffer_of(by.site_id)
    state, approved_by = _first_state(room, by)
    with room_write([room.id]):
        free: list[dt.date] = []
        skipped: list[Clash] = []
        for day in days:
            clash = first_clash(room.id, *_times(day, data), buffer)
            if clash is None:
                free.append(day)
            else:
                skipped.append(clash)
        if skipped and (repeat is None or not skip_clashes):
            if repeat is None:
                raise _clash_problem(skipped[0])
            raise ValidationError("repeat", "room.series_clashes", count=len(skipped),
                                  days="、".join(f"{c.day:%m-%d}" for c in skipped))
        if not free:
            raise ValidationError("repeat", "room.series_empty")
        series = None
        if repeat is not None:
            series = BookingSeries.create(site=by.site_id, room=room.id,
                                          rule="weekdays" if repeat.weekdays else "weekly",
                                          weekdays=",".join(str(d) for d in sorted(set(repeat.weekdays))),
                                          first_day=data.day, weeks=repeat.weeks, skipped=len(skipped))
            record(by, "create", "booking_series", series.id, after=snapshot(series))
        ids, numbers = [], []
        for day in free:
            starts, ends = _times(day, data)
            booking = Booking.create(
                site=by.site_id, number=next_number(by.site_id, NUMBER_KIND, year=day.year), series=series,
                day=day, starts=starts, ends=ends, state=state, approved_by=approved_by, booked_by=by.user_id,
                **clean)
            record(by, "create", "booking", booking.id, after=snapshot(booking))
            ids.append(booking.id)
            numbers.append(booking.number)
    return Booked(ids, numbers, skipped, series.id if series else None)


def find_booking(booking_id: int, by: Actor) -> Booking:
    """The booking of the actor's site (NotFound otherwise), for this area's services."""
    booking = Booking.get_or_none((Booking.id == booking_id) & (Booking.site == by.site_id))
    if booking is None:
        raise NotFound("booking", booking_id)
    return booking


def _scope_of(booking: Booking, scope: str) -> list[Booking]:
    """The booking alone, or it and every later not-yet-started occurrence of its series."""
    if scope == "one" or booking.series_id is None:
        return [booking]
    if scope != "later":
        raise ValidationError("scope", "room.scope")
    return list(Booking.select().where((Booking.series == booking.series_id) & (Booking.starts >= booking.starts)
                                       & Booking.state.in_(OPEN)).order_by(Booking.starts))


def update_booking(booking_id: int, data: BookingInput, *, version: int, by: Actor, scope: str = "one",
                   at: dt.datetime | None = None) -> int:
    """Change a booking (or it and all later occurrences of its series: each keeps its own day and takes the new
    times, room and details). All or nothing; return the booking's new version."""
    require(by, "room.book", entity="booking", record_id=booking_id)
    at = at or now()
    booking = find_booking(booking_id, by)
    if booking.state not in OPEN:
        raise ValidationError("state", "room.not_open")
    targets = _scope_of(booking, scope)
    room, clean = _check(by.site_id, data, at=at)
    buffer = buffer_of(by.site_id)
    exclude = [t.id for t in targets]
    with room_write([room.id, booking.room_id]):
        new_version = version
        for target in targets:
            day = data.day if target.id == booking.id and scope == "one" else target.day
            starts, ends = _times(day, data)
            clash = first_clash(room.id, starts, ends, buffer, exclude)
            if clash is not None:
                raise _clash_problem(clash)
            before = snapshot(target)
            changes = {**clean, "day": day, "starts": starts, "ends": ends}
            moved = (starts, ends) != (target.starts, target.ends)
            if room.id != target.room_id or (room.approver_id and moved):
                # Another room, or a new time in a room with an approver: approved again as a new booking would be.
                changes["state"], changes["approved_by"] = _first_state(room, by)
            if target.id == booking.id:
                new_version = save_versioned(Booking, target.id, version, changes, by=by)
            else:
                Booking.update({**changes, "version": Booking.version + 1, "updated_at": now()}).where(
                    Booking.id == target.id).execute()
            b, a = changed(before, snapshot(Booking.get_by_id(target.id)))
            record(by, "update", "booking", target.id, before=b, after=a, note=f"scope {scope}")
    return new_version


def move_state(booking: Booking, to: str, by: Actor, *, note: str = "", **extra) -> None:
    """Move a booking along TRANSITIONS (refused otherwise) and audit it; inside the caller's transaction."""
    if to not in TRANSITIONS.get(booking.state, ()):
        raise ValidationError("state", "room.state_move", state=booking.state, to=to)
    Booking.update(state=to, version=Booking.version + 1, updated_at=now(), **extra).where(
        Booking.id == booking.id).execute()
    record(by, to if to in ("cancelled", "no_show") else "update", "booking", booking.id,
           before={"state": booking.state}, after={"state": to, **{k: str(v) for k, v in extra.items()}}, note=note)


def cancel_booking(booking_id: int, reason: str, *, by: Actor, scope: str = "one") -> int:
    """Cancel a booking (or it and all later occurrences of its series) with a reason; return how many."""
    require(by, "room.book", entity="booking", record_id=booking_id)
    if not reason.strip():
        raise ValidationError("reason", "required")
    booking = find_booking(booking_id, by)
    if booking.state not in OPEN:
        raise ValidationError("state", "room.not_open")
    with db.atomic():
        targets = _scope_of(booking, scope)
        for target in targets:
            move_state(target, "cancelled", by, note=reason.strip(), state_reason=reason.strip())
    return len(targets)


def approve_booking(booking_id: int, *, by: Actor) -> None:
    """Confirm a tentative booking: only the room's own approver, or a manager, may."""
    require(by, "room.approve", entity="booking", record_id=booking_id)
    booking = find_booking(booking_id, by)
    room = Room.get_by_id(booking.room_id)
    if room.approver_id not in (None, by.user_id) and by.role not in MANAGERS:
        approver = User.get_by_id(room.approver_id)
        raise ValidationError("state", "room.not_approver", approver=approver.full_name, room=room.name)
    with db.atomic():
        move_state(booking, "confirmed", by, approved_by=by.user_id)


def get_booking(booking_id: int, *, by: Actor) -> BookingDetail:
    require(by, "room.view")
    b = find_booking(booking_id, by)
    room = Room.get_by_id(b.room_id)
    tenant = Tenant.get_by_id(b.tenant_id) if b.tenant_id else None
    names = dict(User.select(User.id, User.full_name)
                 .where(User.id.in_([room.approver_id or 0, b.booked_by_id or 0])).tuples())
    data = BookingInput(b.room_id, b.day, b.starts.time(), b.ends.time(), b.tenant_id, b.organiser, b.phone,
                        b.attendees, b.purpose, b.layout, codes_of(b.services))
    return BookingDetail(b.id, b.number, b.version, data, b.state, b.state_reason, room.name,
                         tenant.name if tenant else "", b.starts, b.ends, b.series_id,
                         b.state == "tentative" and room.approver_id is not None,
                         names.get(room.approver_id, ""), b.checked_in_at, names.get(b.booked_by_id, ""),
                         b.created_at)


def find_by_number(number: str, *, by: Actor) -> BookingDetail | None:
    """A booking by its number as printed (e.g. HY-2026-0123, case and spaces forgiven); None if there is none."""
    require(by, "room.view")
    found = Booking.get_or_none((Booking.site == by.site_id) & (Booking.number == number.strip().upper()))
    return get_booking(found.id, by=by) if found else None


def next_waiting(*, by: Actor, at: dt.datetime | None = None) -> BookingDetail | None:
    """The soonest booking still waiting for its room's approver (what the dashboard's tile leads to)."""
    require(by, "room.view")
    found = (Booking.select().where((Booking.site == by.site_id) & (Booking.state == "tentative")
                                    & (Booking.starts >= (at or now()))).order_by(Booking.starts).first())
    return get_booking(found.id, by=by) if found else None


def tenant_choices(*, by: Actor) -> list[tuple[int, str]]:
    """Active tenants (id, name) for the organiser list of the booking form."""
    require(by, "room.view")
    return list(Tenant.select(Tenant.id, Tenant.name)
                .where((Tenant.site == by.site_id) & (Tenant.status == "active"))
                .order_by(Tenant.name_initials).tuples())
