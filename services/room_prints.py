"""The room area's printouts, gathered from the database: confirmation, door schedule, service record, statement."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from models import Booking, BookingSeries, MeetingService, Room, RoomCharge, User, now
from services import settings
from services.access import Actor, require
from services.bookings import get_booking
from services.room_calendar import room_day_blocks
from services.room_charges import tenant_charges
from services.room_rules import hours_of
from services.rooms import EQUIPMENT_PRINT, LAYOUT_PRINT, SERVICE_PRINT, get_room, print_names, room_code

if TYPE_CHECKING:
    from printouts.booking_confirmation import BookingSheet

STATE_PRINT = {"tentative": "待审批", "confirmed": "已确认", "in_use": "使用中", "completed": "已完成",
               "cancelled": "已取消", "no_show": "未签到释放"}
WEEKDAY_PRINT = "一二三四五六日"


def _series_text(series_id: int | None) -> str:
    if series_id is None:
        return ""
    series = BookingSeries.get_by_id(series_id)
    days = [int(d) for d in series.weekdays.split(",") if d] or [series.first_day.isoweekday()]
    count = Booking.select().where(Booking.series == series_id).count()
    return f"每{'、'.join('周' + WEEKDAY_PRINT[d - 1] for d in days)}，共 {series.weeks} 周 {count} 次"


def _sheet(booking_id: int, by: Actor) -> BookingSheet:
    from printouts.booking_confirmation import BookingSheet

    d = get_booking(booking_id, by=by)
    room = Room.get_by_id(d.data.room_id)
    return BookingSheet(
        number=d.number, room=d.room_name, floor=room.floor, starts=d.starts, ends=d.ends, tenant=d.tenant_name,
        organiser=d.data.organiser, phone=d.data.phone, attendees=d.data.attendees, purpose=d.data.purpose,
        layout=LAYOUT_PRINT.get(d.data.layout, ""), services=print_names(d.data.services, SERVICE_PRINT),
        state=STATE_PRINT.get(d.state, d.state), booked_by=d.booked_by, booked_at=d.created_at, printed_at=now(),
        series=_series_text(d.series_id), approver=d.approver if room.approver_id else "")


def print_confirmation(booking_id: int, *, by: Actor) -> bytes:
    """《会议室预订确认单》 of one booking."""
    from printouts.booking_confirmation import render_booking_confirmation
    from services.printing import letterhead

    require(by, "room.view")
    return render_booking_confirmation(
        _sheet(booking_id, by), letterhead(by.site_id),
        buffer_minutes=int(settings.get(by.site_id, "rooms.buffer_minutes")),
        no_show_minutes=int(settings.get(by.site_id, "rooms.no_show_minutes")))


def print_day_schedule(room_id: int, day: dt.date, *, by: Actor) -> bytes:
    """The day's schedule for the room's door, with the room's QR code."""
    from printouts.room_day_schedule import DaySchedule, ScheduleRow, render_room_day_schedule
    from services.printing import letterhead

    room = get_room(room_id, by=by)
    rows = [ScheduleRow(b.starts, b.ends, b.purpose, f"{b.tenant or '物业内部'} {b.organiser}", b.attendees,
                        STATE_PRINT.get(b.state, b.state)) for b in room_day_blocks(room_id, day, by=by)]
    schedule = DaySchedule(room_code(room.id), room.name, room.floor, room.capacity,
                           print_names(list(room.equipment), EQUIPMENT_PRINT), day, now(), rows)
    return render_room_day_schedule(schedule, letterhead(by.site_id))


def print_service_record(booking_id: int, *, by: Actor) -> bytes:
    """《会议服务记录表》: blank to fill in by hand before the meeting, filled in once it is recorded."""
    from printouts.meeting_service_record import ServiceSheet, render_meeting_service_record
    from services.printing import letterhead

    sheet = _sheet(booking_id, by)
    b = Booking.get_by_id(booking_id)
    service = MeetingService.get_or_none(MeetingService.booking == booking_id)
    charge = RoomCharge.get_or_none(RoomCharge.booking == booking_id)
    recorder = User.get_by_id(service.recorded_by_id).full_name if service else ""
    return render_meeting_service_record(ServiceSheet(
        sheet, b.checked_in_at, service.served if service else "", service.equipment_used if service else "",
        service.damage if service else "", service.note if service else "", recorder,
        service.recorded_at if service else None, hours_of(b.starts, b.ends),
        charge.free_hours if charge else None, charge.charged_hours if charge else None,
        charge.rate if charge else None, charge.amount if charge else None), letterhead(by.site_id))


def print_statement(tenant_id: int, month: str, *, by: Actor) -> bytes:
    """《会议室使用月结单》 of a tenant for a month (YYYY-MM)."""
    from printouts.room_statement import StatementRow, StatementSheet, render_room_statement
    from services.printing import letterhead

    statement = tenant_charges(tenant_id, month, by=by)
    sheet = StatementSheet(
        f"HYJ-{month.replace('-', '')}-{tenant_id:04d}", statement.tenant, month, statement.quota, statement.no_shows,
        now(), [StatementRow(r.number, r.starts, r.ends, r.room, r.hours, r.free_hours, r.charged_hours, r.rate,
                             r.amount) for r in statement.rows])
    return render_room_statement(sheet, letterhead(by.site_id))
