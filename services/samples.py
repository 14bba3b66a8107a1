"""One sample of every printout, rendered from the site's own data (to check letterhead and alignment)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peewee import fn

from models import Booking, RoomCharge, Tenant
from services import room_prints, tenants
from services.access import Actor
from services.printing import write_pdf


def _tenant_registration(by: Actor) -> bytes:
    tenant = (Tenant.select().where((Tenant.site == by.site_id) & (Tenant.status == "active"))
              .order_by(Tenant.id).first())
    if tenant is None:
        raise LookupError("no tenant to print: run `main.py demo` first")
    return tenants.print_registration(tenant.id, by=by)


def _demo_first(query, what: str):
    found = query.first()
    if found is None:
        raise LookupError(f"no {what} to print: run `main.py demo` first")
    return found


def _booking_confirmation(by: Actor) -> bytes:
    booking = _demo_first(Booking.select().where((Booking.site == by.site_id) & Booking.series.is_null(False)
                                                 & Booking.tenant.is_null(False)).order_by(Booking.day.desc()),
                          "booking")
    return room_prints.print_confirmation(booking.id, by=by)


def _room_day_schedule(by: Actor) -> bytes:
    busiest = _demo_first(Booking.select(Booking.room, Booking.day).where(
        (Booking.site == by.site_id) & Booking.state.in_(("confirmed", "completed", "in_use")))
        .group_by(Booking.room, Booking.day).order_by(fn.COUNT(Booking.id).desc(), Booking.day.desc()), "booking")
    return room_prints.print_day_schedule(busiest.room_id, busiest.day, by=by)


def _meeting_service_record(by: Actor) -> bytes:
    charged = _demo_first(RoomCharge.select().where((RoomCharge.site == by.site_id) & (RoomCharge.amount > 0))
                          .order_by(RoomCharge.id.desc()), "completed booking")
    return room_prints.print_service_record(charged.booking_id, by=by)


def _room_statement(by: Actor) -> bytes:
    charged = _demo_first(RoomCharge.select(RoomCharge.tenant, RoomCharge.month, fn.SUM(RoomCharge.amount))
                          .where(RoomCharge.site == by.site_id).group_by(RoomCharge.tenant, RoomCharge.month)
                          .order_by(fn.SUM(RoomCharge.amount).desc()), "room charge")
    return room_prints.print_statement(charged.tenant_id, charged.month, by=by)


# kind (the file's name) -> renders that printout from the site's data. Every new form adds itself here.
SAMPLES: dict[str, Callable[[Actor], bytes]] = {
    "tenant-registration": _tenant_registration,
    "booking-confirmation": _booking_confirmation,
    "room-day-schedule": _room_day_schedule,
    "meeting-service-record": _meeting_service_record,
    "room-statement": _room_statement,
}


def render_samples(out_dir: Path, *, by: Actor) -> list[Path]:
    """Write `<kind>.pdf` for every printout into `out_dir`; return the files."""
    return [write_pdf(render(by), out_dir / f"{kind}.pdf") for kind, render in SAMPLES.items()]
