"""What move-in and move-out share: the papers rule, the step log, meter readings, charges, and the seams.

Seams the lead wires at merge time (one function each, so nothing else changes):
- `_raise_work_order(defect, by=...)`: a defect found at the move-in inspection becomes a rectification work
  order in the requests area (its number on the defect).
- `arrears_of(tenant_id)`: what the tenant owes, from the fees ledger (or a larger figure the desk typed).
- `charges_to_post(site_id)`: the first fees, damages and lost-key charges moves created, for the fees
  area to bill (it stamps `posted_ref` when it has).
"""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import peewee
from peewee import Case, fn

from models import AuditEntry, Defect, MoveCharge, MoveIn, MoveMeter, MoveOut, MoveStep, Tenant, Unit, now
from models.prepared import Prepared, containing, contains, filled, hole, listed, one_of
from services import applicant_papers
from services.access import Actor, require
from services.applicant_papers import APPLICANT_PAPERS, papers_required
from services.errors import Problems, StaleRecord, ValidationError

# Who applies decides the papers (SPEC §1.1): the rule is services/applicant_papers.py, shared with the fit-outs;
# a move-in adds the move-in notice and the lease.
MOVE_IN_PAPERS = ("move_in_notice", "lease")
PAPERS: dict[str, tuple[str, ...]] = {kind: papers_required(kind, MOVE_IN_PAPERS) for kind in APPLICANT_PAPERS}
ALL_PAPERS = ("id_copy", "move_in_notice", "lease", "authorisation", "agent_id", "business_licence")
METERS = ("water", "electricity", "gas")
REQUIRED_METERS = ("water", "electricity")  # gas only where the unit has it
MOVE_IN_STEPS = ("papers", "registration", "inspection", "acceptance", "handover", "done")
MOVE_OUT_STEPS = ("arrears", "inspection", "keys", "goods", "settlement", "done")
CHARGE_CATEGORIES = ("first_fee", "damage", "key_lost", "arrears")
MAX_MONEY = Decimal("10000000")


def cents(value: Decimal | int | float | str | None) -> Decimal:
    """An amount as read back from either database, to the fen (SQLite hands back 123.4 for 123.40)."""
    return Decimal(str(value if value is not None else 0)).quantize(Decimal("0.01"))


def missing_papers(applicant_kind: str, received: list[str] | tuple[str, ...] | set[str]) -> list[str]:
    """The papers the applicant kind requires that are not among those received, in the rule's order."""
    return applicant_papers.missing_papers(applicant_kind, received, MOVE_IN_PAPERS)


def money(problems: Problems, name: str, value: str | Decimal | None, *, required: bool = False,
          code: str = "move.money") -> Decimal | None:
    """An amount typed as `1,234.5`, `¥1234.50` or `1234.5元`: a Decimal to the fen, or a problem."""
    text = str(value if value is not None else "").strip()
    if not text:
        if required:
            problems.add(name, "required")
        return None
    try:
        amount = Decimal(text.replace(",", "").replace("¥", "").replace("￥", "").replace("元", ""))
    except decimal.InvalidOperation:
        amount = Decimal(-1)
    if not amount.is_finite() or amount < 0 or amount > MAX_MONEY:
        problems.add(name, code)
        return None
    return amount.quantize(Decimal("0.01"))


@dataclass
class MeterInput:
    """The meters read at the unit, and the two people who confirmed the figures."""

    water: str | Decimal = ""
    electricity: str | Decimal = ""
    gas: str | Decimal = ""
    tenant_by: str = ""  # the tenant's side confirms by name
    desk_confirmed: bool = False  # the desk's side: the acting clerk ticks that they read it too


@dataclass(frozen=True)
class MeterRow:
    meter: str
    reading: Decimal
    desk_by: str
    tenant_by: str
    at: dt.datetime


def check_meters(problems: Problems, data: MeterInput) -> dict[str, Decimal]:
    readings: dict[str, Decimal] = {}
    for meter in METERS:
        value = money(problems, meter, getattr(data, meter), required=meter in REQUIRED_METERS, code="move.reading")
        if value is not None:
            readings[meter] = value
    problems.text("tenant_by", data.tenant_by, 60, required=True)
    if not data.desk_confirmed:
        problems.add("desk_confirmed", "move.meters_unconfirmed")
    return readings


