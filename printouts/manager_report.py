"""《客服中心周报 / 月报》: the manager's report of a period (A4): the key figures, then each section with its chart
(drawn here with reportlab.graphics, not pictures) and its table."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.charts import bar_chart, hbar_chart, pie_chart
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Chart:
    """What to draw above a section's table: `bar` (one or more series), `hbar` or `pie` (one series)."""

    kind: str
    labels: tuple[str, ...]
    series: tuple[tuple[float, ...], ...]
    names: tuple[str, ...] = ()
    fmt: str = "%d"
    label_every: int = 1
    fixed_top: float | None = None
    mark: tuple[float, str] | None = None


@dataclass(frozen=True)
class SheetSection:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # already as printed
    right: tuple[int, ...] = ()  # columns of figures, set right
    total: bool = False  # the last row is a total
    chart: Chart | None = None
    notes: tuple[str, ...] = ()
    weights: tuple[float, ...] = ()  # the columns' shares of the width (default: the first wider)


@dataclass(frozen=True)
class ReportSheet:
    title: str
    number: str
    period: str
    highlights: tuple[tuple[str, str], ...]
    sections: tuple[SheetSection, ...]
    printed_at: datetime


def chart_of(c: Chart, fonts: FontSet, width: float) -> Flowable:
    if c.kind == "pie":
        return pie_chart(c.labels, c.series[0], fonts=fonts, width=width)
    if c.kind == "hbar":
        return hbar_chart(c.labels, c.series[0], fonts=fonts, width=width, fmt=c.fmt, fixed_top=c.fixed_top)
    return bar_chart(c.labels, c.series, fonts=fonts, width=width, names=c.names, fmt=c.fmt,
                     label_every=c.label_every, fixed_top=c.fixed_top, mark=c.mark,
                     value_labels=len(c.labels) * len(c.series) <= 40)


def _section(n: int, s: SheetSection, fonts: FontSet, width: float) -> list[Flowable]:
    weights = s.weights or (2.2,) + (1.0,) * (len(s.headers) - 1)
    columns = [Column(h, w, "right" if i in s.right else "left") for i, (h, w) in enumerate(
        zip(s.headers, weights, strict=True))]
    rows, total = (s.rows[:-1], s.rows[-1]) if s.total and s.rows else (s.rows, None)
    body = data_table(columns, rows, fonts=fonts, width=width, total=total)
    short = len(s.rows) <= 12  # a short table is never split (its head row alone at the foot of a page)
    title = f"{NUMERALS[n]}、{s.title}"
    if s.chart is None:
        return [section(title, body, fonts, keep_whole=short)] + [para(note, fonts, "note") for note in s.notes]
    # The heading stays with the chart; the table follows, whole if short.
    table = KeepTogether([body]) if short else body
    out = [section(title, chart_of(s.chart, fonts, width), fonts, keep_whole=True), Spacer(1, 2 * mm),
           CondPageBreak(25 * mm), table]
    return out + [para(note, fonts, "note") for note in s.notes]


def render_report(sheet: ReportSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    story: list[Flowable] = [
        section(f"{NUMERALS[0]}、本期要点", field_grid([Field(k, v) for k, v in sheet.highlights], fonts=fonts,
                                                     width=width, label_width=34 * mm), fonts, keep_whole=True),
    ]
    for n, s in enumerate(sheet.sections, start=1):
        story += _section(n, s, fonts, width)
    story += [Spacer(1, 6 * mm), SignatureLines(["制表", "客服经理审阅"], fonts)]
    info = FormInfo(title=sheet.title, form_no=sheet.number, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"报告期间：{sheet.period}")
    return render_form(story, info, fonts=fonts, pagesize=A4)
