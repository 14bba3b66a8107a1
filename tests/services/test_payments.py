"""Payments and receipts, deposits, arrears ageing and the reminder rule, the reconciliation adding up."""
from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

import models
from models import db
from models.fees import Allocation, Bill, Payment, Reminder
from services import arrears, fee_reports, fees, payments
from services.arrears import ReminderInput
from services.errors import PermissionDenied, ValidationError
from services.fees import AdjustInput
from services.payments import DepositInput, PaymentInput
from tests.conftest import _truncate_all, make_site
from tests.services.fee_fixtures import fee_tower, issued_march, read


@pytest.fixture
def tower(site):
    return fee_tower(site)


def _april_bills(tower) -> list[int]:
    read(tower, dt.date(2026, 4, 1), "water", {"12F-1201": "120", "12F-1202": "55", "12F-1203": "40"})
    read(tower, dt.date(2026, 4, 1), "power", {"12F-1201": "1500", "12F-1202": "800", "12F-1203": "450"})
    fees.run_month(dt.date(2026, 4, 1), by=tower.clerk)
    ids = [r.id for r in fees.bills_of_month(dt.date(2026, 4, 1), by=tower.clerk)]
    fees.check_bills(ids, by=tower.supervisor)
    fees.issue_bills(ids, by=tower.supervisor, today=dt.date(2026, 5, 1))
    return ids


def _pay(tower, tenant, amount, day, **kw):
    return payments.take_payment(PaymentInput(tenant, amount, kw.pop("method", "cash"), paid_on=day, **kw),
                                 by=tower.clerk)


def test_payment_settles_oldest_first_and_the_rest_is_credit(tower):
    march = issued_march(tower)
    april = _april_bills(tower)
    a_march = fees.bill_detail(march[0], by=tower.clerk).row
    a_april = fees.bill_detail(april[0], by=tower.clerk).row
    paid = _pay(tower, tower.a, "3000.00", dt.date(2026, 5, 3))
    assert paid.receipt_no == "SF-2026-0001"
    assert paid.allocated == {march[0]: a_march.total, april[0]: Decimal("3000.00") - a_march.total}
    assert paid.credit == 0
    over = _pay(tower, tower.a, "5000.00", dt.date(2026, 5, 4), method="transfer", reference="银行流水 88231")
    assert over.receipt_no == "SF-2026-0002"
    assert over.allocated == {april[0]: a_april.total - (Decimal("3000.00") - a_march.total)}
    assert over.credit == Decimal("5000.00") - over.allocated[april[0]]
    assert fees.owes(tower.a, by=tower.clerk) == -over.credit
    assert fees.credit_on_account(tower.site_id, tower.a) == over.credit


def test_chosen_bills_first_and_bad_input_saves_nothing(tower):
    march = issued_march(tower)
    april = _april_bills(tower)
    chosen = _pay(tower, tower.b, "100.00", dt.date(2026, 5, 3), bill_ids=[april[1]])
    assert chosen.allocated == {april[1]: Decimal("100.00")}
    with pytest.raises(ValidationError) as exc:
        payments.take_payment(PaymentInput(tower.b, "12.345", "transfer", "", dt.date(2026, 5, 3)), by=tower.clerk)
    assert exc.value.codes() == {"amount": "fees.amount", "reference": "fees.reference"}
    with pytest.raises(ValidationError) as exc:
        _pay(tower, tower.b, "10.00", dt.date(2026, 5, 3), bill_ids=[march[0]])  # 甲's bill, not 乙's
    assert exc.value.code == "fees.bill_not_open"
    assert Payment.select().count() == 1
    assert payments.take_payment(PaymentInput(tower.b, "1", "cash", paid_on=dt.date(2026, 5, 3)),
                                 by=tower.clerk).receipt_no == "SF-2026-0002"  # a refused payment spent no number


