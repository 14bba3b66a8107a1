"""Five years of a busy tower's past, written in bulk before the demo's last 60 days.

The demo (made first, through the services) gives the tower, its staff, ~150 tenants and every area's
last two months. This module writes the years before that straight into the tables, the same columns
the models define, in big batches: executemany on SQLite, execute_values on PostgreSQL. The services'
rules are not what is measured here; what the desk does to a database of this size is.

Numbers of the generated past carry a `B` (KF-B-000001, ...) so they never meet the counters the
services hand out from.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

SEED = 5


@dataclass(frozen=True)
class Scale:
    name: str
    visits: int
    requests: int
    bookings: int
    keys: int
    key_movements: int
    fitouts: int
    tenants: int
    years: int = 5


FULL = Scale("full", visits=5_000_000, requests=50_000, bookings=60_000, keys=2_000, key_movements=200_000,
             fitouts=1_500, tenants=400)
QUICK = Scale("quick", visits=200_000, requests=5_000, bookings=6_000, keys=2_000, key_movements=20_000,
              fitouts=150, tenants=400)


def log(text: str) -> None:
    print(f"# {text}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- writing


def _sqlite() -> bool:
    from models import db
    from models.database import is_postgres

    return db.obj is not None and not is_postgres()


def insert_rows(table: str, columns: tuple[str, ...], rows: Iterable[tuple], *, batch: int = 20_000) -> int:
    """Write `rows` (tuples in `columns` order) into `table` in batches, each batch one transaction."""
    from models import db

    names = ", ".join(f'"{c}"' for c in columns)
    if _sqlite():
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    else:
        from psycopg2.extras import execute_values

        sql = f'INSERT INTO "{table}" ({names}) VALUES %s'
    total = 0
    iterator = iter(rows)
    while True:
        chunk = [row for _, row in zip(range(batch), iterator)]
        if not chunk:
            return total
        with db.atomic():
            cursor = db.cursor()
            if _sqlite():
                cursor.executemany(sql, chunk)
            else:
                execute_values(cursor, sql, chunk, page_size=5000)
        total += len(chunk)


def insert(model, rows: Iterable[dict], *, batch: int = 20_000) -> int:
    """Write `rows` (field name → value) as `model`'s rows: every column the model has, defaults where left out."""
    fields = [f for f in model._meta.sorted_fields if not f.primary_key]

    def value(f, row: dict):
        if f.name in row:
            v = row[f.name]
        elif f.default is not None:
            v = f.default() if callable(f.default) else f.default
        elif f.null:
            v = None
        else:
            raise KeyError(f"{model.__name__}.{f.name} must be given")
        if isinstance(v, (dt.date, dt.datetime)):
            return _text(v)
        if isinstance(v, Decimal):
            return str(v)
        return v

    def tuples() -> Iterator[tuple]:
        for row in rows:
            unknown = set(row) - {f.name for f in fields}
            if unknown:
                raise KeyError(f"{model.__name__} has no {unknown}")
            yield tuple(value(f, row) for f in fields)

    return insert_rows(model._meta.table_name, tuple(f.column_name for f in fields), tuples(), batch=batch)


def _indexes(table: str) -> list[tuple[str, str]]:
    """The secondary indexes of `table` as (name, CREATE statement)."""
    from models import db

    if _sqlite():
        return db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                              "AND sql IS NOT NULL", (table,)).fetchall()
    return db.execute_sql("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s "
                          "AND indexname NOT LIKE '%%_pkey'", (table,)).fetchall()


