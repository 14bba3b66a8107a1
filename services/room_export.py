"""A booking, or a room's month, as an .ics file (RFC 5545) that Outlook, Apple Calendar or any phone opens."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from models import Booking, Room, Site, Tenant
from services.access import Actor, require
from services.bookings import HOLDING
from services.errors import NotFound
from services.rooms import LAYOUT_PRINT, SERVICE_PRINT, print_names

PRODID = "-//Tower Desk//楼宇客服台//ZH"


def _calendar(name: str):
    from icalendar import Calendar  # loaded at the first export, not at start-up

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _event(b: Booking, room: Room, site: Site, tenant_name: str, tz: ZoneInfo, stamp: dt.datetime):
    from icalendar import Event

    event = Event()
    event.add("uid", f"{b.number}@site-{site.id}.towerdesk")
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    # Times are the site's wall clock: carry the zone so a phone elsewhere shows them right.
    event.add("dtstart", b.starts.replace(tzinfo=tz))
    event.add("dtend", b.ends.replace(tzinfo=tz))
    event.add("summary", f"{b.purpose or '会议'}（{room.name}）")
    event.add("location", f"{site.name} {room.floor} {room.name}".strip())
    who = f"{tenant_name} {b.organiser} {b.phone}".strip()
    lines = [f"预订编号：{b.number}", f"预订人：{who}", f"人数：{b.attendees}"]
    if b.layout:
        lines.append(f"布置：{LAYOUT_PRINT.get(b.layout, b.layout)}")
    if b.services:
        lines.append(f"服务：{print_names(b.services, SERVICE_PRINT)}")
    event.add("description", "\n".join(lines))
    event.add("status", "TENTATIVE" if b.state == "tentative" else "CONFIRMED")
    event.add("sequence", b.version - 1)  # a changed booking replaces the copy already in the calendar
    return event


def _zone(site: Site) -> ZoneInfo:
    try:
        return ZoneInfo(site.timezone)
    except (KeyError, ValueError):
        return ZoneInfo("Asia/Shanghai")


def booking_ics(booking_id: int, *, by: Actor) -> bytes:
    """One booking as an .ics file."""
    require(by, "room.view")
    b = Booking.get_or_none((Booking.id == booking_id) & (Booking.site == by.site_id))
    if b is None:
        raise NotFound("booking", booking_id)
    site = Site.get_by_id(by.site_id)
    room = Room.get_by_id(b.room_id)
    tenant = Tenant.get_by_id(b.tenant_id).name if b.tenant_id else ""
    cal = _calendar(f"{room.name} {b.number}")
    cal.add_component(_event(b, room, site, tenant, _zone(site), dt.datetime.now()))
    return cal.to_ical()


def room_month_ics(room_id: int, year: int, month: int, *, by: Actor) -> bytes:
    """Every booking of a room in a month (cancelled and released ones left out) as one .ics file."""
    require(by, "room.view")
    room = Room.get_or_none((Room.id == room_id) & (Room.site == by.site_id))
    if room is None:
        raise NotFound("room", room_id)
    site = Site.get_by_id(by.site_id)
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    cal = _calendar(f"{room.name} {year}-{month:02d}")
    tz, stamp = _zone(site), dt.datetime.now()
    names = dict(Tenant.select(Tenant.id, Tenant.name).where(Tenant.site == by.site_id).tuples())
    for b in (Booking.select().where((Booking.room == room_id) & Booking.day.between(first, last)
                                     & Booking.state.in_(HOLDING)).order_by(Booking.starts)):
        cal.add_component(_event(b, room, site, names.get(b.tenant_id, ""), tz, stamp))
    return cal.to_ical()
