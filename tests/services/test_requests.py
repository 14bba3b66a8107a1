"""Requests: intake, work orders, complaint deadlines by level, hold and resume, callbacks and reopening."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

import models
from models import AuditEntry, Callback, Request, RequestEvent, Tenant, db
from services import building, callbacks, request_views, requests, settings, tenants
from services.callbacks import CallbackInput
from services.errors import PermissionDenied, ValidationError
from services.requests import RequestInput, ResolveInput
from services.tenants import ContactInput, TenantInput

T = dt.datetime


def eod(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime.combine(dt.date(y, m, d), dt.time(23, 59, 59))


@pytest.fixture
def tower(site):
    building.generate_units(building.GenerateInput(12, 12, 3, "120"), by=site.supervisor)
    site.tenant_id = tenants.create_tenant(TenantInput(
        name="深圳市前海云帆科技有限公司", units=["12F-1201", "12F-1202"],
        contacts=[ContactInput("李雷", "13812345678", "行政经理", True), ContactInput("韩梅梅", "13700001111", "前台")],
    ), by=site.clerk)
    return site


def _take(tower, **over) -> int:
    data = RequestInput(channel="phone", category="repair", repair_kind="other", tenant_id=tower.tenant_id,
                        unit_code="12F-1201", caller_name="李雷", caller_phone="13812345678",
                        text="会议室空调不制冷", suits_tenant="工作日下午", received_at=T(2026, 3, 2, 10, 0))
    for key, value in over.items():
        setattr(data, key, value)
    return requests.take_request(data, by=tower.clerk)


def test_intake_numbers_the_request_and_its_work_order_and_sets_the_due_time(tower):
    request_id = _take(tower)
    r = Request.get_by_id(request_id)
    assert (r.number, r.work_order_no, r.state, r.owner_id) == ("KF-2026-0001", "WX-2026-0001", "open",
                                                                  tower.clerk.user_id)
    assert (r.due_step, r.due_at) == ("resolve", eod(2026, 3, 5))  # repair.resolve: 3 calendar days
    assert [e.kind for e in RequestEvent.select()] == ["taken"]
    assert AuditEntry.select().where(AuditEntry.entity == "request").count() == 1
    other = _take(tower, category="enquiry", text="周六空调开放时间？")
    assert Request.get_by_id(other).work_order_no == ""


def test_bad_intake_is_refused_field_by_field_and_nothing_lands(tower):
    with pytest.raises(ValidationError) as exc:
        _take(tower, category="complaint", level="", text=" ", caller_phone="123", unit_code="99F-9901",
              caller_name="李\x07雷", received_at=models.now() + dt.timedelta(days=1))
    assert exc.value.codes() == {"level": "request.level", "text": "required", "caller_phone": "phone.format",
                                 "unit_code": "tenant.unit_unknown", "received_at": "request.time_future",
                                 "caller_name": "control_chars"}
    with pytest.raises(ValidationError) as exc:
        _take(tower, tenant_id=None, caller_name="", caller_phone="")
    assert exc.value.codes() == {"tenant_id": "request.who"}
    assert Request.select().count() == 0 and models.Counter.select().count() == 0


def test_the_phone_lookup_fills_tenant_unit_and_caller(tower):
    by_unit = request_views.find_callers("1202", by=tower.clerk)
    assert [(m.tenant_name, m.unit_code, m.contact_name) for m in by_unit] == [
        ("深圳市前海云帆科技有限公司", "12F-1202", "李雷")]
    by_caller = request_views.find_callers("韩梅梅", by=tower.clerk)
    assert [(m.unit_code, m.contact_name, m.phone) for m in by_caller] == [("12F-1201", "韩梅梅", "13700001111")]
    assert [m.tenant_id for m in request_views.find_callers("szsqh", by=tower.clerk)] == [tower.tenant_id]
    assert request_views.find_callers("1111", by=tower.clerk)[0].contact_name == "韩梅梅"
    assert request_views.find_callers("x", by=tower.clerk) == []


def test_the_caller_lookup_takes_wildcards_literally_leaves_moved_out_tenants_and_stops_at_its_limit(tower):
    def tenant(name: str, unit: str, *contacts: ContactInput) -> int:
        return tenants.create_tenant(TenantInput(name=name, units=[unit], contacts=list(contacts)), by=tower.clerk)

    building.generate_units(building.GenerateInput(11, 11, 3, "120"), by=tower.supervisor)
    pct = tenant("星河100%科技", "11F-1101", ContactInput("王五", "13900000001", "经理", True))
    other = tenant("星河100X科技", "11F-1102")
    gone = tenant("星河旧租户", "11F-1103", ContactInput("赵六", "13900000002", "", True))
    Tenant.update(status="moved_out").where(Tenant.id == gone).execute()

    def found(text: str, **kw) -> list[tuple]:
        return [(m.tenant_id, m.unit_code, m.contact_name, m.phone)
                for m in request_views.find_callers(text, by=tower.clerk, **kw)]

    assert found("100%") == [(pct, "11F-1101", "王五", "13900000001")]
    assert found("0X科") == [(other, "11F-1102", "", "")]  # no contact: the match still fills tenant and unit
    everyone = found("星河")
    assert sorted(everyone) == [(pct, "11F-1101", "王五", "13900000001"), (other, "11F-1102", "", "")]
    assert [t[0] for t in everyone] == [t.id for t in tenants.search_tenants(by=tower.clerk, text="星河").items]
    assert found("星河", limit=1) == everyone[:1]
    assert found("星河", limit=0) == everyone[:1]  # as the tenants' list pages: at least one row
    assert found("赵六") == [] and found("1_0") == [] and found("%%") == []
    assert found("12f-120") == [(tower.tenant_id, "12F-1201", "李雷", "13812345678")]


def test_escalation_reply_and_resolution_deadlines_by_complaint_level(tower):
    start = T(2026, 3, 2, 15, 20)
    major = request_views.get_request(_take(tower, category="complaint", level="major", received_at=start),
                                 by=tower.clerk, at=start)
    assert [(s.step, s.due_at) for s in major.steps] == [
        ("escalate", eod(2026, 3, 2)), ("reply", eod(2026, 3, 4)), ("resolve", eod(2026, 3, 12)), ("tell", None)]
    important = request_views.get_request(_take(tower, category="complaint", level="important", received_at=start),
                                     by=tower.clerk, at=start)
    assert [(s.step, s.due_at) for s in important.steps] == [
        ("escalate", T(2026, 3, 2, 16, 20)), ("resolve", eod(2026, 3, 5)), ("tell", None)]
    assert (important.due_step, important.due_at) == ("escalate", T(2026, 3, 2, 16, 20))
    assert important.steps[0].left == dt.timedelta(hours=1)
    minor = request_views.get_request(_take(tower, category="complaint", level="minor", received_at=start),
                                 by=tower.clerk)
    assert [(s.step, s.due_at) for s in minor.steps][0] == ("resolve", eod(2026, 3, 4))
    asked = request_views.get_request(_take(tower, category="complaint", level="minor", received_at=start,
                                       wanted_by=T(2026, 3, 3, 12, 0)), by=tower.clerk)
    assert asked.steps[0].due_at == T(2026, 3, 3, 12, 0)  # by the time the tenant asked for


def test_a_major_complaint_runs_its_course_and_the_outcome_is_told(tower):
    request_id = _take(tower, category="complaint", level="major", received_at=T(2026, 3, 2, 9, 0),
                       text="电梯困人 40 分钟无人处理")
    requests.escalate(request_id, "项目经理 陈经理", by=tower.clerk, at=T(2026, 3, 2, 9, 30))
    assert Request.get_by_id(request_id).due_step == "reply"
    requests.reply(request_id, "已调取监控，维保单位明日到场", by=tower.clerk, at=T(2026, 3, 3, 10, 0))
    requests.resolve(request_id, ResolveInput(resolution="更换控制板，维保单位书面致歉"), by=tower.supervisor,
                     at=T(2026, 3, 6, 16, 0))
    r = Request.get_by_id(request_id)
    assert (r.state, r.due_step, r.due_at) == ("resolved", "tell", eod(2026, 3, 6))
    with pytest.raises(ValidationError) as exc:
        requests.reply(request_id, "再次答复", by=tower.clerk)
    assert exc.value.codes() == {"state": "request.not_allowed"}
    requests.tell_outcome(request_id, "电话告知李先生", by=tower.clerk, at=T(2026, 3, 6, 17, 0))
    r = Request.get_by_id(request_id)
    assert (r.state, r.due_at, r.closed_at) == ("closed", None, T(2026, 3, 6, 17, 0))
    assert Callback.select().count() == 0  # callbacks are for repairs
    detail = request_views.get_request(request_id, by=tower.clerk)
    assert [e.kind for e in detail.events] == ["told", "resolved", "replied", "escalated", "taken"]
    assert all(s.left is None for s in detail.steps)


def test_hold_stops_the_clock_and_resume_restarts_it(tower):
    request_id = _take(tower, received_at=T(2026, 3, 2, 10, 0))  # due end of Mar 5
    requests.hold(request_id, "业户出差，约定回来后再上门", by=tower.clerk, at=T(2026, 3, 3, 10, 0))
    r = Request.get_by_id(request_id)
    assert (r.on_hold, r.due_at) == (True, None)
    with pytest.raises(ValidationError) as exc:
        requests.dispatch(request_id, technician="张师傅", appointment_at=T(2026, 3, 9, 14, 0), by=tower.clerk)
    assert exc.value.codes() == {"state": "request.not_allowed"}
    assert request_views.search_requests(by=tower.clerk, on_hold=True).total == 1
    requests.resume(request_id, by=tower.clerk, at=T(2026, 3, 6, 10, 0))
    r = Request.get_by_id(request_id)
    assert (r.on_hold, r.due_at) == (False, eod(2026, 3, 8))  # three days held: due three days later
    detail = request_views.get_request(request_id, by=tower.clerk)
    assert [(h.started_at, h.ended_at) for h in detail.holds] == [(T(2026, 3, 3, 10, 0), T(2026, 3, 6, 10, 0))]
    with pytest.raises(ValidationError) as exc:
        requests.hold(request_id, " ", by=tower.clerk)
    assert exc.value.codes() == {"reason": "required"}


def test_working_day_rules_from_settings_cross_the_spring_festival(tower):
    settings.update_settings({"requests.repair.resolve.amount": 2, "requests.repair.resolve.unit": "workdays"},
                             by=tower.manager)
    request_id = _take(tower, received_at=T(2026, 2, 13, 16, 0))
    assert Request.get_by_id(request_id).due_at == eod(2026, 2, 24)  # Sat Feb 14 (调休), then Feb 24
    # Held over the make-up Saturday: one working day more, after the holiday.
    requests.hold(request_id, "业户春节前停工", by=tower.clerk, at=T(2026, 2, 14, 0, 0))
    requests.resume(request_id, by=tower.clerk, at=T(2026, 2, 24, 0, 0))
    assert Request.get_by_id(request_id).due_at == eod(2026, 2, 25)


def test_a_working_day_rule_past_the_known_calendar_refuses_intake_with_the_year(tower, monkeypatch):
    from services import deadlines

    last = deadlines.calendar_years()[1]
    settings.update_settings({"requests.other.resolve.amount": 5}, by=tower.manager)
    # "Now" is the last days of the calendar's final year, so the rule runs into the next one.
    monkeypatch.setattr(requests, "now", lambda: T(last, 12, 30, 10, 0))
    with pytest.raises(ValidationError) as exc:
        _take(tower, category="enquiry", received_at=None)
    assert (exc.value.field, exc.value.code) == ("received_at", "deadline.calendar_unknown")
    assert exc.value.problems[0].params == {"year": last + 1}
    assert Request.select().count() == 0


def test_repair_done_callback_unsatisfied_reopens_then_satisfied_closes(tower):
    request_id = _take(tower, repair_kind="safety", text="12 楼消防门闭门器损坏", received_at=T(2026, 9, 29, 9, 0))
    with pytest.raises(ValidationError) as exc:
        requests.resolve(request_id, ResolveInput(work_done="x"), by=tower.engineer, at=T(2026, 9, 29, 9, 30))
    assert exc.value.codes() == {"state": "request.not_allowed"}  # not before it was dispatched
    requests.dispatch(request_id, technician="张师傅", appointment_at=T(2026, 9, 29, 14, 0), by=tower.clerk,
                      at=T(2026, 9, 29, 9, 10))
    callback_id = requests.resolve(request_id, ResolveInput(work_done="更换闭门器", materials="闭门器 1 个"),
                                   by=tower.engineer, at=T(2026, 9, 30, 11, 0))
    cb = Callback.get_by_id(callback_id)
    with pytest.raises(ValidationError) as exc:  # a repair closes by its callback, not by "outcome told"
        requests.tell_outcome(request_id, by=tower.clerk, at=T(2026, 9, 30, 12, 0))
    assert exc.value.codes() == {"state": "request.not_allowed"}
    # Safety: 2 working days after Sep 30 -> National Day off -> Oct 8, Oct 9.
    assert (cb.round, cb.due_at) == (1, eod(2026, 10, 9))
    assert Request.get_by_id(request_id).due_at is None  # nothing due on the request; the callback is
    queue = callbacks.callback_queue(by=tower.clerk, day=dt.date(2026, 10, 9))
    assert [c.id for c in queue] == [callback_id]
    assert (queue[0].tenant, queue[0].unit, queue[0].phone, queue[0].owner) == (
        "深圳市前海云帆科技有限公司", "12F-1201", "13812345678", "测试clerk")
    with pytest.raises(ValidationError) as exc:
        callbacks.record_callback(callback_id, CallbackInput(satisfied=False), by=tower.clerk, at=T(2026, 10, 8, 9))
    assert exc.value.codes() == {"note": "callback.why"}
    callbacks.record_callback(callback_id, CallbackInput(False, "门仍关不严"), by=tower.clerk,
                              at=T(2026, 10, 8, 9, 0))
    r = Request.get_by_id(request_id)
    assert (r.state, r.reopen_count, r.clock_from, r.resolved_at) == ("dispatched", 1, T(2026, 10, 8, 9, 0), None)
    assert r.due_at == eod(2026, 10, 11)  # the repair's clock restarted at the reopening
    with pytest.raises(ValidationError) as exc:
        callbacks.record_callback(callback_id, CallbackInput(True), by=tower.clerk)
    assert exc.value.codes() == {"state": "callback.done"}
    second = requests.resolve(request_id, ResolveInput(work_done="调整闭门器力度"), by=tower.engineer,
                              at=T(2026, 10, 9, 10, 0))
    assert Callback.get_by_id(second).round == 2
    callbacks.record_callback(second, CallbackInput(True, "满意"), by=tower.clerk, at=T(2026, 10, 10, 10, 0))
    r = Request.get_by_id(request_id)
    assert (r.state, r.closed_at) == ("closed", T(2026, 10, 10, 10, 0))
    detail = request_views.get_request(request_id, by=tower.clerk)
    assert [(c.round, c.satisfied) for c in detail.callbacks] == [(1, False), (2, True)]
    assert [e.kind for e in detail.events][:3] == ["closed", "resolved", "reopened"]


def test_the_callback_queue_by_day_with_those_made_that_day_and_those_due_later(tower):
    made = []
    for day in (2, 3, 4):
        request_id = _take(tower, text=f"3 月 {day} 日报修", received_at=T(2026, 3, day, 8, 0))
        requests.dispatch(request_id, technician="张师傅", appointment_at=T(2026, 3, day, 9, 0), by=tower.clerk,
                          at=T(2026, 3, day, 8, 10))
        made.append(requests.resolve(request_id, ResolveInput(work_done="修好"), by=tower.engineer,
                                     at=T(2026, 3, day, 10, 0)))
    first, second, third = made
    # Repairs are called back within 2 days of their resolving: the 4th, 5th and 6th.
    assert [Callback.get_by_id(c).due_at for c in made] == [eod(2026, 3, 4), eod(2026, 3, 5), eod(2026, 3, 6)]
    callbacks.record_callback(second, CallbackInput(True, "满意"), by=tower.clerk, at=T(2026, 3, 4, 15, 0))

    def queue(day: int, **kw) -> list[int]:
        return [c.id for c in callbacks.callback_queue(by=tower.clerk, day=dt.date(2026, 3, day), **kw)]

    assert queue(3) == []
    assert queue(4) == [first]
    assert queue(6) == [first, third]  # the one made is no longer to make
    assert queue(4, include_done=True) == [first, second]  # and the one made that day, after those to make
    assert queue(5, include_done=True) == [first]
    assert queue(4, upcoming=True) == [first, third]
    assert queue(4, upcoming=True, include_done=True) == [first, third, second]
    assert queue(3, upcoming=True, include_done=True) == [first, third]
    row = callbacks.callback_queue(by=tower.clerk, day=dt.date(2026, 3, 4), include_done=True)[1]
    assert (row.number, row.round, row.satisfied, row.note, row.done_at, row.resolved_at, row.caller) == (
        "WX-2026-0002", 1, True, "满意", T(2026, 3, 4, 15, 0), T(2026, 3, 3, 10, 0), "李雷")
    assert [c.id for c in callbacks.callbacks_of(Callback.get_by_id(third).request_id, tower.clerk.site_id)] \
        == [third]
    assert callbacks.callbacks_of(Callback.get_by_id(third).request_id, tower.clerk.site_id + 1) == []


def test_a_leak_is_called_back_three_working_days_after_the_leak_test(tower):
    request_id = _take(tower, repair_kind="leak", text="卫生间天花渗水", received_at=T(2026, 2, 10, 9, 0))
    requests.dispatch(request_id, technician="李师傅", appointment_at=T(2026, 2, 10, 14, 0), by=tower.clerk,
                      at=T(2026, 2, 10, 9, 5))
    with pytest.raises(ValidationError) as exc:
        requests.resolve(request_id, ResolveInput(work_done="重做防水"), by=tower.engineer, at=T(2026, 2, 12, 9))
    assert exc.value.codes() == {"leak_test_at": "request.leak_test"}
    callback_id = requests.resolve(request_id, ResolveInput(work_done="重做防水", leak_test_at=T(2026, 2, 13, 10)),
                                   by=tower.engineer, at=T(2026, 2, 12, 9, 0))
    # Leak test Fri Feb 13: Sat Feb 14 (调休), then Feb 24 and 25 after the Spring Festival.
    assert Callback.get_by_id(callback_id).due_at == eod(2026, 2, 25)


def test_lists_filter_and_the_dashboard_figures(tower):
    at = T(2026, 3, 10, 9, 0)
    late = _take(tower, received_at=T(2026, 3, 2, 10, 0))  # due Mar 5: overdue at `at`
    requests.assign(late, tower.steward.user_id, by=tower.supervisor)
    fresh = _take(tower, category="complaint", level="minor", received_at=T(2026, 3, 10, 8, 0))
    held = _take(tower, category="suggestion", received_at=T(2026, 3, 9, 8, 0))
    requests.hold(held, "等业户提供照片", by=tower.clerk, at=T(2026, 3, 9, 9, 0))
    done = _take(tower, received_at=T(2026, 3, 3, 8, 0))
    requests.dispatch(done, technician="张师傅", appointment_at=T(2026, 3, 3, 14, 0), by=tower.clerk,
                      at=T(2026, 3, 3, 9, 0))
    requests.resolve(done, ResolveInput(work_done="更换灯管"), by=tower.engineer, at=T(2026, 3, 4, 9, 0))  # cb due 6th

    def ids(**kw):
        return [r.id for r in request_views.search_requests(by=tower.clerk, at=at, **kw).items]

    assert ids(overdue=True) == [late]
    assert ids(category="complaint") == [fresh]
    assert ids(level="minor") == [fresh]
    assert ids(owner_id=tower.steward.user_id) == [late]
    assert ids(state="active") == [fresh, held, done, late]
    assert ids(on_hold=True) == [held]
    assert ids(text="云帆") == [fresh, held, done, late]
    assert ids(text="KF-2026-0001") == [late]
    row = request_views.search_requests(by=tower.clerk, text="KF-2026-0001").items[0]
    assert (row.tenant, row.unit, row.owner, row.due_step) == ("深圳市前海云帆科技有限公司", "12F-1201", "测试steward",
                                                             "resolve")
    figures = callbacks.figures(by=tower.clerk, at=at)
    assert (figures.active, figures.overdue, figures.on_hold, figures.callbacks_overdue) == (4, 1, 1, 1)
    assert figures.overdue_by_owner == [("测试steward", 1)]  # the dashboard's overdue requests, by owner
    assert callbacks.overdue_by_owner(by=tower.clerk, at=at) == [("测试clerk", 1), ("测试steward", 1)]
    # Due today: still being worked on, due between now and the day's end — counted here from the rows, at
    # the morning of the day the fresh complaint falls due (and at `at`).
    for moment in (at, dt.datetime.combine(Request.get_by_id(fresh).due_at.date(), dt.time(0, 1))):
        end = dt.datetime.combine(moment.date(), dt.time(23, 59, 59))
        due_today = [r.id for r in Request.select().order_by(Request.received_at.desc(), Request.id.desc())
                     if r.state in requests.ACTIVE and r.due_at is not None and moment <= r.due_at <= end]
        assert [r.id for r in request_views.search_requests(by=tower.clerk, at=moment, due_today=True).items] \
            == due_today
        assert callbacks.figures(by=tower.clerk, at=moment).due_today == len(due_today)
    assert fresh in due_today
    assert (figures.callbacks_owed, figures.callbacks_made, figures.callback_rate) == (1, 0, 0.0)
    callbacks.record_callback(Callback.get().id, CallbackInput(True), by=tower.clerk, at=T(2026, 3, 10, 8, 0))
    after = callbacks.figures(by=tower.clerk, at=at)
    assert (after.callback_rate, after.callbacks_overdue) == (1.0, 0)


def test_the_list_search_takes_wildcards_literally_and_pages_with_its_count(tower):
    """The text search: % and _ as typed, the tenant's initials only from their start, pages and the count."""
    a = _take(tower, text="空调 100% 不制冷", received_at=T(2026, 3, 2, 10, 0))
    b = _take(tower, text="空调 1_0 漏水", received_at=T(2026, 3, 2, 11, 0))
    c = _take(tower, text="空调 100X 异响", received_at=T(2026, 3, 2, 12, 0), caller_name="王\\五")

    def ids(**kw):
        return [r.id for r in request_views.search_requests(by=tower.clerk, **kw).items]

    assert ids(text="100%") == [a]
    assert ids(text="1_0") == [b]
    assert ids(text="100") == [c, a]
    assert ids(text="\\") == [c]
    assert ids(text="szs") == [c, b, a]  # 深圳市… by its initials' start
    assert ids(text="zsq") == []  # the initials match only from their start
    assert ids(text="f-120") == [c, b, a]  # the unit, whatever the case typed
    assert ids(text="kf-2026-0002") == [b]  # a number, exactly
    assert ids(text="kf-2026-000") == []
    assert ids(text="  ") == [c, b, a]
    first = request_views.search_requests(by=tower.clerk, text="空调", page_size=2)
    assert ([r.id for r in first.items], first.total, first.has_more) == ([c, b], 3, True)
    second = request_views.search_requests(by=tower.clerk, text="空调", page=1, page_size=2)
    assert ([r.id for r in second.items], second.total, second.has_more) == ([a], 3, False)
    assert request_views.search_requests(by=tower.clerk, text="暖气").total == 0
    assert request_views.search_requests(by=tower.clerk, state="closed", text="空调").items == []
    assert ids(state="open", category="repair", level="", on_hold=False) == [c, b, a]
    row = request_views.search_requests(by=tower.clerk, text="100%").items[0]
    assert (row.number, row.received_at, row.on_hold, row.due_at, row.caller, row.owner) == (
        "KF-2026-0001", T(2026, 3, 2, 10, 0), False, eod(2026, 3, 5), "李雷", "测试clerk")