class without_indexes:  # noqa: N801 - used as a context manager
    """Drop a big table's secondary indexes while it is filled, and build them once at the end."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.saved: list[tuple[str, str]] = []

    def __enter__(self) -> None:
        from models import db

        self.saved = _indexes(self.table)
        for name, _ in self.saved:
            db.execute_sql(f'DROP INDEX "{name}"')

    def __exit__(self, *exc) -> None:
        from models import db

        for _, create in self.saved:
            db.execute_sql(create)


# ---------------------------------------------------------------------------------------------- the past


@dataclass
class Tower:
    """What the demo made, that the past is written around."""

    site_id: int
    first_day: dt.date  # the demo's first day: the past ends the day before
    start: dt.date  # the first day of the five years
    staff: list[int]
    clerk: int
    tenants: list[int]
    units: list[int]
    rooms: list[int]

    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=n) for n in range((self.first_day - self.start).days)]

    def moment(self, rng: random.Random) -> dt.datetime:
        """A working-hours moment somewhere in the past."""
        day = self.start + dt.timedelta(days=rng.randrange((self.first_day - self.start).days))
        return dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=rng.randrange(11 * 60))


def tower(years: int) -> Tower:
    from models import Booking, Room, Tenant, Unit, User, Visit

    site_id = Tenant.select(Tenant.site).first().site_id
    first = Visit.select(Visit.day).order_by(Visit.day).first().day
    first = min(first, Booking.select(Booking.day).order_by(Booking.day).first().day)
    return Tower(site_id, first, first - dt.timedelta(days=365 * years - 60),
                 [u.id for u in User.select(User.id)], User.get(User.username == "clerk").id,
                 [t.id for t in Tenant.select(Tenant.id)], [u.id for u in Unit.select(Unit.id)],
                 [r.id for r in Room.select(Room.id)])


def _text(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat(" ") if isinstance(value, dt.datetime) else value.isoformat()


def past_tenants(t: Tower, scale: Scale, rng: random.Random) -> int:
    """Tenants who came and went in the five years (moved out), until the tower has had `scale.tenants`."""
    from faker import Faker

    from models import Tenant, TenantUnit
    from services.pinyin_search import initials

    missing = scale.tenants - len(t.tenants)
    if missing <= 0:
        return 0
    fake = Faker("zh_CN")
    fake.seed_instance(SEED)
    top = Tenant.select(Tenant.id).order_by(Tenant.id.desc()).first().id
    rows, holdings = [], []
    for n in range(missing):
        name = f"{fake.company()}（{n:03d}）"
        since = t.start + dt.timedelta(days=rng.randrange(0, 365 * 3))
        until = min(since + dt.timedelta(days=365 * rng.choice((1, 2, 3))), t.first_day - dt.timedelta(days=1))
        stamp = dt.datetime.combine(since, dt.time(9))
        rows.append({"site": t.site_id, "created_at": stamp, "updated_at": stamp, "name": name,
                     "name_initials": initials(name)[:60], "lease_start": since, "lease_end": until,
                     "status": "moved_out", "status_reason": f"退租 {until}"})
        holdings.append({"tenant": top + n + 1, "unit": rng.choice(t.units), "since": since, "until": until})
    insert(Tenant, rows)
    insert(TenantUnit, holdings)
    t.tenants = [x.id for x in Tenant.select(Tenant.id)]
    return missing


def visits(t: Tower, scale: Scale, rng: random.Random) -> int:
    """The visits of every day of the five years before the demo's; numbered per day as the desk numbers them."""
    from models import db
    from services import visitor_bulk

    days = t.days()
    weekdays = sum(1 for d in days if d.weekday() < 5)
    per_day = max(1, int(scale.visits / (weekdays + (len(days) - weekdays) / 5)))
    pool = visitor_bulk.people(20_000, SEED)
    rows = visitor_bulk.visit_rows(rng, site_id=t.site_id, days=days, per_day=per_day, pool=pool,
                                   hosts=visitor_bulk.hosts(t.site_id), clerk_id=t.clerk,
                                   until=dt.datetime.combine(t.first_day, dt.time()))
    with without_indexes("visit"):
        written = insert_rows("visit", visitor_bulk.COLUMNS, _progress(rows, "visits", 500_000), batch=100_000)
    # The desk's pass counters for those days (FK-YYYYMMDD-NNNN is counted per day).
    day_number = ("CAST(strftime('%Y%m%d', \"day\") AS INTEGER)" if _sqlite()
                  else "CAST(to_char(\"day\", 'YYYYMMDD') AS INTEGER)")
    db.execute_sql(f'INSERT INTO "counter" ("site_id", "kind", "year", "last") SELECT "site_id", \'FK\', {day_number}, '
                   f'COUNT(*) FROM "visit" WHERE "day" < {db.obj.param} GROUP BY "site_id", "day"', (t.first_day,))
    return written


def _progress(rows: Iterable[tuple], what: str, every: int) -> Iterator[tuple]:
    started = time.perf_counter()
    for n, row in enumerate(rows, 1):
        if n % every == 0:
            log(f"{n:,} {what} ({time.perf_counter() - started:.0f} s)")
        yield row


