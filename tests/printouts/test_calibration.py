"""The calibration page: the form kind's own paper size, its words, rulers to measure against."""
from __future__ import annotations

import pytest

from printouts.calibration import render_calibration
from tests.printouts.pdftools import page_count, page_size, pdf_text, squeeze

MM = 72 / 25.4


@pytest.mark.parametrize(("name", "w", "h"), [("A4 表单", 210, 297), ("A6 证件", 105, 148), ("62 mm 标签", 62, 100)])
def test_the_calibration_page_has_the_kinds_size_and_says_how_to_use_it(tmp_path, name, w, h):
    pdf = tmp_path / "cal.pdf"
    pdf.write_bytes(render_calibration(name, w, h, "Front-Desk"))
    assert page_count(pdf) == 1
    width, height = page_size(pdf)
    assert abs(width - w * MM) < 1 and abs(height - h * MM) < 1
    text = squeeze(pdf_text(pdf))
    assert "打印校准页" in text and squeeze(name) in text and "打印机：Front-Desk" in text
    assert "虚线框应距纸边10mm" in text and "设置→打印" in text
    # The ruler numbers run along both edges, every 10 mm.
    assert all(str(n) in text for n in range(10, w - 5, 10))
