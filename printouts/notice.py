"""《公告》/《温馨提示》 in large type: A4 portrait for the lobby board, A4 landscape for the lift cars.

The lift-car variant is A4 landscape rather than A5: the desk's laser printers hold A4 in their trays (no
paper change for one sheet), and the cars' frames are wider than tall; read from across the car, a wide
sheet gives longer lines at the same type size. The text is set as large as fits on one sheet; a notice
too long for the smallest readable size runs on to a second sheet, never off the paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from printouts.base import A4, Letterhead, render_canvas
from printouts.drawing import ACCENT, INK, MUTED, draw_letterhead, draw_text, escape
from printouts.fonts import FontSet, cjk_fonts

VARIANTS = ("board", "lift")


@dataclass(frozen=True)
class NoticeSheet:
    number: str
    title: str
    body: str
    audience: str
    valid_from: date
    valid_to: date
    issuer: str
    issued_on: date
    draft: bool = False


@dataclass(frozen=True)
class _Layout:
    pagesize: tuple[float, float]
    margin: float
    title_sizes: tuple[int, int]  # largest, smallest
    body_sizes: tuple[int, int]


LAYOUTS = {
    "board": _Layout(A4, 20 * mm, (40, 22), (26, 15)),
    "lift": _Layout(landscape(A4), 16 * mm, (40, 22), (26, 15)),
}
_FOOTER_H = 30 * mm  # issuer, date, validity and number under the text


def _body_paragraphs(text: str, fonts: FontSet, size: float) -> list[Paragraph]:
    """One paragraph a line; the salutation (…：) flush left, the rest indented two characters."""
    out = []
    for line in [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]:
        salutation = line.endswith(("：", ":")) and len(line) <= 20
        style = ParagraphStyle("body", fontName=fonts.regular, fontSize=size, leading=size * 1.5,
                               textColor=INK, wordWrap="CJK", firstLineIndent=0 if salutation else 2 * size,
                               spaceAfter=size * 0.35)
        out.append(Paragraph(escape(line), style))
    return out


def _height(paragraphs: list[Paragraph], width: float) -> float:
    return sum(p.wrap(width, 10_000)[1] + p.style.spaceAfter for p in paragraphs)


def _title(text: str, fonts: FontSet, layout: _Layout, width: float) -> Paragraph:
    """The title on one line if it fits at a poster's size, else as large as fits on two lines."""
    big, small = layout.title_sizes

    def at(size: int) -> Paragraph:
        return Paragraph(escape(text), ParagraphStyle("title", fontName=fonts.bold, fontSize=size,
                                                      leading=size * 1.25, alignment=TA_CENTER, textColor=ACCENT,
                                                      wordWrap="CJK"))

    for lines, floor in ((1, 28), (2, small)):
        for size in range(big, floor - 1, -2):
            para = at(size)
            if para.wrap(width, 10_000)[1] <= size * 1.25 * lines + 1:
                return para
    return at(small)


def _pages_of(body: str, fonts: FontSet, width: float, first_h: float, next_h: float,
              sizes: tuple[int, int]) -> list[list[Paragraph]]:
    """The body at the largest size that fits the first sheet; at the smallest, split across sheets."""
    big, small = sizes
    for size in range(big, small - 1, -1):
        paragraphs = _body_paragraphs(body, fonts, size)
        if _height(paragraphs, width) <= first_h:
            return [paragraphs]
    pages: list[list[Paragraph]] = [[]]
    room = first_h
    queue = _body_paragraphs(body, fonts, small)
    while queue:
        para = queue.pop(0)
        h = para.wrap(width, 10_000)[1] + para.style.spaceAfter
        if h <= room:
            pages[-1].append(para)
            room -= h
            continue
        parts = para.split(width, room) if room > para.style.leading else []
        if len(parts) == 2:
            pages[-1].append(parts[0])
            queue.insert(0, parts[1])
        else:
            queue.insert(0, para)
        pages.append([])
        room = next_h
    return pages


