"""Fit-out approvals: the transition table by role, the history, the rules of approval, fees and permit."""
from __future__ import annotations

import datetime as dt
import threading
import time
from decimal import Decimal

import pytest

from models import AuditEntry, Fitout, FitoutStep, Unit, db
from models.fees import Charge, DepositEntry
from services import fitout
from services.errors import PermissionDenied, StaleRecord, ValidationError
from services.fitout import TRANSITIONS
from services.money import add_months
from services.payments import PaymentInput, deposits_held, take_payment
from tests.services.fitout_fixtures import TO_APPROVAL, application, fitout_tower, inspect, to_permit, walk


@pytest.fixture
def tower(site):
    return site, fitout_tower(site)


def _new(tower, **over) -> int:
    site, tenant = tower
    return fitout.create_fitout(application(tenant, **over), by=site.clerk)


def test_application_lands_whole_with_its_first_step(tower):
    site, _ = tower
    fid = _new(tower)
    f = Fitout.get_by_id(fid)
    assert (f.number, f.state, f.area, f.contractor_phone) == (f"ZX-{dt.date.today().year}-0001", "draft",
                                                               Decimal("120.50"), "13912345678")
    assert f.drawings.splitlines() == ["平面布置图", "天花图", "电气图"]
    assert [(s.action, s.to_state, s.username) for s in FitoutStep.select()] == [("create", "draft", "clerk")]


def test_bad_application_refused_field_by_field_and_nothing_lands(tower):
    site, tenant = tower
    bad = application(tenant, unit_code="11F-1101", applicant_name=" ", contractor_phone="123", area="0",
                      planned_end=dt.date(2026, 11, 1))
    with pytest.raises(ValidationError) as exc:
        fitout.create_fitout(bad, by=site.clerk)
    assert exc.value.codes() == {"unit_code": "fitout.unit_not_tenants", "applicant_name": "required",
                                 "contractor_phone": "phone.format", "area": "fitout.area",
                                 "planned_end": "fitout.date_order"}
    assert Fitout.select().count() == 0 and FitoutStep.select().count() == 0


def _state_of(action_state: str, site, tenant: int) -> tuple[int, int]:
    """A fresh fit-out brought to `action_state` by the shortest path; (id, version)."""
    fid = fitout.create_fitout(application(tenant, structural=False), by=site.clerk)
    path = {"draft": [], "submitted": TO_APPROVAL[:1], "desk_review": TO_APPROVAL[:2],
            "drawing_review": TO_APPROVAL[:3], "manager_approval": TO_APPROVAL,
            "revision": TO_APPROVAL[:2] + [("send_back", "clerk")],
            "approved": TO_APPROVAL + [("approve", "manager")]}
    if action_state in path:
        return fid, walk(site, fid, path[action_state])
    Fitout.update(state=action_state).where(Fitout.id == fid).execute()  # later states: their rules tested below
    return fid, Fitout.get_by_id(fid).version


EARLY = ("draft", "submitted", "desk_review", "drawing_review", "manager_approval", "revision")


@pytest.mark.parametrize(("state", "action"), [k for k in TRANSITIONS if k[0] in EARLY])
def test_every_early_transition_allowed_only_to_its_roles(tower, state, action):
    site, tenant = tower
    move = TRANSITIONS[(state, action)]
    from services.access import PERMISSIONS, ROLES

    for role in ROLES:
        fid, version = _state_of(state, site, tenant)
        if role in PERMISSIONS[move.permission]:
            fitout.transition(fid, version, action, by=site.by_role[role], comment="意见")
            assert Fitout.get_by_id(fid).state == move.to
            last = FitoutStep.select().where(FitoutStep.fitout == fid).order_by(FitoutStep.id.desc()).first()
            assert (last.action, last.from_state, last.to_state, last.username, last.comment) == (
                action, state, move.to, role, "意见")
        else:
            with pytest.raises(PermissionDenied):
                fitout.transition(fid, version, action, by=site.by_role[role], comment="意见")
            assert Fitout.get_by_id(fid).state == state
    assert AuditEntry.select().where(AuditEntry.action == "denied").count() == len(
        [r for r in ROLES if r not in PERMISSIONS[move.permission]])


LATE = [k for k in TRANSITIONS if k[0] not in EARLY]