def test_credit_paid_ahead_settles_the_next_bills(tower):
    _pay(tower, tower.b, "5000.00", dt.date(2026, 3, 20))
    march = issued_march(tower)
    done = payments.apply_credit(tower.b, by=tower.clerk)
    bill_b = fees.bill_detail(march[1], by=tower.clerk).row
    assert done == {march[1]: bill_b.total} and bill_b.outstanding == 0
    assert fees.credit_on_account(tower.site_id, tower.b) == Decimal("5000.00") - bill_b.total


def test_deposits_are_held_apart(tower):
    payments.record_deposit(DepositInput(tower.a, "received", "装修押金", "20000.00"), by=tower.clerk)
    with pytest.raises(ValidationError) as exc:
        payments.record_deposit(DepositInput(tower.a, "deducted", "装修押金", "500.00"), by=tower.clerk)
    assert exc.value.codes() == {"note": "required"}
    payments.record_deposit(DepositInput(tower.a, "deducted", "装修押金", "500.00", note="损坏公共区域地砖"),
                            by=tower.clerk)
    with pytest.raises(ValidationError) as exc:
        payments.record_deposit(DepositInput(tower.a, "refunded", "装修押金", "19500.01"), by=tower.clerk)
    assert exc.value.code == "fees.deposit_too_big"
    payments.record_deposit(DepositInput(tower.a, "refunded", "装修押金", "19000.00"), by=tower.clerk)
    assert payments.deposits_held(tower.site_id, tower.a) == Decimal("500.00")
    assert fees.owes(tower.a, by=tower.clerk) == 0  # deposits are no charge and no credit


def test_several_tenants_balances_and_owed_are_each_ones_own(tower):
    """Read for a list of tenants or bills at once (a list of moves, a month's bills): the same figures as one by
    one, whatever the list's length; a settled bill adds nothing, a part-paid or adjusted one what it leaves."""
    from services import moves

    march = issued_march(tower)
    april = _april_bills(tower)
    fees.adjust_bill(april[1], AdjustInput("MGMT", "-12.34", "空调故障减免"), by=tower.supervisor,
                     today=dt.date(2026, 5, 2))
    _pay(tower, tower.a, fees.bill_detail(march[0], by=tower.clerk).row.total + Decimal("100.01"),
         dt.date(2026, 5, 3))
    fees.post_charge(tower.b, "DAMAGE", Decimal("400.00"), source="test", source_id=1, note="门禁卡损坏",
                     by=tower.clerk)
    one_by_one = {t: fees.owed(tower.site_id, t) for t in (tower.a, tower.b)}
    assert fees.owed_by_tenant(tower.site_id, [tower.b, tower.a, tower.b]) == one_by_one
    assert moves.arrears_of_tenants(tower.site_id, [tower.a, tower.b]) == {
        t: max(v, Decimal("0.00")) for t, v in one_by_one.items()}
    assert fees.owed_by_tenant(tower.site_id, []) == {} == moves.arrears_of_tenants(tower.site_id, [])
    every = march + april
    each = {b: fees.balances(tower.site_id, bill_ids=[b])[b] for b in every}
    assert fees.balances(tower.site_id, bill_ids=every) == each and fees.balances(tower.site_id, bill_ids=[]) == {}
    assert fees.balances(tower.site_id, bill_ids=every[:3]) == {b: each[b] for b in every[:3]}
    assert fees.balances(tower.site_id, tenant_ids=[tower.a]) == {
        b: v for b, v in each.items() if v.tenant_id == tower.a}
    assert each[march[0]].outstanding == 0 and march[0] not in fees.balances(tower.site_id, tenant_ids=[tower.a],
                                                                             open_only=True)
    assert each[april[1]].due == fees.bill_detail(april[1], by=tower.clerk).row.total - Decimal("12.34")
    # On 30 April: April's bills not issued yet (1 May), the payment not made (3 May).
    assert fees.balances(tower.site_id, bill_ids=every, as_of=dt.date(2026, 4, 30)) == {
        b: each[b]._replace(paid=Decimal("0.00")) for b in march}


