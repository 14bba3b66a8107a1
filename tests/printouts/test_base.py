"""The printing base: paper sizes, page numbering, letterhead, codes and the CID fallback."""

from __future__ import annotations

from datetime import datetime

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from printouts.base import A4, A6, LABEL_62, FormInfo, Letterhead, content_width, render_canvas, render_form
from printouts.codes import code128, draw_code128, draw_qr
from printouts.drawing import draw_pass_header, draw_signature, draw_text, escape
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cid_fonts, cjk_fonts
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_fonts, pdf_info, pdf_text, squeeze

WHEN = datetime(2026, 5, 9, 14, 30)


def _pass_page(letterhead: Letterhead):
    def draw(canv: Canvas, fonts: FontSet) -> None:
        width, _ = canv._pagesize
        y = draw_pass_header(canv, letterhead, "访客出入证", fonts=fonts)
        draw_text(canv, 5 * mm, y - 8 * mm, "姓名：欧阳娜娜", fonts=fonts, size=10)
        draw_qr(canv, "VP-2026-0001", x=width - 30 * mm, y=y - 30 * mm, size=25 * mm)
        draw_code128(canv, "VP-2026-0001", x=3 * mm, y=20 * mm, width=width - 6 * mm, height=10 * mm)
        draw_signature(canv, "门岗签字", x=4 * mm, y=8 * mm, width=width - 8 * mm, fonts=fonts, size=8)

    return draw


@pytest.mark.parametrize(("size", "points"), [
    (A6, (297.64, 419.53)),
    (LABEL_62, (175.75, 283.46)),
    (A4, (595.28, 841.89)),
])
def test_pass_pages_come_out_at_their_paper_size(save, letterhead, size, points):
    pdf = save(render_canvas([_pass_page(letterhead)], pagesize=size, title="访客出入证", author="华信"))
    assert page_size(pdf) == pytest.approx(points, abs=0.05)
    assert page_count(pdf) == 1


def test_a_pass_reads_back_text_qr_and_code128(save, letterhead, tmp_path):
    pdf = save(render_canvas([_pass_page(letterhead)], pagesize=A6, title="访客出入证", author="华信"))
    text = pdf_text(pdf)
    for words in ("华信国际中心物业服务中心", "访客出入证", "姓名：欧阳娜娜", "门岗签字", "日期"):
        assert words in text
    assert decode_codes(pdf, tmp_path) == ["VP-2026-0001", "VP-2026-0001"]
    info = pdf_info(pdf)
    assert info["Title"] == "访客出入证" and info["Author"] == "华信"


def test_code128_alone_on_a_62mm_label_decodes(save, tmp_path):
    def draw(canv: Canvas, _fonts: FontSet) -> None:
        draw_code128(canv, "WP-2026-0042", x=3 * mm, y=40 * mm, width=56 * mm, height=12 * mm)

    pdf = save(render_canvas([draw], pagesize=LABEL_62, title="label", author="x"))
    assert decode_codes(pdf, tmp_path) == ["WP-2026-0042"]


def test_code128_is_exactly_the_width_asked_for():
    assert code128("KEY-0007", width=50 * mm, height=10 * mm).width == pytest.approx(50 * mm)


@pytest.mark.parametrize("payload", ["访客-0001", "", "tab\there"])
def test_code128_refuses_what_scanners_cannot_read(payload):
    with pytest.raises(ValueError, match="printable ASCII"):
        code128(payload, width=50 * mm, height=10 * mm)


def _long_form(fonts, rows: int = 90) -> list:
    width = content_width()
    table = data_table([Column("序号", 1, "center"), Column("登记内容", 6)],
                       [[str(i), f"第{i}项登记事项"] for i in range(1, rows + 1)], fonts=fonts, width=width)
    return [section("一、登记事项", table, fonts), SignatureLines(["经办人"], fonts)]


def _info(letterhead: Letterhead, **kw) -> FormInfo:
    return FormInfo(title="测试登记表", form_no="CS-2026-0001", printed_at=WHEN, letterhead=letterhead, **kw)


