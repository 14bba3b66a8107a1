"""Callbacks (回访) after every repair: due by the repair's kind, satisfied or not, the rate on the dashboard.

Safety-facility repairs are called back within 2 (working) days, leaks within 3 after the leak test,
others within 2 — the rules are site settings (requests.callback.*). An unsatisfied callback reopens the
work order; when it is done again a new callback (the next round) falls due.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from peewee import JOIN, Case, fn

from models import Callback, Request, Tenant, Unit, User, db, now
from models.prepared import Prepared, hole
from services import deadlines
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems
from services.requests import apply_change, is_active, reopen, rule

RATE_WINDOW_DAYS = 30


class CallbackRow(NamedTuple):
    """One callback as the queue and a request's form list it (a named tuple: made by the page on every refresh)."""

    id: int
    request_id: int
    number: str
    round: int
    due_at: dt.datetime
    done_at: dt.datetime | None
    satisfied: bool | None
    note: str
    tenant: str
    unit: str
    caller: str
    phone: str
    text: str
    resolved_at: dt.datetime | None
    owner: str


def open_callback(r: Request, done_at: dt.datetime, *, by: Actor) -> int:
    """The callback a finished repair owes (inside the resolve transaction); return its id."""
    anchor = r.leak_test_at if r.repair_kind == "leak" and r.leak_test_at else done_at
    try:
        due = deadlines.due(anchor, rule(r.site_id, f"callback.{r.repair_kind or 'other'}"))
    except deadlines.CalendarUnknown as exc:
        raise deadlines.CalendarUnknown(exc.day, field="at") from None
    rounds = Callback.select().where(Callback.request == r.id).count()
    cb = Callback.create(request=r.id, round=rounds + 1, created_at=done_at, due_at=due)
    record(by, "create", "callback", cb.id, after={"request": r.id, "due_at": due}, note=r.number)
    return cb.id


def _query(site_id: int):
    return (Callback.select(Callback, Request, Tenant.id, Tenant.name, Unit.id, Unit.code, User.id, User.full_name)
            .join(Request)
            .join(Tenant, JOIN.LEFT_OUTER, on=(Request.tenant == Tenant.id))
            .switch(Request).join(Unit, JOIN.LEFT_OUTER, on=(Request.unit == Unit.id))
            .switch(Request).join(User, JOIN.LEFT_OUTER, on=(Request.owner == User.id))
            .where(Request.site == site_id))


def _listed(*, queue: bool = False, upcoming: bool = False, include_done: bool = False):
    """The callbacks as their rows show them: a request's (hole `request`), or the queue: those to make by the
    hole `end` (all still to make if `upcoming`) and, with `include_done`, those made from `start` to `end`."""
    query = (Callback.select(Callback.id, Request.id, Request.work_order_no, Request.number, Callback.round,
                             Callback.due_at, Callback.done_at, Callback.satisfied, Callback.note, Tenant.name,
                             Unit.code, Request.caller_name, Request.caller_phone, Request.text, Callback.created_at,
                             User.full_name)
             .join(Request)
             .join(Tenant, JOIN.LEFT_OUTER, on=(Request.tenant == Tenant.id))
             .switch(Request).join(Unit, JOIN.LEFT_OUTER, on=(Request.unit == Unit.id))
             .switch(Request).join(User, JOIN.LEFT_OUTER, on=(Request.owner == User.id))
             .where(Request.site == hole("site")))
    if not queue:
        return query.where(Callback.request == hole("request")).order_by(Callback.round)
    end = hole("end", Callback.due_at)
    due = Callback.done_at.is_null() if upcoming else (Callback.done_at.is_null() & (Callback.due_at <= end))
    if include_done:
        due = due | (Callback.done_at.between(hole("start", Callback.done_at), end))
    return query.where(Request.state != "cancelled").where(due).order_by(Callback.due_at, Callback.id)


_CALLBACKS_OF = Prepared(_listed)
_QUEUE = Prepared(lambda upcoming, include_done: _listed(queue=True, upcoming=upcoming, include_done=include_done))
_new_row = tuple.__new__


def _rows(rows: list[tuple]) -> list[CallbackRow]:
    return [_new_row(CallbackRow, (r[0], r[1], r[2] or r[3], r[4], r[5], r[6], r[7], r[8], r[9] or "", r[10] or "",
                                   r[11], r[12], r[13], r[14], r[15] or "")) for r in rows]


def callbacks_of(request_id: int, site_id: int) -> list[CallbackRow]:
    """Every callback of one request, first round first (the caller has checked access)."""
    return _rows(_CALLBACKS_OF.rows(site=site_id, request=request_id))


def _done_last(row: CallbackRow) -> tuple:
    return row.done_at is not None, row.due_at


def callback_queue(*, by: Actor, day: dt.date | None = None, include_done: bool = False,
                   upcoming: bool = False) -> list[CallbackRow]:
    """The callbacks to make by the end of `day` (all still to make if `upcoming`), most urgent first,
    and those made that day if asked."""
    require(by, "request.view")
    day = day or now().date()
    given = {"site": by.site_id}
    if include_done or not upcoming:
        given["end"] = dt.datetime.combine(day, dt.time(23, 59, 59))
    if include_done:
        given["start"] = dt.datetime.combine(day, dt.time.min)
    rows = _rows(_QUEUE.rows((upcoming, include_done), **given))
    # Those to make first, by when due (the SQL's order: due times order as text on SQLite as they do in Python).
    return sorted(rows, key=_done_last) if include_done else rows


@dataclass
class CallbackInput:
    satisfied: bool | None = None
    note: str = ""


