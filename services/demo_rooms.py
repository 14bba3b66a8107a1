"""Demo meeting rooms: 20 rooms and 60 days of bookings up to today (and two weeks ahead), with recurring
series, no-shows, service records and charges — written in bulk, as the desk's services would have left them."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from faker import Faker

from models import Booking, BookingSeries, Counter, MeetingService, Room, RoomCharge, Tenant, User, db
from services import settings
from services.access import Actor
from services.room_rules import charge, clashes, hours_of, split_quota
from services.rooms import RoomInput, create_room

HISTORY_DAYS = 60
AHEAD_DAYS = 14
PURPOSES = ("部门例会", "季度总结会", "客户洽谈", "新员工培训", "项目评审", "产品发布预演", "招聘面试", "董事会",
            "供应商会议", "技术分享", "年度预算会", "合规培训", "周会", "视频会议")
SERVED = ("茶水", "茶水、果盘", "茶水、台花", "茶水、果盘、桌牌", "矿泉水")
DAMAGE = ("", "", "", "", "", "", "", "", "白板笔没水 2 支", "一把椅子扶手松动", "投影遥控器电池没电")


@dataclass(frozen=True)
class RoomsDemo:
    rooms: int
    bookings: int
    series: int
    no_shows: int
    charges: int


def _rooms(by: Actor, approver_id: int) -> list[Room]:
    specs = []
    for level in (3, 5, 8, 12, 15, 18, 21, 25):
        specs.append((f"{level}F 小会议室", f"{level}F", 8, ["tv", "whiteboard"], ["boardroom"], "60"))
        if level in (3, 12, 18, 25):
            specs.append((f"{level}F 中会议室", f"{level}F", 16, ["projector", "screen", "whiteboard"],
                          ["boardroom", "u_shape"], "150"))
    specs += [
        ("3F 多功能厅", "3F", 120, ["projector", "screen", "microphones"], ["theatre", "classroom"], "800"),
        ("3F 培训室", "3F", 40, ["projector", "screen", "microphones"], ["classroom", "theatre"], "300"),
        ("28F 董事会议室", "28F", 24, ["video_conference", "projector", "screen", "microphones"], ["boardroom"],
         "500"),
        ("28F 贵宾接待室", "28F", 10, ["tv"], ["boardroom"], "200"),
        ("5F 视频会议室", "5F", 12, ["video_conference", "tv"], ["boardroom"], "180"),
        ("15F 洽谈室", "15F", 6, ["tv"], ["boardroom"], "50"),
        ("21F 路演厅", "21F", 60, ["projector", "screen", "microphones"], ["theatre"], "600"),
        ("8F 共享会议室", "8F", 20, ["projector", "screen"], ["u_shape", "classroom"], "120"),
    ]
    ids = []
    for name, floor, cap, equipment, layouts, price in specs[:20]:
        big = cap >= 24 or "董事" in name
        ids.append(create_room(RoomInput(name, floor, cap, equipment, layouts, price, dt.time(8), dt.time(21),
                                         approver_id if big else None), by=by))
    return list(Room.select().where(Room.id.in_(ids)).order_by(Room.id))


def fill_rooms(by: Actor, seed: int, today: dt.date | None = None) -> RoomsDemo:
    """Rooms and their bookings for the demo tower (about a second on SQLite)."""
    rng = random.Random(seed + 7)
    fake = Faker("zh_CN")
    fake.seed_instance(seed + 7)
    today = today or dt.date.today()
    site_id = by.site_id
    manager = User.get((User.site == site_id) & (User.role == "manager"))
    rooms = _rooms(by, manager.id)
    tenants = [t.id for t in Tenant.select(Tenant.id).where(Tenant.site == site_id).order_by(Tenant.id)]
    regulars = rng.sample(tenants, min(45, len(tenants)))
    organisers = {t: fake.name() for t in regulars}
    phones = {t: fake.phone_number() for t in regulars}
    buffer = dt.timedelta(minutes=int(settings.get(site_id, "rooms.buffer_minutes")))
    first = today - dt.timedelta(days=HISTORY_DAYS)
    days = [first + dt.timedelta(days=i) for i in range(HISTORY_DAYS + AHEAD_DAYS + 1)]
    taken: dict[tuple[int, dt.date], list[tuple[dt.datetime, dt.datetime]]] = {}
    plans: list[dict] = []

    def place(room: Room, day: dt.date, start: dt.time, minutes: int, tenant: int | None, **extra) -> bool:
        starts = dt.datetime.combine(day, start)
        ends = starts + dt.timedelta(minutes=minutes)
        if ends.time() > room.closes or ends.date() != day:
            return False
        slot = taken.setdefault((room.id, day), [])
        if any(clashes(starts, ends, s, e, buffer) for s, e in slot):
            return False
        slot.append((starts, ends))
        plans.append({"room": room, "day": day, "starts": starts, "ends": ends, "tenant": tenant, **extra})
        return True

    # Recurring series first: weekly meetings of regular tenants, running from the past into the coming weeks.
    series_rows = []
    for i in range(10):
        room = rng.choice([r for r in rooms if r.capacity <= 24])
        tenant = regulars[i]
        start_day = first + dt.timedelta(days=rng.randrange(0, 14))
        weeks = rng.randrange(6, 11)
        start = dt.time(rng.choice((9, 10, 14, 16)), rng.choice((0, 30)))
        minutes = rng.choice((60, 90, 120))
        purpose = rng.choice(("部门例会", "周会", "项目例会", "技术分享"))
        series = {"site": site_id, "room": room.id, "rule": "weekly", "weekdays": "", "first_day": start_day,
                  "weeks": weeks, "skipped": 0}
        series_rows.append(series)
        for week in range(weeks):
            day = start_day + dt.timedelta(weeks=week)
            if day > days[-1]:
                break
            if not place(room, day, start, minutes, tenant, series=i, purpose=purpose):
                series["skipped"] += 1
    # One-off bookings: busier midweek, quieter at weekends.
    for day in days:
        per_room = (0, 1) if day.weekday() >= 5 else (1, 2, 2, 3, 3, 4)
        for room in rooms:
            for _ in range(rng.choice(per_room)):
                tenant = rng.choice(regulars + [None])
                place(room, day, dt.time(rng.randrange(8, 19), rng.choice((0, 15, 30, 45))),
                      rng.choice((30, 60, 60, 90, 120, 180)), tenant, series=None, purpose=rng.choice(PURPOSES))

    now = dt.datetime.combine(today, dt.datetime.now().time()).replace(second=0, microsecond=0)
    no_show_after = dt.timedelta(minutes=int(settings.get(site_id, "rooms.no_show_minutes")))
    with db.atomic():
        series_ids = []
        for row in series_rows:
            series_ids.append(BookingSeries.create(**row).id)
        plans.sort(key=lambda p: p["starts"])
        counters: dict[int, int] = {}
        rows = []
        for p in plans:
            year = p["day"].year
            counters[year] = counters.get(year, 0) + 1
            room = p["room"]
            tenant = p["tenant"]
            roll = rng.random()
            if p["ends"] <= now:
                state = "cancelled" if roll < 0.06 else "no_show" if roll < 0.13 else "completed"
            elif p["starts"] <= now:
                state = "no_show" if roll < 0.1 else "in_use"
            else:
                state = "cancelled" if roll < 0.04 else ("tentative" if room.approver_id and roll < 0.4
                                                         else "confirmed")
            if state == "no_show" and p["starts"] + no_show_after > now:
                state = "confirmed"
            checked = p["starts"] - dt.timedelta(minutes=rng.randrange(0, 15)) if state in (
                "in_use", "completed") else None
            rows.append({
                "site": site_id, "number": f"HY-{year}-{counters[year]:04d}", "room": room.id,
                "series": series_ids[p["series"]] if p["series"] is not None else None, "day": p["day"],
                "starts": p["starts"], "ends": p["ends"], "tenant": tenant,
                "organiser": organisers[tenant] if tenant else rng.choice(("王小丽", "赵管家", "刘主管")),
                "phone": phones[tenant] if tenant else "0755-86001234",
                "attendees": max(2, min(room.capacity, rng.randrange(2, room.capacity + 1))),
                "purpose": p["purpose"], "layout": room.layouts.split(",")[0],
                "services": rng.choice(("tea_water", "tea_water,fruit", "tea_water,name_plates", "",
                                        "tea_water,flowers,name_plates,projector_setup")),
                "state": state, "state_reason": {"cancelled": "预订人取消", "no_show": "未签到自动释放"}.get(state, ""),
                "approved_by": manager.id if room.approver_id and state != "tentative" else None,
                "checked_in_at": checked, "booked_by": by.user_id,
                "created_at": p["starts"] - dt.timedelta(days=rng.randrange(1, 10)),
                "updated_at": p["starts"] - dt.timedelta(days=1),
            })
        for chunk in range(0, len(rows), 500):
            Booking.insert_many(rows[chunk:chunk + 500]).execute()
        for year, last in counters.items():
            Counter.insert(site=site_id, kind="HY", year=year, last=last).execute()
        charges, _services = _charges_and_services(site_id, rng, by)
    return RoomsDemo(len(rooms), len(rows), len(series_rows),
                     sum(1 for r in rows if r["state"] == "no_show"), charges)


def _charges_and_services(site_id: int, rng: random.Random, by: Actor) -> tuple[int, int]:
    """The service record of every completed meeting and the charge beyond each tenant's monthly quota."""
    quota = Decimal(int(settings.get(site_id, "rooms.free_hours_per_month")))
    used: dict[tuple[int, str], Decimal] = {}
    charge_rows, service_rows = [], []
    query = (Booking.select(Booking.id, Booking.tenant, Booking.day, Booking.starts, Booking.ends, Room.price_per_hour,
                            Room.equipment)
             .join(Room).where((Booking.site == site_id) & (Booking.state == "completed")).order_by(Booking.starts))
    for b in query:
        service_rows.append({"booking": b.id, "served": rng.choice(SERVED),
                             "equipment_used": "、".join(e for e in ("投影仪", "麦克风") if rng.random() < 0.5),
                             "damage": rng.choice(DAMAGE), "note": "", "recorded_by": by.user_id,
                             "recorded_at": b.ends + dt.timedelta(minutes=10)})
        if b.tenant_id is None:
            continue
        month = f"{b.day:%Y-%m}"
        hours = hours_of(b.starts, b.ends)
        free, charged = split_quota(used.get((b.tenant_id, month), Decimal(0)), hours, quota)
        used[(b.tenant_id, month)] = used.get((b.tenant_id, month), Decimal(0)) + hours
        rate = Decimal(b.room.price_per_hour)
        charge_rows.append({"site": site_id, "booking": b.id, "tenant": b.tenant_id, "month": month, "hours": hours,
                            "free_hours": free, "charged_hours": charged, "rate": rate,
                            "amount": charge(charged, rate), "created_at": b.ends + dt.timedelta(minutes=10)})
    for rows, model in ((service_rows, MeetingService), (charge_rows, RoomCharge)):
        for chunk in range(0, len(rows), 500):
            model.insert_many(rows[chunk:chunk + 500]).execute()
    return len(charge_rows), len(service_rows)