def write_meters(site_id: int, kind: str, move_id: int, readings: dict[str, Decimal], data: MeterInput,
                 by: Actor) -> None:
    for meter, reading in readings.items():
        MoveMeter.create(site=site_id, move_kind=kind, move_id=move_id, meter=meter, reading=reading,
                            desk_by=by.full_name, tenant_by=data.tenant_by.strip())


def meters_of(kind: str, move_id: int) -> list[MeterRow]:
    order = {m: i for i, m in enumerate(METERS)}
    rows = [MeterRow(m.meter, cents(m.reading), m.desk_by, m.tenant_by, m.at) for m in
            MoveMeter.select().where((MoveMeter.move_kind == kind) & (MoveMeter.move_id == move_id))]
    return sorted(rows, key=lambda r: order.get(r.meter, 9))


def log_step(site_id: int, kind: str, move_id: int, step: str, by: Actor, note: str = "") -> None:
    MoveStep.create(site=site_id, move_kind=kind, move_id=move_id, step=step, by_user=by.user_id,
                    by_name=by.full_name, note=note[:500])


@dataclass(frozen=True)
class StepRow:
    step: str
    at: dt.datetime
    by_name: str
    note: str


def steps_of(kind: str, move_id: int) -> list[StepRow]:
    """Who did each step and when, oldest first."""
    return [StepRow(s.step, s.at, s.by_name, s.note) for s in
            MoveStep.select().where((MoveStep.move_kind == kind) & (MoveStep.move_id == move_id))
            .order_by(MoveStep.at, MoveStep.id)]


# Move charges that go onto the tenant's bill through the fees ledger. The first fee is billed by the
# monthly run itself, a lost key by the keys area, arrears are settled from the deposit: not posted again.
POSTED_TO_FEES = {"damage": "DAMAGE"}


def add_charge(site_id: int, tenant_id: int, kind: str, move_id: int, category: str, item: str,
               amount: Decimal, *, by: Actor | None = None) -> int:
    charge = MoveCharge.create(site=site_id, tenant=tenant_id, move_kind=kind, move_id=move_id, category=category,
                               item=item[:120], amount=amount)
    if by is not None and category in POSTED_TO_FEES and amount > 0:
        from services.fees import post_charge

        posted = post_charge(tenant_id, POSTED_TO_FEES[category], amount, source=f"move-{category}",
                             source_id=charge.id, note=item[:200], by=by)
        MoveCharge.update(posted_ref=f"charge:{posted}").where(MoveCharge.id == charge.id).execute()
    return charge.id


@dataclass(frozen=True)
class ChargeRow:
    id: int
    tenant_id: int
    tenant: str
    move_kind: str
    move_id: int
    category: str
    item: str
    amount: Decimal
    at: dt.datetime
    posted_ref: str


def _charge_rows(query) -> list[ChargeRow]:
    return [ChargeRow(c.id, c.tenant_id, c.tenant.name, c.move_kind, c.move_id, c.category, c.item, cents(c.amount),
                      c.at, c.posted_ref) for c in query]


def charges_of(kind: str, move_id: int) -> list[ChargeRow]:
    """The charges one move created, in the order they arose."""
    return _charge_rows(MoveCharge.select(MoveCharge, Tenant).join(Tenant)
                        .where((MoveCharge.move_kind == kind) & (MoveCharge.move_id == move_id))
                        .order_by(MoveCharge.id))


def charges_to_post(site_id: int) -> list[ChargeRow]:
    """SEAM for the fees area: every charge moves created that has no bill yet (first fees, damages, lost keys,
    arrears settled from a deposit), oldest first."""
    return _charge_rows(MoveCharge.select(MoveCharge, Tenant).join(Tenant)
                        .where((MoveCharge.site == site_id) & (MoveCharge.posted_ref == ""))
                        .order_by(MoveCharge.at, MoveCharge.id))


def _raise_work_order(defect: Defect, *, by: Actor) -> None:
    """A defect found at the move-in inspection becomes a rectification work order (维修工作单) in the requests
    area, in the inspection's own transaction; its number is kept on the defect. An actor who may not take
    requests leaves the defect marked as needing one (listed by `move_in.defects_needing_work_orders`)."""
    from services import requests
    from services.access import allowed

    Defect.update(needs_work_order=True).where(Defect.id == defect.id).execute()
    if not allowed(by, "request.take"):
        return
    move = defect.move_in
    text = f"交楼整改：{defect.area}·{defect.item}：{defect.note}"
    request_id = requests.create_work_order(tenant_id=move.tenant_id, unit_code=move.unit.code, text=text,
                                            source=f"movein:{move.id}/defect:{defect.id}", by=by)
    number = requests.load(request_id, by).work_order_no
    Defect.update(work_order_no=number).where(Defect.id == defect.id).execute()


