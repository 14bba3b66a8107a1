"""Completion of a fit-out: the acceptance inspection (竣工验收), the fire acceptance (消防验收) and, months later,
the follow-up inspection (复验) before the deposit is refunded.

Each inspection checks a list of items (the site's lists in settings), each passed or failed with what is to be
put right; it passes only when every item does. A failed inspection is inspected again — a new record pointing
at it, on its failed items only — until it passes. The fit-out's steps stay in services/fitout.TRANSITIONS:
"accept" is refused until both the completion and the fire acceptance have passed (SPEC §3 asks for both), and
"approve_refund" until the follow-up inspection has.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from models import Tenant, db, is_postgres, now
from models.fitout import Fitout, FitoutInspection, FitoutInspectionItem
from services import settings
from services.access import Actor, require
from services.audit import record
from services.errors import Problems, ValidationError
from services.fitout import get_fitout

KINDS = ("completion", "fire", "follow_up")
KIND_NAMES = {"completion": "竣工验收", "fire": "消防验收", "follow_up": "复验"}  # as printed
ACCEPTANCE_KINDS = ("completion", "fire")  # both pass before the fit-out is accepted
KIND_STATES = {"completion": "completion_requested", "fire": "completion_requested", "follow_up": "accepted"}
ITEM_SETTINGS = {"completion": "fitout.completion_items", "fire": "fitout.fire_items",
                 "follow_up": "fitout.follow_up_items"}


@dataclass
class ItemResult:
    item: str
    ok: bool = True
    note: str = ""  # what is to be put right (a failed item needs it)


@dataclass
class InspectionInput:
    kind: str = "completion"
    day: dt.date | None = None
    inspector: str = ""
    results: list[ItemResult] = field(default_factory=list)
    note: str = ""


def default_items(site_id: int, kind: str) -> list[str]:
    """The site's item list of an inspection kind (settings, one item per line or separated by ；)."""
    text = str(settings.get(site_id, ITEM_SETTINGS[kind]))
    return [item.strip()[:100] for item in re.split(r"[\n；;]", text) if item.strip()]


@dataclass(frozen=True)
class ToCheck:
    """What the next inspection of a kind checks: the site's list, or the failed items of the last one."""

    kind: str
    items: list[str]
    retry_of: int | None  # the failed inspection this one inspects again
    passed: bool  # the kind has passed already: nothing left to check


def _latest(fitout_id: int, kind: str) -> FitoutInspection | None:
    return (FitoutInspection.select().where((FitoutInspection.fitout == fitout_id) & (FitoutInspection.kind == kind))
            .order_by(FitoutInspection.id.desc()).first())


def _failed_items(inspection: FitoutInspection) -> list[str]:
    return [i.item for i in FitoutInspectionItem.select().where(
        (FitoutInspectionItem.inspection == inspection) & ~FitoutInspectionItem.ok).order_by(
        FitoutInspectionItem.position)]


def to_check(fitout_id: int, kind: str, *, by: Actor) -> ToCheck:
    get_fitout(fitout_id, by=by)
    if kind not in KINDS:
        raise ValidationError("kind", "required")
    last = _latest(fitout_id, kind)
    if last is None:
        return ToCheck(kind, default_items(by.site_id, kind), None, False)
    if last.passed:
        return ToCheck(kind, [], None, True)
    return ToCheck(kind, _failed_items(last), last.id, False)


def record_inspection(fitout_id: int, data: InspectionInput, *, by: Actor, today: dt.date | None = None) -> int:
    """One inspection with every item it checks answered; returns its id. Refused: the wrong state, an item left
    out or failed without a note, a day in the future (or, for the follow-up, before it is due), a kind that has
    passed already."""
    from services.fitout import follow_up_due

    require(by, "fitout.drawings", entity="fitout", record_id=fitout_id)
    fitout = get_fitout(fitout_id, by=by)
    day = today or dt.date.today()
    problems = Problems()
    if data.kind not in KINDS:
        problems.add("kind", "required")
        problems.raise_if_any()
    if fitout.state != KIND_STATES[data.kind]:
        problems.add("state", "fitout.not_allowed", action=data.kind, state=fitout.state)
        problems.raise_if_any()
    inspector = problems.text("inspector", data.inspector, 60, required=True)
    note = problems.text("inspection_note", data.note, 1000)
    if data.day is None:
        problems.add("day", "required")
    elif data.day > day:
        problems.add("day", "fitout.day_future")
    elif data.kind == "follow_up" and data.day < (follow_up_due(fitout, by.site_id) or data.day):
        problems.add("day", "fitout.follow_up_early", due=follow_up_due(fitout, by.site_id).isoformat())
    with db.atomic():
        if is_postgres():  # two inspectors recording the same inspection at once: one waits, then is refused
            Fitout.select(Fitout.id).where(Fitout.id == fitout_id).for_update().execute()
        plan = to_check(fitout_id, data.kind, by=by)
        if plan.passed:
            problems.add("kind", "fitout.inspection_passed")
        elif not plan.items:  # the site's list emptied in the settings: an inspection of nothing passes nothing
            problems.add("kind", "fitout.no_items")
        answers: dict[str, tuple[bool, str]] = {}
        for n, result in enumerate(data.results):
            if result.item not in plan.items or result.item in answers:
                problems.add("results", "fitout.item_unknown", item=result.item)
                continue
            text = problems.text(f"results[{n}].note", result.note, 200, required=not result.ok)
            answers[result.item] = (bool(result.ok), text)
        left = [item for item in plan.items if item not in answers]
        if left and not plan.passed:
            problems.add("results", "fitout.items_unanswered", count=len(left), item=left[0])
        problems.raise_if_any()
        passed = all(ok for ok, _ in answers.values())
        inspection = FitoutInspection.create(fitout=fitout, kind=data.kind, day=data.day, inspector=inspector,
                                             passed=passed, retry_of=plan.retry_of, note=note,
                                             username=by.username)
        for position, item in enumerate(plan.items, 1):
            ok, text = answers[item]
            FitoutInspectionItem.create(inspection=inspection, position=position, item=item, ok=ok, note=text)
        record(by, "inspect", "fitout", fitout_id, after={
            "inspection": inspection.id, "kind": data.kind, "passed": passed, "retry_of": plan.retry_of,
            "failed": [item for item, (ok, _) in answers.items() if not ok]}, note=note)
    return inspection.id