def render_notice(sheet: NoticeSheet, letterhead: Letterhead, *, variant: str = "board",
                  fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    layout = LAYOUTS[variant]
    page_w, page_h = layout.pagesize
    m = layout.margin
    width = page_w - 2 * m
    head_h = 18 * mm
    title = _title(sheet.title, fonts, layout, width)
    title_h = title.wrap(width, 10_000)[1]
    body_top_first = page_h - m - head_h - title_h - 8 * mm
    body_top_next = page_h - m - head_h - 14 * mm
    body_bottom = m + _FOOTER_H
    pages = _pages_of(sheet.body, fonts, width, body_top_first - body_bottom, body_top_next - body_bottom,
                      layout.body_sizes)

    def page(number: int, paragraphs: list[Paragraph]) -> Callable[[Canvas, FontSet], None]:
        def draw(canv: Canvas, fonts: FontSet) -> None:
            top = page_h - m
            draw_letterhead(canv, letterhead, x=m, top=top, width=width, fonts=fonts)
            canv.saveState()
            canv.setStrokeColor(ACCENT)
            canv.setLineWidth(1.6)
            canv.line(m, top - head_h + 3 * mm, page_w - m, top - head_h + 3 * mm)
            canv.restoreState()
            if sheet.draft:
                draw_text(canv, page_w - m, top - 6 * mm, "草稿 未发布", fonts=fonts, size=14, bold=True,
                          color=MUTED, anchor="right")
            y = top - head_h
            if number == 0:
                title.wrapOn(canv, width, 10_000)
                title.drawOn(canv, m, y - title_h)
                y = body_top_first
            else:
                draw_text(canv, page_w / 2, y - 8 * mm, f"{sheet.title}（续）", fonts=fonts, size=14, bold=True,
                          color=MUTED, anchor="center", max_width=width)
                y = body_top_next
            for para in paragraphs:
                _, h = para.wrapOn(canv, width, 10_000)
                para.drawOn(canv, m, y - h)
                y -= h + para.style.spaceAfter
            _footer(canv, sheet, fonts, layout, last=number == len(pages) - 1, page=number + 1, total=len(pages))

        return draw

    return render_canvas([page(i, p) for i, p in enumerate(pages)], pagesize=layout.pagesize,
                         title=f"{sheet.title} {sheet.number}", author=letterhead.site_name, fonts=fonts)


def _footer(canv: Canvas, sheet: NoticeSheet, fonts: FontSet, layout: _Layout, *, last: bool, page: int,
            total: int) -> None:
    page_w = layout.pagesize[0]
    m = layout.margin
    right = page_w - m
    if last:
        draw_text(canv, right, m + 20 * mm, sheet.issuer, fonts=fonts, size=16, anchor="right",
                  max_width=(page_w - 2 * m) * 0.7)
        draw_text(canv, right, m + 12 * mm, f"{sheet.issued_on.year}年{sheet.issued_on.month}月{sheet.issued_on.day}日",
                  fonts=fonts, size=16, anchor="right")
    canv.saveState()
    canv.setStrokeColor(MUTED)
    canv.setLineWidth(0.5)
    canv.line(m, m + 6 * mm, right, m + 6 * mm)
    canv.restoreState()
    valid = f"有效期：{sheet.valid_from:%Y-%m-%d} 至 {sheet.valid_to:%Y-%m-%d}    致：{sheet.audience}"
    draw_text(canv, m, m + 1.5 * mm, valid, fonts=fonts, size=10, color=MUTED, max_width=(page_w - 2 * m) * 0.72)
    pages = f"    第 {page} / {total} 页" if total > 1 else ""
    draw_text(canv, right, m + 1.5 * mm, f"编号：{sheet.number}{pages}", fonts=fonts, size=10, color=MUTED,
              anchor="right")
