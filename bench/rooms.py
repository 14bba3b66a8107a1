"""Meeting rooms at the demo tower's size (20 rooms, ~2,300 bookings): what a clerk waits for on the rooms page."""
from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from bench.report import Result


def _ms(action, rounds: int) -> float:
    action()  # warm
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(quick: bool = False) -> list[Result]:
    import models
    from models import User
    from services import bookings, demo, room_attendance, room_calendar, room_prints, rooms
    from services.auth import actor_of
    from services.bookings import BookingInput
    from services.room_calendar import SlotQuery

    rounds = 5 if quick else 20
    with tempfile.TemporaryDirectory() as tmp:
        models.open_database(f"sqlite:///{Path(tmp) / 'demo.db'}")
        models.ensure_schema()
        from services import demo_rooms

        spent: list[float] = []
        fill_rooms = demo_rooms.fill_rooms

        def timed(*args, **kwargs):  # the rooms part of the demo alone, not the tenants before it
            started = time.perf_counter()
            try:
                return fill_rooms(*args, **kwargs)
            finally:
                spent.append(time.perf_counter() - started)

        demo_rooms.fill_rooms = timed
        try:
            demo.fill_demo()
        finally:
            demo_rooms.fill_rooms = fill_rooms
        fill = spent[0]
        clerk = actor_of(User.get(User.username == "clerk"))
        today = dt.date.today()
        room_list = rooms.list_rooms(by=clerk)
        slot = SlotQuery(12, 120, today + dt.timedelta(days=3), dt.time(13), dt.time(18), ["projector"])
        day = today + dt.timedelta(days=30)
        minute = iter(range(10_000))

        def book() -> None:
            # Back-to-back quarter-hour bookings far ahead, each one checked for clashes under the room lock.
            n = next(minute)
            start = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(days=n // 40, minutes=(n % 40) * 30)
            bookings.create_booking(BookingInput(room_list[0].id, start.date(), start.time(),
                                                 (start + dt.timedelta(minutes=15)).time(), None, "王小丽", "",
                                                 2), by=clerk)

        results = [
            Result("rooms: demo rooms + 60 days", "s", fill, None, None),
            Result("rooms: day view, 20 rooms", "ms", _ms(lambda: room_calendar.day_blocks(today, by=clerk), rounds),
                   None, None),
            Result("rooms: free-slot finder", "ms", _ms(lambda: room_calendar.find_free_slots(slot, by=clerk), rounds),
                   None, None),
            Result("rooms: book with clash check", "ms", _ms(book, rounds), None, None),
            Result("rooms: no-show sweep", "ms", _ms(lambda: room_attendance.release_no_shows(by=clerk), rounds),
                   None, None),
            Result("rooms: door schedule PDF", "ms",
                   _ms(lambda: room_prints.print_day_schedule(room_list[0].id, today, by=clerk), max(3, rounds // 4)),
                   None, None),
        ]
        models.db.close()
    return results
