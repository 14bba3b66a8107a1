"""《单元履历》 / 《业户履历》: a unit's or a tenant's history on A4, newest first, one table per year."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printouts.base import FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, Field, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLES = {"unit": "单元履历", "tenant": "业户履历"}
NAME_LABELS = {"unit": "单元", "tenant": "业户"}
COLUMNS = [Column("日期时间", 1.15, "center"), Column("类别", 0.95, "center"), Column("事项", 1.6),
           Column("说明", 2.7), Column("编号", 1.6), Column("经办/相关人", 1.1)]


@dataclass(frozen=True)
class HistoryLine:
    """One event as printed."""

    when: datetime
    dated_only: bool
    area: str
    title: str
    detail: str
    ref: str
    who: str


def _when(line: HistoryLine) -> str:
    return f"{line.when:%m-%d}" if line.dated_only else f"{line.when:%m-%d %H:%M}"


def render_history(*, kind: str, name: str, about: str, scope: str, days: str, lines: Sequence[HistoryLine],
                   letterhead: Letterhead, printed_at: datetime, cut_at: int | None = None,
                   fonts: FontSet | None = None) -> bytes:
    """The history of a unit (`kind` "unit") or a tenant ("tenant"), lines newest first, grouped by year."""
    fonts = fonts or cjk_fonts()
    width = content_width()
    years = [(year, list(group)) for year, group in groupby(lines, key=lambda ln: ln.when.year)]
    span = f"{lines[-1].when:%Y-%m-%d} 至 {lines[0].when:%Y-%m-%d}" if lines else "—"
    story: list[Flowable] = [
        field_grid([Field(NAME_LABELS[kind], name), Field("记录条数", f"{len(lines)} 条"),
                    Field("概况", about, wide=True), Field("类别", scope, wide=True),
                    Field("所选日期", days), Field("记录跨度", span)], fonts=fonts, width=width),
        Spacer(1, 3 * mm),
    ]
    if cut_at is not None:
        story += [para(f"记录较多，本表只列最近 {cut_at} 条；更早的请按日期范围分次打印。", fonts, "note"),
                  Spacer(1, 2 * mm)]
    if not years:
        story.append(data_table(COLUMNS, [], fonts=fonts, width=width, empty="所选范围内没有记录"))
    for year, group in years:
        rows = [[_when(ln), ln.area, ln.title, ln.detail, ln.ref, ln.who] for ln in group]
        table = data_table(COLUMNS, rows, fonts=fonts, width=width)
        table.splitInRow = 0  # a line of the history stays whole on one page
        story.append(section(f"{year} 年（{len(group)} 条）", table, fonts))
    title = TITLES[kind]
    info = FormInfo(title=title, form_no=f"{'DY' if kind == 'unit' else 'YH'}-{printed_at:%Y%m%d-%H%M}",
                    printed_at=printed_at, letterhead=letterhead, subtitle=f"{name} · {days}")
    return render_form(story, info, fonts=fonts)
