"""The pure booking rules: the buffer's edges, free gaps, recurring dates, the quota split — and properties."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from services.room_rules import charge, clashes, free_gaps, hours_of, round_up, series_days, split_quota

BUF = dt.timedelta(minutes=15)


def t(hhmm: str, day: int = 12) -> dt.datetime:
    return dt.datetime.combine(dt.date(2031, 3, day), dt.time.fromisoformat(hhmm))


def test_the_buffer_edges():
    # Another booking 10:00–11:00.
    other = (t("10:00"), t("11:00"))
    assert not clashes(t("11:15"), t("12:00"), *other, BUF)  # exactly the buffer after: fine
    assert clashes(t("11:14"), t("12:00"), *other, BUF)  # a minute closer: refused
    assert not clashes(t("09:00"), t("09:45"), *other, BUF)  # exactly the buffer before
    assert clashes(t("09:00"), t("09:46"), *other, BUF)
    assert clashes(t("10:15"), t("10:45"), *other, BUF)  # inside
    assert clashes(t("09:00"), t("12:00"), *other, BUF)  # around
    # With no buffer, back to back is fine and one minute of overlap is not.
    zero = dt.timedelta(0)
    assert not clashes(t("11:00"), t("12:00"), *other, zero)
    assert clashes(t("10:59"), t("12:00"), *other, zero)
    # Another day never clashes.
    assert not clashes(t("10:00", 13), t("11:00", 13), *other, BUF)


def test_free_gaps_leave_the_buffer_around_bookings():
    busy = [(t("10:00"), t("11:00")), (t("13:00"), t("14:00"))]
    assert free_gaps(t("08:00"), t("18:00"), busy, BUF) == [
        (t("08:00"), t("09:45")), (t("11:15"), t("12:45")), (t("14:15"), t("18:00"))]
    # Busy at opening and a gap too small to hold anything.
    assert free_gaps(t("08:00"), t("12:00"), [(t("07:00"), t("08:30")), (t("09:00"), t("12:00"))], BUF) == []
    assert free_gaps(t("08:00"), t("09:00"), [], BUF) == [(t("08:00"), t("09:00"))]


def test_round_up_to_the_quarter():
    assert round_up(t("11:15")) == t("11:15")
    assert round_up(t("11:16")) == t("11:30")
    assert round_up(dt.datetime(2031, 3, 12, 11, 59, 30)) == t("12:00")


def test_series_days_weekly_and_on_weekdays():
    wed = dt.date(2031, 3, 12)
    assert series_days(wed, 3) == [wed, dt.date(2031, 3, 19), dt.date(2031, 3, 26)]
    # Monday and Thursday for two weeks starting on a Wednesday: that Monday is already past.
    assert series_days(wed, 2, [4, 1]) == [dt.date(2031, 3, 13), dt.date(2031, 3, 17), dt.date(2031, 3, 20)]


def test_quota_split_and_charge():
    four = Decimal(4)
    assert split_quota(Decimal(0), Decimal(2), four) == (Decimal(2), Decimal(0))
    assert split_quota(Decimal(3), Decimal(2), four) == (Decimal(1), Decimal(1))
    assert split_quota(Decimal(5), Decimal("1.5"), four) == (Decimal(0), Decimal("1.5"))
    assert split_quota(Decimal(0), Decimal(2), Decimal(0)) == (Decimal(0), Decimal(2))
    assert hours_of(t("09:00"), t("10:20")) == Decimal("1.33")
    assert charge(Decimal("1.33"), Decimal("150")) == Decimal("199.50")


quarter = st.integers(min_value=0, max_value=14 * 4).map(lambda q: t("07:00") + dt.timedelta(minutes=15 * q))
span = st.tuples(quarter, st.integers(min_value=1, max_value=12)).map(
    lambda p: (p[0], p[0] + dt.timedelta(minutes=15 * p[1])))
buffers = st.sampled_from([0, 5, 15, 30]).map(lambda m: dt.timedelta(minutes=m))


@settings(max_examples=300, deadline=None)
@given(st.lists(span, max_size=12), buffers)
def test_bookings_accepted_one_by_one_never_clash(requests, buffer):
    accepted: list[tuple[dt.datetime, dt.datetime]] = []
    for s, e in requests:
        if not any(clashes(s, e, os, oe, buffer) for os, oe in accepted):
            accepted.append((s, e))
    for i, (s, e) in enumerate(accepted):
        for os, oe in accepted[i + 1:]:
            # Apart by at least the buffer, in one order or the other.
            assert e + buffer <= os or oe + buffer <= s


@settings(max_examples=300, deadline=None)
@given(st.lists(span, max_size=8), buffers, span)
def test_a_booking_inside_a_free_gap_clashes_with_nothing(busy, buffer, probe):
    opens, closes = t("07:00"), t("22:00")
    gaps = free_gaps(opens, closes, busy, buffer)
    s, e = probe
    inside = any(gs <= s and e <= ge for gs, ge in gaps)
    free = not any(clashes(s, e, bs, be, buffer) for bs, be in busy)
    if opens <= s and e <= closes:
        assert inside == free  # the gaps are exactly the free time: nothing missed, nothing extra
    for (a, b), (c, _d) in zip(gaps, gaps[1:], strict=False):
        assert a < b < c
