"""Tenant visits: the cycle (site default, per-tenant), due dates, the plan, the record and its requests."""
from __future__ import annotations

import datetime as dt

import pytest

from models import Request, TenantUnit
from models.desk_services import TenantVisit, VisitIssue
from services import building, settings, tenant_visits, tenants
from services.errors import PermissionDenied, ValidationError
from services.tenant_visits import IssueInput, VisitInput
from services.tenants import TenantInput

TODAY = dt.date.today()


@pytest.fixture
def three(site) -> list[int]:
    """Three tenants whose leases started 100, 60 and 10 days ago."""
    building.generate_units(building.GenerateInput(8, 8, 3, "100"), by=site.supervisor)
    ids = []
    for i, (name, days) in enumerate((("甲公司", 100), ("乙公司", 60), ("丙公司", 10))):
        ids.append(tenants.create_tenant(TenantInput(name=name, units=[f"8F-80{i + 1}"],
                                                     lease_start=TODAY - dt.timedelta(days=days)), by=site.clerk))
    TenantUnit.update(since=TODAY - dt.timedelta(days=200)).execute()
    return ids


def _due(site, today=TODAY) -> dict[int, dt.date]:
    return {r.tenant_id: r.due_on for r in tenant_visits.schedule(by=site.clerk, today=today).items}


def test_due_dates_follow_the_site_default_and_a_tenants_own_cycle(site, three):
    a, b, c = three
    assert _due(site) == {a: TODAY - dt.timedelta(days=10), b: TODAY + dt.timedelta(days=30),
                          c: TODAY + dt.timedelta(days=80)}
    settings.update_settings({"visits.interval_days": 30}, by=site.manager)
    tenant_visits.set_interval(c, 7, by=site.supervisor)
    assert _due(site)[b] == TODAY - dt.timedelta(days=30)
    assert _due(site)[c] == TODAY - dt.timedelta(days=3)
    with pytest.raises(ValidationError) as err:
        tenant_visits.set_interval(c, 3, by=site.supervisor)
    assert err.value.codes() == {"days": "visit.interval"}
    with pytest.raises(PermissionDenied):
        tenant_visits.set_interval(c, 30, by=site.clerk)
    tenant_visits.set_interval(c, None, by=site.supervisor)
    assert _due(site)[c] == TODAY + dt.timedelta(days=20)


def test_overdue_figures_and_the_overdue_list(site, three):
    a, _b, _c = three
    overdue = tenant_visits.schedule(by=site.clerk, view="overdue").items
    assert [(r.tenant_id, r.overdue_days) for r in overdue] == [(a, 10)]
    figures = tenant_visits.visit_figures(by=site.clerk)
    assert (figures.overdue, figures.due_soon, figures.done_30_days) == (1, 1, 0)


def test_the_plan_takes_tenants_due_soon_in_turn_and_not_twice(site, three):
    a, b, c = three
    with pytest.raises(ValidationError) as err:
        tenant_visits.generate_plan(assignees=[" "], by=site.supervisor)
    assert err.value.codes() == {"assignees": "visit.no_assignee"}
    created = tenant_visits.generate_plan(assignees=["赵管家", "钱管家"], by=site.supervisor)
    visits = [TenantVisit.get_by_id(v) for v in created]
    # a is overdue: planned for today; b falls due in 30 days (the plan looks 30 days ahead); c is not due.
    assert [(v.tenant_id, v.due_on, v.assignee) for v in visits] == [
        (a, TODAY, "赵管家"), (b, TODAY + dt.timedelta(days=30), "钱管家")]
    assert tenant_visits.generate_plan(assignees=["赵管家"], by=site.supervisor) == []
    with pytest.raises(PermissionDenied):
        tenant_visits.generate_plan(assignees=["赵管家"], by=site.clerk)
    row = next(r for r in tenant_visits.schedule(by=site.clerk, view="planned").items if r.tenant_id == b)
    tenant_visits.edit_plan(row.plan_id, row.plan_version, due_on=TODAY + dt.timedelta(days=2), assignee="孙主管",
                            by=site.supervisor)
    assert _due(site)[b] == TODAY + dt.timedelta(days=2)
    with pytest.raises(ValidationError):
        tenant_visits.plan_visit(b, due_on=TODAY, assignee="x", by=site.supervisor)
    tenant_visits.cancel_plan(row.plan_id, "业户搬迁在即", by=site.supervisor)
    assert _due(site)[b] == TODAY + dt.timedelta(days=30)
    assert c not in [v.tenant_id for v in visits]


