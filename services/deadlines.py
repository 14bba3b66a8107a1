"""Deadline arithmetic: calendar or working days/hours, the official holiday calendar, and clocks stopped on hold.

Pure functions, no database: the requests service reads the rules from site settings and the hold
periods from its tables, and asks here when something is due.

A rule is an amount and a unit:
- ``hours``: that many hours of wall-clock time;
- ``workhours``: that many hours counted on working days only (the clock does not run on a rest day);
- ``days``: by the end of the Nth calendar day after the start day (0 = the same day);
- ``workdays``: by the end of the Nth working day after the start day (0 = the same day, or the next
  working day if the start day is a rest day).
Working days follow China's official calendar (chinese-calendar): public holidays are off, the
weekend days made working days (调休) are on. While a request is on hold its clock stops: the time
held is not counted, measured the way the rule counts (a weekend on hold costs a working-day rule
nothing).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from services.errors import ValidationError

UNITS = ("hours", "workhours", "days", "workdays")
WORKING_UNITS = frozenset({"workhours", "workdays"})
_DAY = dt.timedelta(days=1)
_SECOND = dt.timedelta(seconds=1)
# A deadline further than this from its start is a mistake in the rules, not a real promise.
_LONGEST = dt.timedelta(days=3 * 366)

Hold = tuple[dt.datetime, "dt.datetime | None"]


class CalendarUnknown(ValidationError):
    """A working-day rule needs a year the installed holiday calendar does not know yet."""

    def __init__(self, day: dt.date, field: str = "received_at") -> None:
        super().__init__(field, "deadline.calendar_unknown", year=day.year)
        self.day = day


@dataclass(frozen=True)
class Rule:
    """How long a step may take: `amount` of `unit` (see the module's docstring)."""

    amount: int
    unit: str

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValueError(f"unknown deadline unit {self.unit!r}")
        if self.amount < 0:
            raise ValueError("a deadline amount cannot be negative")

    @property
    def working(self) -> bool:
        return self.unit in WORKING_UNITS


@lru_cache(maxsize=4096)
def is_working_day(day: dt.date) -> bool:
    """Whether `day` is a working day on the official calendar; CalendarUnknown beyond its years."""
    import chinese_calendar

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        raise CalendarUnknown(day) from None


def calendar_years() -> tuple[int, int]:
    """The first and last year the installed holiday calendar knows."""
    import chinese_calendar

    years = [d.year for d in chinese_calendar.constants.holidays]
    return min(years), max(years)


def end_of_day(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def _counts(day: dt.date, working: bool) -> bool:
    return is_working_day(day) if working else True


def target(start: dt.datetime, rule: Rule) -> dt.datetime:
    """The due time of `rule` from `start` if the clock never stopped."""
    if rule.unit == "hours":
        return start + dt.timedelta(hours=rule.amount)
    if rule.unit == "days":
        return end_of_day(start.date() + dt.timedelta(days=rule.amount))
    if rule.unit == "workhours":
        return _walk(start, dt.timedelta(hours=rule.amount), (), working=True)
    day = start.date()
    if rule.amount == 0:
        while not is_working_day(day):
            day += _DAY
    else:
        left = rule.amount
        while left:
            day += _DAY
            left -= is_working_day(day)
    return end_of_day(day)


def _merged(holds: Sequence[Hold], start: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
    """Closed hold periods after `start`, clipped to it, sorted and merged."""
    spans = sorted((max(a, start), b) for a, b in holds if b is not None and b > start)
    out: list[tuple[dt.datetime, dt.datetime]] = []
    for a, b in spans:
        if a >= b:
            continue
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _running(start: dt.datetime, holds: Sequence[Hold], *, working: bool) -> Iterator[tuple[dt.datetime, dt.datetime]]:
    """The stretches after `start` in which the clock runs: counting days, minus the holds."""
    spans = _merged(holds, start)
    day = start.date()
    while True:
        day_start = max(start, dt.datetime.combine(day, dt.time.min))
        day_end = dt.datetime.combine(day + _DAY, dt.time.min)
        if _counts(day, working):
            cursor = day_start
            for a, b in spans:
                if b <= cursor or a >= day_end:
                    continue
                if a > cursor:
                    yield cursor, a
                cursor = max(cursor, b)
            if cursor < day_end:
                yield cursor, day_end
        day += _DAY


def _walk(start: dt.datetime, budget: dt.timedelta, holds: Sequence[Hold], *, working: bool) -> dt.datetime:
    """The moment `budget` of running clock has been used up after `start`."""
    left = budget
    if left <= dt.timedelta(0):
        return start
    for a, b in _running(start, holds, working=working):
        if b - a >= left:
            return a + left
        left -= b - a
        if a - start > _LONGEST:
            raise ValueError("deadline out of range")
    raise AssertionError("unreachable")  # pragma: no cover - _running never ends


def measure(start: dt.datetime, end: dt.datetime, holds: Sequence[Hold] = (), *, working: bool) -> dt.timedelta:
    """How much running clock lies between `start` and `end` (rest days and held time not counted)."""
    total = dt.timedelta(0)
    if end <= start:
        return total
    for a, b in _running(start, holds, working=working):
        if a >= end:
            break
        total += min(b, end) - a
    return total


def budget(start: dt.datetime, rule: Rule) -> dt.timedelta:
    """The running time the rule allows from `start`."""
    if rule.unit in ("hours", "workhours"):
        return dt.timedelta(hours=rule.amount)
    return measure(start, target(start, rule), working=rule.working)


def due(start: dt.datetime, rule: Rule, holds: Sequence[Hold] = ()) -> dt.datetime | None:
    """When a step started at `start` is due under `rule`, the held time not counted.

    None while a hold is still open: the clock is stopped and no due time can be promised.
    """
    if any(end is None for _a, end in holds):
        return None
    if not holds:
        return target(start, rule)
    return _walk(start, budget(start, rule), holds, working=rule.working)


def left(start: dt.datetime, rule: Rule, holds: Sequence[Hold], at: dt.datetime) -> dt.timedelta:
    """The running time still left at `at` (negative once overdue; frozen while on hold)."""
    closed = [(a, b if b is not None else max(a, at)) for a, b in holds]
    allowed = budget(start, rule)
    used = measure(start, at, closed, working=rule.working)
    if used < allowed:
        return allowed - used
    # Overdue: say by how much in wall-clock time since the due moment.
    return -(at - (due(start, rule, closed) or at))


def due_by_time(wanted: dt.datetime | None, start: dt.datetime, rule: Rule,
                holds: Sequence[Hold] = ()) -> dt.datetime | None:
    """A step due by the rule, or by the time the tenant asked for if they gave one (minor complaints)."""
    if wanted is not None and wanted > start:
        return wanted
    return due(start, rule, holds)
