"""What each area contributes to a unit's or a tenant's history: one small gatherer per kind of event.

Every gatherer reads ONE table (with the joins it needs to find the unit or tenant), keeps to the date window,
orders newest first and stops at `limit` rows: services/histories.py merges them, so a tenant of five years is
never read whole. The titles are the desk's Chinese words, as the history printout prints them (printed forms are
Chinese whatever the UI language; the screen names the areas in the UI language).

A page reads some 25 of these queries, so each is written once with peewee and kept as SQL per shape
(models/prepared.py: unit or tenant, which ends of the days are given, how the last page's end bounds it). Its
rows stay tuples until the merge has chosen the page's lines: only those become events.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from operator import itemgetter
from typing import NamedTuple

import peewee

from models import (
    AuditEntry,
    Booking,
    Callback,
    Fitout,
    FitoutDeduction,
    FitoutInspection,
    FitoutStep,
    GoodsPass,
    Key,
    KeyMovement,
    LendItem,
    Loan,
    MailItem,
    MoveIn,
    MoveOut,
    MoveStep,
    Request,
    Room,
    Tenant,
    TenantDocument,
    TenantUnit,
    Unit,
)
from models.desk_services import ServiceOrder, TenantVisit
from models.fees import Bill, Payment, Reminder
from models.fitout import FitoutPatrol
from models.prepared import Prepared, hole

# The areas of a history, in the order the filter offers them.
AREAS = ("tenancy", "moves", "fitout", "requests", "keys", "rooms", "goods", "fees", "frontdesk")


class Subject(NamedTuple):
    """Whose history: a unit or a tenant of the site."""

    kind: str  # unit / tenant
    id: int
    site_id: int
    name: str = ""  # the unit's code or the tenant's name

    @property
    def unit(self) -> bool:
        return self.kind == "unit"


class Window(NamedTuple):
    """The days asked for (either end open)."""

    since: dt.date | None = None
    until: dt.date | None = None


class Target(NamedTuple):
    """Where double-clicking the event leads: a page, the text that finds the record there, and its id."""

    page: str
    text: str
    record_id: int | None = None
    kind: str = ""  # e.g. in / out for a move


class Event(NamedTuple):
    """One line of a history. A named tuple: a page makes a hundred of them."""

    when: dt.datetime
    area: str
    kind: str
    title: str
    detail: str
    ref: str
    who: str
    target: Target
    dated_only: bool = False  # the record keeps a day, not a time


_new = tuple.__new__  # a named tuple made without its keyword handling
_MIDNIGHT = dt.time()
_moment_of = dt.datetime.fromisoformat
_first = itemgetter(0)


# A row's values as peewee would give them: SQLite keeps dates, times and decimals as text or numbers, PostgreSQL's
# driver types them itself. Only the columns a line shows are converted, and only for the lines shown.
def _at(value):
    """A DateTimeField's value."""
    return _moment_of(value) if value.__class__ is str else value


def _on(value):
    """A DateField's value."""
    return dt.date.fromisoformat(value[:10]) if value.__class__ is str else value


def _clock(value):
    """A TimeField's value."""
    return dt.time.fromisoformat(value) if value.__class__ is str else value


def _day(value) -> dt.datetime:
    """A DateField's value as the moment of its line: its midnight."""
    if value.__class__ is str:
        return _moment_of(value[:10])
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, _MIDNIGHT)


def _money(value) -> str:
    """The amount as peewee's Decimal prints it (SQLite keeps a REAL: Decimal(str(value)))."""
    if value is None:
        return ""
    if value.__class__ is float and value == round(value, 2):  # whole cents: the float prints as its Decimal would
        return f"{value:,.2f} 元"
    return f"{value if value.__class__ is Decimal else Decimal(str(value)):,.2f} 元"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _join(*parts: str) -> str:
    return "；".join(filter(None, parts))


# strftime is some five times slower than isoformat, and a page writes a hundred lines.
def _hm(value: dt.datetime) -> str:
    """'%H:%M' of a moment."""
    return value.isoformat(" ", "minutes")[11:]


