"""What the room calendar draws (a day across rooms, a week of one room) and the free-slot finder."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, SQL, NodeList, fn

from models import Booking, Tenant, now
from models.prepared import Prepared, hole
from services.access import Actor, require
from services.bookings import HOLDING, buffer_of
from services.errors import Problems
from services.room_rules import free_gaps, hours_of, round_up
from services.rooms import EQUIPMENT, RoomRow, list_rooms


class Block(NamedTuple):
    """One booking as the calendar draws it (a named tuple: the calendar reads a day of them on every change)."""

    id: int
    number: str
    room_id: int
    day: dt.date
    starts: dt.datetime
    ends: dt.datetime
    state: str
    organiser: str
    tenant: str
    purpose: str
    attendees: int
    series_id: int | None


def _block_list(kind: str, include_released: bool = True):
    """The bookings of a day across the site's rooms (`kind` day), a week of one room (week) or one room's day
    (room_day), in the order drawn; with `include_released`, no-shows too."""
    site = Booking.site == hole("site")
    states = Booking.state.in_(HOLDING + ("no_show",) if include_released else HOLDING)
    if kind == "day":
        where = site & (Booking.day == hole("day", Booking.day)) & states
    elif kind == "week":
        where = (site & (Booking.room == hole("room"))
                 & Booking.day.between(hole("monday", Booking.day), hole("sunday", Booking.day)) & states)
    else:
        where = site & (Booking.room == hole("room")) & (Booking.day == hole("day", Booking.day)) & states
    return (Booking.select(Booking.id, Booking.number, Booking.room, Booking.day, Booking.starts, Booking.ends,
                           Booking.state, Booking.organiser, Tenant.name, Booking.purpose, Booking.attendees,
                           Booking.series)
            .join(Tenant, join_type=JOIN.LEFT_OUTER).where(where).order_by(Booking.starts, Booking.id))


_BLOCKS = Prepared(_block_list)
_new_row = tuple.__new__


def _blocks(rows: list[tuple]) -> list[Block]:
    return [_new_row(Block, (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "", r[9], r[10], r[11]))
            for r in rows]


def day_blocks(day: dt.date, *, by: Actor, include_released: bool = True) -> list[Block]:
    """Every booking of the day across the site's rooms (cancelled ones left out; no-shows shown greyed)."""
    require(by, "room.view")
    return _blocks(_BLOCKS.rows(("day", include_released), site=by.site_id, day=day))


def week_blocks(room_id: int, monday: dt.date, *, by: Actor) -> list[Block]:
    """A week of one room's bookings."""
    require(by, "room.view")
    return _blocks(_BLOCKS.rows(("week",), site=by.site_id, room=room_id, monday=monday,
                                sunday=monday + dt.timedelta(days=6)))


def room_day_blocks(room_id: int, day: dt.date, *, by: Actor) -> list[Block]:
    require(by, "room.view")
    return _blocks(_BLOCKS.rows(("room_day", False), site=by.site_id, room=room_id, day=day))


@dataclass
class SlotQuery:
    """"12 people, 2 hours, Thursday afternoon, projector"."""

    attendees: int = 1
    minutes: int = 60
    day: dt.date | None = None
    earliest: dt.time = dt.time(8, 0)
    latest: dt.time = dt.time(20, 0)
    equipment: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Slot:
    room: RoomRow
    starts: dt.datetime
    ends: dt.datetime


def find_free_slots(query: SlotQuery, *, by: Actor, at: dt.datetime | None = None) -> list[Slot]:
    """The earliest fitting slot in every room big enough and equipped, earliest first, smaller rooms first
    (a room for 12 should not take the 80-seat hall)."""
    require(by, "room.view")
    at = at or now()
    problems = Problems()
    if query.day is None:
        problems.add("day", "required")
    if not isinstance(query.attendees, int) or query.attendees < 1:
        problems.add("attendees", "room.attendees")
    if not isinstance(query.minutes, int) or not 15 <= query.minutes <= 24 * 60:
        problems.add("minutes", "room.minutes")
    if query.latest <= query.earliest:
        problems.add("latest", "room.end_order")
    if any(e not in EQUIPMENT for e in query.equipment):
        problems.add("equipment", "room.equipment")
    problems.raise_if_any()
    assert query.day is not None
    buffer = buffer_of(by.site_id)
    length = dt.timedelta(minutes=query.minutes)
    rooms = [r for r in list_rooms(by=by) if r.capacity >= query.attendees
             and set(query.equipment) <= set(r.equipment)]
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    for room_id, starts, ends in (Booking.select(Booking.room, Booking.starts, Booking.ends)
                                  .where((Booking.site == by.site_id) & (Booking.day == query.day)
                                         & Booking.state.in_(HOLDING)).tuples()):
        busy.setdefault(room_id, []).append((starts, ends))
    slots = []
    for room in rooms:
        opens = dt.datetime.combine(query.day, max(room.opens, query.earliest))
        closes = dt.datetime.combine(query.day, min(room.closes, query.latest))
        opens = max(opens, at)  # never offer time already gone
        for gap_start, gap_end in free_gaps(opens, closes, busy.get(room.id, []), buffer):
            start = round_up(gap_start)
            if start + length <= gap_end:
                slots.append(Slot(room, start, start + length))
                break
    return sorted(slots, key=lambda s: (s.starts, s.room.capacity, s.room.name))


