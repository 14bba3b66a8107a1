"""The benchmark's tower: its five years written in bulk are rows the app reads and numbers it continues from,
on SQLite and PostgreSQL; and the raw baseline replays exactly the SQL a list sent."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import fn

from bench import history
from bench.replay import Raw, caught, measure
from models import Booking, Fitout, Key, KeyMovement, Request, Tenant, User, Visit, db
from models.contractors import (
    Contractor,
    ContractorInspection,
    Evaluation,
    InspectionResult,
    InspectionTemplate,
    TemplateItem,
)
from models.fees import Bill, BillLine
from services import arrears, demo, fees, requests, visitor_log, visitors
from services.auth import actor_of
from services.bookings import HOLDING
from services.requests import RequestInput
from services.visitors import VisitInput


def _counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in (Tenant, Request, Booking, Key, KeyMovement, Fitout, Visit)}


def test_history_rows_are_the_apps_rows(database):
    demo.fill_demo()
    before = _counts()
    manager = actor_of(User.get(User.username == "manager"))
    owing_before = [(r.tenant_id, r.overdue) for r in arrears.arrears(by=manager)]
    first_month = Bill.select(fn.MIN(Bill.month)).scalar()
    demo_first_day = Visit.select(Visit.day).order_by(Visit.day).first().day
    tiny = history.Scale("tiny", visits=3000, requests=300, bookings=300, keys=before["Key"] + 40,
                         key_movements=before["KeyMovement"] + 400, fitouts=before["Fitout"] + 20, tenants=220,
                         years=2)
    written = history.fill(tiny)
    after = _counts()

    assert after["Tenant"] == 220 and written["tenants"] == 220 - before["Tenant"]
    assert after["Request"] - before["Request"] == written["requests"] == 300
    assert after["Booking"] - before["Booking"] == written["bookings"] and 298 <= written["bookings"] <= 300
    assert after["Key"] == before["Key"] + 40
    assert after["KeyMovement"] - before["KeyMovement"] == written["key_movements"] == 400
    assert after["Fitout"] == before["Fitout"] + 20
    assert after["Visit"] - before["Visit"] == written["visits"] and 2000 <= written["visits"] <= 4000

    past = Visit.select().where(Visit.day < demo_first_day)
    # The years of bills before the demo's: each paid in full by its own receipt, so nobody owes more.
    old_bills = Bill.select().where(Bill.month < first_month)
    assert written["bills"] == old_bills.count() > 0 and old_bills.where(Bill.number.contains("-B-")).count() \
        == written["bills"]
    assert BillLine.select().join(Bill).where(Bill.month < first_month).count() == written["bills"]
    assert fees.balances(Bill.select().first().site_id, bill_ids=[b.id for b in old_bills], open_only=True) == {}
    assert [(r.tenant_id, r.overdue) for r in arrears.arrears(by=manager)] == owing_before
    # Every contractor inspected on each day of the year before the demo's first round, every item scored,
    # and every past month evaluated once.
    first_round = min(i.day for i in ContractorInspection.select().where(~ContractorInspection.number.contains("-B-")))
    generated = ContractorInspection.select().where(ContractorInspection.number.contains("-B-"))
    contractors = Contractor.select().count()
    assert written["inspections"] == generated.count() > 0
    assert generated.where(ContractorInspection.day >= first_round).count() == 0
    days = {i.day for i in generated}
    assert generated.count() == contractors * len(days)
    assert max(days) == first_round - dt.timedelta(days=1)
    items = {c.id: TemplateItem.select().join(InspectionTemplate).where(InspectionTemplate.service == c.service)
             .where(InspectionTemplate.revision == 1).count() for c in Contractor.select()}
    assert InspectionResult.select().join(ContractorInspection).where(
        ContractorInspection.number.contains("-B-")).count() == sum(items.values()) * len(days)
    assert all(Decimal(0) <= i.score <= 100 for i in generated)
    months = {d.replace(day=1) for d in days}
    assert {(e.contractor_id, e.month) for e in Evaluation.select().where(Evaluation.month.in_(list(months)))} \
        >= {(c.id, m) for c in Contractor.select() for m in months}
    assert past.count() == written["visits"]  # all of it before the demo's days, none among them
    # No room ever holds two bookings at once, counted by the database itself.
    states = ", ".join(f"'{s}'" for s in HOLDING)
    overlaps = db.execute_sql(
        f'SELECT COUNT(*) FROM "booking" a JOIN "booking" b ON a."room_id" = b."room_id" AND a."id" < b."id" '
        f'AND a."starts" < b."ends" AND b."starts" < a."ends" WHERE a."state" IN ({states}) '
        f'AND b."state" IN ({states})').fetchone()[0]
    assert overlaps == 0

    # The app finds the past and numbers on from it without meeting a number twice.
    clerk = actor_of(User.get(User.username == "clerk"))
    old = past.order_by(Visit.id).first()
    assert [v.pass_no for v in visitor_log.search_visits(by=clerk, text=old.pass_no).items] == [old.pass_no]
    tenant = Tenant.select().where(Tenant.status == "active").first()
    done = visitors.check_in(VisitInput(name="林晓峰", id_number="110101199003074514", phone="13812345678",
                                        company="来访公司", host_tenant_id=tenant.id, purpose="商务洽谈"), by=clerk)
    assert Visit.select().where(Visit.pass_no == done.pass_no).count() == 1
    request_id = requests.take_request(RequestInput(tenant_id=tenant.id, text="空调不制冷", caller_name="王先生"),
                                       by=clerk)
    number = Request.get_by_id(request_id).number
    assert Request.select().where(Request.number == number).count() == 1
    assert Key.select(Key.tag).distinct().count() == after["Key"]


def test_the_baseline_replays_the_lists_own_sql(database):
    demo.fill_demo()
    clerk = actor_of(User.get(User.username == "clerk"))
    with caught() as statements:
        page = visitor_log.search_visits(by=clerk)
    assert statements and any('"visit"' in sql for sql, _ in statements)
    raw = Raw(database)
    try:
        # The same SQL through the bare driver gives the rows the service turned into its page.
        assert raw.run(statements[:1]) == len(page.items) + (1 if page.has_more else 0)
        [result] = measure("visitors.log", lambda: visitor_log.search_visits(by=clerk), raw, rounds=2)
    finally:
        raw.close()
    assert result.baseline and result.baseline > 0 and result.value > 0 and result.limit == 50
