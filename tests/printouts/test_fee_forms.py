"""The fee forms read back: bill, receipt (A5 landscape), 催缴函 and the finance statement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

import printouts
from printouts.bill import BillAdjustmentRow, BillLineRow, BillSheet, render_bill
from printouts.finance_statement import render_finance_statement
from printouts.receipt import ReceiptLine, ReceiptSheet, render_receipt
from printouts.reminder_letter import LetterBill, LetterSheet, render_reminder_letter
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, squeeze

A4_POINTS = (595.28, 841.89)
A5_LANDSCAPE = (595.28, 419.53)
AT = datetime(2026, 4, 5, 10, 30)


def test_receipt_on_a5_landscape_with_amount_in_words_and_qr(save, letterhead, tmp_path):
    sheet = ReceiptSheet(
        receipt_no="SF-2026-0042", tenant="深圳市前海云帆科技有限公司", units="12F-1201、12F-1202",
        paid_on=date(2026, 4, 5), method="银行转账", reference="流水 88231", amount=Decimal("3000.00"),
        amount_words="人民币叁仟元整", lines=(ReceiptLine("ZD-2026-0001", "2026年03月", Decimal("2843.13")),
                                        ReceiptLine("ZD-2026-0003", "2026年04月", Decimal("100.00"))),
        prepaid=Decimal("56.87"), taken_by="王小丽", printed_at=AT)
    pdf = save(render_receipt(sheet, letterhead))
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A5_LANDSCAPE, abs=0.05)
    text = pdf_text(pdf)
    for words in ("收费票据", "SF-2026-0042", "深圳市前海云帆科技有限公司", "ZD-2026-0001", "¥2,843.13", "¥100.00",
                  "预收款", "¥56.87", "¥3,000.00", "人民币叁仟元整", "银行转账", "流水 88231", "王小丽", "交款人签字"):
        assert words in text, words
    assert decode_codes(pdf, tmp_path) == ["SF-2026-0042"]
    void = save(render_receipt(replace(sheet, voided="收错业户"), letterhead), "void.pdf")
    assert "【已作废：收错业户】" in squeeze(pdf_text(void)) and "【已作废" not in squeeze(text)


def test_bill_lists_lines_adjustments_and_what_is_open(save, letterhead, tmp_path):
    sheet = BillSheet(
        number="ZD-2026-0007", status="已开具", tenant="乙贸易有限公司", units="12F-1203", period="2026年03月",
        issued_on=date(2026, 4, 1), due_on=date(2026, 4, 16),
        lines=(BillLineRow("物业管理费", "12F-1203", "物业管理费 2026年03月", "120.33 m²", "12.00", Decimal("1443.96")),
               BillLineRow("电费", "12F-1203", "电费 2026年03月 读数 350", "250.00 kWh", "1.10", Decimal("275.00"))),
        adjustments=(BillAdjustmentRow("物业管理费", "空调故障减免", date(2026, 4, 9), Decimal("-100.00")),),
        total=Decimal("1718.96"), due=Decimal("1618.96"), paid=Decimal("600.00"),
        due_words="人民币壹仟零壹拾捌元玖角陆分",
        printed_at=AT)
    pdf = save(render_bill(sheet, letterhead))
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = pdf_text(pdf)
    for words in ("物业费用缴费通知单", "ZD-2026-0007", "乙贸易有限公司", "2026-04-16", "120.33 m²", "¥1,443.96",
                  "空调故障减免", "-¥100.00", "¥1,718.96", "¥1,618.96", "¥600.00", "¥1,018.96",
                  "人民币壹仟零壹拾捌元玖角陆分"):
        assert words in squeeze(text) or words in text, words
    assert decode_codes(pdf, tmp_path) == ["ZD-2026-0007"]


def test_a_draft_bill_has_no_number_and_no_qr(save, letterhead, tmp_path):
    pdf = save(render_bill(BillSheet(number="", status="草稿", tenant="甲", units="", period="2026年03月",
                                     issued_on=None, due_on=None, printed_at=AT), letterhead))
    assert "草稿，未开具" in squeeze(pdf_text(pdf))
    assert decode_codes(pdf, tmp_path, none_ok=True) == []


def test_reminder_letter(save, letterhead, tmp_path):
    sheet = LetterSheet(
        letter_no="CJ-2026-0003", tenant="丙咨询有限公司", day=date(2026, 8, 2),
        bills=(LetterBill("ZD-2026-0001", "2026年03月", date(2026, 4, 16), Decimal("2843.13"), Decimal("100.00"),
                          Decimal("2743.13")),),
        owed=Decimal("2743.13"), owed_words="人民币贰仟柒佰肆拾叁元壹角叁分", phoned_on=date(2026, 5, 2),
        pay_by=date(2026, 8, 17), printed_at=AT)
    pdf = save(render_reminder_letter(sheet, letterhead))
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    for words in ("催缴函", "CJ-2026-0003", "致：丙咨询有限公司", "2026-05-02", "2026-08-17", "¥2,743.13",
                  "人民币贰仟柒佰肆拾叁元壹角叁分", "法律途径", "业户签收", "华信国际中心物业服务中心（盖章）"):
        assert words in text, words
    assert decode_codes(pdf, tmp_path) == ["CJ-2026-0003"]


def test_finance_statement_adds_up_on_paper(save, letterhead):
    from services.fee_reports import Statement

    s = Statement(
        month=date(2026, 4, 1), opening=Decimal("1000.00"),
        billed_by_item=[("物业管理费", Decimal("3567.43")), ("水费", Decimal("205.90"))], billed=Decimal("3773.33"),
        received_by_method=[("现金", Decimal("1000.00")), ("微信支付", Decimal("2000.00"))],
        received=Decimal("3000.00"),
        closing=Decimal("1773.33"), outstanding=Decimal("1873.33"), credit=Decimal("100.00"),
        outstanding_by_age=[("未到期", Decimal("873.33")), ("逾期 1–30 天", Decimal("1000.00"))],
        deposits_opening=Decimal("0.00"), deposits_moves=[("收取", Decimal("8000.00")), ("扣除", Decimal("500.00")),
                                                          ("退还", Decimal("0.00"))],
        deposits_closing=Decimal("7500.00"), bills_issued=2, payments=2, printed_at=AT)
    pdf = save(render_finance_statement(s, letterhead))
    assert page_count(pdf) == 1
    text = squeeze(pdf_text(pdf, layout=False))
    for words in ("收费对账表", "2026年04月", "期初应收余额", "¥1,000.00", "¥3,773.33", "-¥3,000.00", "¥1,773.33",
                  "微信支付", "¥2,000.00", "未收账款：逾期1–30天", "-¥100.00", "期末应收余额（核对）",
                  "押金期末", "¥7,500.00", "-¥500.00",
                  "期末余额两种算法一致", "财务部核对"):
        assert words in text, words


def test_registry_names_the_fee_renderers():
    assert printouts.RENDERERS["receipt"] is render_receipt and printouts.RENDERERS["bill"] is render_bill
