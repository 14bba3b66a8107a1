"""Lobby check rules on SQLite and PostgreSQL: the template, every item answered, failures become work orders."""
from __future__ import annotations

import datetime as dt

import pytest

from models import LobbyCheckResult, Request
from services import lobbycheck
from services.errors import PermissionDenied, ValidationError
from services.lobbycheck import CheckInput, ResultInput


def _answers(site, failed: dict[int, str] | None = None) -> list[ResultInput]:
    failed = failed or {}
    return [ResultInput(t.position, t.position not in failed, failed.get(t.position, ""))
            for t in lobbycheck.template(by=site.clerk)]


def test_the_default_checklist_is_written_once_and_the_site_edits_it(site):
    items = lobbycheck.template(by=site.clerk)
    assert len(items) == len(lobbycheck.DEFAULT_ITEMS) and items[0].position == 1
    assert len(lobbycheck.template(by=site.clerk)) == len(items)
    with pytest.raises(PermissionDenied):
        lobbycheck.set_template(["x"], by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        lobbycheck.set_template(["", " "], by=site.supervisor)
    assert exc.value.codes() == {"items": "lobbycheck.template_empty"}
    with pytest.raises(ValidationError) as exc:
        lobbycheck.set_template(["灯", "灯"], by=site.supervisor)
    assert exc.value.codes() == {"items": "lobbycheck.template_twice"}
    new = lobbycheck.set_template(["前台设备正常", "", "消防器材在位"], by=site.supervisor)
    assert [(t.position, t.text) for t in new] == [(1, "前台设备正常"), (2, "消防器材在位")]


def test_a_check_answers_every_item_and_a_failure_needs_a_note(site):
    answers = _answers(site)
    with pytest.raises(ValidationError) as exc:
        lobbycheck.record_check(CheckInput("open", "早班", answers[1:]), by=site.clerk)
    assert exc.value.codes() == {"item1": "lobbycheck.unanswered"}
    answers[2] = ResultInput(3, False, " ")
    with pytest.raises(ValidationError) as exc:
        lobbycheck.record_check(CheckInput("noon", "早班", answers), by=site.clerk)
    assert exc.value.codes() == {"kind": "lobbycheck.kind", "item3": "lobbycheck.fail_note"}
    with pytest.raises(PermissionDenied):
        lobbycheck.record_check(CheckInput("open", "早班", _answers(site)), by=site.engineer)
    assert Request.select().count() == 0 and LobbyCheckResult.select().count() == 0


def test_failed_items_raise_work_orders_and_the_days_checks_are_listed(site):
    morning = (dt.datetime.now() - dt.timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    ok_id = lobbycheck.record_check(CheckInput("open", "早班", _answers(site)), by=site.clerk, at=morning)
    assert Request.select().count() == 0
    answers = _answers(site, {4: "B 座导向牌脱落", 7: "2 号灭火器缺失"})
    check_id = lobbycheck.record_check(CheckInput("close", "早班", answers, note="已报工程部"), by=site.clerk,
                                       at=morning + dt.timedelta(hours=10))
    orders = list(Request.select().order_by(Request.id))
    assert [o.source for o in orders] == [f"lobbycheck:{check_id}/item:4", f"lobbycheck:{check_id}/item:7"]
    assert "导向牌脱落" in orders[0].text and orders[0].category == "repair"
    day = lobbycheck.checks_of_day(site.site_id, morning.date())
    assert [(c.id, c.kind, c.failed) for c in day] == [(ok_id, "open", 0), (check_id, "close", 2)]
    failed = [r for r in day[1].results if not r.ok]
    assert [(r.position, r.work_order) for r in failed] == [(4, orders[0].id), (7, orders[1].id)]
    assert lobbycheck.checks_of_day(site.site_id, morning.date() - dt.timedelta(days=1)) == []
    assert lobbycheck.missing_today(by=site.clerk) == ["open", "close"]
    # The template changes later; the check keeps the items as they were ticked.
    lobbycheck.set_template(["只剩一项"], by=site.supervisor)
    assert lobbycheck.check(check_id, by=site.clerk).results[3].text == lobbycheck.DEFAULT_ITEMS[3]
    assert [c.id for c in lobbycheck.recent_checks(by=site.clerk)] == [check_id, ok_id]
