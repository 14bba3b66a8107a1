"""《公告》, 《便民服务确认单》 and 《业户走访记录表》 read back: words, paper, pages, codes; and the large type of a
long notice looked at as pixels (nothing in the margins, nothing lost)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from printouts.notice import NoticeSheet, render_notice
from printouts.service_receipt import ServiceReceipt, render_service_receipt
from printouts.visit_record import VisitSheet, render_visit_record
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, run, squeeze

A4 = pytest.approx((595.28, 841.89), abs=0.05)
A4_LANDSCAPE = pytest.approx((841.89, 595.28), abs=0.05)
SENTENCES = ("尊敬的各位业户：", "因市政供水管网维修，定于11月25日 22:00 至次日 06:00 对全楼暂停供水。",
             "请各位业户提前做好储水准备；停水期间请关闭水龙头，以免恢复供水时造成浸水。", "由此带来的不便，敬请谅解！")


def _sheet(**changes) -> NoticeSheet:
    sheet = NoticeSheet(number="GG-2026-0007", title="停水通知", body="\n".join(SENTENCES), audience="全体业户",
                        valid_from=date(2026, 11, 24), valid_to=date(2026, 11, 26), issuer="华信国际中心 物业服务中心",
                        issued_on=date(2026, 11, 24))
    return replace(sheet, **changes)


def _pages(pdf: Path, tmp: Path, dpi: int = 50) -> list[Image.Image]:
    run("pdftoppm", "-r", str(dpi), "-png", pdf, tmp / "page")
    return [Image.open(p).convert("L") for p in sorted(tmp.glob("page-*.png"))]


def _ink_in_margins(image: Image.Image, margin_mm: float = 12) -> bool:
    """Whether anything is printed in the side margins (text running off its column)."""
    w, h = image.size
    edge = int(margin_mm / 25.4 * 50)
    return any(image.crop((x0, 0, x1, h)).getextrema()[0] < 200 for x0, x1 in ((0, edge), (w - edge, w)))


def test_a_notice_for_the_board_is_one_a4_page_in_large_type(save, letterhead, tmp_path):
    pdf = save(render_notice(_sheet(), letterhead))
    assert (page_count(pdf), page_size(pdf)) == (1, A4)
    words = squeeze(pdf_text(pdf))
    for expected in ("华信国际中心物业服务中心", "停水通知", *map(squeeze, SENTENCES), "有效期：2026-11-24至2026-11-26",
                     "致：全体业户", "编号：GG-2026-0007", "华信国际中心物业服务中心", "2026年11月24日"):
        assert expected in words, expected
    # Large type: the body is set at the largest size (26 pt) a short notice allows.
    sizes = run("pdftotext", "-bbox", pdf, "-")
    heights = [float(line.split('yMax="')[1].split('"')[0]) - float(line.split('yMin="')[1].split('"')[0])
               for line in sizes.splitlines() if "<word" in line and ">尊敬的各位业户：<" in line]
    assert heights and heights[0] >= 24
    assert not _ink_in_margins(_pages(pdf, tmp_path)[0])


def test_the_lift_car_variant_is_a4_landscape(save, letterhead):
    pdf = save(render_notice(_sheet(), letterhead, variant="lift"))
    assert (page_count(pdf), page_size(pdf)) == (1, A4_LANDSCAPE)
    assert squeeze(SENTENCES[1]) in squeeze(pdf_text(pdf))


def test_a_longer_notice_shrinks_to_stay_on_one_sheet(save, letterhead):
    pdf = save(render_notice(_sheet(body="\n".join(SENTENCES * 3)), letterhead))
    assert page_count(pdf) == 1
    assert squeeze(pdf_text(pdf)).count(squeeze(SENTENCES[2])) == 3


def test_a_very_long_notice_runs_on_without_losing_or_overflowing_a_word(save, letterhead, tmp_path):
    long_title = "关于大厦中央空调系统冬季停机检修及期间临时供暖安排和各项注意事项的重要通知"
    numbered = [f"第{i}条：" + SENTENCES[1] + SENTENCES[2] for i in range(1, 25)]
    pdf = save(render_notice(_sheet(title=long_title, body="尊敬的各位业户：\n" + "\n".join(numbered)), letterhead))
    pages = page_count(pdf)
    assert pages >= 2
    words = squeeze(pdf_text(pdf))
    assert squeeze(long_title) in words  # on two lines, whole
    assert f"第{pages}/{pages}页" in words and f"{squeeze(long_title)}（续）" in words
    assert words.count("华信国际中心物业服务中心2026年11月24日") == 1  # signed once, on the last sheet
    # The body read sheet after sheet, the sheets' own heads and feet left out: every paragraph whole and in order.
    body = re.sub(r"有效期：.*?第\d+/\d+页|华信国际中心物业服务中心地址：.*?021-58886600|"
                  + re.escape(squeeze(long_title)) + "（续）", "", words)
    assert "".join(map(squeeze, numbered)) in body
    for image in _pages(pdf, tmp_path):
        assert not _ink_in_margins(image)


def test_a_draft_says_so(save, letterhead):
    assert "草稿未发布" in squeeze(pdf_text(save(render_notice(_sheet(draft=True), letterhead))))


RECEIPT = ServiceReceipt(
    number="FW-2026-0012", tenant="上海星河数字科技有限公司", unit_code="12F-1205", contact="李娜", phone="13812345678",
    item="地毯清洗", unit_label="元/m²", unit_price=Decimal("8.00"), quantity=Decimal("126.35"),
    list_amount=Decimal("1010.80"), amount=Decimal("900.00"), amount_words="人民币玖佰元整", price_reason="老客户九折",
    agreed_at=datetime(2026, 11, 20, 18, 30), note="下班后进场", department="保洁部", assignee="周阿姨",
    done_at=datetime(2026, 11, 20, 21, 0), done_note="已清洗完毕", accepted_at=datetime(2026, 11, 20, 21, 15),
    accepted_name="李娜", satisfaction="非常满意", accept_comment="", signature=None, charged=True,
    ordered_by="王小丽", printed_at=datetime(2026, 11, 21, 9, 0))


def test_the_service_receipt_shows_the_agreement_the_work_and_the_charge(save, letterhead, logo_png, tmp_path):
    pdf = save(render_service_receipt(replace(RECEIPT, signature=logo_png), letterhead))
    assert (page_count(pdf), page_size(pdf)) == (1, A4)
    words = squeeze(pdf_text(pdf))
    for expected in ("便民服务确认单", "FW-2026-0012", "上海星河数字科技有限公司", "12F-1205", "地毯清洗", "¥8.00元/m²",
                     "126.35m²", "¥1,010.80", "¥900.00", "人民币玖佰元整", "老客户九折", "保洁部", "周阿姨",
                     "2026-11-2021:00", "非常满意", "已计入业户账单", "业户验收签字", "2026-11-2021:15"):
        assert expected in words, expected
    assert "（未签字）" not in words
    assert decode_codes(pdf, tmp_path) == ["FW-2026-0012"]
    images = run("pdfimages", "-list", pdf)
    assert len(images.splitlines()) >= 3  # the logo and the drawn signature


def test_a_receipt_before_acceptance_leaves_lines_to_sign(save, letterhead):
    words = squeeze(pdf_text(save(render_service_receipt(
        replace(RECEIPT, accepted_at=None, accepted_name="", satisfaction="", charged=False), letterhead))))
    assert "验收后计入业户账单" in words and "业户验收签字：" in words


VISIT = VisitSheet(number="ZF-2026-0031", tenant="上海星河数字科技有限公司", units="12F-1205、12F-1206",
                   due_on=date(2026, 11, 20), assignee="赵管家", visited_on=date(2026, 11, 19), visited_by="赵管家",
                   met="李娜（行政经理）", topics="季度走访、空调使用情况", notes="业户对前台服务满意。",
                   issues=[("会议室空调不制冷", "转报修", "WX-2026-0102"), ("咨询停车月卡", "记录备查", "")],
                   printed_at=datetime(2026, 11, 21, 9, 0))


def test_the_visit_record_lists_the_issues_and_the_requests_they_became(save, letterhead):
    pdf = save(render_visit_record(VISIT, letterhead))
    assert (page_count(pdf), page_size(pdf)) == (1, A4)
    words = squeeze(pdf_text(pdf))
    for expected in ("业户走访记录表", "ZF-2026-0031", "12F-1205、12F-1206", "2026-11-19", "李娜（行政经理）",
                     "季度走访、空调使用情况", "业户对前台服务满意。", "会议室空调不制冷", "转报修", "WX-2026-0102",
                     "咨询停车月卡", "记录备查", "走访人：", "业户代表：", "客服主管："):
        assert expected in words, expected


def test_a_planned_visit_prints_a_blank_sheet_to_fill_in(save, letterhead):
    words = squeeze(pdf_text(save(render_visit_record(replace(VISIT, visited_on=None, met="", topics="", notes="",
                                                              issues=[]), letterhead))))
    assert "计划走访日期2026-11-20" in words and "走访人赵管家" in words
    assert "未反映问题" not in words and "1234" in words  # four numbered rows to write in
