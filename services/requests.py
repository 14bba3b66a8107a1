"""Requests from tenants: intake, work orders to engineering, complaints with their deadlines, hold and resume.

Every request has steps that fall due (a complaint's escalation, reply, resolution and the outcome
told; a repair's completion); the rules come from site settings (services/settings.DEADLINE_RULES)
and the arithmetic from services/deadlines. The next step due is kept on the row (`due_step`,
`due_at`), recomputed at every change, so lists and the dashboard find overdue items by index.
Callbacks after a repair are in services/callbacks; reading (one request, the lists, the caller
lookup) in services/request_views.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from models import (
    CATEGORIES,
    CHANNELS,
    LEVELS,
    REPAIR_KINDS,
    Request,
    RequestEvent,
    RequestHold,
    Tenant,
    Unit,
    User,
    db,
    now,
    rare,
)
from services import deadlines, settings
from services.access import Actor, require
from services.audit import changed, record, snapshot
from services.deadlines import Rule
from services.errors import NotFound, Problems
from services.identity import InvalidIdentity
from services.numbering import next_number
from services.records import save_versioned
from services.tenants import check_phone

REQUEST_KIND = "KF"  # 客服受理单 KF-2026-0001
WORK_ORDER_KIND = "WX"  # 维修工作单 WX-2026-0001
ACTIVE = ("open", "dispatched", "resolved")


def is_active() -> peewee.Node:
    """Requests still being worked on: a few among years of closed ones (read through the state's index)."""
    return rare(Request.state.in_(ACTIVE))


# Which steps fall due, per category (and level for complaints), in the order they are taken.
STEPS: dict[str, tuple[str, ...]] = {
    "repair": ("resolve",),
    "complaint.major": ("escalate", "reply", "resolve", "tell"),
    "complaint.important": ("escalate", "resolve", "tell"),
    "complaint.minor": ("resolve", "tell"),
    "other": ("resolve",),
}
# Which actions a request allows, by state; the category/level rules are in allowed_actions().
ACTION_STATES: dict[str, frozenset[str]] = {
    "dispatch": frozenset({"open", "dispatched"}),
    "hold": frozenset({"open", "dispatched"}),
    "resume": frozenset({"open", "dispatched"}),
    "escalate": frozenset({"open", "dispatched"}),
    "reply": frozenset({"open", "dispatched"}),
    "resolve": frozenset({"open", "dispatched"}),
    "tell": frozenset({"resolved"}),
    "assign": frozenset({"open", "dispatched", "resolved"}),
    "cancel": frozenset({"open", "dispatched"}),
}


@dataclass
class RequestInput:
    """What the clerk takes down on the phone (or from a visit, a letter, the website)."""

    channel: str = "phone"
    category: str = "repair"
    level: str = ""  # complaints: major / important / minor
    repair_kind: str = ""  # repairs: safety / leak / other
    tenant_id: int | None = None
    unit_code: str = ""
    caller_name: str = ""
    caller_phone: str = ""
    text: str = ""
    suits_tenant: str = ""
    wanted_by: dt.datetime | None = None
    owner_id: int | None = None
    received_at: dt.datetime | None = None  # None: now


@dataclass
class ResolveInput:
    """The outcome: for a repair the work done, the materials and (for a leak) the leak test."""

    resolution: str = ""
    work_done: str = ""
    materials: str = ""
    leak_test_at: dt.datetime | None = None


# -- rules -------------------------------------------------------------------------------------------------------
def rules(site_id: int) -> dict[str, Rule]:
    """Every deadline rule as the site has set it (requests.<name>.amount / .unit), read in one query."""
    values = settings.all_settings(site_id)
    return {name: Rule(int(values[f"requests.{name}.amount"]), str(values[f"requests.{name}.unit"]))
            for name in settings.DEADLINE_RULES}


def rule(site_id: int, name: str) -> Rule:
    """One deadline rule as the site has set it."""
    return rules(site_id)[name]


def deadline_rules(category: str, level: str, *, by: Actor) -> list[tuple[str, Rule]]:
    """The steps a request of this kind will have and the site's rule for each (shown while taking it)."""
    require(by, "request.view")
    site_rules = rules(by.site_id)
    probe = Request(category=category, level=level)
    out = [(step, site_rules[_rule_name(probe, step)]) for step in steps_of(category, level)]
    if category == "repair":
        out += [(f"callback.{kind}", site_rules[f"callback.{kind}"]) for kind in REPAIR_KINDS]
    return out


def steps_of(category: str, level: str) -> tuple[str, ...]:
    if category == "complaint":
        return STEPS[f"complaint.{level}"]
    return STEPS["repair"] if category == "repair" else STEPS["other"]


def _rule_name(r: Request, step: str) -> str:
    if r.category == "complaint":
        return "complaint.tell" if step == "tell" else f"complaint_{r.level}.{step}"
    return "repair.resolve" if r.category == "repair" else "other.resolve"


DONE_FIELD = {"escalate": "escalated_at", "reply": "replied_at", "resolve": "resolved_at", "tell": "outcome_told_at"}


def holds_of(request_id: int | None) -> list[tuple[dt.datetime, dt.datetime | None]]:
    if request_id is None:
        return []
    return [(h.started_at, h.ended_at) for h in
            RequestHold.select().where(RequestHold.request == request_id).order_by(RequestHold.id)]


def step_due(r: Request, step: str, holds,
              site_rules: dict[str, Rule]) -> tuple[dt.datetime | None, dt.datetime, Rule]:
    """(due time, the clock's start, the rule) of one step of a request."""
    the_rule = site_rules[_rule_name(r, step)]
    start = r.resolved_at if step == "tell" else r.clock_from
    if step == "resolve" and r.category == "complaint" and r.level == "minor" and r.wanted_by:
        # A minor complaint is due by the time the tenant asked for, if they named one.
        return deadlines.due_by_time(r.wanted_by, start, the_rule, holds), start, the_rule
    return deadlines.due(start, the_rule, holds), start, the_rule


def _pending(r: Request) -> list[str]:
    if r.state not in ACTIVE:
        return []
    out = []
    for step in steps_of(r.category, r.level):
        if getattr(r, DONE_FIELD[step]) is not None:
            continue
        if step == "tell" and r.resolved_at is None:
            continue
        out.append(step)
    return out


def _next_due(r: Request) -> dict:
    """The next step due and when, as the row keeps them (due_at None while on hold or when nothing is due)."""
    holds = holds_of(r.id)
    site_rules = rules(r.site_id)
    best: tuple[dt.datetime, str] | None = None
    step_name = ""
    for step in _pending(r):
        when, _start, _rule = step_due(r, step, holds, site_rules)
        step_name = step_name or step
        if when is not None and (best is None or when < best[0]):
            best = (when, step)
    return {"due_at": best[0], "due_step": best[1]} if best else {"due_at": None, "due_step": step_name}


def allowed_actions(r: Request) -> frozenset[str]:
    """What may be done to the request now (the buttons the form offers; every action checks again)."""
    out = {a for a, states in ACTION_STATES.items() if r.state in states}
    if r.category != "repair":
        out.discard("dispatch")
    if r.category != "complaint":
        out.discard("tell")  # a repair closes by its callback; the other kinds close when resolved
    if r.category == "repair" and r.state == "open":
        out.discard("resolve")  # a repair is done by the technician it was sent to
    pending = set(_pending(r))
    for step in ("escalate", "reply"):
        if step not in pending:
            out.discard(step)
    if r.on_hold:
        out &= {"resume", "cancel", "assign"}
    else:
        out.discard("resume")
    return frozenset(out)


# -- intake ------------------------------------------------------------------------------------------------------
def _at(problems: Problems, name: str, value: dt.datetime | None, earliest: dt.datetime | None = None) -> dt.datetime:
    current = now()
    if value is None:
        return current
    value = value.replace(microsecond=0, tzinfo=None)
    if value > current + dt.timedelta(minutes=5):
        problems.add(name, "request.time_future")
    elif earliest is not None and value < earliest:
        problems.add(name, "request.time_before")
    return value


def _check_intake(data: RequestInput, site_id: int) -> dict:
    problems = Problems()
    clean: dict = {}
    if data.channel not in CHANNELS:
        problems.add("channel", "request.channel")
    if data.category not in CATEGORIES:
        problems.add("category", "request.category")
    clean["level"] = clean["repair_kind"] = ""
    if data.category == "complaint":
        if data.level not in LEVELS:
            problems.add("level", "request.level")
        clean["level"] = data.level
    if data.category == "repair":
        kind = data.repair_kind or "other"
        if kind not in REPAIR_KINDS:
            problems.add("repair_kind", "request.repair_kind")
        clean["repair_kind"] = kind
    clean.update(channel=data.channel, category=data.category)
    clean["text"] = problems.text("text", data.text, 2000, required=True)
    clean["caller_name"] = problems.text("caller_name", data.caller_name, 60)
    clean["suits_tenant"] = problems.text("suits_tenant", data.suits_tenant, 200)
    clean["caller_phone"] = ""
    if data.caller_phone.strip():
        try:
            clean["caller_phone"] = check_phone(data.caller_phone)
        except InvalidIdentity:
            problems.add("caller_phone", "phone.format")
    clean["tenant"] = None
    if data.tenant_id is not None:
        tenant = Tenant.get_or_none((Tenant.id == data.tenant_id) & (Tenant.site == site_id))
        if tenant is None:
            problems.add("tenant_id", "request.tenant_unknown")
        clean["tenant"] = data.tenant_id
    clean["unit"] = None
    code = data.unit_code.strip().upper()
    if code:
        unit = Unit.get_or_none((Unit.site == site_id) & (Unit.code == code))
        if unit is None:
            problems.add("unit_code", "tenant.unit_unknown", unit=code)
        else:
            clean["unit"] = unit.id
    if clean["tenant"] is None and not (clean["caller_name"] or clean["caller_phone"]):
        problems.add("tenant_id", "request.who")  # someone must be there to call back
    clean["owner"] = None
    if data.owner_id is not None:
        if User.get_or_none((User.id == data.owner_id) & (User.site == site_id) & User.active) is None:
            problems.add("owner_id", "request.owner")
        clean["owner"] = data.owner_id
    clean["received_at"] = _at(problems, "received_at", data.received_at, dt.datetime(2000, 1, 1))
    clean["wanted_by"] = None
    if data.wanted_by is not None:
        clean["wanted_by"] = data.wanted_by.replace(microsecond=0, tzinfo=None)
        if clean["wanted_by"] <= clean["received_at"]:
            problems.add("wanted_by", "request.wanted_past")
    problems.raise_if_any()
    return clean


def _event(r: Request | int, kind: str, by: Actor, at: dt.datetime, note: str = "") -> None:
    RequestEvent.create(request=r, kind=kind, username=by.full_name or by.username, note=note, at=at)


def take_request(data: RequestInput, *, by: Actor, source: str = "") -> int:
    """Register a request; a repair gets its work order number at once (printable right away)."""
    require(by, "request.take")
    clean = _check_intake(data, by.site_id)
    clean["owner"] = clean["owner"] or by.user_id
    with db.atomic():
        number = next_number(by.site_id, REQUEST_KIND, year=clean["received_at"].year)
        work_order_no = (next_number(by.site_id, WORK_ORDER_KIND, year=clean["received_at"].year)
                         if clean["category"] == "repair" else "")
        r = Request(site=by.site_id, number=number, work_order_no=work_order_no,
                    clock_from=clean["received_at"], source=source[:60], **clean)
        # A working-day rule beyond the holiday calendar raises CalendarUnknown here: nothing is kept,
        # and the clerk reads why next to the time received.
        for key, value in _next_due(r).items():
            setattr(r, key, value)
        r.save()
        _event(r, "taken", by, clean["received_at"], clean["text"][:200])
        record(by, "create", "request", r.id, after=snapshot(r))
    return r.id


def create_work_order(*, tenant_id: int | None, unit_code: str, text: str, source: str, by: Actor,
                      repair_kind: str = "other", caller_name: str = "", caller_phone: str = "",
                      at: dt.datetime | None = None) -> int:
    """A repair work order raised by another area (e.g. a handover defect → a rectification order).

    `source` says where it came from (e.g. ``movein:12/defect:3``) and is shown on the request and its
    printout; returns the request id. The work order follows the usual repair course: dispatch, done,
    callback.
    """
    data = RequestInput(channel="visit", category="repair", repair_kind=repair_kind, tenant_id=tenant_id,
                        unit_code=unit_code, caller_name=caller_name, caller_phone=caller_phone, text=text,
                        received_at=at)
    return take_request(data, by=by, source=source)


# -- actions -----------------------------------------------------------------------------------------------------
def load(request_id: int, by: Actor) -> Request:
    """The request of the actor's site, or NotFound."""
    r = Request.get_or_none((Request.id == request_id) & (Request.site == by.site_id))
    if r is None:
        raise NotFound("request", request_id)
    return r


def _act(request_id: int, action: str, by: Actor, at: dt.datetime | None, problems: Problems | None = None,
         permission: str = "request.handle") -> tuple[Request, dt.datetime]:
    """Load the request, check the actor, the state and the time of the action; raise all problems."""
    require(by, permission, entity="request", record_id=request_id)
    r = load(request_id, by)
    problems = problems or Problems()
    if action not in allowed_actions(r):
        problems.add("state", "request.not_allowed")
    when = _at(problems, "at", at, r.received_at)
    problems.raise_if_any()
    return r, when


def apply_change(r: Request, by: Actor, kind: str, when: dt.datetime, changes: dict, note: str = "") -> None:
    """Save `changes` with the due step they lead to (refused if another desk saved first), the timeline
    line and the audit entry; `r` is updated in place. Call inside the action's transaction."""
    before = snapshot(r)
    for key, value in changes.items():
        setattr(r, key, value)
    try:
        due = _next_due(r)
    except deadlines.CalendarUnknown as exc:
        raise deadlines.CalendarUnknown(exc.day, field="at") from None  # about the action, not the intake
    for key, value in due.items():
        setattr(r, key, value)
    r.version = save_versioned(Request, r.id, r.version, {**changes, **due}, by=by)
    _event(r.id, kind, by, when, note)
    b, a = changed(before, snapshot(r))
    record(by, kind, "request", r.id, before=b, after=a, note=note)


def dispatch(request_id: int, *, technician: str, appointment_at: dt.datetime | None, by: Actor,
             at: dt.datetime | None = None) -> None:
    """Send the work order to engineering: the technician and the appointment agreed with the tenant."""
    problems = Problems()
    name = problems.text("technician", technician, 60, required=True)
    if appointment_at is None:
        problems.add("appointment_at", "required")
    r, when = _act(request_id, "dispatch", by, at, problems)
    with db.atomic():
        apply_change(r, by, "dispatched", when, {"state": "dispatched", "technician": name, "dispatched_at": when,
                                          "appointment_at": appointment_at.replace(microsecond=0)},
              f"{name} {appointment_at:%Y-%m-%d %H:%M}")


def hold(request_id: int, reason: str, *, by: Actor, at: dt.datetime | None = None) -> None:
    """Waiting on the tenant (with a reason): the request's clock stops until resume()."""
    problems = Problems()
    reason = problems.text("reason", reason, 200, required=True)
    r, when = _act(request_id, "hold", by, at, problems)
    with db.atomic():
        RequestHold.create(request=r, started_at=when, reason=reason)
        apply_change(r, by, "held", when, {"on_hold": True}, reason)


def resume(request_id: int, *, by: Actor, at: dt.datetime | None = None, note: str = "") -> None:
    r, _ = _act(request_id, "resume", by, None)
    open_hold = RequestHold.get((RequestHold.request == r) & RequestHold.ended_at.is_null())
    problems = Problems()
    when = _at(problems, "at", at, open_hold.started_at)
    problems.raise_if_any()
    with db.atomic():
        RequestHold.update(ended_at=when).where(RequestHold.id == open_hold.id).execute()
        apply_change(r, by, "resumed", when, {"on_hold": False}, note.strip()[:200])


def escalate(request_id: int, to: str, *, by: Actor, at: dt.datetime | None = None) -> None:
    """A major complaint reported to the office head, an important one to the supervisor."""
    problems = Problems()
    to = problems.text("escalated_to", to, 60, required=True)
    r, when = _act(request_id, "escalate", by, at, problems)
    with db.atomic():
        apply_change(r, by, "escalated", when, {"escalated_at": when, "escalated_to": to}, to)


def reply(request_id: int, text: str, *, by: Actor, at: dt.datetime | None = None) -> None:
    """The clear answer given to the tenant (major complaints: within 2 days)."""
    problems = Problems()
    text = problems.text("reply", text, 2000, required=True)
    r, when = _act(request_id, "reply", by, at, problems)
    with db.atomic():
        apply_change(r, by, "replied", when, {"replied_at": when, "reply": text}, text[:200])


def resolve(request_id: int, data: ResolveInput, *, by: Actor, at: dt.datetime | None = None) -> int | None:
    """The request is dealt with. A repair: work done → a callback falls due (its id is returned).

    A complaint waits for the outcome to be told to the tenant; an enquiry, suggestion or help is closed.
    """
    require(by, "request.handle", entity="request", record_id=request_id)
    r = load(request_id, by)
    problems = Problems()
    changes: dict = {}
    if r.category == "repair":
        changes["work_done"] = problems.text("work_done", data.work_done, 2000, required=True)
        changes["materials"] = problems.text("materials", data.materials, 1000)
        changes["resolution"] = problems.text("resolution", data.resolution, 2000)
    else:
        changes["resolution"] = problems.text("resolution", data.resolution, 2000, required=True)
    r, when = _act(request_id, "resolve", by, at, problems)
    if r.category == "repair" and r.repair_kind == "leak":
        if data.leak_test_at is None:
            problems.add("leak_test_at", "request.leak_test")
        elif not (r.received_at <= data.leak_test_at <= when + dt.timedelta(days=30)):
            problems.add("leak_test_at", "request.time_before")
        else:
            changes["leak_test_at"] = data.leak_test_at.replace(microsecond=0)
    problems.raise_if_any()
    changes.update(resolved_at=when, state="resolved" if r.category in ("repair", "complaint") else "closed")
    if changes["state"] == "closed":
        changes["closed_at"] = when
    callback_id = None
    with db.atomic():
        apply_change(r, by, "resolved", when, changes, changes.get("work_done") or changes["resolution"])
        if r.category == "repair":
            from services.callbacks import open_callback

            callback_id = open_callback(r, when, by=by)
    return callback_id


def tell_outcome(request_id: int, note: str = "", *, by: Actor, at: dt.datetime | None = None) -> None:
    """The tenant was told the outcome of the complaint (the same day it was reached): closed."""
    r, when = _act(request_id, "tell", by, at)
    with db.atomic():
        apply_change(r, by, "told", when, {"outcome_told_at": when, "state": "closed", "closed_at": when},
              note.strip()[:500])


def assign(request_id: int, owner_id: int, *, by: Actor) -> None:
    """Hand the request to another member of staff, who then answers for its deadlines."""
    problems = Problems()
    owner = User.get_or_none((User.id == owner_id) & (User.site == by.site_id) & User.active)
    if owner is None:
        problems.add("owner_id", "request.owner")
    r, when = _act(request_id, "assign", by, None, problems)
    with db.atomic():
        apply_change(r, by, "assigned", when, {"owner": owner_id}, owner.full_name)


def cancel_request(request_id: int, reason: str, *, by: Actor) -> None:
    """Void a request taken by mistake (a supervisor, with a reason); it is kept, marked cancelled."""
    problems = Problems()
    reason = problems.text("reason", reason, 500, required=True)
    r, when = _act(request_id, "cancel", by, None, problems, permission="request.cancel")
    with db.atomic():
        RequestHold.update(ended_at=when).where((RequestHold.request == r) & RequestHold.ended_at.is_null()).execute()
        apply_change(r, by, "cancelled", when, {"state": "cancelled", "cancel_reason": reason, "on_hold": False,
                                         "closed_at": when}, reason)


def reopen(r: Request, when: dt.datetime, note: str, *, by: Actor) -> None:
    """An unsatisfied callback: the work order goes back to engineering, its clock restarted (services.callbacks)."""
    apply_change(r, by, "reopened", when, {"state": "dispatched", "resolved_at": None, "clock_from": when,
                                    "reopen_count": r.reopen_count + 1}, note)


# -- reading -----------------------------------------------------------------------------------------------------
