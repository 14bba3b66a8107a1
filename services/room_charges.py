"""After the meeting: the service record (《会议服务记录表》) and the charge for hours beyond the tenant's free
monthly quota. The charges are rows of RoomCharge; the fees area bills them through `tenant_charges`."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from models import Booking, MeetingService, Room, RoomCharge, Tenant, User
from services import settings
from services.access import Actor, require
from services.audit import record, snapshot
from services.bookings import find_booking, locked, move_state
from services.errors import NotFound, Problems, ValidationError
from services.room_rules import CENT, charge, hours_of, split_quota


@dataclass
class ServiceInput:
    """What the steward notes after the meeting."""

    served: str = ""
    equipment_used: str = ""
    damage: str = ""
    note: str = ""


@dataclass(frozen=True)
class ServiceRecord:
    served: str
    equipment_used: str
    damage: str
    note: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class ChargeRow:
    booking_id: int
    number: str
    day: dt.date
    room: str
    starts: dt.datetime
    ends: dt.datetime
    hours: Decimal
    free_hours: Decimal
    charged_hours: Decimal
    rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Statement:
    """A tenant's room use in one month: every completed booking, the quota, and what is owed."""

    tenant_id: int
    tenant: str
    month: str  # YYYY-MM
    quota: Decimal
    rows: list[ChargeRow]
    no_shows: int

    def total(self, name: str) -> Decimal:
        """The month's sum of one column: hours, free_hours, charged_hours or amount."""
        return sum((getattr(r, name) for r in self.rows), Decimal(0))


def month_of(day: dt.date) -> str:
    return f"{day:%Y-%m}"


def _text(problems: Problems, name: str, value: str) -> str:
    value = value.strip()
    if len(value) > 2000:
        problems.add(name, "too_long", maximum=2000)
    return value


def finish_booking(booking_id: int, data: ServiceInput, *, by: Actor) -> ChargeRow | None:
    """The meeting is over: write the service record, mark it completed, and charge the hours beyond the
    tenant's free quota of the month at the room's price. Returns the charge (None for the office's own)."""
    require(by, "room.service", entity="booking", record_id=booking_id)
    booking = find_booking(booking_id, by)
    problems = Problems()
    clean = {name: _text(problems, name, getattr(data, name))
             for name in ("served", "equipment_used", "damage", "note")}
    problems.raise_if_any()
    # One tenant's quota, counted once even when two desks finish two of its meetings at the same moment.
    with locked("tenant", [booking.tenant_id] if booking.tenant_id else []):
        booking = find_booking(booking_id, by)  # read again under the lock: another desk may have finished it
        if booking.state != "in_use":
            raise ValidationError("state", "room.not_in_use")
        move_state(booking, "completed", by)
        service = MeetingService.create(booking=booking.id, recorded_by=by.user_id, **clean)
        record(by, "create", "meeting_service", service.id, after=snapshot(service))
        if booking.tenant_id is None:
            return None
        month = month_of(booking.day)
        used = RoomCharge.select(fn.COALESCE(fn.SUM(RoomCharge.hours), 0)).where(
            (RoomCharge.tenant == booking.tenant_id) & (RoomCharge.month == month)).scalar()
        quota = Decimal(int(settings.get(by.site_id, "rooms.free_hours_per_month")))
        hours = hours_of(booking.starts, booking.ends)
        free, charged = split_quota(Decimal(str(used)), hours, quota)
        room = Room.get_by_id(booking.room_id)
        row = RoomCharge.create(site=by.site_id, booking=booking.id, tenant=booking.tenant_id, month=month,
                                hours=hours, free_hours=free, charged_hours=charged, rate=room.price_per_hour,
                                amount=charge(charged, Decimal(room.price_per_hour)))
        record(by, "create", "room_charge", row.id, after=snapshot(row))
        if row.amount > 0:  # onto the tenant's next bill, in the same transaction as the meeting's record
            from services.fees import post_charge

            post_charge(booking.tenant_id, "ROOM", Decimal(row.amount), source="room-booking", source_id=booking.id,
                        note=f"{room.name} {booking.number} 超出免费时长 {charged} 小时", by=by, on=booking.day)
    return ChargeRow(booking.id, booking.number, booking.day, room.name, booking.starts, booking.ends, hours, free,
                     charged, Decimal(room.price_per_hour), Decimal(row.amount))