@pytest.mark.parametrize(("state", "action"), LATE)
def test_every_later_transition_refused_to_other_roles(tower, state, action):
    """From approval on: every role without the step's permission is refused (and audited); the roles with it
    get past the permission to the step's own rules (fees, insurance, dates), never a refusal of the role."""
    from services.access import PERMISSIONS, ROLES

    site, tenant = tower
    move = TRANSITIONS[(state, action)]
    for role in ROLES:
        fid, version = _state_of(state, site, tenant)
        try:
            fitout.transition(fid, version, action, by=site.by_role[role], comment="意见",
                              permit_end=dt.date(2027, 6, 30))
            outcome = "done"
        except PermissionDenied:
            outcome = "denied"
        except ValidationError as exc:
            assert exc.code != "fitout.not_allowed"
            outcome = "rule"
        assert (outcome == "denied") == (role not in PERMISSIONS[move.permission]), (role, outcome)
        if outcome == "done":
            assert Fitout.get_by_id(fid).state == move.to


def test_roles_as_the_spec_says(tower):
    from services.access import PERMISSIONS

    assert PERMISSIONS[TRANSITIONS[("drawing_review", "pass_drawings")].permission] == {"engineer"}
    assert PERMISSIONS[TRANSITIONS[("manager_approval", "approve")].permission] == {"manager", "admin"}
    assert PERMISSIONS[TRANSITIONS[("accepted", "approve_refund")].permission] == {"manager", "admin"}
    assert "clerk" in PERMISSIONS[TRANSITIONS[("desk_review", "pass_desk")].permission]


def test_actions_not_in_the_table_are_refused(tower):
    site, tenant = tower
    fid, version = _state_of("draft", site, tenant)
    for action in ("approve", "issue_permit", "pass_drawings", "resubmit", "close", "nonsense"):
        with pytest.raises(ValidationError) as exc:
            fitout.transition(fid, version, action, by=site.admin)
        assert exc.value.code == "fitout.not_allowed"
    for final in ("rejected", "withdrawn", "closed"):
        fid, version = _state_of(final, site, tenant)
        assert fitout.next_actions(Fitout.get_by_id(fid), site.admin) == []


def test_send_back_needs_a_comment_and_resubmission_keeps_the_whole_history(tower):
    site, tenant = tower
    fid, version = _state_of("drawing_review", site, tenant)
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, version, "send_back", by=site.engineer, comment="  ")
    assert exc.value.codes() == {"comment": "fitout.comment_required"}
    version = fitout.transition(fid, version, "send_back", by=site.engineer, comment="消防喷淋图缺失")
    version = fitout.transition(fid, version, "resubmit", by=site.clerk)
    walk(site, fid, TO_APPROVAL[1:] + [("reject", "manager")])
    steps = fitout.history(fid, by=site.clerk)
    assert [s.to_state for s in steps] == ["draft", "submitted", "desk_review", "drawing_review", "revision",
                                           "submitted", "desk_review", "drawing_review", "manager_approval",
                                           "rejected"]
    assert steps[4].comment == "消防喷淋图缺失" and steps[4].who == "测试engineer"
    assert fitout.next_actions(Fitout.get_by_id(fid), site.manager) == []


def test_withdrawn_by_the_tenant_with_its_reason(tower):
    site, tenant = tower
    fid, version = _state_of("approved", site, tenant)
    fitout.transition(fid, version, "withdraw", by=site.clerk, comment="业户取消装修")
    assert Fitout.get_by_id(fid).state == "withdrawn"


def test_structural_change_not_approved_without_the_authority_letter(tower):
    site, tenant = tower
    fid = _new(tower, structural=True)
    version = walk(site, fid, TO_APPROVAL)
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, version, "approve", by=site.manager)
    assert exc.value.codes() == {"authority_letter": "fitout.letter_missing"}
    assert Fitout.get_by_id(fid).state == "manager_approval" and Charge.select().count() == 0
    # Sent back, the letter put on file, resubmitted: now it can be approved.
    version = fitout.transition(fid, version, "send_back", by=site.manager, comment="请补房管局批准书")
    version = fitout.update_fitout(fid, version, application(tenant, structural=True,
                                                             authority_letter="深住建装批〔2026〕118号"), by=site.clerk)
    walk(site, fid, [("resubmit", "clerk")] + TO_APPROVAL[1:] + [("approve", "manager")])
    assert Fitout.get_by_id(fid).state == "approved"


