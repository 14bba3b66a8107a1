"""Every way the reports slice the ledger sums to the same cent as the ledger (hypothesis makes the months)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import db
from services import charge_items, fee_reports, fees, payments
from services.charge_items import ItemInput
from services.fees import AdjustInput
from services.payments import PaymentInput
from tests.services.fee_fixtures import fee_tower, read

cents = st.integers(min_value=1, max_value=2_000_000).map(lambda n: Decimal(n).scaleb(-2))
prices = st.integers(min_value=1, max_value=400_000).map(lambda n: Decimal(n).scaleb(-4))
month_plan = st.fixed_dictionaries({
    "use": st.lists(st.integers(0, 5000).map(lambda n: Decimal(n).scaleb(-1)), min_size=6, max_size=6),
    "charges": st.lists(st.tuples(st.sampled_from([0, 1]), cents), max_size=2),
    "payments": st.lists(st.tuples(st.sampled_from([0, 1]), cents, st.integers(0, 40)), max_size=3),
    "credit": st.one_of(st.none(), st.tuples(st.sampled_from(["MGMT", "WATER"]), st.integers(1, 5000))),
})


@pytest.fixture
def tower(site):
    return fee_tower(site)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mgmt=prices, water=prices, power=prices, rule=st.sampled_from(["half_up", "half_even", "down"]),
       months=st.lists(month_plan, min_size=1, max_size=3), as_of_days=st.integers(0, 150))
def test_every_slice_sums_to_the_ledger(tower, mgmt, water, power, rule, months, as_of_days):
    with db.atomic() as txn:
        _play(tower, mgmt, water, power, rule, months)
        as_of = dt.date(2026, 2, 1) + dt.timedelta(days=as_of_days)
        s = fee_reports.ledger_slices(by=tower.manager, as_of=as_of)
        for slice_ in (s.billed_by_tenant, s.billed_by_item, s.billed_by_month):
            assert sum(slice_.values(), Decimal(0)) == s.billed
        for slice_ in (s.received_by_tenant, s.received_by_method, s.received_by_month):
            assert sum(slice_.values(), Decimal(0)) == s.received
        for slice_ in (s.outstanding_by_tenant, s.outstanding_by_age):
            assert sum(slice_.values(), Decimal(0)) == s.outstanding
        assert s.billed - s.received == s.outstanding - s.credit
        for value in (s.billed, s.received, s.outstanding, s.credit):
            assert value == value.quantize(Decimal("0.01"))
        month = dt.date(as_of.year, as_of.month, 1)
        st_ = fee_reports.statement(month, by=tower.manager)
        assert st_.closing == st_.opening + st_.billed - st_.received == st_.outstanding - st_.credit
        assert sum((v for _, v in st_.billed_by_item), Decimal(0)) == st_.billed
        txn.rollback()


def _play(tower, mgmt, water, power, rule, months) -> None:
    from services import settings as site_settings

    site_settings.update_settings({"fees.rounding": rule}, by=tower.manager)
    for code, kind, price in (("MGMT", "area", mgmt), ("WATER", "water", water), ("POWER", "power", power)):
        charge_items.save_item(ItemInput(code, code, kind, str(price)), by=tower.manager)
    units = ("12F-1201", "12F-1202", "12F-1203")
    meters = {("water", u): Decimal(0) for u in units} | {("power", u): Decimal(0) for u in units}
    for meter in ("water", "power"):
        read(tower, dt.date(2026, 1, 1), meter, {u: "0" for u in units})
    tenants = (tower.a, tower.b)
    source = 0
    for i, plan in enumerate(months):
        month = dt.date(2026, 2 + i, 1)
        for j, (meter, unit) in enumerate(sorted(meters)):
            meters[(meter, unit)] += plan["use"][j]
        for meter in ("water", "power"):
            read(tower, month, meter, {u: str(meters[(meter, u)]) for u in units}, confirm=units)
        for who, amount in plan["charges"]:
            source += 1
            fees.post_charge(tenants[who], "DAMAGE", amount, source="test", source_id=source, by=tower.clerk,
                             on=month)
        fees.run_month(month, by=tower.clerk)
        ids = [r.id for r in fees.bills_of_month(month, by=tower.clerk)]
        fees.check_bills(ids, by=tower.supervisor)
        issued = month.replace(month=month.month + 1)
        fees.issue_bills(ids, by=tower.supervisor, today=issued)
        for who, amount, day in plan["payments"]:
            payments.take_payment(PaymentInput(tenants[who], str(amount), "cash",
                                               paid_on=issued + dt.timedelta(days=day)), by=tower.clerk)
        if plan["credit"] and ids:
            code, amount = plan["credit"]
            outstanding = fees.bill_detail(ids[0], by=tower.clerk).row.outstanding
            credit = min(Decimal(amount).scaleb(-2), outstanding)
            if credit > 0:
                fees.adjust_bill(ids[0], AdjustInput(code, str(-credit), "减免"), by=tower.supervisor,
                                 today=issued + dt.timedelta(days=3))