def test_arrears_by_age(tower):
    march = issued_march(tower)  # due 16 April
    april = _april_bills(tower)  # due 16 May
    _pay(tower, tower.a, "100.00", dt.date(2026, 4, 10))
    rows = {r.tenant_id: r for r in arrears.arrears(by=tower.clerk, today=dt.date(2026, 7, 20))}
    a_march = fees.bill_detail(march[0], by=tower.clerk).row
    a = rows[tower.a]
    a_april = fees.bill_detail(april[0], by=tower.clerk).row
    assert a.buckets["90+"] == a_march.total - Decimal("100.00")  # due 16 April: 95 days on 20 July
    assert a.buckets["61-90"] == a_april.total  # due 16 May: 65 days
    assert a.buckets["31-60"] == a.buckets["0-30"] == 0 and a.overdue == sum(a.buckets.values())
    assert a.oldest_due == dt.date(2026, 4, 16) and a.next_step == "phone"
    assert arrears.bucket_of(30) == "0-30" and arrears.bucket_of(31) == "31-60" and arrears.bucket_of(91) == "90+"


def test_arrears_list_buckets_at_their_edges_phones_and_order(tower):
    """Each bucket's last day, a part payment and an adjustment on the day they were made, a settled bill left
    out, the primary contact's phone, the last reminder; the oldest debt first."""
    from services import tenants

    march = issued_march(tower)  # due 16 April
    april = _april_bills(tower)  # due 16 May
    tenants.update_tenant(tower.b, tenants.TenantInput(name="乙贸易有限公司", units=["12F-1203"], contacts=[
        tenants.ContactInput("王芳", "13600002222"), tenants.ContactInput("张伟", "13600003333", is_primary=True)]),
        version=1, by=tower.clerk)
    total = {b: fees.bill_detail(b, by=tower.clerk).row.total for b in march + april}
    _pay(tower, tower.a, total[march[0]], dt.date(2026, 5, 20))  # 甲's March settled on 20 May
    _pay(tower, tower.b, "100.01", dt.date(2026, 6, 16))
    fees.adjust_bill(april[1], AdjustInput("MGMT", "-12.34", "空调故障减免"), by=tower.supervisor,
                     today=dt.date(2026, 6, 1))
    arrears.record_reminder(ReminderInput(tower.b, "sms", on=dt.date(2026, 5, 20)), by=tower.clerk)

    def listed(day):
        return [(r.tenant_id, r.tenant, r.phone, {k: v for k, v in r.buckets.items() if v}, r.overdue, r.oldest_due,
                 r.last_reminder, r.last_reminder_on, r.next_step)
                for r in arrears.arrears(by=tower.clerk, today=day)]

    assert listed(dt.date(2026, 4, 16)) == []  # due that day: not overdue yet
    # 15 June: April's bills 30 days overdue, March's 60; the payment and the credit not made yet.
    b_march = total[march[1]]
    assert listed(dt.date(2026, 6, 15)) == [
        (tower.b, "乙贸易有限公司", "13600003333", {"0-30": total[april[1]] - Decimal("12.34"), "31-60": b_march},
         total[april[1]] - Decimal("12.34") + b_march, dt.date(2026, 4, 16), "sms", dt.date(2026, 5, 20), "wait"),
        (tower.a, "甲科技有限公司", "", {"0-30": total[april[0]]}, total[april[0]], dt.date(2026, 5, 16), "", None,
         "phone")]
    # 16 June: a day older each (31 and 61 days), and 乙's 100.01 paid on the March bill.
    rows = listed(dt.date(2026, 6, 16))
    assert rows[0][3] == {"31-60": total[april[1]] - Decimal("12.34"), "61-90": b_march - Decimal("100.01")}
    assert rows[1][3] == {"31-60": total[april[0]]}
    # 15 July and 16 July: March's bill is 90, then 91 days overdue.
    assert listed(dt.date(2026, 7, 15))[0][3]["61-90"] == b_march - Decimal("100.01")
    assert listed(dt.date(2026, 7, 16))[0][3]["90+"] == b_march - Decimal("100.01")
    row = arrears.arrears(by=tower.clerk, today=dt.date(2026, 7, 16))[0]
    assert all(v.as_tuple().exponent == -2 for v in [*row.buckets.values(), row.overdue])


