"""Billing: readings and their jump check, the monthly run, posted charges, check/issue, adjustments, owes."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import AuditEntry
from models.fees import Bill, BillLine, Charge, MeterReading
from services import charge_items, fees, meters, settings
from services.charge_items import ItemInput
from services.errors import PermissionDenied, ValidationError
from services.fees import AdjustInput
from services.money import capital, parse_amount
from tests.services.fee_fixtures import MARCH, fee_tower, issued_march, read


@pytest.fixture
def tower(site):
    return fee_tower(site)


def test_the_run_bills_area_and_metered_use_rounded_by_the_site_rule(tower):
    issued_march(tower)
    bill = Bill.get(Bill.tenant == tower.a)
    lines = {(ln.item.code, ln.unit_code): (ln.quantity, Decimal(ln.amount).quantize(Decimal("0.01")))
             for ln in BillLine.select().where(BillLine.bill == bill)}
    assert lines == {
        ("MGMT", "12F-1201"): (Decimal("100.55"), Decimal("1206.60")),
        ("MGMT", "12F-1202"): (Decimal("80"), Decimal("960.00")),
        ("WATER", "12F-1201"): (Decimal("12.5"), Decimal("72.50")),
        ("WATER", "12F-1202"): (Decimal("3"), Decimal("17.40")),
        ("POWER", "12F-1201"): (Decimal("333.3"), Decimal("366.63")),
        ("POWER", "12F-1202"): (Decimal("200"), Decimal("220.00")),
    }
    row = fees.bills_of_month(MARCH, by=tower.clerk)[0]
    assert (row.number, row.status, row.total, row.due_on) == (
        "ZD-2026-0001", "issued", Decimal("2843.13"), dt.date(2026, 4, 16))


def test_rounding_rule_is_the_sites(tower):
    charge_items.save_item(ItemInput("MGMT", "物业管理费", "area", "12.3456", "元/m²·月"), by=tower.manager)
    read(tower, MARCH, "water", {"12F-1203": "10"})
    read(tower, MARCH, "power", {"12F-1203": "10"})
    fees.run_month(MARCH, by=tower.clerk)
    amount = lambda: fees.bill_detail(Bill.get(Bill.tenant == tower.b).id, by=tower.clerk).lines[0].amount  # noqa: E731
    assert amount() == Decimal("1485.55")  # 120.33 × 12.3456 = 1485.546048: half up
    settings.update_settings({"fees.rounding": "down"}, by=tower.manager)
    fees.run_month(MARCH, by=tower.clerk)  # a draft is rebuilt
    assert amount() == Decimal("1485.54")
    settings.update_settings({"fees.rounding": "half_up", "fees.round_to": "1"}, by=tower.manager)
    fees.run_month(MARCH, by=tower.clerk)
    assert amount() == Decimal("1486.00")


def test_a_reading_jump_needs_confirmation_and_a_reading_never_goes_back(tower):
    for month, value in ((1, "100"), (2, "110"), (3, "120"), (4, "130")):
        read(tower, dt.date(2026, month, 1), "water", {"12F-1203": value})
    with pytest.raises(ValidationError) as exc:
        read(tower, dt.date(2026, 5, 1), "water", {"12F-1201": "5", "12F-1203": "200"})
    problem = exc.value.problems[0]
    assert (problem.field, problem.code, problem.params["usage"], problem.params["average"]) == (
        "readings[1].reading", "fees.reading_jump", "70.00", "10.00")
    assert not MeterReading.select().where(MeterReading.month == dt.date(2026, 5, 1)).exists()  # all or nothing
    read(tower, dt.date(2026, 5, 1), "water", {"12F-1201": "5", "12F-1203": "200"}, confirm=("12F-1203",))
    saved = MeterReading.get((MeterReading.month == dt.date(2026, 5, 1)) & (MeterReading.reading == 200))
    assert saved.jump_confirmed and saved.usage == 70
    with pytest.raises(ValidationError) as exc:
        read(tower, dt.date(2026, 6, 1), "water", {"12F-1203": "150", "12F-1201": "x"})
    assert exc.value.codes() == {"readings[0].reading": "fees.reading_back", "readings[1].reading": "fees.reading"}
    grid = {r.unit_code: r for r in meters.meter_grid(dt.date(2026, 6, 1), "water", by=tower.clerk)}
    assert grid["12F-1203"].previous == 200 and grid["12F-1203"].reading is None
    assert grid["12F-1201"].previous == 5 and set(grid) == {"12F-1201", "12F-1202", "12F-1203"}


def test_missing_readings_are_listed_and_checked_bills_left_alone(tower):
    result = fees.run_month(MARCH, by=tower.clerk)
    assert result.created == 2 and sorted(result.missing_readings)[:2] == ["12F-1201 水费", "12F-1201 电费"]
    ids = [r.id for r in fees.bills_of_month(MARCH, by=tower.clerk)]
    fees.check_bills(ids[:1], by=tower.supervisor)
    again = fees.run_month(MARCH, by=tower.clerk)
    assert (again.created, again.rebuilt, again.left_alone) == (0, 1, 1)
    with pytest.raises(PermissionDenied):
        fees.check_bills(ids, by=tower.clerk)
    with pytest.raises(ValidationError) as exc:
        fees.issue_bills(ids, by=tower.supervisor)  # the second is still a draft: nothing issued
    assert exc.value.code == "fees.bill_state"
    assert not Bill.select().where(Bill.status == "issued").exists()


def test_posted_charges_are_idempotent_and_land_on_the_next_bill(tower):
    first = fees.post_charge(tower.a, "KEY", Decimal("80.00"), source="keys", source_id=7, note="遗失钥匙 12F-1201",
                             by=tower.clerk, on=dt.date(2026, 3, 10))
    again = fees.post_charge(tower.a, "KEY", Decimal("80.00"), source="keys", source_id=7, note="遗失钥匙 12F-1201",
                             by=tower.clerk, on=dt.date(2026, 3, 10))
    later = fees.post_charge(tower.a, "ROOM", Decimal("150.00"), source="rooms", source_id=7, by=tower.clerk,
                             on=dt.date(2026, 4, 2))
    assert first == again != later and Charge.select().count() == 2
    assert fees.owes(tower.a, by=tower.clerk) == Decimal("230.00")
    with pytest.raises(ValidationError) as exc:
        fees.post_charge(tower.a, "NOPE", Decimal("-1"), source="keys", source_id=8, by=tower.clerk)
    assert exc.value.codes() == {"item": "fees.item_unknown", "amount": "fees.amount"}
    issued_march(tower)
    detail = fees.bill_detail(Bill.get(Bill.tenant == tower.a).id, by=tower.clerk)
    assert ("钥匙补配/遗失费", "遗失钥匙 12F-1201", Decimal("80.00")) in [(ln.item, ln.description, ln.amount)
                                                                   for ln in detail.lines]
    assert detail.row.total == Decimal("2923.13")
    assert Charge.get_by_id(later).bill is None  # April's charge waits for April's run


def test_an_issued_bill_is_only_adjusted_with_a_reason(tower):
    ids = issued_march(tower)
    fees.run_month(MARCH, by=tower.clerk)  # the run leaves issued bills alone
    assert BillLine.select().join(Bill).where(Bill.id == ids[0]).count() == 6
    with pytest.raises(PermissionDenied):
        fees.adjust_bill(ids[0], AdjustInput("MGMT", "-100", "空调故障减免"), by=tower.clerk)
    with pytest.raises(ValidationError) as exc:
        fees.adjust_bill(ids[0], AdjustInput("MGMT", "-10.005", ""), by=tower.supervisor)
    assert exc.value.codes() == {"amount": "fees.amount_signed", "reason": "required"}
    with pytest.raises(ValidationError) as exc:
        fees.adjust_bill(ids[0], AdjustInput("MGMT", "-9999", "太多"), by=tower.supervisor)
    assert exc.value.code == "fees.credit_too_big"
    fees.adjust_bill(ids[0], AdjustInput("MGMT", "-100.00", "空调故障减免"), by=tower.supervisor)
    fees.adjust_bill(ids[0], AdjustInput("WATER", "12.50", "漏抄水表补收"), by=tower.supervisor)
    row = fees.bill_detail(ids[0], by=tower.clerk).row
    assert (row.total, row.due) == (Decimal("2843.13"), Decimal("2755.63"))
    assert AuditEntry.select().where((AuditEntry.action == "adjust") & (AuditEntry.note == "空调故障减免")).exists()
    assert fees.owes(tower.a, by=tower.clerk) == Decimal("2755.63")


def test_owes_counts_drafts_charges_and_credit(tower):
    fees.run_month(MARCH, by=tower.clerk)  # drafts (no readings: area only)
    draft = fees.bills_of_month(MARCH, by=tower.clerk, status="draft")
    summary = fees.owes_summary(tower.b, by=tower.clerk)
    assert summary.not_issued == next(r.total for r in draft if r.tenant_id == tower.b) == Decimal("1443.96")
    assert summary.owes == Decimal("1443.96")


def test_amounts_are_exact_and_written_in_words():
    assert parse_amount("1,234.50") == Decimal("1234.50")
    assert parse_amount(0.1) is None and parse_amount("1.005") is None and parse_amount("0") is None
    assert parse_amount("-3", allow_negative=True) == Decimal("-3.00")
    assert capital(Decimal("1204.50")) == "人民币壹仟贰佰零肆元伍角整"
    assert capital(Decimal("100000.01")) == "人民币壹拾万元零壹分"
    assert capital(Decimal("10010")) == "人民币壹万零壹拾元整"
    assert capital(Decimal("3.07")) == "人民币叁元零柒分"
    assert capital(Decimal("0.05")) == "人民币伍分"


def test_desk_charges_are_each_their_own(tower):
    one = fees.add_desk_charge(tower.b, "PARK", "600", "月租车位", by=tower.clerk, on=dt.date(2026, 3, 2))
    two = fees.add_desk_charge(tower.b, "PARK", "600", "月租车位", by=tower.clerk, on=dt.date(2026, 3, 2))
    assert one != two and fees.owes(tower.b, by=tower.clerk) == Decimal("1200.00")
    with pytest.raises(ValidationError) as exc:
        fees.add_desk_charge(tower.b, "PARK", "六百", "", by=tower.clerk)
    assert exc.value.codes() == {"amount": "fees.amount"}


def test_a_fixed_monthly_item_is_one_line_per_tenant(tower):
    charge_items.save_item(ItemInput("TRASH", "垃圾清运费", "fixed", "50.005", "元/月"), by=tower.manager)
    fees.run_month(MARCH, by=tower.clerk)
    lines = [(ln.item.code, Decimal(ln.amount)) for ln in BillLine.select() if ln.item.code == "TRASH"]
    assert lines == [("TRASH", Decimal("50.01")), ("TRASH", Decimal("50.01"))]  # half up to the fen
