"""Mail printouts: 《待取邮件快递清单》 per floor for the stewards' round (A4), and the small 取件通知 slip
(62 mm label) stuck on the parcel or handed to the tenant, its Code128 scanned at collection."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from printouts.base import A4, LABEL_62, FormInfo, Letterhead, content_width, render_canvas, render_form
from printouts.codes import draw_code128
from printouts.drawing import ACCENT, MUTED, draw_pass_header, draw_text
from printouts.flowables import Column, SignatureLines, data_table, para, section
from printouts.fonts import FontSet, cjk_fonts

NONE = "—"
KIND_PRINT = {"parcel": "快递", "letter": "信件", "newspaper": "报刊", "document": "文件"}


@dataclass(frozen=True)
class PickupLine:
    number: str
    unit: str
    tenant: str
    recipient: str
    kind: str  # mail kind code
    courier: str
    tracking: str
    count: int
    shelf: str
    received_at: datetime
    late: bool  # waiting longer than the site's days


@dataclass(frozen=True)
class FloorPart:
    floor: str
    lines: Sequence[PickupLine]


def _what(ln: PickupLine) -> str:
    return " ".join(x for x in (KIND_PRINT.get(ln.kind, ln.kind), ln.courier) if x)


def render_pickup_list(floors: Sequence[FloorPart], letterhead: Letterhead, *, printed_at: datetime, late_days: int,
                       fonts: FontSet | None = None) -> bytes:
    """Items waiting at the desk, floor by floor (each floor kept together), for the floor stewards' round: each
    line has room for the tenant's signature when the steward brings the item up."""
    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    columns = [Column("序号", 0.55, "center"), Column("单元", 0.95), Column("业户 / 收件人", 1.75),
               Column("快递", 1.05), Column("单号", 1.72), Column("件数", 0.55, "center"),
               Column("货架", 0.62, "center"), Column("到件", 1.36, "center"), Column("签收", 1.0)]
    total = sum(len(f.lines) for f in floors)
    late = sum(ln.late for f in floors for ln in f.lines)
    story: list[Flowable] = [
        para(f"待取 {total} 件，其中超过 {late_days} 天未取 {late} 件（★）。统计时间：{printed_at:%Y-%m-%d %H:%M}。"
             "楼层管家送达后请收件人在“签收”栏签名，清单交回前台登记。", fonts, "note"),
        Spacer(1, 2 * mm),
    ]
    for part in floors:
        rows = [[f"{n}★" if ln.late else str(n), ln.unit or NONE,
                 f"{ln.tenant} / {ln.recipient}" if ln.recipient else ln.tenant, _what(ln), ln.tracking or NONE,
                 str(ln.count), ln.shelf or NONE, ln.received_at.strftime("%m-%d %H:%M"), ""]
                for n, ln in enumerate(part.lines, 1)]
        story.append(section(f"{part.floor or '未分楼层'}（{len(part.lines)} 件）",
                             data_table(columns, rows, fonts=fonts, width=width), fonts))
    if not floors:
        story.append(section("待取邮件快递", data_table(columns, [], fonts=fonts, width=width,
                                                       empty="（目前没有待取的邮件快递）"), fonts))
    story += [Spacer(1, 4 * mm), SignatureLines(["楼层管家", "前台核对"], fonts)]
    info = FormInfo(title="待取邮件快递清单", form_no=f"YJQD-{printed_at:%Y%m%d-%H%M}", printed_at=printed_at,
                    letterhead=letterhead,
                    subtitle=f"{len(floors)} 层 · {total} 件" if floors else "无待取")
    return render_form(story, info, fonts=fonts, pagesize=A4)


@dataclass(frozen=True)
class PickupSlip:
    number: str
    tenant: str
    unit: str
    floor: str
    recipient: str
    kind: str
    courier: str
    tracking: str
    count: int
    shelf: str
    received_at: datetime
    received_by: str


def _draw_slip(s: PickupSlip, letterhead: Letterhead, canv: Canvas, fonts: FontSet) -> None:
    page_w, _ = canv._pagesize
    margin = 4 * mm
    width = page_w - 2 * margin
    y = draw_pass_header(canv, letterhead, "取件通知", fonts=fonts, margin=margin)
    y -= 5 * mm + 14
    draw_text(canv, page_w / 2, y, s.unit or s.floor or NONE, fonts=fonts, size=18, bold=True, anchor="center",
              max_width=width)
    y -= 6 * mm
    draw_text(canv, page_w / 2, y, s.tenant, fonts=fonts, size=10, anchor="center", max_width=width)
    rows = [("收件人", s.recipient or NONE), ("类别", f"{KIND_PRINT.get(s.kind, s.kind)} {s.count} 件"),
            ("快递", s.courier or NONE), ("单号", s.tracking or NONE), ("货架", s.shelf or NONE),
            ("到件", f"{s.received_at:%Y-%m-%d %H:%M}  {s.received_by}")]
    size, step, label_w = 8, 8 * 1.5, 11 * mm
    y -= 2 * mm
    for caption, value in rows:
        y -= step
        draw_text(canv, margin, y, caption, fonts=fonts, size=size, color=MUTED)
        draw_text(canv, margin + label_w, y, value, fonts=fonts, size=size, max_width=width - label_w)
    # The desk scans this at collection: the tracking number when there is one, else the slip's own number.
    code = s.tracking or s.number
    draw_code128(canv, code, x=1 * mm, y=margin + 7 * mm, width=page_w - 2 * mm, height=12 * mm)
    draw_text(canv, page_w / 2, margin + 3.5 * mm, s.number, fonts=fonts, size=8, color=ACCENT, bold=True,
              anchor="center")
    draw_text(canv, page_w / 2, margin, "凭本通知及手机尾号到前台取件", fonts=fonts, size=6.5, color=MUTED,
              anchor="center", max_width=width)


def render_pickup_slips(slips: Sequence[PickupSlip], letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    """One 62 mm label per item (a courier drop prints its slips in one go)."""
    title = f"取件通知 {slips[0].number}" if len(slips) == 1 else f"取件通知 {len(slips)} 张"
    return render_canvas([lambda canv, f, s=s: _draw_slip(s, letterhead, canv, f) for s in slips],
                         pagesize=LABEL_62, title=title, author=letterhead.site_name, fonts=fonts)
