"""The pure rules of room booking: overlap with the set-up/clean-up buffer, free gaps, recurring dates, quota."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

HOUR = Decimal(3600)
CENT = Decimal("0.01")


def clashes(start: dt.datetime, end: dt.datetime, other_start: dt.datetime, other_end: dt.datetime,
            buffer: dt.timedelta) -> bool:
    """Whether two bookings of one room are too close: they must be at least `buffer` apart.

    A booking ending 10:00 and one starting 10:15 with a 15-minute buffer are fine; 10:14 is refused.
    """
    return start < other_end + buffer and other_start < end + buffer


def free_gaps(opens: dt.datetime, closes: dt.datetime, busy: Iterable[tuple[dt.datetime, dt.datetime]],
              buffer: dt.timedelta) -> list[tuple[dt.datetime, dt.datetime]]:
    """The stretches between `opens` and `closes` where a booking may lie without clashing with `busy`.

    Each busy booking blocks [start - buffer, end + buffer); a booking that fits wholly inside a gap
    returned here passes `clashes` against every busy one.
    """
    blocked = sorted((s - buffer, e + buffer) for s, e in busy)
    gaps: list[tuple[dt.datetime, dt.datetime]] = []
    cursor = opens
    for s, e in blocked:
        if s > cursor:
            gaps.append((cursor, min(s, closes)))
        cursor = max(cursor, e)
        if cursor >= closes:
            break
    if cursor < closes:
        gaps.append((cursor, closes))
    return [(s, e) for s, e in gaps if e > s]


def round_up(moment: dt.datetime, minutes: int = 15) -> dt.datetime:
    """The next quarter hour (or `minutes` step) at or after `moment`."""
    base = moment.replace(second=0, microsecond=0)
    if base < moment:
        base += dt.timedelta(minutes=1)
    extra = (-base.minute) % minutes
    return base + dt.timedelta(minutes=extra)


def series_days(first_day: dt.date, weeks: int, weekdays: Iterable[int] = ()) -> list[dt.date]:
    """The dates of a recurring booking: weekly on `first_day`'s weekday, or on the chosen ISO weekdays
    (1 = Monday), for `weeks` weeks counted from the week of `first_day`; never before `first_day`."""
    chosen = sorted(set(weekdays)) or [first_day.isoweekday()]
    monday = first_day - dt.timedelta(days=first_day.isoweekday() - 1)
    days = []
    for week in range(weeks):
        for weekday in chosen:
            day = monday + dt.timedelta(weeks=week, days=weekday - 1)
            if day >= first_day:
                days.append(day)
    return days


def hours_of(start: dt.datetime, end: dt.datetime) -> Decimal:
    """Booked hours to the hundredth."""
    return (Decimal(int((end - start).total_seconds())) / HOUR).quantize(CENT, ROUND_HALF_UP)


def split_quota(used_before: Decimal, hours: Decimal, quota: Decimal) -> tuple[Decimal, Decimal]:
    """(free, charged) hours of a booking when the tenant had already used `used_before` hours this month."""
    free = max(Decimal(0), min(hours, quota - used_before))
    return free, hours - free


def charge(charged_hours: Decimal, rate: Decimal) -> Decimal:
    return (charged_hours * rate).quantize(CENT, ROUND_HALF_UP)
