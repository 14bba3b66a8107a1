"""Meeting rooms (会议室): name, floor, capacity, equipment, layouts, price, opening hours, approver."""
from __future__ import annotations

import datetime as dt
import decimal
import re
from dataclasses import dataclass, field
from decimal import Decimal

from models import Room, User, db
from services.access import Actor, require
from services.audit import changed, record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.records import save_versioned

EQUIPMENT = ("projector", "screen", "microphones", "video_conference", "whiteboard", "tv")
LAYOUTS = ("theatre", "classroom", "u_shape", "boardroom")
SERVICES = ("tea_water", "fruit", "flowers", "name_plates", "projector_setup")

# Printed forms are in Chinese whatever the UI language.
EQUIPMENT_PRINT = {"projector": "投影仪", "screen": "幕布", "microphones": "麦克风", "video_conference": "视频会议",
                   "whiteboard": "白板", "tv": "电视"}
LAYOUT_PRINT = {"theatre": "剧院式", "classroom": "课桌式", "u_shape": "U 形", "boardroom": "会议桌式"}
SERVICE_PRINT = {"tea_water": "茶水", "fruit": "果盘", "flowers": "台花", "name_plates": "桌牌",
                 "projector_setup": "投影调试"}


def codes_of(text: str) -> list[str]:
    return [c for c in text.split(",") if c]


def print_names(codes: list[str] | str, table: dict[str, str]) -> str:
    """Codes as the printed forms name them, joined by the Chinese list comma."""
    if isinstance(codes, str):
        codes = codes_of(codes)
    return "、".join(table.get(c, c) for c in codes)


@dataclass
class RoomInput:
    """What the supervisor types on the room form."""

    name: str = ""
    floor: str = ""
    capacity: int = 0
    equipment: list[str] = field(default_factory=list)
    layouts: list[str] = field(default_factory=list)
    price_per_hour: str = "0"
    opens: dt.time = dt.time(8, 0)
    closes: dt.time = dt.time(20, 0)
    approver_id: int | None = None
    active: bool = True
    note: str = ""


@dataclass(frozen=True)
class RoomRow:
    id: int
    version: int
    name: str
    floor: str
    capacity: int
    equipment: tuple[str, ...]
    layouts: tuple[str, ...]
    price_per_hour: Decimal
    opens: dt.time
    closes: dt.time
    approver_id: int | None
    approver: str
    active: bool
    note: str

    @property
    def qr(self) -> str:
        """What the QR code on the room's door encodes."""
        return room_code(self.id)


def room_code(room_id: int) -> str:
    return f"ROOM-{room_id:04d}"


def _check(site_id: int, data: RoomInput, room_id: int | None) -> dict:
    problems = Problems()
    name = data.name.strip()
    if not name:
        problems.add("name", "required")
    elif len(name) > 60:
        problems.add("name", "too_long", maximum=60)
    elif Room.select().where((Room.site == site_id) & (Room.name == name) & (Room.id != (room_id or 0))).exists():
        problems.add("name", "room.name_taken")
    if not isinstance(data.capacity, int) or not 1 <= data.capacity <= 2000:
        problems.add("capacity", "room.capacity_range")
    if any(e not in EQUIPMENT for e in data.equipment):
        problems.add("equipment", "room.equipment")
    if any(la not in LAYOUTS for la in data.layouts):
        problems.add("layouts", "room.layout")
    try:
        price = Decimal(str(data.price_per_hour).strip() or "0")
        if not price.is_finite() or price < 0 or price > 100000:
            raise decimal.InvalidOperation
        price = price.quantize(Decimal("0.01"))
    except (decimal.InvalidOperation, ValueError):
        problems.add("price_per_hour", "room.price")
        price = Decimal(0)
    if data.closes <= data.opens:
        problems.add("closes", "room.hours_order")
    if data.approver_id is not None and not User.select().where(
            (User.id == data.approver_id) & (User.site == site_id) & User.active).exists():
        problems.add("approver_id", "room.approver_unknown")
    problems.raise_if_any()
    return {
        "name": name, "floor": data.floor.strip()[:20], "capacity": data.capacity,
        "equipment": ",".join(e for e in EQUIPMENT if e in data.equipment),
        "layouts": ",".join(la for la in LAYOUTS if la in data.layouts),
        "price_per_hour": price, "opens": data.opens.replace(second=0, microsecond=0),
        "closes": data.closes.replace(second=0, microsecond=0), "approver": data.approver_id,
        "active": bool(data.active), "note": data.note.strip()[:1000],
    }


def create_room(data: RoomInput, *, by: Actor) -> int:
    require(by, "room.edit")
    clean = _check(by.site_id, data, None)
    with db.atomic():
        room = Room.create(site=by.site_id, **clean)
        record(by, "create", "room", room.id, after=snapshot(room))
    return room.id


def update_room(room_id: int, data: RoomInput, *, version: int, by: Actor) -> int:
    require(by, "room.edit", entity="room", record_id=room_id)
    before = snapshot(_get(room_id, by))
    clean = _check(by.site_id, data, room_id)
    with db.atomic():
        new_version = save_versioned(Room, room_id, version, clean, by=by)
        b, a = changed(before, snapshot(Room.get_by_id(room_id)))
        record(by, "update", "room", room_id, before=b, after=a)
    return new_version


