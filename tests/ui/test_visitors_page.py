"""The visitor desk driven as a clerk would: keyboard-only check-in in Chinese, the pass printed, a scanned sign-out,
a watchlist match that needs a supervisor, a pre-registered visitor confirmed with one key."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from models import AuditEntry, Visit
from services import building, tenants, visitor_prereg, visitors, watchlist
from services.visitor_prereg import PreregInput
from services.watchlist import WatchInput
from tests.conftest import PASSWORD
from tests.printouts.pdftools import decode_codes, pdf_text, squeeze
from tests.ui.typing import press, type_text
from ui.dialogs.evacuation_dialog import EvacuationDialog
from ui.pages.visitors_page import VisitorsPage

ID = "11010519491231002X"


@pytest.fixture
def page(qtbot, desk, sqlite_site, tmp_path):
    building.generate_units(building.GenerateInput(12, 12, 4, "120"), by=sqlite_site.supervisor)
    tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"]), by=sqlite_site.clerk)
    page = VisitorsPage(desk("clerk"))
    qtbot.addWidget(page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.printer = printer
    page.show()
    page.refresh()
    return page


def _fill(dialog, name: str, id_number: str = ID) -> None:
    """Type every field and press Enter after each, as the clerk does; the last Enter saves."""
    type_text(dialog.name, name)
    press(dialog.name, Qt.Key.Key_Return)
    press(dialog.id_type, Qt.Key.Key_Return)
    type_text(dialog.id_number, id_number)
    press(dialog.id_number, Qt.Key.Key_Return)
    type_text(dialog.phone, "13812345678")
    press(dialog.phone, Qt.Key.Key_Return)
    type_text(dialog.company, "华为技术有限公司")
    press(dialog.company, Qt.Key.Key_Return)
    type_text(dialog.host, "云帆")
    press(dialog.host, Qt.Key.Key_Return)
    type_text(dialog.host_person, "周总")
    press(dialog.host_person, Qt.Key.Key_Return)
    type_text(dialog.purpose, "商务洽谈")
    press(dialog.purpose, Qt.Key.Key_Return)
    press(dialog.party_size, Qt.Key.Key_Up)
    press(dialog.party_size, Qt.Key.Key_Return)
    type_text(dialog.plate, "粤B12345")
    press(dialog.plate, Qt.Key.Key_Return)
    press(dialog.leave, Qt.Key.Key_Return)


def test_check_in_by_keyboard_prints_the_pass_at_once(qtbot, page, tmp_path):
    dialog = page.open_check_in()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.name.hasFocus, timeout=2000)
    _fill(dialog, "欧阳娜娜")
    v = Visit.get()
    assert (v.name, v.id_number, v.host_name, v.host_unit, v.host_person, v.party_size, v.plate) == (
        "欧阳娜娜", ID, "深圳市云帆科技有限公司", "12F-1201", "周总", 2, "粤B12345")
    assert v.pass_no in dialog.status.text() and "已打印" in dialog.status.text()
    # The pass went to the printer, and the PDF behind it reads back: words and the QR of the number.
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    _, pass_no, pdf = dialog.last_pass
    (tmp_path / "pass.pdf").write_bytes(pdf)
    text = squeeze(pdf_text(tmp_path / "pass.pdf"))
    assert "欧阳娜娜" in text and "1101**********002X" in text and ID not in text
    assert decode_codes(tmp_path / "pass.pdf", tmp_path) == [pass_no]
    assert dialog.name.text() == "" and dialog.name.hasFocus()  # ready for the next visitor
    assert page.log_model.total == 1 and page.log_model.row_at(0).name == "欧阳娜娜"


def test_a_bad_id_is_refused_next_to_the_field_and_the_form_is_kept(qtbot, page):
    dialog = page.open_check_in()
    qtbot.addWidget(dialog)
    _fill(dialog, "张伟", "110105194912310021")
    assert Visit.select().count() == 0
    assert "校验位" in dialog.errors.text_of("id_number")
    assert dialog.name.text() == "张伟" and dialog.company.text() == "华为技术有限公司"
    assert dialog.host_choice is not None and dialog.plate.text() == "粤B12345"
    dialog.id_number.clear()
    type_text(dialog.id_number, ID)
    press(dialog.leave, Qt.Key.Key_Return)
    assert Visit.get().name == "张伟" and dialog.errors.text_of("id_number") == ""


def test_a_scanned_pass_signs_the_visitor_out_and_the_field_keeps_the_focus(qtbot, page, sqlite_site):
    done = visitors.check_in(visitors.VisitInput(name="李娜", id_number=ID, host_unit="12F-1202"),
                             by=sqlite_site.clerk)
    assert page.focusWidget() is page.scan
    # A search typed and entered, or a button clicked: the next scan still lands in the sign-out field.
    type_text(page.search, "李")
    assert page.focusWidget() is page.search
    press(page.search, Qt.Key.Key_Return)
    assert page.focusWidget() is page.scan and page.log_model.total == 1
    type_text(page.search, "娜")  # typed and left: after a pause the sign-out field takes the focus back
    assert page.focusWidget() is page.search and page._refocus.isActive()
    page._refocus.setInterval(10)
    page._refocus.start()
    qtbot.waitUntil(lambda: page.focusWidget() is page.scan, timeout=2000)
    page.search.clear()
    qtbot.mouseClick(page.findChild(QPushButton, "evacuation"), Qt.MouseButton.LeftButton)
    page.findChild(EvacuationDialog).reject()
    assert page.focusWidget() is page.scan
    type_text(page.scan, done.pass_no.lower())  # a scanner in the wrong case still counts
    press(page.scan, Qt.Key.Key_Return)
    assert Visit.get_by_id(done.visit_id).status == "out"
    assert "李娜 已签离" in page.result.text() and page.scan.text() == ""
    type_text(page.scan, done.pass_no)
    press(page.scan, Qt.Key.Key_Return)
    assert "已于" in page.result.text() and "李娜" in page.result.text()
    type_text(page.scan, "FK-20990101-0001")
    press(page.scan, Qt.Key.Key_Return)
    assert "没有出入证 FK-20990101-0001" in page.result.text()
    assert page.focusWidget() is page.scan


def test_a_watchlist_match_needs_a_supervisor_to_let_through(qtbot, page, sqlite_site):
    watchlist.add_entry(WatchInput(name="陳小明", reason="多次强行闯入", barred_by="云帆科技"),
                        by=sqlite_site.supervisor)
    dialog = page.open_check_in()
    qtbot.addWidget(dialog)
    _fill(dialog, "陈 小明")
    alert = dialog.alert
    assert alert is not None and alert.isVisible() and Visit.select().count() == 0
    assert "多次强行闯入" in alert.findChild(type(alert.problem), "watch_matches").text()
    type_text(alert.username, "clerk")
    type_text(alert.password, PASSWORD)
    qtbot.mouseClick(alert.release_button, Qt.MouseButton.LeftButton)
    assert "主管" in alert.problem.text() and Visit.select().count() == 0
    alert.username.clear()
    alert.password.clear()
    type_text(alert.username, "supervisor")
    type_text(alert.password, PASSWORD)
    press(alert.password, Qt.Key.Key_Return)
    v = Visit.get()
    assert v.name == "陈 小明" and v.watch_hit and v.let_through_by == sqlite_site.supervisor.user_id
    assert not alert.isVisible() and v.pass_no in dialog.status.text()
    assert AuditEntry.select().where(AuditEntry.action == "let_through").count() == 1


def test_a_pre_registered_visitor_is_checked_in_with_one_confirmation(qtbot, page, sqlite_site):
    tenant_id = tenants.search_tenants(by=sqlite_site.clerk).items[0].id
    visitor_prereg.add_prereg(PreregInput(name="欧阳娜娜", id_number=ID, phone="13811112222",
                                          host_tenant_id=tenant_id, host_unit="12F-1201", host_person="周总",
                                          purpose="面试", expected_on=dt.date.today()), by=sqlite_site.clerk)
    dialog = page.open_check_in()
    qtbot.addWidget(dialog)
    type_text(dialog.name, "欧阳")
    assert dialog.prereg_list.isVisible() and dialog.prereg_list.count() == 1
    press(dialog.name, Qt.Key.Key_Down)
    press(dialog.prereg_list, Qt.Key.Key_Return)
    assert dialog.name.text() == "欧阳娜娜" and dialog.focusWidget() is dialog.save_button
    assert Visit.select().count() == 0  # filled in, waiting for the clerk's one confirmation
    press(dialog.save_button, Qt.Key.Key_Return)
    v = Visit.get()
    assert (v.name, v.host_person, v.purpose, v.prereg) == ("欧阳娜娜", "周总", "面试", 1)


def test_reprint_voids_the_old_pass_and_a_supervisor_sees_the_full_id(qtbot, page, sqlite_site, desk):
    done = visitors.check_in(visitors.VisitInput(name="李娜", id_number=ID, host_unit="12F-1202"),
                             by=sqlite_site.clerk)
    page.refresh()
    page.table.selectRow(0)
    new = page.reprint_selected()
    assert new != done.pass_no and Visit.get().pass_no == new and "作废" in page.result.text()
    assert page.findChild(QPushButton, "reveal").isEnabled() is False
    boss = VisitorsPage(desk("supervisor"))
    qtbot.addWidget(boss)
    boss.refresh()
    boss.table.selectRow(0)
    assert boss.reveal_selected() == ID
    assert AuditEntry.select().where(AuditEntry.action == "reveal_id").count() == 1


def test_the_log_is_narrowed_to_a_host_picked_by_its_initials(qtbot, page, sqlite_site):
    other = tenants.create_tenant(tenants.TenantInput(name="华信律师事务所", units=["12F-1203"]), by=sqlite_site.clerk)
    visitors.check_in(visitors.VisitInput(name="李娜", id_number=ID, host_unit="12F-1201"), by=sqlite_site.clerk)
    visitors.check_in(visitors.VisitInput(name="王芳", id_number=ID, host_tenant_id=other), by=sqlite_site.clerk)
    page.refresh()
    assert page.log_model.total == 2
    type_text(page.host.lineEdit(), "hx")
    assert page.host.count() == 1 and page.host.itemData(0) == other
    page.host.setCurrentIndex(0)
    page.host.activated.emit(0)
    assert [r.name for r in page.log_model.rows] == ["王芳"] and page.focusWidget() is page.scan
    page.host.lineEdit().clear()
    page.host.lineEdit().textEdited.emit("")
    assert page.log_model.total == 2