def _bounded(query, field: peewee.Field, since: bool, until: bool, before: str):
    """Keep `query` to the days asked (`since`, `until`: whether that end is given) and, on a later page, to before
    the last page's end (`before`: '<' or '<=', '' on the first page), on `field`. The holes are filled from
    `Gatherer.given`: a DateTimeField is compared with moments, a DateField with days."""
    if isinstance(field, peewee.DateTimeField):
        if since:
            query = query.where(field >= hole("since_at", field))
        if until:
            query = query.where(field < hole("until_at", field))  # the next day's midnight
        end = hole("before_at", field)
    else:
        if since:
            query = query.where(field >= hole("since_on", field))
        if until:
            query = query.where(field <= hole("until_on", field))
        end = hole("before_on", field)  # a day counts as its midnight: '<' only before a midnight
    if before:
        query = query.where(field < end if before == "<" else field <= end)
    return query.where(field.is_null(False))


def _windowed(base: Callable[[bool], peewee.Select], field: peewee.Field, *tiebreak: peewee.Field):
    """The build of a gatherer's query: `base(unit)` kept to the window on `field`, newest first, `limit` rows."""

    def build(unit: bool, since: bool, until: bool, before: str) -> peewee.Select:
        return (_bounded(base(unit), field, since, until, before)
                .order_by(field.desc(), *[t.desc() for t in tiebreak]).limit(hole("limit")))

    return build


def _of_subject(unit: bool, unit_column: peewee.Field, tenant_column: peewee.Field) -> peewee.Expression:
    return unit_column == hole("id") if unit else tenant_column == hole("id")


class Gatherer:
    """One kind of event: its area, the view right it needs, whose histories it feeds, and how it reads.

    `build(unit, since, until, before)` writes its query (see `_windowed`), kept as SQL per shape; its first column
    is the moment of the line (a DateTimeField, or a DateField: `dated`, the line keeps a day); `event(subject,
    when, row)` makes a row a line; `refine`, if any, drops or reshapes the rows first (before a later page skips
    those already shown)."""

    def __init__(self, area: str, permission: str, build: Callable[[bool, bool, bool, str], peewee.Select],
                 event: Callable[[Subject, dt.datetime, tuple], Event], *, units: bool = True, tenants: bool = True,
                 refine: Callable[[list[tuple]], list[tuple]] | None = None) -> None:
        self.area, self.permission, self.units, self.tenants = area, permission, units, tenants
        self.event, self.refine = event, refine
        self.dated = not isinstance(build(False, False, False, "")._returning[0], peewee.DateTimeField)
        self._query = Prepared(build)

    def rows(self, cursor, shape: tuple[bool, bool, bool, str], given: dict) -> list[tuple]:
        """Its rows for `shape` (unit, since, until, before) with the holes' values in `given`, newest first."""
        statement = self._query.statement(shape)
        cursor.execute(statement.sql, statement.values(given))
        rows = cursor.fetchall()
        return self.refine(rows) if self.refine is not None else rows

    def moments(self, rows: list[tuple]):
        """The moments of `rows`' lines (their first column), in order."""
        firsts = list(map(_first, rows))
        if not firsts or firsts[0].__class__ is not str:  # PostgreSQL: typed already
            return map(_day, firsts) if self.dated else firsts
        if self.dated and max(map(len, firsts)) > 10:  # a day with more than its date: as peewee reads it
            return map(_day, firsts)
        return map(_moment_of, firsts)  # SQLite's text; a date alone is its midnight

    @staticmethod
    def given(subject: Subject, window: Window, before: dt.datetime | None) -> dict:
        """The values of the holes for one reading of every gatherer (`limit` is set per gatherer)."""
        given = {"id": subject.id, "site": subject.site_id, "name": subject.name}
        if window.since:
            given["since_on"] = window.since
            given["since_at"] = dt.datetime.combine(window.since, _MIDNIGHT)
        if window.until:
            given["until_on"] = window.until
            given["until_at"] = dt.datetime.combine(window.until + dt.timedelta(days=1), _MIDNIGHT)
        if before is not None:
            given["before_at"] = before
            given["before_on"] = before.date()
        return given

    def before(self, when: dt.datetime, inclusive: bool) -> str:
        """How a later page keeps this gatherer before the last page's end (`inclusive`: lines at that very moment
        too, for a gatherer after the last line's one)."""
        if self.dated:  # a day counts as its midnight
            return "<" if not inclusive and when.time() == _MIDNIGHT else "<="
        return "<=" if inclusive else "<"


