"""The watchlist, pre-registration and evacuation dialogs, driven as a supervisor or a clerk would."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import Prereg, WatchEntry
from services import building, tenants, visitors
from services.visitors import VisitInput
from tests.ui.typing import type_text
from ui.dialogs.evacuation_dialog import EvacuationDialog
from ui.dialogs.prereg_dialog import PreregDialog
from ui.dialogs.watchlist_dialog import WatchlistDialog

ID = "11010519491231002X"


@pytest.fixture
def tower(sqlite_site):
    building.generate_units(building.GenerateInput(12, 12, 4, "120"), by=sqlite_site.supervisor)
    tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"]), by=sqlite_site.clerk)
    return sqlite_site


def test_a_supervisor_bars_a_person_and_a_bad_id_is_refused_in_place(qtbot, desk, tower):
    dialog = WatchlistDialog(desk("supervisor"))
    qtbot.addWidget(dialog)
    type_text(dialog.name, "陳小明")
    type_text(dialog.id_number, "12345")
    type_text(dialog.reason, "多次强行闯入")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert WatchEntry.select().count() == 0 and "18 位" in dialog.errors.text_of("id_number")
    assert dialog.name.text() == "陳小明" and dialog.reason.text() == "多次强行闯入"
    dialog.id_number.clear()
    type_text(dialog.id_number, ID)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    entry = WatchEntry.get()
    assert entry.name == "陳小明" and entry.id_hint == "1101**********002X" and ID not in str(entry.__data__)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "1101**********002X"
    dialog.table.selectRow(0)
    assert dialog.remove_selected("业户撤销")
    assert not WatchEntry.get().active and dialog.table.rowCount() == 0


def test_a_clerk_sees_the_list_but_cannot_change_it(qtbot, desk, tower):
    dialog = WatchlistDialog(desk("clerk"))
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()


def test_a_clerk_pre_registers_a_visitor_and_imports_a_tenants_sheet(qtbot, desk, tower, tmp_path):
    dialog = PreregDialog(desk("clerk"))
    qtbot.addWidget(dialog)
    type_text(dialog.name, "欧阳娜娜")
    type_text(dialog.phone, "12345")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert Prereg.select().count() == 0
    assert dialog.errors.text_of("phone") and dialog.errors.text_of("host")
    dialog.phone.clear()
    type_text(dialog.phone, "13811112222")
    type_text(dialog.host.lineEdit(), "云帆")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    p = Prereg.get()
    assert (p.name, p.phone, p.host_unit, p.expected_on) == ("欧阳娜娜", "13811112222", "12F-1201", dt.date.today())
    assert dialog.table.rowCount() == 1
    sheet = tmp_path / "名单.csv"
    sheet.write_text(f"姓名,手机,来访日期\n李雷,13800001111,{dt.date.today()}\n韩梅梅,123,\n", encoding="utf-8")
    assert dialog.import_sheet(sheet) == 1
    assert "已导入 1 人" in dialog.report.text() and "第 3 行" in dialog.report.text()
    assert dialog.table.rowCount() == 2
    dialog.table.selectRow(0)
    assert dialog.cancel_selected("业户来电取消")
    assert dialog.table.rowCount() == 1 and Prereg.select().where(Prereg.status == "cancelled").count() == 1


def test_the_evacuation_list_shows_who_is_in_and_prints(qtbot, desk, tower):
    visitors.check_in(VisitInput(name="张伟", id_number=ID, host_unit="12F-1201", party_size=3), by=tower.clerk)
    dialog = EvacuationDialog(desk("steward"))
    qtbot.addWidget(dialog)
    assert "3" in dialog.summary.text()
    table = dialog.tabs.widget(0)
    assert table.rowCount() == 1 and table.item(0, 0).text() == "张伟"
    preview = dialog.open_print_preview()
    qtbot.addWidget(preview)
    assert preview.page_count() == 1 and b"%PDF" in preview.pdf[:8]


def test_the_main_window_runs_the_daily_visitor_jobs_off_the_ui_thread(qtbot, desk, tower):
    from PySide6.QtCore import QThreadPool

    from models import Visit, db
    from services import settings
    from ui.main_window import MainWindow

    old = dt.datetime.now() - dt.timedelta(days=200)
    visitors.check_in(VisitInput(name="张伟", id_number=ID, host_unit="12F-1201"), by=tower.clerk,
                      at=old.replace(hour=10))
    settings.update_settings({"visitors.auto_sign_out": True, "visitors.auto_sign_out_hour": 0}, by=tower.manager)
    window = MainWindow(desk("clerk"))
    qtbot.addWidget(window)
    assert window.jobs.isActive()
    window.run_daily_jobs()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    db.close()  # see what the worker's own connection committed
    v = Visit.get()
    assert (v.name, v.id_number, v.status, v.sign_out_kind) == ("（已清除）", "", "out", "auto")


def test_dashboard_tiles_count_visitors_and_open_the_log_filtered(qtbot, desk, tower):
    from ui.main_window import MainWindow
    from ui.pages.visitors_page import VisitorsPage

    visitors.check_in(VisitInput(name="张伟", id_number=ID, host_unit="12F-1201", party_size=3), by=tower.clerk)
    gone = visitors.check_in(VisitInput(name="李娜", id_number=ID, host_unit="12F-1201"), by=tower.clerk)
    visitors.sign_out(gone.pass_no, by=tower.clerk)
    window = MainWindow(desk("clerk"))
    qtbot.addWidget(window)
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    assert dashboard.tiles["visitors_in"].value.text() == "1"
    # Today's registrations (the log it opens lists them), the people they brought in its tooltip.
    assert dashboard.tiles["visitors_today"].value.text() == "2"
    assert dashboard.tiles["visitors_today"].toolTip() == "共 4 人"
    qtbot.mouseClick(dashboard.tiles["visitors_in"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, VisitorsPage) and [r.name for r in page.log_model.rows] == ["张伟"]
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.tiles["visitors_today"], Qt.MouseButton.LeftButton)
    assert [r.name for r in page.log_model.rows] == ["李娜", "张伟"] and page.by_day.isChecked()
