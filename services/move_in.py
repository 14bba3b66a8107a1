"""Move-in (交楼 / 入驻): one record per tenant and unit walking the steps of SPEC §1, each with who and when.

papers → registration → inspection (checklist and meters) → acceptance (after every defect is fixed)
→ handover (keys through the key register, handbook, drawings, first fee) → done: the papers go on the
tenant's record and the unit turns occupied. Every step is a versioned save: two desks doing the same
step at once, the second is refused (StaleRecord).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from models import APPLICANT_KINDS, Defect, Inspection, MoveIn, Tenant, TenantDocument, TenantUnit, db, now
from services import keys
from services.access import Actor, require
from services.audit import record, snapshot
from services.checklist import checklist
from services.errors import NotFound, Problems, ValidationError
from services.move_fields import active_tenant, holds, phone_field, unit_by_code
from services.moves import (
    ALL_PAPERS,
    ChargeRow,
    MeterInput,
    MeterRow,
    StepRow,
    add_charge,
    cancel_move,
    cents,
    charges_of,
    check_meters,
    log_step,
    meters_of,
    missing_papers,
    money,
    move_in_blocker,
    refuse_if_stale,
    refuse_unless_step,
    set_unit_state,
    steps_of,
    today,
    write_meters,
)
from services.records import save_versioned

KIND = "in"
# A paper received at move-in -> the document type it is archived as on the tenant's record.
ARCHIVE_AS = {"id_copy": "id_copy", "agent_id": "id_copy", "move_in_notice": "move_in_notice", "lease": "lease",
              "authorisation": "authorisation", "business_licence": "business_licence"}


@dataclass
class MoveInInput:
    tenant_id: int | None = None
    unit_code: str = ""
    applicant_kind: str = "own"
    applicant_name: str = ""
    applicant_phone: str = ""
    planned_on: dt.date | None = None
    note: str = ""


@dataclass
class RegistrationInput:
    registration_form: bool = False  # 《住户登记表》 filled in
    agreements_signed: bool = False  # 管理公约 etc. signed
    note: str = ""


@dataclass
class ItemResult:
    item_id: int
    ok: bool = True
    note: str = ""


@dataclass
class InspectionInput:
    results: list[ItemResult] = field(default_factory=list)
    meters: MeterInput = field(default_factory=MeterInput)


@dataclass
class AcceptanceInput:
    reinspected_on: dt.date | None = None
    accepted_by: str = ""  # the tenant's side who signs the acceptance
    note: str = ""


@dataclass
class HandoverInput:
    key_ids: list[int] = field(default_factory=list)
    receiver: str = ""
    phone: str = ""
    signature: bytes | None = None
    handbook_given: bool = False  # 《住户手册》
    drawings_given: bool = False  # utility drawings
    first_fee: str | Decimal = ""
    note: str = ""


@dataclass(frozen=True)
class InspectionRow:
    area: str
    item: str
    ok: bool
    note: str


@dataclass(frozen=True)
class DefectRow:
    id: int
    area: str
    item: str
    note: str
    work_order_no: str
    fixed_at: dt.datetime | None
    fixed_by: str


@dataclass(frozen=True)
class MoveInDetail:
    id: int
    version: int
    tenant_id: int
    tenant: str
    unit: str
    applicant_kind: str
    applicant_name: str
    applicant_phone: str
    planned_on: dt.date | None
    step: str
    state: str
    papers: list[str]
    missing: list[str]
    blocker: str
    blocker_params: dict
    reinspect_on: dt.date | None
    key_slip_no: str
    first_fee: Decimal | None
    completed_at: dt.datetime | None
    note: str
    steps: list[StepRow]
    inspection: list[InspectionRow]
    defects: list[DefectRow]
    meters: list[MeterRow]
    charges: list[ChargeRow]


def _get(move_id: int, by: Actor) -> MoveIn:
    move = MoveIn.get_or_none((MoveIn.id == move_id) & (MoveIn.site == by.site_id))
    if move is None:
        raise NotFound("move_in", move_id)
    return move


def _open(move_id: int, step: str, by: Actor, version: int | None = None) -> MoveIn:
    require(by, "move.edit", entity="move_in", record_id=move_id)
    move = _get(move_id, by)
    if move.state != "open":
        raise ValidationError("step", f"move.state_{move.state}")
    if version is not None:
        refuse_if_stale(type(move), move, version)
    refuse_unless_step(move.step, step)
    return move


def _advance(move: MoveIn, version: int, changes: dict, step: str, by: Actor, note: str = "") -> int:
    """Save the step's fields and the next step in one versioned UPDATE (first, so a losing desk writes
    nothing), log who did the step, audit; return the new version."""
    from services.moves import MOVE_IN_STEPS

    following = MOVE_IN_STEPS[MOVE_IN_STEPS.index(step) + 1]
    new_version = save_versioned(MoveIn, move.id, version, {**changes, "step": following}, by=by)
    log_step(by.site_id, KIND, move.id, step, by, note)
    record(by, f"step_{step}", "move_in", move.id, before={"step": step},
           after={"step": following, **{k: v for k, v in changes.items() if not isinstance(v, bytes)}}, note=note)
    return new_version


def start_move_in(data: MoveInInput, *, by: Actor) -> int:
    """Open a move-in for a tenant and a unit that nobody else holds; return its id."""
    require(by, "move.edit")
    problems = Problems()
    tenant = active_tenant(problems, by.site_id, data.tenant_id)
    code, unit = unit_by_code(problems, by.site_id, data.unit_code)
    if unit is not None:
        holder = (Tenant.select(Tenant.name).join(TenantUnit)
                  .where((TenantUnit.unit == unit) & TenantUnit.until.is_null() & (Tenant.status == "active")
                         & (Tenant.id != (data.tenant_id or 0))).first())
        if holder is not None:
            problems.add("unit", "tenant.unit_taken", unit=code, tenant=holder.name)
        elif MoveIn.select().where((MoveIn.unit == unit) & (MoveIn.state == "open")).exists():
            problems.add("unit", "move.unit_in_progress", unit=code)
    if data.applicant_kind not in APPLICANT_KINDS:
        problems.add("applicant_kind", "move.applicant_kind")
    name = problems.text("applicant_name", data.applicant_name, 60, required=True)
    phone = phone_field(problems, "applicant_phone", data.applicant_phone, required=True)
    note = problems.text("note", data.note, 500)
    if data.planned_on is not None and not (dt.date(2000, 1, 1) <= data.planned_on <= dt.date(2100, 1, 1)):
        problems.add("planned_on", "date_range")
    problems.raise_if_any()
    with db.atomic():
        move = MoveIn.create(site=by.site_id, tenant=tenant, unit=unit, applicant_kind=data.applicant_kind,
                             applicant_name=name, applicant_phone=phone, planned_on=data.planned_on, note=note)
        record(by, "create", "move_in", move.id, after=snapshot(move))
    return move.id


def verify_papers(move_id: int, papers: list[str], *, version: int, by: Actor, note: str = "") -> int:
    """Step 1: the papers seen. Refused while a paper the applicant kind requires is missing."""
    move = _open(move_id, "papers", by, version)
    received = [p for p in ALL_PAPERS if p in set(papers)]
    missing = missing_papers(move.applicant_kind, received)
    if missing:
        raise ValidationError([_missing(p) for p in missing])
    with db.atomic():
        return _advance(move, version, {"papers": ",".join(received)}, "papers", by, note)


def _missing(paper: str):
    from services.errors import FieldProblem

    return FieldProblem(f"papers.{paper}", "move.paper_missing", {"paper": paper})


def record_registration(move_id: int, data: RegistrationInput, *, version: int, by: Actor) -> int:
    """Step 2: the registration form filled in and the agreements signed (both needed)."""
    move = _open(move_id, "registration", by, version)
    problems = Problems()
    if not data.registration_form:
        problems.add("registration_form", "move.registration_form")
    if not data.agreements_signed:
        problems.add("agreements_signed", "move.agreements")
    note = problems.text("note", data.note, 500)
    problems.raise_if_any()
    with db.atomic():
        return _advance(move, version, {}, "registration", by, note)


def record_inspection(move_id: int, data: InspectionInput, *, version: int, by: Actor) -> int:
    """Step 3: every checklist item OK or a defect with a note, and the meters confirmed by both sides.

    Each defect becomes a rectification work order (`services.moves._raise_work_order`).
    """
    from services.moves import _raise_work_order

    move = _open(move_id, "inspection", by, version)
    items = {i.id: i for area in checklist(by=by) for i in area.items}
    problems = Problems()
    answered = {}
    for n, result in enumerate(data.results):
        if result.item_id not in items:
            problems.add(f"results[{n}]", "move.item_unknown")
            continue
        note = problems.text(f"results[{n}].note", result.note, 200, required=not result.ok)
        answered[result.item_id] = (bool(result.ok), note)
    unanswered = [i for i in items if i not in answered]
    if unanswered:
        problems.add("results", "move.items_unanswered", count=len(unanswered), item=items[unanswered[0]].name)
    readings = check_meters(problems, data.meters)
    problems.raise_if_any()
    with db.atomic():
        defects = sum(not ok for ok, _ in answered.values())
        new_version = _advance(move, version, {}, "inspection", by, f"查验发现问题 {defects} 项")
        for item_id, (ok, note) in answered.items():
            item = items[item_id]
            Inspection.create(site=by.site_id, move_kind=KIND, move_id=move.id, area=item.area, item=item.name,
                              ok=ok, note=note)
            if not ok:
                _raise_work_order(Defect.create(site=by.site_id, move_in=move, area=item.area, item=item.name,
                                                note=note), by=by)
        write_meters(by.site_id, KIND, move.id, readings, data.meters, by)
        return new_version


def fix_defect(defect_id: int, *, by: Actor, note: str = "") -> None:
    """A defect's rectification is done (engineering closed its work order)."""
    require(by, "move.edit", entity="defect", record_id=defect_id)
    defect = Defect.get_or_none((Defect.id == defect_id) & (Defect.site == by.site_id))
    if defect is None:
        raise NotFound("defect", defect_id)
    with db.atomic():
        done = (Defect.update(fixed_at=now(), fixed_by=by.full_name)
                .where((Defect.id == defect_id) & Defect.fixed_at.is_null()).execute())
        if done != 1:
            raise ValidationError("defect", "move.defect_fixed")
        record(by, "fix", "defect", defect_id, before={"fixed": False}, after={"fixed": True}, note=note[:500])


