"""Two desks booking the same slot at the same moment: exactly one succeeds, on PostgreSQL and on SQLite.

Each thread has its own connection (peewee keeps one per thread). The clash check is slowed down so both
desks are surely between "check" and "insert" together: only the room lock keeps the second one out.
"""
from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from models import Booking, db
from services import bookings, room_attendance
from services.errors import ValidationError
from tests.services.rooms_setup import NOW, booking, make_rooms

CHECK_PAUSE = 0.4


@pytest.fixture
def slow_check(monkeypatch):
    """Hold each desk for a moment right after its clash check, inside its transaction."""
    real = bookings.first_clash

    def checked_then_pause(*args, **kwargs):
        found = real(*args, **kwargs)
        time.sleep(CHECK_PAUSE)
        return found

    monkeypatch.setattr(bookings, "first_clash", checked_then_pause)


def _two_desks(site, datas):
    start = threading.Barrier(len(datas))
    outcomes: list[object] = [None] * len(datas)
    connections: list[object] = [None] * len(datas)

    def desk(i: int, actor) -> None:
        try:
            start.wait()
            connections[i] = db.connection()  # kept, so no id is reused
            outcomes[i] = bookings.create_booking(datas[i], by=actor, at=NOW)
        except Exception as exc:  # noqa: BLE001 - the test inspects whatever each desk got
            outcomes[i] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(i, a)) for i, a in enumerate((site.clerk, site.steward))]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len({id(c) for c in connections}) == 2  # really two connections
    return outcomes, time.monotonic() - began


def test_two_desks_same_slot_exactly_one_wins(site, slow_check):
    rooms = make_rooms(site)
    data = booking(rooms["mid"], "10:00", "11:00")
    outcomes, took = _two_desks(site, [data, booking(rooms["mid"], "10:30", "11:30")])
    won = [o for o in outcomes if isinstance(o, bookings.Booked)]
    lost = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    assert lost[0].code == "room.clash" and lost[0].problems[0].params["number"] == won[0].numbers[0]
    # The second desk waited for the first (two pauses in a row), it did not slip past.
    assert took >= 2 * CHECK_PAUSE
    assert Booking.select().where(Booking.room == rooms["mid"]).count() == 1


def test_two_desks_different_rooms_both_book(site, slow_check):
    rooms = make_rooms(site)
    outcomes, _took = _two_desks(site, [booking(rooms["mid"], "10:00", "11:00"),
                                        booking(rooms["small"], "10:00", "11:00")])
    assert all(isinstance(o, bookings.Booked) for o in outcomes), outcomes
    assert sorted(n for o in outcomes for n in o.numbers) == ["HY-2031-0001", "HY-2031-0002"]


def test_two_desks_finishing_one_tenants_meetings_at_once_count_the_quota_once(site, monkeypatch):
    """Quota 2 h, two 2-hour meetings finished at the same moment: one is free, the other charged in full."""
    from decimal import Decimal

    from models import RoomCharge
    from services import room_charges, settings
    from services.room_charges import ServiceInput
    from tests.services.rooms_setup import DAY, make_tenant

    settings.update_settings({"rooms.free_hours_per_month": 2}, by=site.manager)
    rooms = make_rooms(site)
    tenant = make_tenant(site)
    ids = []
    for room in ("mid", "small"):
        b = bookings.create_booking(booking(rooms[room], "09:00", "11:00", tenant_id=tenant), by=site.clerk,
                                    at=NOW).ids[0]
        room_attendance.check_in(b, by=site.clerk, at=dt.datetime.combine(DAY, dt.time(9)))
        ids.append(b)
    real_split = room_charges.split_quota

    def slow_split(*args):
        time.sleep(CHECK_PAUSE)  # between reading the month's used hours and writing the charge
        return real_split(*args)

    monkeypatch.setattr(room_charges, "split_quota", slow_split)
    start = threading.Barrier(2)
    outcomes: list[object] = [None, None]

    def desk(i: int, actor) -> None:
        try:
            start.wait()
            outcomes[i] = room_charges.finish_booking(ids[i], ServiceInput("茶水"), by=actor)
        except Exception as exc:  # noqa: BLE001
            outcomes[i] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(i, a)) for i, a in enumerate((site.clerk, site.steward))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert all(isinstance(o, room_charges.ChargeRow) for o in outcomes), outcomes
    assert sorted((c.free_hours, c.charged_hours) for c in RoomCharge.select()) == [
        (Decimal(0), Decimal(2)), (Decimal(2), Decimal(0))]
