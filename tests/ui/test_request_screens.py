"""A phone repair through the screens: taken, dispatched, done, printed, called back unsatisfied and reopened."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from models import Callback, Request, RequestEvent
from services import building, callbacks, tenants
from services.tenants import ContactInput, TenantInput
from tests.ui.typing import press, type_text
from ui.dialogs.request_dialog import RequestDialog
from ui.pages.callbacks_page import CallbacksPage
from ui.pages.requests_page import RequestsPage


@pytest.fixture
def tower(sqlite_site):
    building.generate_units(building.GenerateInput(12, 12, 3, "120"), by=sqlite_site.supervisor)
    sqlite_site.tenant_id = tenants.create_tenant(TenantInput(
        name="深圳市前海云帆科技有限公司", units=["12F-1201"],
        contacts=[ContactInput("李雷", "13812345678", "行政经理", True), ContactInput("韩梅梅", "13700001111", "前台")],
    ), by=sqlite_site.clerk)
    return sqlite_site


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_phone_repair_taken_dispatched_done_called_back_unsatisfied_and_reopened(qtbot, desk, tower, tmp_path):
    page = RequestsPage(desk("clerk"))
    qtbot.addWidget(page)
    page.refresh()
    dialog = page.new_request()
    qtbot.addWidget(dialog)

    # The tenant calls: the clerk types the caller's name and picks the match with Enter.
    type_text(dialog.lookup, "韩梅梅")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=2000)
    press(dialog.lookup, Qt.Key.Key_Return)
    assert (dialog.tenant_label.text(), dialog.unit_code.text(), dialog.caller_name.text(),
            dialog.caller_phone.text()) == ("深圳市前海云帆科技有限公司", "12F-1201", "韩梅梅", "13700001111")
    assert dialog.errors.text_of("text") == ""  # Enter picked the caller; it did not try to register
    dialog.repair_kind.setCurrentIndex(dialog.repair_kind.findData("safety"))
    type_text(dialog.suits_tenant, "下午 2 点后")

    # Saved without saying what is wrong: refused next to the text box, everything typed kept.
    click(qtbot, dialog.save_button)
    assert Request.select().count() == 0
    assert dialog.errors.text_of("text") == "必填"
    assert dialog.caller_phone.text() == "13700001111" and dialog.suits_tenant.text() == "下午 2 点后"

    type_text(dialog.text, "消防通道门闭门器坏了，门关不上")
    click(qtbot, dialog.save_button)
    r = Request.get()
    assert (r.category, r.repair_kind, r.tenant_id, r.caller_name, r.state, r.suits_tenant) == (
        "repair", "safety", tower.tenant_id, "韩梅梅", "open", "下午 2 点后")
    assert r.number in dialog.header.text() and not dialog.intake.isEnabled()
    assert dialog.errors.text_of("text") == ""

    # Dispatch to engineering with an appointment; then the technician's work is recorded.
    actions = dialog.actions
    type_text(actions.technician, "张师傅")
    click(qtbot, actions.buttons["dispatch"])
    r = Request.get()
    assert (r.state, r.technician) == ("dispatched", "张师傅")
    assert dialog.timeline.item(0, 1).text() == "派工"
    type_text(actions.work_done, "更换闭门器")
    type_text(actions.materials, "闭门器 1 个")
    click(qtbot, actions.buttons["resolve"])
    r = Request.get()
    assert (r.state, r.work_done, r.materials) == ("resolved", "更换闭门器", "闭门器 1 个")
    assert not actions.buttons["tell"].isEnabled()  # it closes by its callback
    callback = Callback.get()
    assert dialog.steps.item(dialog.steps.rowCount() - 1, 0).text() == "回访（第 1 次）"

    # One click prints the work order for the technician, with the tenant's signature line.
    preview = dialog.open_print_preview()
    qtbot.addWidget(preview)
    out = preview.save_to(tmp_path / "工作单.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("维修工作单", r.work_order_no, "张师傅", "更换闭门器", "业户签字确认", "韩梅梅"):
        assert words in text, words
    dialog.close()

    # The callback queue: the clerk calls, the tenant is not satisfied.
    queue = CallbacksPage(desk("clerk"))
    qtbot.addWidget(queue)
    queue.upcoming.setChecked(True)
    assert queue.select_request(r.id)
    queue.unsatisfied.setChecked(True)
    click(qtbot, queue.record_button)
    assert "写明" in queue.errors.text_of("note")  # why, for engineering
    assert Callback.get_by_id(callback.id).done_at is None and queue.unsatisfied.isChecked()
    type_text(queue.note, "门还是关不严")
    click(qtbot, queue.record_button)
    cb = Callback.get_by_id(callback.id)
    assert (cb.satisfied, cb.note) == (False, "门还是关不严")
    r = Request.get()
    assert (r.state, r.reopen_count, r.resolved_at) == ("dispatched", 1, None)
    assert RequestEvent.select().where(RequestEvent.kind == "reopened").count() == 1
    assert queue.table.item(0, 9).text() == "不满意"

    # Opened again, the work order shows it is back with engineering.
    again = RequestDialog(desk("clerk"), r.id)
    qtbot.addWidget(again)
    assert "已派工" in again.header.text()
    assert again.actions.buttons["resolve"].isEnabled()
    assert again.steps.item(again.steps.rowCount() - 1, 3).text() == "不满意：门还是关不严"
    # The list finds it among the active ones.
    page.show_filter("active")
    assert page.model.total == 1 and page.model.row_at(0).state == "dispatched"


def test_hold_needs_a_reason_shown_at_the_note_box(qtbot, desk, tower):
    dialog = RequestDialog(desk("clerk"))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.lookup, "12F-1201")
    qtbot.waitUntil(lambda: dialog.matches.isVisible(), timeout=2000)
    qtbot.mouseClick(dialog.matches.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.matches.visualItemRect(dialog.matches.item(0)).center())
    assert dialog.caller_name.text() == "李雷"
    dialog.category.setCurrentIndex(dialog.category.findData("complaint"))
    dialog.level.setCurrentIndex(dialog.level.findData("important"))
    type_text(dialog.text, "前台态度差")
    assert dialog.save()
    assert dialog.actions.buttons["escalate"].isEnabled() and not dialog.actions.buttons["dispatch"].isVisible()
    click(qtbot, dialog.actions.buttons["hold"])
    assert dialog.errors.text_of("note") == "必填" and not Request.get().on_hold
    type_text(dialog.actions.note, "业户要求等经理回来再谈")
    click(qtbot, dialog.actions.buttons["hold"])
    assert Request.get().on_hold and Request.get().due_at is None
    assert "挂起中" in dialog.header.text() and dialog.actions.buttons["resume"].isEnabled()
    assert not dialog.actions.buttons["escalate"].isEnabled()
    click(qtbot, dialog.actions.buttons["resume"])
    assert not Request.get().on_hold and Request.get().due_step == "escalate"
    assert callbacks.figures(by=tower.clerk).on_hold == 0


def test_dashboard_shows_overdue_by_owner_and_the_callback_rate_and_opens_the_overdue_list(qtbot, desk, tower):
    import datetime as dt

    from services import requests
    from services.callbacks import CallbackInput
    from services.requests import RequestInput, ResolveInput
    from ui.main_window import MainWindow

    old = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=10)
    late = requests.take_request(RequestInput(tenant_id=tower.tenant_id, caller_name="李雷", text="灯不亮",
                                              received_at=old), by=tower.clerk)
    done = requests.take_request(RequestInput(tenant_id=tower.tenant_id, caller_name="李雷", text="门锁坏",
                                              received_at=old), by=tower.clerk)
    requests.dispatch(done, technician="张师傅", appointment_at=old, by=tower.clerk, at=old)
    callback_id = requests.resolve(done, ResolveInput(work_done="换锁"), by=tower.engineer,
                                   at=old + dt.timedelta(hours=2))
    callbacks.record_callback(callback_id, CallbackInput(True), by=tower.clerk, at=old + dt.timedelta(days=1))
    window = MainWindow(desk("clerk"))
    qtbot.addWidget(window)
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    assert dashboard.tiles["requests_overdue"].value.text() == "1"
    assert "测试clerk 1" in dashboard.tiles["requests_overdue"].caption.text()
    assert dashboard.tiles["callback_rate"].value.text() == "100%"
    assert dashboard.tiles["requests_active"].value.text() == "1"
    qtbot.mouseClick(dashboard.tiles["requests_overdue"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, RequestsPage) and page.due.currentData() == "overdue"
    assert [r.id for r in page.model.rows] == [late]


def test_the_clerk_picks_among_several_matches_with_the_arrow_keys(qtbot, desk, tower):
    tenants.create_tenant(TenantInput(name="华南贸易有限公司", units=["12F-1203"],
                                      contacts=[ContactInput("王芳", "13600002222", "", True)]), by=tower.clerk)
    dialog = RequestDialog(desk("clerk"))
    qtbot.addWidget(dialog)
    type_text(dialog.lookup, "12F-120")
    qtbot.waitUntil(lambda: dialog.matches.count() == 2, timeout=2000)
    assert "华南贸易有限公司" in dialog.matches.item(0).text()  # by pinyin initials: HNMY before SZSQ
    press(dialog.lookup, Qt.Key.Key_Down)
    press(dialog.lookup, Qt.Key.Key_Down)  # stays on the last one
    assert dialog.matches.currentRow() == 1
    press(dialog.lookup, Qt.Key.Key_Return)
    assert (dialog.tenant_label.text(), dialog.unit_code.text(), dialog.caller_name.text()) == (
        "深圳市前海云帆科技有限公司", "12F-1201", "李雷")
    assert Request.select().count() == 0 and dialog.matches.isHidden()


def test_the_list_colours_what_is_late_and_says_a_done_repair_waits_for_its_callback(qtbot, desk, tower):
    import datetime as dt

    from PySide6.QtGui import QColor

    from services import requests
    from services.requests import RequestInput, ResolveInput

    old = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=10)
    late = requests.take_request(RequestInput(tenant_id=tower.tenant_id, caller_name="李雷", text="灯不亮",
                                              category="enquiry", received_at=old), by=tower.clerk)
    done = requests.take_request(RequestInput(tenant_id=tower.tenant_id, caller_name="李雷", text="门锁坏"),
                                 by=tower.clerk)
    requests.dispatch(done, technician="张师傅", appointment_at=dt.datetime.now(), by=tower.clerk)
    requests.resolve(done, ResolveInput(work_done="换锁"), by=tower.engineer)
    page = RequestsPage(desk("clerk"))
    qtbot.addWidget(page)
    page.refresh()
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    rows = {page.model.row_at(r).id: r for r in range(page.model.rowCount())}
    left, step = headers.index("剩余"), headers.index("下一步")
    late_cell = page.model.index(rows[late], left)
    assert page.model.data(late_cell).startswith("超时")
    assert page.model.data(late_cell, Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert page.model.data(page.model.index(rows[done], step)) == "待回访"


def test_the_callback_list_prints_from_the_queue(qtbot, desk, tower, tmp_path):
    import datetime as dt

    from services import requests
    from services.requests import RequestInput, ResolveInput
    from tests.printouts.pdftools import page_size, pdf_text, squeeze

    done = requests.take_request(RequestInput(tenant_id=tower.tenant_id, unit_code="12F-1201", caller_name="李雷",
                                              caller_phone="13812345678", text="门锁坏"), by=tower.clerk)
    requests.dispatch(done, technician="张师傅", appointment_at=dt.datetime.now(), by=tower.clerk)
    callback_id = requests.resolve(done, ResolveInput(work_done="换锁"), by=tower.engineer)
    queue = CallbacksPage(desk("clerk"))
    qtbot.addWidget(queue)
    due = Callback.get_by_id(callback_id).due_at.date()
    queue.day.setDate(due)  # the day the callback falls due
    assert queue.table.rowCount() == 1 and queue.table.item(0, 1).text() == "深圳市前海云帆科技有限公司"
    preview = queue.open_print_preview()
    qtbot.addWidget(preview)
    out = preview.save_to(tmp_path / "回访清单.pdf")
    text = squeeze(pdf_text(out))
    assert f"回访日期：{due.isoformat()}" in text and "门锁坏" in text and "13812345678" in text
    assert page_size(out)[0] > page_size(out)[1]  # landscape
