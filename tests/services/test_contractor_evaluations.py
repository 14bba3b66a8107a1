"""The monthly evaluation: Decimal grades at 79.99/80/89.99/90, the fee with deductions and penalties, the site's
rule from settings, three months below the pass mark flagging the contract, the manager's sign-off freezing the
month and a correction as its next revision — on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.contractors import Contractor, Evaluation
from services import contractor_evaluations as ev
from services import contractors, settings
from services.contractor_evaluations import GradeRule, grade_of, settle_fee
from services.errors import PermissionDenied, ValidationError
from tests.services.contractor_fixtures import inspect, make_contractor, month_of_scores, one_item_template

TODAY = dt.date(2026, 11, 24)
JAN, FEB, MAR, APR = (dt.date(2026, m, 1) for m in (1, 2, 3, 4))


@pytest.mark.parametrize(("score", "grade", "rate", "warning"), [
    ("79.99", "low", "10", True), ("80", "mid", "5", False), ("80.00", "mid", "5", False),
    ("89.99", "mid", "5", False), ("90", "full", "0", False), ("90.00", "full", "0", False),
    ("100", "full", "0", False),
    ("0", "low", "10", True),
])
def test_grade_boundaries_with_decimal(score, grade, rate, warning):
    assert grade_of(Decimal(score), GradeRule()) == (grade, Decimal(rate), warning)


def test_fee_arithmetic_to_the_fen():
    rule = GradeRule()
    s = settle_fee(Decimal("33333.33"), Decimal("5"), 0, rule)
    assert (s.deduction, s.fee) == (Decimal("1666.67"), Decimal("31666.66"))  # 1666.6665 half up
    s = settle_fee(Decimal("48000.00"), Decimal("10"), 3, rule)
    assert (s.deduction, s.penalty, s.fee) == (Decimal("4800.00"), Decimal("1500.00"), Decimal("41700.00"))
    assert settle_fee(Decimal("800.00"), Decimal("10"), 2, rule).fee == Decimal("0.00")  # never below zero


@pytest.mark.parametrize(("scores", "score", "grade", "fee"), [
    (["80.0"] * 9 + ["79.9"], "79.99", "low", "43200.00"),
    (["80.0"] * 10, "80.00", "mid", "45600.00"),
    (["90.0"] * 9 + ["89.9"], "89.99", "mid", "45600.00"),
    (["90.0"] * 10, "90.00", "full", "48000.00"),
])
def test_a_months_inspections_at_the_boundaries(site, scores, score, grade, fee):
    cid = make_contractor(site)
    tid = one_item_template(site)
    month_of_scores(site, cid, MAR, scores, tid)
    e = ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    assert (e.inspections, e.score, e.grade, e.fee) == (10, Decimal(score), grade, Decimal(fee))
    assert e.warning is (grade == "low") and not e.review


def test_serious_non_conformities_are_penalties_and_the_sites_rule_applies(site):
    cid = make_contractor(site)
    inspect(site, cid, dt.date(2026, 3, 2), {22: "1"}, nonconforming={22: "车库油污未清"}, serious={22})
    inspect(site, cid, dt.date(2026, 3, 3), serious={25}, nonconforming={25: "广场大量烟头"})
    e = ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    assert (e.score, e.grade, e.serious, e.penalty, e.fee) == (
        Decimal("98.50"), "full", 2, Decimal("1000.00"), Decimal("47000.00"))
    settings.update_settings({"contractors.full_mark": 99, "contractors.mid_deduction": 8,
                              "contractors.serious_penalty": 800}, by=site.manager)
    e = ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    assert (e.grade, e.deduction, e.penalty, e.fee, e.revision) == (
        "mid", Decimal("3840.00"), Decimal("1600.00"), Decimal("42560.00"), 1)
    with pytest.raises(ValidationError) as exc:
        ev.evaluate_month(cid, APR, by=site.supervisor, today=TODAY)
    assert exc.value.codes() == {"month": "contractor.no_inspections"}
    with pytest.raises(ValidationError):
        ev.evaluate_month(cid, dt.date(2026, 12, 1), by=site.supervisor, today=TODAY)
    with pytest.raises(PermissionDenied):
        ev.evaluate_month(cid, MAR, by=site.steward, today=TODAY)


def test_three_months_in_a_row_below_80_flag_the_contract(site):
    cid = make_contractor(site)
    tid = one_item_template(site)
    for month, score in ((JAN, "79.9"), (FEB, "75"), (MAR, "70")):
        month_of_scores(site, cid, month, [score], tid)
    jan, feb = (ev.evaluate_month(cid, m, by=site.supervisor, today=TODAY) for m in (JAN, FEB))
    assert not jan.review and not feb.review and feb.warning
    mar = ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    assert mar.review and not Contractor.get_by_id(cid).review_flag  # flagged once the manager signs
    ev.sign_off(mar.id, mar.version, by=site.manager, today=TODAY)
    c = contractors.get_contractor(cid, by=site.clerk)
    assert c.review_flag and c.review_since == MAR
    assert contractors.contractor_figures(by=site.clerk, today=TODAY).under_review == 1
    with pytest.raises(PermissionDenied):
        contractors.clear_review(cid, "已约谈，限期整改", by=site.supervisor)
    contractors.clear_review(cid, "已约谈，限期整改", by=site.manager)
    assert not contractors.get_contractor(cid, by=site.clerk).review_flag
    # A month at the pass mark breaks the run.
    other = make_contractor(site, "greening")
    tid2 = one_item_template(site, "greening")
    for month, score in ((JAN, "79"), (FEB, "80"), (MAR, "60")):
        month_of_scores(site, other, month, [score], tid2)
        last = ev.evaluate_month(other, month, by=site.supervisor, today=TODAY)
    assert not last.review
    # April below too: Feb (80) is outside the last three months now.
    month_of_scores(site, other, APR, ["60"], tid2)
    assert not ev.evaluate_month(other, APR, by=site.supervisor, today=TODAY).review
    month_of_scores(site, other, dt.date(2026, 5, 1), ["60"], tid2)
    assert ev.evaluate_month(other, dt.date(2026, 5, 1), by=site.supervisor, today=TODAY).review


def test_only_a_manager_signs_and_a_signed_month_is_frozen(site):
    cid = make_contractor(site)
    tid = one_item_template(site)
    month_of_scores(site, cid, MAR, ["92", "94"], tid)
    e = ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    for role in ("clerk", "steward", "supervisor", "admin", "engineer"):
        with pytest.raises(PermissionDenied):
            ev.sign_off(e.id, e.version, by=getattr(site, role), today=TODAY)
    with pytest.raises(ValidationError) as exc:  # the month is not over yet
        ev.sign_off(e.id, e.version, by=site.manager, today=dt.date(2026, 3, 31))
    assert exc.value.codes() == {"month": "contractor.month_not_over"}
    # An inspection entered after the figures were worked out: the manager must see the new figures first.
    month_of_scores(site, cid, dt.date(2026, 3, 20), ["50"], tid)
    with pytest.raises(ValidationError) as exc:
        ev.sign_off(e.id, e.version, by=site.manager, today=TODAY)
    assert exc.value.codes() == {"state": "contractor.evaluation_outdated"}
    e = ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    with pytest.raises(ValidationError):  # shown at an older version
        ev.sign_off(e.id, e.version - 1, by=site.manager, today=TODAY)
    signed = ev.sign_off(e.id, e.version, by=site.manager, today=TODAY)
    assert (signed.state, signed.score, signed.fee, signed.signed_by) == (
        "signed", Decimal("78.67"), Decimal("43200.00"), "测试manager")
    frozen = Evaluation.get_by_id(e.id).__data__.copy()
    # Later inspections, a new rule, a second evaluation: the signed month stays as signed.
    month_of_scores(site, cid, dt.date(2026, 3, 25), ["100"], tid)
    settings.update_settings({"contractors.low_deduction": 20}, by=site.manager)
    with pytest.raises(ValidationError) as exc:
        ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    assert exc.value.codes() == {"month": "contractor.evaluation_signed"}
    with pytest.raises(ValidationError):
        ev.sign_off(e.id, signed.version, by=site.manager, today=TODAY)
    assert Evaluation.get_by_id(e.id).__data__ == frozen
    # A correction is the next recorded revision, with its reason; the signed one is untouched.
    with pytest.raises(ValidationError) as exc:
        ev.correct_evaluation(e.id, "", by=site.supervisor)
    assert exc.value.codes() == {"reason": "required"}
    corrected = ev.correct_evaluation(e.id, "3 月 25 日复查成绩补录", by=site.supervisor)
    assert (corrected.revision, corrected.state, corrected.score, corrected.grade) == (
        2, "draft", Decimal("84.00"), "mid")
    assert Evaluation.get_by_id(e.id).__data__ == frozen
    with pytest.raises(ValidationError):  # only the latest signed revision is corrected
        ev.correct_evaluation(e.id, "再改", by=site.supervisor)
    ev.sign_off(corrected.id, corrected.version, by=site.manager, today=TODAY)
    revisions = ev.evaluation_revisions(cid, MAR, by=site.clerk)
    assert [(r.revision, r.state, r.fee) for r in revisions] == [
        (2, "signed", Decimal("45600.00")), (1, "signed", Decimal("43200.00"))]
    assert ev.latest_evaluation(cid, MAR, by=site.clerk).revision == 2


def test_the_trend_over_twelve_months(site):
    cid = make_contractor(site, start=dt.date(2025, 1, 1))
    tid = one_item_template(site)
    month_of_scores(site, cid, JAN, ["88", "90"], tid)
    month_of_scores(site, cid, MAR, ["70"], tid)
    ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    points = ev.trend(cid, APR, by=site.clerk)
    assert len(points) == 12 and points[0].month == dt.date(2025, 5, 1) and points[-1].month == APR
    assert [(p.month.month, p.score) for p in points if p.score is not None] == [
        (1, Decimal("89.00")), (3, Decimal("70.00"))]
    rows = ev.month_overview(MAR, by=site.clerk)
    assert [(r.inspections, r.score, r.evaluation.grade) for r in rows] == [(1, Decimal("70.00"), "low")]


def test_two_managers_signing_at_once_sign_once(site):
    from models import User
    from services.access import Actor
    from tests.services.two_desks import at_once

    other = User.create(site=site.site_id, username="manager2", full_name="第二经理", role="manager",
                        password_hash="x")
    second = Actor(other.id, "manager2", "第二经理", "manager", site.site_id)
    cid = make_contractor(site)
    tid = one_item_template(site)
    month_of_scores(site, cid, MAR, ["92"], tid)
    e = ev.evaluate_month(cid, MAR, by=site.supervisor, today=TODAY)
    outcomes = at_once(lambda: ev.sign_off(e.id, e.version, by=site.manager, today=TODAY),
                       lambda: ev.sign_off(e.id, e.version, by=second, today=TODAY))
    signed = [o for o in outcomes if isinstance(o, ev.EvaluationView)]
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(signed) == 1 and len(refused) == 1, outcomes
    assert Evaluation.get_by_id(e.id).signed_by == ("manager" if signed[0].signed_by == "测试manager" else "manager2")
    from models import AuditEntry

    assert AuditEntry.select().where((AuditEntry.entity == "evaluation") & (AuditEntry.action == "sign")).count() == 1
