"""Satisfaction surveys on SQLite and PostgreSQL: the questionnaire and its revisions, the round's frozen copy, the
paper answers (one sheet per tenant per round, also with two desks at once), every result figure recomputed here
from the paper forms, and the follow-up that raises a work order."""
from __future__ import annotations

import datetime as dt

import pytest

from models import AuditEntry, Request
from models.surveys import SurveyAnswer, SurveyFollowUp, SurveySheet
from services import settings, survey_results, surveys
from services.errors import PermissionDenied, ValidationError
from services.survey_results import FollowUpInput
from services.surveys import DEFAULT_QUESTIONS, QuestionInput, SheetInput
from tests.services.survey_fixtures import (
    ANSWERED,
    NAMES,
    OPENED,
    PAPER,
    QUESTIONS,
    TODAY,
    answered_round,
    make_tenants,
    open_test_round,
    paper_input,
    sheet_of,
    small_questionnaire,
    type_paper,
)
from tests.services.two_desks import at_once


def _scores(column: int, paper=PAPER) -> list[int]:
    return [int(p[column]) for p in paper.values() if p[column]]


def _close(value, expected: float, places: int = 2) -> bool:
    return value is not None and abs(float(value) - expected) <= 0.5 * 10 ** -places + 1e-9


def test_a_new_site_starts_from_the_default_questionnaire(site):
    q = surveys.questionnaire(by=site.clerk)
    assert q.revision == 1
    assert [x.text for x in q.questions] == [t for _s, _k, t, _c in DEFAULT_QUESTIONS]
    for section in ("前台服务", "保洁", "绿化", "安保", "工程维修", "会议室", "投诉处理", "总体满意度", "意见建议"):
        assert section in q.sections()
    assert {x.kind for x in q.questions} == {"scale", "choice", "text"}


def test_only_a_supervisor_edits_the_questionnaire_and_each_edit_is_a_revision(site):
    with pytest.raises(PermissionDenied):
        surveys.save_questionnaire("问卷", QUESTIONS, "改", by=site.clerk)
    first = surveys.questionnaire(by=site.clerk).revision
    small_questionnaire(site)
    q = surveys.questionnaire(by=site.clerk)
    assert q.revision == first + 1 and [x.text for x in q.questions] == [x.text for x in QUESTIONS]
    assert q.questions[4].choices == ("愿意", "不确定", "不愿意")
    with pytest.raises(ValidationError) as refused:  # opened at the older revision: someone saved since
        surveys.save_questionnaire("问卷", QUESTIONS, "改", by=site.supervisor, based_on=first)
    assert refused.value.codes() == {"questions": "survey.template_changed"}


def test_a_bad_question_is_refused_at_its_row_and_nothing_is_saved(site):
    before = surveys.questionnaire(by=site.clerk).revision
    bad = [QuestionInput("保洁", "scale", ""), QuestionInput("总体", "choice", "推荐吗", "愿意")]
    with pytest.raises(ValidationError) as refused:
        surveys.save_questionnaire("问卷", bad, "", by=site.supervisor)
    assert refused.value.codes() == {"note": "required", "questions[0].text": "required",
                                     "questions[1].choices": "survey.choices"}
    assert surveys.questionnaire(by=site.clerk).revision == before


def test_a_round_asks_every_active_tenant_and_keeps_a_frozen_copy(site):
    ids = make_tenants(site)
    small_questionnaire(site)
    round_id = open_test_round(site)
    r = surveys.get_round(round_id, by=site.clerk)
    assert r.number == "DC-2026-0001" and r.state == "open" and r.asked == len(NAMES) and r.answered == 0
    sheets = surveys.round_sheets(round_id, by=site.clerk)
    assert {s.tenant_id for s in sheets} == set(ids.values())
    assert sheet_of(site, round_id, "甲科技有限公司").units == "10F-1001"
    # The questionnaire changes afterwards: the round still asks what it asked.
    surveys.save_questionnaire("新问卷", [QuestionInput("安保", "scale", "夜间巡逻")], "换题", by=site.supervisor)
    assert [q.text for q in surveys.round_questions(round_id, by=site.clerk)] == [q.text for q in QUESTIONS]
    assert [q.text for q in surveys.questionnaire(by=site.clerk).questions] == ["夜间巡逻"]
    with pytest.raises(ValidationError) as refused:
        open_test_round(site)  # the same name twice
    assert refused.value.codes() == {"name": "survey.name_taken"}

def test_a_clerk_may_not_open_a_round(site):
    make_tenants(site)
    with pytest.raises(PermissionDenied):
        surveys.open_round(surveys.RoundInput("一轮", OPENED, OPENED), by=site.clerk, today=OPENED)