def test_reminder_rule_phone_first_letter_three_months_later(tower):
    issued_march(tower)
    with pytest.raises(ValidationError) as exc:
        arrears.record_reminder(ReminderInput(tower.a, "phone", on=dt.date(2026, 4, 10)), by=tower.clerk)
    assert exc.value.code == "fees.nothing_overdue"  # not yet due
    with pytest.raises(ValidationError) as exc:
        arrears.record_reminder(ReminderInput(tower.a, "letter", on=dt.date(2026, 5, 1)), by=tower.clerk)
    assert exc.value.code == "fees.letter_too_early"
    arrears.record_reminder(ReminderInput(tower.a, "phone", "财务说下周付", on=dt.date(2026, 5, 2)), by=tower.clerk)
    row = next(r for r in arrears.arrears(by=tower.clerk, today=dt.date(2026, 6, 1)) if r.tenant_id == tower.a)
    assert (row.next_step, row.next_step_on, row.last_reminder) == ("wait", dt.date(2026, 8, 2), "phone")
    with pytest.raises(ValidationError) as exc:
        arrears.record_reminder(ReminderInput(tower.a, "letter", on=dt.date(2026, 8, 1)), by=tower.clerk)
    assert exc.value.problems[0].params["on"] == "2026-08-02"
    letter = arrears.record_reminder(ReminderInput(tower.a, "letter", on=dt.date(2026, 8, 2)), by=tower.clerk)
    saved = Reminder.get_by_id(letter)
    assert saved.letter_no == "CJ-2026-0001" and saved.owed == fees.owes(tower.a, by=tower.clerk)
    row = next(r for r in arrears.arrears(by=tower.clerk, today=dt.date(2026, 8, 3)) if r.tenant_id == tower.a)
    assert row.next_step == "done"
    # 乙 was never called: the rule says phone, whatever the age.
    assert next(r for r in arrears.arrears(by=tower.clerk, today=dt.date(2026, 8, 3))
                if r.tenant_id == tower.b).next_step == "phone"
    assert [r.kind for r in arrears.tenant_reminders(tower.a, by=tower.clerk)] == ["letter", "phone"]


def test_statement_adds_up_as_figures_and_workbook(tower):
    march = issued_march(tower)
    _april_bills(tower)
    payments.record_deposit(DepositInput(tower.b, "received", "装修押金", "8000.00", on=dt.date(2026, 4, 3)),
                            by=tower.clerk)
    _pay(tower, tower.a, "1000.00", dt.date(2026, 4, 5))
    _pay(tower, tower.b, "9999.99", dt.date(2026, 4, 20), method="wechat", reference="wx-1")
    fees.adjust_bill(march[0], AdjustInput("MGMT", "-43.13", "尾差减免"), by=tower.supervisor,
                     today=dt.date(2026, 4, 9))
    s = fee_reports.statement(dt.date(2026, 4, 1), by=tower.manager)
    assert s.opening == 0 and s.billed == Decimal("4678.09") - Decimal("43.13")
    assert s.received == Decimal("10999.99") and s.closing == s.opening + s.billed - s.received
    assert s.closing == s.outstanding - s.credit
    assert sum(v for _, v in s.outstanding_by_age) == s.outstanding
    assert s.deposits_closing == Decimal("8000.00")
    may = fee_reports.statement(dt.date(2026, 5, 1), by=tower.manager)
    assert may.opening == s.closing and may.closing == may.outstanding - may.credit
    book = load_workbook(BytesIO(fee_reports.statement_xlsx(dt.date(2026, 4, 1), by=tower.manager)))
    summary = {row[0]: row[1] for row in book["对账汇总"].iter_rows(values_only=True) if row[0]}
    assert Decimal(str(summary["期末应收余额"])) == s.closing
    detail = list(book["本月账单"].iter_rows(values_only=True))[1:]
    assert [r[0] for r in detail] == ["ZD-2026-0001", "ZD-2026-0002"]


