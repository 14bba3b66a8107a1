"""Move-out (退租 / 迁出): request, arrears check, inspection against the move-in, keys back, goods pass,
deposit settlement; the unit back to vacant, the tenant kept in the registry as moved out (SPEC §2).

Arrears block every step after the request unless a manager overrides them with a written reason; the
rule is checked here (`_arrears_clear`), so no screen can get round it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from models import Key, MoveIn, MoveOut, Tenant, TenantUnit, db, now
from services import keys
from services.access import Actor, require
from services.audit import record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.goods import PassInput, issue_pass
from services.move_fields import active_tenant, holds, unit_by_code
from services.move_in import InspectionRow
from services.moves import (
    MOVE_OUT_STEPS,
    ChargeRow,
    MeterInput,
    MeterRow,
    StepRow,
    add_charge,
    arrears_of,
    cancel_move,
    cents,
    charges_of,
    check_meters,
    log_step,
    meters_of,
    money,
    move_out_blocker,
    refuse_if_stale,
    refuse_unless_step,
    set_unit_state,
    steps_of,
    today,
    write_meters,
)
from services.records import save_versioned

KIND = "out"


@dataclass
class MoveOutInput:
    tenant_id: int | None = None
    unit_code: str = ""
    planned_on: dt.date | None = None
    reason: str = ""
    arrears: str | Decimal = "0"  # what the tenant owes as the desk knows it (until the fees area tells)


@dataclass
class DamageInput:
    item: str = ""
    charge: str | Decimal = ""


@dataclass
class OutInspectionInput:
    damages: list[DamageInput] = field(default_factory=list)
    meters: MeterInput = field(default_factory=MeterInput)
    note: str = ""


@dataclass
class LostKey:
    key_id: int
    charge: str | Decimal = ""


@dataclass
class KeysBackInput:
    person: str = ""
    condition: str = "good"
    signature: bytes | None = None
    lost: list[LostKey] = field(default_factory=list)


@dataclass(frozen=True)
class Deduction:
    category: str
    item: str
    amount: Decimal


@dataclass(frozen=True)
class Settlement:
    deposit: Decimal
    deductions: list[Deduction]
    total: Decimal
    balance: Decimal  # negative: the tenant still owes this much


@dataclass(frozen=True)
class MoveOutDetail:
    id: int
    version: int
    tenant_id: int
    tenant: str
    unit: str
    planned_on: dt.date
    reason: str
    step: str
    state: str
    arrears: Decimal
    override_by: str
    override_reason: str
    blocker: str
    blocker_params: dict
    deposit: Decimal | None
    key_slip_no: str
    completed_at: dt.datetime | None
    steps: list[StepRow]
    meters: list[MeterRow]
    move_in_meters: list[MeterRow]
    move_in_inspection: list[InspectionRow]
    charges: list[ChargeRow]
    keys_held: list[keys.OutRow]
    passes: list[str]


def _get(move_id: int, by: Actor) -> MoveOut:
    move = MoveOut.get_or_none((MoveOut.id == move_id) & (MoveOut.site == by.site_id))
    if move is None:
        raise NotFound("move_out", move_id)
    return move


def _mark_posted_by_keys(charge_id: int, lost_movement_id: int) -> None:
    """A tenant's lost key is posted to the fees ledger by the keys area: note it on the move's charge."""
    from models.fees import Charge
    from models.moves import MoveCharge

    posted = Charge.get_or_none((Charge.source == "key-lost") & (Charge.source_id == lost_movement_id))
    if posted is not None:
        MoveCharge.update(posted_ref=f"charge:{posted.id}").where(MoveCharge.id == charge_id).execute()


def _owed(move: MoveOut) -> Decimal:
    """What the tenant owes apart from this move-out's own damages and lost keys that are already on the fees
    ledger (the settlement lists those as their own lines, so they are not counted twice)."""
    from models.moves import MoveCharge

    on_ledger = sum((c.amount for c in MoveCharge.select().where(
        (MoveCharge.move_kind == KIND) & (MoveCharge.move_id == move.id) & (MoveCharge.posted_ref != ""))),
        Decimal("0.00"))
    return max(arrears_of(move.tenant_id) - on_ledger, cents(move.arrears_declared), Decimal("0.00"))


def _arrears_clear(move: MoveOut) -> None:
    """THE RULE: arrears block the move-out unless a manager has overridden them."""
    owed = _owed(move)
    if owed > 0 and not move.override_by:
        raise ValidationError("arrears", "move.arrears_block", amount=f"{owed:.2f}")


def _open(move_id: int, step: str, by: Actor, version: int | None = None) -> MoveOut:
    require(by, "move.edit", entity="move_out", record_id=move_id)
    move = _get(move_id, by)
    if move.state != "open":
        raise ValidationError("step", f"move.state_{move.state}")
    _arrears_clear(move)
    if version is not None:
        refuse_if_stale(type(move), move, version)
    refuse_unless_step(move.step, step)
    return move


def _advance(move: MoveOut, version: int, changes: dict, step: str, by: Actor, note: str = "") -> int:
    following = MOVE_OUT_STEPS[MOVE_OUT_STEPS.index(step) + 1]
    new_version = save_versioned(MoveOut, move.id, version, {**changes, "step": following}, by=by)
    log_step(by.site_id, KIND, move.id, step, by, note)
    record(by, f"step_{step}", "move_out", move.id, before={"step": step}, after={"step": following, **changes},
           note=note)
    return new_version


def request_move_out(data: MoveOutInput, *, by: Actor) -> int:
    """Record a move-out request with its planned date and the arrears known; return its id."""
    require(by, "move.edit")
    problems = Problems()
    tenant = active_tenant(problems, by.site_id, data.tenant_id)
    code, unit = unit_by_code(problems, by.site_id, data.unit_code)
    if unit is not None and tenant is not None:
        if not holds(tenant, unit):
            problems.add("unit", "goods.unit_not_held", unit=code)
        elif MoveOut.select().where((MoveOut.unit == unit) & (MoveOut.state == "open")).exists():
            problems.add("unit", "move.unit_in_progress", unit=code)
    if data.planned_on is None:
        problems.add("planned_on", "required")
    elif not (today() - dt.timedelta(days=30) <= data.planned_on <= today() + dt.timedelta(days=366)):
        problems.add("planned_on", "date_range")
    reason = problems.text("reason", data.reason, 500)
    arrears = money(problems, "arrears", data.arrears) or Decimal("0.00")
    problems.raise_if_any()
    move_in = (MoveIn.select().where((MoveIn.tenant == tenant) & (MoveIn.unit == unit) & (MoveIn.state == "done"))
               .order_by(MoveIn.id.desc()).first())
    with db.atomic():
        move = MoveOut.create(site=by.site_id, tenant=tenant, unit=unit, move_in=move_in, planned_on=data.planned_on,
                              reason=reason, arrears_declared=arrears, step="arrears")
        log_step(by.site_id, KIND, move.id, "request", by, reason)
        record(by, "create", "move_out", move.id, after=snapshot(move))
        if arrears_of(tenant.id) == 0:
            _advance(move, move.version, {}, "arrears", by, "无欠费")
    return move.id


def update_arrears(move_id: int, amount: str | Decimal, *, version: int, by: Actor) -> int:
    """The desk corrects what the tenant owes (e.g. paid at the counter); when nothing is owed the move-out
    goes on to the inspection."""
    require(by, "move.edit", entity="move_out", record_id=move_id)
    move = _get(move_id, by)
    refuse_unless_step(move.step, "arrears")
    problems = Problems()
    value = money(problems, "arrears", amount, required=True)
    problems.raise_if_any()
    with db.atomic():
        new_version = save_versioned(MoveOut, move.id, version, {"arrears_declared": value}, by=by)
        record(by, "arrears", "move_out", move.id, before={"arrears": str(move.arrears_declared)},
               after={"arrears": str(value)})
        if arrears_of(move.tenant_id) == 0:
            new_version = _advance(_get(move_id, by), new_version, {}, "arrears", by, "欠费已结清")
        return new_version


def override_arrears(move_id: int, reason: str, *, version: int, by: Actor) -> int:
    """A manager lets the move-out go on despite arrears, with a written reason (anyone else is refused
    and the refusal audited)."""
    require(by, "move.override", entity="move_out", record_id=move_id)
    move = _get(move_id, by)
    if move.state != "open":
        raise ValidationError("step", f"move.state_{move.state}")
    refuse_unless_step(move.step, "arrears")
    problems = Problems()
    text = problems.text("override_reason", reason, 500, required=True)
    if text and len(text) < 4:
        problems.add("override_reason", "move.reason_short")
    problems.raise_if_any()
    owed = arrears_of(move.tenant_id)
    with db.atomic():
        return _advance(move, version, {"override_by": by.full_name, "override_reason": text}, "arrears", by,
                        f"欠费 {owed:.2f} 元经批准放行：{text}")


def record_out_inspection(move_id: int, data: OutInspectionInput, *, version: int, by: Actor) -> int:
    """Step 2: the joint inspection against the move-in record: damages with charges, final meter readings."""
    move = _open(move_id, "inspection", by, version)
    problems = Problems()
    damages = []
    for i, d in enumerate(data.damages):
        if not str(d.item).strip() and not str(d.charge).strip():
            continue
        item = problems.text(f"damages[{i}].item", d.item, 120, required=True)
        charge = money(problems, f"damages[{i}].charge", d.charge, required=True)
        damages.append((item, charge))
    readings = check_meters(problems, data.meters)
    note = problems.text("note", data.note, 500)
    problems.raise_if_any()
    with db.atomic():
        new_version = _advance(move, version, {}, "inspection", by, note or f"查验发现损坏 {len(damages)} 项")
        for item, charge in damages:
            add_charge(by.site_id, move.tenant_id, KIND, move.id, "damage", item, charge, by=by)
        write_meters(by.site_id, KIND, move.id, readings, data.meters, by)
        return new_version


def unit_keys_held(move: MoveOut, by: Actor) -> list[keys.OutRow]:
    """The keys the tenant holds for this unit (or for no unit, e.g. a mailbox without one)."""
    held = keys.keys_of_tenant(move.tenant_id, by=by)
    of_unit = {k for (k,) in Key.select(Key.id).where(Key.id.in_([r.key_id for r in held] or [0])
                                                       & ((Key.unit == move.unit_id) | Key.unit.is_null())).tuples()}
    return [r for r in held if r.key_id in of_unit]


def take_keys_back(move_id: int, data: KeysBackInput, *, version: int, by: Actor) -> int:
    """Step 3: every key issued to the tenant for the unit comes back, or is marked lost with a charge."""
    move = _open(move_id, "keys", by, version)
    held = {r.key_id: r for r in unit_keys_held(move, by)}
    problems = Problems()
    lost = {}
    for i, item in enumerate(data.lost):
        if item.key_id not in held:
            problems.add(f"lost[{i}]", "move.key_not_held")
            continue
        lost[item.key_id] = item.charge
    problems.raise_if_any()
    back = [k for k in held if k not in lost]
    with db.atomic():
        new_version = _advance(move, version, {}, "keys", by, f"{len(back)} back, {len(lost)} lost")
        slip = ""
        if back:
            slip = keys.return_keys(back, keys.ReturnInput(data.person, data.condition, data.signature,
                                                           f"退租 {move.unit.code}"), by=by)
        for key_id, charge in lost.items():
            lost_slip = keys.report_lost(key_id, keys.LostInput(data.person, charge, True, f"退租 {move.unit.code}"),
                                         by=by)
            slip = slip or lost_slip
            from models import KeyMovement

            line = KeyMovement.get((KeyMovement.slip_no == lost_slip) & (KeyMovement.key == key_id))
            charge_id = add_charge(by.site_id, move.tenant_id, KIND, move.id, "key_lost",
                                   f"遗失钥匙 {held[key_id].tag}", line.charge or Decimal("0.00"))
            _mark_posted_by_keys(charge_id, line.id)
        if unit_keys_held(move, by):
            raise ValidationError("keys", "move.keys_still_out")
        MoveOut.update(key_slip_no=slip).where(MoveOut.id == move.id).execute()
        return new_version


def release_goods(move_id: int, data: PassInput, *, version: int, by: Actor) -> tuple[int, str]:
    """Step 4: the goods-release pass for the move; return the new version and the pass number."""
    move = _open(move_id, "goods", by, version)
    data = replace(data, tenant_id=move.tenant_id, move_out_id=move.id, unit_code=data.unit_code or move.unit.code)
    with db.atomic():
        new_version = _advance(move, version, {}, "goods", by)
        pass_no = issue_pass(data, by=by)
        return new_version, pass_no


def settlement_of(move: MoveOut, deposit: Decimal) -> Settlement:
    """The deposit less every deduction: arrears still owed, damages, lost keys."""
    deductions = []
    owed = _owed(move) if move.state == "open" else cents(move.arrears_declared)
    if owed > 0:
        deductions.append(Deduction("arrears", "欠缴费用", owed))
    deductions += [Deduction(c.category, c.item, c.amount) for c in charges_of(KIND, move.id)
                   if c.category in ("damage", "key_lost")]
    total = sum((d.amount for d in deductions), Decimal("0.00"))
    return Settlement(deposit, deductions, total, deposit - total)


def settle(move_id: int, deposit: str | Decimal, *, version: int, by: Actor) -> Settlement:
    """Step 5, the end: the deposit settled with the deductions listed; the tenant gives the unit back (vacant),
    and is kept in the registry as moved out when it holds no other unit."""
    move = _open(move_id, "settlement", by, version)
    problems = Problems()
    amount = money(problems, "deposit", deposit, required=True)
    problems.raise_if_any()
    result = settlement_of(move, amount)
    day = today()
    with db.atomic():
        _advance(move, version, {"deposit": amount, "state": "done", "completed_at": now()}, "settlement", by,
                 f"balance {result.balance:.2f}")
        for d in result.deductions:
            if d.category == "arrears":
                add_charge(by.site_id, move.tenant_id, KIND, move.id, "arrears", d.item, d.amount)
        TenantUnit.update(until=day).where((TenantUnit.tenant == move.tenant_id) & (TenantUnit.unit == move.unit_id)
                                           & TenantUnit.until.is_null()).execute()
        set_unit_state(move.unit, "vacant", by=by, note=f"move_out {move.id}")
        if not TenantUnit.select().where((TenantUnit.tenant == move.tenant_id) & TenantUnit.until.is_null()).exists():
            Tenant.update(status="moved_out", status_reason=f"退租 {move.unit.code} {day}", version=Tenant.version + 1,
                          updated_at=now()).where(Tenant.id == move.tenant_id).execute()
            record(by, "move_out", "tenant", move.tenant_id, before={"status": "active"}, after={"status": "moved_out"})
        log_step(by.site_id, KIND, move.id, "done", by)
    return result


def cancel_move_out(move_id: int, reason: str, *, by: Actor) -> None:
    """Withdraw a move-out request (a supervisor, with a reason)."""
    cancel_move(MoveOut, move_id, reason, by=by)


def get_move_out(move_id: int, *, by: Actor) -> MoveOutDetail:
    from models import GoodsPass, Inspection

    require(by, "move.view")
    m = _get(move_id, by)
    code, params = move_out_blocker(m)
    in_meters, in_inspection = [], []
    if m.move_in_id:
        in_meters = meters_of("in", m.move_in_id)
        in_inspection = [InspectionRow(i.area, i.item, i.ok, i.note) for i in Inspection.select().where(
            (Inspection.move_kind == "in") & (Inspection.move_id == m.move_in_id)).order_by(Inspection.id)]
    passes = [p for (p,) in GoodsPass.select(GoodsPass.pass_no).where(GoodsPass.move_out == m)
              .order_by(GoodsPass.id).tuples()]
    return MoveOutDetail(
        m.id, m.version, m.tenant_id, m.tenant.name, m.unit.code, m.planned_on, m.reason, m.step, m.state,
        arrears_of(m.tenant_id) if m.state == "open" else cents(m.arrears_declared), m.override_by, m.override_reason,
        code, params, cents(m.deposit) if m.deposit is not None else None, m.key_slip_no, m.completed_at,
        steps_of(KIND, m.id), meters_of(KIND, m.id), in_meters,
        in_inspection, charges_of(KIND, m.id), unit_keys_held(m, by) if m.state == "open" else [], passes,
    )
