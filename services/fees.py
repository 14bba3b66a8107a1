"""Fees (收费): charges posted by other areas, the monthly bill run, check and issue, adjustments, balances,
and what a tenant owes (move-out asks here)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

import peewee
from peewee import JOIN, fn

from models import Tenant, TenantUnit, Unit, db, now
from models.fees import (
    Adjustment,
    Allocation,
    Bill,
    BillLine,
    Charge,
    ChargeItem,
    DepositEntry,
    MeterReading,
    Payment,
)
from models.prepared import Prepared, filled, hole, listed, one_of
from services import settings
from services.access import Actor, require
from services.audit import record
from services.charge_items import _item, ensure_items
from services.errors import NotFound, Problems, ValidationError
from services.meters import METERS
from services.money import (
    ZERO,
    add_months,
    cents,
    line_rounder,
    month_label,
    month_start,
    parse_amount,
    total,
)
from services.numbering import next_number

BILL_FLOW = {"draft": ("checked",), "checked": ("draft", "issued"), "issued": ()}


# ---------------------------------------------------------------- charges posted by other areas
def post_charge(tenant_id: int, item_code: str, amount: Decimal, *, source: str, source_id: int, note: str = "",
                by: Actor, on: dt.date | None = None) -> int:
    """Post a one-off charge (lost key, room hours, debris fee, damage, a service) onto the tenant's next bill.

    Idempotent per (source, source_id): posting the same thing again returns the first charge's id and
    charges nothing more. `amount` is a Decimal in yuan (positive, to the fen). Returns the charge id.
    """
    require(by, "fees.charge.post")
    problems = Problems()
    tenant = Tenant.get_or_none((Tenant.id == tenant_id) & (Tenant.site == by.site_id))
    if tenant is None:
        raise NotFound("tenant", tenant_id)
    item = _item(by.site_id, item_code)
    if item is None or not item.active:
        problems.add("item", "fees.item_unknown", item=item_code)
    value = parse_amount(amount) if isinstance(amount, (Decimal, int, str)) else None
    if value is None:
        problems.add("amount", "fees.amount")
    if not source.strip() or len(source) > 30:
        problems.add("source", "required")
    problems.raise_if_any()
    with db.atomic():
        existing = Charge.get_or_none((Charge.site == by.site_id) & (Charge.source == source)
                                      & (Charge.source_id == source_id))
        if existing is not None:
            return existing.id
        charge = Charge.create(site=by.site_id, tenant=tenant_id, item=item, amount=value, source=source,
                               source_id=source_id, note=note.strip()[:200], posted_on=on or dt.date.today(),
                               posted_by=by.username)
        record(by, "post", "charge", charge.id, after={"tenant": tenant_id, "item": item.code, "amount": value,
                                                       "source": source, "source_id": source_id, "note": note})
    return charge.id


# ---------------------------------------------------------------- the monthly run
@dataclass(frozen=True)
class RunResult:
    month: dt.date
    created: int
    rebuilt: int
    left_alone: int  # checked or issued bills: a run never touches them
    missing_readings: list[str]  # "12F-1205 水" where a held unit has no reading for the month


def _lines_for(round_line: Callable[[Decimal], Decimal], month: dt.date,
               tenant_units: list[tuple[int, str, Decimal]],
               items: dict[str, ChargeItem], readings: dict[tuple[int, str], MeterReading],
               missing: list[str]) -> list[dict]:
    lines = []
    for item in items.values():
        if item.kind == "area" and item.active:
            for _uid, code, area in tenant_units:
                lines.append({"item": item.id, "unit_code": code, "description": f"{item.name} {month_label(month)}",
                              "quantity": area, "unit_price": item.unit_price,
                              "amount": round_line(area * item.unit_price)})
        elif item.kind == "fixed" and item.active and tenant_units:
            # A flat monthly sum per tenant holding units (e.g. 垃圾清运费 per office).
            lines.append({"item": item.id, "unit_code": "", "description": f"{item.name} {month_label(month)}",
                          "quantity": Decimal(1), "unit_price": item.unit_price,
                          "amount": round_line(item.unit_price)})
    for meter, code_name in METERS.items():
        item = items.get(code_name)
        if item is None or not item.active:
            continue
        for uid, code, _area in tenant_units:
            reading = readings.get((uid, meter))
            if reading is None:
                missing.append(f"{code} {item.name}")
                continue
            if reading.usage > 0:
                lines.append({"item": item.id, "unit_code": code,
                              "description": f"{item.name} {month_label(month)} 读数 {reading.reading}",
                              "quantity": reading.usage, "unit_price": item.unit_price,
                              "amount": round_line(reading.usage * item.unit_price)})
    return lines


def run_month(month: dt.date, *, by: Actor) -> RunResult:
    """Draft every active tenant's bill for `month` from unit areas, the month's readings and the charges
    posted up to the month's end. Drafts are rebuilt; checked and issued bills are left alone."""
    require(by, "fees.bill.run")
    ensure_items(by.site_id)
    month = month_start(month)
    month_end = add_months(month, 1) - dt.timedelta(days=1)
    items = {i.code: i for i in ChargeItem.select().where(ChargeItem.site == by.site_id)}
    holdings: dict[int, list[tuple[int, str, Decimal]]] = defaultdict(list)
    # Units held on the month's first day or taken during the month (whole months: no proration).
    for tenant_id, uid, code, area in (
            TenantUnit.select(TenantUnit.tenant, Unit.id, Unit.code, Unit.area).join(Unit).switch(TenantUnit)
            .join(Tenant).where((Tenant.site == by.site_id) & (Tenant.status == "active")
                                & (TenantUnit.until.is_null() | (TenantUnit.until > month))
                                & (TenantUnit.since.is_null() | (TenantUnit.since <= month_end)))
            .order_by(Unit.code).tuples()):
        holdings[tenant_id].append((uid, code, area))
    readings = {(r.unit_id, r.meter): r for r in MeterReading.select().where(
        (MeterReading.site == by.site_id) & (MeterReading.month == month))}
    existing = {b.tenant_id: b for b in Bill.select().where(
        (Bill.site == by.site_id) & (Bill.month == month))}
    item_of = items_by_id(items)
    charges: dict[int, list[Charge]] = defaultdict(list)
    for c in Charge.select().where((Charge.site == by.site_id) & (Charge.posted_on <= month_end)
                                   & (Charge.bill.is_null() | Charge.bill.in_(
                                       [b.id for b in existing.values() if b.status == "draft"] or [0]))):
        charges[c.tenant_id].append(c)
    created = rebuilt = left = 0
    missing: list[str] = []
    rounder = line_rounder(by.site_id)
    with db.atomic():
        for tenant_id in sorted(set(holdings) | set(charges)):
            bill = existing.get(tenant_id)
            if bill is not None and bill.status != "draft":
                left += 1
                continue
            lines = _lines_for(rounder, month, holdings.get(tenant_id, []), items, readings, missing)
            posted = charges.get(tenant_id, [])
            if not lines and not posted:
                continue
            if bill is None:
                bill = Bill.create(site=by.site_id, tenant=tenant_id, month=month)
                created += 1
            else:
                BillLine.delete().where(BillLine.bill == bill).execute()
                rebuilt += 1
            for line in lines:
                line["bill"] = bill.id
            if lines:
                BillLine.insert_many(lines).execute()
            for c in posted:
                line_id = BillLine.insert(bill=bill.id, item=c.item_id, unit_code="", description=c.note or
                                          item_of[c.item_id].name, quantity=Decimal(1),
                                          unit_price=c.amount, amount=c.amount).execute()
                Charge.update(bill=bill.id, bill_line=line_id).where(Charge.id == c.id).execute()
            amount = total(line["amount"] for line in lines) + total(c.amount for c in posted)
            Bill.update(total=amount, version=Bill.version + 1, updated_at=now()).where(Bill.id == bill.id).execute()
        record(by, "run", "bill_run", None, after={"month": month.isoformat(), "created": created,
                                                    "rebuilt": rebuilt, "left_alone": left})
    return RunResult(month, created, rebuilt, left, missing)


