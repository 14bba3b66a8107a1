"""The monthly reconciliation for the finance department (billed, received, outstanding, deposits held), as
figures, PDF and .xlsx; and the ledger sliced per tenant, item, month and age, each adding up to the ledger."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO

from peewee import fn

from models import Tenant, now
from models.fees import DEPOSIT_KINDS, PAY_METHODS, Adjustment, Bill, BillLine, ChargeItem, DepositEntry, Payment
from services.access import Actor, require
from services.arrears import BUCKETS, bucket_of
from services.fees import balances, credit_on_account
from services.money import ZERO, add_months, cents, month_label, month_start, total
from services.payments import METHOD_PRINT, deposits_held

NOT_DUE = "not_due"


def _billed_rows(site_id: int, start: dt.date | None, end: dt.date):
    """(tenant, item, bill month, amount) of every issued line and adjustment booked in [start, end]."""
    lines = (BillLine.select(Bill.tenant, BillLine.item, Bill.month, BillLine.amount).join(Bill)
             .where((Bill.site == site_id) & (Bill.status == "issued") & (Bill.issued_on <= end)))
    adjs = (Adjustment.select(Bill.tenant, Adjustment.item, Bill.month, Adjustment.amount).join(Bill)
            .where((Bill.site == site_id) & (Bill.status == "issued") & (Adjustment.made_on <= end)))
    if start is not None:
        lines = lines.where(Bill.issued_on >= start)
        adjs = adjs.where(Adjustment.made_on >= start)
    for tenant, item, month, amount in (*lines.tuples(), *adjs.tuples()):
        yield tenant, item, month, cents(amount)


def _payments(site_id: int, start: dt.date | None, end: dt.date):
    query = Payment.select(Payment.tenant, Payment.method, Payment.paid_on, Payment.amount).where(
        (Payment.site == site_id) & (Payment.paid_on <= end))
    if start is not None:
        query = query.where(Payment.paid_on >= start)
    return [(tenant, method, day, cents(amount)) for tenant, method, day, amount in query.tuples()]


@dataclass(frozen=True)
class Slices:
    """The ledger up to a day and every way the reports cut it (each cut sums to the ledger's figure)."""

    billed: Decimal
    received: Decimal
    outstanding: Decimal
    credit: Decimal
    billed_by_tenant: dict[int, Decimal]
    billed_by_item: dict[str, Decimal]
    billed_by_month: dict[dt.date, Decimal]
    received_by_tenant: dict[int, Decimal]
    received_by_method: dict[str, Decimal]
    received_by_month: dict[dt.date, Decimal]
    outstanding_by_tenant: dict[int, Decimal]
    outstanding_by_age: dict[str, Decimal]


def ledger_slices(*, by: Actor, as_of: dt.date | None = None) -> Slices:
    require(by, "fees.statement")
    as_of = as_of or dt.date.today()
    codes = dict(ChargeItem.select(ChargeItem.id, ChargeItem.code).where(ChargeItem.site == by.site_id).tuples())
    by_tenant: dict[int, Decimal] = defaultdict(lambda: ZERO)
    by_item: dict[str, Decimal] = defaultdict(lambda: ZERO)
    by_month: dict[dt.date, Decimal] = defaultdict(lambda: ZERO)
    billed = ZERO
    for tenant, item, month, amount in _billed_rows(by.site_id, None, as_of):
        billed += amount
        by_tenant[tenant] += amount
        by_item[codes[item]] += amount
        by_month[month] += amount
    r_tenant: dict[int, Decimal] = defaultdict(lambda: ZERO)
    r_method: dict[str, Decimal] = defaultdict(lambda: ZERO)
    r_month: dict[dt.date, Decimal] = defaultdict(lambda: ZERO)
    received = ZERO
    for tenant, method, paid_on, amount in _payments(by.site_id, None, as_of):
        received += amount
        r_tenant[tenant] += amount
        r_method[method] += amount
        r_month[month_start(paid_on)] += amount
    o_tenant: dict[int, Decimal] = defaultdict(lambda: ZERO)
    o_age: dict[str, Decimal] = {k: ZERO for k in (NOT_DUE, *BUCKETS)}
    outstanding = ZERO
    for b in balances(by.site_id, as_of=as_of, open_only=True).values():
        outstanding += b.outstanding
        o_tenant[b.tenant_id] += b.outstanding
        o_age[NOT_DUE if b.due_on >= as_of else bucket_of((as_of - b.due_on).days)] += b.outstanding
    return Slices(billed, received, outstanding, credit_on_account(by.site_id, as_of=as_of), dict(by_tenant),
                  dict(by_item), dict(by_month), dict(r_tenant), dict(r_method), dict(r_month), dict(o_tenant), o_age)


@dataclass(frozen=True)
class Statement:
    """One month's reconciliation: opening + billed − received = closing = outstanding − paid in advance."""

    month: dt.date
    opening: Decimal
    billed_by_item: list[tuple[str, Decimal]]  # (item name, amount) incl. adjustments booked in the month
    billed: Decimal
    received_by_method: list[tuple[str, Decimal]]
    received: Decimal
    closing: Decimal
    outstanding: Decimal
    credit: Decimal
    outstanding_by_age: list[tuple[str, Decimal]]
    deposits_opening: Decimal
    deposits_moves: list[tuple[str, Decimal]]  # received, deducted, refunded in the month
    deposits_closing: Decimal
    bills_issued: int
    payments: int
    printed_at: dt.datetime


AGE_PRINT = {NOT_DUE: "未到期", "0-30": "逾期 1–30 天", "31-60": "逾期 31–60 天", "61-90": "逾期 61–90 天",
             "90+": "逾期 90 天以上"}
DEPOSIT_PRINT = {"received": "收取", "deducted": "扣除", "refunded": "退还"}


def statement(month: dt.date, *, by: Actor) -> Statement:
    require(by, "fees.statement")
    month = month_start(month)
    end = add_months(month, 1) - dt.timedelta(days=1)
    before = month - dt.timedelta(days=1)
    items = {i.id: (i.name, i.code) for i in ChargeItem.select().where(ChargeItem.site == by.site_id)}
    by_item: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for _tenant, item, _month, amount in _billed_rows(by.site_id, month, end):
        by_item[item] += amount
    by_method: dict[str, Decimal] = defaultdict(lambda: ZERO)
    payments = _payments(by.site_id, month, end)
    for _tenant, method, _day, amount in payments:
        by_method[method] += amount
    billed, received = total(by_item.values()), total(by_method.values())
    opening = (total(a for *_, a in _billed_rows(by.site_id, None, before))
               - total(a for *_, a in _payments(by.site_id, None, before)))
    ages = {k: ZERO for k in (NOT_DUE, *BUCKETS)}
    for b in balances(by.site_id, as_of=end, open_only=True).values():
        ages[NOT_DUE if b.due_on >= end else bucket_of((end - b.due_on).days)] += b.outstanding
    moves = dict(DepositEntry.select(DepositEntry.kind, fn.SUM(DepositEntry.amount)).where(
        (DepositEntry.site == by.site_id) & DepositEntry.day.between(month, end)).group_by(DepositEntry.kind).tuples())
    issued = Bill.select().where((Bill.site == by.site_id) & (Bill.status == "issued")
                                 & Bill.issued_on.between(month, end)).count()
    return Statement(
        month=month, opening=opening,
        billed_by_item=[(items[i][0], v) for i, v in sorted(by_item.items())], billed=billed,
        received_by_method=[(METHOD_PRINT[m], by_method[m]) for m in PAY_METHODS if m in by_method],
        received=received, closing=opening + billed - received,
        outstanding=total(ages.values()), credit=credit_on_account(by.site_id, as_of=end),
        outstanding_by_age=[(AGE_PRINT[k], v) for k, v in ages.items()],
        deposits_opening=deposits_held(by.site_id, as_of=before),
        deposits_moves=[(DEPOSIT_PRINT[k], cents(moves.get(k))) for k in DEPOSIT_KINDS],
        deposits_closing=deposits_held(by.site_id, as_of=end),
        bills_issued=issued, payments=len(payments), printed_at=now(),
    )


def statement_pdf(month: dt.date, *, by: Actor) -> bytes:
    from printouts.finance_statement import render_finance_statement
    from services.printing import letterhead

    return render_finance_statement(statement(month, by=by), letterhead(by.site_id))


def statement_xlsx(month: dt.date, *, by: Actor) -> bytes:
    """The same statement as a workbook: a summary sheet and the month's bills per tenant, amounts as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    s = statement(month, by=by)
    wb = Workbook()
    ws = wb.active
    ws.title = "对账汇总"
    bold = Font(bold=True)
    money_format = "#,##0.00"
    rows: list[tuple[str, object]] = [("月份", month_label(s.month)), ("期初应收余额", s.opening), ("", None),
                                      ("本月应收（按收费项目）", None)]
    rows += [(f"  {name}", v) for name, v in s.billed_by_item]
    rows += [("本月应收合计", s.billed), ("", None), ("本月实收（按收款方式）", None)]
    rows += [(f"  {name}", v) for name, v in s.received_by_method]
    rows += [("本月实收合计", s.received), ("", None), ("期末应收余额", s.closing), ("  其中：未收账款", s.outstanding),
             ("  减：预收款", s.credit), ("", None), ("未收账款账龄", None)]
    rows += [(f"  {name}", v) for name, v in s.outstanding_by_age]
    rows += [("", None), ("押金期初", s.deposits_opening)]
    rows += [(f"  押金{name}", v) for name, v in s.deposits_moves]
    rows += [("押金期末", s.deposits_closing)]
    for label, value in rows:
        ws.append([label, value])
        cell = ws.cell(ws.max_row, 2)
        if isinstance(value, Decimal):
            cell.number_format = money_format
        if label and not label.startswith(" "):
            ws.cell(ws.max_row, 1).font = bold
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 18
    detail = wb.create_sheet("本月账单")
    detail.append(["账单号", "业户", "账期", "开具日期", "应收金额", "已收", "未收"])
    for cell in detail[1]:
        cell.font = bold
    end = add_months(s.month, 1) - dt.timedelta(days=1)
    bills = list(Bill.select(Bill, Tenant).join(Tenant).where(
        (Bill.site == by.site_id) & (Bill.status == "issued") & Bill.issued_on.between(s.month, end))
        .order_by(Bill.number))
    bal = balances(by.site_id, bill_ids=[b.id for b in bills] or [0], as_of=end)
    for b in bills:
        detail.append([b.number, b.tenant.name, month_label(b.month), b.issued_on, bal[b.id].due, bal[b.id].paid,
                       bal[b.id].outstanding])
        for col in (5, 6, 7):
            detail.cell(detail.max_row, col).number_format = money_format
    for col, width in zip("ABCDEFG", (16, 40, 12, 12, 14, 14, 14), strict=True):
        detail.column_dimensions[col].width = width
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()