# ------------------------------------------------------------------ tenancy (业户档案)
def _holdings(end: bool):
    field = TenantUnit.until if end else TenantUnit.since

    def base(unit: bool) -> peewee.Select:
        return (TenantUnit.select(field, Unit.code, Tenant.id, Tenant.name).join(Tenant).switch(TenantUnit).join(Unit)
                .where(Tenant.site == hole("site"))
                .where(_of_subject(unit, TenantUnit.unit, TenantUnit.tenant)))

    word = "退租 " if end else "起租 "
    kind = "tenancy.end" if end else "tenancy.start"

    def event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
        _on_day, code, tenant_id, name = row
        return _new(Event, (when, "tenancy", kind, word + code, name, "", "", _new(Target, ("tenants", name, tenant_id,
                                                                                        "")), True))

    return _windowed(base, field, TenantUnit.id), event


LEASE_FIELDS = {"lease_start": "租期起", "lease_end": "租期止"}


def _lease_query(_unit: bool) -> peewee.Select:
    """The lease dates as typed at creation and every later change of them (read from the audit trail)."""
    return AuditEntry.select(AuditEntry.at, AuditEntry.action, AuditEntry.before, AuditEntry.after,
                             AuditEntry.username).where(
        (AuditEntry.entity == "tenant") & (AuditEntry.record_id == hole("id")) & (AuditEntry.site == hole("site"))
        & AuditEntry.action.in_(("create", "update")) & AuditEntry.after.contains('"lease_'))


def _lease_changes(rows: list[tuple]) -> list[tuple]:
    """The entries that changed a lease date, each as (at, title, what changed, who)."""
    changed = []
    for at, action, before_text, after_text, username in rows:
        after = json.loads(after_text or "{}")
        before = json.loads(before_text or "{}")
        changes = [f"{label}：{before.get(k) or '—'} → {after[k] or '—'}" if action == "update"
                   else f"{label}：{after[k]}" for k, label in LEASE_FIELDS.items()
                   if k in after and (action == "update" or after[k])]
        if changes:
            changed.append((at, "租期登记" if action == "create" else "租期变更", "；".join(changes), username))
    return changed


def _lease_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, title, changes, username = row
    return _new(Event, (when, "tenancy", "tenancy.lease", title, changes, "", username,
                        _new(Target, ("tenants", subject.name, subject.id, "")), False))


def _document_query(_unit: bool) -> peewee.Select:
    return TenantDocument.select(TenantDocument.received_on, TenantDocument.doc_type, TenantDocument.note,
                                 TenantDocument.voided, TenantDocument.void_reason).where(
        TenantDocument.tenant == hole("id"))


def _document_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    from services.tenants import DOC_TYPE_PRINT

    _day_text, doc_type, note, voided, void_reason = row
    return _new(Event, (when, "tenancy", "tenancy.document", "收到文件：" + DOC_TYPE_PRINT.get(doc_type, doc_type),
                        _join(_short(note), "已作废：" + void_reason if voided else ""), "", "",
                        _new(Target, ("tenants", subject.name, subject.id, "")), True))


# ------------------------------------------------------------------ move-in and move-out (交楼 / 退租)
MOVE_STEP_TITLES = {
    "in": {"papers": "资料核验", "registration": "住户登记", "inspection": "交楼查验", "acceptance": "整改验收",
           "handover": "移交钥匙资料", "done": "交楼完成"},
    "out": {"request": "退租申请", "arrears": "欠费核查", "inspection": "退租查验", "keys": "钥匙交回",
            "goods": "物品放行", "settlement": "退租结算", "done": "退租完成"},
}


def _move_steps(kind: str):
    model = MoveIn if kind == "in" else MoveOut

    def base(unit: bool) -> peewee.Select:
        return (MoveStep.select(MoveStep.at, MoveStep.step, MoveStep.by_name, MoveStep.note, model.id,
                                model.key_slip_no, Unit.code, Tenant.name)
                .join(model, on=(MoveStep.move_id == model.id)).join(Unit).switch(model).join(Tenant)
                .where((MoveStep.move_kind == kind) & (model.site == hole("site")))
                .where(_of_subject(unit, model.unit, model.tenant)))

    word = "交楼" if kind == "in" else "退租"
    titles = {step: title if title.startswith(word) else f"{word}：{title}"
              for step, title in MOVE_STEP_TITLES[kind].items()}

    def event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
        _at_text, step, by_name, note, move_id, key_slip_no, code, tenant_name = row
        title = titles.get(step) or (step if step.startswith(word) else f"{word}：{step}")
        return _new(Event, (when, "moves", f"move_{kind}.{step}", title,
                            _join(code if not subject.unit else tenant_name, _short(note)),
                            key_slip_no if step in ("handover", "keys") else "", by_name,
                            _new(Target, ("moves", code, move_id, kind)), False))

    return _windowed(base, MoveStep.at, MoveStep.id), event


