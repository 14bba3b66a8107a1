"""The demo tower's keys: ~1,500 tagged keys in eight cabinets, tenants' key sets, and 60 days of counter
movements (some keys out now, some overdue, some lost). Written in bulk: the demo must stay quick."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO

from peewee import fn

from models import Contact, Counter, Floor, Key, KeyMovement, KeyRing, Tenant, TenantUnit, Unit, db, now
from services.access import Actor
from services.key_register import TAG_KIND, tag_for
from services.keys import SLIP_KIND
from services.numbering import take_serials

CABINETS = "ABCDEFGH"
HOOKS_PER_CABINET = 200
DAYS = 60
PLANT_ROOMS_BELOW = ("水泵房", "高压配电房", "低压配电房", "发电机房", "消防控制室", "冷冻机房", "锅炉房", "污水处理间",
                     "弱电机房", "监控中心")
PLANT_ROOMS_PER_FLOOR = ("强电井", "弱电井", "空调机房", "水管井", "清洁间")
AGENTS = ("深圳市安居中介有限公司", "链家地产南山分行", "中原地产科技园店", "美联物业后海店")
CONTRACTORS = ("深圳机电维保有限公司", "南山消防设备维保公司", "奥的斯电梯维保", "中建装饰工程部", "保洁外包（洁美）")
PURPOSES = {
    "vacant_unit": ("带客户看房", "带客户看房", "空置单元巡查", "量房"),
    "unit_door": ("入户维修", "空调检修", "业户委托开门", "消防检查"),
    "plant_room": ("设备例行检修", "抄表", "水泵保养", "配电巡检", "消防联动测试"),
    "master": ("夜间巡查", "消防演练", "应急开门"),
    "mailbox": ("业户委托取件",),
}


@dataclass
class _Sim:
    """One key's place in the simulated 60 days: free again at `free_at`, or out for good."""

    state: str = "in"
    free_at: dt.datetime = dt.datetime.min
    kind: str = ""


@dataclass
class _Plan:
    keys: list[dict] = field(default_factory=list)
    movements: list[dict] = field(default_factory=list)


def _signatures(rng: random.Random, count: int = 16) -> list[bytes]:
    """A few scribbles that stand in for signatures drawn at the counter (PNG, as the pad exports)."""
    from PIL import Image, ImageDraw

    out = []
    for _ in range(count):
        image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
        draw = ImageDraw.Draw(image)
        for _stroke in range(rng.randint(2, 3)):
            x, y = rng.randint(10, 120), rng.randint(30, 70)
            points = [(x, y)]
            for _ in range(rng.randint(6, 12)):
                x = min(290, x + rng.randint(8, 25))
                y = max(8, min(92, y + rng.randint(-25, 25)))
                points.append((x, y))
            draw.line(points, fill=(13, 27, 76, 255), width=3, joint="curve")
        buf = BytesIO()
        image.save(buf, "PNG", optimize=True)
        out.append(buf.getvalue())
    return out


def _register(site_id: int, rng: random.Random) -> tuple[list[dict], dict[str, int]]:
    """Key rows (without ids) for every unit, plant room and master; the rings by label."""
    units = list(Unit.select(Unit.id, Unit.code, Unit.status, Floor.level, Floor.name).join(Floor)
                 .where(Unit.site == site_id).order_by(Floor.level, Unit.code).objects())
    rows: list[dict] = []
    rings: dict[str, int] = {}

    def add(label: str, kind: str, *, unit=None, room: str = "", copies: int = 1, ring: str = "") -> None:
        rows.append({"label": label, "kind": kind, "unit": unit, "room": room, "copies": copies, "ring": ring})

    for u in units:
        door = "unit_door" if u.status == "occupied" else "vacant_unit"
        add(f"{u.code} 门钥匙（前台备用）", door, unit=u.id, copies=1)
        ring = f"{u.code} 业户套"
        add(f"{u.code} 门钥匙", door, unit=u.id, copies=2, ring=ring)
        add(f"{u.code} 门钥匙（副）", door, unit=u.id, copies=1, ring=ring)
        if u.level >= 1:
            add(f"{u.code} 信箱", "mailbox", unit=u.id, ring=ring)
    below = sorted({u.name for u in units if u.level < 0})
    for floor in below:
        for room in PLANT_ROOMS_BELOW:
            for n in (1, 2, 3, 4):
                add(f"{floor} {room}" + ("" if n == 1 else f"（{n}）"), "plant_room", room=f"{floor} {room}",
                    copies=rng.choice((1, 1, 2)))
    floors = sorted({(u.level, u.name) for u in units if u.level > 0})
    for _, name in floors:
        for room in PLANT_ROOMS_PER_FLOOR:
            add(f"{name} {room}", "plant_room", room=f"{name} {room}")
        add(f"{name} 层总钥匙", "master", room=name)
        add(f"{name} 层总钥匙（备）", "master", room=name)
    for n in range(1, 9):
        add(f"大楼总钥匙 {n} 号", "master", room="全楼", copies=1)
    labels = sorted({r["ring"] for r in rows if r["ring"]})
    KeyRing.insert_many([{"site": site_id, "label": label} for label in labels]).execute()
    rings = dict(KeyRing.select(KeyRing.label, KeyRing.id).where(KeyRing.site == site_id).tuples())
    return rows, rings


