"""Payments at the desk: allocated to the oldest open bills first (or the bills chosen), a numbered receipt
(收费票据) per site and year; and deposits held apart from charges (received, deducted, refunded)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from models import Tenant, TenantUnit, Unit, User, db, is_postgres, now
from models.fees import DEPOSIT_KINDS, PAY_METHODS, Allocation, Bill, DepositEntry, Payment
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems, ValidationError
from services.fees import balances
from services.money import ZERO, capital, cents, month_label, parse_amount, total
from services.numbering import next_number

RECEIPT_KIND = "SF"  # SF-2026-0001
METHOD_PRINT = {"transfer": "银行转账", "cash": "现金", "wechat": "微信支付", "alipay": "支付宝", "card": "银行卡",
                "cheque": "支票"}


@dataclass
class PaymentInput:
    tenant_id: int | None = None
    amount: str = ""
    method: str = "transfer"
    reference: str = ""
    paid_on: dt.date | None = None
    bill_ids: list[int] = field(default_factory=list)  # empty: the oldest open bills first
    note: str = ""


@dataclass(frozen=True)
class PaymentResult:
    payment_id: int
    receipt_no: str
    allocated: dict[int, Decimal]  # bill id -> amount
    credit: Decimal  # what was left over, held on account


def _tenant(tenant_id: int | None, by: Actor) -> Tenant:
    tenant = Tenant.get_or_none((Tenant.id == (tenant_id or 0)) & (Tenant.site == by.site_id))
    if tenant is None:
        raise ValidationError("tenant_id", "required")
    return tenant


def _check(data: PaymentInput, by: Actor) -> tuple[Tenant, Decimal, str, dt.date]:
    problems = Problems()
    tenant = None
    try:
        tenant = _tenant(data.tenant_id, by)
    except ValidationError:
        problems.add("tenant_id", "required")
    amount = parse_amount(data.amount)
    if amount is None:
        problems.add("amount", "fees.amount")
    if data.method not in PAY_METHODS:
        problems.add("method", "fees.method")
    reference = (data.reference or "").strip()
    if data.method in ("transfer", "cheque", "card") and not reference:
        problems.add("reference", "fees.reference")
    elif len(reference) > 60:
        problems.add("reference", "too_long", maximum=60)
    paid_on = data.paid_on or dt.date.today()
    if paid_on > dt.date.today():
        problems.add("paid_on", "date_future")
    problems.raise_if_any()
    assert tenant is not None and amount is not None
    return tenant, amount, reference, paid_on


def take_payment(data: PaymentInput, *, by: Actor) -> PaymentResult:
    """Record a payment, allocate it, number its receipt; all in one transaction.

    Two desks taking money at once: the receipt counter's row is bumped first, and on PostgreSQL the
    tenant's row is locked, so the second desk waits and then sees the first desk's allocations — no
    receipt number twice, no bill paid beyond its amount.
    """
    require(by, "fees.pay")
    tenant, amount, reference, paid_on = _check(data, by)
    with db.atomic():
        if is_postgres():
            Tenant.select(Tenant.id).where(Tenant.id == tenant.id).for_update().execute()
        receipt_no = next_number(by.site_id, RECEIPT_KIND, year=paid_on.year)
        open_bills = balances(by.site_id, tenant_id=tenant.id, open_only=True)
        if data.bill_ids:
            chosen = [b for b in data.bill_ids if b in open_bills]
            if len(chosen) != len(set(data.bill_ids)):
                raise ValidationError("bill_ids", "fees.bill_not_open")
            order = chosen
        else:
            months = dict(Bill.select(Bill.id, Bill.month).where(Bill.id.in_(list(open_bills) or [0])).tuples())
            order = sorted(open_bills, key=lambda b: (months[b], b))  # oldest month first
        payment = Payment.create(site=by.site_id, tenant=tenant, receipt_no=receipt_no, amount=amount,
                                 method=data.method, reference=reference, paid_on=paid_on, taken_by=by.username,
                                 note=(data.note or "").strip()[:200])
        left = amount
        allocated: dict[int, Decimal] = {}
        for bill_id in order:
            outstanding = open_bills[bill_id].outstanding
            if left <= 0 or outstanding <= 0:
                continue
            part = min(left, outstanding)
            Allocation.create(payment=payment, bill=bill_id, amount=part)
            allocated[bill_id] = part
            left -= part
        record(by, "create", "payment", payment.id, after={
            "receipt_no": receipt_no, "tenant": tenant.id, "amount": amount, "method": data.method,
            "reference": reference, "paid_on": paid_on, "allocated": {str(k): str(v) for k, v in allocated.items()}})
    return PaymentResult(payment.id, receipt_no, allocated, left)


def apply_credit(tenant_id: int, *, by: Actor) -> dict[int, Decimal]:
    """Settle open bills (oldest first) from money the tenant paid in advance; bill id -> amount."""
    require(by, "fees.pay")
    with db.atomic():
        if is_postgres():
            Tenant.select(Tenant.id).where(Tenant.id == tenant_id).for_update().execute()
        open_bills = balances(by.site_id, tenant_id=tenant_id, open_only=True)
        months = dict(Bill.select(Bill.id, Bill.month).where(Bill.id.in_(list(open_bills) or [0])).tuples())
        order = sorted((b for b in open_bills if open_bills[b].outstanding > 0), key=lambda b: (months[b], b))
        used = dict(Allocation.select(Allocation.payment, fn.SUM(Allocation.amount)).join(Payment)
                    .where(Payment.tenant == tenant_id).group_by(Allocation.payment).tuples())
        payments = [(p, cents(p.amount) - cents(used.get(p.id))) for p in Payment.select().where(
            (Payment.tenant == tenant_id) & ~Payment.voided).order_by(Payment.paid_on, Payment.id)]
        done: dict[int, Decimal] = {}
        for bill_id in order:
            need = open_bills[bill_id].outstanding
            for i, (payment, left) in enumerate(payments):
                if need <= 0:
                    break
                if left <= 0:
                    continue
                part = min(left, need)
                Allocation.create(payment=payment, bill=bill_id, amount=part)
                payments[i] = (payment, left - part)
                need -= part
                done[bill_id] = done.get(bill_id, ZERO) + part
        if done:
            record(by, "apply_credit", "tenant", tenant_id, after={str(k): str(v) for k, v in done.items()})
    return done


@dataclass(frozen=True)
class PaymentRow:
    id: int
    receipt_no: str
    tenant: str
    amount: Decimal
    method: str
    reference: str
    paid_on: dt.date
    taken_by: str
    allocated: Decimal
    voided: bool = False
    void_reason: str = ""


def tenant_payments(tenant_id: int, *, by: Actor) -> list[PaymentRow]:
    require(by, "fees.view")
    used = dict(Allocation.select(Allocation.payment, fn.SUM(Allocation.amount)).join(Payment)
                .where((Payment.site == by.site_id) & (Payment.tenant == tenant_id))
                .group_by(Allocation.payment).tuples())
    names = dict(User.select(User.username, User.full_name).where(User.site == by.site_id).tuples())
    return [PaymentRow(p.id, p.receipt_no, p.tenant.name, cents(p.amount), p.method, p.reference, p.paid_on,
                       names.get(p.taken_by, p.taken_by), ZERO if p.voided else cents(used.get(p.id)), p.voided,
                       p.void_reason)
            for p in Payment.select(Payment, Tenant).join(Tenant)
            .where((Payment.site == by.site_id) & (Payment.tenant == tenant_id))
            .order_by(Payment.paid_on.desc(), Payment.id.desc())]


def receipt_data(payment_id: int, *, by: Actor):
    """The 收费票据 of a payment as plain data for the printout."""
    from printouts.receipt import ReceiptLine, ReceiptSheet

    require(by, "fees.view")
    payment = Payment.get_or_none((Payment.id == payment_id) & (Payment.site == by.site_id))
    if payment is None:
        raise NotFound("payment", payment_id)
    tenant = payment.tenant
    lines = [ReceiptLine(a.bill.number, month_label(a.bill.month), cents(a.amount))
             for a in Allocation.select(Allocation, Bill).join(Bill).where(Allocation.payment == payment)
             .order_by(Bill.month, Bill.id)]
    left = cents(payment.amount) - total(ln.amount for ln in lines)
    units = "、".join(c for (c,) in Unit.select(Unit.code).join(TenantUnit).where(
        (TenantUnit.tenant == tenant) & TenantUnit.until.is_null()).order_by(Unit.code).tuples())
    return ReceiptSheet(
        receipt_no=payment.receipt_no, tenant=tenant.name, units=units, paid_on=payment.paid_on,
        method=METHOD_PRINT.get(payment.method, payment.method), reference=payment.reference,
        amount=cents(payment.amount), amount_words=capital(cents(payment.amount)), lines=tuple(lines), prepaid=left,
        taken_by=_full_name(by.site_id, payment.taken_by), printed_at=now(),
        voided=payment.void_reason if payment.voided else "",
    )


def void_payment(payment_id: int, reason: str, *, by: Actor) -> str:
    """A payment taken by mistake (wrong tenant, wrong amount): voided with a reason by a supervisor. It and its
    allocations stay on record but count no more; the bills it settled are open again; its number is not reused."""
    require(by, "fees.payment.void", entity="payment", record_id=payment_id)
    if not reason.strip():
        raise ValidationError("reason", "required")
    with db.atomic():
        payment = Payment.get_or_none((Payment.id == payment_id) & (Payment.site == by.site_id))
        if payment is None:
            raise NotFound("payment", payment_id)
        if payment.voided:
            raise ValidationError("reason", "fees.payment_voided", receipt=payment.receipt_no)
        Payment.update(voided=True, void_reason=reason.strip(), version=Payment.version + 1, updated_at=now()).where(
            (Payment.id == payment_id) & ~Payment.voided).execute()
        record(by, "void", "payment", payment_id, before={"voided": False}, after={"voided": True},
               note=reason.strip())
    return payment.receipt_no


def _full_name(site_id: int, username: str) -> str:
    user = User.get_or_none((User.site == site_id) & (User.username == username))
    return user.full_name if user else username


def print_receipt(payment_id: int, *, by: Actor) -> bytes:
    from printouts.receipt import render_receipt
    from services.printing import letterhead

    return render_receipt(receipt_data(payment_id, by=by), letterhead(by.site_id))


# ---------------------------------------------------------------- deposits
@dataclass
class DepositInput:
    tenant_id: int | None = None
    kind: str = "received"
    purpose: str = ""
    amount: str = ""
    on: dt.date | None = None
    note: str = ""


def deposits_held(site_id: int, tenant_id: int | None = None, as_of: dt.date | None = None) -> Decimal:
    """Deposits received less deducted and refunded."""
    query = DepositEntry.select(DepositEntry.kind, fn.SUM(DepositEntry.amount)).where(DepositEntry.site == site_id)
    if tenant_id is not None:
        query = query.where(DepositEntry.tenant == tenant_id)
    if as_of is not None:
        query = query.where(DepositEntry.day <= as_of)
    sums = {k: cents(v) for k, v in query.group_by(DepositEntry.kind).tuples()}
    return sums.get("received", ZERO) - sums.get("deducted", ZERO) - sums.get("refunded", ZERO)


def record_deposit(data: DepositInput, *, by: Actor) -> int:
    """A deposit received, or part of one deducted (with the reason in the note) or refunded."""
    require(by, "fees.deposit")
    problems = Problems()
    tenant = Tenant.get_or_none((Tenant.id == (data.tenant_id or 0)) & (Tenant.site == by.site_id))
    if tenant is None:
        problems.add("tenant_id", "required")
    if data.kind not in DEPOSIT_KINDS:
        problems.add("kind", "fees.deposit_kind")
    if not data.purpose.strip():
        problems.add("purpose", "required")
    amount = parse_amount(data.amount)
    if amount is None:
        problems.add("amount", "fees.amount")
    if data.kind == "deducted" and not data.note.strip():
        problems.add("note", "required")
    problems.raise_if_any()
    with db.atomic():
        if is_postgres():
            Tenant.select(Tenant.id).where(Tenant.id == tenant.id).for_update().execute()
        if data.kind != "received" and amount > deposits_held(by.site_id, tenant.id):
            raise ValidationError("amount", "fees.deposit_too_big", held=str(deposits_held(by.site_id, tenant.id)))
        entry = DepositEntry.create(site=by.site_id, tenant=tenant, kind=data.kind, purpose=data.purpose.strip()[:60],
                                    amount=amount, day=data.on or dt.date.today(), note=data.note.strip()[:200],
                                    by=by.username)
        record(by, data.kind, "deposit", entry.id, after={"tenant": tenant.id, "purpose": entry.purpose,
                                                          "amount": amount, "note": entry.note})
    return entry.id


@dataclass(frozen=True)
class DepositRow:
    id: int
    kind: str
    purpose: str
    amount: Decimal
    day: dt.date
    note: str
    by: str


def tenant_deposits(tenant_id: int, *, by: Actor) -> list[DepositRow]:
    require(by, "fees.view")
    query = DepositEntry.select().where((DepositEntry.site == by.site_id) & (DepositEntry.tenant == tenant_id))
    return [DepositRow(d.id, d.kind, d.purpose, cents(d.amount), d.day, d.note, d.by)
            for d in query.order_by(DepositEntry.day.desc(), DepositEntry.id.desc())]
