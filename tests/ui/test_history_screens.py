"""The 履历 screen, driven like a clerk: open a unit's history from the units page, filter it, open a line's record
on its page, print it; a tenant's history from the tenants page; an engineer does not see the fees."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter

from models import Fitout, Request
from services import histories
from tests.printouts.pdftools import page_size, pdf_text, squeeze
from tests.services.history_fixtures import UNIT, walk_everything
from tests.ui.typing import click, press, tick, type_text
from ui.dialogs.history_dialog import HistoryDialog
from ui.main_window import MainWindow


@pytest.fixture
def walked(sqlite_site):
    return walk_everything(sqlite_site)


def _window(qtbot, desk, role: str = "clerk") -> MainWindow:
    window = MainWindow(desk(role))
    qtbot.addWidget(window)
    return window


def _double_click(qtbot, table, row: int) -> None:
    index = table.model().index(row, 2)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _unit_history(qtbot, window) -> HistoryDialog:
    units = window.show_page("units")
    type_text(units.search, UNIT)
    press(units.search, Qt.Key.Key_Return)
    assert [r.code for r in units.model.rows] == [UNIT]
    units.table.selectRow(0)
    click(qtbot, units.history_button)
    dialog = units.history
    qtbot.addWidget(dialog)
    return dialog


def test_a_units_history_opens_from_the_units_page_filters_and_opens_a_record(qtbot, desk, sqlite_site, walked):
    window = _window(qtbot, desk)
    dialog = _unit_history(qtbot, window)
    assert dialog.isVisible() and "12F-1201" in dialog.windowTitle()
    expected = histories.history(by=sqlite_site.clerk, unit_id=walked["unit"], page_size=500).items
    assert dialog.model.rowCount() == len(expected) and "共" in dialog.count.text()
    assert [dialog.model.row_at(i) for i in range(len(expected))] == expected  # newest first, as the service
    # The area filter: fit-out only.
    dialog.area.setCurrentIndex(dialog.area.findData("fitout"))
    shown = [dialog.model.row_at(i) for i in range(dialog.model.rowCount())]
    assert shown and {e.area for e in shown} == {"fitout"}
    assert dialog.model.index(0, 1).data() == "装修"
    # A range of days: September 2026 holds the repair and its callback.
    dialog.area.setCurrentIndex(dialog.area.findData("requests"))
    tick(qtbot, dialog.by_days)
    dialog.since.setDate(QDate(2026, 9, 1))
    dialog.until.setDate(QDate(2026, 9, 30))
    shown = [dialog.model.row_at(i) for i in range(dialog.model.rowCount())]
    assert [e.kind for e in shown] == ["request.closed", "request.callback", "request.repair"]  # closed by it
    # Days the wrong way round: said next to the date, the list kept as it was asked before.
    dialog.since.setDate(QDate(2026, 10, 30))
    assert dialog.errors.text_of("until") == "结束日期不能早于开始日期"
    dialog.since.setDate(QDate(2026, 9, 1))
    assert dialog.errors.text_of("until") == "" and dialog.model.rowCount() == 3
    # Double-click the repair: the requests page, every state, searched for its number.
    repair = Request.get(Request.category == "repair")
    _double_click(qtbot, dialog.table, 2)
    page = window.stack.currentWidget()
    assert page is window.pages["requests"]
    assert page.search.text() == repair.number and page.state.currentData() == ""
    assert [r.number for r in page.model.rows] == [repair.number]


def test_a_fitout_line_opens_the_fitout_and_a_key_line_finds_the_key(qtbot, desk, sqlite_site, walked):
    from ui.dialogs.fitout_dialog import FitoutDialog

    window = _window(qtbot, desk)
    dialog = _unit_history(qtbot, window)
    dialog.area.setCurrentIndex(dialog.area.findData("fitout"))
    dialog.table.selectRow(0)
    click(qtbot, dialog.open_button)
    page = window.stack.currentWidget()
    assert page is window.pages["fitout"]
    opened = [d for d in page.findChildren(FitoutDialog) if d.isVisible()]
    assert len(opened) == 1 and opened[0].fitout_id == walked["fitout"]
    assert Fitout.get_by_id(walked["fitout"]).number in opened[0].windowTitle()
    opened[0].close()
    dialog.area.setCurrentIndex(dialog.area.findData("keys"))
    lend = next(i for i in range(dialog.model.rowCount()) if dialog.model.row_at(i).kind == "key.lend")
    _double_click(qtbot, dialog.table, lend)
    keys_page = window.stack.currentWidget()
    assert keys_page is window.pages["keys"]
    assert [r.id for r in keys_page.model.rows] == [walked["spare"]]


def test_the_history_prints_what_is_shown(qtbot, desk, sqlite_site, walked, tmp_path):
    window = _window(qtbot, desk)
    dialog = _unit_history(qtbot, window)
    dialog.area.setCurrentIndex(dialog.area.findData("requests"))
    click(qtbot, dialog.print_button)  # rendered off the UI thread, then previewed
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=20_000)
    preview = dialog.last_preview
    qtbot.addWidget(preview)
    assert dialog.print_button.isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    assert page_size(tmp_path / "printed.pdf") == pytest.approx((595.28, 841.89), abs=1.5)
    saved = preview.save_to(tmp_path / "history.pdf")
    text = squeeze(pdf_text(saved, layout=False))
    assert "单元履历" in text and "12F-1201" in text and "类别报修投诉" in text
    for r in Request.select():
        assert r.number in text
    assert "钥匙借出" not in text  # only the area chosen on screen
    info = subprocess.run(["pdfinfo", str(saved)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info


def test_a_tenants_history_from_the_tenants_page_and_the_engineers_view(qtbot, desk, sqlite_site, walked):
    window = _window(qtbot, desk)
    tenants_page = window.show_page("tenants")
    tenants_page.refresh()
    tenants_page.table.selectRow(0)
    click(qtbot, tenants_page.history_button)
    dialog = tenants_page.history
    qtbot.addWidget(dialog)
    assert "业户履历" in dialog.windowTitle()
    areas = [dialog.area.itemData(i) for i in range(dialog.area.count())]
    assert areas == ["", "tenancy", "moves", "fitout", "requests", "keys", "rooms", "goods", "fees", "frontdesk"]
    dialog.area.setCurrentIndex(dialog.area.findData("rooms"))
    assert dialog.model.rowCount() == 1 and dialog.model.row_at(0).when.date() == dt.date(2031, 3, 12)
    # An engineer may not view fees: no such filter, no such lines.
    engineer = HistoryDialog(desk("engineer"), tenant_id=walked["tenant"])
    qtbot.addWidget(engineer)
    assert engineer.area.findData("fees") == -1
    assert all(engineer.model.row_at(i).area != "fees" for i in range(engineer.model.rowCount()))
    clerk_all = histories.history(by=sqlite_site.clerk, tenant_id=walked["tenant"], page_size=500).items
    assert engineer.model.rowCount() == len([e for e in clerk_all if e.area != "fees"]) == len(clerk_all) - 1


def test_every_area_of_a_tenants_history_leads_to_its_record(qtbot, desk, sqlite_site, walked):
    """One line of each area opened from the tenant's history: the page it lands on shows that record."""
    from ui.dialogs.tenant_dialog import TenantDialog

    window = _window(qtbot, desk)
    events = histories.history(by=sqlite_site.clerk, tenant_id=walked["tenant"], page_size=500).items
    first = {}
    for e in events:
        first.setdefault(e.area, e)
    assert set(first) == {"tenancy", "moves", "fitout", "requests", "keys", "rooms", "goods", "fees", "frontdesk"}
    landed = {}
    for area, event in first.items():
        page = window.open_record(event.target, event.when)
        assert page is window.stack.currentWidget() is window.pages[event.target.page], area
        landed[area] = page
    tenants_page = landed["tenancy"]
    opened = [d for d in tenants_page.findChildren(TenantDialog) if d.isVisible()]
    assert opened and opened[-1].tenant_id == walked["tenant"]
    assert landed["moves"].search.text() == UNIT and landed["moves"].model.rows
    assert {r.id for r in landed["keys"].model.rows} >= {first["keys"].target.record_id}
    assert landed["rooms"].detail is not None and landed["rooms"].detail.number == first["rooms"].ref
    goods_rows = landed["goods"].model.rows
    assert [r.pass_no for r in goods_rows] == [first["goods"].ref]
    assert landed["fees"].tabs.currentWidget() is landed["fees"].account
    assert landed["fees"].account.tenant_id() == walked["tenant"]
    mail_tab = landed["frontdesk"].built["mail"]
    assert mail_tab.search.text() == first["frontdesk"].ref and len(mail_tab.model.rows) == 1


def test_a_long_history_is_fetched_page_by_page_as_the_clerk_scrolls(qtbot, desk, sqlite_site, walked, monkeypatch):
    monkeypatch.setattr(histories, "PAGE_SIZE", 6)
    whole = histories.history(by=sqlite_site.clerk, tenant_id=walked["tenant"], page_size=500).items
    dialog = HistoryDialog(desk("clerk"), tenant_id=walked["tenant"])
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 6 and dialog.model.canFetchMore()
    assert "已列出最近 6 条" in dialog.count.text()
    dialog.table.scrollToBottom()  # the view asks the model for more, as a wheel does
    while dialog.model.canFetchMore():
        dialog.model.fetchMore()
    assert [dialog.model.row_at(i) for i in range(dialog.model.rowCount())] == whole