def test_answers_are_saved_once_with_the_sheets_lowest_and_average(site):
    round_id = answered_round(site)
    s = sheet_of(site, round_id, "丁网络科技有限公司")
    assert s.answered_on == ANSWERED and s.respondent == "张经理" and s.entered_by == "clerk"
    assert s.lowest == 1 and _close(s.average, (1 + 2 + 3 + 2) / 4)
    assert surveys.sheet_answers(s.id, by=site.clerk)[surveys.round_questions(round_id, by=site.clerk)[5].id] \
        == "前台态度差，希望改进"
    with pytest.raises(ValidationError) as refused:  # the same form typed again
        surveys.enter_answers(s.id, paper_input(site, round_id, PAPER["甲科技有限公司"]), by=site.clerk, today=TODAY)
    assert refused.value.codes() == {"answered_on": "survey.already_answered"}
    assert SurveyAnswer.select().where(SurveyAnswer.sheet == s.id).count() == 6  # every question answered
    unanswered = surveys.round_sheets(round_id, by=site.clerk, answered=False)
    assert [x.tenant for x in unanswered] == ["戊律师事务所", "己设计有限公司"]


def test_bad_answers_are_refused_at_their_question_and_nothing_is_half_saved(site):
    make_tenants(site)
    small_questionnaire(site)
    round_id = open_test_round(site)
    qs = surveys.round_questions(round_id, by=site.clerk)
    sheet = sheet_of(site, round_id, "甲科技有限公司")
    data = paper_input(site, round_id, ["6", "4", "x", "5", "4", ""])
    with pytest.raises(ValidationError) as refused:
        surveys.enter_answers(sheet.id, data, by=site.clerk, today=TODAY)
    assert refused.value.codes() == {f"answers.{qs[0].id}": "survey.score", f"answers.{qs[2].id}": "survey.score",
                                     f"answers.{qs[4].id}": "survey.choice"}
    late = SheetInput("张经理", "", OPENED - dt.timedelta(days=1), {qs[0].id: "5"})
    with pytest.raises(ValidationError) as refused:
        surveys.enter_answers(sheet.id, late, by=site.clerk, today=TODAY)
    assert refused.value.codes() == {"answered_on": "survey.before_open"}
    with pytest.raises(ValidationError) as refused:  # only words, no score: not a filled-in form
        surveys.enter_answers(sheet.id, SheetInput("", "", ANSWERED, {qs[5].id: "好"}), by=site.clerk, today=TODAY)
    assert refused.value.codes() == {f"answers.{qs[0].id}": "survey.no_scores"}
    assert SurveyAnswer.select().count() == 0
    assert SurveySheet.get_by_id(sheet.id).answered_on is None


def test_a_closed_round_takes_no_more_answers(site):
    round_id = answered_round(site)
    r = surveys.get_round(round_id, by=site.clerk)
    with pytest.raises(PermissionDenied):
        surveys.close_round(round_id, r.version, by=site.clerk)
    surveys.close_round(round_id, r.version, by=site.supervisor)
    assert surveys.get_round(round_id, by=site.clerk).state == "closed"
    late = sheet_of(site, round_id, "戊律师事务所")
    with pytest.raises(ValidationError) as refused:
        surveys.enter_answers(late.id, paper_input(site, round_id, ["5"] * 4 + ["1", ""]), by=site.clerk, today=TODAY)
    assert refused.value.codes() == {"answered_on": "survey.round_closed"}


def test_a_scanned_form_code_finds_its_sheet(site):
    round_id = answered_round(site)
    sheet = sheet_of(site, round_id, "乙贸易有限公司")
    assert surveys.find_sheet(f"DC-2026-0001/{sheet.tenant_id}", by=site.clerk).id == sheet.id
    with pytest.raises(surveys.NotFound):
        surveys.find_sheet("DC-2026-0009/1", by=site.clerk)