@pytest.fixture
def pg_site(pg_url, password_hash):
    """The PostgreSQL server only: the race between desks is about its row locks."""
    models.open_database(pg_url)
    _truncate_all()
    yield make_site(password_hash)
    db.close()


def _four_desks_at_once(site, url: str) -> None:
    """Four threads, each with its own connection, paying the same tenant's one bill at the same moment."""
    tower = fee_tower(site)
    march = issued_march(tower)
    due = fees.bill_detail(march[0], by=tower.clerk).row.total
    db.close()
    barrier = threading.Barrier(4)
    results, errors = [], []

    def desk(amount: str) -> None:
        try:
            barrier.wait()
            results.append(payments.take_payment(PaymentInput(tower.a, amount, "cash", paid_on=dt.date(2026, 4, 5)),
                                                 by=tower.clerk))
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(str(due - 1),)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    models.open_database(url)
    assert not errors
    assert sorted(r.receipt_no for r in results) == [f"SF-2026-000{i}" for i in range(1, 5)]
    allocated = sum(Decimal(str(a.amount)) for a in Allocation.select().where(Allocation.bill == march[0]))
    assert allocated == due  # never more than the bill
    assert fees.credit_on_account(tower.site_id, tower.a) == 4 * (due - 1) - due
    assert Bill.get_by_id(march[0]).status == "issued"


def test_four_desks_taking_money_at_once_on_postgresql(pg_site, pg_url):
    _four_desks_at_once(pg_site, pg_url)


def test_four_desks_taking_money_at_once_on_one_sqlite_file(sqlite_site, sqlite_db):
    """SQLite: the receipt counter is the transaction's first write, so a second desk waits for the first."""
    _four_desks_at_once(sqlite_site, sqlite_db)


def test_a_mistaken_payment_is_voided_not_deleted(tower):
    march = issued_march(tower)
    wrong = _pay(tower, tower.a, "500.00", dt.date(2026, 4, 5))
    with pytest.raises(PermissionDenied):
        payments.void_payment(wrong.payment_id, "收错业户", by=tower.clerk)
    with pytest.raises(ValidationError) as exc:
        payments.void_payment(wrong.payment_id, " ", by=tower.supervisor)
    assert exc.value.codes() == {"reason": "required"}
    assert payments.void_payment(wrong.payment_id, "收错业户，应为乙", by=tower.supervisor) == "SF-2026-0001"
    with pytest.raises(ValidationError) as exc:
        payments.void_payment(wrong.payment_id, "again", by=tower.supervisor)
    assert exc.value.code == "fees.payment_voided"
    bill = fees.bill_detail(march[0], by=tower.clerk).row
    assert bill.paid == 0 and Payment.select().count() == 1 and Allocation.select().count() == 1  # all kept
    assert _pay(tower, tower.b, "500.00", dt.date(2026, 4, 5)).receipt_no == "SF-2026-0002"
    row = payments.tenant_payments(tower.a, by=tower.clerk)[0]
    assert (row.voided, row.void_reason, row.allocated) == (True, "收错业户，应为乙", 0)
    s = fee_reports.ledger_slices(by=tower.manager, as_of=dt.date(2026, 4, 30))
    assert s.received == Decimal("500.00") and s.billed - s.received == s.outstanding - s.credit
    assert payments.receipt_data(wrong.payment_id, by=tower.clerk).voided == "收错业户，应为乙"