def test_every_page_says_page_x_of_y_and_repeats_the_table_header(save, letterhead):
    fonts = cjk_fonts()
    pdf = save(render_form(_long_form(fonts), _info(letterhead), fonts=fonts))
    pages = page_count(pdf)
    assert pages >= 3
    for page in range(1, pages + 1):
        text = pdf_text(pdf, page=page)
        # pdftotext may drop the spaces around the numbers; the words and numbers must be there.
        assert f"第{page}页/共{pages}页" in squeeze(text)
        assert "测试登记表" in text and "华信国际中心物业服务中心" in text
        assert "表单编号：CS-2026-0001" in text and "打印时间：2026-05-09 14:30" in text
        assert "登记内容" in text  # the header row, repeated on every page
    assert "第90项登记事项" in pdf_text(pdf)
    assert "经办人" in pdf_text(pdf, page=pages)


def test_form_metadata_and_paper(save, letterhead):
    pdf = save(render_form(_long_form(cjk_fonts(), rows=3), _info(letterhead)))
    info = pdf_info(pdf)
    assert info["Title"] == "测试登记表 CS-2026-0001"
    assert info["Author"] == "华信国际中心物业服务中心"
    assert info["Pages"] == "1"
    assert page_size(pdf) == pytest.approx((595.28, 841.89), abs=0.05)


def test_only_the_embedded_cjk_font_is_named(save, letterhead):
    fonts = cjk_fonts()
    pdf = save(render_form(_long_form(fonts, rows=3), _info(letterhead, qr="CS-2026-0001"), fonts=fonts))
    found = pdf_fonts(pdf)
    assert found and all(embedded for _, _, embedded in found), found
    assert all("TrueType" in kind for _, kind, _ in found), found


def test_the_header_qr_code_decodes(save, letterhead, tmp_path):
    pdf = save(render_form(_long_form(cjk_fonts(), rows=3), _info(letterhead, qr="CS-2026-0001")))
    assert decode_codes(pdf, tmp_path) == ["CS-2026-0001"]


def test_stsong_light_fallback_still_gives_the_chinese_back(save, letterhead, tmp_path):
    fonts = cid_fonts()
    form = save(render_form(_long_form(fonts, rows=3), _info(letterhead, qr="CS-2026-0001"), fonts=fonts),
                "form.pdf")
    text = pdf_text(form)
    for words in ("华信国际中心物业服务中心", "测试登记表", "一、登记事项", "第3项登记事项", "第1页/共1页"):
        assert words in squeeze(text)
    assert [(name, embedded) for name, _, embedded in pdf_fonts(form)] == [("STSong-Light", False)]
    assert decode_codes(form, tmp_path) == ["CS-2026-0001"]
    card = save(render_canvas([_pass_page(letterhead)], pagesize=A6, title="t", author="a",
                              fonts=fonts), "pass.pdf")
    assert "访客出入证" in pdf_text(card)
    assert [name for name, _, _ in pdf_fonts(card)] == ["STSong-Light"]


def test_field_grid_wraps_long_values_without_losing_any(save, letterhead):
    fonts = cjk_fonts()
    long_value = "深圳市南山区科技园南区高新南七道" * 6
    grid = field_grid([Field("地址", long_value, wide=True), Field("甲", "一"), Field("乙", "二"),
                       Field("单独", long_value)], fonts=fonts, width=content_width())
    pdf = save(render_form([grid], _info(letterhead), fonts=fonts))
    # Wrapped, not clipped: every character of both copies is on the page.
    assert squeeze(pdf_text(pdf, layout=False)).count(long_value) == 2
    assert grid.wrap(content_width(), 1000)[1] > 3 * 20  # the long rows took several lines


def test_empty_table_says_none(save, letterhead):
    fonts = cjk_fonts()
    table = data_table([Column("姓名", 1), Column("电话", 1)], [], fonts=fonts, width=content_width())
    pdf = save(render_form([table], _info(letterhead), fonts=fonts))
    assert "（无）" in pdf_text(pdf)


def test_unreadable_logo_is_left_out_rather_than_failing_the_print(save):
    broken = Letterhead("华信国际中心物业服务中心", logo=b"not an image")
    pdf = save(render_form([para("正文", cjk_fonts())], _info(broken)))
    assert "华信国际中心物业服务中心" in pdf_text(pdf)


def test_logo_is_drawn(save, letterhead):
    from tests.printouts.pdftools import run

    pdf = save(render_form([Paragraph("x")], _info(letterhead)))
    listing = run("pdfimages", "-list", pdf).splitlines()[2:]
    assert len(listing) >= 1


def test_escape_keeps_markup_characters_and_line_breaks():
    assert escape("A&B <c>\n第二行") == "A&amp;B &lt;c&gt;<br/>第二行"
