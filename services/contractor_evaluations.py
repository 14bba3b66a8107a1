"""The monthly evaluation (月度考评): the month's inspections give a contractor's score; the site's grade rule
turns it into a deduction, serious non-conformities into penalties, the two into the fee; three months in a
row below the pass mark flag the contract for review. A manager signs it off; a signed evaluation is frozen and
a later correction is its next revision."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from models import db, now
from models.contractors import Contractor, ContractorInspection, Evaluation
from services import settings
from services.access import Actor, require
from services.audit import record
from services.contractors import get_contractor
from services.errors import NotFound, Problems, ValidationError
from services.money import CENT, ZERO, add_months, cents, month_start

HUNDREDTH = Decimal("0.01")
GRADES = ("full", "mid", "low")


@dataclass(frozen=True)
class GradeRule:
    """The site's rule: at or above full_mark full fee; at or above pass_mark the mid deduction; below it the low
    deduction and a written warning; review_months in a row below pass_mark flag the contract."""

    full_mark: Decimal = Decimal(90)
    pass_mark: Decimal = Decimal(80)
    mid_rate: Decimal = Decimal(5)  # percent of the monthly fee
    low_rate: Decimal = Decimal(10)
    serious_penalty: Decimal = Decimal(500)  # yuan per serious non-conformity
    review_months: int = 3


def site_rule(site_id: int) -> GradeRule:
    def get(key: str) -> Decimal:
        return Decimal(int(settings.get(site_id, f"contractors.{key}")))

    return GradeRule(get("full_mark"), get("pass_mark"), get("mid_deduction"), get("low_deduction"),
                     get("serious_penalty"), int(settings.get(site_id, "contractors.review_months")))


def grade_of(score: Decimal, rule: GradeRule) -> tuple[str, Decimal, bool]:
    """(grade, deduction percent, written warning) of a score; Decimal, so 89.99 is below 90 and 80 is not below
    80."""
    if score >= rule.full_mark:
        return "full", Decimal(0), False
    if score >= rule.pass_mark:
        return "mid", rule.mid_rate, False
    return "low", rule.low_rate, True


@dataclass(frozen=True)
class FeeSettlement:
    base_fee: Decimal
    deduction_rate: Decimal
    deduction: Decimal
    serious: int
    penalty: Decimal
    fee: Decimal


def settle_fee(base_fee: Decimal, rate: Decimal, serious: int, rule: GradeRule) -> FeeSettlement:
    """The fee after the grade's deduction (to the fen, half up) and the penalties; never below zero."""
    deduction = (base_fee * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    penalty = (rule.serious_penalty * serious).quantize(CENT)
    fee = max(ZERO, base_fee - deduction - penalty).quantize(CENT)
    return FeeSettlement(base_fee.quantize(CENT), rate.quantize(HUNDREDTH), deduction, serious, penalty, fee)


def _month_end(month: dt.date) -> dt.date:
    return add_months(month, 1) - dt.timedelta(days=1)


def month_scores(contractor_id: int, month: dt.date) -> tuple[int, Decimal | None, int]:
    """(inspections, mean score to the hundredth half up, serious non-conformities) of a contractor's month."""
    query = ContractorInspection.select(ContractorInspection.score, ContractorInspection.serious).where(
        (ContractorInspection.contractor == contractor_id)
        & ContractorInspection.day.between(month, _month_end(month)))
    scores = [(Decimal(str(i.score)).quantize(HUNDREDTH), i.serious) for i in query]
    if not scores:
        return 0, None, 0
    mean = (sum(s for s, _ in scores) / len(scores)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    return len(scores), mean, sum(n for _, n in scores)


def _latest(contractor_id: int, month: dt.date) -> Evaluation | None:
    return (Evaluation.select().where((Evaluation.contractor == contractor_id) & (Evaluation.month == month))
            .order_by(Evaluation.revision.desc()).first())


def _below_in_a_row(contractor_id: int, month: dt.date, score: Decimal, rule: GradeRule) -> bool:
    """This month and the review_months-1 before it all below the pass mark (each by its latest revision)."""
    if score >= rule.pass_mark:
        return False
    for n in range(1, rule.review_months):
        before = _latest(contractor_id, add_months(month, -n))
        if before is None or before.score is None or Decimal(str(before.score)) >= rule.pass_mark:
            return False
    return True


def _figures(contractor, month: dt.date, rule: GradeRule) -> dict:
    count, score, serious = month_scores(contractor.id, month)
    if score is None:
        raise ValidationError("month", "contractor.no_inspections")
    grade, rate, warning = grade_of(score, rule)
    s = settle_fee(cents(contractor.monthly_fee), rate, serious, rule)
    return {"inspections": count, "score": score, "grade": grade, "base_fee": s.base_fee,
            "deduction_rate": s.deduction_rate, "deduction": s.deduction, "serious": serious, "penalty": s.penalty,
            "fee": s.fee, "warning": warning, "review": _below_in_a_row(contractor.id, month, score, rule)}


@dataclass(frozen=True)
class EvaluationView:
    id: int
    version: int
    contractor_id: int
    contractor: str
    service: str
    month: dt.date
    revision: int
    inspections: int
    score: Decimal
    grade: str
    base_fee: Decimal
    deduction_rate: Decimal
    deduction: Decimal
    serious: int
    penalty: Decimal
    fee: Decimal
    warning: bool
    review: bool
    state: str
    signed_by: str
    signed_at: dt.datetime | None
    reason: str

    @property
    def signed(self) -> bool:
        return self.state == "signed"


def _view(e: Evaluation, c: Contractor) -> EvaluationView:
    return EvaluationView(e.id, e.version, c.id, c.name, c.service, e.month, e.revision, e.inspections,
                          Decimal(str(e.score)).quantize(HUNDREDTH), e.grade, cents(e.base_fee),
                          Decimal(str(e.deduction_rate)).quantize(HUNDREDTH), cents(e.deduction), e.serious,
                          cents(e.penalty), cents(e.fee), e.warning, e.review, e.state, e.signed_name or e.signed_by,
                          e.signed_at, e.reason)


def _check_month(month: dt.date, today: dt.date) -> dt.date:
    month = month_start(month)
    if month > month_start(today):
        raise ValidationError("month", "date_future")
    return month


def evaluate_month(contractor_id: int, month: dt.date, *, by: Actor, today: dt.date | None = None) -> EvaluationView:
    """Work out (or work out again) the month's draft evaluation; a signed month is refused — correct it instead."""
    require(by, "contractor.evaluate", entity="contractor", record_id=contractor_id)
    today = today or dt.date.today()
    month = _check_month(month, today)
    contractor = get_contractor(contractor_id, by=by)
    rule = site_rule(by.site_id)
    with db.atomic():
        latest = _latest(contractor_id, month)
        if latest is not None and latest.state == "signed":
            raise ValidationError("month", "contractor.evaluation_signed", revision=latest.revision)
        figures = _figures(contractor, month, rule)
        if latest is None:
            e = Evaluation.create(site=by.site_id, contractor=contractor_id, month=month, revision=1, **figures)
            record(by, "evaluate", "evaluation", e.id, after={"month": month, **figures})
        else:
            # A draft is worked out again in place; the state condition keeps a signed row out of reach.
            Evaluation.update({**figures, "version": Evaluation.version + 1, "updated_at": now()}).where(
                (Evaluation.id == latest.id) & (Evaluation.state == "draft")).execute()
            record(by, "evaluate", "evaluation", latest.id, after={"month": month, **figures})
            e = Evaluation.get_by_id(latest.id)
    return _view(e, Contractor.get_by_id(contractor_id))


def _evaluation(evaluation_id: int, by: Actor) -> Evaluation:
    e = Evaluation.get_or_none((Evaluation.id == evaluation_id) & (Evaluation.site == by.site_id))
    if e is None:
        raise NotFound("evaluation", evaluation_id)
    return e


def sign_off(evaluation_id: int, version: int, *, by: Actor, today: dt.date | None = None) -> EvaluationView:
    """The manager signs the evaluation as shown (at `version`); from then on it is frozen. A review flag raised by
    it is put on the contract."""
    require(by, "contractor.sign", entity="evaluation", record_id=evaluation_id)
    today = today or dt.date.today()
    e = _evaluation(evaluation_id, by)
    problems = Problems()
    if e.state == "signed":
        problems.add("state", "contractor.evaluation_signed", revision=e.revision)
    elif _month_end(e.month) >= today:
        problems.add("month", "contractor.month_not_over")
    elif e.version != version:
        problems.add("state", "contractor.evaluation_outdated")
    problems.raise_if_any()
    contractor = Contractor.get_by_id(e.contractor_id)
    stored = {k: getattr(e, k) for k in ("inspections", "serious")}
    fresh = _figures(contractor, e.month, site_rule(by.site_id))
    if stored != {k: fresh[k] for k in stored} or Decimal(str(e.score)) != fresh["score"] \
            or cents(e.fee) != fresh["fee"]:
        # Inspections or the rule changed since it was worked out: the manager must see the new figures first.
        raise ValidationError("state", "contractor.evaluation_outdated")
    with db.atomic():
        if not Evaluation.update(state="signed", signed_by=by.username, signed_name=by.full_name, signed_at=now(),
                                 version=Evaluation.version + 1).where(
                (Evaluation.id == e.id) & (Evaluation.state == "draft") & (Evaluation.version == version)).execute():
            raise ValidationError("state", "contractor.evaluation_outdated")
        record(by, "sign", "evaluation", e.id, before={"state": "draft"},
               after={"state": "signed", "score": e.score, "fee": e.fee})
        if e.review and not contractor.review_flag:
            Contractor.update(review_flag=True, review_since=e.month).where(Contractor.id == contractor.id).execute()
            record(by, "flag_review", "contractor", contractor.id, after={"review_flag": True, "month": e.month})
    return _view(Evaluation.get_by_id(e.id), Contractor.get_by_id(contractor.id))


def correct_evaluation(evaluation_id: int, reason: str, *, by: Actor) -> EvaluationView:
    """A correction of a signed month: the next revision, worked out afresh as a draft, with the reason; the signed
    one stays as it was signed."""
    require(by, "contractor.evaluate", entity="evaluation", record_id=evaluation_id)
    e = _evaluation(evaluation_id, by)
    problems = Problems()
    reason = problems.text("reason", reason, 1000, required=True)
    latest = _latest(e.contractor_id, e.month)
    if e.state != "signed" or latest.id != e.id:
        problems.add("reason", "contractor.correct_signed_only")
    problems.raise_if_any()
    contractor = Contractor.get_by_id(e.contractor_id)
    figures = _figures(contractor, e.month, site_rule(by.site_id))
    with db.atomic():
        new = Evaluation.create(site=by.site_id, contractor=contractor.id, month=e.month, revision=e.revision + 1,
                                reason=reason, **figures)
        record(by, "correct", "evaluation", new.id, before={"revision": e.revision, "score": e.score, "fee": e.fee},
               after={"revision": new.revision, **figures}, note=reason)
    return _view(new, contractor)


def latest_evaluation(contractor_id: int, month: dt.date, *, by: Actor) -> EvaluationView | None:
    require(by, "contractor.view")
    contractor = Contractor.get_or_none((Contractor.id == contractor_id) & (Contractor.site == by.site_id))
    if contractor is None:
        raise NotFound("contractor", contractor_id)
    e = _latest(contractor_id, month_start(month))
    return _view(e, contractor) if e else None


def evaluation_revisions(contractor_id: int, month: dt.date, *, by: Actor) -> list[EvaluationView]:
    """Every recorded revision of the month, newest first."""
    require(by, "contractor.view")
    contractor = Contractor.get_or_none((Contractor.id == contractor_id) & (Contractor.site == by.site_id))
    if contractor is None:
        raise NotFound("contractor", contractor_id)
    query = (Evaluation.select().where((Evaluation.contractor == contractor_id)
                                       & (Evaluation.month == month_start(month)))
             .order_by(Evaluation.revision.desc()))
    return [_view(e, contractor) for e in query]


def get_evaluation(evaluation_id: int, *, by: Actor) -> EvaluationView:
    require(by, "contractor.view")
    e = _evaluation(evaluation_id, by)
    return _view(e, Contractor.get_by_id(e.contractor_id))


@dataclass(frozen=True)
class TrendPoint:
    month: dt.date
    score: Decimal | None  # None: no inspection that month
    signed: bool


def trend(contractor_id: int, last_month: dt.date, *, by: Actor, months: int = 12) -> list[TrendPoint]:
    """The contractor's score over `months` months ending with `last_month`: the evaluation where there is one,
    else the month's inspections as they stand."""
    require(by, "contractor.view")
    get_contractor(contractor_id, by=by)
    first = add_months(month_start(last_month), -(months - 1))
    latest: dict[dt.date, Evaluation] = {}
    for e in (Evaluation.select().where((Evaluation.contractor == contractor_id) & (Evaluation.month >= first)
                                        & (Evaluation.month <= month_start(last_month)))
              .order_by(Evaluation.revision)):
        latest[e.month] = e
    live = {}
    # Months are grouped here rather than in SQL (dates differ between SQLite and PostgreSQL): a contractor's
    # year of rounds is a few hundred rows.
    for d, s in (ContractorInspection.select(ContractorInspection.day, ContractorInspection.score)
                 .where((ContractorInspection.contractor == contractor_id)
                        & ContractorInspection.day.between(first, _month_end(month_start(last_month)))).tuples()):
        live.setdefault(month_start(d), []).append(Decimal(str(s)))
    points = []
    for n in range(months):
        m = add_months(first, n)
        if m in latest:
            points.append(TrendPoint(m, Decimal(str(latest[m].score)).quantize(HUNDREDTH), latest[m].state == "signed"))
        elif m in live:
            mean = (sum(live[m]) / len(live[m])).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
            points.append(TrendPoint(m, mean, False))
        else:
            points.append(TrendPoint(m, None, False))
    return points


@dataclass(frozen=True)
class MonthRow:
    contractor_id: int
    contractor: str
    service: str
    inspections: int
    score: Decimal | None
    evaluation: EvaluationView | None
    review_flag: bool


def month_overview(month: dt.date, *, by: Actor) -> list[MonthRow]:
    """Every contractor whose contract runs in the month: its inspections so far and its evaluation, if any."""
    require(by, "contractor.view")
    month = month_start(month)
    query = (Contractor.select()
             .where((Contractor.site == by.site_id) & (Contractor.contract_start <= _month_end(month))
                    & (Contractor.contract_end >= month)).order_by(Contractor.service, Contractor.name))
    rows = []
    for c in query:
        count, score, _ = month_scores(c.id, month)
        e = _latest(c.id, month)
        rows.append(MonthRow(c.id, c.name, c.service, count, score, _view(e, c) if e else None, c.review_flag))
    return rows


@dataclass(frozen=True)
class ContractorScore:
    """One contractor over a range of days: its inspections, their mean score and pass rate, and the monthly
    evaluations (latest revision) of the months the range touches."""

    contractor_id: int
    contractor: str
    service: str
    inspections: int
    mean: Decimal | None  # to the hundredth, half up, as the evaluation rounds
    passed: int  # inspections scoring at least the pass mark
    nonconformities: int
    serious: int
    evaluations: tuple[tuple[dt.date, Decimal | None, str, str], ...]  # (month, score, grade, state)

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.inspections if self.inspections else None


def contractor_scores(site_id: int, start: dt.date, end: dt.date) -> list[ContractorScore]:
    """Every contractor whose contract runs in [start, end], with its figures there; grouped queries only."""
    from peewee import Case, fn

    rule = site_rule(site_id)
    i = ContractorInspection
    passed_one = Case(None, [(i.score >= rule.pass_mark, 1)], 0)
    query = (i.select(i.contractor, fn.COUNT(i.id), fn.SUM(i.score), fn.SUM(passed_one), fn.SUM(i.nonconformities),
                      fn.SUM(i.serious))
             .where((i.site == site_id) & (i.day >= start) & (i.day <= end)).group_by(i.contractor))
    stats = {cid: (n, total, int(passed or 0), int(nc or 0), int(serious or 0))
             for cid, n, total, passed, nc, serious in query.tuples()}
    latest = (Evaluation.select(Evaluation.contractor, Evaluation.month, fn.MAX(Evaluation.revision).alias("rev"))
              .where((Evaluation.site == site_id) & (Evaluation.month >= month_start(start))
                     & (Evaluation.month <= end))
              .group_by(Evaluation.contractor, Evaluation.month).alias("latest"))
    evaluations: dict[int, list] = {}
    for e in (Evaluation.select(Evaluation.contractor, Evaluation.month, Evaluation.score, Evaluation.grade,
                                Evaluation.state)
              .join(latest, on=((Evaluation.contractor == latest.c.contractor_id)
                                & (Evaluation.month == latest.c.month) & (Evaluation.revision == latest.c.rev)))
              .order_by(Evaluation.month)):
        score = None if e.score is None else Decimal(str(e.score)).quantize(HUNDREDTH)
        evaluations.setdefault(e.contractor_id, []).append((e.month, score, e.grade, e.state))
    out = []
    for c in (Contractor.select().where((Contractor.site == site_id) & (Contractor.contract_start <= end)
                                        & ((Contractor.contract_end >= start) | Contractor.id.in_(list(stats) or [0])))
              .order_by(Contractor.service, Contractor.name)):
        n, total, passed, nc, serious = stats.get(c.id, (0, None, 0, 0, 0))
        mean = (Decimal(str(total)) / n).quantize(HUNDREDTH, rounding=ROUND_HALF_UP) if n else None
        out.append(ContractorScore(c.id, c.name, c.service, n, mean, passed, nc, serious,
                                   tuple(evaluations.get(c.id, ()))))
    return out