def not_passed(fitout_id: int, kinds: tuple[str, ...]) -> list[str]:
    """The kinds among `kinds` whose latest inspection has not passed (none yet, or failed)."""
    return [kind for kind in kinds if not ((last := _latest(fitout_id, kind)) and last.passed)]


def require_passed(fitout_id: int, kinds: tuple[str, ...]) -> None:
    """Refuse (one problem per kind, on field `inspection.<kind>`) unless every kind has passed."""
    problems = Problems()
    for kind in not_passed(fitout_id, kinds):
        problems.add(f"inspection.{kind}", f"fitout.{kind}_not_passed")
    problems.raise_if_any()


@dataclass(frozen=True)
class ItemRow:
    item: str
    ok: bool
    note: str


@dataclass(frozen=True)
class InspectionRow:
    id: int
    kind: str
    round: int  # 1 for the first inspection of its kind, 2 for its re-inspection, …
    day: dt.date
    inspector: str
    passed: bool
    retry_of: int | None
    note: str
    items: list[ItemRow]

    @property
    def failed(self) -> list[ItemRow]:
        return [i for i in self.items if not i.ok]


def inspections(fitout_id: int, *, by: Actor) -> list[InspectionRow]:
    """Every inspection of the fit-out in the order recorded, with its items."""
    get_fitout(fitout_id, by=by)
    rows = list(FitoutInspection.select().where(FitoutInspection.fitout == fitout_id).order_by(FitoutInspection.id))
    items: dict[int, list[ItemRow]] = {r.id: [] for r in rows}
    for i in (FitoutInspectionItem.select().where(FitoutInspectionItem.inspection.in_([r.id for r in rows]))
              .order_by(FitoutInspectionItem.inspection, FitoutInspectionItem.position)):
        items[i.inspection_id].append(ItemRow(i.item, i.ok, i.note))
    rounds: dict[str, int] = {}
    out = []
    for r in rows:
        rounds[r.kind] = rounds.get(r.kind, 0) + 1
        out.append(InspectionRow(r.id, r.kind, rounds[r.kind], r.day, r.inspector, r.passed, r.retry_of_id, r.note,
                                 items[r.id]))
    return out


def print_acceptance(fitout_id: int, *, by: Actor) -> bytes:
    """装修竣工验收单: the fit-out and every inspection with its items and results, re-inspections included."""
    from printouts.fitout_acceptance import AcceptanceSheet, InspectionBlock, render_acceptance
    from services.printing import letterhead

    f = get_fitout(fitout_id, by=by)
    rows = inspections(fitout_id, by=by)
    if not rows:
        raise ValidationError("inspection.completion", "fitout.completion_not_passed")
    blocks = [InspectionBlock(
        KIND_NAMES[r.kind] if r.round == 1 else f"{KIND_NAMES[r.kind]}（第 {r.round} 次，复查上次不合格项）",
        r.day, r.inspector, r.passed, [(i.item, i.ok, i.note) for i in r.items], r.note) for r in rows]
    verdict = {kind: not not_passed(fitout_id, (kind,)) for kind in KINDS}
    sheet = AcceptanceSheet(f.number, f.permit_no, f.unit.code, Tenant.get_by_id(f.tenant_id).name,
                            f.contractor_name, f.site_manager, f.permit_start, f.permit_end, blocks,
                            verdict["completion"] and verdict["fire"], now())
    return render_acceptance(sheet, letterhead(by.site_id))
