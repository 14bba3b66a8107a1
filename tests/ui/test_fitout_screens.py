"""One fit-out through the screens: applied at the desk (one bad input refused in place), reviewed by the desk,
drawings passed by engineering, approved by the manager, deposit and fees, the permit issued and printed,
a worker's pass issued and checked at the gate."""
from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from models import Fitout, FitoutStep, WorkerPass
from models.fees import Charge
from services.payments import PaymentInput, take_payment
from tests.services.fitout_fixtures import fitout_tower
from tests.ui.typing import click, press, tick, type_text
from ui.dialogs.fitout_dialog import FitoutDialog
from ui.pages.fitout_page import FitoutPage


@pytest.fixture
def tower(sqlite_site):
    sqlite_site.tenant_id = fitout_tower(sqlite_site)
    return sqlite_site


def _as(qtbot, desk, role: str, fitout_id: int) -> FitoutDialog:
    dialog = FitoutDialog(desk(role), fitout_id)
    qtbot.addWidget(dialog)
    return dialog


def _step(qtbot, dialog: FitoutDialog, action: str, comment: str = "") -> None:
    assert action in dialog.action_buttons, list(dialog.action_buttons)
    if comment:
        type_text(dialog.comment, comment)
    click(qtbot, dialog.action_buttons[action])