# ------------------------------------------------------------------ fit-out (二次装修)
FITOUT_ACTIONS = {
    "create": "装修申请登记", "submit": "装修申请提交", "start_review": "客服初审开始", "pass_desk": "客服初审通过",
    "pass_drawings": "工程部审图通过", "approve": "经理审批通过", "send_back": "退回修改", "reject": "申请驳回",
    "resubmit": "重新提交", "withdraw": "业户撤回", "confirm_fees": "装修费用已缴", "issue_permit": "施工许可证发放",
    "start_work": "开工", "suspend": "暂停施工", "reinstate": "恢复施工", "extend": "许可证延期",
    "request_completion": "申请竣工验收", "accept": "竣工验收通过", "fail_acceptance": "竣工验收未通过",
    "approve_refund": "装修押金退还", "close": "装修关闭",
}


def _fitout_query(*columns: peewee.Field):
    """A fit-out record's lines: `columns` then the fit-out's id and number (the last two columns of a row)."""
    model = columns[0].model

    def base(unit: bool) -> peewee.Select:
        return (model.select(*columns, Fitout.id, Fitout.number).join(Fitout).where(Fitout.site == hole("site"))
                .where(_of_subject(unit, Fitout.unit, Fitout.tenant)))

    return base


def _fitout_target(fitout_id: int, number: str) -> Target:
    return _new(Target, ("fitout", number, fitout_id, ""))


def _fitout_step_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, action, comment, full_name, username, permit_no, refunded, fitout_id, number = row
    return _new(Event, (when, "fitout", f"fitout.{action}", FITOUT_ACTIONS.get(action, action),
                        _join(permit_no if action == "issue_permit" else "",
                              _money(refunded) if action == "approve_refund" else "", _short(comment)),
                        number, full_name or username, _fitout_target(fitout_id, number), False))


def _patrol_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    from services.fitout_patrols import VIOLATIONS

    _day_text, violation, findings, notice_no, deadline, fine, full_name, username, fitout_id, number = row
    return _new(Event, (when, "fitout", "fitout.violation" if violation else "fitout.patrol",
                        "违规施工：" + VIOLATIONS.get(violation, violation) if violation else "装修巡查",
                        _join(_short(findings), f"整改通知 {notice_no}，限 {_on(deadline)} 前" if notice_no else "",
                              "罚款 " + _money(fine) if fine else ""),
                        number, full_name or username, _fitout_target(fitout_id, number), True))


def _notice_closed_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _day_text, notice_no, close_note, closed_by, fitout_id, number = row
    return _new(Event, (when, "fitout", "fitout.rectified", "违规整改完成", _join(notice_no, _short(close_note)),
                        number, closed_by, _fitout_target(fitout_id, number), True))


def _inspection_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    from services.fitout_inspections import KIND_NAMES

    _day_text, kind, passed, note, inspector, fitout_id, number = row
    return _new(Event, (when, "fitout", f"fitout.inspection_{kind}",
                        KIND_NAMES.get(kind, kind) + ("通过" if passed else "未通过"), _short(note), number, inspector,
                        _fitout_target(fitout_id, number), True))


def _deduction_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, kind, amount, reason, username, fitout_id, number = row
    return _new(Event, (when, "fitout", f"fitout.{kind}",
                        ("押金扣罚款 " if kind == "fine" else "押金扣赔偿 ") + _money(amount), _short(reason), number,
                        username, _fitout_target(fitout_id, number), False))


# ------------------------------------------------------------------ requests (报修 / 投诉 / 回访)
CATEGORY_TITLES = {"repair": "报修", "complaint": "投诉", "enquiry": "咨询", "suggestion": "建议", "help": "求助"}
LEVEL_TITLES = {"major": "重大", "important": "重要", "minor": "一般"}


