"""Deadline arithmetic: fixed cases across Spring Festival and National Day 2026, and properties under hypothesis.

The holiday and make-up dates below are those of the chinese-calendar package's data for 2026
(holidays Feb 15-23 with make-up working days Sat Feb 14 and Sat Feb 28; National Day Oct 1-7 with
make-up working days Sun Sep 20 and Sat Oct 10).
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services import deadlines
from services.deadlines import CalendarUnknown, Rule, due, is_working_day, left, measure

T = dt.datetime
EOD = dt.time(23, 59, 59)


def eod(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime.combine(dt.date(y, m, d), EOD)


def test_the_package_knows_the_2026_holidays_and_make_up_days():
    assert not any(is_working_day(dt.date(2026, 2, d)) for d in range(15, 24))
    assert is_working_day(dt.date(2026, 2, 14)) and is_working_day(dt.date(2026, 2, 28))  # Saturdays, 调休
    assert not any(is_working_day(dt.date(2026, 10, d)) for d in range(1, 8))
    assert is_working_day(dt.date(2026, 9, 20)) and is_working_day(dt.date(2026, 10, 10))  # Sun, Sat, 调休
    assert not is_working_day(dt.date(2026, 3, 1))  # an ordinary Sunday


@pytest.mark.parametrize(("start", "rule", "expected"), [
    # Spring Festival: Friday afternoon, two working days -> the make-up Saturday, then Feb 24.
    (T(2026, 2, 13, 16, 0), Rule(2, "workdays"), eod(2026, 2, 24)),
    (T(2026, 2, 13, 16, 0), Rule(1, "workdays"), eod(2026, 2, 14)),
    (T(2026, 2, 13, 16, 0), Rule(3, "workdays"), eod(2026, 2, 25)),
    # Received on a holiday: "the same working day" is the first day back.
    (T(2026, 2, 17, 9, 30), Rule(0, "workdays"), eod(2026, 2, 24)),
    # The make-up Saturday Feb 28 counts; the Sunday after does not.
    (T(2026, 2, 27, 10, 0), Rule(1, "workdays"), eod(2026, 2, 28)),
    (T(2026, 2, 27, 10, 0), Rule(2, "workdays"), eod(2026, 3, 2)),
    # National Day: Sep 30 -> Oct 8, 9, then the make-up Saturday Oct 10.
    (T(2026, 9, 30, 9, 0), Rule(1, "workdays"), eod(2026, 10, 8)),
    (T(2026, 9, 30, 9, 0), Rule(3, "workdays"), eod(2026, 10, 10)),
    (T(2026, 9, 30, 9, 0), Rule(4, "workdays"), eod(2026, 10, 12)),
    # A Saturday request with the make-up Sunday Sep 20 next.
    (T(2026, 9, 19, 10, 0), Rule(1, "workdays"), eod(2026, 9, 20)),
    (T(2026, 9, 19, 10, 0), Rule(4, "workhours"), T(2026, 9, 20, 4, 0)),
    # Working hours stop over the holiday: 8 h left on Sep 30 at 16:00, 20 h more on Oct 8.
    (T(2026, 9, 30, 16, 0), Rule(28, "workhours"), T(2026, 10, 8, 20, 0)),
    # Calendar rules ignore holidays.
    (T(2026, 2, 14, 10, 0), Rule(10, "days"), eod(2026, 2, 24)),
    (T(2026, 10, 1, 10, 0), Rule(0, "days"), eod(2026, 10, 1)),
    (T(2026, 10, 1, 10, 0), Rule(1, "hours"), T(2026, 10, 1, 11, 0)),
])
def test_due_times(start, rule, expected):
    assert due(start, rule) == expected


def test_hold_stops_a_calendar_clock_for_exactly_the_time_held():
    start = T(2026, 3, 2, 10, 0)
    plain = due(start, Rule(3, "days"))
    held = due(start, Rule(3, "days"), [(T(2026, 3, 3, 9, 0), T(2026, 3, 3, 11, 30))])
    assert plain == eod(2026, 3, 5) and held == plain + dt.timedelta(hours=2, minutes=30)


def test_hold_over_the_spring_festival_costs_a_working_day_rule_only_the_make_up_day():
    start = T(2026, 2, 12, 10, 0)
    assert due(start, Rule(2, "workdays")) == eod(2026, 2, 14)
    # On hold from the make-up Saturday until the first day back: only Feb 14 was working time.
    holds = [(T(2026, 2, 14, 0, 0), T(2026, 2, 24, 0, 0))]
    assert due(start, Rule(2, "workdays"), holds) == eod(2026, 2, 24)
    # The same hold on a calendar rule pushes it by the whole ten days.
    assert due(start, Rule(2, "days"), holds) == eod(2026, 2, 14) + dt.timedelta(days=10)


def test_an_open_hold_has_no_due_time_and_frozen_time_left():
    start = T(2026, 3, 2, 10, 0)
    holds = [(T(2026, 3, 2, 12, 0), None)]
    assert due(start, Rule(1, "days"), holds) is None
    frozen = left(start, Rule(1, "days"), holds, T(2026, 3, 2, 15, 0))
    assert frozen == left(start, Rule(1, "days"), holds, T(2026, 3, 9, 15, 0))
    assert frozen == eod(2026, 3, 3) - T(2026, 3, 2, 12, 0)


def test_time_left_counts_down_and_goes_negative_when_overdue():
    start = T(2026, 3, 2, 10, 0)
    assert left(start, Rule(1, "hours"), [], T(2026, 3, 2, 10, 45)) == dt.timedelta(minutes=15)
    assert left(start, Rule(1, "hours"), [], T(2026, 3, 2, 13, 0)) == -dt.timedelta(hours=2)


def test_a_working_day_rule_beyond_the_calendar_is_refused_clearly():
    last = deadlines.calendar_years()[1]
    with pytest.raises(CalendarUnknown) as exc:
        due(T(last, 12, 30, 10, 0), Rule(5, "workdays"))
    assert (exc.value.field, exc.value.code, exc.value.problems[0].params) == (
        "received_at", "deadline.calendar_unknown", {"year": last + 1})
    # Calendar days need no holiday data.
    assert due(T(last + 1, 1, 2, 10, 0), Rule(2, "days")) == eod(last + 1, 1, 4)


def test_a_bad_rule_is_a_programming_error():
    with pytest.raises(ValueError):
        Rule(1, "weeks")
    with pytest.raises(ValueError):
        Rule(-1, "days")


# -- properties ------------------------------------------------------------------------------------------------
starts = st.datetimes(min_value=T(2025, 1, 1), max_value=T(2026, 11, 30)).map(lambda t: t.replace(microsecond=0))
rules = st.builds(Rule, st.integers(0, 12), st.sampled_from(deadlines.UNITS))


@settings(max_examples=150, deadline=None)
@given(start=starts, rule=rules)
def test_the_clock_allowed_is_used_up_exactly_at_the_due_time(start, rule):
    when = due(start, rule)
    assert when >= start
    assert measure(start, when, working=rule.working) == deadlines.budget(start, rule)
    if rule.working and when > start:
        # A working-day clock only ever runs out on a working day.
        assert is_working_day((when - dt.timedelta(seconds=1)).date())


@settings(max_examples=150, deadline=None)
@given(start=starts, rule=rules, extra=st.integers(1, 5))
def test_more_time_never_makes_anything_due_sooner(start, rule, extra):
    assert due(start, Rule(rule.amount + extra, rule.unit)) >= due(start, rule)


@settings(max_examples=150, deadline=None)
@given(start=starts, rule=rules.filter(lambda r: not r.working and r.amount > 0),
       offset=st.integers(0, 3600 * 20), length=st.integers(1, 3600 * 30))
def test_a_hold_inside_a_calendar_clock_moves_the_due_time_by_its_length(start, rule, offset, length):
    plain = due(start, rule)
    hold_start = start + dt.timedelta(seconds=offset)
    if hold_start >= plain:
        return
    hold = (hold_start, hold_start + dt.timedelta(seconds=length))
    assert due(start, rule, [hold]) == plain + dt.timedelta(seconds=length)


@settings(max_examples=100, deadline=None)
@given(start=starts, rule=rules.filter(lambda r: r.working), holds=st.lists(
    st.tuples(st.integers(0, 3600 * 24 * 20), st.integers(60, 3600 * 24 * 4)), max_size=3))
def test_held_time_is_never_counted(start, rule, holds):
    spans = [(start + dt.timedelta(seconds=a), start + dt.timedelta(seconds=a + n)) for a, n in holds]
    when = due(start, rule, spans)
    assert when >= due(start, rule)
    assert measure(start, when, spans, working=True) == deadlines.budget(start, rule)
