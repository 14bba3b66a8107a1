"""Notices: templates filled from the small form, the audience, the dates, publish / withdraw / expire."""
from __future__ import annotations

import datetime as dt

import pytest

from models import AuditEntry
from models.desk_services import Notice
from services import building, notices, tenants
from services.errors import PermissionDenied, ValidationError
from services.notices import NoticeInput, TemplateInput
from services.tenants import TenantInput

TODAY = dt.date.today()
WEATHER = {"预警信号": "台风橙色预警信号", "发布单位": "深圳市气象台", "日期": "11月25日", "时段": "夜间",
           "天气情况": "强降雨并伴有8至10级大风"}


def test_every_usual_case_has_a_template_and_its_marks_are_asked_for(site):
    codes = [t.code for t in notices.list_templates(by=site.clerk)]
    assert codes == ["weather", "water_cut", "power_cut", "fire_drill", "lift", "holiday"]
    weather = notices.list_templates(by=site.clerk)[0]
    # The site's own name and phone are filled in by the desk, never asked for.
    assert weather.fields == ["预警信号", "发布单位", "日期", "时段", "天气情况"]


def test_a_template_is_filled_and_a_missing_value_is_named(site):
    title, body = notices.fill_template("weather", WEATHER, by=site.clerk)
    assert title == "温馨提示：台风橙色预警信号"
    assert "据深圳市气象台消息，11月25日夜间本市将出现强降雨并伴有8至10级大风" in body
    assert "0755-86001234" in body and "{" not in body
    with pytest.raises(ValidationError) as err:
        notices.fill_template("weather", {**WEATHER, "时段": "  ", "日期": ""}, by=site.clerk)
    assert err.value.codes() == {"fill.日期": "required", "fill.时段": "required"}


def test_the_site_edits_a_template_and_bad_marks_are_refused(site):
    lift = next(t for t in notices.list_templates(by=site.clerk) if t.code == "lift")
    with pytest.raises(PermissionDenied):
        notices.save_template(TemplateInput(lift.name, lift.title, lift.body), template_id=lift.id,
                              version=lift.version, by=site.clerk)
    with pytest.raises(ValidationError) as err:
        notices.save_template(TemplateInput(lift.name, lift.title, lift.body + "{未闭合"), template_id=lift.id,
                              version=lift.version, by=site.supervisor)
    assert err.value.codes() == {"body": "notice.template_marks"}
    notices.save_template(TemplateInput(lift.name, "{电梯}暂停使用", lift.body), template_id=lift.id,
                          version=lift.version, by=site.supervisor)
    changed = next(t for t in notices.list_templates(by=site.clerk) if t.code == "lift")
    assert changed.title == "{电梯}暂停使用" and changed.fields[0] == "电梯"


def _notice(**changes) -> NoticeInput:
    data = NoticeInput(title="停水通知", body="尊敬的各位业户：\n明日停水。", valid_from=TODAY,
                       valid_to=TODAY + dt.timedelta(days=1), template_code="water_cut")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_audience_floors_and_tenants_are_checked(site):
    building.generate_units(building.GenerateInput(3, 5, 2, "100"), by=site.supervisor)
    tenant = tenants.create_tenant(TenantInput(name="甲科技有限公司", units=["3F-301"]), by=site.clerk)
    with pytest.raises(ValidationError) as err:
        notices.draft_notice(_notice(audience="floors", floors=["3F", "9F"]), by=site.clerk)
    assert err.value.codes() == {"floors": "notice.floor_unknown"}
    with pytest.raises(ValidationError) as err:
        notices.draft_notice(_notice(audience="tenants", tenant_ids=[]), by=site.clerk)
    assert err.value.codes() == {"tenant_ids": "notice.no_tenants"}
    floors = notices.draft_notice(_notice(audience="floors", floors=["3f", "5F"]), by=site.clerk)
    some = notices.draft_notice(_notice(audience="tenants", tenant_ids=[tenant]), by=site.clerk)
    assert notices.get_notice(floors, by=site.clerk).audience_text == "3F、5F 业户"
    assert notices.get_notice(some, by=site.clerk).audience_text == "甲科技有限公司"