def test_approval_posts_the_debris_fee_through_fees_and_the_permit_waits_for_payment(tower):
    site, tenant = tower
    fid, version = _state_of("approved", site, tenant)
    f = Fitout.get_by_id(fid)
    assert (f.debris_fee, f.deposit) == (Decimal("602.50"), Decimal("5000.00"))  # 120.50 m² × 5.00
    charge = Charge.get_by_id(f.charge_id)
    assert (charge.amount, charge.source, charge.source_id, charge.tenant_id) == (Decimal("602.50"), "fitout",
                                                                                 fid, tenant)
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, version, "confirm_fees", by=site.clerk)
    assert exc.value.code == "fitout.deposit_missing"
    fitout.receive_deposit(fid, by=site.clerk)
    fitout.receive_deposit(fid, by=site.clerk)  # twice is once
    assert deposits_held(site.site_id, tenant) == Decimal("5000.00") and DepositEntry.select().count() == 1
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, version, "confirm_fees", by=site.clerk)
    assert (exc.value.code, exc.value.problems[0].params) == ("fitout.fees_unpaid", {"amount": "602.50"})
    take_payment(PaymentInput(tenant, "602.50", "cash"), by=site.clerk)
    version = fitout.transition(fid, version, "confirm_fees", by=site.clerk)
    assert Fitout.get_by_id(fid).state == "fees_paid"


def test_permit_needs_valid_insurance_and_gets_its_number(tower):
    site, tenant = tower
    fid, version = _state_of("fees_paid", site, tenant)
    Fitout.update(insurance_expiry=dt.date(2026, 11, 1)).where(Fitout.id == fid).execute()
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, version, "issue_permit", by=site.clerk, today=dt.date(2026, 11, 24))
    assert exc.value.codes() == {"insurance_expiry": "fitout.insurance_expired"}
    Fitout.update(insurer="").where(Fitout.id == fid).execute()
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, version, "issue_permit", by=site.clerk, today=dt.date(2026, 11, 24))
    assert exc.value.codes() == {"insurer": "fitout.insurance_missing"}
    Fitout.update(insurer="平安", insurance_expiry=dt.date(2027, 6, 30)).where(Fitout.id == fid).execute()
    fitout.transition(fid, version, "issue_permit", by=site.clerk, today=dt.date(2026, 11, 24))
    f = Fitout.get_by_id(fid)
    assert (f.state, f.permit_no, f.permit_start, f.permit_end) == (
        "permit_issued", "XK-2026-0001", dt.date(2026, 12, 1), dt.date(2027, 1, 14))


def test_from_permit_to_refund_and_close(tower):
    site, tenant = tower
    fid = to_permit(site, tenant)
    assert Unit.get(Unit.code == "12F-1201").status == "fitting_out"  # from the permit to the acceptance
    version = walk(site, fid, [("start_work", "clerk")])
    version = walk(site, fid, [("request_completion", "clerk")])
    version = fitout.transition(fid, version, "fail_acceptance", by=site.engineer, comment="吊顶检修口未留")
    version = walk(site, fid, [("request_completion", "clerk"), ("accept", "engineer")])
    assert Unit.get(Unit.code == "12F-1201").status == "occupied"
    with pytest.raises(PermissionDenied):
        fitout.transition(fid, version, "approve_refund", by=site.supervisor)
    # The refund waits for the follow-up inspection (复验), three months after acceptance (fitout.follow_up_months).
    due = add_months(dt.date.today(), 3)
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, version, "approve_refund", by=site.manager, today=due)
    assert exc.value.codes() == {"inspection.follow_up": "fitout.follow_up_not_passed"}
    with pytest.raises(ValidationError) as exc:
        inspect(site, fid, "follow_up", today=due - dt.timedelta(days=1))
    assert (exc.value.code, exc.value.problems[0].params) == ("fitout.follow_up_early", {"due": due.isoformat()})
    inspect(site, fid, "follow_up", today=due)
    with pytest.raises(ValidationError) as exc:  # the inspection passed, but the refund is not dated before it
        fitout.transition(fid, version, "approve_refund", by=site.manager, today=due - dt.timedelta(days=1))
    assert (exc.value.code, exc.value.problems[0].params) == ("fitout.refund_too_early", {"due": due.isoformat()})
    walk(site, fid, [("approve_refund", "manager"), ("close", "clerk")], today=due)
    f = Fitout.get_by_id(fid)
    assert (f.state, f.refunded) == ("closed", Decimal("5000.00"))
    assert deposits_held(site.site_id, tenant) == 0