def test_who_may_do_what(tower):
    request_id = _take(tower)
    with pytest.raises(PermissionDenied):
        requests.take_request(RequestInput(caller_name="x", text="y"), by=tower.engineer)
    with pytest.raises(PermissionDenied):
        requests.cancel_request(request_id, "重复登记", by=tower.clerk)
    requests.cancel_request(request_id, "重复登记", by=tower.supervisor)
    r = Request.get_by_id(request_id)
    assert (r.state, r.due_at, r.cancel_reason) == ("cancelled", None, "重复登记")


def test_another_area_raises_a_rectification_work_order(tower):
    request_id = requests.create_work_order(tenant_id=tower.tenant_id, unit_code="12F-1202",
                                            text="交楼验收：卫生间地漏堵塞", source="movein:7/defect:3",
                                            by=tower.clerk, repair_kind="leak")
    r = Request.get_by_id(request_id)
    assert (r.category, r.repair_kind, r.source, r.state, r.work_order_no[:3]) == (
        "repair", "leak", "movein:7/defect:3", "open", "WX-")


@pytest.fixture
def pg_tower(pg_url, password_hash):
    """The tower on PostgreSQL only: two desks at once need a server that serves two connections."""
    from tests.conftest import _truncate_all, make_site

    models.open_database(pg_url)
    _truncate_all()
    site = make_site(password_hash)
    yield site
    db.close()