def arrears_of(tenant_id: int) -> Decimal:
    """What the tenant owes now: the fees ledger's answer (`fees.owed`: unpaid bills, bills not yet issued,
    charges not yet billed, less credit), or more if the desk typed a larger figure at an open move-out
    (arrears known outside the ledger, e.g. from before the desk used Tower Desk)."""
    return arrears_of_tenants(Tenant.get_by_id(tenant_id).site_id, [tenant_id])[tenant_id]


def _declared(tenants: int):
    """The largest arrears typed at an open move-out, per tenant of a list of `tenants` (its size)."""
    return (MoveOut.select(MoveOut.tenant, fn.MAX(MoveOut.arrears_declared))
            .where(one_of(MoveOut.tenant, "tenants", tenants) & (MoveOut.state == "open"))
            .group_by(MoveOut.tenant))


_DECLARED = Prepared(_declared)


def arrears_of_tenants(site_id: int, tenant_ids: list[int]) -> dict[int, Decimal]:
    """`arrears_of` for several tenants of a site in a few grouped queries."""
    from services.fees import owed_by_tenant

    if not tenant_ids:
        return {}
    owed = owed_by_tenant(site_id, tenant_ids)
    size = listed(tenant_ids)
    declared = dict(_DECLARED.rows((size,), **filled("tenants", tenant_ids, size)))
    return {t: _or_declared(owed[t], declared.get(t)) for t in owed}


def _or_declared(owed: Decimal, declared: object) -> Decimal:
    """The ledger's figure, or the largest typed at an open move-out when that is more."""
    return max(owed, Decimal(str(declared or 0))).quantize(Decimal("0.01"))


class MoveRow(NamedTuple):
    """A move in progress, as the list shows it: its current step and what blocks it."""

    kind: str  # in / out
    id: int
    tenant: str
    unit: str
    planned_on: dt.date | None
    step: str
    blocker: str  # a message code, "" when nothing blocks the next step
    blocker_params: dict
    state: str
    updated_at: dt.datetime


def _in_blocker(state: str, step: str, applicant_kind: str, papers: str, open_defects: int) -> tuple[str, dict]:
    if state != "open":
        return "", {}
    if step == "papers":
        missing = missing_papers(applicant_kind, [p for p in papers.split(",") if p])
        return ("move.paper_missing", {"papers": ",".join(missing)}) if missing else ("", {})
    if step == "acceptance":
        return ("move.defects_open", {"count": open_defects}) if open_defects else ("", {})
    return "", {}


def _open_defects(move_in: peewee.Node) -> peewee.Select:
    return Defect.select(fn.COUNT(Defect.id)).where((Defect.move_in == move_in) & Defect.fixed_at.is_null())


def move_in_blocker(move: MoveIn) -> tuple[str, dict]:
    waiting = move.state == "open" and move.step == "acceptance"
    return _in_blocker(move.state, move.step, move.applicant_kind, move.papers,
                       _open_defects(move.id).scalar() if waiting else 0)


def _out_blocker(owed: Decimal, override_by: str) -> tuple[str, dict]:
    if owed > 0 and not override_by:
        return "move.arrears_block", {"amount": f"{owed:.2f}"}
    return "", {}


def move_out_blocker(move: MoveOut, owed: Decimal | None = None) -> tuple[str, dict]:
    """Arrears block a move-out until paid or overridden; `owed` when the caller has it already."""
    if move.state != "open":
        return "", {}
    return _out_blocker(arrears_of(move.tenant_id) if owed is None else owed, move.override_by)


