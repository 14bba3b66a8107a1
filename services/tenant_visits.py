"""Tenant visits (走访): how often each tenant is visited, the plan drawn from that, the visit record with the
issues raised (each that needs action becomes a request), and the overdue visits for the dashboard."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from models import Tenant, TenantUnit, Unit, db, now
from models.desk_services import TenantVisit, VisitCycle, VisitIssue
from services import settings
from services.access import Actor, require
from services.audit import record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.numbering import next_number, take_serials
from services.paging import Page
from services.records import of_site, save_versioned

ISSUE_ACTIONS = ("none", "repair", "complaint", "suggestion")
VIEWS = ("all", "overdue", "due_soon", "planned")


def default_interval(site_id: int) -> int:
    return int(settings.get(site_id, "visits.interval_days"))


def set_interval(tenant_id: int, days: int | None, *, by: Actor) -> None:
    """Visit this tenant every `days` days (a key account more often, a small one less); None: the default."""
    require(by, "tenantvisit.plan", entity="tenant", record_id=tenant_id)
    if not Tenant.select().where((Tenant.id == tenant_id) & (Tenant.site == by.site_id)).exists():
        raise NotFound("tenant", tenant_id)
    if days is not None and not 7 <= days <= 730:
        raise ValidationError("days", "visit.interval", minimum=7, maximum=730)
    before = VisitCycle.get_or_none((VisitCycle.site == by.site_id) & (VisitCycle.tenant == tenant_id))
    with db.atomic():
        if days is None:
            VisitCycle.delete().where((VisitCycle.site == by.site_id) & (VisitCycle.tenant == tenant_id)).execute()
        else:
            VisitCycle.insert(site=by.site_id, tenant=tenant_id, days=days).on_conflict(
                conflict_target=[VisitCycle.site, VisitCycle.tenant], update={VisitCycle.days: days}).execute()
        record(by, "visit_interval", "tenant", tenant_id, before={"days": before.days if before else None},
               after={"days": days})


# ---------------------------------------------------------------- the schedule
@dataclass(frozen=True)
class ScheduleRow:
    tenant_id: int
    tenant: str
    units: str
    interval: int
    own_interval: bool
    last_visited: dt.date | None
    due_on: dt.date
    overdue_days: int  # 0 when not overdue
    plan_id: int | None
    plan_number: str
    plan_due: dt.date | None
    plan_assignee: str
    plan_version: int


def _schedule(site_id: int, today: dt.date) -> list[ScheduleRow]:
    """Every active tenant with when it is next due: the last visit (or the lease start) plus its interval."""
    default = default_interval(site_id)
    own = dict(VisitCycle.select(VisitCycle.tenant, VisitCycle.days).where(VisitCycle.site == site_id).tuples())
    last = dict(TenantVisit.select(TenantVisit.tenant, fn.MAX(TenantVisit.visited_on))
                .where((TenantVisit.site == site_id) & (TenantVisit.state == "done"))
                .group_by(TenantVisit.tenant).tuples())
    plans = {v.tenant_id: v for v in TenantVisit.select().where((TenantVisit.site == site_id)
                                                                 & (TenantVisit.state == "planned"))}
    units: dict[int, list[str]] = {}
    for tenant_id, code in (TenantUnit.select(TenantUnit.tenant, Unit.code).join(Unit)
                            .where((Unit.site == site_id) & TenantUnit.until.is_null()).order_by(Unit.code).tuples()):
        units.setdefault(tenant_id, []).append(code)
    rows = []
    for t in Tenant.select().where((Tenant.site == site_id) & (Tenant.status == "active")).order_by(Tenant.name):
        interval = own.get(t.id, default)
        visited = last.get(t.id)
        if isinstance(visited, str):  # SQLite's MAX over a date column comes back as text
            visited = dt.date.fromisoformat(visited)
        start = visited or t.lease_start or t.created_at.date()
        due = start + dt.timedelta(days=interval)
        plan = plans.get(t.id)
        # A plan with an earlier date than the cycle's is the supervisor's word: it is the date that counts.
        if plan is not None and plan.due_on < due:
            due = plan.due_on
        rows.append(ScheduleRow(t.id, t.name, "、".join(units.get(t.id, [])), interval, t.id in own, visited, due,
                                max((today - due).days, 0), plan.id if plan else None, plan.number if plan else "",
                                plan.due_on if plan else None, plan.assignee if plan else "",
                                plan.version if plan else 0))
    return rows


def schedule(*, by: Actor, view: str = "all", text: str = "", today: dt.date | None = None, page: int = 0,
             page_size: int = 200) -> Page[ScheduleRow]:
    """The tenants' visit schedule, the most overdue first: all, overdue, due within the plan-ahead days, or
    planned."""
    require(by, "tenantvisit.view")
    today = today or dt.date.today()
    rows = _schedule(by.site_id, today)
    ahead = int(settings.get(by.site_id, "visits.plan_ahead_days"))
    if view == "overdue":
        rows = [r for r in rows if r.due_on < today]
    elif view == "due_soon":
        rows = [r for r in rows if r.due_on <= today + dt.timedelta(days=ahead)]
    elif view == "planned":
        rows = [r for r in rows if r.plan_id is not None]
    if text.strip():
        needle = text.strip().upper()
        rows = [r for r in rows if needle in r.tenant.upper() or needle in r.units or needle in r.plan_assignee]
    rows.sort(key=lambda r: (r.due_on, r.tenant))
    page_size = max(1, min(page_size, 1000))
    return Page(rows[page * page_size:(page + 1) * page_size], len(rows), page, page_size)


@dataclass(frozen=True)
class VisitFigures:
    overdue: int
    due_soon: int
    done_30_days: int


def visit_figures(*, by: Actor, today: dt.date | None = None) -> VisitFigures:
    require(by, "tenantvisit.view")
    today = today or dt.date.today()
    rows = _schedule(by.site_id, today)
    ahead = int(settings.get(by.site_id, "visits.plan_ahead_days"))
    done = TenantVisit.select().where((TenantVisit.site == by.site_id) & (TenantVisit.state == "done")
                                      & (TenantVisit.visited_on > today - dt.timedelta(days=30))).count()
    return VisitFigures(sum(r.due_on < today for r in rows),
                        sum(today <= r.due_on <= today + dt.timedelta(days=ahead) for r in rows), done)


# ---------------------------------------------------------------- the plan
def generate_plan(*, assignees: list[str], by: Actor, today: dt.date | None = None,
                  ahead_days: int | None = None) -> list[int]:
    """Plan a visit for every tenant due within `ahead_days` (overdue ones included) that has none planned,
    shared out in turn among `assignees`; each visit's date is when it falls due (today at the earliest)."""
    require(by, "tenantvisit.plan")
    today = today or dt.date.today()
    names = [a.strip() for a in assignees if a.strip()]
    if not names:
        raise ValidationError("assignees", "visit.no_assignee")
    ahead = int(settings.get(by.site_id, "visits.plan_ahead_days")) if ahead_days is None else ahead_days
    created = []
    with db.atomic():
        # One plan run at a time per site: a second supervisor's run waits on this row, then reads the plan the
        # first one made, so no tenant gets two planned visits.
        take_serials(by.site_id, "visit-plan-run")
        due = [r for r in sorted(_schedule(by.site_id, today), key=lambda r: (r.due_on, r.tenant))
               if r.plan_id is None and r.due_on <= today + dt.timedelta(days=ahead)]
        for i, row in enumerate(due):
            visit = TenantVisit.create(site=by.site_id, number=next_number(by.site_id, "ZF", year=today.year),
                                       tenant=row.tenant_id, due_on=max(row.due_on, today),
                                       assignee=names[i % len(names)][:60])
            created.append(visit.id)
        if created:
            record(by, "plan", "tenant_visit", None, after={"planned": len(created), "assignees": names})
    return created


