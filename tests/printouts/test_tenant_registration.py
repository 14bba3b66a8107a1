"""《住户登记表》 read back with pdftotext, pdfinfo, pdffonts and zbarimg."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

import printouts
from printouts.fonts import cid_fonts
from printouts.tenant_registration import (
    ContactRow,
    DocumentRow,
    TenantSheet,
    UnitRow,
    render_tenant_registration,
)
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_fonts, pdf_info, pdf_text, squeeze

ROOT = Path(__file__).resolve().parents[2]
A4_POINTS = (595.28, 841.89)
HEADINGS = ("一、业户信息", "二、租用单元", "三、联系人", "四、紧急联系人", "五、已收资料", "六、备注")
SIGNATURES = ("业户签字/盖章", "经办人", "客服主管")


def test_small_tenant_fits_one_a4_page_with_everything_on_it(save, small_sheet, letterhead, tmp_path):
    pdf = save(render_tenant_registration(small_sheet, letterhead))
    assert page_count(pdf) == 1
    assert page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = pdf_text(pdf)
    for words in ("华信国际中心物业服务中心", "住户登记表", "上海星河数字科技有限公司", "张伟", "李娜", "13812345678",
                  "12F-1205", "356.80", "477.30", "建筑面积（平方米）", "营业执照复印件", "2024-02-20", "王强",
                  "13700001111", "91310115MA1K4ABC3X", "2024-03-01", "2027-02-28", "周末加班需提前一天报备。",
                  *HEADINGS, *SIGNATURES):
        assert words in text, words
    assert "第1页/共1页" in squeeze(text)
    assert decode_codes(pdf, tmp_path) == ["T-000123"]


def _everyday_sheet(units: int, contacts: int, documents: int, note_lines: int) -> TenantSheet:
    """A tenant as the desk usually registers one: a few units, contacts and papers, a short note."""
    names = ("杨旭", "刘浩", "杨兰英", "陈静", "黄磊")
    papers = ("管理公约/协议", "入住通知单", "租赁/购房合同", "营业执照/单位证明", "授权委托书", "装修申请表")
    return TenantSheet(
        record_no="T-000001", name="广东凌颖信息咨询有限公司", kind="租户", credit_code="914403051P35K33148",
        printed_at=datetime(2026, 5, 9, 14, 30),
        units=[UnitRow(f"8F-80{i + 3}", "8F", Decimal("344.57") + 25 * i) for i in range(units)],
        lease_start=date(2025, 2, 23), lease_end=date(2030, 2, 22),
        contacts=[ContactRow(names[i], f"1374170753{i}", ("财务", "IT 主管", "行政经理", "前台", "法务")[i],
                             primary=i == 0) for i in range(contacts)],
        emergency_name="李婷", emergency_phone="13455761698",
        notes="\n".join(("前台在电梯口右侧。", "周末加班需提前一天向客服中心报备。")[:note_lines]),
        documents=[DocumentRow(papers[i], date(2025, 2, 23), "复印件" if i % 2 else "") for i in range(documents)],
    )


@pytest.mark.parametrize(("units", "contacts", "documents", "note_lines"), [
    (3, 3, 4, 1),  # the typical tenant
    (5, 4, 6, 2),  # about the most a one-page form is expected to hold
])
def test_an_everyday_tenant_fits_one_page_signatures_included(save, letterhead, units, contacts, documents,
                                                              note_lines):
    sheet = _everyday_sheet(units, contacts, documents, note_lines)
    pdf = save(render_tenant_registration(sheet, letterhead))
    assert page_count(pdf) == 1
    first = pdf_text(pdf, page=1)
    # Nothing pushed off the page: the last row of every table, the whole note, all the signatures.
    for words in ("本业户确认以上登记信息真实", *SIGNATURES, "日期", sheet.units[-1].code, sheet.contacts[-1].name,
                  sheet.documents[-1].doc_type, *sheet.notes.splitlines()):
        assert words in first, words


def test_pdf_metadata(save, small_sheet, letterhead):
    info = pdf_info(save(render_tenant_registration(small_sheet, letterhead)))
    assert info["Title"] == "住户登记表 T-000123"
    assert info["Author"] == "华信国际中心物业服务中心"


def test_the_cjk_truetype_font_is_embedded(save, small_sheet, letterhead):
    fonts = pdf_fonts(save(render_tenant_registration(small_sheet, letterhead)))
    assert fonts
    assert all(embedded and "TrueType" in kind for _, kind, embedded in fonts), fonts


def test_forty_of_everything_flows_onto_more_pages(save, big_sheet, letterhead, tmp_path):
    pdf = save(render_tenant_registration(big_sheet, letterhead))
    pages = page_count(pdf)
    assert pages >= 2
    texts = [pdf_text(pdf, page=p) for p in range(1, pages + 1)]
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页/共{pages}页" in squeeze(text)
        assert "住户登记表" in text
    whole = "\n".join(texts)
    for contact in big_sheet.contacts:
        assert contact.name in whole
    for unit in big_sheet.units:
        assert unit.code in whole
    for doc in big_sheet.documents:
        assert doc.doc_type in whole
    for words in (*HEADINGS, *SIGNATURES, "赵敏", "4,310.00"):
        assert words in whole
    assert big_sheet.name in squeeze(pdf_text(pdf, layout=False))  # wrapped, all of it
    # The QR code is on every page, so any loose sheet can be traced to its tenant.
    assert decode_codes(pdf, tmp_path, page=pages) == ["T-004567"]


@pytest.mark.parametrize(("rows", "key", "header"), [
    ("contacts", "name", "职务/角色"), ("units", "code", "单元编号"), ("documents", "doc_type", "资料类型"),
])
def test_table_header_repeats_on_the_page_a_table_continues_onto(save, big_sheet, letterhead, rows, key, header):
    pdf = save(render_tenant_registration(big_sheet, letterhead))
    texts = [pdf_text(pdf, page=p) for p in range(1, page_count(pdf) + 1)]
    items = getattr(big_sheet, rows)
    start = next(i for i, t in enumerate(texts) if getattr(items[0], key) in t)
    end = next(i for i, t in enumerate(texts) if getattr(items[-1], key) in t)
    assert end > start, "40 rows should not fit on one page with the rest of the form"
    for text in texts[start:end + 1]:
        assert header in text


def test_signatures_stay_together_on_the_last_page(save, big_sheet, letterhead):
    pdf = save(render_tenant_registration(big_sheet, letterhead))
    last = pdf_text(pdf, page=page_count(pdf))
    for words in ("本业户确认以上登记信息真实", *SIGNATURES):
        assert words in last


def test_a_tenant_with_nothing_yet_still_prints_a_clean_form(save, letterhead):
    empty = TenantSheet(record_no="T-000001", name="待定", kind="租户", credit_code="",
                        printed_at=datetime(2026, 5, 9, 9, 5))
    pdf = save(render_tenant_registration(empty, letterhead))
    text = pdf_text(pdf)
    assert page_count(pdf) == 1
    assert text.count("（无）") == 3  # units, contacts, documents
    for words in (*HEADINGS, *SIGNATURES):
        assert words in text


def test_stsong_light_fallback(save, small_sheet, letterhead, tmp_path):
    pdf = save(render_tenant_registration(small_sheet, letterhead, fonts=cid_fonts()))
    text = pdf_text(pdf)
    for words in ("住户登记表", "上海星河数字科技有限公司", "张伟", *HEADINGS):
        assert words in text
    assert decode_codes(pdf, tmp_path) == ["T-000123"]


def test_markup_characters_in_data_print_as_typed(save, small_sheet, letterhead):
    sheet = replace(small_sheet, name="A&B <咨询> 有限公司", notes="第一行\n第二行 <b>不是粗体</b>")
    text = pdf_text(save(render_tenant_registration(sheet, letterhead)))
    assert "A&B <咨询> 有限公司" in text
    assert "<b>不是粗体</b>" in text


def test_registry_names_the_renderer():
    assert printouts.RENDERERS["tenant-registration"] is render_tenant_registration


def test_printouts_loads_no_qt_models_or_services():
    code = (
        "import sys, printouts, printouts.base, printouts.codes, printouts.drawing, printouts.flowables, "
        "printouts.fonts, printouts.tenant_registration\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'qtawesome', 'models', 'services'})\n"
        "print(bad)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