REQUEST_TEXTS = {
    "repair": ("空调不制冷", "卫生间漏水", "灯管不亮", "门禁卡失灵", "插座没电", "天花板渗水", "窗户关不上"),
    "complaint": ("电梯等候时间太长", "楼道有异味", "隔壁装修噪音", "停车场收费有误", "保洁不及时"),
    "enquiry": ("询问停车月卡办理", "询问空调加班费用", "询问快递收发时间", "询问会议室预订"),
    "suggestion": ("建议增加自行车位", "建议大堂增设休息区", "建议延长空调时间"),
    "help": ("帮忙搬运货物", "协助开具证明", "协助联系维修"),
}


def requests(t: Tower, scale: Scale, rng: random.Random) -> int:
    """Requests of the five years: closed, with their owners, tenants and units; numbered KF-B-NNNNNN."""
    from models import Request

    def rows() -> Iterator[dict]:
        for n in range(scale.requests):
            received = t.moment(rng)
            category = rng.choice(("repair",) * 5 + ("complaint", "enquiry", "enquiry", "suggestion", "help"))
            resolved = received + dt.timedelta(hours=rng.randrange(1, 72))
            repair = category == "repair"
            row = {"site": t.site_id, "version": 3, "created_at": received, "updated_at": resolved,
                   "number": f"KF-B-{n + 1:06d}", "channel": rng.choice(("phone", "visit", "online")),
                   "category": category, "tenant": rng.choice(t.tenants), "unit": rng.choice(t.units),
                   "caller_name": "业户联系人", "caller_phone": f"138{rng.randrange(10**8):08d}",
                   "text": rng.choice(REQUEST_TEXTS[category]), "received_at": received, "clock_from": received,
                   "owner": rng.choice(t.staff), "state": "closed", "resolved_at": resolved,
                   "resolution": "已答复业户", "closed_at": resolved + dt.timedelta(days=1)}
            if category == "complaint":
                row["level"] = rng.choice(("minor", "important", "major"))
            if repair:
                row.update(repair_kind=rng.choice(("other", "leak", "safety", "other")),
                           work_order_no=f"GD-B-{n + 1:06d}", technician="张师傅",
                           dispatched_at=received + dt.timedelta(minutes=30), work_done="已处理")
            yield row

    return insert(Request, rows())


def bookings(t: Tower, scale: Scale, rng: random.Random) -> int:
    """Meeting-room bookings of the five years, never two in one room at once; most held, some cancelled."""
    from models import Booking

    days = [d for d in t.days() if d.weekday() < 5]
    per_day = scale.bookings / len(days)

    def rows() -> Iterator[dict]:
        n = 0
        carry = 0.0
        for day in days:
            carry += per_day
            count, carry = int(carry), carry - int(carry)
            taken: dict[int, list[tuple[int, int]]] = {}
            while sum(len(v) for v in taken.values()) < count:
                room = rng.choice(t.rooms)
                start = rng.randrange(8 * 4, 18 * 4) * 15
                length = rng.choice((30, 60, 60, 90, 120))
                if any(s < start + length and start < e for s, e in taken.get(room, [])):
                    continue  # the clash check said no: the tenant picked another time
                taken.setdefault(room, []).append((start, start + length))
                n += 1
                starts = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=start)
                ends = starts + dt.timedelta(minutes=length)
                state = rng.choice(("completed",) * 8 + ("cancelled", "no_show"))
                yield {"site": t.site_id, "version": 2, "created_at": starts - dt.timedelta(days=rng.randrange(1, 14)),
                       "updated_at": ends, "number": f"HY-B-{n:06d}", "room": room, "day": day, "starts": starts,
                       "ends": ends, "tenant": rng.choice(t.tenants), "organiser": "会议联系人",
                       "phone": "13800000000", "attendees": rng.randrange(2, 20), "purpose": "部门例会",
                       "state": state, "state_reason": "业户取消" if state == "cancelled" else "",
                       "checked_in_at": starts if state == "completed" else None, "booked_by": t.clerk}

    return insert(Booking, rows())


