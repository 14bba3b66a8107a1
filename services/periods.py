"""Report periods: a week (Monday–Sunday), a calendar month or any range of days, read from what the manager
types (`2026-W47`, `2026-11`, `2026-11-01..2026-11-15`), and the moments that bound them for range counts."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from services.errors import ValidationError
from services.money import add_months

KINDS = ("weekly", "monthly", "range")
LONGEST_DAYS = 366  # a report of more than a year is a mistake in the dates, not a report
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_RANGE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})\s*(?:\.\.|~|～|至|—|/)\s*(\d{4}-\d{1,2}-\d{1,2})$")


@dataclass(frozen=True)
class Period:
    """The days a report covers, both ends included, and how it is named on paper."""

    kind: str
    start: dt.date
    end: dt.date

    @property
    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    @property
    def text(self) -> str:
        """As typed back: `2026-W47`, `2026-11` or `2026-11-01..2026-11-15`."""
        if self.kind == "weekly":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == "monthly":
            return f"{self.start:%Y-%m}"
        return f"{self.start:%Y-%m-%d}..{self.end:%Y-%m-%d}"

    @property
    def label(self) -> str:
        """As printed: 2026年第47周（11月16日–11月22日） / 2026年11月 / 2026-11-01 至 2026-11-15."""
        if self.kind == "weekly":
            year, week, _ = self.start.isocalendar()
            return (f"{year}年第{week}周（{self.start:%Y-%m-%d} 至 {self.end:%Y-%m-%d}）")
        if self.kind == "monthly":
            return f"{self.start.year}年{self.start.month}月"
        return f"{self.start:%Y-%m-%d} 至 {self.end:%Y-%m-%d}"


def bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[first moment, the moment after the last day) of a range of days: `at >= lo AND at < hi`."""
    return dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)


def week_of(day: dt.date) -> Period:
    monday = day - dt.timedelta(days=day.weekday())
    return Period("weekly", monday, monday + dt.timedelta(days=6))


def month_of(day: dt.date) -> Period:
    first = day.replace(day=1)
    return Period("monthly", first, add_months(first, 1) - dt.timedelta(days=1))


def _bad(kind: str) -> ValidationError:
    return ValidationError("period", f"report.period_{kind}")


def parse_period(kind: str, text: str) -> Period:
    """The period the manager typed for a weekly, monthly or range report; ValidationError on `period`."""
    if kind not in KINDS:
        raise ValidationError("kind", "report.kind")
    text = (text or "").strip()
    if not text:
        raise ValidationError("period", "required")
    try:
        if kind == "weekly":
            m = _WEEK.match(text)
            if m:
                return week_of(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1))
            return week_of(dt.date.fromisoformat(text))  # any day of the week will do
        if kind == "monthly":
            m = _MONTH.match(text)
            if not m:
                raise _bad(kind)
            return month_of(dt.date(int(m[1]), int(m[2]), 1))
        m = _RANGE.match(text)
        if not m:
            raise _bad(kind)
        start, end = (dt.date.fromisoformat(_padded(part)) for part in (m[1], m[2]))
    except ValueError:
        raise _bad(kind) from None
    if end < start:
        raise ValidationError("period", "report.period_order")
    if (end - start).days >= LONGEST_DAYS:
        raise ValidationError("period", "report.period_long", days=LONGEST_DAYS)
    return Period("range", start, end)


def _padded(text: str) -> str:
    y, m, d = text.split("-")
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
