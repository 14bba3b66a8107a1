"""The monthly reconciliation for the finance department (billed, received, outstanding, deposits held), as
figures, PDF and .xlsx; and the ledger sliced per tenant, item, month and age, each adding up to the ledger."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO

from peewee import fn

from models import Tenant, now
from models.fees import DEPOSIT_KINDS, PAY_METHODS, Adjustment, Bill, BillLine, ChargeItem, DepositEntry, Payment
from services.access import Actor, require
from services.arrears import BUCKETS, bucket_of
from services.fees import balances, credit_on_account
from services.money import ZERO, add_months, cents, month_label, month_start
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
        (Payment.site == site_id) & ~Payment.voided & (Payment.paid_on <= end))
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


def _slice(rows, *keys: Callable) -> tuple[Decimal, list[dict]]:
    """The total of the rows' last field (the amount) and that amount summed by each key; one pass."""
    whole = ZERO
    parts: list[dict] = [defaultdict(lambda: ZERO) for _ in keys]
    for row in rows:
        whole += row[-1]
        for part, key in zip(parts, keys, strict=True):
            part[key(row)] += row[-1]
    return whole, [dict(p) for p in parts]


def _open_bills(site_id: int, as_of: dt.date) -> list[tuple[int, str, Decimal]]:
    """(tenant, age bucket, outstanding) of every open issued bill as of a day."""
    return [(b.tenant_id, NOT_DUE if b.due_on >= as_of else bucket_of((as_of - b.due_on).days), b.outstanding)
            for b in balances(site_id, as_of=as_of, open_only=True).values()]


def ledger_slices(*, by: Actor, as_of: dt.date | None = None) -> Slices:
    require(by, "fees.statement")
    as_of = as_of or dt.date.today()
    codes = dict(ChargeItem.select(ChargeItem.id, ChargeItem.code).where(ChargeItem.site == by.site_id).tuples())
    billed, (by_tenant, by_item, by_month) = _slice(
        _billed_rows(by.site_id, None, as_of), lambda r: r[0], lambda r: codes[r[1]], lambda r: r[2])
    received, (r_tenant, r_method, r_month) = _slice(
        _payments(by.site_id, None, as_of), lambda r: r[0], lambda r: r[1], lambda r: month_start(r[2]))
    outstanding, (o_tenant, o_age) = _slice(_open_bills(by.site_id, as_of), lambda r: r[0], lambda r: r[1])
    o_age = {k: o_age.get(k, ZERO) for k in (NOT_DUE, *BUCKETS)}
    return Slices(billed, received, outstanding, credit_on_account(by.site_id, as_of=as_of), by_tenant, by_item,
                  by_month, r_tenant, r_method, r_month, o_tenant, o_age)


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
    items = {i.id: i.name for i in ChargeItem.select().where(ChargeItem.site == by.site_id)}
    billed, (by_item,) = _slice(_billed_rows(by.site_id, month, end), lambda r: r[1])
    payments = _payments(by.site_id, month, end)
    received, (by_method,) = _slice(payments, lambda r: r[1])
    opening = _slice(_billed_rows(by.site_id, None, before))[0] - _slice(_payments(by.site_id, None, before))[0]
    outstanding, (ages,) = _slice(_open_bills(by.site_id, end), lambda r: r[1])
    moves = dict(DepositEntry.select(DepositEntry.kind, fn.SUM(DepositEntry.amount)).where(
        (DepositEntry.site == by.site_id) & DepositEntry.day.between(month, end)).group_by(DepositEntry.kind).tuples())
    issued = Bill.select().where((Bill.site == by.site_id) & (Bill.status == "issued")
                                 & Bill.issued_on.between(month, end)).count()
    return Statement(
        month=month, opening=opening,
        billed_by_item=[(items[i], v) for i, v in sorted(by_item.items())], billed=billed,
        received_by_method=[(METHOD_PRINT[m], by_method[m]) for m in PAY_METHODS if m in by_method],
        received=received, closing=opening + billed - received,
        outstanding=outstanding, credit=credit_on_account(by.site_id, as_of=end),
        outstanding_by_age=[(AGE_PRINT[k], ages.get(k, ZERO)) for k in (NOT_DUE, *BUCKETS)],
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
