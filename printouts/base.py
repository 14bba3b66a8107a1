"""Paper sizes, the letterhead, and rendering forms and passes to PDF bytes."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4 as _A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from printouts.codes import draw_qr
from printouts.drawing import INK, MUTED, RULE, draw_letterhead, draw_text
from printouts.fonts import FontSet, cjk_fonts

PageSize = tuple[float, float]

A4: PageSize = _A4
A6: PageSize = (105 * mm, 148 * mm)
LABEL_62: PageSize = (62 * mm, 100 * mm)  # 62 mm continuous roll, cut at 100 mm

CREATOR = "Tower Desk 楼宇客服台"

_MARGIN_X = 18 * mm
_MARGIN_TOP = 10 * mm
_FOOTER_RULE_Y = 13 * mm
_QR_SIZE = 15 * mm
_RULE_DROP = 12.5 * mm  # from the top margin down to the double rule under the letterhead
_TITLE_GAP = 2.5 * mm  # from that rule down to the title row


@dataclass(frozen=True)
class Letterhead:
    """The site as printed at the top of every form."""

    site_name: str
    address: str = ""
    phone: str = ""
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class FormInfo:
    """What the page frame of an A4 form shows around its body."""

    title: str
    form_no: str
    printed_at: datetime
    letterhead: Letterhead
    subtitle: str = ""
    qr: str | None = None  # payload of the QR code at the top right of every page


def _date_time(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


class PagedCanvas(Canvas):
    """A canvas that holds pages back until the end so each can say 第 x 页 / 共 y 页."""

    def __init__(self, *args: Any, decorate: Callable[[Canvas, int, int], None],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's camelCase name, overridden
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def _set_metadata(canv: Canvas, title: str, author: str) -> None:
    canv.setTitle(title)
    canv.setAuthor(author)
    canv.setCreator(CREATOR)
    canv.setSubject(title)


def _title_row(info: FormInfo) -> float:
    return _QR_SIZE if info.qr else 13 * mm


def _header_height(info: FormInfo) -> float:
    # Letterhead block, double rule, the title row (as tall as the QR code if any), a gap.
    return _MARGIN_TOP + _RULE_DROP + _TITLE_GAP + _title_row(info) + 1.5 * mm


def _draw_header(canv: Canvas, info: FormInfo, fonts: FontSet) -> None:
    page_w, page_h = canv._pagesize
    width = page_w - 2 * _MARGIN_X
    top = page_h - _MARGIN_TOP
    draw_letterhead(canv, info.letterhead, x=_MARGIN_X, top=top, width=width, fonts=fonts)
    rule_y = top - _RULE_DROP
    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineWidth(1.4)
    canv.line(_MARGIN_X, rule_y, page_w - _MARGIN_X, rule_y)
    canv.setLineWidth(0.4)
    canv.line(_MARGIN_X, rule_y - 2.2, page_w - _MARGIN_X, rule_y - 2.2)
    canv.restoreState()
    row_top = rule_y - _TITLE_GAP
    row_h = _title_row(info)
    if info.qr:
        draw_qr(canv, info.qr, x=page_w - _MARGIN_X - _QR_SIZE + 1.5 * mm,
                y=row_top - _QR_SIZE, size=_QR_SIZE)
    # Title centred on the page, its block centred on the title row.
    title_size, sub_size = 18, 9
    block = title_size + (sub_size + 5 if info.subtitle else 0)
    title_base = row_top - (row_h - block) / 2 - title_size * 0.85
    title_w = width - 2 * (_QR_SIZE + 4 * mm)
    draw_text(canv, page_w / 2, title_base, info.title, fonts=fonts, size=title_size,
              bold=True, anchor="center", max_width=title_w)
    if info.subtitle:
        draw_text(canv, page_w / 2, title_base - sub_size - 6, info.subtitle, fonts=fonts,
                  size=sub_size, color=MUTED, anchor="center", max_width=title_w)


def _draw_footer(canv: Canvas, page: int, total: int, *, info: FormInfo,
                 fonts: FontSet) -> None:
    page_w = canv._pagesize[0]
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(_MARGIN_X, _FOOTER_RULE_Y, page_w - _MARGIN_X, _FOOTER_RULE_Y)
    canv.restoreState()
    text_y = _FOOTER_RULE_Y - 4 * mm
    left = f"表单编号：{info.form_no}    打印时间：{_date_time(info.printed_at)}"
    draw_text(canv, _MARGIN_X, text_y, left, fonts=fonts, size=8, color=MUTED)
    draw_text(canv, page_w - _MARGIN_X, text_y, f"第 {page} 页 / 共 {total} 页", fonts=fonts,
              size=8, color=MUTED, anchor="right")


def content_width(pagesize: PageSize = A4) -> float:
    """The width a form's body flowables get between the side margins."""
    return pagesize[0] - 2 * _MARGIN_X


def render_form(story: Sequence[Flowable], info: FormInfo, *, fonts: FontSet | None = None,
                pagesize: PageSize = A4) -> bytes:
    """Lay out a flowing form inside the letterhead / title / footer frame; PDF bytes."""
    fonts = fonts or cjk_fonts()
    buf = BytesIO()
    page_w, page_h = pagesize
    top = _header_height(info)
    bottom = _FOOTER_RULE_Y + 3.5 * mm
    # initialFontName: otherwise every page names an unembedded Helvetica it never uses.
    doc = BaseDocTemplate(
        buf, pagesize=pagesize, title=f"{info.title} {info.form_no}",
        author=info.letterhead.site_name, subject=info.title, creator=CREATOR, lang="zh-CN",
        initialFontName=fonts.regular,
        leftMargin=_MARGIN_X, rightMargin=_MARGIN_X, topMargin=top, bottomMargin=bottom,
    )
    frame = Frame(_MARGIN_X, bottom, page_w - 2 * _MARGIN_X, page_h - top - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(
        id="form", frames=[frame], onPage=lambda canv, _doc: _draw_header(canv, info, fonts),
    )])
    decorate = functools.partial(_draw_footer, info=info, fonts=fonts)
    doc.build(list(story), canvasmaker=functools.partial(PagedCanvas, decorate=decorate))
    return buf.getvalue()


def render_canvas(pages: Sequence[Callable[[Canvas, FontSet], None]], *, pagesize: PageSize,
                  title: str, author: str, fonts: FontSet | None = None) -> bytes:
    """Draw fixed-layout pages (passes, labels), one draw(canvas, fonts) per page; PDF bytes."""
    buf = BytesIO()
    fonts = fonts or cjk_fonts()
    canv = Canvas(buf, pagesize=pagesize, lang="zh-CN", initialFontName=fonts.regular)
    _set_metadata(canv, title, author)
    for draw in pages:
        draw(canv, fonts)
        canv.showPage()
    canv.save()
    return buf.getvalue()