def _request_query(*columns: peewee.Field):
    def base(unit: bool) -> peewee.Select:
        return (Request.select(*columns).where(Request.site == hole("site"))
                .where(_of_subject(unit, Request.unit, Request.tenant)))

    return base


def _request_title(category: str, level: str | None, what: str) -> str:
    level_text = f"（{LEVEL_TITLES[level]}）" if level in LEVEL_TITLES else ""
    return f"{CATEGORY_TITLES.get(category, category)}{level_text}{what}"


# The kinds and titles of the known categories and levels, written once (a busy unit's page is mostly requests).
_KNOWN = [(c, level) for c in CATEGORY_TITLES for level in (*LEVEL_TITLES, None, "")]
_RECEIVED = {(c, level): (f"request.{c}", _request_title(c, level, "受理")) for c, level in _KNOWN}
_CLOSED_TITLES = {(c, level): _request_title(c, level, "办结") for c, level in _KNOWN}


def _received_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, request_id, number, category, level, text, caller_name = row
    kind, title = _RECEIVED.get((category, level)) or (f"request.{category}", _request_title(category, level, "受理"))
    return _new(Event, (when, "requests", kind, title,
                        _short(text), number, caller_name, _new(Target, ("requests", number, request_id, "")), False))


def _closed_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, request_id, number, category, level, resolution, work_done, technician = row
    title = _CLOSED_TITLES.get((category, level)) or _request_title(category, level, "办结")
    return _new(Event, (when, "requests", "request.closed", title,
                        _short(resolution or work_done), number, technician,
                        _new(Target, ("requests", number, request_id, "")), False))


def _callback_query(unit: bool) -> peewee.Select:
    return (Callback.select(Callback.done_at, Callback.satisfied, Callback.note, Callback.done_by, Request.id,
                            Request.number).join(Request).where(Request.site == hole("site"))
            .where(_of_subject(unit, Request.unit, Request.tenant)))


def _callback_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, satisfied, note, done_by, request_id, number = row
    title = "回访" if satisfied is None else ("回访（满意）" if satisfied else "回访（不满意）")
    return _new(Event, (when, "requests", "request.callback", title, _short(note), number, done_by,
                        _new(Target, ("requests", number, request_id, "")), False))


# ------------------------------------------------------------------ keys (钥匙管理)
KEY_TITLES = {"issue": "钥匙发放", "lend": "钥匙借出", "return": "钥匙归还", "transfer": "钥匙交回",
              "lost": "钥匙遗失", "retire": "钥匙注销"}


def _key_query(unit: bool) -> peewee.Select:
    """A unit: every movement of its keys. A tenant: keys issued to it and their coming back or loss (the keys area
    writes the tenant on the issue, the transfer back and the loss alike, so one indexed look-up finds them)."""
    return (KeyMovement.select(KeyMovement.at, KeyMovement.kind, KeyMovement.slip_no, KeyMovement.person,
                               KeyMovement.company, KeyMovement.charge, KeyMovement.note, KeyMovement.by_name,
                               Key.id, Key.tag, Key.label)  # not the signatures
            .join(Key).where(KeyMovement.site == hole("site"))
            .where(_of_subject(unit, Key.unit, KeyMovement.tenant)))


def _key_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, kind, slip_no, person, company, charge, note, by_name, key_id, tag, label = row
    return _new(Event, (when, "keys", f"key.{kind}", KEY_TITLES.get(kind, kind),
                        _join(f"{tag} {label}", company if kind == "lend" else "",
                              "赔偿 " + _money(charge) if charge else "", _short(note)),
                        slip_no, person or by_name, _new(Target, ("keys", tag, key_id, "")), False))


# ------------------------------------------------------------------ meeting rooms (会议室)
BOOKING_TITLES = {"tentative": "会议室预订（待确认）", "confirmed": "会议室预订", "in_use": "会议室使用中",
                  "completed": "会议室使用", "cancelled": "会议室预订（已取消）", "no_show": "会议室预订（未到）"}


def _booking_query(_unit: bool, since: bool, until: bool, before: str) -> peewee.Select:
    query = (Booking.select(Booking.starts, Booking.ends, Booking.id, Booking.number, Booking.state,
                            Booking.attendees, Booking.purpose, Booking.organiser, Room.name).join(Room)
             .where((Booking.site == hole("site")) & (Booking.tenant == hole("id"))))
    # Newest day first walks the (tenant, day) index; the day's bookings by their start.
    query = _bounded(_bounded(query, Booking.day, since, until, ""), Booking.starts, False, False, before)
    return query.order_by(Booking.day.desc(), Booking.starts.desc(), Booking.id.desc()).limit(hole("limit"))