def test_two_desks_recording_the_same_callback_at_once_only_one_wins(pg_tower):
    tower = pg_tower
    building.generate_units(building.GenerateInput(12, 12, 1, "120"), by=tower.supervisor)
    request_id = requests.take_request(RequestInput(caller_name="李雷", text="灯不亮", unit_code="12F-1201",
                                                    received_at=T(2026, 3, 2, 10, 0)), by=tower.clerk)
    requests.dispatch(request_id, technician="张师傅", appointment_at=T(2026, 3, 3, 9, 0), by=tower.clerk,
                      at=T(2026, 3, 2, 11, 0))
    callback_id = requests.resolve(request_id, ResolveInput(work_done="修好"), by=tower.engineer,
                                   at=T(2026, 3, 3, 10, 0))
    barrier = threading.Barrier(2)
    results: list[str] = []

    def desk(satisfied: bool) -> None:
        # peewee keeps one connection per thread: each desk has its own.
        db.connect(reuse_if_open=True)
        try:
            barrier.wait()
            callbacks.record_callback(callback_id, CallbackInput(satisfied, "答复"), by=tower.clerk)
            results.append("ok")
        except ValidationError as exc:
            results.append(exc.code)
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(s,)) for s in (True, False)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results) == ["callback.done", "ok"]
    assert Callback.select().where(Callback.done_at.is_null(False)).count() == 1
    assert RequestEvent.select().where(RequestEvent.kind.in_(["closed", "reopened"])).count() == 1


