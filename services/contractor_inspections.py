"""Inspections of contractors' work (巡查): every item of the template revision scored or passed/failed; a
non-conformity (不合格项) with its note and optional photo raises a rectification request (整改要求) with a
deadline, closed only by a passed verifying entry (复查)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from models import db
from models.contractors import (
    Contractor,
    ContractorInspection,
    InspectionResult,
    InspectionTemplate,
    Rectification,
    RectificationCheck,
    TemplateItem,
)
from services import settings
from services.access import Actor, require
from services.audit import record
from services.contractors import get_contractor
from services.errors import NotFound, Problems, ValidationError
from services.numbering import next_number

MAX_PHOTO_BYTES = 5 * 1024 * 1024
TENTH = Decimal("0.1")
HUNDREDTH = Decimal("0.01")


@dataclass
class ItemEntry:
    """One item as entered. A blank score means the standard was met (full points, or 合格 on a pass/fail
    item); on a pass/fail item 1 is 合格 and 0 不合格 (a fail is always a non-conformity)."""

    item_id: int
    score: str = ""
    nonconforming: bool = False
    serious: bool = False
    note: str = ""
    photo: bytes | None = None
    deadline: dt.date | None = None  # of the rectification; the site's default when None


@dataclass
class InspectionInput:
    contractor_id: int | None = None
    template_id: int | None = None  # the revision the form showed
    day: dt.date | None = None
    areas: str = ""
    note: str = ""
    entries: list[ItemEntry] = field(default_factory=list)


def score_of(points_got: Decimal, points_max: Decimal) -> Decimal:
    """An inspection's score of 100, to the hundredth, half up."""
    if points_max <= 0:
        return Decimal("0.00")
    return (points_got * 100 / points_max).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def _given(entry: ItemEntry, item: TemplateItem, problems: Problems, n: int) -> tuple[Decimal, bool]:
    """Points given and whether the item failed outright."""
    top = Decimal(str(item.points)).quantize(TENTH)
    raw = (entry.score or "").strip()
    if item.pass_fail:
        if raw in ("", "1"):
            return top, False
        if raw == "0":
            return Decimal("0.0"), True
        problems.add(f"entries.{n}.score", "contractor.pass_fail")
        return Decimal("0.0"), False
    if not raw:
        return top, False
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = Decimal("-1")
    if not value.is_finite() or value < 0 or value > top or value != value.quantize(TENTH):
        problems.add(f"entries.{n}.score", "contractor.score", maximum=f"{top:g}")
        return Decimal("0.0"), False
    return value.quantize(TENTH), False


def record_inspection(data: InspectionInput, *, by: Actor, today: dt.date | None = None) -> int:
    """Save a round: its results, its score, and a numbered rectification request per non-conformity."""
    require(by, "contractor.inspect", entity="contractor", record_id=data.contractor_id)
    today = today or dt.date.today()
    problems = Problems()
    contractor = None
    if data.contractor_id is None:
        problems.add("contractor_id", "required")
    else:
        contractor = get_contractor(data.contractor_id, by=by)
    template = None
    if data.template_id is not None:
        template = InspectionTemplate.get_or_none((InspectionTemplate.id == data.template_id)
                                                  & (InspectionTemplate.site == by.site_id))
    if template is None or (contractor and template.service != contractor.service):
        problems.add("template_id", "contractor.template_missing")
    if data.day is None:
        problems.add("day", "required")
    elif data.day > today:
        problems.add("day", "date_future")
    elif contractor and not contractor.contract_start <= data.day <= contractor.contract_end:
        problems.add("day", "contractor.outside_contract")
    areas = problems.text("areas", data.areas, 200)
    note = problems.text("note", data.note, 2000)
    problems.raise_if_any()
    items = {i.id: i for i in TemplateItem.select().where(TemplateItem.template == template.id)}
    if sorted(e.item_id for e in data.entries) != sorted(items):
        raise ValidationError("entries", "contractor.items_mismatch")
    default_deadline = data.day + dt.timedelta(days=int(settings.get(by.site_id, "contractors.rectify_days")))
    results, got, top = [], Decimal("0"), Decimal("0")
    for n, entry in enumerate(sorted(data.entries, key=lambda e: items[e.item_id].seq), 1):
        item = items[entry.item_id]
        points, failed = _given(entry, item, problems, n)
        nonconforming = bool(entry.nonconforming or entry.serious or failed)
        text = problems.text(f"entries.{n}.note", entry.note, 500, required=nonconforming)
        if entry.photo is not None and (not nonconforming or len(entry.photo) > MAX_PHOTO_BYTES):
            problems.add(f"entries.{n}.photo", "contractor.photo")
        deadline = entry.deadline or default_deadline
        if nonconforming and deadline < data.day:
            problems.add(f"entries.{n}.deadline", "contractor.deadline_past")
        got += points
        top += Decimal(str(item.points))
        results.append((item, points, nonconforming, bool(entry.serious), text, entry.photo, deadline))
    problems.raise_if_any()
    nonconformities = sum(1 for r in results if r[2])
    with db.atomic():
        inspection = ContractorInspection.create(
            site=by.site_id, number=next_number(by.site_id, "XC", year=data.day.year), contractor=contractor.id,
            template=template.id, day=data.day, username=by.username, full_name=by.full_name, areas=areas, note=note,
            points_got=got, points_max=top, score=score_of(got, top), nonconformities=nonconformities,
            serious=sum(1 for r in results if r[3]))
        for item, points, nonconforming, serious, text, photo, deadline in results:
            result = InspectionResult.create(inspection=inspection.id, item=item.id, points=points,
                                             nonconforming=nonconforming, serious=serious, note=text,
                                             photo=photo if nonconforming else None)
            if nonconforming:
                Rectification.create(site=by.site_id, number=next_number(by.site_id, "WZ", year=data.day.year),
                                     contractor=contractor.id, inspection=inspection.id, result=result.id,
                                     deadline=deadline)
        record(by, "inspect", "contractor", contractor.id,
               after={"inspection": inspection.number, "score": inspection.score, "nonconformities": nonconformities,
                      "template": template.id})
    return inspection.id


