"""Rooms and tenants the room-booking tests share (a plain module: the fixtures live in each test file)."""
from __future__ import annotations

import datetime as dt

from services import rooms, tenants
from services.bookings import BookingInput
from services.rooms import RoomInput
from services.tenants import TenantInput

# A Wednesday well in the future, so "not in the past" never trips, and a clock set just before it.
DAY = dt.date(2031, 3, 12)
NOW = dt.datetime(2031, 3, 1, 9, 0)


def make_rooms(site) -> dict[str, int]:
    sup = site.supervisor
    return {
        "small": rooms.create_room(RoomInput("小会议室 A", "12F", 8, ["tv", "whiteboard"], ["boardroom"], "80",
                                             dt.time(8), dt.time(20)), by=sup),
        "mid": rooms.create_room(RoomInput("中会议室 B", "12F", 16, ["projector", "screen"],
                                           ["boardroom", "u_shape"], "150", dt.time(8), dt.time(20)), by=sup),
        "hall": rooms.create_room(RoomInput("多功能厅", "3F", 80, ["projector", "screen", "microphones"],
                                            ["theatre", "classroom"], "600", dt.time(8), dt.time(22),
                                            approver_id=site.manager.user_id), by=sup),
    }


def make_tenant(site, name: str = "深圳市云帆科技有限公司") -> int:
    return tenants.create_tenant(TenantInput(name=name), by=site.clerk)


def booking(room_id: int, start: str, end: str, *, day: dt.date = DAY, tenant_id: int | None = None,
            attendees: int = 6, **over) -> BookingInput:
    data = BookingInput(room_id=room_id, day=day, start=dt.time.fromisoformat(start),
                        end=dt.time.fromisoformat(end), tenant_id=tenant_id, organiser="李雷", phone="13812345678",
                        attendees=attendees, purpose="季度例会", layout="", services=["tea_water"])
    for key, value in over.items():
        setattr(data, key, value)
    return data