def test_one_fitout_from_application_to_permit_through_the_screens(qtbot, desk, tower, tmp_path):
    page = FitoutPage(desk("clerk"))
    qtbot.addWidget(page)
    dialog = page.new_fitout()
    qtbot.addWidget(dialog)
    type_text(dialog.unit_code, "12f-1201")
    dialog.unit_code.editingFinished.emit()
    assert dialog.tenant_label.text() == "深圳市前海云帆科技有限公司"
    type_text(dialog.applicant_name, "李雷")
    type_text(dialog.applicant_phone, "13812345678")
    type_text(dialog.contractor_name, "深圳市华匠装饰工程有限公司")
    type_text(dialog.site_manager, "王建国")
    type_text(dialog.contractor_phone, "139123")  # too short: refused in place
    type_text(dialog.scope, "隔墙、吊顶、地毯")
    type_text(dialog.area, "120.50")
    dialog.planned_start.setDate(QDate(2026, 12, 1))
    dialog.planned_end.setDate(QDate(2027, 1, 14))
    type_text(dialog.drawings, "平面布置图")
    press(dialog.drawings, Qt.Key.Key_Return)
    type_text(dialog.drawings, "天花图")
    type_text(dialog.insurer, "中国平安财产保险")
    type_text(dialog.insurance_cover, "1000000")
    dialog.insurance_expiry.set_value(dt.date(2027, 12, 31))
    click(qtbot, dialog.save_button)
    assert Fitout.select().count() == 0 and FitoutStep.select().count() == 0
    assert "电话号码格式不对" in dialog.errors.text_of("contractor_phone")
    assert dialog.errors.text_of("papers.id_copy") == "该办理人须提供此资料"  # the move-in paper rule
    assert dialog.scope.toPlainText() == "隔墙、吊顶、地毯" and dialog.site_manager.text() == "王建国"

    # Someone acting for the tenant: the authorisation letter and their own ID too.
    dialog.applicant_kind.setCurrentIndex(dialog.applicant_kind.findData("agent"))
    assert dialog.papers["authorisation"].text().endswith("*")
    tick(qtbot, dialog.papers["id_copy"])
    click(qtbot, dialog.save_button)
    assert dialog.errors.text_of("papers.authorisation") == "该办理人须提供此资料"
    assert dialog.errors.text_of("papers.id_copy") == "" and Fitout.select().count() == 0
    for paper in ("authorisation", "agent_id"):
        tick(qtbot, dialog.papers[paper])
    type_text(dialog.contractor_phone, "45678")
    click(qtbot, dialog.save_button)
    f = Fitout.get()
    assert (f.state, f.contractor_phone, f.area, f.drawings) == ("draft", "13912345678", Decimal("120.50"),
                                                                 "平面布置图\n天花图")
    assert (f.applicant_kind, f.papers) == ("agent", "id_copy,authorisation,agent_id")
    assert dialog.errors.text_of("contractor_phone") == ""
    # The clerk: submit, review, pass; approval is not offered to a clerk.
    for action in ("submit", "start_review", "pass_desk"):
        _step(qtbot, dialog, action)
    assert Fitout.get().state == "drawing_review"
    assert "pass_drawings" not in dialog.action_buttons and "approve" not in dialog.action_buttons
    assert "工程部审图" in dialog.state_label.text() and "工程部审核" in dialog.waits_label.text()
    dialog.accept()

    # Engineering sends it back without a comment: refused next to the comment box.
    eng = _as(qtbot, desk, "engineer", f.id)
    click(qtbot, eng.action_buttons["send_back"])
    assert eng.errors.text_of("comment") == "退回、驳回、撤回、延期或验收不合格须写明意见"
    assert Fitout.get().state == "drawing_review"
    _step(qtbot, eng, "pass_drawings", "图纸符合要求")
    assert Fitout.get().state == "manager_approval"

    mgr = _as(qtbot, desk, "manager", f.id)
    _step(qtbot, mgr, "approve", "同意")
    f = Fitout.get()
    assert (f.state, f.debris_fee) == ("approved", Decimal("602.50"))
    assert Charge.get_by_id(f.charge_id).source == "fitout"

    clerk = _as(qtbot, desk, "clerk", f.id)
    assert "602.50" in clerk.money.text() and "未收" in clerk.money.text()
    _step(qtbot, clerk, "confirm_fees")  # nothing paid yet: refused, shown in place
    assert "装修押金 5000.00 元尚未收取" in clerk.errors.text_of("comment")
    click(qtbot, clerk.deposit_button)
    assert "已收" in clerk.money.text()
    take_payment(PaymentInput(tower.tenant_id, "602.50", "cash"), by=tower.clerk)  # paid at the fees counter
    _step(qtbot, clerk, "confirm_fees")
    clerk.permit_end.setDate(QDate(2027, 1, 14))
    _step(qtbot, clerk, "issue_permit")
    f = Fitout.get()
    assert (f.state, f.permit_no, f.permit_end) == ("permit_issued", f"XK-{dt.date.today().year}-0001",
                                                    dt.date(2027, 1, 14))
    history = [clerk.history.item(r, 1).text() for r in range(clerk.history.rowCount())]
    assert history == ["登记申请", "提交", "开始初审", "初审通过", "审图通过", "批准", "确认已缴费", "发许可证"]
    assert clerk.history.item(4, 6).text() == "图纸符合要求" and clerk.history.item(4, 5).text() == "工程部审核"

    preview = clerk.print_permit()
    assert preview is not None and preview.page_count() == 1
    saved = preview.save_to(tmp_path / "permit.pdf")
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True).stdout
    assert f.permit_no in text and "装修施工许可证" in text

    # A worker's pass: a bad ID refused in place, then issued and checked at the gate.
    assert clerk.tabs.isTabEnabled(2)
    type_text(clerk.worker_name, "张三")
    type_text(clerk.worker_id, "110105194912310022")
    click(qtbot, clerk.findChild(type(clerk.save_button), "add_pass"))
    assert "校验位" in clerk.errors.text_of("workers[0].id_number") and WorkerPass.select().count() == 0
    clerk.worker_id.clear()
    type_text(clerk.worker_id, "11010519491231002X")
    click(qtbot, clerk.findChild(type(clerk.save_button), "add_pass"))
    p = WorkerPass.get()
    assert (p.name, p.id_masked, p.valid_until) == ("张三", "1101**********002X", dt.date(2027, 1, 14))
    assert clerk.passes.item(0, 0).text() == p.number and clerk.passes.item(0, 5).text() == "有效（押金 50.00 元）"
    passes = clerk.print_passes()
    assert passes is not None and passes.page_count() == 1

    page.refresh()
    assert page.table.item(0, 4).text() == "已发许可证" and page.table.item(0, 6).text() == "2027-01-14"
    type_text(page.pass_no, p.number)
    page.check_pass()
    expected = "有效" if dt.date(2026, 12, 1) <= dt.date.today() <= dt.date(2027, 1, 14) else "已过期"
    assert page.check_result.text().startswith(expected)
    page.pass_no.clear()
    type_text(page.pass_no, "SG-2026-999999")
    page.check_pass()
    assert page.check_result.text() == "查无此证：SG-2026-999999"

    # The worker hands the pass back: it stops working at the gate and its deposit is refunded.
    clerk.passes.selectRow(0)
    click(qtbot, clerk.findChild(type(clerk.save_button), "return_pass"))
    assert WorkerPass.get().returned_on == dt.date.today() and "交回" in clerk.passes.item(0, 5).text()
    assert "退押金 50.00 元" in clerk.status.text()
    page.pass_no.clear()
    type_text(page.pass_no, p.number)
    page.check_pass()
    assert page.check_result.text().startswith("已收回")


