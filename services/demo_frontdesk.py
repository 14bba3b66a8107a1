"""The demo tower's lobby (issue 14, part one): 60 days of mail and parcels, counter loans and lobby checks.

Mail and loans are written in bulk (a few thousand rows); the lobby checks go through the service, so the rare
failed item raises its work order the way the desk's would."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from faker import Faker

from models import Counter, Floor, LendItem, Loan, MailItem, Tenant, TenantUnit, Unit, db, now
from services import lobbycheck
from services.access import Actor
from services.key_demo import _signatures
from services.lending import NUMBER_KIND as LOAN_KIND
from services.lending import ItemInput, save_item
from services.lobbycheck import CheckInput, ResultInput
from services.mail import NUMBER_KIND as MAIL_KIND

DAYS = 60
COURIERS = (("顺丰", "SF", 12, 30), ("京东", "JD", 13, 22), ("中通", "7", 13, 14), ("圆通", "YT", 13, 10),
            ("韵达", "43", 12, 8), ("EMS", "E", 11, 6), ("申通", "77", 12, 5), ("极兔", "JT", 13, 5))
SENDERS = ("京东自营", "天猫超市", "拼多多商家", "中国银行信用卡中心", "深圳市税务局", "招商证券", "华为终端",
           "某某会务公司", "客户寄样", "律师函", "顺丰同城", "办公用品供应商")
SHELVES = ("A", "B", "C", "D", "大件区")
ITEMS = (("长柄雨伞", "umbrella", "", 20, None), ("折叠雨伞", "umbrella", "", 10, None),
         ("行李车 T-01", "trolley", "T-01", 1, Decimal(200)), ("行李车 T-02", "trolley", "T-02", 1, Decimal(200)),
         ("平板推车 P-01", "trolley", "P-01", 1, Decimal(300)), ("充电宝", "charger", "", 6, Decimal(50)),
         ("手机充电线", "charger", "", 8, None), ("螺丝刀套装", "tool", "", 3, None), ("卷尺", "tool", "", 4, None),
         ("老花镜", "other", "", 5, None))
FAILURES = ("灯管闪烁，已报修", "导向牌松动", "公告栏有过期通知", "地面有水渍，已通知保洁", "2 号灭火器压力不足",
            "访客机打印卡纸", "空调出风口滴水", "安全出口指示灯不亮")


@dataclass(frozen=True)
class FrontdeskDemo:
    mail_items: int
    loans: int
    lobby_checks: int


def _recipients(site_id: int) -> list[tuple[int, str, str]]:
    """(tenant id, unit code, floor name) of every tenant's unit."""
    return list(TenantUnit.select(TenantUnit.tenant, Unit.code, Floor.name).join(Unit).join(Floor)
                .switch(TenantUnit).join(Tenant)
                .where((Tenant.site == site_id) & (Tenant.status == "active") & TenantUnit.until.is_null())
                .order_by(Unit.code).tuples())


def _counters(site_id: int, kind: str, per_year: dict[int, int]) -> None:
    for year, last in per_year.items():
        Counter.insert(site=site_id, kind=kind, year=year, last=last).execute()