def test_list_says_what_each_waits_for_and_on_whom(tower):
    site, tenant = tower
    a, _ = _state_of("drawing_review", site, tenant)
    b, _ = _state_of("manager_approval", site, tenant)
    c, _ = _state_of("rejected", site, tenant)
    rows = {r.id: r for r in fitout.list_fitouts(by=site.engineer)}
    assert (rows[a].waits_for, rows[a].waits_on_me, rows[b].waits_for, rows[b].waits_on_me, rows[c].waits_for) == (
        "pass_drawings", True, "approve", False, "")
    assert [r.id for r in fitout.list_fitouts(by=site.engineer, waiting_on_me=True)] == [a]
    assert [r.id for r in fitout.list_fitouts(by=site.manager, waiting_on_me=True)] == [b]
    assert [r.id for r in fitout.list_fitouts(by=site.clerk, state="rejected")] == [c]


def test_list_flags_lapsing_insurance_and_ending_permits_of_works_only_and_open_only_leaves_the_final(tower):
    site, tenant = tower
    today = dt.date(2027, 6, 1)

    def at(state: str, permit_end: dt.date | None, insurance_expiry: dt.date | None) -> int:
        fid, _ = _state_of(state, site, tenant)
        Fitout.update(permit_end=permit_end, insurance_expiry=insurance_expiry).where(Fitout.id == fid).execute()
        return fid

    day = dt.timedelta(days=1)
    both = at("in_progress", today + 3 * day, today + day)  # policy ends first; permit ends within the week
    fine = at("permit_issued", today + 30 * day, today + 60 * day)
    no_permit_end = at("in_progress", None, today - day)  # a lapsed policy, measured against today
    closed = at("closed", today + day, today - day)
    suspended = at("suspended", today + day, today - day)
    ending = at("permit_issued", today + 7 * day, None)  # the last day the warning covers
    rows = {r.id: r for r in fitout.list_fitouts(by=site.clerk, today=today)}
    assert {fid: (r.insurance_lapsed, r.permit_ending) for fid, r in rows.items()} == {
        both: (True, True), fine: (False, False), no_permit_end: (True, False), closed: (False, False),
        suspended: (False, False), ending: (False, True)}
    assert (rows[both].unit, rows[both].tenant, rows[both].contractor, rows[both].permit_end) == (
        "12F-1201", "深圳市前海云帆科技有限公司", "深圳市华匠装饰工程有限公司", today + 3 * day)
    assert (rows[closed].waits_for, rows[closed].waits_on, rows[closed].waits_on_me) == ("", "", False)
    assert (rows[suspended].waits_for, rows[suspended].waits_on) == ("reinstate", "fitout.reinstate")
    assert [r.id for r in fitout.list_fitouts(by=site.clerk, open_only=True, today=today)] == [
        ending, suspended, no_permit_end, fine, both]
    assert [r.id for r in fitout.list_fitouts(by=site.clerk, open_only=True, state="in_progress", today=today)] \
        == [no_permit_end, both]
    assert fitout.list_fitouts(by=site.clerk, state="closed", open_only=True) == []
    assert [r.id for r in fitout.list_fitouts(by=site.clerk, waiting_on_me=True, today=today)] == [
        ending, no_permit_end, fine, both]  # the clerk's turn: at work; not the suspended one (the manager's)
    figures = fitout.fitout_figures(by=site.clerk, today=today)
    assert (figures.waiting_on_me, figures.insurance_lapsing, figures.at_work, figures.permits_ending) == (4, 2, 2, 2)


def test_a_stale_version_is_refused(tower):
    site, tenant = tower
    fid, version = _state_of("desk_review", site, tenant)
    fitout.transition(fid, version, "pass_desk", by=site.clerk)
    with pytest.raises(StaleRecord):
        fitout.transition(fid, version, "pass_desk", by=site.steward)


