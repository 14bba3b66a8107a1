"""Tenant satisfaction surveys (满意度调查): the editable questionnaire (an edit adds a revision), survey rounds that
take a frozen copy of it with the tenants to ask, and the answers typed from the tenants' paper forms — one sheet per
tenant per round, a second entry refused, also when two desks type the same form at once."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from models import Tenant, TenantUnit, Unit, db, now
from models.surveys import (
    QUESTION_KINDS,
    SurveyAnswer,
    SurveyQuestion,
    SurveyRound,
    SurveySheet,
    SurveyTemplate,
    SurveyTemplateQuestion,
)
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems, ValidationError
from services.numbering import next_number
from services.records import of_site

ROUND_KIND = "DC"  # 调查: DC-2026-0001
MAX_QUESTIONS = 60
MAX_CHOICES = 9  # typed as one digit
# The 满意度 scale as printed and shown, 5 first (the order of the paper form).
SCALE = {5: "非常满意", 4: "满意", 3: "一般", 2: "不满意", 1: "非常不满意"}
SATISFIED = 4  # 满意 and 非常满意 count as satisfied
HUNDREDTH = Decimal("0.01")

_S = "scale"
DEFAULT_NAME = "业户满意度调查问卷"
# (section, kind, text, choices) — what a property-management desk asks its tenants twice a year.
DEFAULT_QUESTIONS: list[tuple[str, str, str, str]] = [
    ("前台服务", _S, "前台客服人员的服务态度", ""),
    ("前台服务", _S, "咨询、报事的受理及时性与答复准确性", ""),
    ("前台服务", _S, "访客登记、物品放行等手续办理效率", ""),
    ("保洁", _S, "大堂、电梯厅及走道的清洁", ""),
    ("保洁", _S, "公共卫生间的清洁及耗材补充", ""),
    ("保洁", _S, "垃圾清运及时性", ""),
    ("绿化", _S, "室外绿化的养护", ""),
    ("绿化", _S, "室内花木租摆的效果", ""),
    ("安保", _S, "门岗及巡逻人员的仪容与服务", ""),
    ("安保", _S, "大厦的治安与消防安全管理", ""),
    ("安保", _S, "停车场的车辆秩序管理", ""),
    ("工程维修", _S, "报修后维修人员到场的及时性", ""),
    ("工程维修", _S, "维修质量", ""),
    ("工程维修", _S, "电梯、空调、供水供电等设备运行", ""),
    ("会议室", _S, "会议室预订的便利", ""),
    ("会议室", _S, "会议室设备及会议服务", ""),
    ("投诉处理", _S, "投诉处理的及时性", ""),
    ("投诉处理", _S, "投诉处理的结果", ""),
    ("投诉处理", "choice", "过去半年是否向管理处投诉过", "是\n否"),
    ("总体满意度", _S, "对物业管理服务的总体评价", ""),
    ("总体满意度", "choice", "是否愿意向他人推荐本大厦", "愿意\n不确定\n不愿意"),
    ("意见建议", "text", "您对我们的服务还有哪些意见和建议", ""),
]


# ---- the questionnaire ---------------------------------------------------------------------------------------

@dataclass
class QuestionInput:
    section: str = ""
    kind: str = "scale"
    text: str = ""
    choices: str = ""  # single choice: one option a line


@dataclass(frozen=True)
class QuestionView:
    id: int
    seq: int
    section: str
    kind: str
    text: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class QuestionnaireView:
    id: int
    revision: int
    name: str
    note: str
    username: str
    created_at: dt.datetime
    questions: list[QuestionView]

    def sections(self) -> list[str]:
        return _sections(self.questions)


def _sections(questions) -> list[str]:
    out: list[str] = []
    for q in questions:
        if q.section not in out:
            out.append(q.section)
    return out


def _choices(raw: str) -> tuple[str, ...]:
    return tuple(c for c in raw.split("\n") if c)


def _view(t: SurveyTemplate) -> QuestionnaireView:
    qs = [QuestionView(q.id, q.seq, q.section, q.kind, q.text, _choices(q.choices))
          for q in SurveyTemplateQuestion.select().where(SurveyTemplateQuestion.template == t.id)
          .order_by(SurveyTemplateQuestion.seq)]
    return QuestionnaireView(t.id, t.revision, t.name, t.note, t.username, t.created_at, qs)


def _create(site_id: int, name: str, note: str, username: str, rows: list[tuple[str, str, str, str]]) -> int:
    last = SurveyTemplate.select(fn.MAX(SurveyTemplate.revision)).where(SurveyTemplate.site == site_id).scalar() or 0
    t = SurveyTemplate.create(site=site_id, revision=last + 1, name=name, note=note, username=username)
    SurveyTemplateQuestion.insert_many([{"template": t.id, "seq": n, "section": s, "kind": k, "text": x,
                                         "choices": c} for n, (s, k, x, c) in enumerate(rows, 1)]).execute()
    return t.id


def questionnaire(*, by: Actor) -> QuestionnaireView:
    """The newest revision of the site's questionnaire; a site that never had one starts from the default."""
    require(by, "survey.view")
    t = (SurveyTemplate.select().where(SurveyTemplate.site == by.site_id)
         .order_by(SurveyTemplate.revision.desc()).first())
    if t is None:
        with db.atomic():
            tid = _create(by.site_id, DEFAULT_NAME, "默认问卷", by.username, DEFAULT_QUESTIONS)
            record(by, "create", "survey_template", tid, after={"revision": 1})
        t = SurveyTemplate.get_by_id(tid)
    return _view(t)