def _move_list(name: str, by_state: bool, by_text: bool, by_tenant: bool, by_unit: bool):
    """Move-ins (`name` in) or move-outs (out) for one shape of the list, with what their blockers need: a
    move-in's papers and, at acceptance, its open defects; a move-out's tenant and override."""
    model = MoveIn if name == "in" else MoveOut
    if name == "in":
        waiting = (MoveIn.state == "open") & (MoveIn.step == "acceptance")
        extra = (MoveIn.applicant_kind, MoveIn.papers, Case(None, [(waiting, _open_defects(MoveIn.id))], 0))
    else:
        typed = MoveOut.alias()  # the largest arrears typed at the tenant's open move-outs, as arrears_of reads
        declared = (typed.select(fn.MAX(typed.arrears_declared))
                    .where((typed.tenant == MoveOut.tenant) & (typed.state == "open")))
        extra = (MoveOut.tenant, MoveOut.override_by, Case(None, [(MoveOut.state == "open", declared)], None))
    query = (model.select(model.id, Tenant.name, Unit.code, model.planned_on, model.step, model.state,
                          model.updated_at, *extra)
             .join(Tenant).switch(model).join(Unit).where(model.site == hole("site")))
    if by_state:
        query = query.where(model.state == hole("state"))
    if by_text:
        query = query.where(contains(Tenant.name, "anywhere") | (Unit.code == hole("upper")))
    if by_tenant:
        query = query.where(model.tenant == hole("tenant"))
    if by_unit:
        query = query.where(Unit.code == hole("unit"))
    return query


_MOVE_LIST = Prepared(_move_list)
_FAR = dt.date(9999, 12, 31)


def _planned_first(row: MoveRow) -> tuple:
    return (row.planned_on or _FAR, row.kind, row.id)


def moves_in_progress(*, by: Actor, text: str = "", kind: str = "", state: str = "open",
                      tenant_id: int | None = None, unit_code: str = "") -> list[MoveRow]:
    """Move-ins and move-outs (open by default), each with its current step and blocker, planned date first;
    of one tenant or one unit when asked."""
    require(by, "move.view")
    rows: list[MoveRow] = []
    needle = (text or "").strip()
    given = {"site": by.site_id, "state": state, "tenant": tenant_id, "unit": unit_code.strip().upper()}
    if needle:
        given["anywhere"], given["upper"] = containing(needle), needle.upper()
    shape = (bool(state), bool(needle), tenant_id is not None, bool(unit_code))
    new = tuple.__new__
    if kind in ("", "in"):
        for m_id, tenant, unit, planned_on, step, m_state, updated_at, applicant_kind, papers, defects in \
                _MOVE_LIST.rows(("in", *shape), **given):
            code, params = _in_blocker(m_state, step, applicant_kind, papers, defects)
            rows.append(new(MoveRow, ("in", m_id, tenant, unit, planned_on, step, code, params, m_state, updated_at)))
    if kind in ("", "out"):
        found = _MOVE_LIST.rows(("out", *shape), **given)
        # A move-out's blocker is its tenant's arrears (arrears_of): the ledger's figures read for all of the
        # list's tenants at once, the typed ones with the list.
        from services.fees import owed_by_tenant

        open_tenants = [m[7] for m in found if m[5] == "open"]
        owed = owed_by_tenant(by.site_id, open_tenants) if open_tenants else {}
        for m_id, tenant, unit, planned_on, step, m_state, updated_at, m_tenant, override_by, declared in found:
            code, params = _out_blocker(_or_declared(owed[m_tenant], declared), override_by) \
                if m_state == "open" else ("", {})
            rows.append(new(MoveRow, ("out", m_id, tenant, unit, planned_on, step, code, params, m_state,
                                      updated_at)))
    return sorted(rows, key=_planned_first)


def move_history(*, by: Actor, tenant_id: int | None = None, unit_code: str = "") -> list[MoveRow]:
    """Every move-in and move-out of a tenant or a unit, whatever its state, newest first (for their history)."""
    rows = moves_in_progress(by=by, state="", tenant_id=tenant_id, unit_code=unit_code)
    return sorted(rows, key=lambda r: (r.updated_at, r.kind, r.id), reverse=True)


@dataclass(frozen=True)
class MoveFigures:
    move_ins_open: int
    move_outs_open: int
    blocked: int
    passes_today: int


def move_figures(*, by: Actor) -> MoveFigures:
    """Counts for the dashboard: moves in progress, how many are blocked, passes valid today."""
    from services.goods import passes_today

    rows = moves_in_progress(by=by)
    return MoveFigures(sum(r.kind == "in" for r in rows), sum(r.kind == "out" for r in rows),
                       sum(bool(r.blocker) for r in rows), passes_today(by=by))