def test_two_desks_at_once_one_is_refused(tower, monkeypatch):
    """Two desks, each on its own connection, both read the fit-out at the same version, then both move it:
    the versioned UPDATE lets exactly one through; the other gets StaleRecord and leaves no step behind."""
    site, tenant = tower
    fid, version = _state_of("desk_review", site, tenant)
    real = fitout.get_fitout

    def read_then_pause(*args, **kwargs):
        found = real(*args, **kwargs)
        time.sleep(0.3)  # both desks have read before either writes
        return found

    monkeypatch.setattr(fitout, "get_fitout", read_then_pause)
    start = threading.Barrier(2)
    outcomes: list[object] = [None, None]
    connections: list[object] = [None, None]

    def desk(i: int, role: str, action: str, comment: str) -> None:
        try:
            start.wait()
            connections[i] = db.connection()  # kept, so no id is reused
            outcomes[i] = fitout.transition(fid, version, action, by=site.by_role[role], comment=comment)
        except Exception as exc:  # noqa: BLE001 - the test inspects whatever each desk got
            outcomes[i] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(0, "clerk", "pass_desk", "")),
               threading.Thread(target=desk, args=(1, "steward", "send_back", "缺消防图"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len({id(c) for c in connections}) == 2
    won = [o for o in outcomes if o == version + 1]
    lost = [o for o in outcomes if isinstance(o, StaleRecord)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    f = Fitout.get_by_id(fid)
    assert f.version == version + 1 and f.state in ("drawing_review", "revision")
    steps = FitoutStep.select().where(FitoutStep.fitout == fid).order_by(FitoutStep.id.desc())
    assert steps.count() == 4 and steps.first().to_state == f.state  # create, submit, start_review, the winner


def test_suspension_stops_the_passes_and_a_supervisor_reinstates(tower):
    from services import fitout_passes
    from services.fitout_passes import WorkerInput

    site, tenant = tower
    fid = to_permit(site, tenant)
    number = fitout_passes.issue_passes(fid, [WorkerInput("张三")], by=site.clerk)[0]
    version = walk(site, fid, [("start_work", "clerk")])
    day = dt.date(2026, 12, 10)
    assert fitout_passes.check_pass(number, by=site.steward, today=day).status == "valid"
    version = fitout.transition(fid, version, "suspend", by=site.steward, comment="动火无人看护")
    assert fitout_passes.check_pass(number, by=site.steward, today=day).status == "revoked"
    assert fitout_passes.workers_in_today(site.site_id, day) == []
    with pytest.raises(PermissionDenied):
        fitout.transition(fid, version, "reinstate", by=site.clerk, comment="已整改")
    fitout.transition(fid, version, "reinstate", by=site.supervisor, comment="已整改，复查合格")
    assert fitout_passes.check_pass(number, by=site.steward, today=day).status == "valid"


def test_refund_is_the_deposit_less_fines_and_damages(tower):
    site, tenant = tower
    fid = to_permit(site, tenant)
    walk(site, fid, [("start_work", "clerk")])
    with pytest.raises(PermissionDenied):
        fitout.deduct(fid, "fine", "500", "噪音施工", by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        fitout.deduct(fid, "fine", "abc", " ", by=site.supervisor)
    assert exc.value.codes() == {"amount": "fees.amount", "reason": "required"}
    fitout.deduct(fid, "fine", "500", "办公时间噪音施工", by=site.supervisor)
    fitout.deduct(fid, "damage", "1234.56", "电梯厅地砖破损", by=site.supervisor)
    with pytest.raises(ValidationError) as exc:
        fitout.deduct(fid, "damage", "3265.45", "再扣", by=site.supervisor)
    assert (exc.value.code, exc.value.problems[0].params) == ("fitout.deduct_too_big", {"left": "3265.44"})
    assert deposits_held(site.site_id, tenant) == Decimal("3265.44")
    walk(site, fid, [("request_completion", "clerk"), ("accept", "engineer")])
    walk(site, fid, [("approve_refund", "manager")], today=add_months(dt.date.today(), 3))
    f = Fitout.get_by_id(fid)
    assert f.refunded == Decimal("3265.44") and deposits_held(site.site_id, tenant) == 0
    refund = DepositEntry.select().where(DepositEntry.kind == "refunded").get()
    assert (refund.amount, refund.purpose) == (Decimal("3265.44"), f"装修押金退还 {f.number}")
    with pytest.raises(ValidationError) as exc:
        fitout.deduct(fid, "fine", "1", "晚了", by=site.supervisor)
    assert exc.value.code == "fitout.no_deposit"
