"""`main.py report weekly|monthly|range --period ... --out FILE`: the manager's report without a screen."""
from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook

import main
from models import db
from tests.printouts.pdftools import page_size, pdf_text
from tests.reportfixtures import seed


@pytest.fixture(autouse=True)
def _closed_after():
    yield
    db.close()


def test_report_to_pdf_and_xlsx_and_bad_input(sqlite_db, sqlite_site, tmp_path, capsys):
    seed(sqlite_site)
    monthly, weekly = tmp_path / "out" / "月报.pdf", tmp_path / "周报.xlsx"
    assert main.main(["--db", sqlite_db, "report", "monthly", "--period", "2026-11", "--out", str(monthly)]) == 0
    assert capsys.readouterr().out.strip() == str(monthly)
    text = pdf_text(monthly)
    assert "客服中心月报" in text and "报告期间：2026年11月" in text and "会议室使用" in text
    assert page_size(monthly) == pytest.approx((595.3, 841.9), abs=1)
    assert main.main(["--db", sqlite_db, "report", "weekly", "--period", "2026-W45", "--out", str(weekly)]) == 0
    wb = load_workbook(BytesIO(weekly.read_bytes()))
    assert wb["概要"]["B1"].value == "客服中心周报" and wb.sheetnames[1:3] == ["交楼与退租", "装修管理"]
    assert wb["访客"].max_row >= 9  # seven days, the total, a note
    assert main.main(["--db", sqlite_db, "report", "range", "--period", "2026-11-01..2026-11-10",
                      "--out", str(tmp_path / "r.xlsx")]) == 0
    capsys.readouterr()
    assert main.main(["--db", sqlite_db, "report", "weekly", "--period", "2026-W60", "--out", str(weekly)]) == 2
    assert "2026-W47" in capsys.readouterr().err
    assert main.main(["--db", sqlite_db, "report", "monthly", "--period", "2026-11", "--out", "x.doc"]) == 2
    assert ".pdf 或 .xlsx" in capsys.readouterr().err