def _load(visit_id: int, by: Actor) -> TenantVisit:
    return of_site(TenantVisit, visit_id, by)


def plan_visit(tenant_id: int, *, due_on: dt.date, assignee: str, by: Actor) -> int:
    """Plan one visit by hand (a tenant to see soon, whatever its cycle says)."""
    require(by, "tenantvisit.plan")
    if not Tenant.select().where((Tenant.id == tenant_id) & (Tenant.site == by.site_id)).exists():
        raise NotFound("tenant", tenant_id)
    problems = Problems()
    assignee = problems.text("assignee", assignee, 60, required=True)
    if TenantVisit.select().where((TenantVisit.site == by.site_id) & (TenantVisit.tenant == tenant_id)
                                  & (TenantVisit.state == "planned")).exists():
        problems.add("tenant_id", "visit.already_planned")
    problems.raise_if_any()
    with db.atomic():
        visit = TenantVisit.create(site=by.site_id, number=next_number(by.site_id, "ZF", year=due_on.year),
                                   tenant=tenant_id, due_on=due_on, assignee=assignee)
        record(by, "create", "tenant_visit", visit.id, after=snapshot(visit))
    return visit.id


def _planned(visit_id: int, by: Actor, name: str, text: str, limit: int) -> tuple[TenantVisit, str]:
    """A planned visit of the site (the supervisor's to change) and the one text typed with the change."""
    require(by, "tenantvisit.plan", entity="tenant_visit", record_id=visit_id)
    visit = _load(visit_id, by)
    problems = Problems()
    text = problems.text(name, text, limit, required=True)
    if visit.state != "planned":
        problems.add("state", "visit.not_planned")
    problems.raise_if_any()
    return visit, text