def _booking_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, ends, booking_id, number, state, attendees, purpose, organiser, room = row
    return _new(Event, (when, "rooms", f"booking.{state}", BOOKING_TITLES.get(state, state),
                        _join(f"{room} {_hm(when)}–{_hm(_at(ends))}，{attendees} 人", _short(purpose, 40)),
                        number, organiser, _new(Target, ("rooms", number, booking_id, "")), False))


# ------------------------------------------------------------------ goods passes (物品放行)
PASS_STATES = {"approved": "已批准", "used": "已放行", "voided": "已作废"}


def _pass_query(*columns: peewee.Field):
    def base(unit: bool) -> peewee.Select:
        return GoodsPass.select(*columns).where(GoodsPass.site == hole("site")).where(
            GoodsPass.unit_code == hole("name") if unit else GoodsPass.tenant == hole("id"))

    return base


def _pass_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, pass_id, pass_no, state, valid_on, time_from, time_to, carrier, plate, reason, approved_by = row
    hours = f"{_clock(time_from).isoformat('minutes')}–{_clock(time_to).isoformat('minutes')}"  # '%H:%M'
    return _new(Event, (when, "goods", "goods.issued", f"物品放行条（{PASS_STATES.get(state, state)}）",
                        _join(f"{_on(valid_on)} {hours}", carrier, plate, _short(reason, 40)), pass_no, approved_by,
                        _new(Target, ("goods", pass_no, pass_id, "")), False))


def _pass_used_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, pass_id, pass_no, carrier, plate, used_by = row
    return _new(Event, (when, "goods", "goods.used", "物品放行出门", _join(carrier, plate), pass_no, used_by,
                        _new(Target, ("goods", pass_no, pass_id, "")), False))


# ------------------------------------------------------------------ fees (收费), one compact line each
def _fees_target(subject: Subject) -> Target:
    return _new(Target, ("fees", "account", subject.id, ""))


def _of_tenant(model, *columns: peewee.Field, **equal: str):
    """`columns` of `model`'s rows of the subject tenant (and with each `equal` column at its value)."""

    def base(_unit: bool) -> peewee.Select:
        where = (model.site == hole("site")) & (model.tenant == hole("id"))
        for name, value in equal.items():
            where &= getattr(model, name) == value
        return model.select(*columns).where(where)

    return base


def _bill_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _day_text, month, total, due_on, number, issued_by = row
    return _new(Event, (when, "fees", "fees.bill", "账单 " + _on(month).isoformat()[:7],
                        _join(_money(total), f"到期 {_on(due_on)}" if due_on else ""), number, issued_by,
                        _fees_target(subject), True))


def _payment_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _day_text, voided, amount, note, receipt_no, taken_by = row
    return _new(Event, (when, "fees", "fees.payment", "收款" + ("（已作废）" if voided else ""),
                        _join(_money(amount), _short(note, 40)), receipt_no, taken_by, _fees_target(subject), True))


REMINDER_TITLES = {"phone": "电话催缴", "sms": "短信催缴", "letter": "催缴函", "visit": "上门催缴"}


def _reminder_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _day_text, kind, owed, note, letter_no, by = row
    return _new(Event, (when, "fees", f"fees.{kind}", REMINDER_TITLES.get(kind, kind),
                        _join("欠费 " + _money(owed), _short(note, 40)), letter_no, by,
                        _new(Target, ("fees", "arrears", subject.id, "")), True))


# ------------------------------------------------------------------ the front desk (前台服务), tenants only
MAIL_KINDS = {"parcel": "包裹", "letter": "信件", "newspaper": "报刊", "document": "文件"}
MAIL_STATES = {"waiting": "待领取", "collected": "已领取", "returned": "已退回"}


def _mail_title(kind: str, state: str) -> str:
    return f"{MAIL_KINDS.get(kind, kind)}到达（{MAIL_STATES.get(state, state)}）"


_MAIL_TITLES = {(kind, state): _mail_title(kind, state) for kind in MAIL_KINDS for state in MAIL_STATES}


