"""Fit-out (二次装修) approvals: the application, the one transition table, fees through the fees area, the permit.

Every change of state goes through `transition`: the table TRANSITIONS says from which state an action leads
where and which permission (so which roles) it needs; each step is written to FitoutStep with who, when and
the comment, and the state is saved versioned, so two desks moving the same fit-out cannot both succeed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from peewee import Case

from models import Tenant, TenantUnit, Unit, db, is_postgres, now, rare
from models.fitout import Fitout, FitoutInspection, FitoutStep
from models.prepared import Prepared, hole
from services import settings
from services.access import Actor, allowed, require
from services.applicant_papers import check_papers
from services.audit import record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.money import cents, parse_amount
from services.move_fields import phone_field
from services.numbering import next_number
from services.records import save_versioned

STATES = ("draft", "submitted", "desk_review", "drawing_review", "manager_approval", "approved", "fees_paid",
          "permit_issued", "in_progress", "completion_requested", "accepted", "deposit_refunded", "closed",
          "revision", "rejected", "withdrawn", "suspended")
FINAL = ("closed", "rejected", "withdrawn")
OPEN = tuple(s for s in STATES if s not in FINAL)
_REVIEWS = {"desk_review": "fitout.desk", "drawing_review": "fitout.drawings", "manager_approval": "fitout.approve"}


@dataclass(frozen=True)
class Move:
    """Where an action leads from a state, the permission it needs, and whether it needs a comment."""

    to: str
    permission: str
    comment: bool = False


# (state, action) -> Move. The whole flow of SPEC §3 in one place; the permissions' roles are in services/access.py.
TRANSITIONS: dict[tuple[str, str], Move] = {
    ("draft", "submit"): Move("submitted", "fitout.desk"),
    ("submitted", "start_review"): Move("desk_review", "fitout.desk"),
    ("desk_review", "pass_desk"): Move("drawing_review", "fitout.desk"),
    ("drawing_review", "pass_drawings"): Move("manager_approval", "fitout.drawings"),
    ("manager_approval", "approve"): Move("approved", "fitout.approve"),
    **{(state, "send_back"): Move("revision", perm, comment=True) for state, perm in _REVIEWS.items()},
    **{(state, "reject"): Move("rejected", perm, comment=True) for state, perm in _REVIEWS.items()},
    ("revision", "resubmit"): Move("submitted", "fitout.desk"),
    **{(state, "withdraw"): Move("withdrawn", "fitout.desk", comment=True)
       for state in ("draft", "submitted", "desk_review", "drawing_review", "manager_approval", "revision",
                     "approved", "fees_paid")},
    ("approved", "confirm_fees"): Move("fees_paid", "fitout.desk"),
    ("fees_paid", "issue_permit"): Move("permit_issued", "fitout.desk"),
    ("permit_issued", "start_work"): Move("in_progress", "fitout.desk"),
    **{(state, "suspend"): Move("suspended", "fitout.desk", comment=True)
       for state in ("permit_issued", "in_progress")},
    ("suspended", "reinstate"): Move("in_progress", "fitout.reinstate", comment=True),
    **{(state, "extend"): Move(state, "fitout.desk", comment=True) for state in ("permit_issued", "in_progress")},
    ("in_progress", "request_completion"): Move("completion_requested", "fitout.desk"),
    ("completion_requested", "accept"): Move("accepted", "fitout.drawings"),
    ("completion_requested", "fail_acceptance"): Move("in_progress", "fitout.drawings", comment=True),
    ("accepted", "approve_refund"): Move("deposit_refunded", "fitout.approve"),
    ("deposit_refunded", "close"): Move("closed", "fitout.desk"),
}

# What a fit-out in a state waits for, and on whom (the list's "waits for" column).
WAITS_FOR: dict[str, tuple[str, str]] = {
    "draft": ("submit", "fitout.desk"),
    "submitted": ("start_review", "fitout.desk"),
    "desk_review": ("pass_desk", "fitout.desk"),
    "drawing_review": ("pass_drawings", "fitout.drawings"),
    "manager_approval": ("approve", "fitout.approve"),
    "approved": ("confirm_fees", "fitout.desk"),
    "fees_paid": ("issue_permit", "fitout.desk"),
    "permit_issued": ("start_work", "fitout.desk"),
    "in_progress": ("request_completion", "fitout.desk"),
    "completion_requested": ("accept", "fitout.drawings"),
    "accepted": ("approve_refund", "fitout.approve"),
    "deposit_refunded": ("close", "fitout.desk"),
    "revision": ("resubmit", "fitout.desk"),
    "suspended": ("reinstate", "fitout.reinstate"),
}
DEDUCTION_KINDS = ("fine", "damage")


def waits_for(fitout: Fitout) -> tuple[str, str]:
    """What the fit-out waits for now and the permission that does it: WAITS_FOR by its state, except that an
    accepted one waits for engineering's follow-up inspection (复验) before the manager's refund."""
    if fitout.state == "accepted":
        from services.fitout_inspections import not_passed

        if not_passed(fitout.id, ("follow_up",)):
            return "follow_up", "fitout.drawings"
    return WAITS_FOR.get(fitout.state, ("", ""))


# ---------------------------------------------------------------- the application
@dataclass
class FitoutInput:
    unit_code: str = ""
    tenant_id: int | None = None
    applicant_name: str = ""
    applicant_phone: str = ""
    contractor_name: str = ""
    contractor_licence: str = ""
    site_manager: str = ""
    contractor_phone: str = ""
    scope: str = ""
    area: str = ""
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    drawings: str = ""
    structural: bool = False
    hot_work: bool = False
    fire_hvac: bool = False
    authority_letter: str = ""
    insurer: str = ""
    insurance_cover: str = ""
    insurance_expiry: dt.date | None = None
    applicant_kind: str = "own"  # own / agent / company: decides the papers (services/applicant_papers.py)
    papers: list[str] = field(default_factory=list)  # the applicant's papers seen at the desk


def _check(data: FitoutInput, by: Actor) -> dict:
    problems = Problems()
    unit = Unit.get_or_none((Unit.site == by.site_id) & (Unit.code == data.unit_code.strip().upper()))
    if unit is None:
        problems.add("unit_code", "fitout.unit_unknown")
    tenant = Tenant.get_or_none((Tenant.id == (data.tenant_id or 0)) & (Tenant.site == by.site_id)
                                & (Tenant.status == "active"))
    if tenant is None:
        problems.add("tenant_id", "required")
    elif unit is not None and not TenantUnit.select().where(
            (TenantUnit.tenant == tenant) & (TenantUnit.unit == unit) & TenantUnit.until.is_null()).exists():
        problems.add("unit_code", "fitout.unit_not_tenants")
    out = {
        "applicant_name": problems.text("applicant_name", data.applicant_name, 60, required=True),
        "contractor_name": problems.text("contractor_name", data.contractor_name, 120, required=True),
        "contractor_licence": problems.text("contractor_licence", data.contractor_licence, 40),
        "site_manager": problems.text("site_manager", data.site_manager, 60, required=True),
        "scope": problems.text("scope", data.scope, 2000, required=True),
        "drawings": "\n".join(line.strip() for line in (data.drawings or "").splitlines() if line.strip()),
        "authority_letter": problems.text("authority_letter", data.authority_letter, 60),
        "insurer": problems.text("insurer", data.insurer, 60),
        "structural": bool(data.structural), "hot_work": bool(data.hot_work), "fire_hvac": bool(data.fire_hvac),
    }
    for name in ("applicant_phone", "contractor_phone"):
        out[name] = phone_field(problems, name, getattr(data, name), required=name == "contractor_phone")
    # The applicant's papers as at move-in: the ID; an agent also the authorisation letter and their own ID.
    out["applicant_kind"] = data.applicant_kind
    out["papers"] = check_papers(problems, data.applicant_kind, data.papers or [])
    area = parse_amount(data.area)
    if area is None or area <= 0:
        problems.add("area", "fitout.area")
    out["area"] = area
    cover = None
    if (data.insurance_cover or "").strip():
        cover = parse_amount(data.insurance_cover)
        if cover is None:
            problems.add("insurance_cover", "fees.amount")
    out["insurance_cover"] = cover
    out["insurance_expiry"] = data.insurance_expiry
    if data.planned_start is None:
        problems.add("planned_start", "required")
    if data.planned_end is None:
        problems.add("planned_end", "required")
    elif data.planned_start and data.planned_end < data.planned_start:
        problems.add("planned_end", "fitout.date_order")
    out["planned_start"], out["planned_end"] = data.planned_start, data.planned_end
    problems.raise_if_any()
    out["unit"], out["tenant"] = unit.id, tenant.id
    return out


def create_fitout(data: FitoutInput, *, by: Actor) -> int:
    """Register an application (state draft) with its number ZX-YYYY-NNNN; the step is recorded."""
    require(by, "fitout.edit")
    values = _check(data, by)
    with db.atomic():
        fitout = Fitout.create(site=by.site_id, number=next_number(by.site_id, "ZX"), **values)
        _step(fitout, "create", "", "draft", "", by)
        record(by, "create", "fitout", fitout.id, after=snapshot(fitout))
    return fitout.id


def update_fitout(fitout_id: int, version: int, data: FitoutInput, *, by: Actor) -> int:
    """Correct the application while it is still with the desk (draft, revision); versioned."""
    require(by, "fitout.edit", entity="fitout", record_id=fitout_id)
    fitout = get_fitout(fitout_id, by=by)
    if fitout.state not in ("draft", "submitted", "desk_review", "revision"):
        raise ValidationError("state", "fitout.locked", state=fitout.state)
    values = _check(data, by)
    with db.atomic():
        before = snapshot(fitout)
        new_version = save_versioned(Fitout, fitout_id, version, values, by=by)
        record(by, "update", "fitout", fitout_id, before=before, after=snapshot(Fitout.get_by_id(fitout_id)))
    return new_version


def holder_of(unit_code: str, *, by: Actor) -> tuple[int, str] | None:
    """The tenant holding a unit now (id, name), so the form fills it in from the unit typed."""
    require(by, "fitout.view")
    row = (Tenant.select(Tenant.id, Tenant.name).join(TenantUnit).join(Unit)
           .where((Unit.site == by.site_id) & (Unit.code == (unit_code or "").strip().upper())
                  & TenantUnit.until.is_null() & (Tenant.status == "active")).first())
    return (row.id, row.name) if row else None


def get_fitout(fitout_id: int, *, by: Actor) -> Fitout:
    require(by, "fitout.view")
    fitout = Fitout.get_or_none((Fitout.id == fitout_id) & (Fitout.site == by.site_id))
    if fitout is None:
        raise NotFound("fitout", fitout_id)
    return fitout


def input_of(fitout: Fitout) -> FitoutInput:
    """The application as the form edits it."""
    return FitoutInput(
        fitout.unit.code, fitout.tenant_id, fitout.applicant_name, fitout.applicant_phone, fitout.contractor_name,
        fitout.contractor_licence, fitout.site_manager, fitout.contractor_phone, fitout.scope, f"{fitout.area:.2f}",
        fitout.planned_start, fitout.planned_end, fitout.drawings, fitout.structural, fitout.hot_work,
        fitout.fire_hvac, fitout.authority_letter, fitout.insurer,
        f"{fitout.insurance_cover:.2f}" if fitout.insurance_cover is not None else "", fitout.insurance_expiry,
        fitout.applicant_kind, [p for p in fitout.papers.split(",") if p])


# ---------------------------------------------------------------- transitions
def _step(fitout: Fitout, action: str, before: str, after: str, comment: str, by: Actor) -> None:
    FitoutStep.create(fitout=fitout, action=action, from_state=before, to_state=after, username=by.username,
                      full_name=by.full_name, role=by.role, comment=comment)


def next_actions(fitout: Fitout, by: Actor) -> list[str]:
    """The actions this user may take on the fit-out now (the form's buttons)."""
    return [action for (state, action), move in TRANSITIONS.items()
            if state == fitout.state and allowed(by, move.permission)]


def transition(fitout_id: int, version: int, action: str, *, by: Actor, comment: str = "",
               today: dt.date | None = None, permit_start: dt.date | None = None,
               permit_end: dt.date | None = None) -> int:
    """Take `action` on the fit-out opened at `version`; return the new version.

    Refused: an action not allowed from the current state (ValidationError state), a role without the
    permission (PermissionDenied, audited), a missing comment, a rule of the step (authority letter,
    fees, insurance), or a fit-out saved by another desk in between (StaleRecord).
    """
    fitout = get_fitout(fitout_id, by=by)
    if fitout.version != version:
        # Moved by another desk since this one opened it: say who, rather than judging a state it never saw.
        save_versioned(Fitout, fitout_id, version, {}, by=by)
    move = TRANSITIONS.get((fitout.state, action))
    if move is None:
        raise ValidationError("state", "fitout.not_allowed", action=action, state=fitout.state)
    require(by, move.permission, entity="fitout", record_id=fitout_id)
    comment = (comment or "").strip()
    if move.comment and not comment:
        raise ValidationError("comment", "fitout.comment_required")
    if len(comment) > 1000:
        raise ValidationError("comment", "too_long", maximum=1000)
    day = today or dt.date.today()
    with db.atomic():
        changes: dict = {"state": move.to}
        changes.update(_RULES.get(action, _no_rule)(fitout, by, day, permit_start, permit_end))
        new_version = save_versioned(Fitout, fitout_id, version, changes, by=by)
        _step(fitout, action, fitout.state, move.to, comment, by)
        record(by, action, "fitout", fitout_id, before={"state": fitout.state},
               after={k: v for k, v in changes.items()}, note=comment)
    return new_version


def _no_rule(fitout, by, day, start, end) -> dict:
    return {}


def _approve(fitout: Fitout, by: Actor, day, start, end) -> dict:
    """A structural change needs the housing authority's approval letter on file; approval posts the fees."""
    if fitout.structural and not fitout.authority_letter:
        raise ValidationError("authority_letter", "fitout.letter_missing")
    from services.fees import post_charge

    rate = parse_amount(str(settings.get(by.site_id, "fitout.debris_rate")))
    fee = cents(Decimal(fitout.area) * (rate or Decimal(0)))
    charge_id = post_charge(fitout.tenant_id, "DEBRIS", fee, source="fitout", source_id=fitout.id,
                            note=f"装修垃圾清运费 {fitout.number} {fitout.area} m²", by=by) if fee > 0 else None
    return {"debris_fee": fee, "deposit": cents(Decimal(int(settings.get(by.site_id, "fitout.deposit")))),
            "charge_id": charge_id}


def _confirm_fees(fitout: Fitout, by: Actor, day, start, end) -> dict:
    """Fees paid: the tenant owes nothing on its account (the debris fee included) and the deposit is received."""
    from services.fees import owes

    if fitout.deposit_entry_id is None:
        raise ValidationError("deposit", "fitout.deposit_missing", amount=f"{fitout.deposit:.2f}")
    if owes(fitout.tenant_id, by=by) > 0:
        raise ValidationError("fees", "fitout.fees_unpaid", amount=str(owes(fitout.tenant_id, by=by)))
    return {}


def _issue_permit(fitout: Fitout, by: Actor, day, start, end) -> dict:
    """The permit: insurance on file and valid through the works, valid dates within sense, a number XK-YYYY-NNNN."""
    start = start or max(day, fitout.planned_start)
    end = end or fitout.planned_end
    problems = Problems()
    if not fitout.insurer or fitout.insurance_cover is None or fitout.insurance_expiry is None:
        problems.add("insurer", "fitout.insurance_missing")
    elif fitout.insurance_expiry < day:
        problems.add("insurance_expiry", "fitout.insurance_expired")
    if end < start:
        problems.add("permit_end", "fitout.date_order")
    problems.raise_if_any()
    # The unit is "fitting out" from the permit to the acceptance.
    Unit.update(status="fitting_out").where(Unit.id == fitout.unit_id).execute()
    return {"permit_no": next_number(by.site_id, "XK", year=day.year), "permit_start": start, "permit_end": end}


def _extend(fitout: Fitout, by: Actor, day, start, end) -> dict:
    """An extension is a recorded step with the new end date; the workers' passes run to it."""
    if end is None or (fitout.permit_end is not None and end <= fitout.permit_end):
        raise ValidationError("permit_end", "fitout.extend_later", end=str(fitout.permit_end))
    from models.fitout import WorkerPass

    WorkerPass.update(valid_until=end).where((WorkerPass.fitout == fitout.id) & ~WorkerPass.revoked).execute()
    return {"permit_end": end}


def _accept(fitout: Fitout, by: Actor, day, start, end) -> dict:
    """Accepted once the completion acceptance and the fire acceptance have both passed (re-inspections
    included); the unit stops fitting out and the workers' passes stop working."""
    from services.fitout_inspections import ACCEPTANCE_KINDS, require_passed

    require_passed(fitout.id, ACCEPTANCE_KINDS)
    Unit.update(status="occupied").where((Unit.id == fitout.unit_id) & (Unit.status == "fitting_out")).execute()
    from models.fitout import WorkerPass

    WorkerPass.update(revoked=True).where(WorkerPass.fitout == fitout.id).execute()
    return {}


def deposit_left(fitout: Fitout) -> Decimal:
    """What the refund will be: the deposit received less the fines and damages taken from it."""
    from peewee import fn

    from models.fitout import FitoutDeduction

    if not fitout.deposit_entry_id:
        return Decimal(0)
    taken = FitoutDeduction.select(fn.SUM(FitoutDeduction.amount)).where(FitoutDeduction.fitout == fitout.id).scalar()
    return cents(fitout.deposit or 0) - cents(taken or 0)


def follow_up_due(fitout: Fitout, site_id: int) -> dt.date | None:
    """The day of the follow-up inspection (复验): the acceptance plus fitout.follow_up_months."""
    from services.money import add_months

    accepted = (FitoutStep.select(FitoutStep.at)
                .where((FitoutStep.fitout == fitout.id) & (FitoutStep.action == "accept"))
                .order_by(FitoutStep.id.desc()).first())
    if accepted is None:
        return None
    return add_months(accepted.at.date(), int(settings.get(site_id, "fitout.follow_up_months")))


def _approve_refund(fitout: Fitout, by: Actor, day, start, end) -> dict:
    """Refund = deposit − fines − damages, paid back through the fees area — only once the follow-up inspection
    (复验, due months after the acceptance: hidden damage shows by then) has passed; what it finds is taken first
    as damages."""
    from services.fitout_inspections import require_passed
    from services.payments import DepositInput, record_deposit

    require_passed(fitout.id, ("follow_up",))
    due = follow_up_due(fitout, by.site_id)
    if due is not None and day < due:
        raise ValidationError("state", "fitout.refund_too_early", due=due.isoformat())
    amount = deposit_left(fitout)
    if amount > 0:
        record_deposit(DepositInput(fitout.tenant_id, "refunded", f"装修押金退还 {fitout.number}", str(amount), day),
                       by=by)
    return {"refunded": amount}


_RULES = {"extend": _extend, "approve": _approve, "confirm_fees": _confirm_fees, "issue_permit": _issue_permit,
          "accept": _accept, "approve_refund": _approve_refund}


def receive_deposit(fitout_id: int, *, by: Actor, on: dt.date | None = None) -> int:
    """The tenant paid the fit-out deposit: one deposit entry in the fees area, remembered on the fit-out."""
    from services.payments import DepositInput, record_deposit

    fitout = get_fitout(fitout_id, by=by)
    require(by, "fitout.desk", entity="fitout", record_id=fitout_id)
    if fitout.state != "approved" or fitout.deposit is None:
        raise ValidationError("state", "fitout.not_allowed", action="deposit", state=fitout.state)
    if fitout.deposit_entry_id is not None:
        return fitout.deposit_entry_id
    with db.atomic():
        entry = record_deposit(DepositInput(fitout.tenant_id, "received", f"装修押金 {fitout.number}",
                                            str(fitout.deposit), on), by=by)
        updated = Fitout.update(deposit_entry_id=entry, updated_at=now()).where(
            (Fitout.id == fitout_id) & Fitout.deposit_entry_id.is_null()).execute()
        if not updated:  # another desk recorded it meanwhile: this one rolls back
            raise ValidationError("deposit", "fitout.deposit_twice")
    return entry


def deduct(fitout_id: int, kind: str, amount: str, reason: str, *, by: Actor, on: dt.date | None = None) -> int:
    """A fine for a violation or damages found, taken from the fit-out deposit (a deposit entry in the fees area)."""
    from models.fitout import FitoutDeduction
    from services.payments import DepositInput, record_deposit

    require(by, "fitout.fine", entity="fitout", record_id=fitout_id)
    fitout = get_fitout(fitout_id, by=by)
    problems = Problems()
    if fitout.deposit_entry_id is None or fitout.state in FINAL + ("deposit_refunded",):
        problems.add("state", "fitout.no_deposit")
    if kind not in DEDUCTION_KINDS:
        problems.add("kind", "required")
    value = parse_amount(amount)
    if value is None:
        problems.add("amount", "fees.amount")
    reason = problems.text("reason", reason, 200, required=True)
    problems.raise_if_any()
    with db.atomic():
        # The fit-out row locked (PostgreSQL) so two desks fining at once cannot take more than the deposit.
        if is_postgres():
            Fitout.select(Fitout.id).where(Fitout.id == fitout_id).for_update().execute()
        left = deposit_left(fitout)
        if value > left:
            raise ValidationError("amount", "fitout.deduct_too_big", left=f"{left:.2f}")
        label = {"fine": "罚款", "damage": "损坏赔偿"}[kind]
        entry = record_deposit(DepositInput(fitout.tenant_id, "deducted", f"装修押金扣除 {fitout.number}", str(value),
                                            on, f"{label}：{reason}"), by=by)
        row = FitoutDeduction.create(fitout=fitout, kind=kind, amount=value, reason=reason, deposit_entry_id=entry,
                                     username=by.username)
        record(by, "deduct", "fitout", fitout_id, after={"kind": kind, "amount": value, "reason": reason})
    return row.id


# ---------------------------------------------------------------- what the screens list
PERMIT_SOON_DAYS = 7  # the dashboard warns of permits ending within this many days
AT_WORK = ("permit_issued", "in_progress")


@dataclass(frozen=True)
class FitoutFigures:
    waiting_on_me: int  # open fit-outs whose next step is this user's role's
    insurance_lapsing: int  # at work with a policy that ends before the permit does
    at_work: int = 0  # in progress (施工中)
    permits_ending: int = 0  # at work with the permit ending within PERMIT_SOON_DAYS (or already ended)


def fitout_figures(*, by: Actor, today: dt.date | None = None) -> FitoutFigures:
    rows = list_fitouts(by=by, open_only=True, today=today)
    return FitoutFigures(sum(r.waits_on_me for r in rows), sum(r.insurance_lapsed for r in rows),
                         sum(r.state == "in_progress" for r in rows), sum(r.permit_ending for r in rows))



@dataclass(frozen=True)
class StepRow:
    at: dt.datetime
    action: str
    from_state: str
    to_state: str
    who: str
    role: str
    comment: str


def history(fitout_id: int, *, by: Actor) -> list[StepRow]:
    get_fitout(fitout_id, by=by)
    return [StepRow(s.at, s.action, s.from_state, s.to_state, s.full_name or s.username, s.role, s.comment)
            for s in FitoutStep.select().where(FitoutStep.fitout == fitout_id).order_by(FitoutStep.id)]


class FitoutRow(NamedTuple):
    """One line of the fit-outs list (a named tuple: the dashboard reads the open ones on every refresh)."""

    id: int
    number: str
    unit: str
    tenant: str
    contractor: str
    state: str
    waits_for: str  # the next action, "" when final
    waits_on_me: bool
    permit_end: dt.date | None
    insurance_lapsed: bool  # the policy ends before the works do
    waits_on: str = ""  # the permission of the next action (so whose turn it is)
    permit_ending: bool = False  # at work, the permit ends within PERMIT_SOON_DAYS or has ended


def _fitout_list(by_state: bool, open_only: bool, mine: tuple[str, ...] | None):
    """The fit-outs list for one shape: a state (hole), the open ones, those in the states `mine` (None: any).
    An accepted one's latest follow-up inspection (复验) comes along: whether it passed says what it waits for."""
    follow_up = (FitoutInspection.select(FitoutInspection.passed)
                 .where((FitoutInspection.fitout == Fitout.id) & (FitoutInspection.kind == "follow_up"))
                 .order_by(FitoutInspection.id.desc()).limit(1))
    query = (Fitout.select(Fitout.id, Fitout.number, Unit.code, Tenant.name, Fitout.contractor_name, Fitout.state,
                           Fitout.permit_end, Fitout.insurance_expiry,
                           Case(None, [(Fitout.state == "accepted", follow_up)]))
             .join(Unit).switch(Fitout).join(Tenant)
             .where(Fitout.site == hole("site")).order_by(Fitout.id.desc()))
    if by_state:
        query = query.where(Fitout.state == hole("state"))
    if open_only:
        query = query.where(rare(Fitout.state.in_(OPEN)))
    if mine is not None:
        query = query.where(rare(Fitout.state.in_(list(mine) or [""])))
    return query


_FITOUT_LIST = Prepared(_fitout_list)
_new_row = tuple.__new__
_FOLLOW_UP = ("follow_up", "fitout.drawings")  # what an accepted fit-out waits for before its refund's approval
_TURNS: dict[str, tuple[dict[str, tuple[str, str, bool]], tuple[str, str, bool], tuple[str, ...]]] = {}


def _turns(by: Actor) -> tuple[dict[str, tuple[str, str, bool]], tuple[str, str, bool], tuple[str, ...]]:
    """For the actor's role: per state what it waits for, on whom and whether that is this role; the same for the
    follow-up inspection; the states whose next step is this role's. Permissions are fixed per role: kept."""
    found = _TURNS.get(by.role)
    if found is None:
        waits = {state: (action, permission, allowed(by, permission))
                 for state, (action, permission) in WAITS_FOR.items()}
        follow_up = (*_FOLLOW_UP, allowed(by, _FOLLOW_UP[1]))
        mine = [state for state, (_action, _permission, may) in waits.items() if may]
        if follow_up[2]:
            mine.append("accepted")  # the follow-up inspection
        found = _TURNS[by.role] = (waits, follow_up, tuple(mine))
    return found


def list_fitouts(*, by: Actor, state: str = "", waiting_on_me: bool = False, open_only: bool = False,
                 today: dt.date | None = None) -> list[FitoutRow]:
    require(by, "fitout.view")
    day = today or dt.date.today()
    soon = day + dt.timedelta(days=PERMIT_SOON_DAYS)
    waits, follow_up, mine_states = _turns(by)
    # Only the states whose next step is this user's when waiting on them (years of closed fit-outs are never read).
    shape = (bool(state), open_only, mine_states if waiting_on_me else None)
    given = {"site": by.site_id, "state": state} if state else {"site": by.site_id}
    nothing = ("", "", False)
    rows: list[FitoutRow] = []
    add = rows.append
    for id_, number, unit, tenant, contractor, f_state, permit_end, insurance_expiry, follow_up_passed in \
            _FITOUT_LIST.rows(shape, **given):
        # As waits_for(): an accepted fit-out waits for its follow-up inspection until one has passed.
        action, permission, mine = (follow_up if f_state == "accepted" and not follow_up_passed
                                    else waits.get(f_state, nothing))
        if waiting_on_me and not mine:
            continue
        if f_state in AT_WORK:
            lapsed = insurance_expiry is not None and insurance_expiry < (permit_end or day)
            ending = permit_end is not None and permit_end <= soon
        else:
            lapsed = ending = False
        add(_new_row(FitoutRow, (id_, number, unit, tenant, contractor, f_state, action, mine, permit_end, lapsed,
                                 permission, ending)))
    return rows


@dataclass(frozen=True)
class FitoutCounts:
    """Fit-outs of a range of days: how many stood in each state at its end, and what happened in it."""

    by_state: dict[str, int]  # state at the end of the range -> fit-outs (those applied for by then)
    applied: int  # applications taken in the range
    started: int  # works started (start_work) in the range
    accepted: int  # accepted (竣工验收 passed) in the range
    closed: int  # closed (deposit refunded and the file closed) in the range


def fitout_counts(site_id: int, start: dt.date, end: dt.date) -> FitoutCounts:
    """The reports' fit-out figures from the step log (so a past month shows the states as they were then):
    grouped queries, no loop over fit-outs."""
    from peewee import fn

    from services.periods import bounds

    lo, hi = bounds(start, end)
    mine = Fitout.select(Fitout.id).where(Fitout.site == site_id)
    last = (FitoutStep.select(fn.MAX(FitoutStep.id)).where(FitoutStep.fitout.in_(mine) & (FitoutStep.at < hi))
            .group_by(FitoutStep.fitout))
    by_state = dict(FitoutStep.select(FitoutStep.to_state, fn.COUNT(FitoutStep.id))
                    .where(FitoutStep.id.in_(last)).group_by(FitoutStep.to_state).tuples())
    stepped = FitoutStep.select(FitoutStep.fitout).where(FitoutStep.fitout.in_(mine) & (FitoutStep.at < hi))
    drafts = Fitout.select().where((Fitout.site == site_id) & (Fitout.created_at < hi)
                                   & Fitout.id.not_in(stepped)).count()
    if drafts:
        by_state["draft"] = by_state.get("draft", 0) + drafts
    moved = dict(FitoutStep.select(FitoutStep.action, fn.COUNT(fn.DISTINCT(FitoutStep.fitout)))
                 .where(FitoutStep.fitout.in_(mine) & (FitoutStep.at >= lo) & (FitoutStep.at < hi)
                        & FitoutStep.action.in_(("start_work", "accept", "close")))
                 .group_by(FitoutStep.action).tuples())
    applied = Fitout.select().where((Fitout.site == site_id) & (Fitout.created_at >= lo)
                                    & (Fitout.created_at < hi)).count()
    return FitoutCounts({s: by_state[s] for s in STATES if by_state.get(s)}, applied, moved.get("start_work", 0),
                        moved.get("accept", 0), moved.get("close", 0))