def save_questionnaire(name: str, questions: list[QuestionInput], note: str, *, by: Actor,
                       based_on: int | None = None) -> int:
    """Save the edited questionnaire as the next revision; rounds already opened keep their copy.

    `based_on` is the revision the editor opened: if another desk saved one since, the edit is refused."""
    require(by, "survey.edit", entity="survey_template")
    current = questionnaire(by=by)
    problems = Problems()
    if based_on is not None and based_on != current.revision:
        problems.add("questions", "survey.template_changed", revision=current.revision)
    name = problems.text("name", name, 80, required=True)
    note = problems.text("note", note, 500, required=True)
    if not questions:
        problems.add("questions", "survey.empty")
    elif len(questions) > MAX_QUESTIONS:
        problems.add("questions", "too_long", maximum=MAX_QUESTIONS)
    rows = []
    for n, q in enumerate(questions):  # questions[n] is the table's row n+1
        section = problems.text(f"questions[{n}].section", q.section, 40, required=True)
        text = problems.text(f"questions[{n}].text", q.text, 200, required=True)
        if q.kind not in QUESTION_KINDS:
            problems.add(f"questions[{n}].kind", "survey.kind")
        options = [c.strip() for c in (q.choices or "").replace("、", "\n").replace("/", "\n").split("\n")
                   if c.strip()]
        if q.kind == "choice" and not 2 <= len(options) <= MAX_CHOICES:
            problems.add(f"questions[{n}].choices", "survey.choices", maximum=MAX_CHOICES)
        elif any(len(c) > 30 for c in options):
            problems.add(f"questions[{n}].choices", "too_long", maximum=30)
        rows.append((section, q.kind, text, "\n".join(options) if q.kind == "choice" else ""))
    problems.raise_if_any()
    with db.atomic():
        tid = _create(by.site_id, name, note, by.username, rows)
        record(by, "revise", "survey_template", tid,
               after={"revision": current.revision + 1, "questions": len(rows)}, note=note)
    return tid


# ---- rounds --------------------------------------------------------------------------------------------------

@dataclass
class RoundInput:
    name: str = ""
    opened_on: dt.date | None = None
    closes_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class RoundRow:
    id: int
    version: int
    number: str
    name: str
    opened_on: dt.date
    closes_on: dt.date
    state: str
    asked: int
    answered: int
    template_revision: int
    note: str

    @property
    def response_rate(self) -> Decimal | None:
        """Answered sheets per tenant asked, 0–1 to four places (None when nobody was asked)."""
        return None if not self.asked else (Decimal(self.answered) / self.asked).quantize(Decimal("0.0001"),
                                                                                         rounding=ROUND_HALF_UP)


def _holdings(site_id: int) -> dict[int, list[str]]:
    """Each active tenant's current units, codes in order."""
    out: dict[int, list[str]] = {}
    for tu in (TenantUnit.select(TenantUnit.tenant, Unit.code).join(Unit)
               .where((Unit.site == site_id) & TenantUnit.until.is_null()).order_by(Unit.code).objects()):
        out.setdefault(tu.tenant_id, []).append(tu.code)
    return out