def keys(t: Tower, scale: Scale, rng: random.Random) -> tuple[int, int]:
    """Keys up to `scale.keys`, and lend/return pairs over the five years up to `scale.key_movements`."""
    from models import Key, KeyMovement
    from services.key_register import TAG_KIND, tag_for
    from services.numbering import take_serials

    have = Key.select().count()
    made = 0
    if have < scale.keys:
        serials = take_serials(t.site_id, TAG_KIND, scale.keys - have)
        stamp = dt.datetime.combine(t.start, dt.time(9))
        made = insert(Key, ({"site": t.site_id, "created_at": stamp, "updated_at": stamp, "tag": tag_for(s),
                             "label": f"备用钥匙 {s}", "kind": "unit_door", "unit": rng.choice(t.units),
                             "cabinet": "J", "hook": str(s % 200 + 1)} for s in serials))
    key_ids = [k.id for k in Key.select(Key.id)]
    pairs = max(0, scale.key_movements - KeyMovement.select().count()) // 2
    top = KeyMovement.select(KeyMovement.id).order_by(KeyMovement.id.desc()).first()
    next_id = (top.id if top else 0) + 1

    def rows() -> Iterator[dict]:
        nonlocal next_id
        for n in range(pairs):
            lent = t.moment(rng)
            key = rng.choice(key_ids)
            slip = f"YS-B-{n + 1:06d}"
            yield {"site": t.site_id, "key": key, "slip_no": slip, "kind": "lend", "at": lent,
                   "tenant": rng.choice(t.tenants), "person": "借用人", "phone": "13900000000", "purpose": "入户维修",
                   "due_at": lent + dt.timedelta(hours=8), "by_user": t.clerk, "by_name": "前台"}
            yield {"site": t.site_id, "key": key, "slip_no": slip, "kind": "return",
                   "at": lent + dt.timedelta(hours=rng.randrange(1, 8)), "closes": next_id, "person": "借用人",
                   "condition": "完好", "by_user": t.clerk, "by_name": "前台"}
            next_id += 2

    with without_indexes(KeyMovement._meta.table_name):
        moved = insert(KeyMovement, rows())
    return made, moved


# The usual course of a fit-out, by the actions of services.fitout.TRANSITIONS (the states come from there).
FITOUT_PATH = ("submit", "start_review", "pass_desk", "pass_drawings", "approve", "confirm_fees", "issue_permit",
               "start_work", "request_completion", "accept", "approve_refund", "close")


def _fitout_steps() -> list[tuple[str, str, str]]:
    from services.fitout import TRANSITIONS

    state, steps = "draft", []
    for action in FITOUT_PATH:
        after = TRANSITIONS[(state, action)].to
        steps.append((action, state, after))
        state = after
    return steps


def fitouts(t: Tower, scale: Scale, rng: random.Random) -> int:
    """Closed fit-outs of the five years, each with its steps, weekly patrols and its workers' passes."""
    from models.fitout import Fitout, FitoutPatrol, FitoutStep, WorkerPass

    count = max(0, scale.fitouts - Fitout.select().count())
    top = Fitout.select(Fitout.id).order_by(Fitout.id.desc()).first()
    first_id = (top.id if top else 0) + 1
    fit_rows, steps, patrols, passes = [], [], [], []
    path = _fitout_steps()
    for n in range(count):
        fid = first_id + n
        start = t.moment(rng).date()
        end = start + dt.timedelta(days=rng.randrange(20, 90))
        stamp = dt.datetime.combine(start - dt.timedelta(days=14), dt.time(10))
        fit_rows.append({"site": t.site_id, "created_at": stamp, "updated_at": stamp, "number": f"ZX-B-{n + 1:05d}",
                         "unit": rng.choice(t.units), "tenant": rng.choice(t.tenants), "applicant_name": "申请人",
                         "applicant_phone": "13700000000", "contractor_name": "装饰工程有限公司",
                         "site_manager": "现场负责人", "contractor_phone": "13600000000", "scope": "办公室装修",
                         "area": Decimal(rng.randrange(80, 600)), "planned_start": start, "planned_end": end,
                         "drawings": "平面图", "hot_work": rng.random() < .3, "fire_hvac": rng.random() < .4,
                         "insurer": "平安保险", "insurance_expiry": end + dt.timedelta(days=180), "state": "closed",
                         "permit_no": f"XK-B-{n + 1:05d}", "permit_start": start, "permit_end": end})
        at = stamp
        for i, (action, before, after) in enumerate(path):
            at += dt.timedelta(days=1 if i < 7 else 10)
            steps.append({"fitout": fid, "action": action, "from_state": before, "to_state": after,
                          "username": "clerk", "full_name": "前台", "role": "clerk", "at": at})
        for day in range(0, (end - start).days, 7):
            patrols.append({"fitout": fid, "day": start + dt.timedelta(days=day), "username": "clerk",
                            "full_name": "前台", "findings": "现场整洁，按规定施工"})
        for w in range(rng.randrange(2, 8)):
            passes.append({"site": t.site_id, "fitout": fid, "number": f"SG-B-{n + 1:05d}{w}", "name": "施工人员",
                           "id_masked": "4403**********1234", "company": "装饰工程有限公司", "valid_until": end,
                           "returned_on": end, "created_at": stamp})
    insert(Fitout, fit_rows)
    insert(FitoutStep, steps)
    insert(FitoutPatrol, patrols)
    insert(WorkerPass, passes)
    return count