def fill_keys(site_id: int, by: Actor, seed: int = 2026, today: dt.datetime | None = None) -> tuple[int, int]:
    """Put the demo keys and their 60 days of movements in; return (keys, movements)."""
    rng = random.Random(seed)
    moment = today or now()
    signatures = _signatures(rng)
    with db.atomic():
        rows, rings = _register(site_id, rng)
        serials = take_serials(site_id, TAG_KIND, len(rows))
        stamp = moment - dt.timedelta(days=DAYS + 30)
        for i, (row, serial) in enumerate(zip(rows, serials, strict=True)):
            row.update(site=site_id, tag=tag_for(serial), ring=rings.get(row["ring"]), created_at=stamp,
                       updated_at=stamp, cabinet=CABINETS[i // HOOKS_PER_CABINET],
                       hook=f"{i % HOOKS_PER_CABINET + 1:03d}")
        for start in range(0, len(rows), 400):
            Key.insert_many(rows[start:start + 400]).execute()
        keys = list(Key.select(Key.id, Key.kind, Key.unit, Key.ring, Key.label).where(Key.site == site_id))
        movements = _history(site_id, by, keys, rng, moment, signatures)
        for start in range(0, len(movements), 300):
            KeyMovement.insert_many(movements[start:start + 300]).execute()
        _link(site_id)
    return len(rows), len(movements)


def _history(site_id: int, by: Actor, keys: list[Key], rng: random.Random, moment: dt.datetime,
             signatures: list[bytes]) -> list[dict]:
    sim = {k.id: _Sim(kind=k.kind) for k in keys}
    moves: list[dict] = []
    base = {"site": site_id, "by_user": by.user_id, "company": "", "phone": "", "purpose": "", "due_at": None,
            "condition": "", "charge": None, "lock_change": False, "note": "", "approved_by": "", "tenant": None,
            "closes": None}

    def move(key_id: int, kind: str, at: dt.datetime, clerk: str, **values) -> None:
        moves.append({**base, "key": key_id, "kind": kind, "at": at, "by_name": clerk,
                      "signature": rng.choice(signatures) if kind != "lost" else None, **values})

    clerks = ("王小丽", "赵管家", "刘主管")
    # Tenants' key sets: issued when they moved in, still held.
    holdings = (TenantUnit.select(TenantUnit.unit, TenantUnit.since, Tenant.id, Tenant.name).join(Tenant)
                .where((Tenant.site == site_id) & TenantUnit.until.is_null() & (Tenant.status == "active"))
                .objects())
    contacts = {c.tenant_id: c for c in Contact.select().where(Contact.is_primary & Contact.active)}
    by_unit_ring: dict[int, list[Key]] = {}
    for k in keys:
        if k.ring_id and k.unit_id:
            by_unit_ring.setdefault(k.unit_id, []).append(k)
    for h in holdings:
        contact = contacts.get(h.id)
        at = dt.datetime.combine(h.since or (moment - dt.timedelta(days=400)).date(), dt.time(10, 30))
        for k in by_unit_ring.get(h.unit_id, []):
            sim[k.id].state = "issued"
            move(k.id, "issue", at, rng.choice(clerks), tenant=h.id, person=contact.name if contact else "前台",
                 company=h.name, phone=contact.phone if contact else "")
    # Sixty days at the counter: loans, returns, a few keys overdue and a few lost.
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(rng.randint(0, 10**6))
    lendable = [k for k in keys if sim[k.id].state == "in" and k.kind != "mailbox"]
    start_day = (moment - dt.timedelta(days=DAYS)).date()
    for offset in range(DAYS + 1):
        day = start_day + dt.timedelta(days=offset)
        for _ in range(rng.randint(8, 16)):
            at = dt.datetime.combine(day, dt.time(rng.randint(8, 19), rng.choice((0, 10, 20, 30, 40, 50))))
            if at >= moment:
                continue
            key = rng.choice(lendable)
            state = sim[key.id]
            if state.state != "in" or state.free_at > at:
                continue
            hours = rng.choice((1, 2, 2, 3, 4, 4, 8))
            due = at + dt.timedelta(hours=hours)
            company = rng.choice(AGENTS if key.kind == "vacant_unit" else CONTRACTORS)
            if key.kind == "master":
                company = "大楼安保部"
            person = fake.name()
            phone = fake.phone_number()
            approved = "刘主管" if key.kind in ("master", "plant_room") else ""
            clerk = rng.choice(clerks)
            move(key.id, "lend", at, clerk, person=person, company=company, phone=phone,
                 purpose=rng.choice(PURPOSES[key.kind]), due_at=due, approved_by=approved)
            late = moment - due
            fate = rng.random()
            if due > moment - dt.timedelta(hours=2) and fate < 0.9:
                state.state, state.free_at = "lent", dt.datetime.max  # out now, not yet due (or only just)
            elif late < dt.timedelta(days=4) and fate < 0.08:
                state.state, state.free_at = "lent", dt.datetime.max  # overdue: not back by its due time
            elif fate > 0.993:
                lost_at = due + dt.timedelta(hours=rng.randint(1, 20))
                state.state, state.free_at = "lost", dt.datetime.max
                move(key.id, "lost", min(lost_at, moment - dt.timedelta(minutes=5)), clerk, person=person,
                     company=company, phone=phone, charge=Decimal(rng.choice((100, 150, 200))),
                     lock_change=key.kind != "mailbox", note="借用人报告遗失")
            else:
                back = at + dt.timedelta(minutes=rng.randint(30, hours * 60 + 90))
                back = min(back, moment - dt.timedelta(minutes=1))
                state.free_at = back + dt.timedelta(minutes=1)
                move(key.id, "return", back, rng.choice(clerks), person=person, company=company, phone=phone,
                     condition=rng.choice(("good",) * 20 + ("damaged",)))
    # The morning's loans, still out and not yet due, whenever the demo is made.
    for _ in range(18):
        key = rng.choice(lendable)
        if sim[key.id].state != "in":
            continue
        at = moment - dt.timedelta(minutes=rng.randint(10, 300))
        if sim[key.id].free_at > at:
            continue
        sim[key.id].state = "lent"
        move(key.id, "lend", at, rng.choice(clerks), person=fake.name(), phone=fake.phone_number(),
             company=rng.choice(AGENTS if key.kind == "vacant_unit" else CONTRACTORS),
             purpose=rng.choice(PURPOSES[key.kind]), due_at=moment + dt.timedelta(hours=rng.randint(1, 20)),
             approved_by="刘主管" if key.kind in ("master", "plant_room") else "")
    # Yesterday's loans never brought back: the overdue keys the desk chases, whatever the time the demo is made.
    for _ in range(12):
        key = rng.choice(lendable)
        at = moment - dt.timedelta(days=1, hours=rng.randint(1, 8))
        if sim[key.id].state != "in" or sim[key.id].free_at > at:
            continue
        sim[key.id].state = "lent"
        move(key.id, "lend", at, rng.choice(clerks), person=fake.name(), phone=fake.phone_number(),
             company=rng.choice(AGENTS if key.kind == "vacant_unit" else CONTRACTORS),
             purpose=rng.choice(PURPOSES[key.kind]), due_at=at + dt.timedelta(hours=rng.choice((2, 4))),
             approved_by="刘主管" if key.kind in ("master", "plant_room") else "")
    states: dict[str, list[int]] = {}
    for k in keys:
        states.setdefault(sim[k.id].state, []).append(k.id)
    for state, ids in states.items():
        if state != "in":
            for start in range(0, len(ids), 500):
                Key.update(state=state).where(Key.id.in_(ids[start:start + 500])).execute()
    # Slip numbers in time order, per year, as the counter would have handed them out.
    moves.sort(key=lambda m: (m["at"], m["key"]))
    counts: dict[int, int] = {}
    for m in moves:
        year = m["at"].year
        counts[year] = counts.get(year, 0) + 1
        m["slip_no"] = f"{SLIP_KIND}-{year}-{counts[year]:04d}"
    for year, last in counts.items():
        Counter.insert(site=site_id, kind=SLIP_KIND, year=year, last=last).on_conflict(
            conflict_target=[Counter.site, Counter.kind, Counter.year], update={Counter.last: last}).execute()
    return moves


def _link(site_id: int) -> None:
    """Point each key that is out at the movement that took it out, and each return at the loan it ends."""
    Out = KeyMovement.alias()
    latest = (Out.select(fn.MAX(Out.id)).where((Out.key == Key.id) & Out.kind.in_(("issue", "lend"))))
    Key.update(out_movement=latest).where((Key.site == site_id) & Key.state.in_(("issued", "lent"))).execute()
    opened = (Out.select(fn.MAX(Out.id)).where((Out.key == KeyMovement.key) & Out.kind.in_(("issue", "lend"))
                                                & (Out.id < KeyMovement.id)))
    KeyMovement.update(closes=opened).where((KeyMovement.site == site_id)
                                            & KeyMovement.kind.in_(("return", "transfer", "lost"))).execute()
