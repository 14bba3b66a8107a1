"""The units page lists the tower floor by floor, filtered by state or text, fetched page by page."""
from __future__ import annotations

from PySide6.QtCore import Qt

from services import building
from tests.ui.typing import press, type_text
from ui.pages.units_page import UnitsPage


def test_units_filter_and_fetch_more(qtbot, desk, sqlite_site):
    building.generate_units(building.GenerateInput(1, 30, 10, "100"), by=sqlite_site.supervisor)
    page = UnitsPage(desk("clerk"))
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.total == 300 and page.model.rowCount() == 200  # one page, not everything
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 300 and not page.model.canFetchMore()
    type_text(page.search, "12F")
    press(page.search, Qt.Key.Key_Return)
    assert [r.code for r in page.model.rows][:2] == ["12F-1201", "12F-1202"] and page.model.total == 10
    assert "10" in page.count.text()
