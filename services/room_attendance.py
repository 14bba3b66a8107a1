"""The day of a booking: check-in, and releasing the bookings nobody checked in for (no-shows), counted per
tenant."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from models import Booking, Tenant, db, now
from services import settings
from services.access import Actor, require
from services.audit import record
from services.bookings import OPEN, find_booking, move_state
from services.errors import ValidationError

CHECK_IN_EARLY = dt.timedelta(minutes=30)


def check_in(booking_id: int, *, by: Actor, at: dt.datetime | None = None) -> None:
    """The organiser arrived: the booking is in use (from half an hour before its start)."""
    require(by, "room.check_in", entity="booking", record_id=booking_id)
    at = at or now()
    booking = find_booking(booking_id, by)
    if booking.state == "tentative":
        raise ValidationError("state", "room.not_approved")
    if booking.state == "confirmed" and at < booking.starts - CHECK_IN_EARLY:
        raise ValidationError("state", "room.too_early", time=f"{booking.starts - CHECK_IN_EARLY:%H:%M}")
    if booking.state == "confirmed" and at >= booking.ends:
        raise ValidationError("state", "room.over")
    with db.atomic():
        move_state(booking, "in_use", by, checked_in_at=at.replace(microsecond=0))


def release_no_shows(*, by: Actor, at: dt.datetime | None = None) -> list[str]:
    """Release every booking not checked in N minutes (site setting) after its start: the room is free again.
    Run periodically by the app and when the rooms page refreshes; returns the numbers released."""
    require(by, "room.view")
    at = at or now()
    late = at - dt.timedelta(minutes=int(settings.get(by.site_id, "rooms.no_show_minutes")))
    query = Booking.select().where((Booking.site == by.site_id) & Booking.state.in_(OPEN) & (Booking.starts <= late))
    released = []
    with db.atomic():
        for booking in query.order_by(Booking.starts):
            # The UPDATE re-checks the state: a desk that checks the booking in meanwhile wins.
            done = (Booking.update(state="no_show", state_reason="未签到自动释放", version=Booking.version + 1,
                                   updated_at=now())
                    .where((Booking.id == booking.id) & Booking.state.in_(OPEN)).execute())
            if done:
                record(by, "no_show", "booking", booking.id, before={"state": booking.state},
                       after={"state": "no_show"}, note="released")
                released.append(booking.number)
    return released


@dataclass(frozen=True)
class NoShowCount:
    tenant_id: int | None
    tenant: str
    count: int


def no_show_counts(*, by: Actor, first_day: dt.date, last_day: dt.date) -> list[NoShowCount]:
    """No-shows per tenant over a period, most first (the desk talks to the worst offenders)."""
    require(by, "room.view")
    rows = (Booking.select(Booking.tenant, Tenant.name, fn.COUNT(Booking.id).alias("n"))
            .join(Tenant, join_type=JOIN.LEFT_OUTER)
            .where((Booking.site == by.site_id) & (Booking.state == "no_show")
                   & Booking.day.between(first_day, last_day))
            .group_by(Booking.tenant, Tenant.name).order_by(fn.COUNT(Booking.id).desc(), Tenant.name).tuples())
    return [NoShowCount(tenant_id, name or "", n) for tenant_id, name, n in rows]