def edit_plan(visit_id: int, version: int, *, due_on: dt.date, assignee: str, by: Actor) -> int:
    """Move a planned visit to another day or another person."""
    visit, assignee = _planned(visit_id, by, "assignee", assignee, 60)
    with db.atomic():
        new_version = save_versioned(TenantVisit, visit_id, version, {"due_on": due_on, "assignee": assignee}, by=by)
        record(by, "update", "tenant_visit", visit_id, before={"due_on": visit.due_on, "assignee": visit.assignee},
               after={"due_on": due_on, "assignee": assignee})
    return new_version


def cancel_plan(visit_id: int, reason: str, *, by: Actor) -> None:
    """Drop a planned visit, with the reason (the tenant moving out, a visit made in another way)."""
    visit, reason = _planned(visit_id, by, "reason", reason, 200)
    with db.atomic():
        save_versioned(TenantVisit, visit_id, visit.version, {"state": "cancelled", "cancel_reason": reason}, by=by)
        record(by, "cancel", "tenant_visit", visit_id, note=reason)


# ---------------------------------------------------------------- the record
@dataclass
class IssueInput:
    text: str = ""
    action: str = "none"  # none / repair / complaint / suggestion


@dataclass
class VisitInput:
    tenant_id: int | None = None
    visited_on: dt.date | None = None
    visited_by: str = ""
    met: str = ""  # who was met: name and role
    topics: str = ""
    notes: str = ""
    issues: list[IssueInput] = field(default_factory=list)


def _raise_request(issue: IssueInput, visit: TenantVisit, unit_code: str, by: Actor) -> int | None:
    from services.requests import RequestInput, create_work_order, take_request

    source = f"visit:{visit.number}"
    text = f"走访 {visit.number} 提出：{issue.text}"
    if issue.action == "repair":
        return create_work_order(tenant_id=visit.tenant_id, unit_code=unit_code, text=text, source=source, by=by,
                                 caller_name=visit.met[:60])
    if issue.action in ("complaint", "suggestion"):
        data = RequestInput(channel="visit", category=issue.action,
                            level="minor" if issue.action == "complaint" else "", tenant_id=visit.tenant_id,
                            unit_code=unit_code, caller_name=visit.met[:60], text=text)
        return take_request(data, by=by, source=source)
    return None


