"""The main window: log in, open every page, the status bar, and dashboard tiles opening their lists."""
from __future__ import annotations

from PySide6.QtCore import Qt

from services import building, tenants
from services.site import get_site
from services.tenants import TenantInput
from tests.conftest import PASSWORD
from tests.ui.typing import type_text
from ui.context import DeskContext
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.pages.tenants_page import TenantsPage
from ui.pages.units_page import UnitsPage


def _login(qtbot, site, username: str) -> DeskContext:
    dialog = LoginDialog(get_site(site.site_id))
    qtbot.addWidget(dialog)
    type_text(dialog.username, username)
    type_text(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None
    return DeskContext(dialog.actor, get_site(site.site_id), "SQLite /tmp/tower.db", "sqlite")


def test_admin_logs_in_and_opens_every_page(qtbot, sqlite_site):
    building.generate_units(building.GenerateInput(1, 3, 4, "100"), by=sqlite_site.supervisor)
    tenants.create_tenant(TenantInput(name="云帆科技", units=["1F-101"]), by=sqlite_site.clerk)
    window = MainWindow(_login(qtbot, sqlite_site, "admin"))
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["概览", "业户档案", "单元", "收费", "钥匙管理", "交楼与退租", "物品放行", "访客", "报修投诉",
                      "回访", "装修管理", "会议室", "外包服务", "满意度调查", "前台服务", "值班日志", "报表",
                      "操作记录", "用户管理", "设置"]
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.stack.currentIndex() == row
    assert "测试admin" in window.user_label.text() and "系统管理员" in window.user_label.text()
    assert "深圳湾科技大厦" in window.site_label.text() and "SQLite" in window.db_label.text()
    # The tenants and units pages show the registry's rows.
    assert window.pages["tenants"].model.total == 1
    assert window.pages["units"].model.total == 12


def test_clerk_sees_no_admin_pages_and_tiles_open_their_lists(qtbot, sqlite_site):
    building.generate_units(building.GenerateInput(1, 2, 5, "100"), by=sqlite_site.supervisor)
    tenants.create_tenant(TenantInput(name="云帆科技", units=["1F-101", "1F-102"]), by=sqlite_site.clerk)
    window = MainWindow(_login(qtbot, sqlite_site, "clerk"))
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys() == ["dashboard", "tenants", "units", "fees", "keys", "moves", "goods", "visitors",
                                  "requests", "callbacks", "fitout", "rooms", "contractors", "surveys",
                                  "frontdesk", "dutylog", "settings"]
    assert set(window.pages) == {"dashboard"}  # the others are built when first opened
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    assert dashboard.tiles["vacant"].value.text() == "8"
    assert dashboard.tiles["occupied"].value.text() == "2"
    qtbot.mouseClick(dashboard.tiles["vacant"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, UnitsPage) and page.model.total == 8
    assert {r.status for r in page.model.rows} == {"vacant"}
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.tiles["tenants"], Qt.MouseButton.LeftButton)
    assert isinstance(window.stack.currentWidget(), TenantsPage)
    assert window.stack.currentWidget().model.row_at(0).name == "云帆科技"
    # The arrears tile opens the fees page on its arrears tab.
    assert dashboard.tiles["arrears"].value.text() == "0"
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.tiles["arrears"], Qt.MouseButton.LeftButton)
    fees_page = window.stack.currentWidget()
    assert fees_page.tabs.currentWidget() is fees_page.arrears
    # The front desk's tiles open the right tab of the 前台服务 page with its list filtered.
    for tile, tab, state in (("mail_uncollected", "mail", "uncollected"), ("loans_overdue", "lending", "overdue")):
        window.show_page("dashboard")
        assert dashboard.tiles[tile].value.text() == "0"
        qtbot.mouseClick(dashboard.tiles[tile], Qt.MouseButton.LeftButton)
        frontdesk = window.stack.currentWidget()
        assert frontdesk is window.pages["frontdesk"] and frontdesk.tabs.currentWidget() is frontdesk.built[tab]
        assert frontdesk.built[tab].state.currentData() == state
