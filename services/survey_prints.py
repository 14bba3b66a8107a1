"""The surveys' paper and files: the questionnaire printed per tenant (with its QR code), the results with charts and
the follow-up list, and the answers as an .xlsx workbook — the data gathered here, drawn in printouts/."""
from __future__ import annotations

from decimal import Decimal
from io import BytesIO

from models import Site, now
from models.surveys import SurveyAnswer, SurveyRound, SurveySheet
from services import survey_results, surveys
from services.access import Actor, require
from services.printing import letterhead
from services.survey_results import FollowUpRow, RoundResults
from services.surveys import SCALE, sheet_code

ACTION_PRINT = {"work_order": "派维修工单", "complaint": "登记投诉", "call": "电话/上门回访"}


def print_forms(round_id: int, *, by: Actor, tenant_ids: list[int] | None = None,
                unanswered_only: bool = False) -> bytes:
    """《业户满意度调查问卷》 for the round's tenants (or those named), one each, with the QR code the desk scans."""
    from printouts.survey_form import FormQuestion, SurveyForm, TenantForm, render_survey_form

    require(by, "survey.view")
    r = surveys.get_round(round_id, by=by)
    sheets = surveys.round_sheets(round_id, by=by, answered=False if unanswered_only else None)
    if tenant_ids is not None:
        sheets = [s for s in sheets if s.tenant_id in tenant_ids]
    if not sheets:
        raise LookupError("no tenant to print a questionnaire for")
    questions = tuple(FormQuestion(q.seq, q.section, q.kind, q.text, q.choices)
                      for q in surveys.round_questions(round_id, by=by))
    form = SurveyForm(r.number, r.name, r.closes_on, questions,
                      tuple(TenantForm(s.tenant, s.units, sheet_code(r.number, s.tenant_id)) for s in sheets),
                      Site.get_by_id(by.site_id).phone, now())
    return render_survey_form(form, letterhead(by.site_id))


