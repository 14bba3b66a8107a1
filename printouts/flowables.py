"""Platypus building blocks for flowing forms: headings, field grids, tables, signatures."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Table, TableStyle

from printouts.drawing import (
    ACCENT,
    ALIGN,
    HEAD_FILL,
    INK,
    LABEL_FILL,
    MUTED,
    RULE,
    ZEBRA_FILL,
    draw_signature,
    draw_text,
    escape,
)
from printouts.fonts import FontSet

_PAD_X, _PAD_Y = 5, 2


@dataclass(frozen=True)
class Field:
    """One label / value pair of a field grid; wide fields take a whole row."""

    label: str
    value: str
    wide: bool = False


@dataclass(frozen=True)
class Column:
    """A data table column: its title, its share of the width, and how cells align."""

    title: str
    weight: float
    align: str = "left"  # left, center or right


@functools.cache
def _style(fonts: FontSet, name: str, align: str = "left") -> ParagraphStyle:
    # Sizes in one place so every form's cells, labels and notes match.
    size, color = {
        "value": (10, INK), "label": (9, MUTED), "head": (9, INK),
        "cell": (9.5, INK), "note": (9, MUTED), "empty": (9, MUTED),
    }[name]
    return ParagraphStyle(
        f"{name}-{align}", fontName=fonts.regular, fontSize=size, leading=size * 1.25,
        textColor=color, alignment=ALIGN[align], wordWrap="CJK",
    )


def para(text: str, fonts: FontSet, kind: str = "cell", align: str = "left") -> Paragraph:
    """Plain text as a wrapping Paragraph in one of the shared styles."""
    return Paragraph(escape(text), _style(fonts, kind, align))


class SectionHeading(Flowable):
    """"一、业户信息" with an accent bar and a hairline under it."""

    _SIZE = 11

    def __init__(self, text: str, fonts: FontSet) -> None:
        super().__init__()
        self.text, self.fonts = text, fonts
        self.spaceBefore, self.spaceAfter = 2 * mm, 0.9 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._SIZE + 5

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, 2.5, 3, self._SIZE + 0.5, stroke=0, fill=1)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(0, 0, self.width, 0)
        canv.restoreState()
        draw_text(canv, 8, 3.6, self.text, fonts=self.fonts, size=self._SIZE, bold=True,
                  color=ACCENT)


class _Section(Flowable):
    """A heading and its body: the heading never sits alone at the foot of a page.

    Not keepWithNext: platypus would wrap both in a KeepTogether, which moves a long table
    to the next page whole and leaves the rest of this page blank. This starts the body
    here and lets it continue on the next page, unless keep_whole asks to move it whole.
    """

    def __init__(self, heading: SectionHeading, body: Flowable, keep_whole: bool) -> None:
        super().__init__()
        self.heading, self.body, self.keep_whole = heading, body, keep_whole

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 0xFFFFFF  # always ask to be split, like KeepTogether

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        head_h = self.heading.wrap(avail_width, avail_height)[1] + self.heading.spaceAfter
        room = avail_height - head_h - self.heading.spaceBefore
        whole = [self.heading, self.body]
        if self.body.wrap(avail_width, room)[1] <= room:
            return whole
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if not self.keep_whole and room > 0:
            parts = self.body.split(avail_width, room)
            if parts:
                return [self.heading, *parts]
        # Nothing useful fits here: start the section on the next page (unless this page
        # is fresh, where the body must split anyway).
        return whole if at_top else [FrameBreak(), *whole]


def section(title: str, body: Flowable, fonts: FontSet, *,
            keep_whole: bool = False) -> Flowable:
    """A numbered section: heading plus body, the heading kept with the start of the body."""
    return _Section(SectionHeading(title, fonts), body, keep_whole)


def _grid_style(fonts: FontSet, extra: list[tuple]) -> TableStyle:
    return TableStyle([
        # Blank cells are drawn as strings too; without this they name Helvetica in the PDF.
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_Y + 1),
        *extra,
    ])


def field_grid(fields: Sequence[Field], *, fonts: FontSet, width: float,
               label_width: float = 31 * mm) -> Table:
    """Two label/value pairs per row (wide fields alone), values wrapping in full."""
    value_w = width / 2 - label_width
    rows: list[list[object]] = []
    spans: list[int] = []  # rows whose value runs across to the right edge
    pending: list[Field] = []

    def flush() -> None:
        if not pending:
            return
        row: list[object] = []
        for f in pending:
            row += [para(f.label, fonts, "label"), para(f.value, fonts, "value")]
        if len(pending) == 1:
            row += ["", ""]
            spans.append(len(rows))
        rows.append(row)
        pending.clear()

    for f in fields:
        if f.wide:
            flush()
            pending.append(f)
            flush()
        else:
            pending.append(f)
            if len(pending) == 2:
                flush()
    flush()
    extra: list[tuple] = [("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)]
    for r in range(len(rows)):
        # A shaded cell under a span would paint over the value that spans it.
        extra.append(("SPAN", (1, r), (3, r)) if r in spans
                     else ("BACKGROUND", (2, r), (2, r), LABEL_FILL))
    return Table(rows, colWidths=[label_width, value_w, label_width, value_w],
                 style=_grid_style(fonts, extra), splitInRow=1, hAlign="LEFT")


def data_table(columns: Sequence[Column], rows: Sequence[Sequence[str]], *, fonts: FontSet,
               width: float, total: Sequence[str] | None = None,
               empty: str = "（无）") -> Table:
    """A ruled table whose header row repeats on every page it continues onto."""
    weight = sum(c.weight for c in columns)
    widths = [width * c.weight / weight for c in columns]
    body: list[list[object]] = [[para(c.title, fonts, "head", "center") for c in columns]]
    body += [[para(v, fonts, "cell", c.align) for v, c in zip(r, columns, strict=True)]
             for r in rows]
    extra: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA_FILL]),
    ]
    if not rows:
        # Say "none" in so many words: a blank table reads like a printing fault.
        body.append([para(empty, fonts, "empty", "center")] + [""] * (len(columns) - 1))
        extra.append(("SPAN", (0, 1), (-1, 1)))
    if total is not None:
        body.append([para(v, fonts, "cell", c.align) for v, c in zip(total, columns, strict=True)])
        extra += [("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    return Table(body, colWidths=widths, repeatRows=1, style=_grid_style(fonts, extra),
                 splitInRow=1, hAlign="LEFT")


def text_box(text: str, *, fonts: FontSet, width: float, min_height: float = 9 * mm,
             blank_height: float = 16 * mm) -> Table:
    """A ruled box holding free text: as tall as the text needs (at least min_height, room
    for a short hand-written addition), or blank_height to write in by hand when empty."""
    cell = para(text, fonts, "value")
    _, h = cell.wrap(width - 2 * _PAD_X, 10_000)
    floor = min_height if text.strip() else blank_height
    height = max(floor, h + 2 * _PAD_Y + 2)
    # A fixed row height would stop a very long note from splitting across pages.
    heights = [height] if height < 150 * mm else None
    return Table([[cell]], colWidths=[width], rowHeights=heights, splitInRow=1,
                 style=_grid_style(fonts, [("VALIGN", (0, 0), (-1, -1), "TOP")]), hAlign="LEFT")


class SignatureLines(Flowable):
    """Rows of "label：______  日期：____年__月__日", kept together on one page."""

    def __init__(self, labels: Sequence[str], fonts: FontSet, *, row_height: float = 10 * mm,
                 with_date: bool = True) -> None:
        super().__init__()
        self.labels, self.fonts = list(labels), fonts
        self.row_height, self.with_date = row_height, with_date

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.row_height * len(self.labels)

    def draw(self) -> None:
        label_w = max((stringWidth(f"{lb}：", self.fonts.regular, 10) for lb in self.labels),
                      default=0.0)
        for i, label in enumerate(self.labels):
            # Baseline low in each row: the space above is where the pen and the seal go.
            y = self.row_height * (len(self.labels) - i - 1) + 3 * mm
            draw_signature(self.canv, label, x=0, y=y, width=self.width, fonts=self.fonts,
                           label_width=label_w, with_date=self.with_date)