def _mail(rng: random.Random, fake: Faker, site_id: int, clerks: list[str], moment: dt.datetime,
          signatures: list[bytes], steward: str) -> int:
    places = _recipients(site_id)
    rows: list[dict] = []
    per_year: dict[int, int] = {}
    seen: set[str] = set()
    couriers, weights = zip(*((c, w) for c, _p, _n, w in COURIERS), strict=True)
    shapes = {c: (p, n) for c, p, n, _w in COURIERS}
    for back in range(DAYS - 1, -1, -1):
        day = moment.date() - dt.timedelta(days=back)
        weekend = day.weekday() >= 5
        for _ in range(rng.randint(8, 14) if weekend else rng.randint(32, 48)):
            at = dt.datetime.combine(day, dt.time(rng.randint(8, 18), rng.randint(0, 59)))
            if at > moment:
                continue
            tenant_id, unit, floor = rng.choice(places)
            kind = rng.choices(("parcel", "letter", "newspaper", "document"), (80, 12, 3, 5))[0]
            courier, tracking = "", ""
            if kind in ("parcel", "document"):
                courier = rng.choices(couriers, weights)[0]
                prefix, digits = shapes[courier]
                while not tracking or tracking in seen:
                    tracking = prefix + "".join(rng.choice("0123456789") for _ in range(digits))
                seen.add(tracking)
            per_year[at.year] = per_year.get(at.year, 0) + 1
            age = (moment - at).total_seconds() / 86400
            # Most are collected within a day or two; a few wait long, a few go back to the sender.
            roll = rng.random()
            state = "collected"
            if age < rng.choice((0.3, 1.0, 2.0)) or (roll < 0.015 and age < 12):
                state = "waiting"
            elif roll < 0.025:
                state = "returned"
            closed = None if state == "waiting" else min(moment, at + dt.timedelta(
                hours=rng.choice((1, 2, 3, 5, 20, 26, 50)) if state == "collected" else 24 * rng.randint(5, 9)))
            row = {"site": site_id, "number": f"{MAIL_KIND}-{at.year}-{per_year[at.year]:05d}", "kind": kind,
                   "tenant": tenant_id, "unit_code": unit, "floor_label": floor, "recipient": fake.name(),
                   "sender": rng.choice(SENDERS), "courier": courier, "tracking": tracking,
                   "count": rng.choices((1, 2, 3), (88, 9, 3))[0], "shelf": rng.choice(SHELVES) if kind == "parcel"
                   else "文件柜", "received_at": at, "received_by": rng.choice(clerks), "state": state,
                   "closed_at": closed, "closed_by": rng.choice(clerks) if closed else "", "collector": "",
                   "collector_phone_tail": "", "delivered_by": "", "signature": None, "note": "", "created_at": at,
                   "updated_at": at}
            if state == "collected" and rng.random() < 0.3:  # carried up on the steward's round
                row.update(collector=fake.name(), delivered_by=steward)
            elif state == "collected":
                row.update(collector=fake.name(), collector_phone_tail=f"{rng.randint(0, 9999):04d}",
                           signature=rng.choice(signatures))
            elif state == "returned":
                row["note"] = rng.choice(("退回原因：拒收", "退回原因：查无此人", "退回原因：超期未取"))
            rows.append(row)
    for start in range(0, len(rows), 300):
        MailItem.insert_many(rows[start:start + 300]).execute()
    _counters(site_id, MAIL_KIND, per_year)
    return len(rows)


