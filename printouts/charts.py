"""Charts drawn in the PDF itself (reportlab.graphics), with the printouts' Chinese font: bars and a pie."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from printouts.drawing import INK, MUTED, RULE
from printouts.fonts import FontSet

PALETTE = [colors.HexColor(c) for c in ("#2E6FD8", "#F08C2E", "#2FA37A", "#C8423B", "#8E5CC2", "#7A8794", "#D4B12B")]
GRID = colors.HexColor("#DDE3EA")


def _nice_top(top: float) -> float:
    """A round axis top at or above `top` (1, 2, 2.5 or 5 times a power of ten)."""
    if top <= 0:
        return 1.0
    power = 10 ** (len(str(int(top))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= top:
            return step * power
    return 10.0 * power


def _top(top: float, fmt: str) -> float:
    # Counts step in whole numbers: an axis of 0–5 rather than 0, 0.4, 0.8 … for a week of one or two.
    return max(5.0, _nice_top(top)) if fmt == "%d" else _nice_top(top)


def _axes(chart, fonts: FontSet, top: float) -> None:
    """The value axis from 0 to `top` in five steps with a light grid; both axes' labels in the Chinese font."""
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, top / 5
    axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = fonts.regular, 7, MUTED
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth, axis.strokeColor = True, GRID, 0.5, RULE
    chart.categoryAxis.labels.fontName = fonts.regular


def _empty(d: Drawing, fonts: FontSet, text: str = "本期无数据") -> Drawing:
    d.add(String(d.width / 2, d.height / 2, text, fontName=fonts.regular, fontSize=9, fillColor=MUTED,
                 textAnchor="middle"))
    return d


def bar_chart(labels: Sequence[str], series: Sequence[Sequence[float]], *, fonts: FontSet, width: float,
              height: float = 50 * mm, names: Sequence[str] = (), label_every: int = 1, value_labels: bool = True,
              fixed_top: float | None = None, mark: tuple[float, str] | None = None, fmt: str = "%d") -> Drawing:
    """Vertical bars, one group per label and one bar per series; a legend when the series are named; `mark` draws
    a dashed line across at a value (e.g. the pass mark)."""
    d = Drawing(width, height)
    values = [v for s in series for v in s]
    if not labels or not any(values):
        return _empty(d, fonts)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width = width - chart.x - (70 if names else 10)
    chart.height = height - chart.y - 10
    chart.data = [list(s) for s in series]
    _axes(chart, fonts, fixed_top or _top(max(values) * 1.12, fmt))
    chart.categoryAxis.categoryNames = [lb if n % label_every == 0 else "" for n, lb in enumerate(labels)]
    chart.categoryAxis.labels.fontSize = 7 if len(labels) <= 12 else 6.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    chart.groupSpacing = 3 if len(labels) > 12 else 8
    chart.barSpacing = 1
    for n in range(len(series)):
        chart.bars[n].fillColor = PALETTE[n % len(PALETTE)]
        chart.bars[n].strokeColor = None
    if value_labels:
        chart.barLabelFormat = fmt
        chart.barLabels.fontName = fonts.regular
        chart.barLabels.fontSize = 6.5 if len(labels) <= 12 else 5.5
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 5
    d.add(chart)
    if mark is not None:
        value, text = mark
        y = chart.y + value / chart.valueAxis.valueMax * chart.height
        d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colors.HexColor("#C62828"), strokeWidth=0.8,
                   strokeDashArray=[3, 2]))
        d.add(String(chart.x + chart.width + 3, y - 2.5, text, fontName=fonts.regular, fontSize=6.5,
                     fillColor=colors.HexColor("#C62828")))
    if names:
        _legend(d, names, fonts, x=chart.x + chart.width + 12, y=chart.y + chart.height)
    return d


def hbar_chart(labels: Sequence[str], values: Sequence[float], *, fonts: FontSet, width: float,
               fmt: str = "%d", fixed_top: float | None = None) -> Drawing:
    """Horizontal bars, one per label (long Chinese labels read better across)."""
    row = 5.5 * mm
    d = Drawing(width, max(25 * mm, row * len(labels) + 18))
    if not labels or not any(values):
        return _empty(d, fonts)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70, 12
    chart.width = width - chart.x - 30
    chart.height = d.height - chart.y - 6
    chart.data = [list(values)]
    _axes(chart, fonts, fixed_top or _top(max(values) * 1.15, fmt))
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.reverseDirection = True  # the first label on top, as in the table
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = fmt
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def pie_chart(labels: Sequence[str], values: Sequence[float], *, fonts: FontSet, width: float,
              height: float = 50 * mm) -> Drawing:
    """A pie with a legend giving each part's count and share."""
    d = Drawing(width, height)
    total = sum(values)
    if not total:
        return _empty(d, fonts)
    shown = [(lb, v) for lb, v in zip(labels, values, strict=True) if v]
    pie = Pie()
    size = height - 12
    pie.x, pie.y = 20, 6
    pie.width = pie.height = size
    pie.data = [v for _, v in shown]
    pie.labels = None
    pie.sideLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for n in range(len(shown)):
        pie.slices[n].fillColor = PALETTE[n % len(PALETTE)]
    d.add(pie)
    _legend(d, [f"{lb}  {v:g}（{v / total * 100:.1f}%）" for lb, v in shown], fonts, x=pie.x + size + 25,
            y=pie.y + size - 4)
    return d


def _legend(d: Drawing, names: Sequence[str], fonts: FontSet, *, x: float, y: float) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = fonts.regular
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 8
    legend.dxTextSpace = 4
    legend.deltay = 11
    legend.colorNamePairs = [(PALETTE[n % len(PALETTE)], name) for n, name in enumerate(names)]
    legend.strokeColor = None
    d.add(legend)