def items_by_id(items: dict[str, ChargeItem]) -> dict[int, ChargeItem]:
    return {i.id: i for i in items.values()}


def _bill(bill_id: int, by: Actor) -> Bill:
    bill = Bill.get_or_none((Bill.id == bill_id) & (Bill.site == by.site_id))
    if bill is None:
        raise NotFound("bill", bill_id)
    return bill


def _move(bill_ids: list[int], target: str, by: Actor, extra: dict | None = None,
          number: bool = False, today: dt.date | None = None) -> int:
    moved = 0
    day = today or dt.date.today()
    due_days = int(settings.get(by.site_id, "fees.due_days"))
    bills = {b.id: b for b in Bill.select().where((Bill.site == by.site_id) & Bill.id.in_(bill_ids))}
    with db.atomic():
        for bill_id in bill_ids:
            bill = bills.get(bill_id)
            if bill is None:
                raise NotFound("bill", bill_id)
            if target not in BILL_FLOW[bill.status]:
                raise ValidationError("status", "fees.bill_state", number=bill.number or f"#{bill.id}",
                                      status=bill.status)
            changes = dict(extra or {})
            changes["status"] = target
            if number:
                changes["number"] = next_number(by.site_id, "ZD", year=day.year)
                changes["issued_on"] = day
                changes["due_on"] = day + dt.timedelta(days=due_days)
            # The status in the WHERE: a second desk moving the same bill meanwhile finds nothing to move.
            if not Bill.update(**changes, version=Bill.version + 1, updated_at=now()).where(
                    (Bill.id == bill.id) & (Bill.status == bill.status)).execute():
                raise ValidationError("status", "fees.bill_state", number=bill.number or f"#{bill.id}",
                                      status=bill.status)
            record(by, target if target != "draft" else "reopen", "bill", bill.id,
                   before={"status": bill.status}, after=changes)
            moved += 1
    return moved