def open_round(data: RoundInput, *, by: Actor, today: dt.date | None = None) -> int:
    """Open a round: the questionnaire's newest revision is copied into it, and every active tenant is asked."""
    require(by, "survey.round", entity="survey_round")
    today = today or dt.date.today()
    problems = Problems()
    name = problems.text("name", data.name, 80, required=True)
    note = problems.text("note", data.note, 500)
    if data.opened_on is None:
        problems.add("opened_on", "required")
    elif abs((data.opened_on - today).days) > 366:
        problems.add("opened_on", "date_range")
    if data.closes_on is None:
        problems.add("closes_on", "required")
    elif data.opened_on and data.closes_on < data.opened_on:
        problems.add("closes_on", "survey.closes_before")
    if name and SurveyRound.select().where((SurveyRound.site == by.site_id) & (SurveyRound.name == name)).exists():
        problems.add("name", "survey.name_taken")
    problems.raise_if_any()
    q = questionnaire(by=by)
    tenants = list(Tenant.select(Tenant.id, Tenant.name).where((Tenant.site == by.site_id)
                                                               & (Tenant.status == "active")).order_by(Tenant.id))
    if not tenants:
        raise ValidationError("name", "survey.no_tenants")
    units = _holdings(by.site_id)
    with db.atomic():
        r = SurveyRound.create(site=by.site_id, number=next_number(by.site_id, ROUND_KIND, year=data.opened_on.year),
                               name=name, template=q.id, opened_on=data.opened_on, closes_on=data.closes_on,
                               note=note, username=by.username)
        SurveyQuestion.insert_many([{"round": r.id, "seq": x.seq, "section": x.section, "kind": x.kind,
                                     "text": x.text, "choices": "\n".join(x.choices)} for x in q.questions]).execute()
        SurveySheet.insert_many([{"round": r.id, "tenant": t.id, "tenant_name": t.name,
                                  "units": "、".join(units.get(t.id, []))[:200]} for t in tenants]).execute()
        record(by, "open", "survey_round", r.id, after={"number": r.number, "name": name, "revision": q.revision,
                                                         "tenants": len(tenants)})
    return r.id


def close_round(round_id: int, version: int, *, by: Actor) -> int:
    """Close a round: no more answers are typed into it; its results stand."""
    from services.records import save_versioned

    require(by, "survey.round", entity="survey_round", record_id=round_id)
    r = of_site(SurveyRound, round_id, by)
    if r.state != "open":
        raise ValidationError("state", "survey.round_closed")
    with db.atomic():
        new = save_versioned(SurveyRound, round_id, version, {"state": "closed", "closed_at": now(),
                                                               "closed_by": by.username}, by=by)
        record(by, "close", "survey_round", round_id, before={"state": "open"}, after={"state": "closed"})
    return new


def _round_row(r: SurveyRound, asked: int, answered: int, revision: int) -> RoundRow:
    return RoundRow(r.id, r.version, r.number, r.name, r.opened_on, r.closes_on, r.state, asked, answered, revision,
                    r.note)


def list_rounds(*, by: Actor) -> list[RoundRow]:
    """Every round of the site, newest first, with how many tenants were asked and answered."""
    require(by, "survey.view")
    counts = {row[0]: (row[1], row[2]) for row in
              SurveySheet.select(SurveySheet.round, fn.COUNT(SurveySheet.id), fn.COUNT(SurveySheet.answered_on))
              .join(SurveyRound).where(SurveyRound.site == by.site_id).group_by(SurveySheet.round).tuples()}
    rows = (SurveyRound.select(SurveyRound, SurveyTemplate.revision).join(SurveyTemplate)
            .where(SurveyRound.site == by.site_id).order_by(SurveyRound.opened_on.desc(), SurveyRound.id.desc()))
    return [_round_row(r, *counts.get(r.id, (0, 0)), r.template.revision) for r in rows]


def get_round(round_id: int, *, by: Actor) -> RoundRow:
    found = next((r for r in list_rounds(by=by) if r.id == round_id), None)
    if found is None:
        raise NotFound("survey_round", round_id)
    return found


def previous_round(round_id: int, *, by: Actor) -> RoundRow | None:
    """The round opened before this one (the one its results are compared with), or None."""
    rounds = list_rounds(by=by)
    ids = [r.id for r in rounds]
    if round_id not in ids:
        raise NotFound("survey_round", round_id)
    at = ids.index(round_id)
    return rounds[at + 1] if at + 1 < len(rounds) else None


def round_questions(round_id: int, *, by: Actor) -> list[QuestionView]:
    """The round's frozen questions, in order."""
    require(by, "survey.view")
    of_site(SurveyRound, round_id, by)
    return [QuestionView(q.id, q.seq, q.section, q.kind, q.text, _choices(q.choices))
            for q in SurveyQuestion.select().where(SurveyQuestion.round == round_id).order_by(SurveyQuestion.seq)]


# ---- sheets and answers --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetRow:
    id: int
    round_id: int
    tenant_id: int
    tenant: str
    units: str
    answered_on: dt.date | None
    respondent: str
    phone: str
    entered_by: str
    lowest: int | None
    average: Decimal | None


