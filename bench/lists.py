"""Every list page and search the desk opens, on the five-year tower, against its own SQL run raw.

Each entry is what a page asks its service for when it opens or when a clerk types into its search box.
Targets: at most 1.5x the raw SQL, and at most 50 ms.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from bench.replay import run_cases
from bench.report import Result
from bench.tower import Bench

SEED = 11


def _actors():
    """One demo user per role, so each list is opened by someone allowed to."""
    from models import User
    from services.auth import actor_of

    return {u.role: actor_of(u) for u in User.select().order_by(User.id)}


def _by(actors, permission: str):
    from services.access import allowed

    for role in ("clerk", "steward", "supervisor", "engineer", "manager", "admin"):
        if role in actors and allowed(actors[role], permission):
            return actors[role]
    raise RuntimeError(f"no demo user may {permission}")


def cases(rng: random.Random) -> list[tuple[str, Callable[[], object]]]:
    """(name, the service call a page makes) for every list and search."""
    from models import Key, Tenant, Visit
    from services import (
        arrears,
        audit,
        building,
        callbacks,
        fitout,
        goods,
        keys,
        moves,
        request_views,
        room_calendar,
        tenants,
        visitor_log,
    )

    a = _actors()
    top = Visit.select(Visit.id).order_by(Visit.id.desc()).first().id
    visit = Visit.get_by_id(rng.randrange(top // 2, top))
    key = Key.select().order_by(Key.id.desc()).first()
    tenant = Tenant.select().where(Tenant.status == "active").first()
    today = dt.date.today()
    view = {p: _by(a, p) for p in ("tenant.view", "unit.view", "key.view", "visitor.view", "request.view",
                                   "fitout.view", "audit.view", "fees.view", "goods.view", "move.view",
                                   "room.view")}
    return [
        ("tenants.list", lambda: tenants.search_tenants(by=view["tenant.view"])),
        ("tenants.search_name", lambda: tenants.search_tenants(by=view["tenant.view"], text=tenant.name[:2])),
        ("tenants.search_initials", lambda: tenants.search_tenants(by=view["tenant.view"], text="SZ")),
        ("units.list", lambda: building.search_units(by=view["unit.view"])),
        ("units.search", lambda: building.search_units(by=view["unit.view"], text="12F")),
        ("keys.list", lambda: keys.search_keys(by=view["key.view"])),
        ("keys.search_tag", lambda: keys.search_keys(by=view["key.view"], text=key.tag)),
        ("keys.out", lambda: keys.search_keys(by=view["key.view"], state="out")),
        ("keys.overdue", lambda: keys.search_keys(by=view["key.view"], state="overdue")),
        ("visitors.log", lambda: visitor_log.search_visits(by=view["visitor.view"])),
        ("visitors.in_now", lambda: visitor_log.search_visits(by=view["visitor.view"], status="in")),
        ("visitors.search_pass_no", lambda: visitor_log.search_visits(by=view["visitor.view"], text=visit.pass_no)),
        ("visitors.search_phone_tail",
         lambda: visitor_log.search_visits(by=view["visitor.view"], text=visit.phone_tail)),
        ("visitors.search_name", lambda: visitor_log.search_visits(by=view["visitor.view"], text=visit.name[:2])),
        ("visitors.search_surname", lambda: visitor_log.search_visits(by=view["visitor.view"], text=visit.name[:1])),
        ("requests.active", lambda: request_views.search_requests(by=view["request.view"], state="active")),
        ("requests.overdue", lambda: request_views.search_requests(by=view["request.view"], overdue=True)),
        ("requests.search_text", lambda: request_views.search_requests(by=view["request.view"], text="空调")),
        ("requests.caller_lookup", lambda: request_views.find_callers("12F-12", by=view["request.view"])),
        ("callbacks.queue", lambda: callbacks.callback_queue(by=view["request.view"])),
        ("rooms.day_view", lambda: room_calendar.day_blocks(today, by=view["room.view"])),
        ("fitouts.open", lambda: fitout.list_fitouts(by=view["fitout.view"], open_only=True)),
        ("fitouts.waiting_on_me", lambda: fitout.list_fitouts(by=view["fitout.view"], waiting_on_me=True)),
        ("goods.passes", lambda: goods.search_passes(by=view["goods.view"])),
        ("moves.in_progress", lambda: moves.moves_in_progress(by=view["move.view"])),
        ("audit.list", lambda: audit.search_audit(by=view["audit.view"])),
        ("audit.by_entity", lambda: audit.search_audit(by=view["audit.view"], entity="key")),
        ("fees.arrears", lambda: arrears.arrears(by=view["fees.view"])),
    ]


def run(bench: Bench) -> list[Result]:
    return run_cases(bench, "list", lambda: cases(random.Random(SEED)))