def check_bills(bill_ids: list[int], *, by: Actor) -> int:
    """The desk has looked the drafts over: mark them checked (a supervisor)."""
    require(by, "fees.bill.check")
    return _move(bill_ids, "checked", by, {"checked_by": by.username})


def reopen_bills(bill_ids: list[int], *, by: Actor) -> int:
    """A checked bill goes back to draft (to be rebuilt after a late reading or charge)."""
    require(by, "fees.bill.check")
    return _move(bill_ids, "draft", by, {"checked_by": ""})


def issue_bills(bill_ids: list[int], *, by: Actor, today: dt.date | None = None) -> int:
    """Issue checked bills: each gets its number (ZD-2026-0001) and due date; from now on it is never edited."""
    require(by, "fees.bill.issue")
    return _move(bill_ids, "issued", by, {"issued_by": by.username}, number=True, today=today)


@dataclass
class AdjustInput:
    item_code: str = "MGMT"
    amount: str = ""  # signed: a credit is negative (e.g. -120.00), a debit positive
    reason: str = ""


def adjust_bill(bill_id: int, data: AdjustInput, *, by: Actor, today: dt.date | None = None) -> int:
    """Record a credit or debit against an issued bill, with its reason; the bill itself stays as issued."""
    require(by, "fees.adjust", entity="bill", record_id=bill_id)
    bill = _bill(bill_id, by)
    problems = Problems()
    if bill.status != "issued":
        problems.add("status", "fees.adjust_not_issued")
    item = _item(by.site_id, data.item_code)
    if item is None:
        problems.add("item_code", "fees.item_unknown", item=data.item_code)
    amount = parse_amount(data.amount, allow_negative=True)
    if amount is None:
        problems.add("amount", "fees.amount_signed")
    if not data.reason.strip():
        problems.add("reason", "required")
    problems.raise_if_any()
    balance = balances(by.site_id, bill_ids=[bill_id])[bill_id]
    if amount < 0 and -amount > balance.due - balance.paid:
        raise ValidationError("amount", "fees.credit_too_big", outstanding=str(balance.due - balance.paid))
    with db.atomic():
        adj = Adjustment.create(bill=bill, item=item, amount=amount, reason=data.reason.strip(),
                                made_on=today or dt.date.today(), made_by=by.username)
        record(by, "adjust", "bill", bill_id, after={"amount": amount, "item": item.code},
               note=data.reason.strip())
    return adj.id


# ---------------------------------------------------------------- balances, accounts, owes
class Balance(NamedTuple):
    """An issued bill's money: billed (total plus adjustments), paid (allocated), what is still open. A named
    tuple: the arrears read thousands."""

    bill_id: int
    tenant_id: int
    due_on: dt.date | None
    due: Decimal
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.due - self.paid