def record_callback(callback_id: int, data: CallbackInput, *, by: Actor, at: dt.datetime | None = None) -> None:
    """The tenant was called back: satisfied closes the request, unsatisfied reopens the work order."""
    require(by, "request.callback", entity="callback", record_id=callback_id)
    cb = (Callback.select(Callback, Request).join(Request)
          .where((Callback.id == callback_id) & (Request.site == by.site_id)).first())
    if cb is None:
        raise NotFound("callback", callback_id)
    problems = Problems()
    if cb.done_at is not None:
        problems.add("state", "callback.done")
    if data.satisfied is None:
        problems.add("satisfied", "required")
    note = (data.note or "").strip()
    if data.satisfied is False and not note:
        problems.add("note", "callback.why")  # what the tenant is unhappy about goes to engineering
    if len(note) > 1000:
        problems.add("note", "too_long", maximum=1000)
    when = (at or now()).replace(microsecond=0)
    if when < cb.created_at:
        problems.add("at", "request.time_before")
    problems.raise_if_any()
    r = cb.request
    with db.atomic():
        updated = (Callback.update(done_at=when, satisfied=data.satisfied, note=note, done_by=by.full_name)
                   .where((Callback.id == callback_id) & Callback.done_at.is_null()).execute())
        if updated != 1:  # another desk recorded it a moment ago
            problems.add("state", "callback.done")
            problems.raise_if_any()
        record(by, "callback", "callback", callback_id, after={"satisfied": data.satisfied, "note": note},
               note=r.number)
        if r.state == "resolved":
            if data.satisfied:
                apply_change(r, by, "closed", when, {"state": "closed", "closed_at": when}, note or "满意")
            else:
                reopen(r, when, note, by=by)


def _overdue_callbacks_by_owner(site_id: int, at: dt.datetime) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, in (_query(site_id).select(User.full_name)
                  .where(Callback.done_at.is_null() & (Callback.due_at < at) & (Request.state != "cancelled"))
                  .tuples()):
        out[name or ""] = out.get(name or "", 0) + 1
    return out


@dataclass(frozen=True)
class RequestFigures:
    """The dashboard's figures of requests and callbacks."""

    active: int
    due_today: int
    overdue: int
    on_hold: int
    callbacks_due_today: int
    callbacks_overdue: int
    callbacks_owed: int  # callbacks done or past due in the window
    callbacks_made: int
    overdue_by_owner: list[tuple[str, int]]  # the overdue requests (not callbacks) by owner, most first

    @property
    def callback_rate(self) -> float | None:
        """Share of the callbacks owed in the last RATE_WINDOW_DAYS that were made (None: none owed)."""
        return None if not self.callbacks_owed else self.callbacks_made / self.callbacks_owed


def callback_counts(site_id: int, since: dt.datetime, until: dt.datetime) -> tuple[int, int, int]:
    """(owed, made, satisfied) of the callbacks in [since, until): owed are those that fell due or were made in
    it, made those of them done by `until`; the callback rate (回访率) is made / owed. One grouped query."""
    in_window = ((Callback.due_at >= since) & (Callback.due_at < until)) | (
        (Callback.done_at >= since) & (Callback.done_at < until))
    made = Callback.done_at.is_null(False) & (Callback.done_at < until)
    row = (Callback.select(fn.COUNT(Callback.id), fn.SUM(Case(None, [(made, 1)], 0)),
                           fn.SUM(Case(None, [(made & (Callback.satisfied == True), 1)], 0)))  # noqa: E712
           .join(Request).where((Request.site == site_id) & (Request.state != "cancelled") & in_window)
           .tuples().first())
    return row[0] or 0, int(row[1] or 0), int(row[2] or 0)


def figures(*, by: Actor, at: dt.datetime | None = None) -> RequestFigures:
    """Requests still being worked on, due today, overdue and on hold; callbacks; the callback rate."""
    require(by, "request.view")
    at = at or now()
    end = dt.datetime.combine(at.date(), dt.time(23, 59, 59))
    active = Request.select().where((Request.site == by.site_id) & is_active())
    pending = _query(by.site_id).where(Callback.done_at.is_null() & (Request.state != "cancelled"))
    owed, made, _satisfied = callback_counts(by.site_id, at - dt.timedelta(days=RATE_WINDOW_DAYS), at)
    return RequestFigures(
        active=active.count(),
        due_today=active.where((Request.due_at >= at) & (Request.due_at <= end)).count(),
        overdue=active.where(Request.due_at < at).count(),
        on_hold=active.where(Request.on_hold).count(),
        callbacks_due_today=pending.where((Callback.due_at >= at) & (Callback.due_at <= end)).count(),
        callbacks_overdue=pending.where(Callback.due_at < at).count(),
        callbacks_owed=owed,
        callbacks_made=made,
        overdue_by_owner=overdue_by_owner(by=by, at=at, callbacks=False),
    )


def overdue_by_owner(*, by: Actor, at: dt.datetime | None = None, callbacks: bool = True) -> list[tuple[str, int]]:
    """(owner, number of overdue requests and, with `callbacks`, overdue callbacks), most first."""
    require(by, "request.view")
    at = at or now()
    counts: dict[str, int] = {}
    for name, in (Request.select(User.full_name).join(User, join_type=JOIN.LEFT_OUTER, on=(Request.owner == User.id))
                  .where((Request.site == by.site_id) & is_active() & (Request.due_at < at))
                  .tuples()):
        counts[name or ""] = counts.get(name or "", 0) + 1
    for name, n in (_overdue_callbacks_by_owner(by.site_id, at) if callbacks else {}).items():
        counts[name] = counts.get(name, 0) + n
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
