"""The manager's report: every figure against counts made here with plain SQL from the seeded rows; the periods;
the workbook read back; the PDF read back (A4, section titles, figures)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

from models import db
from services import periods, reports
from services.errors import PermissionDenied, ValidationError
from tests.printouts.pdftools import page_size, pdf_text
from tests.reportfixtures import MONTH, seed

LO, HI = "2026-11-01 00:00:00", "2026-12-01 00:00:00"


def sql(query: str, *params) -> list[tuple]:
    """Plain SQL with ? placeholders on either database."""
    from models import is_postgres

    if is_postgres():
        query = query.replace("?", "%s")
    return list(db.execute_sql(query, params).fetchall())


def one(query: str, *params) -> int:
    return int(sql(query, *params)[0][0] or 0)


@pytest.fixture
def seeded(site):
    return seed(site)


def test_every_figure_of_the_month_matches_the_rows(site, seeded):
    steps = []
    r = reports.build_report(MONTH, by=site.manager, progress=lambda n, of, what: steps.append((n, of, what)))
    assert [s[0] for s in steps] == list(range(1, len(reports.SECTIONS) + 1))
    assert steps[-1][2] == "外包服务考评"
    s = site.site_id

    # Moves: started by the day they were taken, completed by their completion, cancelled by their last change.
    for kind, table in (("ins", "move_in"), ("outs", "move_out")):
        assert getattr(r.moves, f"{kind}_started") == one(
            f"SELECT COUNT(*) FROM {table} WHERE site_id = ? AND created_at >= ? AND created_at < ?", s, LO, HI)
        assert getattr(r.moves, f"{kind}_completed") == one(
            f"SELECT COUNT(*) FROM {table} WHERE site_id = ? AND state = 'done' AND completed_at >= ? "
            "AND completed_at < ?", s, LO, HI)
        assert getattr(r.moves, f"{kind}_cancelled") == one(
            f"SELECT COUNT(*) FROM {table} WHERE site_id = ? AND state = 'cancelled' AND updated_at >= ? "
            "AND updated_at < ?", s, LO, HI)
    assert r.moves.ins_started and r.moves.ins_completed

    # Fit-outs: the state each stood in at the month's end is the last step taken by then.
    expected: dict[str, int] = {}
    for (fid,) in sql("SELECT id FROM fitout WHERE site_id = ? AND created_at < ?", s, HI):
        last = sql("SELECT to_state FROM fitout_step WHERE fitout_id = ? AND at < ? ORDER BY at DESC, id DESC", fid, HI)
        state = last[0][0] if last else "draft"
        expected[state] = expected.get(state, 0) + 1
    assert r.fitouts.by_state == expected and len(expected) > 3
    for action, got in (("start_work", r.fitouts.started), ("accept", r.fitouts.accepted),
                        ("close", r.fitouts.closed)):
        assert got == one("SELECT COUNT(DISTINCT fitout_id) FROM fitout_step WHERE action = ? AND at >= ? AND at < ?",
                          action, LO, HI)
    assert r.fitouts.applied == one("SELECT COUNT(*) FROM fitout WHERE site_id = ? AND created_at >= ? "
                                    "AND created_at < ?", s, LO, HI)

    # Visitors per day: every day of the month, voided passes left out.
    assert [d for d, _, _ in r.visits] == MONTH.days
    for day, visits, people in r.visits:
        rows = sql("SELECT party_size FROM visit WHERE site_id = ? AND day = ? AND status != 'void'", s, day)
        assert (visits, people) == (len(rows), sum(p for (p,) in rows)), day
    assert sum(v for _, v, _ in r.visits) > 20

    # Rooms: held bookings and their hours against opening hours × 30 days; no-shows; cancellations.
    for use in r.rooms:
        rows = sql("SELECT state, starts, ends FROM booking WHERE room_id = ? AND day >= ? AND day <= ?", use.room_id,
                   MONTH.start, MONTH.end)
        held = [(a, b) for st, a, b in rows if st in ("tentative", "confirmed", "in_use", "completed")]
        assert use.bookings == len(held)
        assert use.hours == sum((Decimal((_dt(b) - _dt(a)).seconds) / 3600 for a, b in held), Decimal(0))
        assert use.no_shows == sum(st == "no_show" for st, _, _ in rows)
        assert use.cancelled == sum(st == "cancelled" for st, _, _ in rows)
        opens, closes = sql("SELECT opens, closes FROM room WHERE id = ?", use.room_id)[0]
        assert use.open_hours == 30 * Decimal((_dt(f"2026-01-01 {closes}") - _dt(f"2026-01-01 {opens}")).seconds) / 3600
    assert {u.room_id for u in r.rooms} == set(seeded.rooms.values())
    assert r.rooms[0].use == float(r.rooms[0].hours / r.rooms[0].open_hours)

    # Requests per category and complaint level: received, cancelled, resolved, in time (as seeded).
    for c in r.requests:
        where = "site_id = ? AND category = ? AND level = ?"
        assert c.received == one(f"SELECT COUNT(*) FROM request WHERE {where} AND received_at >= ? AND received_at < ?",
                                 s, c.category, c.level, LO, HI)
        assert c.cancelled == one(f"SELECT COUNT(*) FROM request WHERE {where} AND received_at >= ? "
                                  "AND received_at < ? AND state = 'cancelled'", s, c.category, c.level, LO, HI)
        assert c.resolved == one(f"SELECT COUNT(*) FROM request WHERE {where} AND resolved_at >= ? "
                                 "AND resolved_at < ? AND state != 'cancelled'", s, c.category, c.level, LO, HI)
        key = c.level or c.category
        assert (c.resolved, c.in_time) == (seeded.resolved.get(key, 0), seeded.in_time.get(key, 0)), key
    assert sum(c.resolved - c.in_time for c in r.requests) > 0  # some were late
    assert {c.level for c in r.complaints()} == {"major", "important", "minor"}

    # Callbacks: those due or made in the month; made by its end; satisfied.
    window = ("FROM callback c JOIN request r ON r.id = c.request_id WHERE r.site_id = ? AND r.state != 'cancelled' "
              "AND ((c.due_at >= ? AND c.due_at < ?) OR (c.done_at >= ? AND c.done_at < ?))")
    owed = one(f"SELECT COUNT(*) {window}", s, LO, HI, LO, HI)
    made = one(f"SELECT COUNT(*) {window} AND c.done_at IS NOT NULL AND c.done_at < ?", s, LO, HI, LO, HI, HI)
    happy = one(f"SELECT COUNT(*) {window} AND c.done_at < ? AND c.satisfied", s, LO, HI, LO, HI, HI)
    assert (r.callbacks.owed, r.callbacks.made, r.callbacks.satisfied) == (owed, made, happy)
    assert owed > made > 0 and r.callbacks.rate == made / owed

    # Contractors: the month's inspections, their mean and pass rate; the month's evaluation as it stands.
    assert [x.contractor_id for x in r.contractors] == list(seeded.contractors.values())
    for x in r.contractors:
        scores = [Decimal(str(v)) for (v,) in sql(
            "SELECT score FROM contractor_inspection WHERE contractor_id = ? AND day >= ? AND day <= ?",
            x.contractor_id, MONTH.start, MONTH.end)]
        assert x.inspections == len(scores) > 5
        assert x.mean == (sum(scores) / len(scores)).quantize(Decimal("0.01"))
        assert x.passed == sum(v >= 80 for v in scores)
        (score, grade, state), = sql("SELECT score, grade, state FROM evaluation WHERE contractor_id = ? "
                                     "AND month = ? ORDER BY revision DESC", x.contractor_id, MONTH.start)[:1]
        assert x.evaluations == ((MONTH.start, Decimal(str(score)).quantize(Decimal("0.01")), grade, state),)
    assert [x.evaluations[0][3] for x in r.contractors] == ["signed", "draft"]

    # The tables carry the same figures (the page, the PDF and the workbook all read them).
    tables = {t.key: t for t in r.tables}
    assert tables["visits"].rows[-1] == ("合计", "", sum(v for _, v, _ in r.visits), sum(p for _, _, p in r.visits))
    assert tables["requests"].rows[-1][1] == sum(c.received for c in r.requests)
    assert tables["callbacks"].rows[2] == ("回访率", made / owed)


def _dt(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def test_workbook_has_a_sheet_per_section_with_the_figures(site, seeded):
    r = reports.build_report(MONTH, by=site.manager)
    wb = load_workbook(BytesIO(reports.report_xlsx(r)))
    assert wb.sheetnames == ["概要", *(t.title for t in r.tables)]
    assert wb["概要"]["B3"].value == "2026年11月"
    visits = wb["访客"]
    assert [c.value for c in visits[1]] == ["日期", "星期", "来访（人次）", "人数"]
    assert visits.cell(2, 1).value.date() == MONTH.start
    totals = [row for row in visits.iter_rows(values_only=True) if row[0] == "合计"][0]
    assert totals[2:] == (sum(v for _, v, _ in r.visits), sum(p for _, _, p in r.visits))
    rooms = wb["会议室使用"]
    first = r.rooms[0]
    assert [c.value for c in rooms[2]] == [first.room, first.bookings, float(first.hours), float(first.open_hours),
                                            pytest.approx(first.use), first.no_shows, first.cancelled]
    assert rooms.cell(2, 5).number_format == "0.0%"
    callbacks = {row[0]: row[1] for row in wb["回访"].iter_rows(values_only=True) if row and row[0]}
    assert callbacks["应回访"] == r.callbacks.owed and callbacks["回访率"] == pytest.approx(r.callbacks.rate)
    contractors = wb["外包服务考评"]
    assert contractors.cell(2, 3).value == r.contractors[0].inspections
    levels = [row[0] for row in wb["投诉（按级别）"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert levels == ["重大投诉", "重要投诉", "一般投诉"]


def test_pdf_is_a4_with_every_section_and_its_figures(site, seeded, tmp_path):
    r = reports.build_report(MONTH, by=site.manager)
    path = tmp_path / "monthly.pdf"
    reports.write_report(r, path)
    assert page_size(path) == pytest.approx((595.3, 841.9), abs=1)  # A4 in points
    text = pdf_text(path)
    assert "客服中心月报" in text and "2026年11月" in text
    for title in ("本期要点", "交楼与退租", "装修管理", "访客", "会议室使用", "报修投诉（按类别）", "投诉（按级别）",
                  "回访", "外包服务考评", "重大投诉", "施工中"):
        assert title in text, title
    assert f"{sum(v for _, v, _ in r.visits)}" in text  # the month's visits
    assert reports.percent(r.callbacks.rate) in text
    assert f"{r.contractors[0].mean:.2f}" in text


def test_periods_as_typed():
    assert periods.parse_period("weekly", "2026-W47") == periods.Period("weekly", dt.date(2026, 11, 16),
                                                                          dt.date(2026, 11, 22))
    assert periods.parse_period("weekly", "2026-11-18").start == dt.date(2026, 11, 16)  # any day of the week
    assert periods.parse_period("monthly", "2026-2").end == dt.date(2026, 2, 28)
    assert periods.parse_period("range", "2026-11-01..2026-11-15") == periods.Period(
        "range", dt.date(2026, 11, 1), dt.date(2026, 11, 15))
    assert periods.parse_period("weekly", "2026-W47").text == "2026-W47"
    bad = (("weekly", "2026-W60", "report.period_weekly"), ("monthly", "2026-13", "report.period_monthly"),
           ("monthly", "十一月", "report.period_monthly"), ("range", "2026-11-01", "report.period_range"),
           ("range", "2026-11-15..2026-11-01", "report.period_order"),
           ("range", "2025-01-01..2026-12-31", "report.period_long"), ("monthly", " ", "required"))
    for kind, text, code in bad:
        with pytest.raises(ValidationError) as exc:
            periods.parse_period(kind, text)
        assert [(p.field, p.code) for p in exc.value.problems] == [("period", code)], text


def test_a_week_and_who_may_see_reports(site, seeded):
    week = periods.parse_period("weekly", "2026-W45")  # 11-02 .. 11-08
    r = reports.report_for("weekly", "2026-W45", by=site.supervisor)
    assert r.period == week and r.title == "客服中心周报" and len(r.visits) == 7
    assert sum(v for _, v, _ in r.visits) == one(
        "SELECT COUNT(*) FROM visit WHERE site_id = ? AND day >= ? AND day <= ? AND status != 'void'",
        site.site_id, week.start, week.end)
    with pytest.raises(PermissionDenied):
        reports.report_for("monthly", "2026-11", by=site.clerk)