# Written into the SQL as a number: bound as a Decimal it reaches SQLite as text, which every number is less
# than, and `left > 0.005` would never hold there (nor `left < -0.005` fail).
HALF_FEN = peewee.SQL("0.005")


class IssuedBills(NamedTuple):
    """Issued bills joined to their adjustments and payments (summed per bill by the database): the query, to
    be given its columns with `.select(...)`, the summed columns, and what each bill leaves open."""

    query: peewee.ModelSelect
    adjusted: peewee.Node
    allocated: peewee.Node
    left: peewee.Node


def issued_bills(by_tenant: bool = False, tenants: int = 0, bills: int = 0, by_as_of: bool = False) -> IssuedBills:
    """The site's issued bills (hole `site`): of one tenant (`tenant`), of a list of `tenants` or `bills` (their
    sizes, for `filled`), as of a day (`as_of`: bills issued, adjustments made and payments taken by then)."""
    scope = (Bill.site == hole("site")) & (Bill.status == "issued")
    paid_scope = (Payment.site == hole("site")) & ~Payment.voided
    if by_tenant:
        scope &= Bill.tenant == hole("tenant")
        paid_scope &= Payment.tenant == hole("tenant")
    if tenants:
        scope &= one_of(Bill.tenant, "tenants", tenants)
        paid_scope &= one_of(Payment.tenant, "tenants", tenants)
    if bills:
        scope &= one_of(Bill.id, "bills", bills)
        paid_scope &= one_of(Allocation.bill, "bills", bills)
    adj_scope = scope
    if by_as_of:
        scope &= Bill.issued_on <= hole("as_of", Bill.issued_on)
        adj_scope &= Adjustment.made_on <= hole("as_of", Adjustment.made_on)
        paid_scope &= Payment.paid_on <= hole("as_of", Payment.paid_on)
    adj = (Adjustment.select(Adjustment.bill.alias("bill_id"), fn.SUM(Adjustment.amount).alias("amount"))
           .join(Bill).where(adj_scope).group_by(Adjustment.bill).alias("adj"))
    paid = (Allocation.select(Allocation.bill.alias("bill_id"), fn.SUM(Allocation.amount).alias("amount"))
            .join(Payment).where(paid_scope).group_by(Allocation.bill).alias("paid"))
    query = (Bill.select(Bill.id)
             .join(adj, JOIN.LEFT_OUTER, on=(adj.c.bill_id == Bill.id))
             .join_from(Bill, paid, JOIN.LEFT_OUTER, on=(paid.c.bill_id == Bill.id))
             .where(scope))
    left = Bill.total + fn.COALESCE(adj.c.amount, 0) - fn.COALESCE(paid.c.amount, 0)
    return IssuedBills(query, adj.c.amount, paid.c.amount, left)


def _balance_list(by_tenant: bool, tenants: int, bills: int, by_as_of: bool, open_only: bool):
    """Balances of issued bills for one shape of `balances`."""
    issued = issued_bills(by_tenant, tenants, bills, by_as_of)
    query = issued.query.select(Bill.id, Bill.tenant, Bill.due_on, Bill.total, issued.adjusted, issued.allocated)
    return query.where(_off_zero(issued.left)) if open_only else query


def _off_zero(left: peewee.Node) -> peewee.Expression:
    # Money may come back from SQLite as floating point: the database keeps anything a fen or more off zero,
    # the exact test in Python decides.
    return (left > HALF_FEN) | (left < peewee.SQL("-0.005"))


_BALANCES = Prepared(_balance_list)
_new_row = tuple.__new__


def balances(site_id: int, *, tenant_id: int | None = None, bill_ids: list[int] | None = None,
             as_of: dt.date | None = None, open_only: bool = False,
             tenant_ids: list[int] | None = None) -> dict[int, Balance]:
    """Balances of issued bills (of one tenant, or of some), as of a day if given (adjustments and payments
    up to that day). Adjustments and payments are summed per bill by the database and joined to the bills, so
    `open_only` (the arrears, a payment's open bills) reads only the bills still owing, not years of paid ones."""
    if (bill_ids is not None and not bill_ids) or (tenant_ids is not None and not tenant_ids):
        return {}  # none asked for: an empty list matches no bill
    given: dict = {"site": site_id, "tenant": tenant_id, "as_of": as_of}
    tenants = bills = 0
    if tenant_ids is not None:
        tenants = listed(tenant_ids)
        given.update(filled("tenants", tenant_ids, tenants))
    if bill_ids is not None:
        bills = listed(bill_ids)
        given.update(filled("bills", bill_ids, bills))
    rows = _BALANCES.rows((tenant_id is not None, tenants, bills, as_of is not None, open_only), **given)
    out = {}
    for bill_id, tenant, due_on, amount, adjusted, allocated in rows:
        b = _new_row(Balance, (bill_id, tenant, due_on, cents(amount) + cents(adjusted), cents(allocated)))
        if not open_only or b.outstanding != 0:
            out[bill_id] = b
    return out


