"""Reading requests: one request with its steps, holds, timeline and callbacks; the lists; the caller lookup."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import JOIN, Case

from models import Contact, Request, RequestEvent, RequestHold, Tenant, TenantUnit, Unit, User, now
from models.prepared import Prepared, containing, contains, filled, hole, listed, one_of, starting
from services import deadlines, tenants
from services.access import Actor, require
from services.callbacks import CallbackRow, callbacks_of
from services.paging import Page, PagedList
from services.requests import (
    ACTIVE,
    DONE_FIELD,
    RequestInput,
    allowed_actions,
    holds_of,
    is_active,
    load,
    rules,
    step_due,
    steps_of,
)


@dataclass(frozen=True)
class StepRow:
    step: str
    due_at: dt.datetime | None  # None while on hold
    done_at: dt.datetime | None
    left: dt.timedelta | None  # time left now (negative: overdue); None once done


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    kind: str
    username: str
    note: str


@dataclass(frozen=True)
class HoldRow:
    started_at: dt.datetime
    ended_at: dt.datetime | None
    reason: str


@dataclass(frozen=True)
class RequestDetail:
    id: int
    version: int
    number: str
    data: RequestInput
    tenant_name: str
    owner_name: str
    state: str
    on_hold: bool
    source: str
    work_order_no: str
    appointment_at: dt.datetime | None
    technician: str
    dispatched_at: dt.datetime | None
    work_done: str
    materials: str
    leak_test_at: dt.datetime | None
    reopen_count: int
    escalated_at: dt.datetime | None
    escalated_to: str
    replied_at: dt.datetime | None
    reply: str
    resolved_at: dt.datetime | None
    resolution: str
    outcome_told_at: dt.datetime | None
    closed_at: dt.datetime | None
    due_step: str
    due_at: dt.datetime | None
    steps: list[StepRow] = field(default_factory=list)
    holds: list[HoldRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    callbacks: list[CallbackRow] = field(default_factory=list)
    actions: frozenset[str] = frozenset()


class RequestRow(NamedTuple):
    """One line of the requests list. A named tuple: a page of 100 is made on every keystroke."""

    id: int
    number: str
    received_at: dt.datetime
    category: str
    level: str
    repair_kind: str
    tenant: str
    unit: str
    caller: str
    text: str
    state: str
    on_hold: bool
    owner: str
    due_step: str
    due_at: dt.datetime | None
    work_order_no: str


@dataclass(frozen=True)
class CallerMatch:
    """One way to fill the intake form from what the clerk typed: tenant, unit and the person calling."""

    tenant_id: int
    tenant_name: str
    unit_code: str
    contact_name: str
    phone: str


def get_request(request_id: int, *, by: Actor, at: dt.datetime | None = None) -> RequestDetail:
    """A request with its steps (due, done, time left), hold periods, timeline and callbacks."""
    require(by, "request.view")
    r = load(request_id, by)
    at = at or now()
    holds = holds_of(r.id)
    site_rules = rules(r.site_id)
    steps = []
    for step in steps_of(r.category, r.level):
        done_at = getattr(r, DONE_FIELD[step])
        if step == "tell" and r.resolved_at is None:
            steps.append(StepRow(step, None, None, None))
            continue
        try:
            when, start, the_rule = step_due(r, step, holds, site_rules)
            time_left = None
            if done_at is None and r.state in ACTIVE:
                by_rule = deadlines.due(start, the_rule, holds)
                # A minor complaint due by the tenant's own time counts down in wall-clock time.
                time_left = when - at if when is not None and when != by_rule else deadlines.left(
                    start, the_rule, holds, at)
        except deadlines.CalendarUnknown:
            # The rule was changed to working days running past the holiday calendar: the form still opens.
            when, time_left = None, None
        steps.append(StepRow(step, when, done_at, time_left))
    data = RequestInput(r.channel, r.category, r.level, r.repair_kind, r.tenant_id,
                        r.unit.code if r.unit_id else "", r.caller_name, r.caller_phone, r.text, r.suits_tenant,
                        r.wanted_by, r.owner_id, r.received_at)
    return RequestDetail(
        r.id, r.version, r.number, data, r.tenant.name if r.tenant_id else "",
        r.owner.full_name if r.owner_id else "", r.state, r.on_hold, r.source, r.work_order_no, r.appointment_at,
        r.technician, r.dispatched_at, r.work_done, r.materials, r.leak_test_at, r.reopen_count, r.escalated_at,
        r.escalated_to, r.replied_at, r.reply, r.resolved_at, r.resolution, r.outcome_told_at, r.closed_at,
        r.due_step, r.due_at, steps,
        [HoldRow(h.started_at, h.ended_at, h.reason) for h in
         RequestHold.select().where(RequestHold.request == r).order_by(RequestHold.started_at)],
        [EventRow(e.at, e.kind, e.username, e.note) for e in RequestEvent.select()
         .where(RequestEvent.request == r).order_by(RequestEvent.at.desc(), RequestEvent.id.desc())],
        callbacks_of(r.id, r.site_id), allowed_actions(r),
    )


COUNT_UP_TO = 1000  # a search matching more says "1000+": counting every match in years of requests costs more


def _request_list(state_mode: str, by_category: bool, by_level: bool, by_owner: bool, overdue: bool,
                  due_today: bool, by_hold: bool, by_text: bool):
    """The requests list for one shape of filters: `state_mode` active / state / '' (any)."""
    query = (Request.select(Request.id, Request.number, Request.received_at, Request.category, Request.level,
                            Request.repair_kind, Tenant.name, Unit.code, Request.caller_name, Request.text,
                            Request.state, Request.on_hold, User.full_name, Request.due_step, Request.due_at,
                            Request.work_order_no)
             .join(Tenant, join_type=JOIN.LEFT_OUTER, on=(Request.tenant == Tenant.id))
             .switch(Request).join(Unit, join_type=JOIN.LEFT_OUTER, on=(Request.unit == Unit.id))
             .switch(Request).join(User, join_type=JOIN.LEFT_OUTER, on=(Request.owner == User.id))
             .where(Request.site == hole("site")))
    if state_mode == "active":
        query = query.where(is_active())
    elif state_mode == "state":
        query = query.where(Request.state == hole("state"))
    if by_category:
        query = query.where(Request.category == hole("category"))
    if by_level:
        query = query.where(Request.level == hole("level"))
    if by_owner:
        query = query.where(Request.owner == hole("owner", Request.owner))
    if overdue:
        query = query.where(is_active() & (Request.due_at < hole("at", Request.due_at)))
    if due_today:
        query = query.where(is_active() & (Request.due_at >= hole("at", Request.due_at))
                            & (Request.due_at <= hole("end", Request.due_at)))
    if by_hold:
        query = query.where(Request.on_hold == hole("on_hold", Request.on_hold))
    if by_text:
        query = query.where(
            (Request.number == hole("exact")) | (Request.work_order_no == hole("exact"))
            | contains(Tenant.name, "text") | contains(Tenant.name_initials, "initials")
            | contains(Unit.code, "upper") | contains(Request.caller_name, "text")
            | contains(Request.caller_phone, "text") | contains(Request.text, "text"))
    return query.order_by(Request.received_at.desc(), Request.id.desc())


_REQUEST_LIST = PagedList(_request_list)
_new_row = tuple.__new__


def _request_list_row(r: tuple) -> RequestRow:
    return _new_row(RequestRow, (r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7] or "", r[8], r[9], r[10],
                                 r[11], r[12] or "", r[13], r[14], r[15]))


def search_requests(*, by: Actor, text: str = "", state: str = "", category: str = "", level: str = "",
                    owner_id: int | None = None, overdue: bool = False, on_hold: bool | None = None,
                    due_today: bool = False, at: dt.datetime | None = None, page: int = 0,
                    page_size: int = 100) -> Page[RequestRow]:
    """Requests newest first, filtered; `state` may be 'active' for everything still being worked on;
    `overdue` and `due_today` are the dashboard's deadlines (past, and from now to the day's end)."""
    require(by, "request.view")
    given: dict = {"site": by.site_id}
    state_mode = "active" if state == "active" else ("state" if state else "")
    if state_mode == "state":
        given["state"] = state
    if category:
        given["category"] = category
    if level:
        given["level"] = level
    if owner_id is not None:
        given["owner"] = owner_id
    if overdue or due_today:
        given["at"] = moment = at or now()
        if due_today:
            given["end"] = dt.datetime.combine(moment.date(), dt.time(23, 59, 59))
    if on_hold is not None:
        given["on_hold"] = on_hold
    needle = text.strip()
    if needle:
        upper = needle.upper()
        given["exact"], given["text"] = upper, containing(needle)
        given["initials"], given["upper"] = starting(upper), containing(upper)
    shape = (state_mode, bool(category), bool(level), owner_id is not None, overdue, due_today, on_hold is not None,
             bool(needle))
    return _REQUEST_LIST.page(shape, given, page, page_size, _request_list_row, count_up_to=COUNT_UP_TO)


def _callers():
    """The active tenants the caller lookup offers: search_tenants' match of a text, first by their initials."""
    return (Tenant.select(Tenant.id, Tenant.name)
            .where((Tenant.site == hole("site")) & (Tenant.status == "active") & tenants.text_match())
            .order_by(Tenant.name_initials, Tenant.id).limit(hole("limit")))