def sheet_code(round_number: str, tenant_id: int) -> str:
    """What a paper form's QR code carries: the round's number and the tenant (ASCII, scanner-safe)."""
    return f"{round_number}/{tenant_id}"


def _sheet_row(s: SurveySheet) -> SheetRow:
    return SheetRow(s.id, s.round_id, s.tenant_id, s.tenant_name, s.units, s.answered_on, s.respondent, s.phone,
                    s.entered_by, s.lowest, None if s.average is None else Decimal(str(s.average)).quantize(HUNDREDTH))


def round_sheets(round_id: int, *, by: Actor, answered: bool | None = None, text: str = "") -> list[SheetRow]:
    """The tenants asked in a round — all, only those answered, or only those still to answer — by tenant name."""
    require(by, "survey.view")
    of_site(SurveyRound, round_id, by)
    query = SurveySheet.select().where(SurveySheet.round == round_id)
    if answered is not None:
        query = query.where(SurveySheet.answered_on.is_null(not answered))
    if text.strip():
        t = text.strip()
        query = query.where(SurveySheet.tenant_name.contains(t) | SurveySheet.units.contains(t.upper()))
    # By unit, the way the stewards walk the floors; tenants holding no unit now (moved out since) last.
    return [_sheet_row(s) for s in query.order_by(SurveySheet.units == "", SurveySheet.units, SurveySheet.tenant_name)]


def find_sheet(code: str, *, by: Actor) -> SheetRow:
    """The sheet a scanned form's QR code names (`DC-2026-0001/17`), or NotFound."""
    require(by, "survey.view")
    number, _, tenant = code.strip().partition("/")
    r = SurveyRound.get_or_none((SurveyRound.site == by.site_id) & (SurveyRound.number == number.upper()))
    sheet = (SurveySheet.get_or_none((SurveySheet.round == r.id) & (SurveySheet.tenant == int(tenant)))
             if r is not None and tenant.isdigit() else None)
    if sheet is None:
        raise NotFound("survey_sheet", code)
    return _sheet_row(sheet)


def get_sheet(sheet_id: int, *, by: Actor) -> SheetRow:
    require(by, "survey.view")
    s = SurveySheet.select().join(SurveyRound).where((SurveySheet.id == sheet_id)
                                                     & (SurveyRound.site == by.site_id)).first()
    if s is None:
        raise NotFound("survey_sheet", sheet_id)
    return _sheet_row(s)


@dataclass
class SheetInput:
    """One paper form as typed: per question id, the digit of the score or option, or the text written."""

    respondent: str = ""
    phone: str = ""
    answered_on: dt.date | None = None
    answers: dict[int, str] = field(default_factory=dict)


def _answer(q: SurveyQuestion, raw: str, problems: Problems) -> tuple[int | None, int | None, str] | None:
    """(score, choice, text) of one typed answer, None when left blank."""
    raw = (raw or "").strip()
    if not raw:
        return None
    name = f"answers.{q.id}"
    if q.kind == "text":
        return None, None, problems.text(name, raw, 2000)
    top = 5 if q.kind == "scale" else len(_choices(q.choices))
    if not raw.isdigit() or not 1 <= int(raw) <= top:
        problems.add(name, "survey.score" if q.kind == "scale" else "survey.choice", maximum=top)
        return None
    return (int(raw), None, "") if q.kind == "scale" else (None, int(raw), "")


def sheet_average(scores: list[int]) -> Decimal | None:
    """A sheet's average score, to the hundredth, half up."""
    return (Decimal(sum(scores)) / len(scores)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP) if scores else None


def _load_sheet(sheet_id: int, by: Actor) -> SurveySheet:
    sheet = SurveySheet.select(SurveySheet, SurveyRound).join(SurveyRound).where(
        (SurveySheet.id == sheet_id) & (SurveyRound.site == by.site_id)).first()
    if sheet is None:
        raise NotFound("survey_sheet", sheet_id)
    return sheet