def contractor_inspections(t: Tower, scale: Scale, rng: random.Random) -> int:
    """Each contractor inspected every day of the years before the demo's first round, against its service's
    first template revision, with every item's result; and each past month's evaluation, signed."""
    from peewee import fn

    from models.contractors import (
        Contractor,
        ContractorInspection,
        Evaluation,
        InspectionResult,
        InspectionTemplate,
        TemplateItem,
    )

    first = ContractorInspection.select(fn.MIN(ContractorInspection.day)).scalar() or t.first_day
    top = ContractorInspection.select(fn.MAX(ContractorInspection.id)).scalar() or 0
    rows, results, evaluations = [], [], []
    for contractor in Contractor.select().where(Contractor.site == t.site_id).order_by(Contractor.id):
        template = (InspectionTemplate.select().where((InspectionTemplate.site == t.site_id)
                                                      & (InspectionTemplate.service == contractor.service))
                    .order_by(InspectionTemplate.revision).first())
        items = list(TemplateItem.select().where(TemplateItem.template == template).order_by(TemplateItem.seq))
        if not items:
            continue
        full = sum(i.points for i in items)
        month_scores: dict[dt.date, list[Decimal]] = {}
        day = t.start
        while day < first:
            top += 1
            got = Decimal(0)
            bad = 0
            for item in items:
                miss = rng.random() < .06
                points = Decimal(0) if miss and item.pass_fail else (item.points - (1 if miss else 0))
                got += max(points, Decimal(0))
                bad += miss
                results.append({"inspection": top, "item": item.id, "points": max(points, Decimal(0)),
                                "nonconforming": miss, "serious": False, "note": "现场有污渍" if miss else ""})
            score = (got * 100 / full).quantize(Decimal("0.01"))
            stamp = dt.datetime.combine(day, dt.time(10, 30))
            rows.append({"site": t.site_id, "created_at": stamp, "updated_at": stamp,
                         "number": f"XC-B-{top:06d}", "contractor": contractor.id, "template": template.id,
                         "day": day, "username": "steward", "full_name": "楼层管家", "areas": "全楼公共区域",
                         "points_got": got, "points_max": full, "score": score, "nonconformities": bad, "serious": 0})
            month_scores.setdefault(day.replace(day=1), []).append(score)
            day += dt.timedelta(days=1)
        for month, scores in sorted(month_scores.items()):
            if Evaluation.select().where((Evaluation.contractor == contractor) & (Evaluation.month == month)).exists():
                continue
            score = (sum(scores) / len(scores)).quantize(Decimal("0.01"))
            signed = dt.datetime.combine(month + dt.timedelta(days=40), dt.time(16))
            evaluations.append({"site": t.site_id, "created_at": signed, "updated_at": signed,
                                "contractor": contractor.id, "month": month, "revision": 1,
                                "inspections": len(scores), "score": score, "grade": "full",
                                "base_fee": contractor.monthly_fee, "deduction_rate": Decimal(0),
                                "deduction": Decimal(0), "serious": 0, "penalty": Decimal(0),
                                "fee": contractor.monthly_fee, "state": "signed", "signed_by": "manager",
                                "signed_name": "经理", "signed_at": signed})
    insert(ContractorInspection, rows)
    insert(InspectionResult, results)
    insert(Evaluation, evaluations)
    return len(rows)