@dataclass(frozen=True)
class MoveCounts:
    """Move-ins and move-outs started (requested) and completed in a range of days, and those cancelled."""

    ins_started: int
    ins_completed: int
    ins_cancelled: int
    outs_started: int
    outs_completed: int
    outs_cancelled: int


def move_counts(site_id: int, start: dt.date, end: dt.date) -> MoveCounts:
    """Counts of a range of days (the reports, the duty log): three indexed counts per kind."""
    from services.periods import bounds

    lo, hi = bounds(start, end)
    out = {}
    for kind, model in (("ins", MoveIn), ("outs", MoveOut)):
        mine = model.select().where(model.site == site_id)
        out[f"{kind}_started"] = mine.where((model.created_at >= lo) & (model.created_at < hi)).count()
        out[f"{kind}_completed"] = mine.where((model.state == "done") & (model.completed_at >= lo)
                                              & (model.completed_at < hi)).count()
        # A cancelled move is never edited again: its last change is the cancelling.
        out[f"{kind}_cancelled"] = mine.where((model.state == "cancelled") & (model.updated_at >= lo)
                                              & (model.updated_at < hi)).count()
    return MoveCounts(**out)


def refuse_if_stale(model, move, version: int) -> None:
    """A desk that opened the record before another desk did a step is told who and when (StaleRecord),
    rather than that its step is out of order."""
    if move.version == version:
        return
    entity = model._meta.table_name
    last = (AuditEntry.select().where((AuditEntry.entity == entity) & (AuditEntry.record_id == move.id))
            .order_by(AuditEntry.id.desc()).first())
    raise StaleRecord(entity, move.id, last.username if last else "", move.updated_at)


def refuse_unless_step(step: str, expected: str | tuple[str, ...]) -> None:
    allowed = (expected,) if isinstance(expected, str) else expected
    if step not in allowed:
        raise ValidationError("step", "move.wrong_step", step=step)


def today() -> dt.date:
    return now().date()


def cancel_move(model, move_id: int, reason: str, *, by: Actor) -> None:
    """Cancel a move-in or withdraw a move-out that will not happen (a supervisor, with a reason)."""
    from models import db
    from services.audit import record
    from services.records import save_versioned

    entity = model._meta.table_name
    require(by, "move.cancel", entity=entity, record_id=move_id)
    move = model.get_or_none((model.id == move_id) & (model.site == by.site_id))
    if move is None:
        from services.errors import NotFound

        raise NotFound(entity, move_id)
    if move.state != "open":
        raise ValidationError("step", f"move.state_{move.state}")
    if not reason.strip():
        raise ValidationError("reason", "required")
    with db.atomic():
        save_versioned(model, move.id, move.version, {"state": "cancelled", "cancel_reason": reason.strip()}, by=by)
        record(by, "cancel", entity, move.id, before={"state": "open"}, after={"state": "cancelled"},
               note=reason.strip())


def set_unit_state(unit: Unit, status: str, *, by: Actor, note: str) -> None:
    """The unit turns occupied (end of a move-in) or vacant (end of a move-out): its state, its door keys'
    kind, and the audit entry, in the caller's transaction."""
    from services.audit import record

    Unit.update(status=status, version=Unit.version + 1, updated_at=now()).where(Unit.id == unit.id).execute()
    relabel_unit_keys(unit.id, vacant=status == "vacant", by=by, note=note)
    record(by, "occupy" if status == "occupied" else "vacate", "unit", unit.id, before={"status": unit.status},
           after={"status": status}, note=note)


def relabel_unit_keys(unit_id: int, *, vacant: bool, by: Actor, note: str) -> int:
    """A unit's door keys become vacant-unit keys when it is given back (they go to the vacant-unit cabinet and
    are the ones lent for viewings), and door keys again when a tenant takes it over; return how many changed."""
    from models import Key
    from services.audit import record

    before, after = ("unit_door", "vacant_unit") if vacant else ("vacant_unit", "unit_door")
    changed_ids = [k for (k,) in Key.select(Key.id).where((Key.unit == unit_id) & (Key.kind == before)).tuples()]
    if changed_ids:
        Key.update(kind=after, version=Key.version + 1, updated_at=now()).where(Key.id.in_(changed_ids)).execute()
        for key_id in changed_ids:
            record(by, "relabel", "key", key_id, before={"kind": before}, after={"kind": after}, note=note)
    return len(changed_ids)