def _mail_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, mail_id, number, kind, state, courier, sender, count, closed, collector, received_by = row
    return _new(Event, (when, "frontdesk", "mail.received", _MAIL_TITLES.get((kind, state)) or _mail_title(kind, state),
                        _join(courier, sender, f"{count} 件" if count > 1 else "",
                              f"{_at(closed).isoformat(' ', 'minutes')[5:]} {collector}" if closed else ""),
                        number, received_by, _new(Target, ("frontdesk", f"mail:{number}", mail_id, "")), False))


LOAN_STATES = {"out": "未还", "returned": "已还", "written_off": "已核销"}


def _loan_query(_unit: bool) -> peewee.Select:
    return (Loan.select(Loan.lent_at, Loan.id, Loan.number, Loan.state, Loan.quantity, Loan.borrower, Loan.lent_by,
                        LendItem.name).join(LendItem)
            .where((Loan.site == hole("site")) & (Loan.tenant == hole("id"))))


def _loan_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, loan_id, number, state, quantity, borrower, lent_by, item = row
    return _new(Event, (when, "frontdesk", "lending.lent", f"借用 {item}（{LOAN_STATES.get(state, '')}）",
                        _join(f"{quantity} 件" if quantity > 1 else "", borrower), number, lent_by,
                        _new(Target, ("frontdesk", f"lending:{number}", loan_id, "")), False))


def _visit_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _day_text, visit_id, number, met, topics, visited_by = row
    return _new(Event, (when, "frontdesk", "tenantvisit.done", "业户走访", _join(met, _short(topics, 40)), number,
                        visited_by, _new(Target, ("frontdesk", f"visits:{number}", visit_id, "")), True))


ORDER_STATES = {"ordered": "已下单", "dispatched": "已派工", "done": "已完成", "accepted": "已验收",
                "cancelled": "已取消"}


def _service_order_event(subject: Subject, when: dt.datetime, row: tuple) -> Event:
    _at_text, order_id, number, item_name, state, amount, unit_code, ordered_by = row
    return _new(Event, (when, "frontdesk", "service.order",
                        f"特约服务：{item_name}（{ORDER_STATES.get(state, state)}）",
                        _join(_money(amount), unit_code), number, ordered_by,
                        _new(Target, ("frontdesk", f"services:{number}", order_id, "")), False))


_START, _START_EVENT = _holdings(end=False)
_END, _END_EVENT = _holdings(end=True)
_MOVE_IN, _MOVE_IN_EVENT = _move_steps("in")
_MOVE_OUT, _MOVE_OUT_EVENT = _move_steps("out")