def test_every_result_figure_matches_the_paper_forms(site):
    round_id = answered_round(site)
    res = survey_results.round_results(round_id, by=site.clerk)
    assert res.round.asked == 6 and res.round.answered == len(PAPER)
    assert _close(res.round.response_rate, len(PAPER) / 6, 4)
    for n, q in enumerate(QUESTIONS):
        got = res.questions[n]
        assert got.question.text == q.text
        if q.kind == "scale":
            values = _scores(n)
            assert got.answers == len(values)
            assert _close(got.average, sum(values) / len(values))
            assert got.distribution == {s: values.count(s) for s in (5, 4, 3, 2, 1)}
            assert _close(got.satisfied, len([v for v in values if v >= 4]) / len(values), 4)
            assert got.previous_average is None
        elif q.kind == "choice":
            picks = _scores(n)
            assert got.distribution == {1: picks.count(1), 2: picks.count(2), 3: picks.count(3)}
        else:
            assert got.texts == (("乙贸易有限公司", "卫生间经常没有纸"), ("丁网络科技有限公司", "前台态度差，希望改进"))
    front = _scores(0) + _scores(1)
    assert res.sections[0].name == "前台服务" and res.sections[0].answers == len(front)
    assert _close(res.sections[0].average, sum(front) / len(front))
    assert [f.name for f in res.sections] == ["前台服务", "保洁", "总体满意度"]  # no figure for text-only sections
    every = [v for n, q in enumerate(QUESTIONS) if q.kind == "scale" for v in _scores(n)]
    assert res.overall.answers == len(every) and _close(res.overall.average, sum(every) / len(every))
    assert _close(res.overall.satisfied, len([v for v in every if v >= 4]) / len(every), 4)
    # 乙 gave a 2, 丁 a 1 and 2s: both to follow up; 甲 and 丙 not.
    assert res.dissatisfied == 2 and res.followed_up == 0


def test_results_compare_with_the_previous_round(site):
    first = answered_round(site)
    later = {"甲科技有限公司": ["5", "5", "5", "5", "1", ""], "乙贸易有限公司": ["4", "5", "4", "4", "1", ""]}
    second = open_test_round(site, "2026年下半年业户满意度调查", dt.date(2026, 12, 1))
    type_paper(site, second, later, day=dt.date(2026, 12, 5))
    res = survey_results.round_results(second, by=site.clerk)
    assert res.previous is not None and res.previous.id == first
    for n in (0, 1, 2, 3):
        before = _scores(n)
        assert _close(res.questions[n].previous_average, sum(before) / len(before))
    before_all = [v for n in (0, 1, 2, 3) for v in _scores(n)]
    assert _close(res.overall.previous_average, sum(before_all) / len(before_all))
    now_all = [v for n in (0, 1, 2, 3) for v in _scores(n, later)]
    assert _close(res.overall.average, sum(now_all) / len(now_all))
    assert survey_results.round_results(first, by=site.clerk).previous is None


def test_the_follow_up_list_follows_the_sites_threshold(site):
    round_id = answered_round(site)
    rows = survey_results.follow_up_list(round_id, by=site.clerk)
    assert [r.tenant for r in rows] == ["丁网络科技有限公司", "乙贸易有限公司"]  # worst average first
    assert rows[0].low_items == ("前台服务·服务态度 1", "前台服务·受理及时性 2", "总体满意度·总体评价 2")
    assert rows[1].low_items == ("保洁·卫生间清洁 2",)
    settings.update_settings({"surveys.dissatisfied_score": 1}, by=site.manager)
    assert [r.tenant for r in survey_results.follow_up_list(round_id, by=site.clerk)] == ["丁网络科技有限公司"]
    settings.update_settings({"surveys.overall_below": 4}, by=site.manager)  # 丙 averages 3.67, 乙 3.25
    assert [r.tenant for r in survey_results.follow_up_list(round_id, by=site.clerk)] == \
        ["丁网络科技有限公司", "乙贸易有限公司", "丙咨询有限公司"]


def test_a_follow_up_raises_a_work_order_and_records_who_and_the_outcome(site):
    round_id = answered_round(site)
    assert survey_results.pending_follow_ups(by=site.clerk) == 2
    row = next(r for r in survey_results.follow_up_list(round_id, by=site.clerk) if r.tenant == "乙贸易有限公司")
    with pytest.raises(ValidationError) as refused:
        survey_results.follow_up(row.sheet_id, FollowUpInput("work_order", "", ""), by=site.clerk)
    assert refused.value.codes() == {"text": "required", "outcome": "required"}
    assert Request.select().count() == 0
    at = dt.datetime(2026, 6, 12, 10, 0)
    survey_results.follow_up(row.sheet_id, FollowUpInput("work_order", "11F 卫生间擦手纸架损坏", "已致电，约周五维修"),
                             by=site.clerk, at=at)
    r = Request.get()
    assert r.category == "repair" and r.work_order_no.startswith("WX-2026-") and r.tenant_id == row.tenant_id
    assert r.unit.code == "10F-1002" and r.source == f"survey:{round_id}/sheet:{row.sheet_id}"
    done = next(x for x in survey_results.follow_up_list(round_id, by=site.clerk) if x.sheet_id == row.sheet_id)
    assert done.done_by == "测试clerk" and done.done_at == at and done.outcome == "已致电，约周五维修"
    assert done.request_number == r.number and done.action == "work_order"
    assert survey_results.pending_follow_ups(by=site.clerk) == 1
    assert [x.tenant for x in survey_results.follow_up_list(round_id, by=site.clerk, pending_only=True)] == \
        ["丁网络科技有限公司"]
    with pytest.raises(ValidationError) as refused:
        survey_results.follow_up(row.sheet_id, FollowUpInput("call", "", "再次致电"), by=site.clerk)
    assert refused.value.codes() == {"action": "survey.followed_up"}
    assert AuditEntry.select().where((AuditEntry.entity == "survey_sheet")
                                     & (AuditEntry.action == "follow_up")).count() == 1


