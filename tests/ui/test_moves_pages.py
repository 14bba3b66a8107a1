"""The move screens driven like a clerk: a move-in from papers to the keys handed over, a move-out from the request
(arrears overridden by the manager) to the settlement, and a goods-release pass issued, printed and used at the gate.
One bad input per form is refused next to its field with the form kept."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from models import Defect, GoodsPass, Key, MoveIn, MoveOut, Tenant, Unit
from services import tenants
from tests.movefixtures import move_set, walk_move_in
from tests.printouts.pdftools import pdf_text, squeeze
from tests.ui.test_keys_page import draw_signature
from tests.ui.typing import press, type_text
from ui.dialogs.goods_pass_dialog import GoodsPassDialog
from ui.dialogs.move_in_dialog import MoveInDialog
from ui.dialogs.move_out_dialog import MoveOutDialog
from ui.pages.goods_page import GoodsPage
from ui.pages.moves_page import MovesPage


@pytest.fixture
def ms(sqlite_site):
    return sqlite_site, move_set(sqlite_site)


def _words(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    return squeeze(pdf_text(path))


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_a_move_in_from_papers_to_handover_through_the_form(qtbot, desk, ms, tmp_path):
    site, ids = ms
    page = MovesPage(desk("clerk"))
    qtbot.addWidget(page)
    page.refresh()
    _click(qtbot, page.new_in)
    dialog = page.findChildren(MoveInDialog)[-1]
    qtbot.addWidget(dialog)
    _pick(dialog.tenant, ids["tenant"])
    type_text(dialog.unit, "12f-1201")
    _pick(dialog.applicant_kind, "own")
    type_text(dialog.applicant_name, "李雷")
    type_text(dialog.applicant_phone, "13812345678")
    _click(qtbot, dialog.do_button)
    move = MoveIn.get()
    assert (move.unit.code, move.applicant_name, move.step) == ("12F-1201", "李雷", "papers")
    # A paper missing: refused next to that paper, the ticks kept, nothing passed.
    dialog.papers["id_copy"].setChecked(True)
    dialog.papers["lease"].setChecked(True)
    _click(qtbot, dialog.do_button)
    assert dialog.errors.text_of("papers.move_in_notice") == "缺少必备资料，不能通过此步"
    assert dialog.papers["id_copy"].isChecked() and MoveIn.get().step == "papers"
    dialog.papers["move_in_notice"].setChecked(True)
    _click(qtbot, dialog.do_button)
    assert MoveIn.get().step == "registration"
    form = dialog.print_registration()
    qtbot.addWidget(form)
    assert "住户登记表" in _words(form.pdf, tmp_path) and "深圳市云帆科技有限公司" in _words(form.pdf, tmp_path)
    dialog.registration_form.setChecked(True)
    dialog.agreements.setChecked(True)
    _click(qtbot, dialog.do_button)
    assert MoveIn.get().step == "inspection"
    dialog.results.item(0, 2).setCheckState(Qt.CheckState.Unchecked)
    dialog.results.item(0, 3).setText("门锁松动")
    type_text(dialog.meters.water, "88.5")
    type_text(dialog.meters.electricity, "1200")
    type_text(dialog.meters.tenant_by, "李雷")
    dialog.meters.desk_confirmed.setChecked(True)
    _click(qtbot, dialog.do_button)
    assert MoveIn.get().step == "acceptance" and Defect.get().note == "门锁松动"
    assert "还有 1 项整改未完成" in dialog.blocker.text()
    dialog.defects.setCurrentRow(0)
    _click(qtbot, dialog.fix_button)
    type_text(dialog.accepted_by, "李雷")
    _click(qtbot, dialog.do_button)
    assert MoveIn.get().step == "handover"
    assert dialog.key_list.count() == 2  # the unit's ring, ticked
    type_text(dialog.receiver, "李雷")
    type_text(dialog.phone, "13812345678")
    dialog.show()
    draw_signature(qtbot, dialog.pad)
    dialog.handbook.setChecked(True)
    dialog.drawings.setChecked(True)
    type_text(dialog.first_fee, "3,600")
    _click(qtbot, dialog.do_button)
    move = MoveIn.get()
    assert move.state == "done" and move.unit.status == "occupied" and move.key_slip_no
    assert Key.get_by_id(ids["door"]).state == "issued"
    assert dialog.boxes["done"].isVisibleTo(dialog) and move.key_slip_no in dialog.outcome.text()
    receipt = dialog.print_key_slip()
    qtbot.addWidget(receipt)
    assert "钥匙领用单" in _words(receipt.pdf, tmp_path) and move.key_slip_no in _words(receipt.pdf, tmp_path)
    preview = dialog.open_print_preview()
    qtbot.addWidget(preview)
    text = _words(preview.pdf, tmp_path)
    assert "交楼确认书" in text and "门锁松动" in text and "88.50" in text and "3,600.00元" in text
    dialog.accept()
    assert page.model.total == 0  # nothing left in progress


def _moved_in(site, ids) -> None:
    walk_move_in(site, ids)


def test_a_move_out_blocked_by_arrears_overridden_by_the_manager_to_settlement(qtbot, desk, ms, tmp_path):
    site, ids = ms
    _moved_in(site, ids)
    clerk = MoveOutDialog(desk("clerk"))
    qtbot.addWidget(clerk)
    _pick(clerk.tenant, ids["tenant"])
    type_text(clerk.unit, "12F-1201")
    type_text(clerk.reason, "租约到期")
    clerk.arrears.setText("")
    type_text(clerk.arrears, "800")
    _click(qtbot, clerk.do_button)
    move = MoveOut.get()
    assert move.step == "arrears" and "欠费 800.00 元" in clerk.blocker.text()
    assert not clerk.override_button.isEnabled()  # a clerk may not override

    page = MovesPage(desk("manager"))
    qtbot.addWidget(page)
    page.show_filter("blocked")
    assert [r.kind for r in page.model.rows] == ["out"]
    page.table.selectionModel().select(page.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    dialog = page.open_selected()
    qtbot.addWidget(dialog)
    _click(qtbot, dialog.override_button)
    assert dialog.errors.text_of("override_reason") == "必填"
    type_text(dialog.override_reason, "押金抵扣欠费，经理批准")
    _click(qtbot, dialog.override_button)
    assert MoveOut.get().step == "inspection" and MoveOut.get().override_by == site.manager.full_name
    dialog.damages.setItem(0, 0, _cell("墙面钉孔修补"))
    dialog.damages.setItem(0, 1, _cell("300"))
    type_text(dialog.out_meters.water, "150")
    type_text(dialog.out_meters.electricity, "7000")
    type_text(dialog.out_meters.tenant_by, "李雷")
    dialog.out_meters.desk_confirmed.setChecked(True)
    _click(qtbot, dialog.do_button)
    assert MoveOut.get().step == "keys" and dialog.held.rowCount() == 2
    type_text(dialog.person, "李雷")
    dialog.show()
    draw_signature(qtbot, dialog.pad)
    _click(qtbot, dialog.do_button)
    assert MoveOut.get().step == "goods" and Key.get_by_id(ids["door"]).state == "in"
    assert dialog.goods.unit.text() == "12F-1201"
    type_text(dialog.goods.carrier, "张师傅")
    type_text(dialog.goods.carrier_phone, "13912345678")
    dialog.goods.time_from.setTime(dialog.goods.time_from.time().fromString("00:00", "HH:mm"))
    dialog.goods.time_to.setTime(dialog.goods.time_to.time().fromString("23:59", "HH:mm"))
    dialog.goods.set_item(0, "办公桌", 6, "张")
    _click(qtbot, dialog.do_button)
    assert MoveOut.get().step == "settlement" and GoodsPass.get().move_out_id == move.id
    assert "墙面钉孔修补" in dialog.deductions.text() and "800.00" in dialog.deductions.text()
    slip = dialog.print_pass()
    qtbot.addWidget(slip)
    assert GoodsPass.get().pass_no in _words(slip.pdf, tmp_path) and "办公桌" in _words(slip.pdf, tmp_path)
    type_text(dialog.deposit, "五千")
    _click(qtbot, dialog.do_button)
    assert dialog.errors.text_of("deposit") == "金额应为 0 或正数，如 1,250.00" and dialog.deposit.text() == "五千"
    dialog.deposit.setText("")
    type_text(dialog.deposit, "5000")
    _click(qtbot, dialog.do_button)
    move = MoveOut.get()
    assert move.state == "done" and Unit.get(Unit.code == "12F-1201").status == "vacant"
    assert Tenant.get_by_id(ids["tenant"]).status == "moved_out"
    assert "5,000.00" in dialog.outcome.text() and GoodsPass.get().pass_no in dialog.outcome.text()
    preview = dialog.open_print_preview()
    qtbot.addWidget(preview)
    text = _words(preview.pdf, tmp_path)
    assert "退租结算单" in text and "1,100.00" in text and "3,900.00" in text and "退还业户" in text


def _cell(text: str):
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)


def test_a_goods_pass_issued_printed_and_used_at_the_gate(qtbot, desk, ms, tmp_path):
    from services import goods
    from tests.movefixtures import goods as pass_input

    site, ids = ms
    tenants.update_tenant(ids["tenant"], tenants.TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"]),
                          version=1, by=site.supervisor)
    page = GoodsPage(desk("clerk"))
    qtbot.addWidget(page)
    page.refresh()
    dialog: GoodsPassDialog = page.new_pass()
    qtbot.addWidget(dialog)
    form = dialog.form
    _pick(form.tenant, ids["tenant"])
    assert form.unit.text() == "12F-1201"  # the tenant's one unit, filled in
    type_text(form.carrier, "张师傅")
    type_text(form.carrier_phone, "13912345678")
    type_text(form.plate, "ABC")
    form.time_from.setTime(form.time_from.time().fromString("00:00", "HH:mm"))
    form.time_to.setTime(form.time_to.time().fromString("23:59", "HH:mm"))
    _click(qtbot, dialog.save_button)
    assert dialog.errors.text_of("plate") == "车牌号格式不对，如 粤B12345"
    assert dialog.errors.text_of("items") == "请至少填写一项放行物品"
    assert form.carrier.text() == "张师傅" and GoodsPass.select().count() == 0
    form.plate.clear()
    type_text(form.plate, "粤B12345")
    form.set_item(0, "文件柜", 2, "个")
    _click(qtbot, dialog.save_button)
    assert dialog.pass_no and GoodsPass.get().pass_no == dialog.pass_no
    preview = dialog.open_print_preview()
    qtbot.addWidget(preview)
    assert dialog.pass_no in _words(preview.pdf, tmp_path)
    dialog.accept()
    assert [r.pass_no for r in page.model.rows] == [dialog.pass_no]
    # The gate types the number (without the dashes) and lets the goods out.
    type_text(page.scan, dialog.pass_no.replace("-", "").lower())
    press(page.scan, Qt.Key.Key_Return)
    assert page.check.result == "valid" and "放行条有效" in page.verdict.text() and page.use_button.isEnabled()
    _click(qtbot, page.use_button)
    assert GoodsPass.get().state == "used"
    press(page.scan, Qt.Key.Key_Return)
    assert page.check.result == "used" and "已使用" in page.verdict.text() and not page.use_button.isEnabled()
    # A second pass the tenant no longer needs: the clerk may not void it, the supervisor does, with a reason.
    other = goods.issue_pass(pass_input(tenant_id=ids["tenant"]), by=site.clerk)
    assert not page.void_button.isEnabled()
    boss = GoodsPage(desk("supervisor"))
    qtbot.addWidget(boss)
    boss.refresh()
    row = next(i for i, r in enumerate(boss.model.rows) if r.pass_no == other)
    boss.table.selectionModel().select(boss.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    assert boss.void_selected("业户取消搬运")
    assert GoodsPass.get(GoodsPass.pass_no == other).state == "voided"
    assert next(r for r in boss.model.rows if r.pass_no == other).state == "voided"


def test_the_supervisor_edits_the_handover_checklist_and_the_next_inspection_uses_it(qtbot, desk, ms):
    from PySide6.QtWidgets import QTableWidgetItem

    from services.checklist import checklist
    from ui.dialogs.checklist_dialog import ChecklistDialog

    site, ids = ms
    clerk_page = MovesPage(desk("clerk"))
    qtbot.addWidget(clerk_page)
    assert not clerk_page.edit_checklist().save_button.isEnabled()  # a clerk sees it, may not change it
    dialog = ChecklistDialog(desk("supervisor"))
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    dialog.table.setItem(rows - 1, 0, QTableWidgetItem("卫生间"))  # an area with no item: refused, rows kept
    _click(qtbot, dialog.save_button)
    assert dialog.errors.text_of("areas") == f"第 {rows} 行：每个部位至少一个验收项目"  # the table row, not the area
    assert dialog.table.item(rows - 1, 0).text() == "卫生间"
    dialog.table.setItem(rows - 1, 1, QTableWidgetItem("洁具及五金"))
    _click(qtbot, dialog.save_button)
    areas = checklist(by=site.clerk)
    assert areas[-1].name == "卫生间" and [i.name for i in areas[-1].items] == ["洁具及五金"]
    move = MoveInDialog(desk("clerk"))
    qtbot.addWidget(move)
    assert move.results.item(move.results.rowCount() - 1, 1).text() == "洁具及五金"


def test_a_supervisor_cancels_a_move_in_with_a_reason(qtbot, desk, ms):
    site, ids = ms
    move_id = walk_move_in(site, ids, until="registration")
    clerk = MoveInDialog(desk("clerk"), move_id)
    qtbot.addWidget(clerk)
    assert clerk.cancel_button.isVisible() is False or not clerk.cancel_button.isEnabled()
    dialog = MoveInDialog(desk("supervisor"), move_id)
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.isEnabled()
    assert dialog.cancel_move("业户改期")
    assert MoveIn.get_by_id(move_id).state == "cancelled" and not dialog.do_button.isEnabled()


def test_dashboard_tiles_count_moves_blocked_and_passes_today_and_open_the_lists(qtbot, desk, ms):
    from services import goods
    from tests.movefixtures import goods as pass_input
    from tests.movefixtures import request, start
    from ui.main_window import MainWindow

    site, ids = ms
    walk_move_in(site, ids)
    request(site, ids, arrears="100")  # blocked by arrears
    start(site, ids, unit="12F-1202")  # papers still missing: blocked too
    goods.issue_pass(pass_input(tenant_id=ids["tenant"]), by=site.clerk)
    window = MainWindow(desk("clerk"))
    qtbot.addWidget(window)
    dashboard = window.page("dashboard")
    dashboard.refresh()
    assert [dashboard.tiles[k].value.text() for k in ("moves_open", "moves_blocked", "passes_today")] == ["2", "2", "1"]
    qtbot.mouseClick(dashboard.tiles["moves_blocked"], Qt.MouseButton.LeftButton)
    page = window.page("moves")
    assert window.stack.currentWidget() is page and page.state.currentData() == "blocked"
    assert sorted(r.kind for r in page.model.rows) == ["in", "out"]
    qtbot.mouseClick(dashboard.tiles["passes_today"], Qt.MouseButton.LeftButton)
    goods_page = window.page("goods")
    assert window.stack.currentWidget() is goods_page and len(goods_page.model.rows) == 1