def record_acceptance(move_id: int, data: AcceptanceInput, *, version: int, by: Actor) -> int:
    """Step 4: the re-inspection with the tenant (when there were defects, once all are fixed) and the
    tenant's signed acceptance."""
    move = _open(move_id, "acceptance", by, version)
    problems = Problems()
    code, params = move_in_blocker(move)
    if code:
        problems.add("defects", code, **params)
    if data.reinspected_on is None:
        problems.add("reinspected_on", "required")
    elif data.reinspected_on > today():
        problems.add("reinspected_on", "date_future")
    accepted_by = problems.text("accepted_by", data.accepted_by, 60, required=True)
    note = problems.text("note", data.note, 500)
    problems.raise_if_any()
    with db.atomic():
        return _advance(move, version, {"reinspect_on": data.reinspected_on}, "acceptance", by,
                        f"{accepted_by} {note}".strip())


def hand_over(move_id: int, data: HandoverInput, *, version: int, by: Actor) -> int:
    """Step 5, the end: keys through the key register, handbook and drawings, the first fee; the papers go
    on the tenant's record, the tenant holds the unit, and the unit turns occupied."""
    move = _open(move_id, "handover", by, version)
    problems = Problems()
    if not data.handbook_given:
        problems.add("handbook_given", "move.handbook")
    fee = money(problems, "first_fee", data.first_fee, required=True)
    note = problems.text("note", data.note, 500)
    in_cabinet = {k.id for k in keys.unit_keys_in(move.unit.code, by=by)}
    if in_cabinet and not data.key_ids:
        problems.add("keys", "move.keys_none")
    problems.raise_if_any()
    day = today()
    with db.atomic():
        new_version = _advance(move, version, {"first_fee": fee, "completed_at": now(), "state": "done"},
                               "handover", by, note)
        if not holds(move.tenant_id, move.unit_id):
            TenantUnit.create(tenant=move.tenant_id, unit=move.unit_id, since=day)
        slip = ""
        if data.key_ids:
            slip = keys.issue_keys(list(data.key_ids), keys.IssueInput(move.tenant_id, data.receiver, data.phone,
                                                                       data.signature, f"交楼 {move.unit.code}"),
                                   by=by)
        MoveIn.update(key_slip_no=slip).where(MoveIn.id == move.id).execute()
        add_charge(by.site_id, move.tenant_id, KIND, move.id, "first_fee", f"{move.unit.code} 首期物业管理费", fee)
        for paper in [p for p in move.papers.split(",") if p]:
            TenantDocument.create(tenant=move.tenant_id, doc_type=ARCHIVE_AS[paper], received_on=day,
                                  note=f"交楼 {move.unit.code}")
        set_unit_state(move.unit, "occupied", by=by, note=f"move_in {move.id}")
        log_step(by.site_id, KIND, move.id, "done", by)
        return new_version