@dataclass(frozen=True)
class RoomFigures:
    today: int
    in_use: int
    waiting_approval: int
    no_shows_month: int


def room_figures(*, by: Actor, today: dt.date | None = None) -> RoomFigures:
    """Today's bookings, rooms in use now, bookings waiting for their approver, this month's no-shows."""
    require(by, "room.view")
    today = today or dt.date.today()
    states = dict(Booking.select(Booking.state, fn.COUNT(Booking.id))
                  .where((Booking.site == by.site_id) & (Booking.day == today)).group_by(Booking.state).tuples())
    waiting = Booking.select().where((Booking.site == by.site_id) & (Booking.state == "tentative")
                                     & (Booking.day >= today)).count()
    no_shows = Booking.select().where((Booking.site == by.site_id) & (Booking.state == "no_show")
                                      & (Booking.day >= today.replace(day=1)) & (Booking.day <= today)).count()
    return RoomFigures(sum(n for s, n in states.items() if s in HOLDING), states.get("in_use", 0), waiting, no_shows)


@dataclass(frozen=True)
class RoomUse:
    """One room over a range of days: bookings held, the hours they took against the hours it was open, and the
    bookings that came to nothing."""

    room_id: int
    room: str
    bookings: int  # held: tentative, confirmed, in use, completed
    hours: Decimal
    open_hours: Decimal  # opening hours × days in the range
    no_shows: int
    cancelled: int

    @property
    def use(self) -> float | None:
        """Share of the open hours booked (None for a room never open)."""
        return float(self.hours / self.open_hours) if self.open_hours else None


def _hours(starts, ends):
    """The hours between two timestamp columns, in SQL (SQLite keeps them as text)."""
    from models import is_postgres

    if is_postgres():
        return NodeList((SQL("EXTRACT(EPOCH FROM"), ends - starts, SQL(")"))) / 3600
    return (fn.julianday(ends) - fn.julianday(starts)) * 24


def room_use(site_id: int, start: dt.date, end: dt.date) -> list[RoomUse]:
    """Every active room (and any other booked in the range) with its use over [start, end]; one grouped query."""
    from models import Room

    hours = fn.SUM(_hours(Booking.starts, Booking.ends))
    rows = (Booking.select(Booking.room, Booking.state, fn.COUNT(Booking.id), hours)
            .where((Booking.site == site_id) & (Booking.day >= start) & (Booking.day <= end))
            .group_by(Booking.room, Booking.state).tuples())
    counts: dict[int, dict[str, tuple[int, Decimal]]] = {}
    for room_id, state, n, hours in rows:
        counts.setdefault(room_id, {})[state] = (n, Decimal(str(hours or 0)).quantize(Decimal("0.01")))
    days = (end - start).days + 1
    out = []
    for room in Room.select().where((Room.site == site_id) & (Room.active | Room.id.in_(list(counts) or [0])))\
            .order_by(Room.floor, Room.name):
        mine = counts.get(room.id, {})
        held = [mine[s] for s in HOLDING if s in mine]
        daily = Decimal(hours_of(dt.datetime.combine(start, _clock(room.opens)),
                                 dt.datetime.combine(start, _clock(room.closes))))
        out.append(RoomUse(room.id, room.name, sum(n for n, _ in held), sum((h for _, h in held), Decimal(0)),
                           daily * days, mine.get("no_show", (0, 0))[0], mine.get("cancelled", (0, 0))[0]))
    return out


def _clock(value) -> dt.time:
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(str(value))
