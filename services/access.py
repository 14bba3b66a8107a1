"""Who may do what: the acting user, the roles, and the one permission check every service uses."""
from __future__ import annotations

from dataclasses import dataclass

from models import db
from services.errors import PermissionDenied

CLERK = "clerk"
STEWARD = "steward"
SUPERVISOR = "supervisor"
MANAGER = "manager"
ENGINEER = "engineer"
ADMIN = "admin"

ROLES = (CLERK, STEWARD, SUPERVISOR, MANAGER, ENGINEER, ADMIN)

_DESK = frozenset({CLERK, STEWARD, SUPERVISOR, MANAGER, ADMIN})
_SUPERVISORS = frozenset({SUPERVISOR, MANAGER, ADMIN})
_MANAGERS = frozenset({MANAGER, ADMIN})

# action -> the roles that may do it. One table, so a review of who-may-what reads one place.
PERMISSIONS: dict[str, frozenset[str]] = {
    "tenant.view": frozenset(ROLES),
    "tenant.edit": _DESK,
    "tenant.cancel": _SUPERVISORS,
    "tenant.document": _DESK,
    "tenant.document.void": _SUPERVISORS,
    "unit.view": frozenset(ROLES),
    "unit.edit": _SUPERVISORS,
    "unit.import": _SUPERVISORS | {ADMIN},
    "identity.reveal": _SUPERVISORS,
    "visitor.view": _DESK,
    "visitor.check_in": _DESK,
    "visitor.sign_out": _DESK,
    "visitor.prereg": _DESK,
    "visitor.void": _SUPERVISORS,
    "visitor.let_through": _SUPERVISORS,  # a watchlist match is let in only by a supervisor
    "visitor.daily": _DESK,  # the site's automatic jobs (auto sign-out, retention purge) run for any desk
    "visitor.purge": _MANAGERS,
    "watchlist.view": _DESK,
    "watchlist.edit": _SUPERVISORS,
    "evacuation.view": frozenset(ROLES),
    "settings.view": frozenset(ROLES),
    "settings.edit": _MANAGERS,
    "site.edit": _MANAGERS,
    "user.manage": frozenset({ADMIN}),
    "audit.view": _SUPERVISORS,
    "key.view": frozenset(ROLES),
    "key.edit": _DESK,
    "key.import": _SUPERVISORS,
    "key.lend": _DESK,
    "key.issue": _DESK,
    "key.return": _DESK,
    "key.lost": _DESK,
    "key.retire": _SUPERVISORS,
    "key.approve": _SUPERVISORS,  # lending a master or plant-room key
    "move.view": frozenset(ROLES),
    "move.edit": _DESK,
    "move.cancel": _SUPERVISORS,
    "move.override": _MANAGERS,  # let a move-out go on despite arrears, with a written reason
    "checklist.edit": _SUPERVISORS,
    "goods.view": frozenset(ROLES),
    "goods.issue": _DESK,
    "goods.check": _DESK,  # the gate's look-up and marking a pass used
    "goods.void": _SUPERVISORS,
    "backup.run": frozenset(ROLES),
    "backup.restore": _MANAGERS,
    "request.view": frozenset(ROLES),
    "request.take": _DESK,
    "request.handle": _DESK | {ENGINEER},  # engineering completes the work orders it is sent
    "request.callback": _DESK,
    "request.cancel": _SUPERVISORS,
    "room.view": frozenset(ROLES),
    "room.edit": _SUPERVISORS,
    "room.book": _DESK,
    "room.approve": _DESK,  # and only the room's own approver (or a manager) — checked in services/bookings.py
    "room.check_in": _DESK,
    "room.service": _DESK,
    "room.statement": _DESK,
    "fees.view": _DESK,
    "fees.items": _MANAGERS,
    "fees.read_meters": _DESK,
    "fees.bill.run": _DESK,
    "fees.bill.check": _SUPERVISORS,
    "fees.bill.issue": _SUPERVISORS,
    "fees.adjust": _SUPERVISORS,
    "fees.charge.post": frozenset(ROLES),  # keys, rooms, fit-out, services post their charges here
    "fees.pay": _DESK,
    "fees.payment.void": _SUPERVISORS,
    "fees.deposit": _DESK,
    "fees.remind": _DESK,
    "fees.statement": _SUPERVISORS,
    "fitout.view": frozenset(ROLES),
    "fitout.edit": _DESK,  # the application, as the tenant hands it in
    "fitout.desk": _DESK,  # desk review, fees, permit, passes (services/fitout.py TRANSITIONS)
    "fitout.drawings": frozenset({ENGINEER}),  # engineering reviews drawings and accepts the works
    "fitout.approve": _MANAGERS,  # only a manager approves, and approves the refund
    "fitout.reinstate": _SUPERVISORS,  # a suspended permit runs again once a supervisor has seen it put right
    "fitout.fine": _SUPERVISORS,  # fines and damages taken from the deposit
    "contractor.view": frozenset(ROLES),
    "contractor.edit": _SUPERVISORS,  # contractors, their contracts and documents on file
    "contractor.template": _SUPERVISORS,  # the site edits its inspection templates (a new revision each time)
    "contractor.inspect": _DESK,  # rounds by the floor stewards, clerks and supervisors; visits and re-checks
    "contractor.evaluate": _SUPERVISORS,  # work out the month's evaluation, start a correction
    "contractor.sign": frozenset({MANAGER}),  # the department manager alone signs the month off
    "mail.view": frozenset(ROLES),
    "mail.receive": _DESK,
    "mail.collect": _DESK,
    "mail.return": _DESK,  # back to the sender (退回)
    "lending.view": frozenset(ROLES),
    "lending.lend": _DESK,
    "lending.return": _DESK,
    "lending.items": _SUPERVISORS,  # the inventory of things the counter lends
    "lending.write_off": _SUPERVISORS,  # a loan that never came back
    "lobbycheck.view": frozenset(ROLES),
    "lobbycheck.record": _DESK,
    "lobbycheck.template": _SUPERVISORS,
    "notice.view": frozenset(ROLES),
    "notice.draft": _DESK,  # the desk writes a notice; a supervisor puts it on the boards
    "notice.publish": _SUPERVISORS,
    "notice.withdraw": _SUPERVISORS,
    "notice.templates": _SUPERVISORS,
    "service.view": _DESK | {ENGINEER},  # engineering sees the orders sent to it
    "service.order": _DESK,
    "service.dispatch": _DESK,
    "service.complete": _DESK | {ENGINEER},  # engineering does much of the work it is sent
    "service.accept": _DESK,  # the tenant's acceptance, taken at the desk or by the steward
    "service.cancel": _DESK,  # only before dispatch, with a reason
    "service.prices": _SUPERVISORS,  # the site's price list
    "tenantvisit.view": _DESK,
    "tenantvisit.plan": _SUPERVISORS,  # the plan and each tenant's visit cycle
    "tenantvisit.record": _DESK,  # stewards and clerks record the visits they made
    "duty.view": frozenset(ROLES),
    "duty.write": _DESK,  # the shift's clerks and stewards write, close and acknowledge their shift's log
    "duty.correct": _SUPERVISORS,  # a correction note on a log already handed over
    "survey.view": _DESK,
    "survey.answer": _DESK,  # the desk types the tenants' paper answers
    "survey.correct": _SUPERVISORS,  # put right a form typed wrongly, with a reason
    "survey.edit": _SUPERVISORS,  # the questionnaire (a new revision each time)
    "survey.round": _SUPERVISORS,  # open and close a survey round
    "survey.follow_up": _DESK,  # call back a dissatisfied tenant, raise a work order or complaint
    # A unit's or a tenant's history: everyone; each area's events only for those who may view that area.
    "history.view": frozenset(ROLES),
    "report.view": _SUPERVISORS,  # the weekly and monthly reports (周报 / 月报) for the manager
}
MANAGERS = _MANAGERS


@dataclass(frozen=True)
class Actor:
    """The logged-in user a service acts for: plain data, safe to pass between threads."""

    user_id: int
    username: str
    full_name: str
    role: str
    site_id: int


def allowed(actor: Actor, action: str) -> bool:
    """Whether the actor's role may do `action` (for greying out buttons; the services check again)."""
    return actor.role in PERMISSIONS[action]


def require(actor: Actor, action: str, *, entity: str = "", record_id: int | None = None) -> None:
    """Raise PermissionDenied unless the actor may do `action`; a refusal is written to the audit trail."""
    if action not in PERMISSIONS:
        raise KeyError(f"unknown action {action!r}")
    if actor.role in PERMISSIONS[action]:
        return
    from services.audit import record  # audit needs Actor from here: import at use to keep one direction

    # Its own transaction when called before the service's (as every service does: require comes first);
    # inside a caller's transaction it is a savepoint and shares that transaction's fate.
    with db.atomic():
        record(actor, "denied", entity or action.split(".")[0], record_id, note=action)
    raise PermissionDenied(action, actor.role)
