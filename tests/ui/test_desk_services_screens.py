"""The front desk's notices and convenience services driven like a clerk: a weather notice from its template
to paper, a service from the order to the receipt (the charge in the fees ledger, the receipt read back)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from models.desk_services import Notice, ServiceOrder
from models.fees import Charge
from services import building, tenant_visits, tenants
from services.tenants import ContactInput, TenantInput
from tests.printouts.pdftools import page_size, pdf_text, squeeze
from tests.ui.typing import type_text
from ui.pages.frontdesk_page import FrontDeskPage


def _page(qtbot, ctx) -> FrontDeskPage:
    page = FrontDeskPage(ctx)
    qtbot.addWidget(page)
    return page


def test_a_weather_notice_from_its_template_is_published_and_printed(qtbot, desk, tmp_path):
    page = _page(qtbot, desk("supervisor"))
    tab = page.tab("notices")
    dialog = tab.new_notice()
    dialog.template.setCurrentIndex(dialog.template.findData("weather"))
    assert list(dialog.fill_edits) == ["预警信号", "发布单位", "日期", "时段", "天气情况"]
    for name, text in (("预警信号", "台风橙色预警信号"), ("发布单位", "深圳市气象台"), ("日期", "11月25日"),
                       ("天气情况", "强降雨并伴有8至10级大风")):
        type_text(dialog.fill_edits[name], text)
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    # The one mark left empty is named next to its field; what was typed stays.
    assert dialog.errors.text_of("fill.时段") == "必填"
    assert dialog.fill_edits["预警信号"].text() == "台风橙色预警信号" and dialog.title.text() == ""
    type_text(dialog.fill_edits["时段"], "夜间")
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    assert dialog.title.text() == "温馨提示：台风橙色预警信号"
    dialog.valid_to.setDate(dialog.valid_from.date().addDays(1))
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    notice = Notice.get()
    assert (notice.state, notice.template_code, notice.title) == ("published", "weather", "温馨提示：台风橙色预警信号")
    assert "11月25日夜间本市将出现强降雨并伴有8至10级大风" in notice.body
    preview = dialog.print_now("board")
    pdf = preview.save_to(tmp_path / "notice.pdf")
    assert page_size(pdf) == (595.276, 841.89)  # A4 portrait for the lobby board
    words = squeeze(pdf_text(pdf))
    assert "温馨提示：台风橙色预警信号" in words and "据深圳市气象台消息" in words
    assert notice.number in words and "0755-86001234" in words
    lift = dialog.print_now("lift")
    assert page_size(lift.save_to(tmp_path / "lift.pdf")) == (841.89, 595.276)  # A4 landscape for the lift cars
    dialog.close()
    tab.refresh()
    assert tab.model.total == 1  # current now


def _draw(pad) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    points = [QPointF(20 + 12 * i, 40 + (i % 3) * 15) for i in range(12)]
    for kind, point in [(QMouseEvent.Type.MouseButtonPress, points[0])] + [
            (QMouseEvent.Type.MouseMove, p) for p in points[1:]] + [(QMouseEvent.Type.MouseButtonRelease, points[-1])]:
        QApplication.sendEvent(pad, QMouseEvent(kind, point, point, Qt.MouseButton.LeftButton,
                                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_a_carpet_cleaning_from_order_to_receipt(qtbot, desk, sqlite_site, tmp_path):
    building.generate_units(building.GenerateInput(12, 12, 2, "100"), by=sqlite_site.supervisor)
    tenant_id = tenants.create_tenant(TenantInput(name="甲科技有限公司", units=["12F-1201"], contacts=[
        ContactInput("李娜", "13812345678", "行政经理", True)]), by=sqlite_site.clerk)
    page = _page(qtbot, desk("clerk"))
    tab = page.tab("services")
    dialog = tab.new_order()
    dialog.tenant.setCurrentIndex(dialog.tenant.findData(tenant_id))
    assert (dialog.unit.currentText(), dialog.contact_name.text()) == ("12F-1201", "李娜")
    dialog.item.setCurrentIndex(next(i for i in range(dialog.item.count()) if "地毯清洗" in dialog.item.itemText(i)))
    qtbot.keyClicks(dialog.quantity, "126.35")
    assert dialog.list_amount.text() == "8.00 × 126.35 = 1,010.80 元"
    qtbot.keyClicks(dialog.amount, "900")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text_of("price_reason") == "约定金额与价目表不同，请写明原因"
    assert dialog.amount.text() == "900" and ServiceOrder.select().count() == 0
    type_text(dialog.price_reason, "老客户九折")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    order = ServiceOrder.get()
    assert (Decimal(str(order.amount)), order.price_reason, order.state) == (Decimal("900.00"), "老客户九折", "ordered")
    dialog.close()
    tab.refresh()
    tab.table.selectRow(0)
    dispatch = tab.dispatch_selected()
    assert dispatch.department.text() == "保洁部"
    type_text(dispatch.assignee, "周阿姨")
    dispatch.save()
    tab.table.selectRow(0)
    assert tab.complete_selected("已清洗完毕")
    tab.table.selectRow(0)
    accept = tab.accept_selected()
    accept.satisfaction.setCurrentIndex(accept.satisfaction.findData("very"))
    qtbot.mouseClick(accept.save_button, Qt.MouseButton.LeftButton)
    assert accept.errors.text_of("signature") == "请业户在签字板上签字" and Charge.select().count() == 0
    accept.show()
    _draw(accept.pad)
    qtbot.mouseClick(accept.save_button, Qt.MouseButton.LeftButton)
    charge = Charge.get()
    assert (charge.tenant_id, charge.item.code, Decimal(str(charge.amount)), charge.source, charge.source_id) == (
        tenant_id, "SERVICE", Decimal("900.00"), "service-order", order.id)
    preview = accept.print_now()
    pdf = preview.save_to(tmp_path / "receipt.pdf")
    words = squeeze(pdf_text(pdf))
    assert page_size(pdf) == (595.276, 841.89)
    for expected in ("便民服务确认单", order.number, "甲科技有限公司", "地毯清洗", "¥900.00", "人民币玖佰元整",
                     "老客户九折", "周阿姨", "非常满意", "已计入业户账单"):
        assert expected in words, expected


def test_the_overdue_tile_opens_the_visits_tab_filtered(qtbot, desk, sqlite_site):
    from ui.main_window import MainWindow

    building.generate_units(building.GenerateInput(8, 8, 2, "100"), by=sqlite_site.supervisor)
    long_ago = dt.date.today() - dt.timedelta(days=200)
    late = tenants.create_tenant(TenantInput(name="甲公司", units=["8F-801"], lease_start=long_ago),
                                 by=sqlite_site.clerk)
    tenants.create_tenant(TenantInput(name="乙公司", units=["8F-802"], lease_start=dt.date.today()),
                          by=sqlite_site.clerk)
    window = MainWindow(desk("supervisor"))
    qtbot.addWidget(window)
    dashboard = window.page("dashboard")
    dashboard.refresh()
    tile = dashboard.tiles["visits_overdue"]
    assert tile.value.text() == "1"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    frontdesk = window.page("frontdesk")
    visits = frontdesk.tab("visits")
    assert visits.filter.currentData() == "overdue"
    assert [visits.model.row_at(r).tenant_id for r in range(visits.model.rowCount())] == [late]
    # The steward's record of the visit takes the tenant off the overdue list.
    visits.table.selectRow(0)
    record = visits.record_selected()
    type_text(record.met, "李娜（行政经理）")
    type_text(record.topics, "季度走访")
    record.issues.item(0, 0).setText("会议室空调不制冷")
    record.issues.cellWidget(0, 1).setCurrentIndex(record.issues.cellWidget(0, 1).findData("repair"))
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    assert "已转办" in record.status.text()
    visits.refresh()
    assert visits.model.total == 0
    assert tenant_visits.visits_of(late, by=sqlite_site.clerk)[0].issues[0].request_number


def test_the_site_adds_its_own_template_and_the_clerk_writes_from_it(qtbot, desk):
    page = _page(qtbot, desk("supervisor"))
    tab = page.tab("notices")
    templates = tab.edit_templates()
    assert templates.list.count() == 6
    qtbot.mouseClick(templates.findChild(QPushButton, "new_template"), Qt.MouseButton.LeftButton)
    type_text(templates.name, "空调清洗")
    type_text(templates.title, "空调清洗通知")
    type_text(templates.body, "定于{日期}清洗{楼层}空调风口，{未闭合")
    qtbot.mouseClick(templates.save_button, Qt.MouseButton.LeftButton)
    assert "花括号要成对" in templates.errors.text_of("body")
    assert templates.name.text() == "空调清洗" and templates.list.count() == 6
    templates.body.setPlainText("定于{日期}清洗{楼层}空调风口，请提前收好桌面物品。咨询电话：{服务中心电话}")
    qtbot.mouseClick(templates.save_button, Qt.MouseButton.LeftButton)
    assert templates.list.count() == 7 and templates.list.currentItem().text() == "空调清洗"
    templates.close()
    clerk_page = _page(qtbot, desk("clerk"))
    clerk = clerk_page.tab("notices")
    dialog = clerk.new_notice()
    dialog.template.setCurrentIndex(dialog.template.findText("空调清洗"))
    assert list(dialog.fill_edits) == ["日期", "楼层"]
    assert not dialog.publish_button.isEnabled()  # a clerk drafts; a supervisor publishes
    dialog.fill_edits["日期"].setText("12月1日")
    dialog.fill_edits["楼层"].setText("12F–15F")
    assert dialog.fill()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    notice = Notice.get()
    assert notice.state == "draft"
    assert notice.body == "定于12月1日清洗12F–15F空调风口，请提前收好桌面物品。咨询电话：0755-86001234"


def test_a_supervisor_plans_the_visits_due_and_an_engineer_does_not_see_them(qtbot, desk, sqlite_site):
    building.generate_units(building.GenerateInput(8, 8, 3, "100"), by=sqlite_site.supervisor)
    for i, days in enumerate((200, 70, 5)):
        tenants.create_tenant(TenantInput(name=f"{'甲乙丙'[i]}公司", units=[f"8F-80{i + 1}"],
                                          lease_start=dt.date.today() - dt.timedelta(days=days)), by=sqlite_site.clerk)
    page = _page(qtbot, desk("supervisor"))
    visits = page.tab("visits")
    plan = visits.generate_plan()
    assert plan.ahead.value() == 30  # the site's setting
    qtbot.mouseClick(plan.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    assert plan.errors.text_of("assignees") == "请填写走访人" and plan.isVisible()
    type_text(plan.assignee, "赵管家，钱管家")
    qtbot.mouseClick(plan.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    assert len(plan.created) == 2 and not plan.isVisible()
    visits.show_filter("planned")
    assert sorted(visits.model.row_at(r).plan_assignee for r in range(visits.model.rowCount())) == ["赵管家", "钱管家"]
    engineer = _page(qtbot, desk("engineer"))
    assert engineer.tab("visits").objectName() == "visits_locked"
    assert engineer.tab("services").objectName() != "services_locked"  # engineering sees what it is sent