def cancel_move_in(move_id: int, reason: str, *, by: Actor) -> None:
    """Cancel a move-in that will not happen (a supervisor, with a reason)."""
    cancel_move(MoveIn, move_id, reason, by=by)


def get_move_in(move_id: int, *, by: Actor) -> MoveInDetail:
    require(by, "move.view")
    m = _get(move_id, by)
    papers = [p for p in m.papers.split(",") if p]
    code, params = move_in_blocker(m)
    inspection = [InspectionRow(i.area, i.item, i.ok, i.note) for i in Inspection.select().where(
        (Inspection.move_kind == KIND) & (Inspection.move_id == m.id)).order_by(Inspection.id)]
    defects = [DefectRow(d.id, d.area, d.item, d.note, d.work_order_no, d.fixed_at, d.fixed_by)
               for d in Defect.select().where(Defect.move_in == m).order_by(Defect.id)]
    return MoveInDetail(
        m.id, m.version, m.tenant_id, m.tenant.name, m.unit.code, m.applicant_kind, m.applicant_name,
        m.applicant_phone, m.planned_on, m.step, m.state, papers, missing_papers(m.applicant_kind, papers), code,
        params,
        m.reinspect_on, m.key_slip_no, cents(m.first_fee) if m.first_fee is not None else None, m.completed_at,
        m.note, steps_of(KIND, m.id), inspection,
        defects, meters_of(KIND, m.id), charges_of(KIND, m.id),
    )


def defects_needing_work_orders(*, by: Actor) -> list[DefectRow]:
    """Defects that still wait for a work order number (what the requests area will pick up)."""
    require(by, "move.view")
    return [DefectRow(d.id, d.area, d.item, d.note, d.work_order_no, d.fixed_at, d.fixed_by)
            for d in Defect.select().where((Defect.site == by.site_id) & Defect.needs_work_order
                                           & (Defect.work_order_no == "")).order_by(Defect.id)]
