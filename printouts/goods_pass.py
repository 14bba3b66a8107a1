"""放行条: the goods-release pass (A6) the gate checks: large number, its QR code, items, vehicle, validity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printouts.base import A6, Letterhead, render_canvas
from printouts.codes import draw_qr
from printouts.drawing import INK, MUTED, RULE, draw_pass_header, draw_signature, draw_text
from printouts.fonts import FontSet, cjk_fonts

NONE = "—"
_MARGIN = 5 * mm
_QR = 27 * mm
_MAX_LINES = 8  # item lines that fit; the rest are summed up in one line


@dataclass(frozen=True)
class PassItem:
    name: str
    quantity: int
    measure: str


@dataclass(frozen=True)
class PrintedPass:
    pass_no: str
    company: str
    carrier: str
    valid_on: date
    time_from: time
    time_to: time
    approved_by: str
    issued_at: datetime
    items: Sequence[PassItem] = field(default_factory=tuple)
    unit_code: str = ""
    carrier_phone: str = ""
    plate: str = ""
    reason: str = ""
    state: str = ""  # 已使用 / 已作废 stamped across a reprint; empty for a valid pass


def _draw(p: PrintedPass, letterhead: Letterhead):
    def draw(canv: Canvas, fonts: FontSet) -> None:
        page_w, page_h = canv._pagesize
        width = page_w - 2 * _MARGIN
        y = draw_pass_header(canv, letterhead, "物品放行条", fonts=fonts, margin=_MARGIN)
        # The number large on the left, its QR code on the right: the gate types one or scans the other.
        qr_top = y - 2 * mm
        draw_qr(canv, p.pass_no, x=page_w - _MARGIN - _QR + 1.5 * mm, y=qr_top - _QR, size=_QR)
        draw_text(canv, _MARGIN, qr_top - 5 * mm, "放行条编号", fonts=fonts, size=8, color=MUTED)
        draw_text(canv, _MARGIN, qr_top - 14 * mm, p.pass_no, fonts=fonts, size=20, bold=True,
                  max_width=width - _QR - 1 * mm)
        draw_text(canv, _MARGIN, qr_top - 21 * mm, f"有效日期：{p.valid_on:%Y-%m-%d}", fonts=fonts, size=11,
                  bold=True, max_width=width - _QR)
        draw_text(canv, _MARGIN, qr_top - 26.5 * mm,
                  f"放行时段：{p.time_from:%H:%M}–{p.time_to:%H:%M}", fonts=fonts, size=11, bold=True,
                  max_width=width - _QR)
        y = qr_top - _QR - 2 * mm
        lines = [("业户", p.company), ("单元", p.unit_code or NONE),
                 ("搬运人", f"{p.carrier}  {p.carrier_phone}".strip()), ("车牌号", p.plate or "无（人工搬运）")]
        if p.reason:
            lines.append(("事由", p.reason))
        for label, value in lines:
            y -= 4.6 * mm
            draw_text(canv, _MARGIN, y, f"{label}：", fonts=fonts, size=9, color=MUTED)
            draw_text(canv, _MARGIN + 13 * mm, y, value, fonts=fonts, size=9.5, max_width=width - 13 * mm)
        y -= 3 * mm
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(_MARGIN, y, page_w - _MARGIN, y)
        canv.restoreState()
        y -= 4.2 * mm
        draw_text(canv, _MARGIN, y, "放行物品", fonts=fonts, size=9, bold=True)
        draw_text(canv, page_w - _MARGIN, y, "数量", fonts=fonts, size=9, bold=True, anchor="right")
        shown = list(p.items[:_MAX_LINES]) if len(p.items) <= _MAX_LINES else list(p.items[:_MAX_LINES - 1])
        for i, item in enumerate(shown, 1):
            y -= 4.4 * mm
            draw_text(canv, _MARGIN, y, f"{i}. {item.name}", fonts=fonts, size=9.5, max_width=width - 22 * mm)
            draw_text(canv, page_w - _MARGIN, y, f"{item.quantity} {item.measure}", fonts=fonts, size=9.5,
                      anchor="right")
        rest = p.items[len(shown):]
        if rest:
            y -= 4.4 * mm
            draw_text(canv, _MARGIN, y, f"另 {len(rest)} 项共 {sum(i.quantity for i in rest)} 件，见附清单",
                      fonts=fonts, size=9, color=MUTED)
        y -= 4.4 * mm
        draw_text(canv, _MARGIN, y, f"合计 {len(p.items)} 项，{sum(i.quantity for i in p.items)} 件", fonts=fonts,
                  size=9, color=MUTED)
        # The desk's approval and the gate's check, at the foot of the pass.
        draw_text(canv, _MARGIN, 19 * mm, f"客服中心审批：{p.approved_by}    签发：{p.issued_at:%Y-%m-%d %H:%M}",
                  fonts=fonts, size=8.5, max_width=width)
        draw_signature(canv, "门岗核查", x=_MARGIN, y=11 * mm, width=width, fonts=fonts, size=9)
        draw_text(canv, _MARGIN, 4.5 * mm, "本条仅限当日、所列时段及物品使用；门岗核对后收回。", fonts=fonts, size=7,
                  color=MUTED, max_width=width)
        if p.state:
            # Level, not slanted: the gate's scanner and text tools read it, and so does the guard.
            canv.saveState()
            canv.setStrokeColor(INK)
            canv.setFillColor(colors.white)
            canv.setLineWidth(2)
            canv.rect(page_w / 2 - 32 * mm, page_h / 2 - 9 * mm, 64 * mm, 20 * mm, fill=1)
            canv.restoreState()
            draw_text(canv, page_w / 2, page_h / 2 - 3 * mm, f"{p.state} · 不得放行", fonts=fonts, size=22, bold=True,
                      anchor="center", max_width=60 * mm)

    return draw


def render_goods_pass(p: PrintedPass, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    """One pass on one A6 page as PDF bytes; the QR code holds the pass number only."""
    return render_canvas([_draw(p, letterhead)], pagesize=A6, title=f"物品放行条 {p.pass_no}",
                         author=letterhead.site_name, fonts=fonts or cjk_fonts())
