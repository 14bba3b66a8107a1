"""Meeting rooms on the five-year tower (60,000 bookings): the clash check a booking waits for, the whole
booking, the free-slot finder and the door schedule."""
from __future__ import annotations

import datetime as dt
import statistics
import time

from bench.report import Result
from bench.tower import Bench


def _ms(action, rounds: int) -> float:
    action()  # warm
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(bench: Bench) -> list[Result]:
    from peewee import fn

    import models
    from models import Booking, User
    from services import bookings, room_calendar, room_prints, rooms
    from services.auth import actor_of
    from services.bookings import BookingInput
    from services.room_calendar import SlotQuery

    rounds = 5 if bench.quick else 20
    models.open_database(bench.url)
    try:
        clerk = actor_of(User.get(User.username == "clerk"))
        today = dt.date.today()
        room_list = rooms.list_rooms(by=clerk)
        busiest = (Booking.select(Booking.room, fn.COUNT(Booking.id).alias("n")).group_by(Booking.room)
                   .order_by(fn.COUNT(Booking.id).desc()).first().room_id)
        slot = SlotQuery(12, 120, today + dt.timedelta(days=3), dt.time(13), dt.time(18), ["projector"])
        buffer = bookings.buffer_of(clerk.site_id)
        # A day well ahead that no earlier run left bookings on: the bench deletes its own at the end.
        day = today + dt.timedelta(days=200)
        made: list[int] = []
        minute = iter(range(10_000))

        def clash_check() -> None:
            starts = dt.datetime.combine(today - dt.timedelta(days=400), dt.time(10))
            bookings.first_clash(busiest, starts, starts + dt.timedelta(hours=1), buffer)

        def book() -> None:
            # Quarter-hour bookings half an hour apart (the site's buffer between them), each checked for
            # clashes under the room lock.
            n = next(minute)
            start = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(days=n // 20, minutes=(n % 20) * 30)
            booked = bookings.create_booking(BookingInput(
                busiest, start.date(), start.time(), (start + dt.timedelta(minutes=15)).time(), None, "王小丽", "",
                2), by=clerk)
            made.extend(booked.ids)

        try:
            results = [
                Result("rooms.clash_check", "ms", _ms(clash_check, rounds * 5), None, limit=5),
                Result("rooms.book_with_clash_check", "ms", _ms(book, rounds), None),
                Result("rooms.free_slot_finder", "ms",
                       _ms(lambda: room_calendar.find_free_slots(slot, by=clerk), rounds), None, limit=50),
                Result("rooms.door_schedule_pdf", "ms",
                       _ms(lambda: room_prints.print_day_schedule(room_list[0].id, today, by=clerk),
                           max(3, rounds // 4)), None),
            ]
        finally:
            _forget(made)
    finally:
        models.db.close()
    return results


def _forget(booking_ids: list[int]) -> None:
    """Take the bench's own bookings out again, so the next run finds the tower as it was built."""
    from models import Booking, db

    with db.atomic():
        Booking.delete().where(Booking.id.in_(booking_ids)).execute()
