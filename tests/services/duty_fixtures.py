"""A day of the desk's work written straight into the areas' tables (seeded), for the duty log's counts, and
the same counts worked out again in Python from the rows, with no query of the service's."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from models import (
    Booking,
    Callback,
    Floor,
    GoodsPass,
    Key,
    KeyMovement,
    LendItem,
    Loan,
    LobbyCheck,
    MailItem,
    Request,
    Room,
    Tenant,
    Unit,
    Visit,
)
from models.fitout import Fitout, FitoutPatrol

DAY = dt.date(2026, 3, 10)
MIDNIGHT = dt.datetime.combine(DAY, dt.time())


@dataclass
class Seeded:
    site_id: int
    fitouts: list[int]


def _at(rng: random.Random, hours_from: float = -6, hours_to: float = 30) -> dt.datetime:
    """A moment from the evening before to the next morning, to the second."""
    return MIDNIGHT + dt.timedelta(seconds=rng.randint(int(hours_from * 3600), int(hours_to * 3600)))


def _maybe_after(rng: random.Random, moment: dt.datetime) -> dt.datetime | None:
    return None if rng.random() < 0.3 else moment + dt.timedelta(minutes=rng.randint(5, 900))


def seed_day(site_id: int, seed: int = 7) -> Seeded:
    """Visits, requests and callbacks, key loans, bookings, mail, loans, passes, lobby checks, patrols."""
    rng = random.Random(seed)
    for i in range(40):
        at = _at(rng)
        out = _maybe_after(rng, at)
        status = "void" if i % 13 == 0 else ("in" if out is None else "out")
        Visit.create(site=site_id, pass_no=f"P{i:04d}", day=at.date(), name=f"访客{i}", checked_in_at=at,
                     valid_until=at + dt.timedelta(hours=8), status=status, signed_out_at=out,
                     party_size=rng.randint(1, 4))
    for i in range(30):
        at = _at(rng)
        closed = _maybe_after(rng, at)
        state = "closed" if closed else rng.choice(["open", "dispatched", "resolved", "cancelled"])
        req = Request.create(site=site_id, number=f"R{i:04d}", channel="phone", category="repair", text="漏水",
                             received_at=at, clock_from=at, state=state, closed_at=closed,
                             due_at=at + dt.timedelta(hours=rng.randint(1, 30)))
        if rng.random() < 0.6:
            Callback.create(request=req, created_at=at, due_at=at + dt.timedelta(days=2),
                            done_at=_maybe_after(rng, at))
    for i in range(12):
        key = Key.create(site=site_id, tag=f"K{i:03d}", label=f"钥匙{i}", kind="unit")
        at = _at(rng)
        lend = KeyMovement.create(site=site_id, key=key, slip_no=f"S{i}", kind="lend", at=at,
                                  due_at=at + dt.timedelta(hours=rng.randint(1, 12)))
        back = _maybe_after(rng, at)
        if back:
            KeyMovement.create(site=site_id, key=key, slip_no=f"S{i}R", kind="return", at=back, closes=lend.id)
        else:  # as services/keys leaves a key that is out: its open movement on the key
            Key.update(state="lent", out_movement=lend.id).where(Key.id == key.id).execute()
    room = Room.create(site=site_id, name="大会议室", capacity=20, opens=dt.time(8), closes=dt.time(22))
    for i in range(15):
        starts = _at(rng)
        Booking.create(site=site_id, number=f"B{i:03d}", room=room, day=starts.date(), starts=starts,
                       ends=starts + dt.timedelta(hours=rng.randint(1, 3)), organiser="李四", attendees=5,
                       state=rng.choice(["confirmed", "in_use", "completed", "cancelled", "no_show", "tentative"]))
    for i in range(25):
        at = _at(rng)
        closed = _maybe_after(rng, at)
        MailItem.create(site=site_id, number=f"M{i:04d}", received_at=at, closed_at=closed,
                        state=("collected" if i % 5 else "returned") if closed else "waiting")
    item = LendItem.create(site=site_id, name="雨伞", quantity=10)
    for i in range(8):
        at = _at(rng)
        Loan.create(site=site_id, number=f"L{i}", item=item, borrower="张三", lent_at=at,
                    due_at=at + dt.timedelta(hours=4))
    for i in range(10):
        used = _maybe_after(rng, _at(rng))
        GoodsPass.create(site=site_id, pass_no=f"G{i}", company="某公司", carrier="王五", valid_on=DAY,
                         time_from=dt.time(8), time_to=dt.time(20), approved_by="刘主管",
                         state="used" if used else rng.choice(["approved", "voided"]), used_at=used)
    for at, kind in ((MIDNIGHT + dt.timedelta(hours=8, minutes=3), "open"),
                     (MIDNIGHT + dt.timedelta(hours=16, minutes=40), "open"),
                     (MIDNIGHT + dt.timedelta(hours=23, minutes=50), "close")):
        LobbyCheck.create(site=site_id, day=at.date(), kind=kind, at=at, by_name="王小丽")
    floor = Floor.create(site=site_id, name="10F", level=10)
    fitouts = []
    for i in range(3):
        unit = Unit.create(site=site_id, floor=floor, code=f"10{i:02d}", area=Decimal("120"))
        tenant = Tenant.create(site=site_id, name=f"装修业户{i}")
        fit = Fitout.create(site=site_id, number=f"ZX{i}", unit=unit, tenant=tenant, applicant_name="甲",
                            contractor_name="乙装饰", area=Decimal("100"), planned_start=DAY, planned_end=DAY,
                            state="in_progress")
        fitouts.append(fit.id)
        for _ in range(3):
            FitoutPatrol.create(fitout=fit, day=DAY, username="steward", findings="正常", created_at=_at(rng),
                                violation=rng.choice(["", "", "noise"]))
    return Seeded(site_id, fitouts)


def within(moment: dt.datetime | None, start: dt.datetime, end: dt.datetime) -> bool:
    return moment is not None and start <= moment < end


def expected_counts(site_id: int, start: dt.datetime, end: dt.datetime) -> dict[str, int]:
    """Every count of the duty log, worked out in Python from all the rows."""
    visits = [v for v in Visit.select().where(Visit.site == site_id) if v.status != "void"]
    requests = list(Request.select().where(Request.site == site_id))
    callbacks = [c for c in Callback.select() if c.request.site_id == site_id]
    moves = list(KeyMovement.select().where(KeyMovement.site == site_id))
    closed_by = {m.closes: m for m in moves if m.closes}
    mail = list(MailItem.select().where(MailItem.site == site_id))
    patrols = [p for p in FitoutPatrol.select() if p.fitout.site_id == site_id and within(p.created_at, start, end)]
    checks = [c for c in LobbyCheck.select().where(LobbyCheck.site == site_id) if within(c.at, start, end)]
    midnight = dt.datetime.combine(start.date(), dt.time())
    shift_visits = [v for v in visits if within(v.checked_in_at, start, end)]
    return {
        "visitors_checked_in": len(shift_visits),
        "visitor_people": sum(v.party_size for v in shift_visits),
        "visitors_inside": sum(1 for v in visits if midnight <= v.checked_in_at < end
                               and (v.signed_out_at is None or v.signed_out_at >= end)),
        "requests_received": sum(within(r.received_at, start, end) for r in requests),
        "requests_closed": sum(r.state == "closed" and within(r.closed_at, start, end) for r in requests),
        "requests_overdue": sum(r.state in ("open", "dispatched", "resolved") and r.due_at is not None
                                and r.due_at < end for r in requests),
        "callbacks_done": sum(within(c.done_at, start, end) for c in callbacks),
        "keys_lent": sum(m.kind == "lend" and within(m.at, start, end) for m in moves),
        "keys_returned": sum(m.kind == "return" and within(m.at, start, end) for m in moves),
        "keys_overdue": sum(m.kind == "lend" and m.at < end and m.due_at < end
                            and not (m.id in closed_by and closed_by[m.id].at < end) for m in moves),
        "bookings_held": sum(b.state in ("confirmed", "in_use", "completed") and b.starts < end and b.ends > start
                             for b in Booking.select().where(Booking.site == site_id)),
        "mail_received": sum(within(m.received_at, start, end) for m in mail),
        "mail_collected": sum(m.state == "collected" and within(m.closed_at, start, end) for m in mail),
        "mail_waiting": sum(m.received_at < end and (m.closed_at is None or m.closed_at >= end) for m in mail),
        "loans_made": sum(within(loan.lent_at, start, end) for loan in Loan.select().where(Loan.site == site_id)),
        "goods_released": sum(g.state == "used" and within(g.used_at, start, end)
                              for g in GoodsPass.select().where(GoodsPass.site == site_id)),
        "lobby_checks_done": len(checks),
        "lobby_checks_missing": 2 - len({c.kind for c in checks}),
        "fitouts_patrolled": len({p.fitout_id for p in patrols}),
        "patrol_violations": sum(p.violation != "" for p in patrols),
    }