def _loans(rng: random.Random, fake: Faker, site_id: int, by: Actor, clerks: list[str], moment: dt.datetime,
           signatures: list[bytes]) -> int:
    items = {name: save_item(ItemInput(name, category, tag, quantity, "" if deposit is None else deposit), by=by)
             for name, category, tag, quantity, deposit in ITEMS}
    sizes = {name: quantity for name, _c, _t, quantity, _d in ITEMS}
    deposits = {name: deposit for name, _c, _t, _q, deposit in ITEMS}
    places = _recipients(site_id)
    out: list[tuple[dt.datetime, str, int]] = []  # (back at, item, quantity) of loans not yet back
    rows: list[dict] = []
    per_year: dict[int, int] = {}
    never_back = ["out", "out", "written_off"]
    rainy = {moment.date() - dt.timedelta(days=d) for d in rng.sample(range(DAYS), 14)}
    for back in range(DAYS - 1, -1, -1):
        day = moment.date() - dt.timedelta(days=back)
        count = rng.randint(8, 16) if day in rainy else rng.randint(1, 5)
        for _ in range(count):
            at = dt.datetime.combine(day, dt.time(rng.randint(8, 19), rng.randint(0, 59)))
            if at > moment:
                continue
            name = rng.choice(("长柄雨伞", "折叠雨伞")) if day in rainy and rng.random() < 0.85 else rng.choice(
                [n for n, *_ in ITEMS])
            quantity = 1 if sizes[name] == 1 else rng.choices((1, 2), (90, 10))[0]
            busy = sum(q for until, n, q in out if n == name and until > at)
            if busy + quantity > sizes[name]:
                continue
            due = at + dt.timedelta(hours=rng.choice((2, 4, 4, 8, 24)))
            if name == "长柄雨伞" and back >= 40 and never_back and rng.random() < 0.3:
                # Never came back: the oldest one already written off, the others listed for it.
                state = never_back.pop()
                closed = at + dt.timedelta(days=40) if state == "written_off" else None
            elif back <= 2 and len([r for r in rows if r["state"] == "out"]) < 6 and rng.random() < 0.6:
                state, closed = "out", None  # out now, some of them overdue
            elif due > moment:
                state, closed = "out", None
            else:
                state, closed = "returned", min(moment, due - dt.timedelta(minutes=rng.randint(-240, 90)))
            if closed is not None and closed < at:
                closed = at + dt.timedelta(minutes=30)
            out.append((closed or dt.datetime.max, name, quantity))
            per_year[at.year] = per_year.get(at.year, 0) + 1
            tenant_id, unit, _floor = rng.choice(places) if rng.random() < 0.7 else (None, "", "")
            borrower = fake.name()
            rows.append({
                "site": site_id, "number": f"{LOAN_KIND}-{at.year}-{per_year[at.year]:04d}", "item": items[name],
                "quantity": quantity, "borrower": borrower, "tenant": tenant_id, "unit_code": unit,
                "phone": fake.phone_number(), "pledge": rng.choice(("", "", "身份证", "工牌")) if deposits[name] is None
                else "", "deposit": deposits[name], "lent_at": at, "due_at": due, "lent_by": rng.choice(clerks),
                "state": state, "closed_at": closed, "closed_by": rng.choice(clerks) if closed else "",
                "returned_by": borrower if state == "returned" else "", "signature": rng.choice(signatures),
                "note": "核销：多次联系未归还" if state == "written_off" else "", "created_at": at, "updated_at": at})
    for start in range(0, len(rows), 300):
        Loan.insert_many(rows[start:start + 300]).execute()
    for name, _c, _t, _q, _d in ITEMS:  # what was written off left the pool
        lost = sum(r["quantity"] for r in rows if r["item"] == items[name] and r["state"] == "written_off")
        if lost:
            LendItem.update(quantity=LendItem.quantity - lost).where(LendItem.id == items[name]).execute()
    _counters(site_id, LOAN_KIND, per_year)
    return len(rows)


def _checks(rng: random.Random, desk: list[Actor], moment: dt.datetime) -> int:
    template = lobbycheck.template(by=desk[0])
    done = 0
    for back in range(DAYS - 1, -1, -1):
        day = moment.date() - dt.timedelta(days=back)
        for kind, hour in (("open", 8), ("close", 20)):
            at = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 20)))
            if at > moment:
                continue
            results = [ResultInput(t.position, True) for t in template]
            if rng.random() < 0.08:
                bad = rng.choice(results)
                bad.ok, bad.note = False, rng.choice(FAILURES)
            lobbycheck.record_check(CheckInput(kind, "早班" if kind == "open" else "晚班", results),
                                    by=rng.choice(desk), at=at)
            done += 1
    return done


def fill_frontdesk(site_id: int, staff: dict[str, Actor], seed: int) -> FrontdeskDemo:
    """60 days of the lobby's mail, loans and checks up to now."""
    rng = random.Random(seed + 14)
    fake = Faker("zh_CN")
    fake.seed_instance(seed + 14)
    moment = now()
    clerks = [staff["clerk"].full_name, staff["steward"].full_name]
    signatures = _signatures(rng, 12)
    with db.atomic():
        mail_items = _mail(rng, fake, site_id, clerks, moment, signatures, staff["steward"].full_name)
        loans = _loans(rng, fake, site_id, staff["supervisor"], clerks, moment, signatures)
        checks = _checks(rng, [staff["clerk"], staff["steward"]], moment)
    return FrontdeskDemo(mail_items, loans, checks)
