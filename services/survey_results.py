"""A survey round's results — per question (answers, average, distribution, share satisfied), per section, overall,
the response rate, the change since the previous round — and the follow-up of the dissatisfied tenants, which raises
a work order or a complaint through the requests area and records who followed up and the outcome."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import JOIN, IntegrityError

from models import Request, db
from models.surveys import SurveyAnswer, SurveyFollowUp, SurveyQuestion, SurveyRound, SurveySheet
from services import settings
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems, ValidationError
from services.records import of_site
from services.surveys import (
    HUNDREDTH,
    SATISFIED,
    QuestionView,
    RoundRow,
    get_round,
    previous_round,
    round_questions,
)

SHARE = Decimal("0.0001")
FOLLOW_UP_ACTIONS = ("work_order", "complaint", "call")


def _avg(total: int, count: int) -> Decimal | None:
    return (Decimal(total) / count).quantize(HUNDREDTH, rounding=ROUND_HALF_UP) if count else None


def _share(part: int, count: int) -> Decimal | None:
    return (Decimal(part) / count).quantize(SHARE, rounding=ROUND_HALF_UP) if count else None


@dataclass(frozen=True)
class QuestionResult:
    question: QuestionView
    answers: int
    average: Decimal | None  # scale questions
    distribution: dict[int, int]  # score (5..1) or option number (1..n) -> answers
    satisfied: Decimal | None  # share of scores 4 and 5, 0–1
    previous_average: Decimal | None  # the same question (same section and text) in the previous round
    texts: tuple[tuple[str, str], ...] = ()  # free text: (tenant, text)


@dataclass(frozen=True)
class Figure:
    """Averages over a set of scale answers: a section, or the whole round."""

    name: str
    answers: int
    average: Decimal | None
    satisfied: Decimal | None
    previous_average: Decimal | None = None
    previous_satisfied: Decimal | None = None


@dataclass(frozen=True)
class RoundResults:
    round: RoundRow
    previous: RoundRow | None
    questions: list[QuestionResult]
    sections: list[Figure]
    overall: Figure
    dissatisfied: int  # sheets to follow up
    followed_up: int


def _scores(round_id: int) -> list[tuple[int, int | None, int | None, str, str]]:
    """(question id, score, choice, text, tenant) of every answer in the round."""
    return list(SurveyAnswer.select(SurveyAnswer.question, SurveyAnswer.score, SurveyAnswer.choice, SurveyAnswer.text,
                                    SurveySheet.tenant_name)
                .join(SurveySheet).where(SurveySheet.round == round_id)
                .order_by(SurveySheet.units, SurveySheet.tenant_name).tuples())


def _figures(round_id: int, questions: list[QuestionView]) -> tuple[dict[int, list[int]], dict[int, list]]:
    scores: dict[int, list[int]] = {q.id: [] for q in questions}
    other: dict[int, list] = {q.id: [] for q in questions}
    for qid, score, choice, text, tenant in _scores(round_id):
        if score is not None:
            scores[qid].append(score)
        elif choice is not None:
            other[qid].append(choice)
        elif text:
            other[qid].append((tenant, text))
    return scores, other


def _figure(name: str, values: list[int], before: list[int] | None) -> Figure:
    sat = sum(1 for v in values if v >= SATISFIED)
    prev_avg = prev_sat = None
    if before is not None:
        prev_avg = _avg(sum(before), len(before))
        prev_sat = _share(sum(1 for v in before if v >= SATISFIED), len(before))
    return Figure(name, len(values), _avg(sum(values), len(values)), _share(sat, len(values)), prev_avg, prev_sat)


def round_results(round_id: int, *, by: Actor) -> RoundResults:
    """Every figure of a round, computed from its answers (and the previous round's, for the comparison)."""
    row = get_round(round_id, by=by)
    questions = round_questions(round_id, by=by)
    scores, other = _figures(round_id, questions)
    previous = previous_round(round_id, by=by)
    before_by_key: dict[tuple[str, str], list[int]] = {}
    before_sections: dict[str, list[int]] = {}
    before_all: list[int] | None = None
    if previous is not None:
        prev_questions = round_questions(previous.id, by=by)
        prev_scores, _ = _figures(previous.id, prev_questions)
        before_all = []
        for q in prev_questions:
            if q.kind == "scale":
                before_by_key[(q.section, q.text)] = prev_scores[q.id]
                before_sections.setdefault(q.section, []).extend(prev_scores[q.id])
                before_all.extend(prev_scores[q.id])
    results = []
    for q in questions:
        if q.kind == "scale":
            values = scores[q.id]
            before = before_by_key.get((q.section, q.text))
            results.append(QuestionResult(
                q, len(values), _avg(sum(values), len(values)), {s: values.count(s) for s in (5, 4, 3, 2, 1)},
                _share(sum(1 for v in values if v >= SATISFIED), len(values)),
                _avg(sum(before), len(before)) if before else None))
        elif q.kind == "choice":
            picked = other[q.id]
            results.append(QuestionResult(q, len(picked), None, {n: picked.count(n) for n in
                                                                 range(1, len(q.choices) + 1)}, None, None))
        else:
            texts = tuple(other[q.id])
            results.append(QuestionResult(q, len(texts), None, {}, None, None, texts))
    sections = []
    for name in _section_order(questions):
        values = [v for q in questions if q.section == name and q.kind == "scale" for v in scores[q.id]]
        if any(q.kind == "scale" for q in questions if q.section == name):
            sections.append(_figure(name, values, before_sections.get(name) if previous else None))
    every = [v for q in questions if q.kind == "scale" for v in scores[q.id]]
    follow = follow_up_list(round_id, by=by)
    return RoundResults(row, previous, results, sections, _figure("总体", every, before_all), len(follow),
                        sum(1 for f in follow if f.done_at is not None))


def _section_order(questions: list[QuestionView]) -> list[str]:
    out: list[str] = []
    for q in questions:
        if q.section not in out:
            out.append(q.section)
    return out


# ---- the dissatisfied tenants --------------------------------------------------------------------------------

@dataclass(frozen=True)
class FollowUpRow:
    sheet_id: int
    round_id: int
    round_name: str
    tenant_id: int
    tenant: str
    units: str
    respondent: str
    phone: str
    answered_on: dt.date
    lowest: int
    average: Decimal
    low_items: tuple[str, ...]  # "保洁·公共卫生间的清洁及耗材补充 2"
    action: str = ""  # "" while not followed up
    request_id: int | None = None
    request_number: str = ""
    outcome: str = ""
    done_by: str = ""
    done_at: dt.datetime | None = None


def thresholds(site_id: int) -> tuple[int, Decimal]:
    """(a score at or below which, an average below which) a sheet is followed up — the site's settings."""
    return (int(settings.get(site_id, "surveys.dissatisfied_score")),
            Decimal(int(settings.get(site_id, "surveys.overall_below"))))


def _dissatisfied_query(site_id: int, round_id: int | None):
    low, below = thresholds(site_id)
    query = (SurveySheet.select(SurveySheet, SurveyRound, SurveyFollowUp, Request)
             .join(SurveyRound)
             .switch(SurveySheet).join(SurveyFollowUp, JOIN.LEFT_OUTER, on=(SurveyFollowUp.sheet == SurveySheet.id),
                                       attr="follow")
             .join(Request, JOIN.LEFT_OUTER, on=(SurveyFollowUp.request == Request.id), attr="raised")
             .where((SurveyRound.site == site_id) & SurveySheet.answered_on.is_null(False)
                    & ((SurveySheet.lowest <= low) | (SurveySheet.average < below))))
    return query.where(SurveySheet.round == round_id) if round_id is not None else query


def follow_up_list(round_id: int | None = None, *, by: Actor, pending_only: bool = False) -> list[FollowUpRow]:
    """The dissatisfied tenants (any score ≤ the site's setting, or an average below its threshold), of one round
    or of every round; each with its low items and, once followed up, who did it and the outcome."""
    require(by, "survey.view")
    if round_id is not None:
        of_site(SurveyRound, round_id, by)
    low, _below = thresholds(by.site_id)
    sheets = list(_dissatisfied_query(by.site_id, round_id)
                  .order_by(SurveyRound.opened_on.desc(), SurveySheet.average, SurveySheet.tenant_name))
    lows: dict[int, list[str]] = {}
    if sheets:
        for sid, section, text, score in (
                SurveyAnswer.select(SurveyAnswer.sheet, SurveyQuestion.section, SurveyQuestion.text, SurveyAnswer.score)
                .join(SurveyQuestion).where(SurveyAnswer.sheet.in_([s.id for s in sheets])
                                            & (SurveyAnswer.score <= low))
                .order_by(SurveyAnswer.sheet, SurveyQuestion.seq).tuples()):
            lows.setdefault(sid, []).append(f"{section}·{text} {score}")
    out = []
    for s in sheets:
        f = getattr(s, "follow", None)
        done = f is not None and f.id is not None
        if pending_only and done:
            continue
        req = getattr(f, "raised", None) if done and f.request_id else None
        out.append(FollowUpRow(
            s.id, s.round.id, s.round.name, s.tenant_id, s.tenant_name, s.units, s.respondent, s.phone, s.answered_on,
            s.lowest, Decimal(str(s.average)).quantize(HUNDREDTH), tuple(lows.get(s.id, ())),
            f.action if done else "", f.request_id if done else None, req.number if req else "",
            f.outcome if done else "", (f.full_name or f.username) if done else "", f.done_at if done else None))
    return out


def pending_follow_ups(*, by: Actor) -> int:
    """How many dissatisfied tenants, over every round, nobody has followed up yet (the dashboard's tile)."""
    require(by, "survey.view")
    return (_dissatisfied_query(by.site_id, None).where(SurveyFollowUp.id.is_null()).count())


@dataclass
class FollowUpInput:
    action: str = "call"  # work_order / complaint / call
    text: str = ""  # what the work order or complaint says (what the tenant is unhappy about)
    outcome: str = ""  # what was agreed with the tenant


def follow_up(sheet_id: int, data: FollowUpInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Follow a dissatisfied tenant up: a repair work order or a (minor) complaint raised through the requests
    area, or just the call; who did it and the outcome recorded. A sheet is followed up once."""
    require(by, "survey.follow_up", entity="survey_sheet", record_id=sheet_id)
    row = next((r for r in follow_up_list(None, by=by) if r.sheet_id == sheet_id), None)
    if row is None:
        raise NotFound("survey_sheet", sheet_id)
    problems = Problems()
    if row.done_at is not None:
        problems.add("action", "survey.followed_up", who=row.done_by)
    if data.action not in FOLLOW_UP_ACTIONS:
        problems.add("action", "survey.action")
    text = problems.text("text", data.text, 2000, required=data.action in ("work_order", "complaint"))
    outcome = problems.text("outcome", data.outcome, 2000, required=True)
    problems.raise_if_any()
    try:
        return _follow_up(sheet_id, row, data.action, text, outcome, by, at)
    except IntegrityError:  # another desk followed the same tenant up at the same moment
        raise ValidationError("action", "survey.followed_up", who="") from None


def _follow_up(sheet_id: int, row: FollowUpRow, action: str, text: str, outcome: str, by: Actor,
               at: dt.datetime | None) -> int:
    from services import requests

    unit = row.units.split("、")[0] if row.units else ""
    source = f"survey:{row.round_id}/sheet:{sheet_id}"
    with db.atomic():
        request_id = None
        if action == "work_order":
            request_id = requests.create_work_order(tenant_id=row.tenant_id, unit_code=unit, text=text, source=source,
                                                    by=by, caller_name=row.respondent, at=at)
        elif action == "complaint":
            request_id = requests.take_request(requests.RequestInput(
                channel="visit", category="complaint", level="minor", tenant_id=row.tenant_id, unit_code=unit,
                caller_name=row.respondent, text=text, received_at=at), by=by, source=source)
        f = SurveyFollowUp.create(site=by.site_id, sheet=sheet_id, action=action, request=request_id,
                                  outcome=outcome, username=by.username, full_name=by.full_name,
                                  **({"done_at": at} if at else {}))
        record(by, "follow_up", "survey_sheet", sheet_id,
               after={"action": action, "request": request_id, "outcome": outcome})
    return f.id
