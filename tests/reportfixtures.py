"""A site with a month of work in every area the manager's report reads (and some before and after it), for the
report tests. Rooms, tenants, units and contractors come through the areas' own services and test helpers;
the many visits, bookings, requests, moves and fit-out steps are written as rows with chosen times, so the
month's edges are tested (the figures are counted back in the tests with plain SQL)."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from models import Booking, Callback, MoveIn, MoveOut, Request, RequestHold, Unit, Visit
from models.fitout import Fitout, FitoutStep
from services import building
from services import contractor_evaluations as evaluations
from services.periods import Period, month_of
from tests.services.contractor_fixtures import inspect, make_contractor, one_item_template
from tests.services.rooms_setup import make_rooms, make_tenant

MONTH = month_of(dt.date(2026, 11, 1))  # 2026-11-01 .. 2026-11-30
BEFORE, AFTER = MONTH.start - dt.timedelta(days=1), MONTH.end + dt.timedelta(days=1)


@dataclass
class Seeded:
    period: Period
    rooms: dict[str, int]
    contractors: dict[str, int]
    in_time: dict[str, int]  # category or complaint level -> requests resolved in the month within the deadline
    resolved: dict[str, int]  # the same, resolved in the month


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def seed(site) -> Seeded:
    rng = random.Random(47)
    building.generate_units(building.GenerateInput(1, 3, 4, "120"), by=site.supervisor)
    units = [u.id for u in Unit.select(Unit.id).order_by(Unit.id)]
    tenant = make_tenant(site)
    rooms = make_rooms(site)
    days = [MONTH.start - dt.timedelta(days=3) + dt.timedelta(days=n) for n in range(36)]  # 10-29 .. 12-03

    # Visits: some voided, parties of several; the days around the month too.
    n = 0
    for day in days:
        for _ in range(rng.randrange(0, 6)):
            n += 1
            at = _at(day, 9 + rng.randrange(8))
            Visit.create(site=site.site_id, pass_no=f"FK-T-{n:05d}", day=day, name=f"访客{n}", checked_in_at=at,
                         valid_until=at + dt.timedelta(hours=4), party_size=rng.choice((1, 1, 2, 3)),
                         status=rng.choice(("in", "out", "out", "void")), host_tenant=tenant)

    # Bookings: held, cancelled, no-shows, in every room, on days in and out of the month.
    n = 0
    for day in days:
        for room in rooms.values():
            if rng.random() < 0.5:
                continue
            n += 1
            start = _at(day, 8 + rng.randrange(8), rng.choice((0, 30)))
            Booking.create(site=site.site_id, number=f"HY-T-{n:05d}", room=room, day=day, starts=start,
                           ends=start + dt.timedelta(minutes=rng.choice((30, 60, 90, 120, 150))), tenant=tenant,
                           organiser="李雷", attendees=4,
                           state=rng.choice(("confirmed", "completed", "completed", "cancelled", "no_show",
                                             "tentative", "in_use")))

    # Requests: every category; complaints of each level; resolved early, late, on hold, cancelled, open.
    in_time: dict[str, int] = {}
    resolved: dict[str, int] = {}
    n = 0
    for day in days:
        for _ in range(rng.randrange(1, 5)):
            n += 1
            category = rng.choice(("repair", "repair", "complaint", "enquiry", "suggestion", "help"))
            level = rng.choice(("major", "important", "minor")) if category == "complaint" else ""
            received = _at(day, 9 + rng.randrange(8))
            late = rng.random() < 0.3
            fate = rng.choice(("resolved", "resolved", "resolved", "open", "cancelled"))
            done = received + (dt.timedelta(days=20) if late else dt.timedelta(hours=3)) if fate == "resolved" else None
            r = Request.create(site=site.site_id, number=f"KF-T-{n:05d}", channel="phone", category=category,
                               level=level, repair_kind="other" if category == "repair" else "", text="测试",
                               received_at=received, clock_from=received, resolved_at=done,
                               state={"resolved": "closed", "open": "open", "cancelled": "cancelled"}[fate],
                               tenant=tenant)
            if done is not None and late and rng.random() < 0.5:
                # Held 25 days waiting on the tenant: the clock stopped, so the late one is in time after all.
                RequestHold.create(request=r, started_at=received + dt.timedelta(minutes=30),
                                   ended_at=received + dt.timedelta(days=25), reason="等业户")
                late = False
            if done is not None and MONTH.start <= done.date() <= MONTH.end:
                key = level or category
                resolved[key] = resolved.get(key, 0) + 1
                in_time[key] = in_time.get(key, 0) + (not late)
            if category == "repair" and done is not None:
                due = done + dt.timedelta(days=2)
                made = rng.random() < 0.7
                Callback.create(request=r, created_at=done, due_at=due,
                                done_at=done + dt.timedelta(days=1) if made else None,
                                satisfied=rng.random() < 0.8 if made else None)

    # Moves: started, completed and cancelled in and out of the month.
    for kind, model in (("in", MoveIn), ("out", MoveOut)):
        for n, day in enumerate(days[::3]):
            state = ("open", "done", "cancelled")[n % 3]
            created = _at(day, 10)
            ended = created + dt.timedelta(days=n % 5)
            extra = {"applicant_kind": "own", "applicant_name": "张三"} if kind == "in" else {"planned_on": day}
            model.create(site=site.site_id, tenant=tenant, unit=units[n % len(units)], created_at=created,
                         updated_at=ended if state != "open" else created, state=state,
                         completed_at=ended if state == "done" else None, **extra)

    # Fit-outs: each walked along its states with dated steps, so the month ends with them in different states.
    path = [("create", "", "draft"), ("submit", "draft", "submitted"), ("start_review", "submitted", "desk_review"),
            ("pass_desk", "desk_review", "drawing_review"), ("pass_drawings", "drawing_review", "manager_approval"),
            ("approve", "manager_approval", "approved"), ("confirm_fees", "approved", "fees_paid"),
            ("issue_permit", "fees_paid", "permit_issued"), ("start_work", "permit_issued", "in_progress"),
            ("request_completion", "in_progress", "completion_requested"),
            ("accept", "completion_requested", "accepted"), ("approve_refund", "accepted", "deposit_refunded"),
            ("close", "deposit_refunded", "closed")]
    for n in range(14):
        created = _at(MONTH.start - dt.timedelta(days=40) + dt.timedelta(days=n * 4), 10)
        steps = path[:1 + n % len(path)]
        f = Fitout.create(site=site.site_id, number=f"ZX-T-{n:04d}", unit=units[n % len(units)], tenant=tenant,
                          applicant_name="张三", contractor_name="装饰公司", area=100, planned_start=created.date(),
                          planned_end=created.date() + dt.timedelta(days=60), created_at=created, state=steps[-1][2])
        for k, (action, before, after) in enumerate(steps):
            FitoutStep.create(fitout=f, action=action, from_state=before, to_state=after, username="clerk",
                              at=created + dt.timedelta(days=3 * k))

    # Contractors: inspections through the service (one-item templates: the score typed is the score), then the
    # month's evaluation, signed for one of them.
    contractors = {"cleaning": make_contractor(site, "cleaning"), "greening": make_contractor(site, "greening")}
    for service, cid in contractors.items():
        template = one_item_template(site, service)
        for day in days[::2]:
            inspect(site, cid, day, {1: str(rng.randrange(70, 100))}, template_id=template)
        evaluations.evaluate_month(cid, MONTH.start, by=site.supervisor, today=AFTER)
    view = evaluations.latest_evaluation(contractors["cleaning"], MONTH.start, by=site.manager)
    evaluations.sign_off(view.id, view.version, by=site.manager, today=AFTER)
    return Seeded(MONTH, rooms, contractors, in_time, resolved)
