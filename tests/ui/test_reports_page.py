"""The 报表 page driven like a manager: pick the monthly report, type the month, run it (in the background, the
progress bar reaching the end), read the figures, save the PDF and the workbook; a bad period is refused next to
the field and the typing kept."""
from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from services import reports
from tests.printouts.pdftools import page_size, pdf_text
from tests.reportfixtures import MONTH, seed
from tests.ui.typing import click, type_text
from ui.pages.reports_page import ReportsPage


def _page(qtbot, desk) -> ReportsPage:
    page = ReportsPage(desk("manager"), today=dt.date(2026, 12, 3))
    qtbot.addWidget(page)
    page.show()
    return page


def test_manager_runs_the_monthly_report_and_saves_it(qtbot, desk, sqlite_site, tmp_path, monkeypatch):
    seed(sqlite_site)
    page = _page(qtbot, desk)
    assert page.period.text() == "2026-11"  # last month, ready to run
    page.kind.setCurrentIndex(page.kind.findData("weekly"))
    assert page.period.text() == "2026-W48"
    page.kind.setCurrentIndex(page.kind.findData("monthly"))
    page.period.clear()
    type_text(page.period, "2026-11")
    seen = []
    page.progress.valueChanged.connect(seen.append)
    click(qtbot, page.run_button)
    assert not page.run_button.isEnabled()  # counting: the page stays usable, the button waits
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert seen[-1] == len(reports.SECTIONS) == page.progress.value() and len(seen) >= 2
    assert page.run_button.isEnabled() and page.pdf_button.isEnabled()
    assert page.tabs.count() == len(page.report.tables)
    expected = reports.build_report(MONTH, by=sqlite_site.manager)
    visits = page.section_rows("visits")
    assert visits[0][:2] == ["11-01", "周日"] and len(visits) == 31
    assert visits[-1] == ["合计", "", str(sum(v for _, v, _ in expected.visits)),
                          str(sum(p for _, _, p in expected.visits))]
    callbacks = dict(page.section_rows("callbacks"))
    assert callbacks["应回访"] == str(expected.callbacks.owed)
    assert callbacks["回访率"] == reports.percent(expected.callbacks.rate)
    assert [row[0] for row in page.section_rows("complaints")] == ["重大投诉", "重要投诉", "一般投诉"]
    assert page.findChild(object, "highlight_6").text() == reports.percent(expected.callbacks.rate)

    pdf_path, xlsx_path = tmp_path / "月报.pdf", tmp_path / "月报.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_path), ""))
    assert page.choose_and_save(".pdf") == pdf_path
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx_path), ""))
    click(qtbot, page.xlsx_button)
    assert xlsx_path.is_file()
    text = pdf_text(pdf_path)
    assert "客服中心月报" in text and "2026年11月" in text and "外包服务考评" in text
    assert page_size(pdf_path) == pytest.approx((595.3, 841.9), abs=1)  # A4
    wb = load_workbook(BytesIO(Path(xlsx_path).read_bytes()))
    assert "访客" in wb.sheetnames and wb["回访"]["B2"].value == expected.callbacks.owed


def test_a_bad_period_is_refused_next_to_the_field(qtbot, desk, sqlite_site):
    page = _page(qtbot, desk)
    page.kind.setCurrentIndex(page.kind.findData("range"))
    page.period.clear()
    type_text(page.period, "2026-11-15..2026-11-01")
    click(qtbot, page.run_button)
    assert page.errors.text_of("period") == "结束日期早于开始日期"
    assert page.period.text() == "2026-11-15..2026-11-01" and page.report is None and page.job is None
    page.period.clear()
    type_text(page.period, "十一月")
    click(qtbot, page.run_button)
    assert "2026-11-01..2026-11-15" in page.errors.text_of("period")