# ---- reading back ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class InspectionRow:
    id: int
    number: str
    contractor_id: int
    contractor: str
    service: str
    day: dt.date
    inspector: str
    areas: str
    score: Decimal
    nonconformities: int
    serious: int
    template_revision: int


@dataclass(frozen=True)
class ResultView:
    id: int
    seq: int
    area: str
    item: str
    standard: str
    points_max: Decimal
    pass_fail: bool
    points: Decimal
    nonconforming: bool
    serious: bool
    note: str
    has_photo: bool
    rectification: str  # its number, "" if none
    deadline: dt.date | None
    closed_on: dt.date | None


@dataclass(frozen=True)
class InspectionView:
    row: InspectionRow
    note: str
    points_got: Decimal
    points_max: Decimal
    template_name: str
    results: list[ResultView]


def _inspection_row(i: ContractorInspection, c: Contractor, revision: int) -> InspectionRow:
    return InspectionRow(i.id, i.number, c.id, c.name, c.service, i.day, i.full_name or i.username, i.areas,
                         Decimal(str(i.score)).quantize(HUNDREDTH), i.nonconformities, i.serious, revision)


def list_inspections(*, by: Actor, contractor_id: int | None = None, day_from: dt.date | None = None,
                     day_to: dt.date | None = None, limit: int = 500) -> list[InspectionRow]:
    """Inspections newest first, of one contractor and/or a period."""
    require(by, "contractor.view")
    query = (ContractorInspection.select(ContractorInspection, Contractor, InspectionTemplate.revision)
             .join(Contractor).switch(ContractorInspection).join(InspectionTemplate)
             .where(ContractorInspection.site == by.site_id))
    if contractor_id is not None:
        query = query.where(ContractorInspection.contractor == contractor_id)
    if day_from:
        query = query.where(ContractorInspection.day >= day_from)
    if day_to:
        query = query.where(ContractorInspection.day <= day_to)
    query = query.order_by(ContractorInspection.day.desc(), ContractorInspection.id.desc()).limit(limit)
    return [_inspection_row(i, i.contractor, i.template.revision) for i in query]


def get_inspection(inspection_id: int, *, by: Actor) -> InspectionView:
    require(by, "contractor.view")
    i = ContractorInspection.get_or_none((ContractorInspection.id == inspection_id)
                                         & (ContractorInspection.site == by.site_id))
    if i is None:
        raise NotFound("contractor_inspection", inspection_id)
    rects = {r.result_id: r for r in Rectification.select().where(Rectification.inspection == i.id)}
    results = []
    query = (InspectionResult.select(InspectionResult.id, InspectionResult.points, InspectionResult.nonconforming,
                                     InspectionResult.serious, InspectionResult.note,
                                     InspectionResult.photo.is_null(False).alias("has_photo"), TemplateItem)
             .join(TemplateItem).where(InspectionResult.inspection == i.id).order_by(TemplateItem.seq))
    for r in query:
        it, rect = r.item, rects.get(r.id)
        results.append(ResultView(r.id, it.seq, it.area, it.item, it.standard, Decimal(str(it.points)).quantize(TENTH),
                                  it.pass_fail, Decimal(str(r.points)).quantize(TENTH), r.nonconforming, r.serious,
                                  r.note, bool(r.has_photo), rect.number if rect else "",
                                  rect.deadline if rect else None, rect.closed_on if rect else None))
    t = i.template
    return InspectionView(_inspection_row(i, i.contractor, t.revision), i.note,
                          Decimal(str(i.points_got)).quantize(TENTH), Decimal(str(i.points_max)).quantize(TENTH),
                          t.name, results)