_CALLERS = Prepared(_callers)
# Of the tenants found: their active contacts, the primary first, and their current units.
_CALLER_CONTACTS = Prepared(lambda n: Contact.select(Contact.tenant, Contact.name, Contact.phone)
                            .where(one_of(Contact.tenant, "tenants", n) & Contact.active)
                            .order_by(Contact.is_primary.desc(), Contact.id))
_CALLER_UNITS = Prepared(lambda n: TenantUnit.select(TenantUnit.tenant, Unit.code).join(Unit)
                         .where(one_of(TenantUnit.tenant, "tenants", n) & TenantUnit.until.is_null())
                         .order_by(Unit.code))


def find_callers(text: str, *, by: Actor, limit: int = 8) -> list[CallerMatch]:
    """Fill the intake from a unit code, a caller's or tenant's name (or its pinyin initials) or a phone."""
    require(by, "request.view")
    needle = text.strip()
    if len(needle) < 2:
        return []
    require(by, "tenant.view")  # the tenants' own search's permission
    upper = needle.upper()
    found = _CALLERS.rows(site=by.site_id, limit=max(1, min(limit, 1000)), **tenants.text_values(needle))
    if not found:
        return []
    ids = [t[0] for t in found]
    size = listed(ids)
    given = filled("tenants", ids, size)
    contacts: dict[int, list[tuple[str, str]]] = {}
    for tenant_id, name, phone in _CALLER_CONTACTS.rows((size,), **given):
        contacts.setdefault(tenant_id, []).append((name, phone))
    units: dict[int, list[str]] = {}
    for tenant_id, code in _CALLER_UNITS.rows((size,), **given):
        units.setdefault(tenant_id, []).append(code)
    out = []
    for tenant_id, tenant_name in found:
        people = contacts.get(tenant_id, [])
        # The person the clerk named (or whose number they typed), else the tenant's primary contact.
        named = [c for c in people if needle in c[0] or needle in c[1]] or people[:1]
        held = units.get(tenant_id, [])
        unit = next((u for u in held if upper in u), held[0] if held else "")
        name, phone = named[0] if named else ("", "")
        out.append(CallerMatch(tenant_id, tenant_name, unit, name, phone))
    return out