def _checked(r: SurveyRound, data: SheetInput, problems: Problems, today: dt.date) -> tuple[str, str, list, list]:
    """The typed form checked against the round's questions: (respondent, phone, answer rows, scores); every
    problem added, raised at the end."""
    respondent = problems.text("respondent", data.respondent, 60)
    phone = problems.text("phone", data.phone, 20)
    if data.answered_on is None:
        problems.add("answered_on", "required")
    elif data.answered_on > today:
        problems.add("answered_on", "date_future")
    elif data.answered_on < r.opened_on:
        problems.add("answered_on", "survey.before_open", opened=r.opened_on.isoformat())
    questions = list(SurveyQuestion.select().where(SurveyQuestion.round == r.id).order_by(SurveyQuestion.seq))
    if set(data.answers) - {q.id for q in questions}:
        raise ValidationError("answers", "survey.questions_changed")
    rows = []
    for q in questions:
        got = _answer(q, data.answers.get(q.id, ""), problems)
        if got is not None:
            rows.append((q, *got))
    if not problems.items and not any(score is not None for _q, score, _c, _t in rows):
        problems.add(f"answers.{questions[0].id}" if questions else "answers", "survey.no_scores")
    problems.raise_if_any()
    return respondent, phone, rows, [score for _q, score, _c, _t in rows if score is not None]


def _insert_answers(sheet_id: int, rows: list) -> None:
    SurveyAnswer.insert_many([{"sheet": sheet_id, "question": q.id, "score": score, "choice": choice, "text": text}
                              for q, score, choice, text in rows]).execute()


def enter_answers(sheet_id: int, data: SheetInput, *, by: Actor, today: dt.date | None = None) -> None:
    """Save a tenant's paper answers. Refused when the sheet was already entered (by this desk or another at the
    same moment: the sheet is claimed by one conditional UPDATE), when the round is closed, or for a bad answer."""
    require(by, "survey.answer", entity="survey_sheet", record_id=sheet_id)
    sheet = _load_sheet(sheet_id, by)
    r = sheet.round
    problems = Problems()
    if r.state != "open":
        problems.add("answered_on", "survey.round_closed")
    if sheet.answered_on is not None:
        problems.add("answered_on", "survey.already_answered", who=sheet.entered_by)
    problems.raise_if_any()
    respondent, phone, rows, scores = _checked(r, data, problems, today or dt.date.today())
    with db.atomic():
        claimed = (SurveySheet.update(answered_on=data.answered_on, respondent=respondent, phone=phone,
                                      entered_by=by.username, entered_at=now(), lowest=min(scores),
                                      average=sheet_average(scores))
                   .where((SurveySheet.id == sheet_id) & SurveySheet.answered_on.is_null()).execute())
        if claimed != 1:  # another desk saved this tenant's form in between
            who = SurveySheet.get_by_id(sheet_id).entered_by
            raise ValidationError("answered_on", "survey.already_answered", who=who)
        _insert_answers(sheet_id, rows)
        record(by, "answer", "survey_sheet", sheet_id,
               after={"round": r.number, "tenant": sheet.tenant_id, "answers": len(rows), "lowest": min(scores)})


def correct_answers(sheet_id: int, data: SheetInput, reason: str, *, by: Actor, today: dt.date | None = None) -> None:
    """A supervisor puts right a form typed wrongly, while the round is open, with a reason; the answers before and
    after are kept in the audit trail."""
    require(by, "survey.correct", entity="survey_sheet", record_id=sheet_id)
    sheet = _load_sheet(sheet_id, by)
    r = sheet.round
    problems = Problems()
    if r.state != "open":
        problems.add("answered_on", "survey.round_closed")
    if sheet.answered_on is None:
        problems.add("answered_on", "survey.not_answered")
    reason = problems.text("reason", reason, 500, required=True)
    respondent, phone, rows, scores = _checked(r, data, problems, today or dt.date.today())
    before = {"answers": sheet_answers(sheet_id, by=by), "respondent": sheet.respondent,
              "answered_on": sheet.answered_on}
    with db.atomic():
        SurveySheet.update(answered_on=data.answered_on, respondent=respondent, phone=phone, lowest=min(scores),
                           average=sheet_average(scores)).where(SurveySheet.id == sheet_id).execute()
        SurveyAnswer.delete().where(SurveyAnswer.sheet == sheet_id).execute()  # the old ones are in the audit
        _insert_answers(sheet_id, rows)
        record(by, "correct", "survey_sheet", sheet_id, before=before,
               after={"answers": sheet_answers(sheet_id, by=by), "respondent": respondent,
                      "answered_on": data.answered_on}, note=reason)


def sheet_answers(sheet_id: int, *, by: Actor) -> dict[int, str]:
    """The answers of a sheet as typed (question id -> digit or text), to show an entered form again."""
    get_sheet(sheet_id, by=by)
    out = {}
    for a in SurveyAnswer.select().where(SurveyAnswer.sheet == sheet_id):
        out[a.question_id] = str(a.score) if a.score is not None else str(a.choice) if a.choice is not None else a.text
    return out