GATHERERS: tuple[Gatherer, ...] = (
    Gatherer("tenancy", "tenant.view", _START, _START_EVENT),
    Gatherer("tenancy", "tenant.view", _END, _END_EVENT),
    Gatherer("tenancy", "tenant.view", _windowed(_lease_query, AuditEntry.at, AuditEntry.id), _lease_event,
             units=False, refine=_lease_changes),
    Gatherer("tenancy", "tenant.view", _windowed(_document_query, TenantDocument.received_on, TenantDocument.id),
             _document_event, units=False),
    Gatherer("moves", "move.view", _MOVE_IN, _MOVE_IN_EVENT),
    Gatherer("moves", "move.view", _MOVE_OUT, _MOVE_OUT_EVENT),
    Gatherer("fitout", "fitout.view", _windowed(_fitout_query(
        FitoutStep.at, FitoutStep.action, FitoutStep.comment, FitoutStep.full_name, FitoutStep.username,
        Fitout.permit_no, Fitout.refunded), FitoutStep.at, FitoutStep.id), _fitout_step_event),
    Gatherer("fitout", "fitout.view", _windowed(_fitout_query(
        FitoutPatrol.day, FitoutPatrol.violation, FitoutPatrol.findings, FitoutPatrol.notice_no,
        FitoutPatrol.deadline, FitoutPatrol.fine, FitoutPatrol.full_name, FitoutPatrol.username),
        FitoutPatrol.day, FitoutPatrol.id), _patrol_event),
    Gatherer("fitout", "fitout.view", _windowed(_fitout_query(
        FitoutPatrol.closed_on, FitoutPatrol.notice_no, FitoutPatrol.close_note, FitoutPatrol.closed_by),
        FitoutPatrol.closed_on, FitoutPatrol.id), _notice_closed_event),
    Gatherer("fitout", "fitout.view", _windowed(_fitout_query(
        FitoutInspection.day, FitoutInspection.kind, FitoutInspection.passed, FitoutInspection.note,
        FitoutInspection.inspector), FitoutInspection.day, FitoutInspection.id), _inspection_event),
    Gatherer("fitout", "fitout.view", _windowed(_fitout_query(
        FitoutDeduction.at, FitoutDeduction.kind, FitoutDeduction.amount, FitoutDeduction.reason,
        FitoutDeduction.username), FitoutDeduction.at, FitoutDeduction.id), _deduction_event),
    Gatherer("requests", "request.view", _windowed(_request_query(
        Request.received_at, Request.id, Request.number, Request.category, Request.level, Request.text,
        Request.caller_name), Request.received_at, Request.id), _received_event),
    Gatherer("requests", "request.view", _windowed(_request_query(
        Request.closed_at, Request.id, Request.number, Request.category, Request.level, Request.resolution,
        Request.work_done, Request.technician), Request.closed_at, Request.id), _closed_event),
    Gatherer("requests", "request.view", _windowed(_callback_query, Callback.done_at, Callback.id), _callback_event),
    Gatherer("keys", "key.view", _windowed(_key_query, KeyMovement.at, KeyMovement.id), _key_event),
    Gatherer("rooms", "room.view", _booking_query, _booking_event, units=False),
    Gatherer("goods", "goods.view", _windowed(_pass_query(
        GoodsPass.created_at, GoodsPass.id, GoodsPass.pass_no, GoodsPass.state, GoodsPass.valid_on,
        GoodsPass.time_from, GoodsPass.time_to, GoodsPass.carrier, GoodsPass.plate, GoodsPass.reason,
        GoodsPass.approved_by), GoodsPass.created_at, GoodsPass.id), _pass_event),
    Gatherer("goods", "goods.view", _windowed(_pass_query(
        GoodsPass.used_at, GoodsPass.id, GoodsPass.pass_no, GoodsPass.carrier, GoodsPass.plate, GoodsPass.used_by),
        GoodsPass.used_at, GoodsPass.id), _pass_used_event),
    Gatherer("fees", "fees.view", _windowed(_of_tenant(
        Bill, Bill.issued_on, Bill.month, Bill.total, Bill.due_on, Bill.number, Bill.issued_by, status="issued"),
        Bill.issued_on, Bill.id), _bill_event, units=False),
    Gatherer("fees", "fees.view", _windowed(_of_tenant(
        Payment, Payment.paid_on, Payment.voided, Payment.amount, Payment.note, Payment.receipt_no,
        Payment.taken_by), Payment.paid_on, Payment.id), _payment_event, units=False),
    Gatherer("fees", "fees.view", _windowed(_of_tenant(
        Reminder, Reminder.day, Reminder.kind, Reminder.owed, Reminder.note, Reminder.letter_no, Reminder.by),
        Reminder.day, Reminder.id), _reminder_event, units=False),
    Gatherer("frontdesk", "mail.view", _windowed(_of_tenant(
        MailItem, MailItem.received_at, MailItem.id, MailItem.number, MailItem.kind, MailItem.state,
        MailItem.courier, MailItem.sender, MailItem.count, MailItem.closed_at, MailItem.collector,
        MailItem.received_by), MailItem.received_at, MailItem.id), _mail_event, units=False),
    Gatherer("frontdesk", "lending.view", _windowed(_loan_query, Loan.lent_at, Loan.id), _loan_event, units=False),
    Gatherer("frontdesk", "tenantvisit.view", _windowed(_of_tenant(
        TenantVisit, TenantVisit.visited_on, TenantVisit.id, TenantVisit.number, TenantVisit.met,
        TenantVisit.topics, TenantVisit.visited_by, state="done"), TenantVisit.visited_on, TenantVisit.id),
        _visit_event, units=False),
    Gatherer("frontdesk", "service.view", _windowed(_of_tenant(
        ServiceOrder, ServiceOrder.agreed_at, ServiceOrder.id, ServiceOrder.number, ServiceOrder.item_name,
        ServiceOrder.state, ServiceOrder.amount, ServiceOrder.unit_code, ServiceOrder.ordered_by),
        ServiceOrder.agreed_at, ServiceOrder.id), _service_order_event, units=False),
)
