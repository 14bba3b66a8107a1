"""Key lists: 《钥匙外借清单》 (keys out now, with holders and due times) and 《钥匙柜示意图》 (hooks, tags only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.drawing import HEAD_FILL, INK, RULE, ZEBRA_FILL, escape
from printouts.flowables import Column, SignatureLines, data_table, para, section
from printouts.fonts import FontSet, cjk_fonts

NONE = "—"
A4_LANDSCAPE = landscape(A4)  # the list has nine columns: phone numbers and times stay on one line


@dataclass(frozen=True)
class OutLine:
    tag: str
    label: str
    holder: str
    company: str
    phone: str
    since: datetime
    due: datetime | None
    overdue: bool
    kind: str  # as printed: 借出 / 业户领用


def _time(value: datetime | None) -> str:
    return value.strftime("%m-%d %H:%M") if value else NONE


def render_keys_out(lines: Sequence[OutLine], letterhead: Letterhead, *, printed_at: datetime,
                    held_by_tenants: int | None = None, fonts: FontSet | None = None) -> bytes:
    """Every key out now, lent keys first (overdue marked), then keys held by tenants (A4 landscape).

    With `held_by_tenants` the tenants' keys are only counted (the desk's daily list is about loans)."""
    fonts = fonts or cjk_fonts()
    width = content_width(A4_LANDSCAPE)
    columns = [Column("序号", 0.45, "center"), Column("标签号", 1.05), Column("钥匙", 1.9), Column("持有人", 0.9),
               Column("单位", 2.3), Column("电话", 1.15), Column("借出时间", 1.0, "center"),
               Column("应还时间", 1.0, "center"), Column("状态", 0.75, "center")]
    lent = [ln for ln in lines if ln.due is not None]
    held = [ln for ln in lines if ln.due is None]

    def rows(part: Sequence[OutLine]) -> list[list[str]]:
        return [[str(i), ln.tag, ln.label, ln.holder, ln.company, ln.phone, _time(ln.since), _time(ln.due),
                 "逾期" if ln.overdue else ln.kind] for i, ln in enumerate(part, 1)]

    overdue = sum(ln.overdue for ln in lines)
    tenants = len(held) if held_by_tenants is None else held_by_tenants
    summary = para(f"外借 {len(lent)} 把（其中逾期 {overdue} 把）；业户领用 {tenants} 把。"
                   f"统计时间：{printed_at:%Y-%m-%d %H:%M}。", fonts, "note")
    story: list[Flowable] = [
        summary, Spacer(1, 2 * mm),
        section("一、外借钥匙", data_table(columns, rows(lent), fonts=fonts, width=width), fonts),
    ]
    if held_by_tenants is None:
        story.append(section("二、业户领用钥匙", data_table(columns, rows(held), fonts=fonts, width=width), fonts))
    story += [Spacer(1, 4 * mm), SignatureLines(["核对人"], fonts)]
    form_no = f"KO-{printed_at:%Y%m%d-%H%M}"
    info = FormInfo(title="钥匙外借清单", form_no=form_no, printed_at=printed_at, letterhead=letterhead,
                    subtitle=f"外借 {len(lent)} 把 · 业户领用 {tenants} 把")
    return render_form(story, info, fonts=fonts, pagesize=A4_LANDSCAPE)


@dataclass(frozen=True)
class Hook:
    hook: str
    tag: str  # "" for an empty hook
    out: bool  # the key is out: the hook is empty now


@dataclass(frozen=True)
class Cabinet:
    name: str
    hooks: Sequence[Hook]


PER_ROW = 10  # 200 hooks a cabinet: 20 rows, one A4 page per cabinet


def _cell(hook: Hook, fonts: FontSet) -> Paragraph:
    tag = escape(hook.tag) if hook.tag else "（空）"
    mark = "　<font color='#5B6673'>外出</font>" if hook.out else ""
    return Paragraph(f"<font color='#5B6673'>{escape(hook.hook)}</font>{mark}<br/><font size='8'>{tag}</font>",
                     ParagraphStyle("hook", fontName=fonts.regular, fontSize=6.5, leading=9.5, textColor=INK,
                                    alignment=TA_CENTER))


def _grid(cabinet: Cabinet, fonts: FontSet, width: float) -> Table:
    cells = [_cell(h, fonts) for h in cabinet.hooks]
    rows = [cells[i:i + PER_ROW] for i in range(0, len(cells), PER_ROW)] or [[para("（无钥匙）", fonts, "empty")]]
    if len(rows[-1]) < PER_ROW and len(rows) > 1:
        rows[-1] = rows[-1] + [""] * (PER_ROW - len(rows[-1]))
    columns = min(PER_ROW, len(rows[0]))
    style = [("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("GRID", (0, 0), (-1, -1), 0.5, RULE),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
             ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
             ("ROWBACKGROUNDS", (0, 0), (-1, -1), [None, ZEBRA_FILL])]
    for i, hook in enumerate(cabinet.hooks):
        if hook.out:
            style.append(("BACKGROUND", (i % PER_ROW, i // PER_ROW), (i % PER_ROW, i // PER_ROW), HEAD_FILL))
    return Table(rows, colWidths=[width / PER_ROW] * columns, rowHeights=10.5 * mm, style=style, repeatRows=0,
                 hAlign="LEFT")


def render_cabinet_map(cabinets: Sequence[Cabinet], letterhead: Letterhead, *, printed_at: datetime,
                       fonts: FontSet | None = None) -> bytes:
    """Each cabinet hook by hook with the tag number only (the tag tells no unit), one section per cabinet."""
    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    story: list[Flowable] = [para("每格上方为挂钩号，下方为钥匙标签号；灰底标“外出”为钥匙外出、挂钩暂空。"
                                  "本图不显示钥匙对应的单元，请勿张贴于公共区域。", fonts, "note"),
                             Spacer(1, 2 * mm)]
    for i, cabinet in enumerate(cabinets):
        if i:
            story.append(PageBreak())
        out = sum(h.out for h in cabinet.hooks)
        story.append(section(f"钥匙柜 {cabinet.name}（{len(cabinet.hooks)} 个挂钩，外出 {out}）",
                             _grid(cabinet, fonts, width), fonts))
    info = FormInfo(title="钥匙柜示意图", form_no=f"KM-{printed_at:%Y%m%d}", printed_at=printed_at,
                    letterhead=letterhead, subtitle=f"共 {len(cabinets)} 个钥匙柜")
    return render_form(story, info, fonts=fonts, pagesize=A4)

