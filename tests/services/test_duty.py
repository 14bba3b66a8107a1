"""The duty log and handover: counts against the rows, shifts, close and acknowledge, carry-over, stale saves."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from models import AuditEntry, Visit
from models.duty import DutyLog
from services import duty, duty_counts, settings, shifts
from services.duty import HandoverInput, LogFilter, NoteInput
from services.errors import PermissionDenied, StaleRecord, ValidationError
from tests.services.duty_fixtures import DAY, MIDNIGHT, expected_counts, seed_day
from tests.services.two_desks import at_once

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 40
MORNING = MIDNIGHT + dt.timedelta(hours=9)  # in 早班 08:00-16:00 of DAY


def _at(hours: float) -> dt.datetime:
    return MIDNIGHT + dt.timedelta(hours=hours)


@pytest.mark.parametrize(("start", "end"), [(8, 16), (16, 24), (0, 8), (-4, 8)])
def test_counts_match_the_rows_counted_again(site, start, end):
    seed_day(site.site_id)
    a, b = _at(start), _at(end)
    got = duty_counts.all_counts(site.site_id, a, b)
    want = expected_counts(site.site_id, a, b)
    assert got == want
    assert list(got) == list(duty_counts.COUNTS)
    # The seed gives every flow a chance: a test that compared zeros with zeros would prove nothing.
    assert sum(1 for v in got.values() if v) >= 12, got


def test_closing_freezes_the_counts_of_the_shift(site):
    seed_day(site.site_id)
    log_id = duty.start_log("王小丽、赵管家", by=site.clerk, at=MORNING)
    live = duty.get_log(log_id, by=site.clerk, at=_at(12))
    assert live.counts == expected_counts(site.site_id, _at(8), _at(12))
    version = duty.get_log(log_id, by=site.clerk).row.version
    duty.close_log(log_id, version, HandoverInput(PNG), by=site.clerk, at=_at(16.2))
    frozen = duty.get_log(log_id, by=site.clerk)
    assert frozen.counts == expected_counts(site.site_id, _at(8), _at(16))  # the shift's end, not the late close
    assert frozen.counted_until == _at(16)
    # A visitor registered afterwards with a time inside the shift does not change the frozen figures.
    Visit.create(site=site.site_id, pass_no="LATE1", day=DAY, name="补录", checked_in_at=_at(10),
                 valid_until=_at(18), status="in")
    assert duty.get_log(log_id, by=site.clerk).counts == frozen.counts
    assert duty.get_log(log_id, by=site.clerk).close_signature == PNG
    entry = AuditEntry.select().where((AuditEntry.entity == "duty_log") & (AuditEntry.action == "close")).get()
    assert entry.username == "clerk"


def test_the_shift_of_a_moment_from_the_site_setting(site):
    slot = duty.current_slot(by=site.clerk, at=_at(17))
    assert (slot.day, slot.shift, slot.starts, slot.ends) == (DAY, "中班", _at(16), _at(24))
    assert duty.current_slot(by=site.clerk, at=_at(3)).shift == "夜班"
    settings.update_settings({"duty.shifts": "白班 08:00-20:00；夜班 20:00-08:00"}, by=site.manager)
    slot = duty.current_slot(by=site.clerk, at=_at(2))
    assert (slot.day, slot.shift, slot.starts, slot.ends) == (DAY - dt.timedelta(days=1), "夜班", _at(-4), _at(8))
    day, nxt = shifts.next_shift(duty.site_shifts(site.site_id), DAY, shifts.parse("白班 08:00-20:00")[0])
    assert (day, nxt.name) == (DAY, "夜班")
    settings.update_settings({"duty.shifts": "白班 08:00-18:00"}, by=site.manager)
    assert duty.current_slot(by=site.clerk, at=_at(19)) is None  # the desk is shut
    with pytest.raises(ValidationError) as err:
        duty.start_log("王小丽", by=site.clerk, at=_at(19))
    assert err.value.codes() == {"staff": "duty.no_shift"}


@pytest.mark.parametrize(("text", "code"), [
    ("早班 8点-16点", "duty.shifts_format"), ("早班 08:00-16:00；早班 16:00-24:00", "duty.shifts_twice"),
    ("早班 08:00-17:00；中班 16:00-24:00", "duty.shifts_overlap"), ("夜班 20:00-09:00；早班 08:00-16:00",
                                                                 "duty.shifts_overlap"),
    ("早班 25:00-16:00", "duty.shifts_format"), ("", "duty.shifts_format")])
def test_a_wrong_shift_list_is_refused_at_the_setting(site, text, code):
    with pytest.raises(ValidationError) as err:
        settings.update_settings({"duty.shifts": text}, by=site.manager)
    assert err.value.codes() == {"duty.shifts": code}
    assert settings.get(site.site_id, "duty.shifts") == shifts.DEFAULT


def test_starting_twice_gives_the_same_log_and_input_is_checked(site):
    first = duty.start_log("王小丽", by=site.clerk, at=MORNING)
    assert duty.start_log("赵管家", by=site.steward, at=MORNING + dt.timedelta(minutes=5)) == first
    assert DutyLog.select().count() == 1
    with pytest.raises(ValidationError) as err:
        duty.start_log("  ", by=site.clerk, at=MORNING)
    assert err.value.codes() == {"staff": "required"}
    with pytest.raises(ValidationError) as err:
        duty.add_note(first, NoteInput("weather", "x"), by=site.clerk)
    assert err.value.codes() == {"category": "duty.category"}
    with pytest.raises(ValidationError) as err:
        duty.add_note(first, NoteInput("safety", ""), by=site.clerk)
    assert err.value.codes() == {"text": "required"}
    with pytest.raises(PermissionDenied):
        duty.add_note(first, NoteInput("safety", "巡查"), by=site.engineer)
    version = duty.get_log(first, by=site.clerk).row.version
    duty.set_staff(first, version, "王小丽、赵管家", by=site.clerk)
    with pytest.raises(StaleRecord):
        duty.set_staff(first, version, "王小丽", by=site.steward)
    assert duty.get_log(first, by=site.clerk).row.staff == "王小丽、赵管家"


def test_close_and_acknowledge_rules(site):
    log_id = duty.start_log("王小丽", by=site.clerk, at=MORNING)
    duty.add_note(log_id, NoteInput("equipment", "3 号客梯异响，已报工程部"), by=site.clerk, at=_at(10))
    view = duty.get_log(log_id, by=site.clerk)
    with pytest.raises(ValidationError) as err:
        duty.acknowledge(log_id, view.row.version, HandoverInput(), by=site.steward)
    assert err.value.codes() == {"log": "duty.not_closed"}
    with pytest.raises(ValidationError) as err:
        duty.close_log(log_id, view.row.version, HandoverInput(b"not a png"), by=site.clerk)
    assert err.value.codes() == {"signature": "duty.signature"}
    closed_version = duty.close_log(log_id, view.row.version, HandoverInput(PNG), by=site.clerk, at=_at(16))
    assert duty.waiting_acknowledgement(by=site.clerk) == 1
    # Closed: nothing more is written in it, by anyone.
    for call in (lambda: duty.add_note(log_id, NoteInput("other", "补一句"), by=site.supervisor),
                 lambda: duty.add_matter(log_id, "补一件", by=site.clerk),
                 lambda: duty.close_log(log_id, closed_version, HandoverInput(), by=site.steward)):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.code == "duty.closed"
    with pytest.raises(ValidationError) as err:
        duty.acknowledge(log_id, closed_version, HandoverInput(PNG), by=site.clerk)
    assert err.value.codes() == {"log": "duty.same_person"}
    duty.acknowledge(log_id, closed_version, HandoverInput(PNG, "已清点钥匙柜"), by=site.steward, at=_at(16.1))
    row = duty.get_log(log_id, by=site.clerk).row
    assert (row.state, row.acknowledged_by_name, row.closed_by_name) == ("acknowledged", "测试steward", "测试clerk")
    assert duty.waiting_acknowledgement(by=site.clerk) == 0
    with pytest.raises(ValidationError) as err:
        duty.acknowledge(log_id, row.version, HandoverInput(), by=site.supervisor)
    assert err.value.codes() == {"log": "duty.acknowledged"}


def test_only_a_supervisor_corrects_a_closed_log_and_it_is_audited(site):
    log_id = duty.start_log("王小丽", by=site.clerk, at=MORNING)
    with pytest.raises(ValidationError) as err:
        duty.add_correction(log_id, "更正", by=site.supervisor)
    assert err.value.codes() == {"correction": "duty.still_open"}
    version = duty.get_log(log_id, by=site.clerk).row.version
    duty.close_log(log_id, version, HandoverInput(), by=site.clerk, at=_at(16))
    with pytest.raises(PermissionDenied):
        duty.add_correction(log_id, "我想改", by=site.clerk)
    assert AuditEntry.select().where((AuditEntry.action == "denied") & (AuditEntry.note == "duty.correct")).exists()
    duty.add_correction(log_id, "10:00 的记录应为 3 号货梯", by=site.supervisor)
    notes = duty.get_log(log_id, by=site.clerk).notes
    assert [(n.text, n.correction, n.by_name) for n in notes] == [("10:00 的记录应为 3 号货梯", True, "测试supervisor")]
    entry = AuditEntry.select().where((AuditEntry.entity == "duty_log") & (AuditEntry.action == "correct")).get()
    assert "3 号货梯" in entry.after and entry.username == "supervisor"


def test_open_matters_carry_over_until_done(site):
    first = duty.start_log("王小丽", by=site.clerk, at=MORNING)
    fix = duty.add_matter(first, "12F 业户明早 9 点来取备用钥匙", by=site.clerk, at=_at(11))
    rain = duty.add_matter(first, "大堂漏水点放置警示牌，待工程维修", by=site.clerk, at=_at(12))
    duty.close_log(first, duty.get_log(first, by=site.clerk).row.version, HandoverInput(), by=site.clerk,
                   at=_at(16))
    second = duty.start_log("赵管家", by=site.steward, at=_at(16.2))
    matters = duty.get_log(second, by=site.steward).matters
    assert [(m.id, m.carried, m.done_at) for m in matters] == [(fix, True, None), (rain, True, None)]
    done_version = matters[0].version
    duty.mark_done(fix, done_version, "已交业户", by=site.steward, at=_at(18))
    with pytest.raises(ValidationError) as err:
        duty.mark_done(fix, done_version, "", by=site.clerk, at=_at(18.5))
    assert err.value.codes() == {"done_note": "duty.matter_done"}
    own = duty.add_matter(second, "夜间施工许可待核", by=site.steward, at=_at(20))
    duty.close_log(second, duty.get_log(second, by=site.steward).row.version, HandoverInput(), by=site.steward,
                   at=_at(24))
    third = duty.start_log("王小丽", by=site.clerk, at=_at(24.1))
    assert [(m.id, m.carried) for m in duty.get_log(third, by=site.clerk).matters] == [(rain, True), (own, True)]
    # The second log still shows what it did with the matter it took over.
    done = {m.id: m for m in duty.get_log(second, by=site.clerk).matters}
    assert done[fix].done_by_name == "测试steward" and done[fix].done_note == "已交业户"
    assert [m.id for m in duty.open_matters(by=site.clerk)] == [rain, own]


def test_a_close_with_a_version_from_before_a_note_is_stale(site):
    log_id = duty.start_log("王小丽", by=site.clerk, at=MORNING)
    loaded = duty.get_log(log_id, by=site.clerk).row.version
    duty.add_note(log_id, NoteInput("tenant", "1203 业户反映空调不制冷"), by=site.steward)
    with pytest.raises(StaleRecord) as err:
        duty.close_log(log_id, loaded, HandoverInput(), by=site.clerk)
    assert err.value.changed_by == "steward"
    assert duty.get_log(log_id, by=site.clerk).row.state == "open"


def _pause(monkeypatch) -> None:
    """Both desks are past the state check before either writes."""
    real = duty.of_site

    def checked_then_pause(model, record_id, by):
        found = real(model, record_id, by)
        time.sleep(0.3)
        return found

    monkeypatch.setattr(duty, "of_site", checked_then_pause)


def test_two_desks_closing_at_once_one_lands(site, monkeypatch):
    log_id = duty.start_log("王小丽、赵管家", by=site.clerk, at=MORNING)
    version = duty.get_log(log_id, by=site.clerk).row.version
    _pause(monkeypatch)
    outcomes = at_once(lambda: duty.close_log(log_id, version, HandoverInput(), by=site.clerk, at=_at(16)),
                       lambda: duty.close_log(log_id, version, HandoverInput(), by=site.steward, at=_at(16)))
    assert sorted(type(o).__name__ for o in outcomes) == ["StaleRecord", "int"], outcomes
    log = DutyLog.get_by_id(log_id)
    winner = site.clerk if isinstance(outcomes[0], int) else site.steward
    assert (log.state, log.closed_by, log.version) == ("closed", winner.user_id, version + 1)
    assert AuditEntry.select().where(AuditEntry.action == "close").count() == 1


def test_two_desks_acknowledging_at_once_one_lands(site, monkeypatch):
    log_id = duty.start_log("王小丽", by=site.clerk, at=MORNING)
    version = duty.close_log(log_id, duty.get_log(log_id, by=site.clerk).row.version, HandoverInput(),
                             by=site.clerk, at=_at(16))
    _pause(monkeypatch)
    outcomes = at_once(lambda: duty.acknowledge(log_id, version, HandoverInput(), by=site.steward, at=_at(16.1)),
                       lambda: duty.acknowledge(log_id, version, HandoverInput(), by=site.supervisor, at=_at(16.1)))
    assert sorted(type(o).__name__ for o in outcomes) == ["StaleRecord", "int"], outcomes
    assert DutyLog.get_by_id(log_id).state == "acknowledged"
    assert AuditEntry.select().where(AuditEntry.action == "acknowledge").count() == 1


def test_search_by_day_staff_and_state(site):
    ids = []
    for i, (staff, by) in enumerate((("王小丽", site.clerk), ("赵管家", site.steward), ("王小丽、孙保安", site.clerk))):
        at = _at(9 + 8 * i)
        log_id = duty.start_log(staff, by=by, at=at)
        ids.append(log_id)
        if i < 2:
            duty.close_log(log_id, duty.get_log(log_id, by=by).row.version, HandoverInput(), by=by,
                           at=at + dt.timedelta(hours=6))
    duty.acknowledge(ids[0], DutyLog.get_by_id(ids[0]).version, HandoverInput(), by=site.steward)
    assert [r.id for r in duty.search_logs(LogFilter(), by=site.clerk).items] == ids[::-1]
    assert [r.id for r in duty.search_logs(LogFilter(staff="王小丽"), by=site.clerk).items] == [ids[2], ids[0]]
    assert [r.id for r in duty.search_logs(LogFilter(staff="赵管家"), by=site.clerk).items] == [ids[1]]
    # Who closed or acknowledged counts as well as who was written on duty.
    assert [r.id for r in duty.search_logs(LogFilter(staff="测试steward"), by=site.clerk).items] == [ids[1], ids[0]]
    assert [r.id for r in duty.search_logs(LogFilter(state="closed"), by=site.clerk).items] == [ids[1]]
    next_day = DAY + dt.timedelta(days=1)
    assert [r.id for r in duty.search_logs(LogFilter(day_from=next_day), by=site.clerk).items] == [ids[2]]
    assert [r.id for r in duty.search_logs(LogFilter(day_to=DAY), by=site.clerk).items] == [ids[1], ids[0]]


def test_two_desks_starting_the_shift_at_once_share_one_log(site):
    outcomes = at_once(lambda: duty.start_log("王小丽", by=site.clerk, at=MORNING),
                       lambda: duty.start_log("赵管家", by=site.steward, at=MORNING))
    assert isinstance(outcomes[0], int) and outcomes[0] == outcomes[1], outcomes
    assert DutyLog.select().count() == 1