def test_a_follow_up_may_register_a_complaint_or_just_the_call(site):
    round_id = answered_round(site)
    ding, yi = survey_results.follow_up_list(round_id, by=site.clerk)
    survey_results.follow_up(ding.sheet_id, FollowUpInput("complaint", "前台态度差", "主管已致歉"), by=site.clerk,
                             at=dt.datetime(2026, 6, 12, 9))
    survey_results.follow_up(yi.sheet_id, FollowUpInput("call", "", "已说明补纸频次"), by=site.clerk)
    complaint = Request.get()
    assert complaint.category == "complaint" and complaint.level == "minor" and complaint.work_order_no == ""
    assert SurveyFollowUp.get(SurveyFollowUp.sheet == yi.sheet_id).request_id is None
    assert survey_results.round_results(round_id, by=site.clerk).followed_up == 2


def test_two_desks_typing_one_tenants_form_at_once_save_it_once(site):
    make_tenants(site)
    small_questionnaire(site)
    round_id = open_test_round(site)
    sheet = sheet_of(site, round_id, "甲科技有限公司")
    one = paper_input(site, round_id, PAPER["甲科技有限公司"])
    two = paper_input(site, round_id, PAPER["乙贸易有限公司"], respondent="李主任")
    outcomes = at_once(lambda: surveys.enter_answers(sheet.id, one, by=site.clerk, today=TODAY),
                       lambda: surveys.enter_answers(sheet.id, two, by=site.steward, today=TODAY))
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert sorted(type(o).__name__ for o in outcomes) == ["NoneType", "ValidationError"], outcomes
    assert refused[0].codes() == {"answered_on": "survey.already_answered"}
    saved = SurveySheet.get_by_id(sheet.id)
    winner = PAPER["甲科技有限公司"] if saved.respondent == "张经理" else PAPER["乙贸易有限公司"]
    assert SurveyAnswer.select().where(SurveyAnswer.sheet == sheet.id).count() == len([d for d in winner if d])


def test_a_supervisor_corrects_a_form_typed_wrongly_with_a_reason(site):
    round_id = answered_round(site)
    yi = sheet_of(site, round_id, "乙贸易有限公司")
    fixed = paper_input(site, round_id, ["4", "4", "4", "3", "2", "卫生间经常没有纸"], respondent="李主任")
    with pytest.raises(PermissionDenied):
        surveys.correct_answers(yi.id, fixed, "录错", by=site.clerk, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        surveys.correct_answers(yi.id, fixed, "", by=site.supervisor, today=TODAY)
    assert refused.value.codes() == {"reason": "required"}
    surveys.correct_answers(yi.id, fixed, "第 3 题误录为 2", by=site.supervisor, today=TODAY)
    s = sheet_of(site, round_id, "乙贸易有限公司")
    assert (s.respondent, s.lowest) == ("李主任", 3) and _close(s.average, (4 + 4 + 4 + 3) / 4)
    res = survey_results.round_results(round_id, by=site.clerk)
    cleaning = [4 if name == "乙贸易有限公司" else int(p[2]) for name, p in PAPER.items()]
    assert _close(res.questions[2].average, sum(cleaning) / len(cleaning))
    entry = AuditEntry.get((AuditEntry.entity == "survey_sheet") & (AuditEntry.action == "correct"))
    assert entry.note == "第 3 题误录为 2" and '"2"' in entry.before and entry.username == "supervisor"
    assert [r.tenant for r in survey_results.follow_up_list(round_id, by=site.clerk)] == ["丁网络科技有限公司"]
    never = sheet_of(site, round_id, "戊律师事务所")
    with pytest.raises(ValidationError) as refused:
        surveys.correct_answers(never.id, fixed, "补录", by=site.supervisor, today=TODAY)
    assert refused.value.codes() == {"answered_on": "survey.not_answered"}
