"""Contractors, templates and inspections: versioned templates, scores, non-conformities raising rectification
requests closed only by a passed verifying entry, what is due on the dashboard — on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import AuditEntry
from models.contractors import ContractorInspection, InspectionResult, Rectification, TemplateItem
from services import contractor_inspections as inspections
from services import contractor_templates as templates
from services import contractors
from services.contractor_inspections import CheckInput, InspectionInput, ItemEntry
from services.contractors import ContractorInput, DocumentInput
from services.errors import PermissionDenied, ValidationError
from tests.services.contractor_fixtures import inspect, make_contractor
from tests.services.two_desks import at_once

DAY = dt.date(2026, 11, 24)


def test_a_contractor_with_its_contract_and_documents(site):
    cid = make_contractor(site, "greening", "深圳市绿源园林绿化有限公司")
    row = contractors.get_contractor(cid, by=site.clerk)
    assert (row.service, row.monthly_fee, row.headcount) == ("greening", Decimal("12000.00"), 12)
    with pytest.raises(ValidationError) as exc:
        contractors.create_contractor(ContractorInput(
            name="", service="x", contract_start=DAY, contract_end=DAY - dt.timedelta(days=1),
            monthly_fee="12,000.001"), by=site.supervisor)
    assert exc.value.codes() == {"name": "required", "service": "required",
                                 "contract_end": "contractor.end_before_start", "monthly_fee": "fees.amount"}
    with pytest.raises(PermissionDenied):
        make_contractor(site.__class__(site.site_id, {"supervisor": site.clerk}))
    version = contractors.update_contractor(cid, row.version, ContractorInput(
        row.name, "greening", "HT-2026-07", row.contract_start, row.contract_end, "12500", "李经理", "0755-8888", 6),
        by=site.supervisor)
    assert version == 2 and contractors.get_contractor(cid, by=site.clerk).monthly_fee == Decimal("12500.00")
    doc = contractors.add_document(cid, DocumentInput("contract", DAY, "2026 年度服务合同", "合同.pdf", b"%PDF-1.4 x"),
                                   by=site.supervisor, today=DAY)
    assert contractors.document_file(doc, by=site.clerk) == ("合同.pdf", b"%PDF-1.4 x")
    contractors.void_document(doc, "重复上传", by=site.supervisor)
    assert [d.voided for d in contractors.list_documents(cid, by=site.clerk)] == [True]
    assert AuditEntry.select().where(AuditEntry.entity == "contractor_document").count() == 2


def test_default_templates_hold_a_hundred_points_and_cleaning_thirty_items(site):
    for service in templates.DEFAULTS:
        t = templates.current_template(service, by=site.steward)
        assert t.total == Decimal("100") and t.revision == 1, service
    assert len(templates.current_template("cleaning", by=site.steward).items) == 30


def test_a_template_change_never_rewrites_past_inspections(site):
    cid = make_contractor(site)
    first = templates.current_template("cleaning", by=site.steward)
    old = inspect(site, cid, DAY, {1: "2", 2: "1.5"})
    before = inspections.get_inspection(old, by=site.clerk)
    items = [templates.ItemInput(i.area, i.item, i.standard, str(i.points), i.pass_fail) for i in first.items]
    items[0] = templates.ItemInput("大堂", "地面", "光亮如镜", "10")  # 4 -> 10 points, a new standard
    del items[-1]  # 工具及药剂存放 (4 points) dropped
    with pytest.raises(PermissionDenied):
        templates.save_template("cleaning", first.name, items, "地面加权", by=site.steward)
    with pytest.raises(ValidationError) as exc:
        templates.save_template("cleaning", first.name, [*items[:2], templates.ItemInput("大堂", "", "", "0")], "",
                                by=site.supervisor)
    assert exc.value.codes() == {"note": "required", "items[2].item": "required",
                                 "items[2].points": "contractor.points"}
    templates.save_template("cleaning", first.name, items, "地面加权", by=site.supervisor, based_on=1)
    with pytest.raises(ValidationError) as exc:  # another desk's editor still shows revision 1
        templates.save_template("cleaning", first.name, items, "再改", by=site.supervisor, based_on=1)
    assert exc.value.codes() == {"items": "contractor.template_changed"}
    second = templates.current_template("cleaning", by=site.steward)
    assert (second.revision, len(second.items), second.total) == (2, 29, Decimal("102"))
    # The old inspection keeps revision 1: its items, points, standard and score as they were.
    after = inspections.get_inspection(old, by=site.clerk)
    assert after == before and after.row.template_revision == 1 and after.points_max == Decimal("100.0")
    assert (after.results[0].standard, after.row.score) == ("无污渍、无水迹、无垃圾，石材光亮", Decimal("96.50"))
    new = inspections.get_inspection(inspect(site, cid, DAY, {1: "5"}), by=site.clerk)
    assert new.row.template_revision == 2 and new.row.score == Decimal("95.10")  # 97 of 102
    assert [t.revision for t in templates.template_revisions("cleaning", by=site.clerk)] == [2, 1]


def test_scores_pass_fail_and_refused_entries_keep_nothing(site):
    cid = make_contractor(site)
    t = templates.current_template("cleaning", by=site.steward)
    by_seq = {i.seq: i for i in t.items}
    assert by_seq[14].pass_fail and not by_seq[1].pass_fail
    entries = [ItemEntry(i.id) for i in t.items]
    entries[0] = ItemEntry(by_seq[1].id, "4.5")  # above the item's 4 points
    entries[13] = ItemEntry(by_seq[14].id, "2")  # pass/fail takes 1 or 0
    entries[4] = ItemEntry(by_seq[5].id, "1", nonconforming=True)  # a non-conformity needs its note
    with pytest.raises(ValidationError) as exc:
        inspections.record_inspection(InspectionInput(cid, t.id, DAY, "", "", entries), by=site.steward, today=DAY)
    assert exc.value.codes() == {"entries.1.score": "contractor.score", "entries.5.note": "required",
                                 "entries.14.score": "contractor.pass_fail"}
    with pytest.raises(ValidationError) as exc:
        inspections.record_inspection(InspectionInput(cid, t.id, DAY, "", "", entries[:-1]), by=site.steward, today=DAY)
    assert exc.value.codes() == {"entries": "contractor.items_mismatch"}
    with pytest.raises(ValidationError) as exc:
        inspections.record_inspection(InspectionInput(cid, t.id, DAY + dt.timedelta(days=1), "", "", entries),
                                      by=site.steward, today=DAY)
    assert exc.value.codes() == {"day": "date_future"}
    assert ContractorInspection.select().count() == 0 and Rectification.select().count() == 0
    # A fail on a pass/fail item is a non-conformity by itself, and needs its note.
    iid = inspect(site, cid, DAY, {14: "0", 1: "3.5"}, nonconforming={14: "三楼男卫无擦手纸"})
    view = inspections.get_inspection(iid, by=site.clerk)
    assert view.points_got == Decimal("95.5") and view.row.score == Decimal("95.50")  # 4 + 0.5 off
    assert view.row.number == "XC-2026-0001" and view.row.nonconformities == 1
    assert [r.rectification for r in view.results if r.nonconforming] == ["WZ-2026-0001"]


def test_a_non_conformity_raises_a_rectification_closed_only_by_a_passed_check(site):
    cid = make_contractor(site)
    iid = inspect(site, cid, DAY, {12: "1"}, nonconforming={12: "B1 卫生间地面积水", 22: "车库地面大片油污"},
                  serious={22})
    rects = inspections.list_rectifications(by=site.clerk, today=DAY)
    assert [(r.item, r.serious, r.deadline) for r in rects] == [
        ("地面", False, DAY + dt.timedelta(days=2)), ("地面", True, DAY + dt.timedelta(days=2))]
    assert ContractorInspection.get_by_id(iid).serious == 1
    first = rects[0].id
    late = DAY + dt.timedelta(days=3)
    assert inspections.list_rectifications(by=site.clerk, today=late)[0].overdue
    with pytest.raises(ValidationError) as exc:
        inspections.verify_rectification(first, CheckInput(False, "仍有积水"), by=site.clerk, today=late)
    assert exc.value.codes() == {"new_deadline": "required"}
    retry = CheckInput(False, "仍有积水", new_deadline=late + dt.timedelta(days=1))
    closed = inspections.verify_rectification(first, retry, by=site.clerk, today=late)
    assert not closed and Rectification.get_by_id(first).deadline == late + dt.timedelta(days=1)
    assert inspections.verify_rectification(first, CheckInput(True, "已清理干燥，加放防滑垫"), by=site.supervisor,
                                            today=late)
    with pytest.raises(ValidationError) as exc:
        inspections.verify_rectification(first, CheckInput(True, "再查"), by=site.clerk, today=late)
    assert exc.value.codes() == {"note": "contractor.rectification_closed"}
    assert [c.passed for c in inspections.rectification_checks(first, by=site.clerk)] == [False, True]
    assert [r.number for r in inspections.list_rectifications(by=site.clerk, today=late)] == ["WZ-2026-0002"]


def test_inspections_due_by_cycle_and_the_dashboard_figures(site):
    clean = make_contractor(site, "cleaning")
    green = make_contractor(site, "greening")
    pest = make_contractor(site, "pest")
    make_contractor(site, "stone", end=DAY + dt.timedelta(days=30))
    due = {d.service for d in contractors.inspections_due(by=site.clerk, today=DAY)}
    assert due == {"cleaning", "greening"}  # no pest-control visit yet; stone care has had no visit either
    with pytest.raises(ValidationError) as exc:  # a visit is recorded once it has happened
        contractors.record_visit(pest, DAY + dt.timedelta(days=1), "季度白蚁检查", by=site.clerk, today=DAY)
    assert exc.value.codes() == {"day": "date_future"}
    contractors.record_visit(pest, DAY - dt.timedelta(days=1), "季度白蚁检查", by=site.clerk, today=DAY)
    inspect(site, clean, DAY)
    inspect(site, green, DAY - dt.timedelta(days=1))  # Monday 23rd: this week's round done
    assert [d.service for d in contractors.inspections_due(by=site.clerk, today=DAY)] == ["pest"]
    inspect(site, pest, DAY, nonconforming={3: "B2 垃圾房发现鼠迹"})
    f = contractors.contractor_figures(by=site.clerk, today=DAY)
    assert (f.expiring, f.inspections_due, f.rectifications_open, f.rectifications_overdue) == (1, 0, 1, 0)
    f = contractors.contractor_figures(by=site.clerk, today=DAY + dt.timedelta(days=7))
    assert (f.inspections_due, f.rectifications_overdue) == (2, 1)
    with pytest.raises(ValidationError):
        contractors.record_visit(clean, DAY, by=site.clerk)


def test_a_photo_is_kept_with_its_non_conformity(site):
    cid = make_contractor(site, "pest")
    t = templates.current_template("pest", by=site.steward)
    photo = b"\xff\xd8\xff\xe0JFIF" + b"x" * 1000
    entries = [ItemEntry(i.id) for i in t.items]
    entries[2] = ItemEntry(t.items[2].id, "6", True, False, "垃圾房鼠迹", photo, DAY + dt.timedelta(days=5))
    iid = inspections.record_inspection(InspectionInput(cid, t.id, DAY, "B2", "", entries), by=site.steward, today=DAY)
    result = InspectionResult.get((InspectionResult.inspection == iid) & InspectionResult.nonconforming)
    assert inspections.result_photo(result.id, by=site.clerk) == photo
    assert Rectification.get().deadline == DAY + dt.timedelta(days=5)
    assert TemplateItem.select().count() == len(t.items)


def test_two_desks_closing_one_rectification_only_one_closes(site, database):
    # On both databases: PostgreSQL's row lock and SQLite's writer lock give the same answer.
    cid = make_contractor(site)
    inspect(site, cid, DAY, nonconforming={1: "大堂地面污渍"})
    rid = inspections.list_rectifications(by=site.clerk, today=DAY)[0].id
    outcomes = at_once(
        lambda: inspections.verify_rectification(rid, CheckInput(True, "复查合格"), by=site.clerk, today=DAY),
        lambda: inspections.verify_rectification(rid, CheckInput(True, "已处理"), by=site.steward, today=DAY))
    assert sorted(type(o).__name__ for o in outcomes) == ["ValidationError", "bool"], outcomes
    assert Rectification.get_by_id(rid).closed_on == DAY
    # The losing desk's check rolled back with its refusal: one verifying entry only.
    assert len(inspections.rectification_checks(rid, by=site.clerk)) == 1
