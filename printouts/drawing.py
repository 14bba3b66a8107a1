"""Canvas helpers shared by every form: colours, text, the letterhead, signature lines."""

from __future__ import annotations

import logging
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from printouts.fonts import FontSet

if TYPE_CHECKING:  # base imports this module; the type is only needed for the checker
    from printouts.base import Letterhead

log = logging.getLogger(__name__)

# Dark slate rather than pure black: crisp on a laser printer, softer on screen.
INK = colors.HexColor("#1F2A36")
MUTED = colors.HexColor("#5B6673")
RULE = colors.HexColor("#8C97A3")
ACCENT = colors.HexColor("#2E4A66")
HEAD_FILL = colors.HexColor("#E6ECF2")
LABEL_FILL = colors.HexColor("#F2F5F8")
ZEBRA_FILL = colors.HexColor("#FAFBFC")

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def draw_text(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    fonts: FontSet,
    size: float,
    bold: bool = False,
    color: Color = INK,
    anchor: str = "left",
    max_width: float | None = None,
) -> float:
    """Draw one line at baseline y, shrinking it to max_width; returns the width drawn."""
    font = fonts.bold if bold else fonts.regular
    width = stringWidth(text, font, size)
    if max_width is not None and width > max_width:
        # Shrink rather than clip: a long site or company name must still print in full.
        size *= max_width / width
        width = max_width
    if anchor == "center":
        x -= width / 2
    elif anchor == "right":
        x -= width
    canv.saveState()
    canv.setFont(font, size)
    canv.setFillColor(color)
    mode = None
    if bold and not fonts.real_bold:
        # No bold face in the font (WenQuanYi, the CID font): fill and stroke the outlines.
        canv.setStrokeColor(color)
        canv.setLineWidth(size * 0.035)
        mode = 2
    canv.drawString(x, y, text, mode=mode)
    canv.restoreState()
    return width


def draw_wrapped(
    canv: Canvas,
    text: str,
    *,
    x: float,
    top: float,
    width: float,
    fonts: FontSet,
    size: float,
    color: Color = INK,
    align: str = "left",
) -> float:
    """Draw text wrapped (CJK rules) into width from top down; returns the bottom y."""
    style = ParagraphStyle(
        "wrapped", fontName=fonts.regular, fontSize=size, leading=size * 1.3,
        textColor=color, wordWrap="CJK", alignment=ALIGN[align],
    )
    para = Paragraph(escape(text), style)
    _, height = para.wrapOn(canv, width, 10_000)
    para.drawOn(canv, x, top - height)
    return top - height


def escape(text: str) -> str:
    """Plain text made safe for Paragraph markup, line breaks kept."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\r\n", "\n").replace("\n", "<br/>")
    )


def draw_logo(canv: Canvas, logo: bytes, *, x: float, top: float, height: float,
              max_width: float) -> float:
    """Draw the logo with its aspect kept, top-left at (x, top); returns the width used."""
    try:
        image = ImageReader(BytesIO(logo))
        iw, ih = image.getSize()
    except Exception:  # any decoder error: a bad logo must not stop a print
        log.warning("site logo could not be read; printing without it")
        return 0.0
    w, h = height * iw / ih, height
    if w > max_width:
        w, h = max_width, max_width * ih / iw
    canv.drawImage(image, x, top - h, w, h, mask="auto")
    return w


def draw_letterhead(
    canv: Canvas,
    letterhead: Letterhead,
    *,
    x: float,
    top: float,
    width: float,
    fonts: FontSet,
    compact: bool = False,
) -> float:
    """Draw logo, site name, address and phone from top down; returns the bottom y."""
    logo_h = (8 if compact else 11) * mm
    name_size = 9.5 if compact else 14
    line_size = 6.5 if compact else 8
    text_x = x
    if letterhead.logo:
        used = draw_logo(canv, letterhead.logo, x=x, top=top, height=logo_h, max_width=width / 3)
        if used:
            text_x = x + used + (2 if compact else 3.5) * mm
    text_w = x + width - text_x
    name_base = top - name_size
    draw_text(canv, text_x, name_base, letterhead.site_name, fonts=fonts, size=name_size,
              bold=True, max_width=text_w)
    parts = [] if compact else ([f"地址：{letterhead.address}"] if letterhead.address else [])
    if letterhead.phone:
        parts.append(f"电话：{letterhead.phone}")
    line_base = name_base - line_size - (2.5 if compact else 4)
    if parts:
        draw_text(canv, text_x, line_base, "    ".join(parts), fonts=fonts, size=line_size,
                  color=MUTED, max_width=text_w)
    text_bottom = line_base - line_size * 0.3
    return min(text_bottom, top - logo_h) if letterhead.logo else text_bottom


def draw_signature(
    canv: Canvas,
    label: str,
    *,
    x: float,
    y: float,
    width: float,
    fonts: FontSet,
    size: float = 10,
    label_width: float | None = None,
    with_date: bool = True,
) -> None:
    """Draw "label：______  日期：____年__月__日" on baseline y across width.

    label_width, when given, starts the line there so stacked rows line up.
    """
    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.6)
    line_y = y - 2.5
    label_w = max(draw_text(canv, x, y, f"{label}：", fonts=fonts, size=size), label_width or 0)
    # Full size on A4; on a narrow pass the date keeps to its share so the name line stays.
    date_w = min(52 * mm, width * 0.45) if with_date else 0.0
    gap = min(8 * mm, width * 0.05) if with_date else 0.0
    sign_end = x + width - date_w - gap
    canv.line(x + label_w, line_y, sign_end, line_y)
    if with_date:
        dx = sign_end + gap
        dlabel_w = draw_text(canv, dx, y, "日期：", fonts=fonts, size=size)
        start, end = dx + dlabel_w, x + width
        canv.line(start, line_y, end, line_y)
        # Year, month and day printed on the line so the hand-written date lands in order.
        span = end - start
        for frac, char in ((0.50, "年"), (0.76, "月"), (1.0, "日")):
            draw_text(canv, start + span * frac, y, char, fonts=fonts, size=size, anchor="right")
    canv.restoreState()


def draw_pass_header(canv: Canvas, letterhead: Letterhead, title: str, *, fonts: FontSet,
                     margin: float = 5 * mm) -> float:
    """Compact letterhead, title and rule across the top of a pass or label; returns the y
    under the rule."""
    page_w, page_h = canv._pagesize
    width = page_w - 2 * margin
    bottom = draw_letterhead(canv, letterhead, x=margin, top=page_h - margin, width=width,
                             fonts=fonts, compact=True)
    title_size = min(14.0, page_w / 15)  # 14 pt on A6, 11.7 pt on a 62 mm label
    base = bottom - 2 * mm - title_size
    draw_text(canv, page_w / 2, base, title, fonts=fonts, size=title_size, bold=True,
              anchor="center", max_width=width)
    rule_y = base - 2.5 * mm
    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.8)
    canv.line(margin, rule_y, page_w - margin, rule_y)
    canv.restoreState()
    return rule_y