def test_dates_and_unfilled_marks_are_refused_and_nothing_is_saved(site):
    with pytest.raises(ValidationError) as err:
        notices.draft_notice(_notice(valid_to=TODAY - dt.timedelta(days=1), body="{日期} 停水"), by=site.clerk)
    assert err.value.codes() == {"body": "notice.unfilled", "valid_to": "notice.date_order"}
    with pytest.raises(ValidationError) as err:
        notices.draft_notice(_notice(valid_to=TODAY + dt.timedelta(days=400)), by=site.clerk)
    assert err.value.codes() == {"valid_to": "notice.too_long"}
    assert Notice.select().count() == 0


def test_drafted_published_current_then_expired_or_withdrawn(site):
    notice_id = notices.draft_notice(_notice(), by=site.clerk)
    assert notices.get_notice(notice_id, by=site.clerk).number == f"GG-{TODAY.year}-0001"
    assert [r.id for r in notices.search_notices(by=site.clerk, view="draft").items] == [notice_id]
    with pytest.raises(PermissionDenied):
        notices.publish_notice(notice_id, by=site.clerk)  # a supervisor puts notices on the boards
    notices.publish_notice(notice_id, by=site.supervisor)
    assert [r.state for r in notices.search_notices(by=site.clerk, view="current").items] == ["current"]
    assert notices.search_notices(by=site.clerk, view="draft").total == 0
    # The day after its last day it is history, by itself.
    later = TODAY + dt.timedelta(days=2)
    assert notices.search_notices(by=site.clerk, view="current", today=later).total == 0
    assert [r.state for r in notices.search_notices(by=site.clerk, view="history", today=later).items] == ["expired"]
    with pytest.raises(ValidationError) as err:
        notices.withdraw_notice(notice_id, " ", by=site.supervisor)
    assert err.value.codes() == {"reason": "required"}
    notices.withdraw_notice(notice_id, "停水取消", by=site.supervisor)
    row = notices.search_notices(by=site.clerk, view="history").items[0]
    assert (row.state, row.withdraw_reason) == ("withdrawn", "停水取消")
    assert AuditEntry.select().where((AuditEntry.entity == "notice") & (AuditEntry.action == "withdraw")).count() == 1


def test_a_notice_starting_later_is_current_list_but_scheduled(site):
    notice_id = notices.draft_notice(_notice(valid_from=TODAY + dt.timedelta(days=3),
                                             valid_to=TODAY + dt.timedelta(days=4)), by=site.clerk)
    notices.publish_notice(notice_id, by=site.supervisor)
    assert [r.state for r in notices.search_notices(by=site.clerk, view="current").items] == ["scheduled"]


def test_a_notice_already_over_is_not_published_and_a_published_one_is_not_edited(site):
    old = notices.draft_notice(_notice(valid_from=TODAY - dt.timedelta(days=5),
                                       valid_to=TODAY - dt.timedelta(days=4)), by=site.clerk)
    with pytest.raises(ValidationError) as err:
        notices.publish_notice(old, by=site.supervisor)
    assert err.value.codes() == {"valid_to": "notice.past"}
    notice_id = notices.draft_notice(_notice(), by=site.clerk)
    notices.publish_notice(notice_id, by=site.supervisor)
    row = notices.get_notice(notice_id, by=site.clerk)
    with pytest.raises(ValidationError) as err:
        notices.update_notice(notice_id, row.version, _notice(title="改"), by=site.clerk)
    assert err.value.codes() == {"state": "notice.not_draft"}


def test_a_draft_is_changed_and_a_second_desk_holding_it_is_told(site):
    from services.errors import StaleRecord

    notice_id = notices.draft_notice(_notice(), by=site.clerk)
    row = notices.get_notice(notice_id, by=site.clerk)
    notices.update_notice(notice_id, row.version, _notice(title="停水通知（更正）"), by=site.clerk)
    assert notices.get_notice(notice_id, by=site.clerk).title == "停水通知（更正）"
    with pytest.raises(StaleRecord):
        notices.update_notice(notice_id, row.version, _notice(title="停水通知（再改）"), by=site.steward)
