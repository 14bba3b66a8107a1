"""The site's shifts (班次) as its `duty.shifts` setting writes them: '早班 08:00-16:00；中班 16:00-24:00；…'.

A shift's day is the day it starts on; a shift whose end is not after its start runs past midnight
(夜班 20:00-08:00), and 24:00 is the next midnight. No Qt, no models: settings.py checks the text with it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DEFAULT = "早班 08:00-16:00；中班 16:00-24:00；夜班 00:00-08:00"
_ONE = re.compile(r"^(\S{1,20})\s+(\d{1,2}):(\d{2})\s*[-–—~至]\s*(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class Shift:
    name: str
    start: int  # minutes after midnight
    end: int  # minutes after the start's midnight (past 1440 when the shift runs over midnight)

    def span(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """When the shift of `day` starts and ends."""
        midnight = dt.datetime.combine(day, dt.time())
        return midnight + dt.timedelta(minutes=self.start), midnight + dt.timedelta(minutes=self.end)

    @property
    def label(self) -> str:
        def hm(minutes: int) -> str:
            return f"{minutes // 60:02d}:{minutes % 60:02d}"
        end = self.end if self.end <= 1440 else self.end - 1440
        return f"{self.name} {hm(self.start)}–{hm(end)}"


def parse(text: str) -> list[Shift]:
    """The shifts in the order written; ValueError with the setting's message code when the text is wrong."""
    shifts: list[Shift] = []
    for part in (p.strip() for p in re.split(r"[；;\n]", text or "")):
        if not part:
            continue
        m = _ONE.match(part)
        if not m:
            raise ValueError("duty.shifts_format")
        name, h1, m1, h2, m2 = m.group(1), *(int(g) for g in m.groups()[1:])
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
            raise ValueError("duty.shifts_format")
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if end <= start:
            end += 1440
        shifts.append(Shift(name, start, end))
    if not shifts:
        raise ValueError("duty.shifts_format")
    if len({s.name for s in shifts}) != len(shifts):
        raise ValueError("duty.shifts_twice")
    # The shifts must not overlap in the day (one log per moment); gaps are allowed (a desk shut at night).
    minutes = sorted((s.start, s.end) for s in shifts)
    for (_s1, e1), (s2, _e2) in zip(minutes, minutes[1:], strict=False):
        if s2 < e1:
            raise ValueError("duty.shifts_overlap")
    first_start, last_end = minutes[0][0], minutes[-1][1]
    if last_end - 1440 > first_start:
        raise ValueError("duty.shifts_overlap")
    return shifts


def check(text: str) -> str:
    """'' when the text is a valid list of shifts, else the message code (for the settings' registry)."""
    try:
        parse(text)
    except ValueError as exc:
        return str(exc)
    return ""


def shift_at(shifts: list[Shift], moment: dt.datetime) -> tuple[dt.date, Shift] | None:
    """The (day, shift) whose span holds `moment`, or None in a gap between shifts."""
    for day in (moment.date(), moment.date() - dt.timedelta(days=1)):
        for shift in shifts:
            start, end = shift.span(day)
            if start <= moment < end:
                return day, shift
    return None


def next_shift(shifts: list[Shift], day: dt.date, shift: Shift) -> tuple[dt.date, Shift]:
    """The shift that starts first at or after this one's end."""
    _start, end = shift.span(day)
    best: tuple[dt.datetime, dt.date, Shift] | None = None
    for d in (end.date() - dt.timedelta(days=1), end.date(), end.date() + dt.timedelta(days=1)):
        for s in shifts:
            begins = s.span(d)[0]
            if begins >= end and (best is None or begins < best[0]):
                best = (begins, d, s)
    assert best is not None
    return best[1], best[2]
