"""The visitor pass and the visitor lists, read back with pdftotext, pdfinfo and zbarimg."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from reportlab.lib.units import mm

from printouts.visitor_lists import EvacuationSection, LogLine, render_evacuation_list, render_visitor_log
from printouts.visitor_pass import VisitorPass, render_visitor_pass
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, squeeze

PASS = VisitorPass(
    pass_no="FK-20260512-0042", name="欧阳娜娜", id_masked="1101**********002X", company="华为技术有限公司",
    host_name="深圳市云帆科技有限公司", host_floor="12F", host_unit="12F-1201", host_person="周总",
    checked_in_at=datetime(2026, 5, 12, 9, 30), valid_until=datetime(2026, 5, 12, 22, 0), party_size=2,
    plate="粤B12345",
)


@pytest.mark.parametrize(("fmt", "size_mm"), [("A6", (105, 148)), ("LABEL_62", (62, 100))])
def test_pass_words_paper_and_qr(letterhead, save, tmp_path, fmt, size_mm):
    pdf = save(render_visitor_pass(PASS, letterhead, pass_format=fmt), f"pass-{fmt}.pdf")
    width, height = page_size(pdf)
    assert (round(width / mm), round(height / mm)) == size_mm and page_count(pdf) == 1
    text = squeeze(pdf_text(pdf))
    for words in ("访客出入证", "欧阳娜娜", "FK-20260512-0042", "深圳市云帆科技有限公司", "12F12F-1201", "周总",
                  "2026-05-1209:30", "有效至2026-05-1222:00", "1101**********002X", "粤B12345", "2人",
                  *(("华为技术有限公司",) if fmt == "A6" else ())):
        assert words in text, words
    assert "110105194912" not in text  # only the masked number is printed
    assert decode_codes(pdf, tmp_path) == ["FK-20260512-0042"]


def test_a_reprinted_pass_says_so(letterhead, save):
    from dataclasses import replace

    pdf = save(render_visitor_pass(replace(PASS, reprint=True), letterhead))
    assert "访客出入证（补）" in squeeze(pdf_text(pdf))


def test_visitor_log_lists_the_day_with_totals(letterhead, save):
    lines = [LogLine(f"FK-20260512-{i:04d}", f"访客{i}", "1101**********002X", "华为", "12F-1201 云帆科技", "09:30",
                     "11:00" if i % 2 else "", 1 + i % 3) for i in range(1, 61)]
    pdf = save(render_visitor_log(date(2026, 5, 12), lines, letterhead, printed_at=datetime(2026, 5, 12, 18, 0)))
    assert page_count(pdf) >= 2
    text = squeeze(pdf_text(pdf))
    assert "访客登记簿" in text and "日期：2026-05-12" in text and "访客60" in text and "60次来访" in text
    assert str(sum(x.party_size for x in lines)) in text


def test_evacuation_list_prints_every_section_with_its_head_count(letterhead, save):
    sections = [
        EvacuationSection("在楼访客", (("姓名", 1), ("出入证号", 2)), [("张伟", "FK-20260512-0001")], 3),
        EvacuationSection("借出钥匙", (("钥匙", 1), ("持有人", 1)), [], 0),
    ]
    pdf = save(render_evacuation_list(sections, letterhead, printed_at=datetime(2026, 5, 12, 15, 5)))
    text = squeeze(pdf_text(pdf))
    for words in ("在楼人员清单", "在楼人员共3人", "一、在楼访客（3人）", "张伟", "二、借出钥匙（0人）", "（无）",
                  "清点人"):
        assert words in text, words