def test_list_filters_by_state_and_waiting_on_me(qtbot, desk, tower):
    from services import fitout
    from tests.services.fitout_fixtures import TO_APPROVAL, application, walk

    a = fitout.create_fitout(application(tower.tenant_id), by=tower.clerk)
    b = fitout.create_fitout(application(tower.tenant_id), by=tower.clerk)
    walk(tower, b, TO_APPROVAL)
    page = FitoutPage(desk("manager"))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 2
    page.mine.setChecked(True)
    assert [r.id for r in page.rows] == [b, a]  # a manager is also a desk: a draft waits on the desk too
    page = FitoutPage(desk("engineer"))
    qtbot.addWidget(page)
    page.mine.setChecked(True)
    assert page.rows == []
    page.state.setCurrentIndex(page.state.findData("draft"))
    page.mine.setChecked(False)
    assert [r.id for r in page.rows] == [a] and page.table.item(0, 5).text() == "提交（客服）"


def test_supervisor_fines_against_the_deposit_and_suspends_from_the_form(qtbot, desk, tower):
    from models.fitout import FitoutDeduction
    from tests.services.fitout_fixtures import to_permit

    fid = to_permit(tower, tower.tenant_id)
    clerk = _as(qtbot, desk, "clerk", fid)
    assert clerk.deduct_box.isHidden() and "reinstate" not in clerk.action_buttons
    sup = _as(qtbot, desk, "supervisor", fid)
    assert not sup.deduct_box.isHidden()
    type_text(sup.deduct_amount, "6000")
    type_text(sup.deduct_reason, "办公时间噪音施工")
    click(qtbot, sup.findChild(type(sup.save_button), "deduct"))
    assert sup.errors.text_of("amount") == "超过押金余额 5000.00 元" and FitoutDeduction.select().count() == 0
    assert sup.deduct_reason.text() == "办公时间噪音施工"
    sup.deduct_amount.clear()
    type_text(sup.deduct_amount, "500")
    click(qtbot, sup.findChild(type(sup.save_button), "deduct"))
    assert FitoutDeduction.get().amount == Decimal("500.00") and "可退押金 4,500.00 元" in sup.money.text()
    settlement = sup.print_settlement()
    assert settlement is not None and settlement.page_count() == 1
    _step(qtbot, sup, "suspend", "噪音施工屡教不改")
    assert Fitout.get_by_id(fid).state == "suspended" and "已停工" in sup.state_label.text()
    page = FitoutPage(desk("steward"))  # every state the list can meet says whom it waits on
    qtbot.addWidget(page)
    assert page.table.item(0, 5).text() == "复工（主管）"
    _step(qtbot, sup, "reinstate", "已承诺整改")
    assert Fitout.get_by_id(fid).state == "in_progress"