def _get(room_id: int, by: Actor) -> Room:
    room = Room.get_or_none((Room.id == room_id) & (Room.site == by.site_id))
    if room is None:
        raise NotFound("room", room_id)
    return room


def _row(room: Room, approvers: dict[int, str]) -> RoomRow:
    return RoomRow(room.id, room.version, room.name, room.floor, room.capacity, tuple(codes_of(room.equipment)),
                   tuple(codes_of(room.layouts)), Decimal(room.price_per_hour), room.opens, room.closes,
                   room.approver_id, approvers.get(room.approver_id, ""), room.active, room.note)


def list_rooms(*, by: Actor, active_only: bool = True) -> list[RoomRow]:
    """The site's rooms in floor and name order (a tower has tens, not thousands)."""
    require(by, "room.view")
    query = Room.select().where(Room.site == by.site_id)
    if active_only:
        query = query.where(Room.active)
    from services.building import level_of

    # 3F before 12F: floors in the tower's order, not the alphabet's.
    rooms = sorted(query, key=lambda r: (level_of(r.floor) or 0, r.name))
    approvers = dict(User.select(User.id, User.full_name)
                     .where(User.id.in_([r.approver_id for r in rooms if r.approver_id] or [0])).tuples())
    return [_row(r, approvers) for r in rooms]


def get_room(room_id: int, *, by: Actor) -> RoomRow:
    require(by, "room.view")
    room = _get(room_id, by)
    approvers = dict(User.select(User.id, User.full_name).where(User.id == (room.approver_id or 0)).tuples())
    return _row(room, approvers)


ROOM_COLUMNS = {
    "name": ("会议室", "会议室名称", "名称", "room", "name"),
    "floor": ("楼层", "层", "floor"),
    "capacity": ("容纳人数", "人数", "座位数", "容量", "capacity"),
    "equipment": ("设备", "配套设备", "equipment"),
    "layouts": ("布置方式", "布置", "会场布置", "layouts"),
    "price": ("单价", "价格", "单价(元/小时)", "每小时价格", "price"),
    "opens": ("开放时间", "开始时间", "opens"),
    "closes": ("关闭时间", "结束时间", "closes"),
    "note": ("备注", "说明", "note"),
}
# What sheets call the equipment and layouts, besides the printed names.
_NAME_CODES = {**{v: k for k, v in EQUIPMENT_PRINT.items()}, **{v: k for k, v in LAYOUT_PRINT.items()},
               "U形": "u_shape", "投影": "projector", "话筒": "microphones", "视频": "video_conference",
               "会议桌": "boardroom", "课桌": "classroom", "剧院": "theatre"}


def _codes(text: str | None) -> list[str]:
    return [_NAME_CODES.get(part, part) for part in re.split(r"[、,，/;；\s]+", text or "") if part]


def _clock(text: str | None, default: dt.time) -> dt.time | None:
    if not text:
        return default
    try:
        return dt.time.fromisoformat(text.strip().replace("：", ":").zfill(5))
    except ValueError:
        return None


def import_rooms(path, *, by: Actor, commit: bool = True):
    """Import rooms from an .xlsx/.csv sheet (as units are): every good row in one transaction, every bad row
    reported with its reason; commit=False only checks. A sheet that cannot be read raises SheetError."""
    from services.building import ImportReport, RowRefusal
    from services.sheets import read_sheet

    require(by, "room.edit")
    sheet = read_sheet(path, ROOM_COLUMNS, required=("name", "capacity"))
    accepted: list[tuple[int, dict]] = []
    refused: list[RowRefusal] = []
    taken: set[str] = set()
    for row in sheet:
        name = (row.get("name") or "").strip()
        problems = Problems()
        opens, closes = _clock(row.get("opens"), dt.time(8)), _clock(row.get("closes"), dt.time(20))
        if opens is None:
            problems.add("opens", "room.time")
        if closes is None:
            problems.add("closes", "room.time")
        capacity = row.get("capacity") or ""
        if name in taken:
            problems.add("name", "room.name_taken")
        clean = None
        if not problems.items:
            data = RoomInput(name, row.get("floor") or "", int(capacity) if capacity.isdigit() else 0,
                             _codes(row.get("equipment")), _codes(row.get("layouts")), row.get("price") or "0",
                             opens, closes, None, True, row.get("note") or "")
            try:
                clean = _check(by.site_id, data, None)
            except ValidationError as exc:
                problems.items.extend(exc.problems)
        if problems.items:
            refused.extend(RowRefusal(row.number, p.field, p.code, p.params, name) for p in problems.items)
            continue
        taken.add(name)
        accepted.append((row.number, clean))
    if commit and accepted:
        with db.atomic():
            for _number, clean in accepted:
                room = Room.create(site=by.site_id, **clean)
                record(by, "create", "room", room.id, after=snapshot(room), note="import")
    return ImportReport([(n, c["name"]) for n, c in accepted], refused, commit and bool(accepted))


def approver_choices(*, by: Actor) -> list[tuple[int, str]]:
    """Active users who could approve a room's bookings (the desk's roles), for the room form."""
    require(by, "room.view")
    return list(User.select(User.id, User.full_name)
                .where((User.site == by.site_id) & User.active & (User.role != "engineer"))
                .order_by(User.full_name).tuples())
