"""Patrols: findings, a violation's numbered rectification notice with its deadline, a fine from the deposit,
a suspension; the notice closed only when verified by someone else; the notice read back from paper."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from models import AuditEntry, Fitout
from models.fitout import FitoutDeduction, FitoutPatrol
from services import fitout_patrols
from services.errors import PermissionDenied, ValidationError
from services.fitout_patrols import PatrolInput
from tests.printouts.pdftools import decode_codes, page_size, pdf_text, squeeze
from tests.services.fitout_fixtures import fitout_tower, to_permit, walk

DAY = dt.date(2026, 12, 10)


@pytest.fixture
def at_work(site):
    tenant = fitout_tower(site)
    fid = to_permit(site, tenant)
    return site, fid, walk(site, fid, [("start_work", "clerk")])


def test_a_patrol_in_order_and_one_with_a_violation(at_work):
    site, fid, version = at_work
    fitout_patrols.record_patrol(fid, version, PatrolInput("现场整洁，灭火器到位"), by=site.steward, today=DAY)
    pid = fitout_patrols.record_patrol(fid, version, PatrolInput(
        "走道堆放石膏板废料约 2 m³", "debris", DAY + dt.timedelta(days=1)), by=site.steward, today=DAY)
    rows = fitout_patrols.patrols(fid, by=site.clerk, today=DAY + dt.timedelta(days=2))
    assert [(r.violation, r.notice_no, r.overdue) for r in rows] == [("", "", False), ("debris", "ZG-2026-0001", True)]
    assert Fitout.get_by_id(fid).state == "in_progress" and FitoutDeduction.select().count() == 0
    # Closed only when verified by someone other than the steward who issued it.
    with pytest.raises(ValidationError) as exc:
        fitout_patrols.close_notice(pid, "已清运", by=site.steward)
    assert exc.value.codes() == {"close_note": "fitout.verify_other"}
    fitout_patrols.close_notice(pid, "复查：走道已清理干净", by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        fitout_patrols.close_notice(pid, "再关一次", by=site.supervisor)
    assert exc.value.code == "fitout.notice_closed"
    assert FitoutPatrol.get_by_id(pid).closed_by == "clerk"


def test_bad_patrol_refused_and_nothing_lands(at_work):
    site, fid, version = at_work
    with pytest.raises(ValidationError) as exc:
        fitout_patrols.record_patrol(fid, version, PatrolInput(" ", "noise", DAY - dt.timedelta(days=1), "abc"),
                                     by=site.supervisor, today=DAY)
    assert exc.value.codes() == {"findings": "required", "deadline": "fitout.deadline_past", "fine": "fees.amount"}
    with pytest.raises(ValidationError) as exc:
        fitout_patrols.record_patrol(fid, version, PatrolInput("无", suspend=True), by=site.steward, today=DAY)
    assert exc.value.codes() == {"violation": "required"}
    assert FitoutPatrol.select().count() == 0


def test_serious_violation_fines_and_suspends_in_one_go(at_work):
    site, fid, version = at_work
    # A steward may not fine: the whole patrol is refused, nothing half-saved.
    data = PatrolInput("拆除剪力墙局部", "structural", DAY + dt.timedelta(days=3), "3000", suspend=True)
    with pytest.raises(PermissionDenied):
        fitout_patrols.record_patrol(fid, version, data, by=site.steward, today=DAY)
    assert FitoutPatrol.select().count() == 0 and Fitout.get_by_id(fid).state == "in_progress"
    assert AuditEntry.select().where(AuditEntry.action == "denied").count() == 1
    pid = fitout_patrols.record_patrol(fid, version, data, by=site.supervisor, today=DAY)
    f = Fitout.get_by_id(fid)
    assert f.state == "suspended" and FitoutDeduction.get().amount == Decimal("3000.00")
    assert FitoutDeduction.get().reason == "ZG-2026-0001 擅自拆改主体结构"
    assert FitoutPatrol.get_by_id(pid).notice_no == "ZG-2026-0001"


def test_notice_printed_and_read_back(at_work, tmp_path: Path):
    site, fid, version = at_work
    pid = fitout_patrols.record_patrol(fid, version, PatrolInput(
        "拆除剪力墙局部", "structural", DAY + dt.timedelta(days=3), "3000", suspend=True), by=site.supervisor,
        today=DAY)
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(fitout_patrols.print_notice(pid, by=site.clerk))
    assert page_size(pdf) == pytest.approx((595.3, 841.9), abs=1)
    text = squeeze(pdf_text(pdf))
    for word in ("装修整改通知单", "ZG-2026-0001", "12F-1201", "擅自拆改主体结构", "拆除剪力墙局部",
                 "2026-12-13前整改完毕", "3,000.00元（从装修押金中扣除）", "即日起停工"):
        assert word in text, word
    assert decode_codes(pdf, tmp_path) == ["ZG-2026-0001"]