def credit_on_account(site_id: int, tenant_id: int | None = None, as_of: dt.date | None = None) -> Decimal:
    """Money paid but not (yet) allocated to a bill: prepaid, it settles the next bills."""
    paid = Payment.select(fn.SUM(Payment.amount)).where((Payment.site == site_id) & ~Payment.voided)
    used = Allocation.select(fn.SUM(Allocation.amount)).join(Payment).where((Payment.site == site_id) & ~Payment.voided)
    if tenant_id is not None:
        paid, used = paid.where(Payment.tenant == tenant_id), used.where(Payment.tenant == tenant_id)
    if as_of is not None:
        # Money allocated to a bill issued after that day was still credit on that day.
        paid = paid.where(Payment.paid_on <= as_of)
        used = used.switch(Allocation).join(Bill).where((Payment.paid_on <= as_of) & (Bill.issued_on <= as_of))
    return cents(paid.scalar()) - cents(used.scalar())


@dataclass(frozen=True)
class OwesSummary:
    """What move-out reads: open issued bills, bills not issued yet, charges not yet billed, credit, deposits."""

    outstanding: Decimal  # issued, not paid
    not_issued: Decimal  # draft and checked bills
    unbilled: Decimal  # posted charges on no bill yet
    credit: Decimal  # paid in advance
    deposits_held: Decimal

    @property
    def owes(self) -> Decimal:
        return self.outstanding + self.not_issued + self.unbilled - self.credit


def owes_summary(tenant_id: int, *, by: Actor) -> OwesSummary:
    require(by, "fees.view")
    return _owes_summary(by.site_id, tenant_id)


def _owes_summary(site_id: int, tenant_id: int) -> OwesSummary:
    return _owes_summaries(site_id, [tenant_id])[tenant_id]


def _owed_parts(tenants: int):
    """Every figure `_owes_summaries` adds up, per tenant of a list of `tenants` (its size), as grouped parts of
    one statement: (part, tenant, a deposit entry's kind or '', sum)."""
    def part(name: str) -> peewee.SQL:
        return peewee.SQL(f"'{name}'")

    issued = issued_bills(tenants=tenants)
    live = (Payment.site == hole("site")) & ~Payment.voided & one_of(Payment.tenant, "tenants", tenants)
    parts = (
        # What the bills still owing leave open, summed by the database: every amount is to the fen, so the
        # sum quantized is the sum of each bill's balance (a settled bill adds nothing, and is not read).
        issued.query.select(part("outstanding"), Bill.tenant, part(""), fn.SUM(issued.left))
        .where(_off_zero(issued.left)).group_by(Bill.tenant),
        Bill.select(part("not_issued"), Bill.tenant, part(""), fn.SUM(Bill.total)).where(
            (Bill.site == hole("site")) & one_of(Bill.tenant, "tenants", tenants)
            & Bill.status.in_(("draft", "checked"))).group_by(Bill.tenant),
        Charge.select(part("unbilled"), Charge.tenant, part(""), fn.SUM(Charge.amount)).where(
            (Charge.site == hole("site")) & one_of(Charge.tenant, "tenants", tenants)
            & Charge.bill.is_null()).group_by(Charge.tenant),
        Payment.select(part("paid"), Payment.tenant, part(""), fn.SUM(Payment.amount)).where(live)
        .group_by(Payment.tenant),
        Allocation.select(part("used"), Payment.tenant, part(""), fn.SUM(Allocation.amount)).join(Payment)
        .where(live).group_by(Payment.tenant),
        DepositEntry.select(part("deposits"), DepositEntry.tenant, DepositEntry.kind, fn.SUM(DepositEntry.amount))
        .where((DepositEntry.site == hole("site")) & one_of(DepositEntry.tenant, "tenants", tenants))
        .group_by(DepositEntry.tenant, DepositEntry.kind),
    )
    query = parts[0]
    for more in parts[1:]:
        query = query + more  # UNION ALL
    return query