def _pct(share: Decimal | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def comparison(res: RoundResults) -> str:
    """How the round compares with the one before, in words ('' when there is none)."""
    o = res.overall
    if res.previous is None or o.previous_average is None or o.average is None:
        return ""
    diff = o.average - o.previous_average
    text = f"与“{res.previous.name}”相比，平均分 {o.previous_average:.2f} → {o.average:.2f}（{diff:+.2f}）"
    if o.satisfied is not None and o.previous_satisfied is not None:
        points = (o.satisfied - o.previous_satisfied) * 100
        text += f"，满意率 {_pct(o.previous_satisfied)} → {_pct(o.satisfied)}（{points:+.1f} 个百分点）"
    return text


def follow_state(f: FollowUpRow) -> str:
    if f.done_at is None:
        return "待跟进"
    raised = f"（{f.request_number}）" if f.request_number else ""
    return f"{f.done_by} {f.done_at:%Y-%m-%d} {ACTION_PRINT[f.action]}{raised}：{f.outcome}"


def print_results(round_id: int, *, by: Actor) -> bytes:
    """《业户满意度调查结果》: figures, charts, the comments and the follow-up list of one round."""
    from printouts.survey_results import ChoiceLine, FollowLine, ResultsSheet, ScoreLine, render_survey_results

    res = survey_results.round_results(round_id, by=by)
    r = res.round
    scale = [q for q in res.questions if q.question.kind == "scale"]
    questions = tuple(ScoreLine(f"{q.question.seq}. {q.question.text}", q.answers, _num(q.average),
                                _num(q.previous_average), _pct(q.satisfied),
                                tuple(q.distribution[s] for s in (5, 4, 3, 2, 1))) for q in scale)
    sections = tuple(ScoreLine(f.name, f.answers, _num(f.average), _num(f.previous_average), _pct(f.satisfied))
                     for f in res.sections)
    choices = tuple(ChoiceLine(q.question.seq, q.question.text,
                               tuple((c, q.distribution[n]) for n, c in enumerate(q.question.choices, 1)))
                    for q in res.questions if q.question.kind == "choice")
    comments = tuple(t for q in res.questions if q.question.kind == "text" for t in q.texts)
    follow = tuple(FollowLine(f.tenant, f.units, f"{f.average:.2f}", "；".join(f.low_items), follow_state(f))
                   for f in survey_results.follow_up_list(round_id, by=by))
    low, below = survey_results.thresholds(by.site_id)
    sheet = ResultsSheet(
        r.number, r.name, f"{r.opened_on} 至 {r.closes_on}" + ("" if r.state == "closed" else "（进行中）"),
        r.template_revision, r.asked, r.answered, _pct(r.response_rate),
        "—" if res.overall.average is None else f"{res.overall.average:.2f}", _pct(res.overall.satisfied),
        comparison(res), sections, questions, choices, comments, follow,
        f"任一题评分不高于 {low} 分（{SCALE[low]}）或平均分低于 {below:g} 分的业户列入跟进。", now())
    return render_survey_results(sheet, letterhead(by.site_id))


def answers_xlsx(round_id: int, *, by: Actor) -> bytes:
    """The round's answers as a workbook: one row per tenant and a column per question; the results per question;
    the follow-up list. Scores are numbers, so the sheet can be summed and filtered."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    require(by, "survey.view")
    res = survey_results.round_results(round_id, by=by)
    questions = [q.question for q in res.questions]
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "答卷"
    ws.append(["业户", "单元", "填表日期", "填表人", "联系电话", "录入人", "平均分",
               *(f"{q.seq}. {q.section}·{q.text}" for q in questions)])
    answers: dict[int, dict[int, object]] = {}
    for a in SurveyAnswer.select().join(SurveySheet).where(SurveySheet.round == round_id):
        q = next(x for x in questions if x.id == a.question_id)
        answers.setdefault(a.sheet_id, {})[a.question_id] = (
            a.score if a.score is not None else q.choices[a.choice - 1] if a.choice is not None else a.text)
    for s in surveys.round_sheets(round_id, by=by, answered=True):
        got = answers.get(s.id, {})
        ws.append([s.tenant, s.units, s.answered_on, s.respondent, s.phone, s.entered_by,
                   float(s.average) if s.average is not None else None, *(got.get(q.id) for q in questions)])
    results = wb.create_sheet("各题结果")
    results.append(["序", "分类", "题目", "答卷数", "平均分", "满意率", "5 非常满意", "4 满意", "3 一般", "2 不满意",
                    "1 非常不满意", "上次平均分"])
    for q in res.questions:
        if q.question.kind != "scale":
            continue
        results.append([q.question.seq, q.question.section, q.question.text, q.answers, _num(q.average),
                        _num(q.satisfied), *(q.distribution[s] for s in (5, 4, 3, 2, 1)), _num(q.previous_average)])
        results.cell(results.max_row, 6).number_format = "0.0%"
    results.append([])
    results.append(["", "总体", "", res.overall.answers, _num(res.overall.average), _num(res.overall.satisfied)])
    results.cell(results.max_row, 6).number_format = "0.0%"
    results.append(["", "回收率", "", res.round.answered, None, _num(res.round.response_rate)])
    results.cell(results.max_row, 6).number_format = "0.0%"
    follow = wb.create_sheet("待跟进")
    follow.append(["业户", "单元", "平均分", "最低分", "低分项", "跟进情况"])
    for f in survey_results.follow_up_list(round_id, by=by):
        follow.append([f.tenant, f.units, float(f.average), f.lowest, "；".join(f.low_items), follow_state(f)])
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = bold
        sheet.column_dimensions["A"].width = 28
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def round_of_sample(by: Actor) -> int:
    """The newest round with answers (for `main.py samples`), or LookupError."""
    r = (SurveyRound.select().where(SurveyRound.site == by.site_id)
         .order_by(SurveyRound.opened_on.desc(), SurveyRound.id.desc()).first())
    if r is None:
        raise LookupError("no survey round to print: run `main.py demo` first")
    return r.id
