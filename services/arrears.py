"""Arrears (欠费) by age and the 催缴 rule: a phone call or SMS first; the formal letter (催缴函) when still
unpaid the site's number of months (3) after that reminder; every step recorded; the letter printed."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from peewee import Case, fn

from models import Contact, Tenant, db, now
from models.fees import REMINDER_KINDS, Bill, Reminder
from models.prepared import Prepared, filled, hole, listed, one_of
from services import settings
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems, ValidationError
from services.fees import HALF_FEN, Balance, balances, issued_bills
from services.money import add_months, capital, cents, month_label, total
from services.numbering import next_number

BUCKETS = ("0-30", "31-60", "61-90", "90+")  # days past the due date
UP_TO = (30, 60, 90)  # the last day overdue of each bucket but the last
LETTER_KIND = "CJ"  # CJ-2026-0001


def bucket_of(days_overdue: int) -> str:
    for bucket, last_day in zip(BUCKETS, UP_TO):
        if days_overdue <= last_day:
            return bucket
    return BUCKETS[-1]


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
    return _next_step(min(b.due_on for b in overdue), reminders, today, letter_after_months)


def _next_step(oldest: dt.date, reminders: list, today: dt.date,
               letter_after_months: int) -> tuple[str, dt.date | None]:
    """`next_step` of a debt whose oldest bill fell due on `oldest`; reminders need only their kind and day."""
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


def _arrears_list():
    """Per tenant with bills overdue and owing on the day (hole `today`, and `after_30`... the first due day of
    each bucket but the last): what each bucket owes, the oldest due day, the name and primary contact's phone."""
    issued = issued_bills(by_as_of=True)
    owing = issued.left
    buckets, newer = [], None
    for last_day in UP_TO:
        since = Bill.due_on >= hole(f"after_{last_day}", Bill.due_on)
        buckets.append(since if newer is None else since & ~newer)
        newer = since
    buckets.append(~newer)
    phone = (Contact.select(Contact.phone).where((Contact.tenant == Bill.tenant) & Contact.active & Contact.is_primary)
             .limit(1))
    return (issued.query.select(Bill.tenant, Tenant.name, phone, fn.MIN(Bill.due_on),
                                *(fn.SUM(Case(None, [(b, owing)], None)) for b in buckets))
            .join_from(Bill, Tenant)
            .where((owing > HALF_FEN) & (Bill.due_on < hole("today", Bill.due_on)))
            .group_by(Bill.tenant, Tenant.name)
            .order_by(Bill.tenant))


_ARREARS = Prepared(_arrears_list)
_REMINDERS = Prepared(lambda size: Reminder.select(Reminder.tenant, Reminder.kind, Reminder.day).where(
    (Reminder.site == hole("site")) & one_of(Reminder.tenant, "tenants", size)).order_by(
    Reminder.day.desc(), Reminder.id.desc()))


class _Step(NamedTuple):
    kind: str
    day: dt.date


def arrears(*, by: Actor, today: dt.date | None = None) -> list[ArrearsRow]:
    """Every tenant with an overdue amount, by age, with the rule's next step; the most overdue first."""
    require(by, "fees.view")
    today = today or dt.date.today()
    # Summed by the database: every amount is to the fen, so each bucket quantized is the sum of its bills'
    # balances, the same as adding them one by one.
    given = {"site": by.site_id, "today": today, "as_of": today}
    for last_day in UP_TO:
        given[f"after_{last_day}"] = today - dt.timedelta(days=last_day)
    overdue = _ARREARS.rows(**given)
    if not overdue:
        return []
    months = int(settings.get(by.site_id, "fees.letter_after_months"))
    ids = [r[0] for r in overdue]
    size = listed(ids)
    reminders: dict[int, list[_Step]] = defaultdict(list)
    for tenant_id, kind, day in _REMINDERS.rows((size,), site=by.site_id, **filled("tenants", ids, size)):
        reminders[tenant_id].append(_Step(kind, day))
    rows = []
    for tenant_id, name, phone, oldest, *owed in overdue:
        buckets = dict(zip(BUCKETS, map(cents, owed)))
        steps = reminders[tenant_id]
        step, when = _next_step(oldest, steps, today, months)
        last = steps[0] if steps else None
        rows.append(ArrearsRow(tenant_id, name, phone or "", buckets, total(buckets.values()), oldest,
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