def result_photo(result_id: int, *, by: Actor) -> bytes:
    require(by, "contractor.view")
    r = (InspectionResult.select(InspectionResult.photo).join(ContractorInspection)
         .where((InspectionResult.id == result_id) & (ContractorInspection.site == by.site_id)).first())
    if r is None or r.photo is None:
        raise NotFound("inspection_result", result_id)
    return bytes(r.photo)


# ---- rectifications ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RectificationRow:
    id: int
    number: str
    contractor_id: int
    contractor: str
    inspection: str
    raised_on: dt.date
    raised_by: str
    area: str
    item: str
    note: str
    serious: bool
    deadline: dt.date
    closed_on: dt.date | None
    overdue: bool
    checks: int


@dataclass
class CheckInput:
    passed: bool = True
    note: str = ""
    photo: bytes | None = None
    new_deadline: dt.date | None = None  # a failed check gives the contractor a new deadline


def list_rectifications(*, by: Actor, contractor_id: int | None = None, open_only: bool = True,
                        today: dt.date | None = None) -> list[RectificationRow]:
    """Rectification requests, open ones by deadline (overdue first)."""
    require(by, "contractor.view")
    today = today or dt.date.today()
    query = (Rectification.select(Rectification, Contractor, ContractorInspection, InspectionResult, TemplateItem)
             .join(Contractor).switch(Rectification).join(ContractorInspection)
             .switch(Rectification).join(InspectionResult).join(TemplateItem)
             .where(Rectification.site == by.site_id))
    if contractor_id is not None:
        query = query.where(Rectification.contractor == contractor_id)
    if open_only:
        query = query.where(Rectification.closed_on.is_null())
    query = query.order_by(Rectification.deadline, Rectification.id)
    ids = [r.id for r in query]
    checks: dict[int, int] = {}
    for c in (RectificationCheck.select(RectificationCheck.rectification)
              .where(RectificationCheck.rectification.in_(ids))):
        checks[c.rectification_id] = checks.get(c.rectification_id, 0) + 1
    out = []
    for r in query:
        i, res = r.inspection, r.result
        out.append(RectificationRow(r.id, r.number, r.contractor.id, r.contractor.name, i.number, i.day,
                                    i.full_name or i.username, res.item.area, res.item.item, res.note, res.serious,
                                    r.deadline, r.closed_on, r.closed_on is None and r.deadline < today,
                                    checks.get(r.id, 0)))
    return out


def verify_rectification(rectification_id: int, data: CheckInput, *, by: Actor, today: dt.date | None = None) -> bool:
    """The verifying entry (复查): a pass closes the request, a fail sets a new deadline. Returns whether closed."""
    require(by, "contractor.inspect", entity="rectification", record_id=rectification_id)
    day = today or dt.date.today()
    rect = Rectification.get_or_none((Rectification.id == rectification_id) & (Rectification.site == by.site_id))
    if rect is None:
        raise NotFound("rectification", rectification_id)
    problems = Problems()
    if rect.closed_on is not None:
        problems.add("note", "contractor.rectification_closed", number=rect.number)
    note = problems.text("note", data.note, 500, required=True)
    if data.photo is not None and len(data.photo) > MAX_PHOTO_BYTES:
        problems.add("photo", "contractor.photo")
    if not data.passed:
        if data.new_deadline is None:
            problems.add("new_deadline", "required")
        elif data.new_deadline < day:
            problems.add("new_deadline", "contractor.deadline_past")
    if day < rect.inspection.day:
        problems.add("note", "contractor.check_before_inspection")
    problems.raise_if_any()
    with db.atomic():
        RectificationCheck.create(rectification=rect.id, day=day, username=by.username, full_name=by.full_name,
                                  passed=data.passed, note=note, photo=data.photo,
                                  new_deadline=None if data.passed else data.new_deadline)
        changes = {"closed_on": day} if data.passed else {"deadline": data.new_deadline}
        # Only an open request changes: two desks checking at once cannot both close (or re-date) it.
        if not Rectification.update(changes).where((Rectification.id == rect.id)
                                                   & Rectification.closed_on.is_null()).execute():
            raise ValidationError("note", "contractor.rectification_closed", number=rect.number)
        record(by, "verify", "rectification", rect.id, before={"deadline": rect.deadline},
               after={"passed": data.passed, **changes}, note=note)
    return data.passed


@dataclass(frozen=True)
class CheckRow:
    day: dt.date
    who: str
    passed: bool
    note: str
    new_deadline: dt.date | None


def rectification_checks(rectification_id: int, *, by: Actor) -> list[CheckRow]:
    require(by, "contractor.view")
    query = (RectificationCheck.select().join(Rectification)
             .where((RectificationCheck.rectification == rectification_id) & (Rectification.site == by.site_id))
             .order_by(RectificationCheck.id))
    return [CheckRow(c.day, c.full_name or c.username, c.passed, c.note, c.new_deadline) for c in query]