def record_visit(data: VisitInput, *, by: Actor, visit_id: int | None = None) -> int:
    """Record a visit (the planned one, or one made without a plan); every issue that needs action becomes a
    request (repair → work order; complaint; suggestion) linked back to the visit. Returns the visit's id."""
    require(by, "tenantvisit.record")
    problems = Problems()
    planned = _load(visit_id, by) if visit_id is not None else None
    if planned is None and data.tenant_id:
        # A visit made without opening the plan still is the planned one: the plan is not left open behind it.
        planned = TenantVisit.get_or_none((TenantVisit.site == by.site_id) & (TenantVisit.tenant == data.tenant_id)
                                          & (TenantVisit.state == "planned"))
    tenant_id = planned.tenant_id if planned else data.tenant_id
    tenant = Tenant.get_or_none((Tenant.id == (tenant_id or 0)) & (Tenant.site == by.site_id))
    if tenant is None:
        problems.add("tenant_id", "required")
    if planned is not None and planned.state != "planned":
        problems.add("state", "visit.not_planned")
    if data.visited_on is None:
        problems.add("visited_on", "required")
    elif data.visited_on > dt.date.today():
        problems.add("visited_on", "date_future")
    visited_by = problems.text("visited_by", data.visited_by, 60, required=True)
    met = problems.text("met", data.met, 120, required=True)
    topics = problems.text("topics", data.topics, 200, required=True)
    notes = problems.text("notes", data.notes, 2000)
    issues = []
    for i, issue in enumerate(data.issues):
        text = problems.text(f"issues[{i}].text", issue.text, 500)
        if not text:
            continue
        if issue.action not in ISSUE_ACTIONS:
            problems.add(f"issues[{i}].action", "visit.issue_action")
        issues.append(IssueInput(text, issue.action))
    problems.raise_if_any()
    unit = (Unit.select(Unit.code).join(TenantUnit).where((TenantUnit.tenant == tenant.id) & TenantUnit.until.is_null())
            .order_by(Unit.code).first())
    values = {"visited_on": data.visited_on, "visited_by": visited_by, "met": met, "topics": topics, "notes": notes,
              "state": "done"}
    with db.atomic():
        if planned is not None:
            save_versioned(TenantVisit, planned.id, planned.version, values, by=by)
            visit = TenantVisit.get_by_id(planned.id)
        else:
            visit = TenantVisit.create(site=by.site_id, number=next_number(by.site_id, "ZF",
                                                                            year=data.visited_on.year),
                                       tenant=tenant.id, due_on=data.visited_on, assignee=visited_by, **values)
        for issue in issues:
            request_id = _raise_request(issue, visit, unit.code if unit else "", by)
            VisitIssue.create(visit=visit, text=issue.text, action=issue.action, request_id=request_id)
        record(by, "record", "tenant_visit", visit.id, after={**snapshot(visit), "issues": len(issues)})
    return visit.id


@dataclass(frozen=True)
class IssueRow:
    text: str
    action: str
    request_id: int | None
    request_number: str


@dataclass(frozen=True)
class VisitRow:
    id: int
    number: str
    tenant_id: int
    tenant: str
    units: str
    due_on: dt.date
    assignee: str
    state: str
    visited_on: dt.date | None
    visited_by: str
    met: str
    topics: str
    notes: str
    cancel_reason: str
    issues: list[IssueRow]


def _visit_row(v: TenantVisit) -> VisitRow:
    from models import Request

    issues = list(v.issues.order_by(VisitIssue.id))
    numbers = dict(Request.select(Request.id, Request.number)
                   .where(Request.id.in_([i.request_id for i in issues if i.request_id] or [0])).tuples())
    held = (Unit.select(Unit.code).join(TenantUnit)
            .where((TenantUnit.tenant == v.tenant_id) & TenantUnit.until.is_null()).order_by(Unit.code))
    units = "、".join(c for (c,) in held.tuples())
    return VisitRow(v.id, v.number, v.tenant_id, v.tenant.name, units, v.due_on, v.assignee, v.state, v.visited_on,
                    v.visited_by, v.met, v.topics, v.notes, v.cancel_reason,
                    [IssueRow(i.text, i.action, i.request_id, numbers.get(i.request_id, "")) for i in issues])


def get_visit(visit_id: int, *, by: Actor) -> VisitRow:
    require(by, "tenantvisit.view")
    return _visit_row(_load(visit_id, by))


def visits_of(tenant_id: int, *, by: Actor) -> list[VisitRow]:
    """A tenant's visits, newest first."""
    require(by, "tenantvisit.view")
    query = (TenantVisit.select().where((TenantVisit.site == by.site_id) & (TenantVisit.tenant == tenant_id))
             .order_by(TenantVisit.due_on.desc(), TenantVisit.id.desc()))
    return [_visit_row(v) for v in query]


def print_visit_record(visit_id: int, *, by: Actor) -> bytes:
    """《业户走访记录表》 of a recorded visit (or a blank one to fill in on the visit, for a planned one)."""
    from printouts.visit_record import VisitSheet, render_visit_record
    from services.printing import letterhead

    row = get_visit(visit_id, by=by)
    sheet = VisitSheet(number=row.number, tenant=row.tenant, units=row.units, due_on=row.due_on,
                       assignee=row.assignee, visited_on=row.visited_on, visited_by=row.visited_by, met=row.met,
                       topics=row.topics, notes=row.notes,
                       issues=[(i.text, ISSUE_TEXT[i.action], i.request_number) for i in row.issues],
                       printed_at=now())
    return render_visit_record(sheet, letterhead(by.site_id))


ISSUE_TEXT = {"none": "记录备查", "repair": "转报修", "complaint": "转投诉", "suggestion": "转建议"}