def test_a_visit_record_moves_the_due_date_and_turns_issues_into_requests(site, three):
    a, _b, _c = three
    [plan] = [v for v in tenant_visits.generate_plan(assignees=["赵管家"], by=site.supervisor, ahead_days=0)]
    data = VisitInput(visited_on=TODAY, visited_by="赵管家", met="李娜（行政经理）", topics="季度走访、空调温度",
                      notes="业户对前台服务满意。",
                      issues=[IssueInput("会议室空调不制冷", "repair"), IssueInput("保洁下午来得太晚", "complaint"),
                              IssueInput("希望增加电动车充电桩", "suggestion"), IssueInput("咨询停车月卡", "none"),
                              IssueInput("", "repair")])
    tenant_visits.record_visit(data, visit_id=plan, by=site.steward)
    visit = tenant_visits.get_visit(plan, by=site.clerk)
    assert (visit.state, visit.visited_by) == ("done", "赵管家")
    assert [(i.action, bool(i.request_number)) for i in visit.issues] == [
        ("repair", True), ("complaint", True), ("suggestion", True), ("none", False)]
    requests = {r.category: r for r in Request.select().where(Request.tenant == a)}
    assert set(requests) == {"repair", "complaint", "suggestion"}
    assert requests["complaint"].level == "minor"
    assert "会议室空调不制冷" in requests["repair"].text and requests["repair"].unit.code == "8F-801"
    assert requests["repair"].source.startswith("visit:ZF-")
    assert VisitIssue.select().count() == 4
    assert _due(site)[a] == TODAY + dt.timedelta(days=90)
    assert tenant_visits.visit_figures(by=site.clerk).done_30_days == 1
    with pytest.raises(ValidationError) as err:
        tenant_visits.record_visit(data, visit_id=plan, by=site.steward)
    assert err.value.codes() == {"state": "visit.not_planned"}


def test_a_bad_record_saves_nothing(site, three):
    a = three[0]
    with pytest.raises(ValidationError) as err:
        tenant_visits.record_visit(VisitInput(tenant_id=a, visited_on=TODAY + dt.timedelta(days=1), visited_by="",
                                              met="李娜", topics="走访",
                                              issues=[IssueInput("漏水", "fix")]), by=site.steward)
    assert err.value.codes() == {"visited_on": "date_future", "visited_by": "required",
                                 "issues[0].action": "visit.issue_action"}
    assert TenantVisit.select().count() == 0 and Request.select().count() == 0
    # A visit made without a plan is recorded on its own.
    visit_id = tenant_visits.record_visit(VisitInput(tenant_id=a, visited_on=TODAY, visited_by="赵管家", met="李娜",
                                                     topics="顺访"), by=site.steward)
    assert tenant_visits.visits_of(a, by=site.clerk)[0].id == visit_id


def test_a_visit_recorded_from_the_tenant_closes_its_open_plan(site, three):
    a = three[0]
    plan = tenant_visits.plan_visit(a, due_on=TODAY, assignee="赵管家", by=site.supervisor)
    visit_id = tenant_visits.record_visit(VisitInput(tenant_id=a, visited_on=TODAY, visited_by="钱管家", met="李娜",
                                                     topics="顺访"), by=site.steward)
    assert visit_id == plan
    assert [v.state for v in tenant_visits.visits_of(a, by=site.clerk)] == ["done"]


def test_two_supervisors_planning_at_once_plan_each_tenant_once(site, three, monkeypatch):
    import threading
    import time

    from models import db

    real = tenant_visits._schedule

    def slow_schedule(*args, **kwargs):
        rows = real(*args, **kwargs)
        time.sleep(0.3)  # both runs have read the schedule before either writes, unless one waits for the other
        return rows

    monkeypatch.setattr(tenant_visits, "_schedule", slow_schedule)
    start = threading.Barrier(2)
    made: list[object] = [None, None]
    connections: list[object] = [None, None]

    def supervisor(i: int, actor) -> None:
        try:
            start.wait()
            connections[i] = db.connection()  # kept, so no id is reused
            made[i] = tenant_visits.generate_plan(assignees=[f"管家{i}"], by=actor)
        except Exception as exc:  # noqa: BLE001 - looked at below
            made[i] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=supervisor, args=(i, a)) for i, a in enumerate((site.supervisor,
                                                                                       site.manager))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len({id(c) for c in connections}) == 2
    assert sorted(len(m) for m in made) == [0, 2], made
    planned = [v.tenant_id for v in TenantVisit.select().where(TenantVisit.state == "planned")]
    assert sorted(planned) == sorted(three[:2])
