"""Arrears (欠费) by age and the 催缴 rule: a phone call or SMS first; the formal letter (催缴函) when still
unpaid the site's number of months (3) after that reminder; every step recorded; the letter printed."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from models import Contact, Tenant, db, now
from models.fees import REMINDER_KINDS, Bill, Reminder
from services import settings
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems, ValidationError
from services.fees import Balance, balances
from services.money import ZERO, add_months, capital, cents, month_label, total
from services.numbering import next_number

BUCKETS = ("0-30", "31-60", "61-90", "90+")  # days past the due date
LETTER_KIND = "CJ"  # CJ-2026-0001


def bucket_of(days_overdue: int) -> str:
    if days_overdue <= 30:
        return "0-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "90+"


@dataclass(frozen=True)
class ArrearsRow:
    tenant_id: int
    tenant: str
    phone: str
    buckets: dict[str, object]  # bucket -> Decimal
    overdue: object  # Decimal: the sum of the buckets
    oldest_due: dt.date
    last_reminder: str  # kind of the last reminder ('' if none)
    last_reminder_on: dt.date | None
    next_step: str  # phone, letter, wait, done
    next_step_on: dt.date | None


def _overdue(site_id: int, today: dt.date, tenant_id: int | None = None) -> dict[int, list[Balance]]:
    out: dict[int, list[Balance]] = defaultdict(list)
    for b in balances(site_id, tenant_id=tenant_id, open_only=True, as_of=today).values():
        if b.outstanding > 0 and b.due_on is not None and b.due_on < today:
            out[b.tenant_id].append(b)
    return out


def next_step(overdue: list[Balance], reminders: list[Reminder], today: dt.date,
              letter_after_months: int) -> tuple[str, dt.date | None]:
    """The rule, in one place: (step, from when). `reminders` newest first."""
    if not overdue:
        return "none", None
    oldest = min(b.due_on for b in overdue)
    # Only reminders about this debt count: those made after its oldest bill fell due.
    about = [r for r in reminders if r.day > oldest]
    phone = next((r for r in reversed(about) if r.kind in ("phone", "sms")), None)  # the first call about it
    letter = next((r for r in about if r.kind == "letter"), None)
    if phone is None:
        return "phone", today
    if letter is not None:
        return "done", None  # the letter is out: a visit or the legal route is the manager's call
    letter_from = add_months(phone.day, letter_after_months)
    return ("letter", letter_from) if today >= letter_from else ("wait", letter_from)


def arrears(*, by: Actor, today: dt.date | None = None) -> list[ArrearsRow]:
    """Every tenant with an overdue amount, by age, with the rule's next step; the most overdue first."""
    require(by, "fees.view")
    today = today or dt.date.today()
    overdue = _overdue(by.site_id, today)
    months = int(settings.get(by.site_id, "fees.letter_after_months"))
    reminders: dict[int, list[Reminder]] = defaultdict(list)
    for r in Reminder.select().where((Reminder.site == by.site_id) & Reminder.tenant.in_(list(overdue) or [0])) \
            .order_by(Reminder.day.desc(), Reminder.id.desc()):
        reminders[r.tenant_id].append(r)
    names = dict(Tenant.select(Tenant.id, Tenant.name).where(Tenant.id.in_(list(overdue) or [0])).tuples())
    phones = dict(Contact.select(Contact.tenant, Contact.phone).where(
        Contact.tenant.in_(list(overdue) or [0]) & Contact.active & Contact.is_primary).tuples())
    rows = []
    for tenant_id, bills in overdue.items():
        buckets = {k: ZERO for k in BUCKETS}
        for b in bills:
            buckets[bucket_of((today - b.due_on).days)] += b.outstanding
        step, when = next_step(bills, reminders[tenant_id], today, months)
        last = reminders[tenant_id][0] if reminders[tenant_id] else None
        rows.append(ArrearsRow(tenant_id, names[tenant_id], phones.get(tenant_id, ""), buckets,
                               total(buckets.values()), min(b.due_on for b in bills),
                               last.kind if last else "", last.day if last else None, step, when))
    rows.sort(key=lambda r: (r.oldest_due, -r.overdue))
    return rows


@dataclass
class ReminderInput:
    tenant_id: int | None = None
    kind: str = "phone"
    note: str = ""
    on: dt.date | None = None


