"""The front desk's mail, lending and lobby-check tabs driven like a clerk: a scanner types the number and Enter."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from models import Loan, LobbyCheck, MailItem, Request
from services import lending, mail
from services.lobbycheck import template
from tests.frontdeskfixtures import arrival, desk_set, lend_input
from tests.printouts.pdftools import pdf_text, squeeze
from tests.ui.test_keys_page import draw_signature
from tests.ui.typing import press, type_text
from ui.dialogs.lending_dialogs import LendDialog, LendItemDialog, ReturnLoanDialog, WriteOffDialog
from ui.dialogs.mail_dialogs import ArrivalDialog, BatchDialog, CollectDialog
from ui.pages.frontdesk_page import FrontDeskPage
from ui.pages.lobbycheck_tab import CheckDialog, TemplateDialog


@pytest.fixture
def front(sqlite_site):
    return sqlite_site, desk_set(sqlite_site)


def _page(qtbot, desk, key: str, role: str = "clerk"):
    page = FrontDeskPage(desk(role))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    return page, page.tab(key)


def _select(table, model, predicate) -> None:
    row = next(i for i, r in enumerate(model.rows) if predicate(r))
    table.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)


def _scan(qtbot, widget, code: str) -> None:
    """What a USB barcode scanner does: the characters, then Enter."""
    widget.setFocus()
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_clerk_logs_a_parcel_with_a_scanned_number_and_the_duplicate_is_refused(qtbot, desk, front):
    site, ids = front
    _page_widget, tab = _page(qtbot, desk, "mail")
    qtbot.mouseClick(tab.arrival_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ArrivalDialog)
    type_text(dialog.tenant, "云帆")
    press(dialog.tenant, Qt.Key.Key_Return)  # the first match taken, the focus on to the tracking number
    assert dialog.tenant.choice.tenant_id == ids["yunfan"]
    dialog.courier.setCurrentText("顺丰")
    _scan(qtbot, dialog.tracking, "SF1234567890")
    # The scan's Enter jumped on to the next field and saved nothing.
    assert dialog.focusWidget() is dialog.recipient and MailItem.select().count() == 0
    type_text(dialog.recipient, "王小姐")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    item = MailItem.get()
    assert (item.tenant_id, item.unit_code, item.courier, item.tracking, item.recipient, item.state) == (
        ids["yunfan"], "12F-1201", "顺丰", "SF1234567890", "王小姐", "waiting")
    assert "已登记" in dialog.status.text() and dialog.tracking.text() == "" and dialog.courier.currentText() == "顺丰"
    # The same parcel scanned again: refused next to the tracking field, what was typed stays, nothing saved.
    type_text(dialog.tenant, "12F-1202")
    press(dialog.tenant, Qt.Key.Key_Return)
    _scan(qtbot, dialog.tracking, "SF1234567890")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "尚未取走" in dialog.errors.text_of("tracking") and item.number in dialog.errors.text_of("tracking")
    assert dialog.tracking.text() == "SF1234567890" and dialog.tenant.text().startswith("12F-1202")
    assert MailItem.select().count() == 1
    preview = dialog.print_slips()
    assert preview.page_count() == 1 and preview.setup().kind == "label"  # goes to the desk's label printer


def test_parcel_collected_by_scanning_its_tracking_number_with_a_signature(qtbot, desk, front):
    site, ids = front
    first = mail.log_arrival(arrival(ids["yunfan"], "SF1234567890"), by=site.clerk)
    second = mail.log_arrival(arrival(ids["yunfan"], "JD0000000002", courier="京东"), by=site.clerk)
    other = mail.log_arrival(arrival(ids["haian"], "YT0000000003", courier="圆通"), by=site.clerk)
    _page_widget, tab = _page(qtbot, desk, "mail")
    assert tab.model.total == 3
    _scan(qtbot, tab.scan, "sf1234567890")
    dialog = tab.dialog
    assert isinstance(dialog, CollectDialog) and dialog.chosen() == [first]
    _scan(qtbot, dialog.scan, "JD0000000002")  # the tenant's second parcel ticked by scanning it too
    assert dialog.chosen() == [first, second]
    _scan(qtbot, dialog.scan, "YT0000000003")  # another tenant's parcel is not mixed in
    assert "海岸律师事务所" in dialog.errors.text_of("scan") and dialog.chosen() == [first, second]
    type_text(dialog.collector, "王小姐")
    type_text(dialog.phone_tail, "5678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text_of("signature") == "请在签字板上签字" and MailItem.get_by_id(first).state == "waiting"
    dialog.show()
    draw_signature(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rows = {i.id: i for i in MailItem.select()}
    assert rows[first].state == rows[second].state == "collected" and rows[other].state == "waiting"
    assert rows[first].collector == "王小姐" and rows[first].collector_phone_tail == "5678"
    assert bytes(rows[first].signature).startswith(b"\x89PNG")
    dialog.accept()
    assert tab.model.total == 1  # the waiting list now holds only 海岸's parcel
    _scan(qtbot, tab.scan, "SF1234567890")  # scanned again: already collected, said at the scan field
    assert "已于" in tab.errors.text_of("scan") and "被取走" in tab.errors.text_of("scan")


def test_a_courier_drop_is_scanned_in_as_a_batch_and_its_slips_printed(qtbot, desk, front):
    site, ids = front
    _page_widget, tab = _page(qtbot, desk, "mail")
    qtbot.mouseClick(tab.batch_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, BatchDialog)
    dialog.courier.setCurrentText("中通")
    for code, tenant in (("ZT1000000001", "云帆"), ("ZT1000000002", "海岸"), ("ZT1000000003", "LJSJ")):
        _scan(qtbot, dialog.scan, code)
        assert dialog.focusWidget() is dialog.tenant
        type_text(dialog.tenant, tenant)
        press(dialog.tenant, Qt.Key.Key_Return)
        assert dialog.focusWidget() is dialog.scan
    assert dialog.table.rowCount() == 3
    ids_saved = dialog.save()
    assert len(ids_saved) == 3 and {i.courier for i in MailItem.select()} == {"中通"}
    assert {i.tenant_id for i in MailItem.select()} == {ids["yunfan"], ids["haian"], ids["lanjing"]}
    preview = dialog.print_slips()
    assert preview.page_count() == 3
    _page_widget.show_filter("mail:today")
    assert tab.state.currentData() == "today" and tab.model.total == 3
    pdf = tab.print_list()
    assert pdf.page_count() == 1 and pdf.setup().kind == "a4"  # 11F and 12F, three lines


def test_lending_and_returning_an_umbrella(qtbot, desk, front, tmp_path):
    site, ids = front
    page, tab = _page(qtbot, desk, "lending")
    _select(tab.items_table, tab.items_model, lambda r: r.name == "长柄雨伞")
    qtbot.mouseClick(tab.lend_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, LendDialog) and dialog.item.currentData() == ids["umbrella"]
    type_text(dialog.borrower, "李先生")
    type_text(dialog.phone, "139123")  # too short: refused at the field, the rest kept
    dialog.show()
    draw_signature(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text_of("phone").startswith("电话号码格式不对") and Loan.select().count() == 0
    assert dialog.borrower.text() == "李先生"
    dialog.phone.clear()
    type_text(dialog.phone, "13912345678")
    type_text(dialog.tenant, "海岸")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    loan = Loan.get()
    assert (loan.borrower, loan.phone, loan.tenant_id, loan.unit_code, loan.state) == (
        "李先生", "13912345678", ids["haian"], "11F-1101", "out")
    assert bytes(loan.signature).startswith(b"\x89PNG") and loan.number in dialog.status.text()
    dialog.accept()
    assert {r.name: r.available for r in tab.items_model.rows}["长柄雨伞"] == 2
    _select(tab.loans_table, tab.loans_model, lambda r: r.id == loan.id)
    qtbot.mouseClick(tab.return_button, Qt.MouseButton.LeftButton)
    back = tab.dialog
    assert isinstance(back, ReturnLoanDialog) and back.returned_by.text() == "李先生"
    back.save()
    assert Loan.get_by_id(loan.id).state == "returned"
    assert {r.name: r.available for r in tab.items_model.rows}["长柄雨伞"] == 3
    page.show_filter("lending:overdue")
    assert tab.state.currentData() == "overdue" and tab.loans_model.total == 0


def test_a_closing_check_with_a_failed_item_raises_a_work_order(qtbot, desk, front):
    site, ids = front
    page, tab = _page(qtbot, desk, "lobbycheck")
    assert "开班检查" in tab.today.text()
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CheckDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing ticked: every item asks
    assert dialog.errors.text_of("item1") == "请逐项勾选" and LobbyCheck.select().count() == 0
    dialog.answers[7][1].setChecked(True)  # 灭火器、消火栓 failed, and no note yet
    dialog.rest_ok()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text_of("item7") == "不合格的项目请写明情况" and dialog.errors.text_of("item1") == ""
    type_text(dialog.answers[7][2], "2 号灭火器压力不足")
    type_text(dialog.shift, "晚班")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    order = Request.get()
    assert order.source == f"lobbycheck:{dialog.check_id}/item:7" and "压力不足" in order.text
    assert "1 项不合格" in dialog.status.text()
    dialog.accept()
    assert tab.model.total == 1 and "✘" in tab.detail.toPlainText() and "压力不足" in tab.detail.toPlainText()
    assert "开班检查" in tab.today.text() and "交班检查" not in tab.today.text()


def test_print_preview_of_the_pickup_list_reads_back(qtbot, desk, front, tmp_path):
    site, ids = front
    mail.log_arrival(arrival(ids["lanjing"], "EMS0000000001", courier="EMS"), by=site.clerk)
    _page_widget, tab = _page(qtbot, desk, "mail")
    preview = tab.print_list()
    path = preview.save_to(tmp_path / "list.pdf")
    text = squeeze(pdf_text(path, layout=False))
    assert "待取邮件快递清单" in text and "蓝鲸数据有限公司" in text and "EMS0000000001" in text


def test_a_bad_batch_line_says_why_in_its_row_and_nothing_is_taken_in(qtbot, desk, front):
    site, ids = front
    mail.log_arrival(arrival(ids["haian"], "ZT1000000009", courier="中通"), by=site.clerk)
    _page_widget, tab = _page(qtbot, desk, "mail")
    dialog = tab.new_batch()
    dialog.courier.setCurrentText("中通")
    for code, tenant in (("ZT1000000001", "云帆"), ("ZT1000000009", "海岸")):
        _scan(qtbot, dialog.scan, code)
        type_text(dialog.tenant, tenant)
        press(dialog.tenant, Qt.Key.Key_Return)
    assert dialog.save() is None
    assert "尚未取走" in dialog.table.item(1, 2).text() and dialog.table.item(0, 2).text() == ""
    assert MailItem.select().count() == 1 and dialog.table.rowCount() == 2
    dialog.table.selectRow(1)
    dialog.remove_selected()
    assert len(dialog.save()) == 1 and MailItem.select().count() == 2


def test_return_to_sender_needs_a_reason(qtbot, desk, front):
    site, ids = front
    item_id = mail.log_arrival(arrival(ids["lanjing"], "EMS0000000001", courier="EMS"), by=site.clerk)
    _page_widget, tab = _page(qtbot, desk, "mail")
    _select(tab.table, tab.model, lambda r: r.id == item_id)
    qtbot.mouseClick(tab.return_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert not dialog.save() and dialog.errors.text_of("reason") == "必填"
    type_text(dialog.reason, "查无此人")
    assert dialog.save() and MailItem.get_by_id(item_id).state == "returned"


def test_supervisor_keeps_the_inventory_and_the_checklist_and_writes_off(qtbot, desk, front):
    site, ids = front
    page, tab = _page(qtbot, desk, "lending", role="supervisor")
    qtbot.mouseClick(tab.new_item_button, Qt.MouseButton.LeftButton)
    item = tab.dialog
    assert isinstance(item, LendItemDialog)
    type_text(item.name, "长柄雨伞")
    item.save()
    assert "已有同名物品" in item.errors.text_of("name")
    item.name.clear()
    type_text(item.name, "充电宝")
    item.category.setCurrentIndex(item.category.findData("charger"))
    item.quantity.setValue(6)
    assert item.save() and {r.name: r.quantity for r in tab.items_model.rows}["充电宝"] == 6
    now = dt.datetime.now().replace(microsecond=0)
    number = lending.lend(lend_input(ids["umbrella"], due_at=now - dt.timedelta(days=2)), by=site.clerk,
                          at=now - dt.timedelta(days=3))
    tab.refresh()
    _select(tab.loans_table, tab.loans_model, lambda r: r.number == number)
    qtbot.mouseClick(tab.write_off_button, Qt.MouseButton.LeftButton)
    off = tab.dialog
    assert isinstance(off, WriteOffDialog)
    type_text(off.reason, "未归还")
    assert not off.save() and "逾期满 30 天" in off.errors.text_of("reason")
    assert Loan.get().state == "out"
    _checks_page, checks = _page(qtbot, desk, "lobbycheck", role="supervisor")
    template_dialog = checks.edit_template()
    assert isinstance(template_dialog, TemplateDialog)
    template_dialog.text.setPlainText("前台设备正常\n\n消防器材在位")
    assert template_dialog.save()
    assert [t.text for t in template(by=site.clerk)] == ["前台设备正常", "消防器材在位"]


def test_the_steward_back_from_the_round_ticks_off_what_was_signed_for(qtbot, desk, front):
    site, ids = front
    up = mail.log_arrival(arrival(ids["yunfan"], "SF5000000001"), by=site.clerk)
    mail.log_arrival(arrival(ids["yunfan"], "SF5000000002", unit_code="12F-1202"), by=site.clerk)
    other_floor = mail.log_arrival(arrival(ids["haian"], "SF5000000003"), by=site.clerk)
    _page_widget, tab = _page(qtbot, desk, "mail", role="steward")
    tab.floor.setCurrentIndex(tab.floor.findData("12F"))
    assert tab.model.total == 2
    dialog = tab.deliver_round()
    assert dialog.items.count() == 2 and dialog.steward.text() == "测试steward"
    assert not dialog.save() and dialog.errors.text_of("items") == "请先选择邮件快递"
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.receiver, "前台小李")
    assert dialog.save()
    item = MailItem.get_by_id(up)
    assert (item.state, item.delivered_by, item.collector) == ("collected", "测试steward", "前台小李")
    assert MailItem.get_by_id(other_floor).state == "waiting" and tab.model.total == 1