def test_dashboard_tiles_open_the_fitouts_waiting_on_me_and_those_with_lapsing_insurance(qtbot, tower):
    from services import fitout
    from tests.services.fitout_fixtures import TO_APPROVAL, application, to_permit, walk
    from tests.ui.test_main_window import _login
    from ui.main_window import MainWindow

    a = fitout.create_fitout(application(tower.tenant_id), by=tower.clerk)
    walk(tower, a, TO_APPROVAL)
    lapsing = to_permit(tower, tower.tenant_id, insurance_expiry=dt.date(2027, 1, 1))  # permit ends 2027-01-14
    walk(tower, lapsing, [("start_work", "clerk")])
    window = MainWindow(_login(qtbot, tower, "manager"))
    qtbot.addWidget(window)
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    assert (dashboard.tiles["fitout_mine"].value.text(), dashboard.tiles["fitout_insurance"].value.text()) == (
        "2", "1")  # the approval, and the works at the desk (a manager is a desk too)
    qtbot.mouseClick(dashboard.tiles["fitout_insurance"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, FitoutPage) and [r.id for r in page.rows] == [lapsing]
    assert page.table.item(0, 7).text() == "保险在完工前到期"
    page.state.setCurrentIndex(page.state.findData(""))  # any filter of the clerk's own shows all again
    assert len(page.rows) == 2
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.tiles["fitout_mine"], Qt.MouseButton.LeftButton)
    assert page.mine.isChecked() and {r.id for r in page.rows} == {a, lapsing}


def test_patrol_with_a_violation_from_the_form_notice_printed_and_closed_by_another(qtbot, desk, tower):
    from models.fitout import FitoutPatrol
    from tests.services.fitout_fixtures import to_permit, walk

    fid = to_permit(tower, tower.tenant_id)
    walk(tower, fid, [("start_work", "clerk")])
    steward = _as(qtbot, desk, "steward", fid)
    assert not steward.fine.isEnabled()  # a steward does not fine
    steward.violation.setCurrentIndex(steward.violation.findData("debris"))
    click(qtbot, steward.findChild(type(steward.save_button), "record_patrol"))
    assert steward.errors.text_of("findings") == "必填" and FitoutPatrol.select().count() == 0
    type_text(steward.findings, "走道堆放废料")
    click(qtbot, steward.findChild(type(steward.save_button), "record_patrol"))
    patrol = FitoutPatrol.get()
    assert (patrol.violation, patrol.notice_no) == ("debris", f"ZG-{dt.date.today().year}-0001")
    assert steward.patrol_table.item(0, 6).text() == "待整改"
    steward.patrol_table.selectRow(0)
    preview = steward.print_selected_notice()
    assert preview is not None and preview.page_count() == 1
    type_text(steward.close_note, "已清理")
    click(qtbot, steward.findChild(type(steward.save_button), "close_notice"))
    assert "开单人以外" in steward.errors.text_of("close_note") and FitoutPatrol.get().closed_on is None
    clerk = _as(qtbot, desk, "clerk", fid)
    clerk.patrol_table.selectRow(0)
    type_text(clerk.close_note, "复查：走道已清理")
    click(qtbot, clerk.findChild(type(clerk.save_button), "close_notice"))
    assert FitoutPatrol.get().closed_by == "clerk" and "已复查关闭" in clerk.patrol_table.item(0, 6).text()


def test_every_state_that_waits_names_whom_in_the_list(qtbot, desk, tower):
    from services import fitout

    page = FitoutPage(desk("clerk"))
    qtbot.addWidget(page)
    for state, (_action, permission) in fitout.WAITS_FOR.items():
        assert page._who(permission), state