def record_reminder(data: ReminderInput, *, by: Actor) -> int:
    """Record a reminder step; a letter only when the rule has reached it (it gets its number CJ-2026-0001)."""
    require(by, "fees.remind")
    today = data.on or dt.date.today()
    problems = Problems()
    tenant = Tenant.get_or_none((Tenant.id == (data.tenant_id or 0)) & (Tenant.site == by.site_id))
    if tenant is None:
        raise NotFound("tenant", data.tenant_id)
    if data.kind not in REMINDER_KINDS:
        problems.add("kind", "fees.reminder_kind")
    if len(data.note) > 200:
        problems.add("note", "too_long", maximum=200)
    problems.raise_if_any()
    overdue = _overdue(by.site_id, today, tenant.id).get(tenant.id, [])
    if not overdue:
        raise ValidationError("tenant_id", "fees.nothing_overdue")
    if data.kind == "letter":
        previous = list(Reminder.select().where(Reminder.tenant == tenant).order_by(Reminder.day.desc(),
                                                                                  Reminder.id.desc()))
        step, when = next_step(overdue, previous, today, int(settings.get(by.site_id, "fees.letter_after_months")))
        if step != "letter":
            raise ValidationError("kind", "fees.letter_too_early", on=when.isoformat() if when else "")
    owed = total(b.outstanding for b in overdue)
    with db.atomic():
        letter_no = next_number(by.site_id, LETTER_KIND, year=today.year) if data.kind == "letter" else ""
        reminder = Reminder.create(site=by.site_id, tenant=tenant, kind=data.kind, day=today, owed=owed,
                                   letter_no=letter_no, note=data.note.strip(), by=by.username)
        record(by, "remind", "tenant", tenant.id, after={"kind": data.kind, "owed": owed, "letter_no": letter_no},
               note=data.note.strip())
    return reminder.id


@dataclass(frozen=True)
class ReminderRow:
    id: int
    kind: str
    day: dt.date
    owed: object
    letter_no: str
    note: str
    by: str


def tenant_reminders(tenant_id: int, *, by: Actor) -> list[ReminderRow]:
    require(by, "fees.view")
    query = Reminder.select().where((Reminder.site == by.site_id) & (Reminder.tenant == tenant_id))
    return [ReminderRow(r.id, r.kind, r.day, cents(r.owed), r.letter_no, r.note, r.by)
            for r in query.order_by(Reminder.day.desc(), Reminder.id.desc())]


def print_letter(reminder_id: int, *, by: Actor) -> bytes:
    """The 催缴函 of a recorded letter: the open bills as they stood that day, the amount in words."""
    from printouts.reminder_letter import LetterBill, LetterSheet, render_reminder_letter
    from services.printing import letterhead

    require(by, "fees.view")
    reminder = Reminder.get_or_none((Reminder.id == reminder_id) & (Reminder.site == by.site_id)
                                    & (Reminder.kind == "letter"))
    if reminder is None:
        raise NotFound("reminder", reminder_id)
    bills = _overdue(by.site_id, reminder.day + dt.timedelta(days=1), reminder.tenant_id).get(reminder.tenant_id, [])
    numbers = {b.id: (b.number, b.month) for b in Bill.select().where(Bill.id.in_([b.bill_id for b in bills] or [0]))}
    rows = sorted((LetterBill(numbers[b.bill_id][0], month_label(numbers[b.bill_id][1]), b.due_on, b.due,
                              b.paid, b.outstanding) for b in bills), key=lambda r: r.due_on)
    first_call = (Reminder.select().where((Reminder.tenant == reminder.tenant_id) & Reminder.kind.in_(("phone", "sms"))
                                          & (Reminder.day <= reminder.day)).order_by(Reminder.day.desc()).first())
    site_days = int(settings.get(by.site_id, "fees.due_days"))
    sheet = LetterSheet(
        letter_no=reminder.letter_no, tenant=reminder.tenant.name, day=reminder.day, bills=tuple(rows),
        owed=cents(reminder.owed), owed_words=capital(cents(reminder.owed)),
        phoned_on=first_call.day if first_call else None,
        pay_by=reminder.day + dt.timedelta(days=max(site_days, 7)), printed_at=now(),
    )
    return render_reminder_letter(sheet, letterhead(by.site_id))


@dataclass(frozen=True)
class ArrearsFigures:
    tenants: int
    overdue: object  # Decimal
    letters_due: int  # tenants the rule says to write to now


def arrears_figures(*, by: Actor, today: dt.date | None = None) -> ArrearsFigures:
    """The dashboard's tile: tenants overdue, how much, and how many letters the rule says are due."""
    rows = arrears(by=by, today=today)
    return ArrearsFigures(len(rows), total(r.overdue for r in rows), sum(r.next_step == "letter" for r in rows))
