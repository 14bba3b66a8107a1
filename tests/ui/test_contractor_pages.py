"""The 外包服务 page driven like the desk: a contractor refused then saved with its contract on file, a
rectification verified, the month worked out, signed off by the manager (only), corrected as a new version."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from models.contractors import Contractor, ContractorDocument, Evaluation, Rectification
from tests.services.contractor_fixtures import inspect, make_contractor, month_of_scores, one_item_template
from tests.ui.typing import type_text
from ui.pages.contractor_evaluation import EvaluationTab
from ui.pages.contractors_page import ContractorsPage

TODAY = dt.date(2026, 11, 24)
OCT = dt.date(2026, 10, 1)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_contractor_refused_then_saved_with_its_contract_on_file(qtbot, desk, sqlite_site, tmp_path):
    page = ContractorsPage(desk("supervisor"), today=TODAY)
    qtbot.addWidget(page)
    dialog = page.open_contractor(new=True)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "深圳市洁美物业清洁服务有限公司")
    type_text(dialog.monthly_fee, "四万八")
    type_text(dialog.contact_phone, "13826541234")
    _click(qtbot, dialog.save_button)
    assert dialog.errors.text_of("monthly_fee") == "金额应为大于 0 的数字，最多两位小数（元）"
    assert dialog.name.text() == "深圳市洁美物业清洁服务有限公司" and Contractor.select().count() == 0
    dialog.monthly_fee.clear()
    type_text(dialog.monthly_fee, "48000")
    _click(qtbot, dialog.save_button)
    c = Contractor.get()
    assert (c.name, c.service, c.monthly_fee, c.contact_phone) == (
        "深圳市洁美物业清洁服务有限公司", "cleaning", Decimal("48000.00"), "13826541234")
    assert dialog.tabs.isTabEnabled(1)
    scan = tmp_path / "合同.pdf"
    scan.write_bytes(b"%PDF-1.4 contract")
    dialog.documents.set_file(scan)
    type_text(dialog.documents.note, "2026 年度保洁服务合同")
    _click(qtbot, dialog.documents.add_button)
    doc = ContractorDocument.get()
    assert (doc.doc_type, doc.note, doc.file_name, bytes(doc.file_data)) == (
        "contract", "2026 年度保洁服务合同", "合同.pdf", b"%PDF-1.4 contract")
    dialog.close()
    page.refresh()
    assert page.contractor_table.item(0, 0).text() == "深圳市洁美物业清洁服务有限公司"


def test_a_rectification_verified_from_the_tracking_tab(qtbot, desk, sqlite_site):
    cid = make_contractor(sqlite_site, "cleaning", "深圳市洁美物业清洁服务有限公司")
    inspect(sqlite_site, cid, TODAY - dt.timedelta(days=3), nonconforming={12: "18F 女卫地面积水"})
    page = ContractorsPage(desk("clerk"), today=TODAY)
    qtbot.addWidget(page)
    page.show_filter("open")
    assert page.tabs.currentIndex() == 2 and page.rect_table.rowCount() == 1
    assert page.rect_table.item(0, 7).text() == "逾期"
    page.rect_table.selectRow(0)
    _click(qtbot, page.findChild(type(page.check_passed), "check_passed"))  # not passed: a new deadline
    page.verify_selected()
    assert page.check_errors.text_of("note") == "必填"
    type_text(page.check_note, "仍有积水，已要求加派人手")
    page.new_deadline.setDate(TODAY + dt.timedelta(days=1))
    assert page.verify_selected() is False
    assert Rectification.get().deadline == TODAY + dt.timedelta(days=1) and Rectification.get().closed_on is None
    page.rect_table.selectRow(0)
    page.check_passed.setChecked(True)
    type_text(page.check_note, "复查合格")
    assert page.verify_selected() is True
    assert Rectification.get().closed_on == TODAY and page.rect_table.rowCount() == 0


def test_the_month_worked_out_signed_by_the_manager_and_corrected(qtbot, desk, sqlite_site):
    site = sqlite_site
    cid = make_contractor(site, "cleaning", "深圳市洁美物业清洁服务有限公司", start=dt.date(2025, 1, 1))
    tid = one_item_template(site)
    month_of_scores(site, cid, OCT, ["85", "86"], tid)
    tab = EvaluationTab(desk("supervisor"), today=TODAY)
    qtbot.addWidget(tab)
    assert tab.selected_month() == OCT and tab.table.item(0, 4).text() == "未考评"
    assert not tab.sign_button.isVisibleTo(tab)  # a supervisor works it out; only the manager signs
    _click(qtbot, tab.evaluate_button)
    e = Evaluation.get()
    assert (e.state, e.score, e.grade, e.fee) == ("draft", Decimal("85.50"), "mid", Decimal("45600.00"))
    assert "85.50" in tab.figures.text() and "45,600.00" in tab.figures.text()
    assert len(tab.chart.points) == 12 and tab.chart.points[-1][1] == Decimal("85.50")

    manager = EvaluationTab(desk("manager"), today=TODAY)
    qtbot.addWidget(manager)
    assert manager.sign_button.isEnabled()
    _click(qtbot, manager.sign_button)
    e = Evaluation.get_by_id(e.id)
    assert (e.state, e.signed_by) == ("signed", "manager")
    assert "已冻结" in manager.state.text() and not manager.evaluate_button.isEnabled()
    assert manager.table.item(0, 4).text() == "已签认（第 1 版）"

    # A later round found in October's paper: the supervisor corrects — a new version, the signed one kept.
    month_of_scores(site, cid, dt.date(2026, 10, 20), ["95"], tid)
    tab.refresh()
    assert tab.correct_button.isEnabled() and not tab.evaluate_button.isEnabled()
    _click(qtbot, tab.correct_button)
    assert tab.errors.text_of("reason") == "必填" and Evaluation.select().count() == 1
    type_text(tab.reason, "10 月 20 日巡查记录补录")
    _click(qtbot, tab.correct_button)
    revisions = list(Evaluation.select().order_by(Evaluation.revision))
    assert [(r.revision, r.state, r.score) for r in revisions] == [
        (1, "signed", Decimal("85.50")), (2, "draft", Decimal("88.67"))]
    assert "第 2 版" in tab.revisions.text() and "第 1 版" in tab.revisions.text()
    manager.refresh()
    _click(qtbot, manager.sign_button)
    assert Evaluation.get(Evaluation.revision == 2).state == "signed"
    preview = manager.print_evaluation()
    assert preview is not None and preview.page_count() == 1
    preview.close()


def test_a_template_edited_into_a_new_version_and_a_bad_row_refused(qtbot, desk, sqlite_site):
    from PySide6.QtWidgets import QTableWidgetItem

    from models.contractors import InspectionTemplate, TemplateItem
    from ui.pages.contractor_templates_tab import TemplatesTab

    tab = TemplatesTab(desk("supervisor"))
    qtbot.addWidget(tab)
    tab.service.setCurrentIndex(tab.service.findData("pest"))
    assert tab.table.rowCount() == 10 and "第 1 版" in tab.revision.text()
    tab.add_row(tab.items()[0].__class__("公共区域", "", "无活体", "abc"))
    type_text(tab.note, "增加餐饮层检查")
    _click(qtbot, tab.save_button)
    pest = InspectionTemplate.select().where(InspectionTemplate.service == "pest")
    assert "第 11 行：必填" in tab.errors.text_of("items") and pest.count() == 1
    assert tab.table.rowCount() == 11 and tab.note.text() == "增加餐饮层检查"  # nothing lost
    tab.table.setItem(10, 1, QTableWidgetItem("餐饮层后厨"))
    tab.table.setItem(10, 3, QTableWidgetItem("5"))
    _click(qtbot, tab.save_button)
    new = pest.where(InspectionTemplate.revision == 2).get()
    assert (new.service, new.note) == ("pest", "增加餐饮层检查")
    assert TemplateItem.select().where(TemplateItem.template == new.id).count() == 11
    assert "第 2 版" in tab.revision.text() and "满分 105" in tab.total.text()


def test_dashboard_tiles_open_the_contractors_tabs(qtbot, desk, sqlite_site):
    from ui.main_window import MainWindow

    make_contractor(sqlite_site, "stone", "深圳市晶石石材养护有限公司", end=dt.date.today() + dt.timedelta(days=20))
    cid = make_contractor(sqlite_site, "cleaning", "深圳市洁美物业清洁服务有限公司")
    inspect(sqlite_site, cid, dt.date.today() - dt.timedelta(days=1), nonconforming={1: "大堂地面污渍"})
    window = MainWindow(desk("clerk"))
    qtbot.addWidget(window)
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    assert [dashboard.tiles[k].value.text() for k in ("contracts_expiring", "inspections_due",
                                                     "rectifications_open")] == ["1", "1", "1"]
    _click(qtbot, dashboard.tiles["contracts_expiring"])
    page = window.stack.currentWidget()
    assert page.tabs.currentIndex() == 0 and page.expiring_only.isChecked()
    assert page.contractor_table.rowCount() == 1 and "到期" in page.contractor_table.item(0, 6).text()
    window.show_page("dashboard")
    _click(qtbot, dashboard.tiles["inspections_due"])
    assert page.tabs.currentIndex() == 1 and page.due_table.item(0, 0).text() == "深圳市洁美物业清洁服务有限公司"
    form = page.inspect_due()
    qtbot.addWidget(form)
    assert form.contractor.currentData() == cid and len(form.rows) == 30
    form.close()


def test_the_manager_closes_a_contract_review(qtbot, desk, sqlite_site):
    from ui.dialogs.contractor_dialog import ContractorDialog

    cid = make_contractor(sqlite_site, "greening", "深圳市绿源园林绿化有限公司")
    Contractor.update(review_flag=True, review_since=OCT).where(Contractor.id == cid).execute()
    clerk = ContractorDialog(desk("clerk"), cid)
    qtbot.addWidget(clerk)
    assert "2026-10" in clerk.review_label.text() and not clerk.review_done.isVisibleTo(clerk)
    dialog = ContractorDialog(desk("manager"), cid)
    qtbot.addWidget(dialog)
    assert dialog.review_done.isVisibleTo(dialog)
    assert dialog.clear_review("已约谈，续签三个月观察期")
    assert not Contractor.get_by_id(cid).review_flag and not dialog.review_label.isVisibleTo(dialog)