def test_two_desks_changing_the_same_request_at_once_never_half_apply(pg_tower):
    """Hold on one desk, dispatch on another, at the same moment: whatever order the server takes them in,
    each lands whole or is refused whole (StaleRecord, or not allowed in the state the other left)."""
    from services.errors import StaleRecord

    tower = pg_tower
    building.generate_units(building.GenerateInput(12, 12, 1, "120"), by=tower.supervisor)
    request_id = requests.take_request(RequestInput(caller_name="李雷", text="灯不亮", unit_code="12F-1201",
                                                    received_at=T(2026, 3, 2, 10, 0)), by=tower.clerk)
    barrier = threading.Barrier(2)
    results: dict[str, str] = {}

    def desk(name: str, action) -> None:
        db.connect(reuse_if_open=True)
        try:
            barrier.wait()
            action()
            results[name] = "ok"
        except (StaleRecord, ValidationError) as exc:
            results[name] = type(exc).__name__
        finally:
            db.close()

    actions = {
        "hold": lambda: requests.hold(request_id, "业户不在", by=tower.clerk),
        "dispatch": lambda: requests.dispatch(request_id, technician="张师傅", appointment_at=T(2026, 3, 3, 9, 0),
                                              by=tower.steward),
    }
    threads = [threading.Thread(target=desk, args=item) for item in actions.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert set(results) == {"hold", "dispatch"} and "ok" in results.values()
    landed = [name for name, outcome in results.items() if outcome == "ok"]
    r = Request.get_by_id(request_id)
    assert r.version == 1 + len(landed)
    assert RequestEvent.select().count() == 1 + len(landed)
    assert (r.state == "dispatched") == ("dispatch" in landed)
    assert r.on_hold == ("hold" in landed) == (models.RequestHold.select().count() == 1)


def test_a_callback_past_the_known_calendar_refuses_the_completion_and_the_form_still_opens(tower, monkeypatch):
    from services import deadlines

    last = deadlines.calendar_years()[1]
    request_id = _take(tower, received_at=T(2026, 3, 2, 10, 0))
    requests.dispatch(request_id, technician="张师傅", appointment_at=T(2026, 3, 2, 14, 0), by=tower.clerk,
                      at=T(2026, 3, 2, 10, 5))
    monkeypatch.setattr(requests, "now", lambda: T(last, 12, 31, 12, 0))
    with pytest.raises(ValidationError) as exc:  # the callback would be due in the next, unknown year
        requests.resolve(request_id, ResolveInput(work_done="修好"), by=tower.engineer)
    assert (exc.value.field, exc.value.code) == ("at", "deadline.calendar_unknown")
    assert Request.get_by_id(request_id).state == "dispatched" and Callback.select().count() == 0
    # A rule changed to working days that now runs past the calendar: the request still opens.
    settings.update_settings({"requests.repair.resolve.unit": "workdays", "requests.repair.resolve.amount": 400},
                             by=tower.manager)
    detail = request_views.get_request(request_id, by=tower.clerk)
    assert [(s.step, s.due_at, s.left) for s in detail.steps] == [("resolve", None, None)]
