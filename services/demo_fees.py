"""The demo tower's last twelve months of fees: readings, bills, payments (most on time, some late, a few
chronically behind), reminders by the rule, deposits; seeded, repeatable, through the services."""
from __future__ import annotations

import datetime as dt
import heapq
import random
from dataclasses import dataclass
from decimal import Decimal

from models import Tenant, TenantUnit, Unit, User, db
from models.fees import Bill
from services import arrears, fees, meters, payments
from services.access import Actor
from services.arrears import ReminderInput
from services.auth import actor_of
from services.meters import ReadingInput
from services.money import add_months, cents
from services.payments import DepositInput, PaymentInput

MONTHS = 12


@dataclass(frozen=True)
class FeeDemo:
    bills: int
    payments: int
    reminders: int


def _habit(rng: random.Random) -> str:
    """How a tenant pays: most on time, some a month or two late, a few chronically behind."""
    return rng.choices(("on_time", "late", "chronic"), weights=(78, 15, 7))[0]


def fill_fees(rng: random.Random, site_id: int, today: dt.date) -> FeeDemo:
    # One transaction for the year: the services' own transactions become savepoints, no commit per step.
    with db.atomic():
        return _fill(rng, site_id, today)


def _fill(rng: random.Random, site_id: int, today: dt.date) -> FeeDemo:
    admin = actor_of(User.get((User.site == site_id) & (User.role == "admin")))
    clerk = actor_of(User.get((User.site == site_id) & (User.role == "clerk")))
    supervisor = actor_of(User.get((User.site == site_id) & (User.role == "supervisor")))
    first = add_months(today.replace(day=1), -MONTHS)
    # The demo's tenants held their units since before the year shown.
    TenantUnit.update(since=add_months(first, -1)).execute()
    units = list(Unit.select(Unit.code, Unit.area).join(TenantUnit).where(TenantUnit.until.is_null()).tuples())
    tenants = [t for (t,) in Tenant.select(Tenant.id).where(Tenant.site == site_id).order_by(Tenant.id).tuples()]
    habits = {t: _habit(rng) for t in tenants}
    parking = {t for t in tenants if rng.random() < 0.3}
    meters = {(m, code): Decimal(rng.randrange(100, 5000)) for code, _ in units for m in ("water", "power")}
    per_m2 = {"water": (Decimal("0.03"), Decimal("0.09")), "power": (Decimal("6"), Decimal("14"))}
    for meter in ("water", "power"):
        _read(add_months(first, -1), meter, {c: meters[(meter, c)] for c, _ in units}, clerk)
    events: list[tuple[dt.date, int, str, object]] = []  # (day, order, kind, payload) run in date order
    order = 0
    for i in range(MONTHS):
        month = add_months(first, i)
        heapq.heappush(events, (month, order, "bill", month))
        order += 1
    paid_count = reminders = bills = 0
    while events:
        day, _, kind, payload = heapq.heappop(events)
        if day > today:
            continue
        if kind == "bill":
            bills += _bill_month(rng, payload, units, meters, per_m2, parking, clerk, supervisor, admin)
            issued = add_months(payload, 1)
            for bill in Bill.select(Bill.id, Bill.tenant).where((Bill.site == site_id) & (Bill.month == payload)):
                habit = habits[bill.tenant_id]
                if habit == "on_time":
                    when = issued + dt.timedelta(days=rng.randrange(1, 15))
                elif habit == "late":
                    when = issued + dt.timedelta(days=rng.randrange(20, 80))
                elif rng.random() < 0.35 and issued < add_months(today, -4):
                    when = issued + dt.timedelta(days=rng.randrange(60, 150))
                else:
                    continue  # the chronic payer lets this one run on
                order += 1
                heapq.heappush(events, (when, order, "pay", bill.id))
            order += 1
            heapq.heappush(events, (issued + dt.timedelta(days=20), order, "remind", None))
        elif kind == "pay":
            bill = fees.balances(site_id, bill_ids=[payload])[payload]
            if bill.outstanding > 0:
                method = rng.choices(("transfer", "wechat", "cash", "alipay"), weights=(70, 15, 8, 7))[0]
                payments.take_payment(PaymentInput(
                    bill.tenant_id, str(bill.outstanding), method,
                    f"流水 {rng.randrange(10**9, 10**10)}" if method == "transfer" else "", day,
                    bill_ids=[payload]), by=clerk)
                paid_count += 1
        else:
            reminders += _remind(day, clerk)
    for t in rng.sample(tenants, 12):
        payments.record_deposit(DepositInput(t, "received", "装修押金", str(rng.choice((10000, 20000, 30000))),
                                             on=first + dt.timedelta(days=rng.randrange(0, 300))), by=clerk)
    return FeeDemo(bills, paid_count, reminders)


def _read(month: dt.date, meter: str, values: dict[str, Decimal], by: Actor) -> None:
    meters.record_readings(month, meter, [ReadingInput(c, str(v), True) for c, v in values.items()], by=by)


def _bill_month(rng: random.Random, month: dt.date, units, meters, per_m2, parking, clerk: Actor,
                supervisor: Actor, admin: Actor) -> int:
    for meter in ("water", "power"):
        low, high = per_m2[meter]
        for code, area in units:
            use = cents(area * (low + (high - low) * Decimal(rng.random())))
            meters[(meter, code)] += use
        _read(month, meter, {c: meters[(meter, c)] for c, _ in units}, clerk)
    for t in parking:
        fees.post_charge(t, "PARK", Decimal("600.00"), source="parking", source_id=t * 10000 + month.year * 12
                         + month.month, note=f"月租车位 {month.year}年{month.month:02d}月", by=clerk, on=month)
    if rng.random() < 0.6:
        holder = rng.choice(sorted(parking) or [1])
        fees.post_charge(holder, rng.choice(("ROOM", "KEY", "SERVICE", "DEBRIS")),
                         Decimal(rng.choice(("80.00", "150.00", "300.00", "450.00"))), source="demo",
                         source_id=month.year * 12 + month.month, note="", by=clerk, on=month)
    fees.run_month(month, by=clerk)
    ids = [r.id for r in fees.bills_of_month(month, by=clerk)]
    fees.check_bills(ids, by=supervisor)
    fees.issue_bills(ids, by=supervisor, today=add_months(month, 1))
    if ids and rng.random() < 0.5:
        fees.adjust_bill(rng.choice(ids), fees.AdjustInput("MGMT", "-50.00", "电梯停运一周，减免部分管理费"),
                         by=admin, today=add_months(month, 1) + dt.timedelta(days=5))
    return len(ids)


def _remind(day: dt.date, clerk: Actor) -> int:
    """The desk's monthly round of the arrears list, by the rule: call those overdue a month, write when due."""
    done = 0
    for row in arrears.arrears(by=clerk, today=day):
        if row.next_step == "phone" and (day - row.oldest_due).days > 30:
            arrears.record_reminder(ReminderInput(row.tenant_id, "phone", "已电话提醒财务", on=day), by=clerk)
            done += 1
        elif row.next_step == "letter":
            arrears.record_reminder(ReminderInput(row.tenant_id, "letter", "催缴函已送达前台", on=day), by=clerk)
            done += 1
    return done