_OWED_PARTS = Prepared(_owed_parts)


def _owes_summaries(site_id: int, tenant_ids: list[int]) -> dict[int, OwesSummary]:
    """OwesSummary of several tenants in one statement of grouped parts (a list of move-outs, not one per row)."""
    ids = list(dict.fromkeys(tenant_ids))
    if not ids:
        return {}
    size = listed(ids)
    figures: dict[str, dict[int, Decimal]] = {
        name: {} for name in ("outstanding", "not_issued", "unbilled", "paid", "used", "deposits")}
    deposits = figures["deposits"]
    for name, tenant, kind, amount in _OWED_PARTS.rows((size,), site=site_id, **filled("tenants", ids, size)):
        if name == "deposits":
            deposits[tenant] = deposits.get(tenant, ZERO) + (cents(amount) if kind == "received" else -cents(amount))
        else:
            figures[name][tenant] = cents(amount)
    outstanding, not_issued, unbilled = figures["outstanding"], figures["not_issued"], figures["unbilled"]
    paid, used = figures["paid"], figures["used"]
    return {t: OwesSummary(outstanding.get(t, ZERO), not_issued.get(t, ZERO), unbilled.get(t, ZERO),
                           paid.get(t, ZERO) - used.get(t, ZERO), deposits.get(t, ZERO)) for t in ids}


def owed(site_id: int, tenant_id: int) -> Decimal:
    """What `owes` answers, for another service that has already checked its own permission (move-out)."""
    return _owes_summary(site_id, tenant_id).owes


def owed_by_tenant(site_id: int, tenant_ids: list[int]) -> dict[int, Decimal]:
    """`owed` of several tenants at once (the move-outs list)."""
    return {t: s.owes for t, s in _owes_summaries(site_id, tenant_ids).items()}


def owes(tenant_id: int, *, by: Actor) -> Decimal:
    """Does this tenant owe anything: issued bills unpaid + bills not issued yet + charges not yet billed − credit.

    Positive: the tenant owes that much; 0 or less: nothing (a negative figure is money held in advance).
    Deposits are not netted here: move-out settles them apart (deduct or refund).
    """
    return owes_summary(tenant_id, by=by).owes


# ---------------------------------------------------------------- what the fees page lists
@dataclass(frozen=True)
class BillRow:
    id: int
    tenant_id: int
    tenant: str
    month: dt.date
    number: str
    status: str
    total: Decimal
    due: Decimal
    paid: Decimal
    due_on: dt.date | None

    @property
    def outstanding(self) -> Decimal:
        return self.due - self.paid


def _rows(query, site_id: int) -> list[BillRow]:
    bills = list(query)
    bal = balances(site_id, bill_ids=[b.id for b in bills]) if bills else {}
    return [BillRow(b.id, b.tenant_id, b.tenant.name, b.month, b.number, b.status, cents(b.total),
                    bal[b.id].due if b.id in bal else cents(b.total), bal[b.id].paid if b.id in bal else ZERO, b.due_on)
            for b in bills]


def bills_of_month(month: dt.date, *, by: Actor, status: str = "") -> list[BillRow]:
    require(by, "fees.view")
    query = (Bill.select(Bill, Tenant).join(Tenant)
             .where((Bill.site == by.site_id) & (Bill.month == month_start(month))))
    if status:
        query = query.where(Bill.status == status)
    return _rows(query.order_by(Tenant.name_initials, Bill.id), by.site_id)


def tenant_bills(tenant_id: int, *, by: Actor) -> list[BillRow]:
    require(by, "fees.view")
    query = (Bill.select(Bill, Tenant).join(Tenant)
             .where((Bill.site == by.site_id) & (Bill.tenant == tenant_id)))
    return _rows(query.order_by(Bill.month.desc(), Bill.id.desc()), by.site_id)


@dataclass(frozen=True)
class LineRow:
    item: str
    unit_code: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class AdjustmentRow:
    id: int
    bill_id: int
    bill_number: str
    item: str
    amount: Decimal
    reason: str
    made_on: dt.date
    made_by: str


