"""The permission matrix: every service function that acts for a user, called as every role — let through
exactly where services/access.py PERMISSIONS says, refused elsewhere, every refusal in the audit trail, and
every data-changing action of the table enforced by at least one service function."""
from __future__ import annotations

import pytest

from models import AuditEntry
from services.access import PERMISSIONS, ROLES, Actor
from services.errors import PermissionDenied
from tests.reliability.service_calls import placeholder_call, service_functions

NOBODY = "nobody"  # a role in no permission: every checked function refuses it at its first check

# Functions with a `by` that check no permission of their own, and why that is right.
NOT_CHECKED = {
    "auth.change_password": "the user's own password, the old one asked again",
    "auth.password_change_due": "reads the user's own flag",
    "auth.unlock_desk": "the user's own password at the lock screen, counted like a login",
    "keys.supervisor_approval": "a supervisor's own login at the counter; the role is checked after it",
    "requests.reopen": "inside callbacks.record_callback's transaction, which checked request.callback",
    "callbacks.open_callback": "inside requests.resolve's transaction, which checked request.handle",
    "moves.add_charge": "inside the move services' transactions, which checked move.edit",
    "moves.cancel_move": "the shared body of cancel_move_in/cancel_move_out: checks move.cancel (record first)",
    "moves.set_unit_state": "inside move-in/move-out transactions, which checked move.edit",
    "moves.relabel_unit_keys": "inside set_unit_state",
    "fitout_patrols.print_notice": "a read: finds the patrol first, then get_fitout checks fitout.view",
}
# Actions enforced where placeholder input cannot reach them, each with the test that shows it.
ELSEWHERE = {
    "backup.run": "the daily backup and main.py backup run before/without a login (the OS account's folder rights)",
    "backup.restore": "restore runs when the database cannot be opened, so no user can be known: main.py restore",
    "fitout.approve": "fitout.transition takes it from TRANSITIONS by step (tests/services/test_fitout.py)",
    "fitout.drawings": "fitout.transition, by step (tests/services/test_fitout.py)",
    "fitout.reinstate": "fitout.transition, by step (tests/services/test_fitout.py)",
    "key.approve": "the approver's role in lend_keys/supervisor_approval (tests/services/test_keys.py)",
    "visitor.let_through": "the supervisor letting a watchlist match in (tests/services/test_visitors.py)",
}
# Actions of the table that change nothing (reading, printing, exporting) or that no function alone carries.
READ_ONLY = {a for a in PERMISSIONS if a.endswith(".view")} | {"fees.statement", "room.statement", "goods.check"}


def _first_check(fn, site) -> str | None:
    nobody = Actor(site.clerk.user_id, "nobody", "无权限", NOBODY, site.site_id)
    try:
        placeholder_call(fn, nobody)()
    except PermissionDenied as exc:
        return exc.action
    except Exception:  # noqa: BLE001 - the functions in NOT_CHECKED fail on placeholder input
        return None
    return None


def test_every_function_as_every_role(sqlite_site):
    site = sqlite_site
    functions = service_functions()
    enforced: dict[str, list[str]] = {}
    unchecked = []
    calls = refusals = 0
    for name, fn in sorted(functions.items()):
        action = _first_check(fn, site)
        if action is None:
            unchecked.append(name)
            continue
        enforced.setdefault(action, []).append(name)
        for role in ROLES:
            actor = site.by_role[role]
            denied_before = AuditEntry.select().where((AuditEntry.action == "denied") & (AuditEntry.note == action)
                                                      & (AuditEntry.user_id == actor.user_id)).count()
            outcome: object = None
            try:
                placeholder_call(fn, actor)()
            except PermissionDenied as exc:
                outcome = exc
            except Exception as exc:  # noqa: BLE001 - placeholder input is refused in many ways past the check
                outcome = exc
            calls += 1
            refused_here = isinstance(outcome, PermissionDenied) and outcome.action == action
            assert refused_here == (role not in PERMISSIONS[action]), (name, role, action, outcome)
            if refused_here:
                refusals += 1
                denied_after = AuditEntry.select().where(
                    (AuditEntry.action == "denied") & (AuditEntry.note == action)
                    & (AuditEntry.user_id == actor.user_id)).count()
                assert denied_after == denied_before + 1, (name, role, "refusal not audited")
    assert sorted(unchecked) == sorted(NOT_CHECKED), "a service function acting for a user checks no permission"
    # The purge run from the command line is the manager's (the daily job's is any desk's).
    from services.visitor_log import purge

    enforced.setdefault("visitor.purge", []).append("visitor_log.purge")
    for role in ROLES:
        actor = site.by_role[role]
        try:
            purge(by=actor, action="visitor.purge")
            assert role in PERMISSIONS["visitor.purge"]
        except PermissionDenied:
            assert role not in PERMISSIONS["visitor.purge"]
        calls += 1
    changing = set(PERMISSIONS) - READ_ONLY - set(ELSEWHERE)
    assert sorted(changing - set(enforced)) == [], ", ".join(sorted(changing - set(enforced)))
    print(f"{len(functions)} functions, {len(enforced)} actions, {calls} calls as {len(ROLES)} roles, "
          f"{refusals} refusals, all audited")


def test_require_lets_through_exactly_the_table_and_audits_each_refusal(site):
    from services.access import require

    refused = 0
    for action in sorted(PERMISSIONS):
        for role in ROLES:
            actor = site.by_role[role]
            if role in PERMISSIONS[action]:
                require(actor, action)
                continue
            with pytest.raises(PermissionDenied):
                require(actor, action, entity="x", record_id=7)
            refused += 1
            entry = AuditEntry.select().where((AuditEntry.note == action) & (AuditEntry.user_id == actor.user_id)
                                              ).get()
            assert entry.action == "denied" and entry.entity == "x" and entry.record_id == 7
    assert AuditEntry.select().where(AuditEntry.action == "denied").count() == refused