def staff(*, by: Actor) -> list[tuple[int, str]]:
    """Active staff who may own a request (id, name), for the owner choice and the filter."""
    require(by, "request.view")
    return [(u.id, u.full_name) for u in
            User.select().where((User.site == by.site_id) & User.active).order_by(User.full_name)]


@dataclass(frozen=True)
class RequestCount:
    """Requests of one category (and level, for complaints) over a range of days."""

    category: str
    level: str  # "" except for complaints
    received: int  # taken in the range (cancelled ones too)
    cancelled: int  # of those received, cancelled since
    resolved: int  # resolved in the range
    in_time: int  # of those resolved, by their resolve step's deadline (held time not counted)

    @property
    def in_time_share(self) -> float | None:
        return self.in_time / self.resolved if self.resolved else None


def request_counts(site_id: int, start: dt.date, end: dt.date) -> list[RequestCount]:
    """Per (category, level) over [start, end]: received, cancelled, resolved, and resolved within the deadline.

    Two grouped counts, then the requests resolved in the range with their holds in two queries: whether each was
    in time is working-day arithmetic (services/deadlines), done in Python on that month's few hundred rows."""
    from peewee import fn

    from models import CATEGORIES, LEVELS
    from services.periods import bounds

    lo, hi = bounds(start, end)
    mine = Request.site == site_id
    received = dict(((c, lv), (n, int(x or 0))) for c, lv, n, x in Request.select(
        Request.category, Request.level, fn.COUNT(Request.id),
        fn.SUM(Case(None, [(Request.state == "cancelled", 1)], 0)))
        .where(mine & (Request.received_at >= lo) & (Request.received_at < hi))
        .group_by(Request.category, Request.level).tuples())
    resolved_in = mine & (Request.state != "cancelled") & (Request.resolved_at >= lo) & (Request.resolved_at < hi)
    done = list(Request.select(Request.id, Request.site, Request.category, Request.level, Request.clock_from,
                               Request.wanted_by, Request.resolved_at).where(resolved_in))
    holds: dict[int, list] = {}
    for request_id, a, b in (RequestHold.select(RequestHold.request, RequestHold.started_at, RequestHold.ended_at)
                             .where(RequestHold.request.in_(Request.select(Request.id).where(resolved_in)))
                             .order_by(RequestHold.id).tuples()):
        holds.setdefault(request_id, []).append((a, b))
    site_rules = rules(site_id)
    resolved: dict[tuple[str, str], list[int]] = {}
    for r in done:
        try:
            due, _start, _rule = step_due(r, "resolve", holds.get(r.id, []), site_rules)
        except KeyError:  # a level no rule knows (data brought in from elsewhere): resolved, but not judged in time
            due = None
        tally = resolved.setdefault((r.category, r.level), [0, 0])
        tally[0] += 1
        tally[1] += due is not None and r.resolved_at <= due
    keys = [(c, lv) for c in CATEGORIES for lv in (LEVELS if c == "complaint" else ("",))]
    keys += sorted((set(received) | set(resolved)) - set(keys))  # anything older rules left behind
    return [RequestCount(c, lv, *received.get((c, lv), (0, 0)), *resolved.get((c, lv), (0, 0))) for c, lv in keys]
