"""《访客出入证》: the visitor pass, A6 or a 62 mm badge label, drawn straight on the canvas (it prints at once)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printouts.base import A6, LABEL_62, Letterhead, PageSize, render_canvas
from printouts.codes import draw_qr
from printouts.drawing import ACCENT, MUTED, draw_pass_header, draw_text
from printouts.fonts import FontSet

TITLE = "访客出入证"
FORMATS: dict[str, PageSize] = {"A6": A6, "LABEL_62": LABEL_62}


@dataclass(frozen=True)
class VisitorPass:
    """What a pass shows; the ID number comes masked."""

    pass_no: str
    name: str
    id_masked: str
    company: str
    host_name: str
    host_floor: str
    host_unit: str
    host_person: str
    checked_in_at: datetime
    valid_until: datetime
    party_size: int = 1
    plate: str = ""
    reprint: bool = False


def _rows(p: VisitorPass, *, label: bool) -> list[tuple[str, str]]:
    unit = " ".join(x for x in (p.host_floor, p.host_unit) if x) or "—"
    if label:
        # A 62 mm badge holds seven lines above the QR: the gate needs whom and until when.
        return [
            ("证件号码", p.id_masked or "—"),
            ("被访单位", p.host_name or "—"),
            ("楼层单元", unit),
            ("被访人", p.host_person or "—"),
            ("人数车牌", f"{p.party_size} 人  {p.plate}".strip()),
            ("日期", p.checked_in_at.strftime("%Y-%m-%d %H:%M")),
            ("有效至", p.valid_until.strftime("%Y-%m-%d %H:%M")),
        ]
    rows = [
        ("来访单位", p.company or "—"),
        ("证件号码", p.id_masked or "—"),
        ("被访单位", p.host_name or "—"),
        ("楼层单元", unit),
        ("被访人", p.host_person or "—"),
        ("来访人数", f"{p.party_size} 人"),
    ]
    if p.plate:
        rows.append(("车牌", p.plate))
    rows += [("日期", p.checked_in_at.strftime("%Y-%m-%d %H:%M")), ("有效至", p.valid_until.strftime("%Y-%m-%d %H:%M"))]
    return rows


def _draw(p: VisitorPass, letterhead: Letterhead, canv: Canvas, fonts: FontSet) -> None:
    page_w, page_h = canv._pagesize
    label = page_w < 80 * mm
    margin = 4 * mm if label else 6 * mm
    width = page_w - 2 * margin
    y = draw_pass_header(canv, letterhead, TITLE + ("（补）" if p.reprint else ""), fonts=fonts, margin=margin)
    name_size = 20 if label else 24
    y -= 5 * mm + name_size * 0.8
    draw_text(canv, page_w / 2, y, p.name, fonts=fonts, size=name_size, bold=True, anchor="center", max_width=width)
    y -= 6.5 * mm
    draw_text(canv, page_w / 2, y, p.pass_no, fonts=fonts, size=11 if label else 13, color=ACCENT, anchor="center",
              bold=True, max_width=width)
    size = 8 if label else 9.5
    step = size * (1.45 if label else 1.55)
    label_w = 15 * mm if label else 17 * mm
    qr = 24 * mm if label else 30 * mm
    y -= 2 * mm if label else 4 * mm
    for caption, value in _rows(p, label=label):
        y -= step
        draw_text(canv, margin, y, caption, fonts=fonts, size=size, color=MUTED)
        draw_text(canv, margin + label_w, y, value, fonts=fonts, size=size, max_width=width - label_w)
    # The QR of the pass number, for the USB scanner at sign-out and the gate's reader.
    draw_qr(canv, p.pass_no, x=(page_w - qr) / 2, y=margin + 4 * mm, size=qr)
    draw_text(canv, page_w / 2, margin + 1 * mm, "离开时请将本证交回前台", fonts=fonts, size=6.5 if label else 7.5,
              color=MUTED, anchor="center", max_width=width)


def render_visitor_pass(p: VisitorPass, letterhead: Letterhead, *, pass_format: str = "A6",
                        fonts: FontSet | None = None) -> bytes:
    """One pass as PDF bytes, on A6 or the 62 mm label (`pass_format` is the site's print.pass_format)."""
    return render_canvas([lambda canv, f: _draw(p, letterhead, canv, f)], pagesize=FORMATS[pass_format],
                         title=f"{TITLE} {p.pass_no}", author=letterhead.site_name, fonts=fonts)