def service_record(booking_id: int, *, by: Actor) -> ServiceRecord | None:
    require(by, "room.view")
    find_booking(booking_id, by)
    s = MeetingService.get_or_none(MeetingService.booking == booking_id)
    if s is None:
        return None
    return ServiceRecord(s.served, s.equipment_used, s.damage, s.note, User.get_by_id(s.recorded_by_id).full_name,
                         s.recorded_at)


def charge_of(booking_id: int, *, by: Actor) -> RoomCharge | None:
    """The charge row of one completed booking (None for the office's own or one not finished)."""
    require(by, "room.view")
    find_booking(booking_id, by)
    return RoomCharge.get_or_none(RoomCharge.booking == booking_id)


def tenant_charges(tenant_id: int, month: str, *, by: Actor) -> Statement:
    """A tenant's completed bookings of a month (YYYY-MM) with free and charged hours: the monthly statement,
    and what the fees area bills."""
    require(by, "room.statement")
    tenant = Tenant.get_or_none((Tenant.id == tenant_id) & (Tenant.site == by.site_id))
    if tenant is None:
        raise NotFound("tenant", tenant_id)
    query = (RoomCharge.select(RoomCharge, Booking, Room).join(Booking).join(Room)
             .where((RoomCharge.tenant == tenant_id) & (RoomCharge.month == month))
             .order_by(Booking.starts))
    rows = [ChargeRow(c.booking.id, c.booking.number, c.booking.day, c.booking.room.name, c.booking.starts,
                      c.booking.ends, Decimal(c.hours), Decimal(c.free_hours), Decimal(c.charged_hours),
                      Decimal(c.rate), Decimal(c.amount)) for c in query]
    year, mon = (int(x) for x in month.split("-"))
    first = dt.date(year, mon, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    no_shows = Booking.select().where((Booking.tenant == tenant_id) & (Booking.state == "no_show")
                                      & Booking.day.between(first, last)).count()
    return Statement(tenant.id, tenant.name, month,
                     Decimal(int(settings.get(by.site_id, "rooms.free_hours_per_month"))), rows, no_shows)


@dataclass(frozen=True)
class MonthRow:
    """A tenant's month in the statements list: hours, what is owed, and the no-shows."""

    tenant_id: int
    tenant: str
    hours: Decimal
    amount: Decimal
    no_shows: int


def tenants_with_charges(month: str, *, by: Actor) -> list[MonthRow]:
    """Every tenant with room use or no-shows in the month (YYYY-MM), for the statements list."""
    from services.room_attendance import no_show_counts

    require(by, "room.statement")
    first = dt.date(*(int(x) for x in month.split("-")), 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    missed = {c.tenant_id: (c.tenant, c.count) for c in no_show_counts(by=by, first_day=first, last_day=last)
              if c.tenant_id is not None}
    rows = {t: MonthRow(t, n, Decimal(str(h)).quantize(CENT), Decimal(str(a)).quantize(CENT), missed.get(t, ("", 0))[1])
            for t, n, h, a in (
                RoomCharge.select(RoomCharge.tenant, Tenant.name, fn.SUM(RoomCharge.hours), fn.SUM(RoomCharge.amount))
                .join(Tenant).where((RoomCharge.site == by.site_id) & (RoomCharge.month == month))
                .group_by(RoomCharge.tenant, Tenant.name).tuples())}
    for tenant_id, (name, count) in missed.items():
        rows.setdefault(tenant_id, MonthRow(tenant_id, name, Decimal("0.00"), Decimal("0.00"), count))
    # In pinyin order, as the desk's lists are.
    initials = dict(Tenant.select(Tenant.id, Tenant.name_initials).where(Tenant.id.in_(list(rows) or [0])).tuples())
    return sorted(rows.values(), key=lambda r: (initials.get(r.tenant_id, ""), r.tenant))
