"""What a fit-out cost the tenant and when it was paid, as the fees area's ledger has it: the debris fee charged
and the payment that settled it, the fit-out deposit and the pass deposits received, what was taken from them and
what went back."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import FitoutStep
from models.fees import Allocation, Bill, Charge, DepositEntry, Payment
from services.access import Actor
from services.fitout import get_fitout
from services.money import cents

# DepositEntry.kind as the fees tab words it.
DEPOSIT_KINDS = {"received": "收取", "deducted": "扣除", "refunded": "退还"}


@dataclass(frozen=True)
class FeeLine:
    day: dt.date
    what: str  # 装修垃圾清运费 / 装修押金 / 出入证押金 …
    kind: str  # charged / paid / received / deducted / refunded / unpaid
    amount: Decimal
    reference: str  # receipt number, pass numbers, reason
    by: str


def _debris(fitout, by: Actor) -> list[FeeLine]:
    """The debris charge, and the payment that settled it: the receipts allocated to the bill it went on, or —
    while it is not billed yet — the payment taken before the desk confirmed the fees paid."""
    charge = Charge.get_or_none(Charge.id == fitout.charge_id) if fitout.charge_id else None
    if charge is None:
        return []
    lines = [FeeLine(charge.posted_on, "装修垃圾清运费", "charged", cents(charge.amount), charge.note,
                     charge.posted_by)]
    if charge.bill_id:
        paid = (Payment.select(Payment, Allocation.amount.alias("part")).join(Allocation)
                .where((Allocation.bill == charge.bill_id) & ~Payment.voided).order_by(Payment.paid_on, Payment.id)
                .objects())
        bill = Bill.get_by_id(charge.bill_id)
        # On a bill with the month's other lines: the receipts that paid that bill, with what each put on it.
        lines += [FeeLine(p.paid_on, "装修垃圾清运费", "paid", cents(p.part),
                          f"收据 {p.receipt_no}，账单 {bill.number}", p.taken_by) for p in paid]
    else:
        confirmed = (FitoutStep.select(FitoutStep.at).where((FitoutStep.fitout == fitout.id)
                                                           & (FitoutStep.action == "confirm_fees")).first())
        if confirmed is not None:
            p = (Payment.select().where((Payment.tenant == fitout.tenant_id) & ~Payment.voided
                                        & (Payment.paid_on >= charge.posted_on)
                                        & (Payment.paid_on <= confirmed.at.date()))
                 .order_by(Payment.paid_on.desc(), Payment.id.desc()).first())
            if p is not None:
                lines.append(FeeLine(p.paid_on, "装修垃圾清运费", "paid", cents(charge.amount), f"收据 {p.receipt_no}",
                                     p.taken_by))
    if len(lines) == 1:
        lines.append(FeeLine(charge.posted_on, "装修垃圾清运费", "unpaid", cents(charge.amount), "", ""))
    return lines


def fee_lines(fitout_id: int, *, by: Actor) -> list[FeeLine]:
    """Every money movement of the fit-out from the fees ledger, oldest first."""
    f = get_fitout(fitout_id, by=by)
    lines = _debris(f, by)
    entries = (DepositEntry.select().where((DepositEntry.site == by.site_id) & (DepositEntry.tenant == f.tenant_id)
                                           & DepositEntry.purpose.endswith(f" {f.number}"))
               .order_by(DepositEntry.day, DepositEntry.id))
    for d in entries:
        what = "出入证押金" if d.purpose.startswith("出入证押金") else "装修押金"
        numbers = d.note.split("、")
        note = f"{len(numbers)} 张：{numbers[0]} 至 {numbers[-1]}" if len(numbers) > 2 else d.note
        lines.append(FeeLine(d.day, what, d.kind, cents(d.amount), note, d.by))
    return sorted(lines, key=lambda line: line.day)