def bills(t: Tower, scale: Scale, rng: random.Random) -> int:
    """Each month's management-fee bill of every tenant holding a unit then, issued, paid in full by one
    receipt a few days after it was issued (the years before the demo's year of fees)."""
    from peewee import fn

    from models import Tenant, TenantUnit, Unit
    from models.fees import Allocation, Bill, BillLine, ChargeItem, Payment

    first = Bill.select(fn.MIN(Bill.month)).scalar()
    if first is None:
        return 0
    item = ChargeItem.get((ChargeItem.site == t.site_id) & (ChargeItem.code == "MGMT"))
    holdings = list(TenantUnit.select(TenantUnit.tenant, TenantUnit.since, TenantUnit.until, Unit.code, Unit.area)
                    .join(Unit).join_from(TenantUnit, Tenant).where(Tenant.site == t.site_id).tuples())
    bill_id = (Bill.select(fn.MAX(Bill.id)).scalar() or 0)
    pay_id = (Payment.select(fn.MAX(Payment.id)).scalar() or 0)
    rows, lines, payments, allocations = [], [], [], []
    month = dt.date(t.start.year, t.start.month, 1)
    while month < first:
        for tenant, since, until, code, area in holdings:
            if since is None or since > month or (until is not None and until < month):
                continue
            bill_id += 1
            pay_id += 1
            quantity = Decimal(area or 100).quantize(Decimal("0.01"))
            amount = (quantity * item.unit_price).quantize(Decimal("0.01"))
            issued = (month + dt.timedelta(days=32)).replace(day=1)
            stamp = dt.datetime.combine(issued, dt.time(9))
            rows.append({"site": t.site_id, "created_at": stamp, "updated_at": stamp, "tenant": tenant,
                         "month": month, "number": f"ZD-B-{bill_id:06d}", "status": "issued", "total": amount,
                         "issued_on": issued, "due_on": issued + dt.timedelta(days=15), "checked_by": "supervisor",
                         "issued_by": "supervisor"})
            lines.append({"bill": bill_id, "item": item.id, "unit_code": code,
                          "description": f"物业管理费 {month.year}年{month.month}月", "quantity": quantity,
                          "unit_price": item.unit_price, "amount": amount})
            paid_on = issued + dt.timedelta(days=rng.randrange(1, 15))
            payments.append({"site": t.site_id, "created_at": stamp, "updated_at": stamp, "tenant": tenant,
                             "receipt_no": f"SF-B-{pay_id:06d}", "amount": amount, "method": "transfer",
                             "paid_on": paid_on, "taken_by": "clerk"})
            allocations.append({"payment": pay_id, "bill": bill_id, "amount": amount})
        month = (month + dt.timedelta(days=32)).replace(day=1)
    insert(Bill, rows)
    insert(BillLine, lines)
    insert(Payment, payments)
    insert(Allocation, allocations)
    return len(rows)


def audit(t: Tower, rng: random.Random, count: int) -> int:
    """The audit trail grows with every action: entries in proportion to the requests, bookings and loans."""
    from models import AuditEntry

    actions = (("create", "request"), ("update", "request"), ("create", "booking"), ("lend", "key"),
               ("return", "key"), ("transition", "fitout"), ("check_in", "visit"))

    def rows() -> Iterator[dict]:
        for _ in range(count):
            action, entity = rng.choice(actions)
            yield {"site": t.site_id, "at": t.moment(rng), "user_id": t.clerk, "username": "clerk", "action": action,
                   "entity": entity, "record_id": rng.randrange(1, 50_000)}

    with without_indexes(AuditEntry._meta.table_name):
        return insert(AuditEntry, rows())


def fill(scale: Scale) -> dict[str, int]:
    """Write the five years before the demo's 60 days into the open database; returns what was written."""
    from models import db, refresh_statistics

    rng = random.Random(SEED)
    t = tower(scale.years)
    if _sqlite():
        db.execute_sql("PRAGMA synchronous = OFF")
        db.execute_sql("PRAGMA cache_size = -400000")
        db.execute_sql("PRAGMA temp_store = MEMORY")
    written: dict[str, int] = {}
    for name, step in (("tenants", past_tenants), ("requests", requests), ("bookings", bookings),
                       ("fitouts", fitouts), ("inspections", contractor_inspections),
                       ("bills", bills)):
        started = time.perf_counter()
        written[name] = step(t, scale, rng)
        log(f"{written[name]:,} past {name} in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    written["keys"], written["key_movements"] = keys(t, scale, rng)
    log(f"{written['keys']:,} keys, {written['key_movements']:,} movements in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    written["audit"] = audit(t, rng, (scale.requests + scale.bookings + scale.key_movements) * 2)
    log(f"{written['audit']:,} audit entries in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    written["visits"] = visits(t, scale, rng)
    log(f"{written['visits']:,} visits in {time.perf_counter() - started:.1f} s")
    refresh_statistics()  # as the desk's daily check leaves a site's database
    return written