@dataclass(frozen=True)
class BillDetail:
    row: BillRow
    tenant_units: str
    lines: list[LineRow] = field(default_factory=list)
    adjustments: list[AdjustmentRow] = field(default_factory=list)


def bill_detail(bill_id: int, *, by: Actor) -> BillDetail:
    require(by, "fees.view")
    bill = _bill(bill_id, by)
    row = _rows(Bill.select(Bill, Tenant).join(Tenant).where(Bill.id == bill_id), by.site_id)[0]
    lines = [LineRow(item.name, ln.unit_code, ln.description, ln.quantity, ln.unit_price, cents(ln.amount))
             for ln, item in ((ln, ln.item) for ln in BillLine.select(BillLine, ChargeItem).join(ChargeItem)
                              .where(BillLine.bill == bill).order_by(BillLine.id))]
    codes = sorted({ln.unit_code for ln in lines if ln.unit_code})
    return BillDetail(row, "、".join(codes), lines, adjustments(by=by, bill_id=bill_id))


def adjustments(*, by: Actor, bill_id: int | None = None, tenant_id: int | None = None) -> list[AdjustmentRow]:
    require(by, "fees.view")
    query = (Adjustment.select(Adjustment, Bill, ChargeItem).join(Bill).switch(Adjustment).join(ChargeItem)
             .where(Bill.site == by.site_id))
    if bill_id is not None:
        query = query.where(Adjustment.bill == bill_id)
    if tenant_id is not None:
        query = query.where(Bill.tenant == tenant_id)
    return [AdjustmentRow(a.id, a.bill_id, a.bill.number, a.item.name, cents(a.amount), a.reason, a.made_on, a.made_by)
            for a in query.order_by(Adjustment.id)]


STATUS_PRINT = {"draft": "草稿", "checked": "已审核", "issued": "已开具"}


def print_bill(bill_id: int, *, by: Actor) -> bytes:
    """The 缴费通知单 of a bill as PDF bytes (a draft prints marked as such, without a number)."""
    from printouts.bill import BillAdjustmentRow, BillLineRow, BillSheet, render_bill
    from services.money import capital
    from services.printing import letterhead

    d = bill_detail(bill_id, by=by)
    r = d.row
    bill = _bill(bill_id, by)
    units = {"area": "m²", "water": "吨", "power": "kWh"}
    kinds = dict(ChargeItem.select(ChargeItem.name, ChargeItem.kind).where(ChargeItem.site == by.site_id).tuples())
    sheet = BillSheet(
        number=r.number, status=STATUS_PRINT.get(r.status, r.status), tenant=r.tenant, units=d.tenant_units,
        period=month_label(r.month), issued_on=bill.issued_on, due_on=r.due_on,
        lines=tuple(BillLineRow(ln.item, ln.unit_code, ln.description,
                                f"{ln.quantity:,.2f} {units.get(kinds.get(ln.item, ''), '')}".strip(),
                                f"{ln.unit_price:,.2f}" if ln.unit_price == ln.unit_price.quantize(Decimal("0.01"))
                                else f"{ln.unit_price:,.4f}", ln.amount) for ln in d.lines),
        adjustments=tuple(BillAdjustmentRow(a.item, a.reason, a.made_on, a.amount) for a in d.adjustments),
        total=r.total, due=r.due, paid=r.paid, due_words=capital(r.due - r.paid), printed_at=now(),
    )
    return render_bill(sheet, letterhead(by.site_id))


def add_desk_charge(tenant_id: int, item_code: str, amount: str, note: str, *, by: Actor,
                    on: dt.date | None = None) -> int:
    """A one-off charge the desk enters itself (parking, a paid service agreed at the counter): each entry is its
    own charge, numbered from the site's desk-charge counter so it cannot be posted twice by accident."""
    require(by, "fees.charge.post")
    value = parse_amount(amount)
    if value is None:
        raise ValidationError("amount", "fees.amount")
    day = on or dt.date.today()
    with db.atomic():
        serial = int(next_number(by.site_id, "DESK", year=day.year, width=6).rsplit("-", 1)[1])
        return post_charge(tenant_id, item_code, value, source="desk", source_id=day.year * 1_000_000 + serial,
                           note=note, by=by, on=day)
