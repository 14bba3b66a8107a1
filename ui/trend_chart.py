"""A small line chart of monthly scores drawn with QPainter (QtCharts is not shipped with the desk)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

LINE = QColor("#1f6feb")
GRID = QColor("#dde3ea")
TEXT = QColor("#5b6776")
FULL = QColor("#15803d")
PASS = QColor("#c62828")


class TrendChart(QWidget):
    """Scores of the last months with the site's full-fee and pass marks; a signed month is a filled dot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.setMinimumSize(420, 200)
        self.points: list[tuple[str, Decimal | None, bool]] = []
        self.marks: tuple[Decimal, Decimal] = (Decimal(90), Decimal(80))

    def set_points(self, points: list[tuple[str, Decimal | None, bool]], full_mark: Decimal,
                   pass_mark: Decimal) -> None:
        self.points = points
        self.marks = (full_mark, pass_mark)
        self.update()

    def _floor(self) -> float:
        scores = [float(s) for _, s, _ in self.points if s is not None]
        low = min([*scores, float(self.marks[1])]) if scores else float(self.marks[1])
        return max(0.0, (int(low) // 10) * 10 - 10)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        p.setFont(font)
        plot = QRectF(36, 12, self.width() - 48, self.height() - 36)
        floor, top = self._floor(), 100.0

        def y_of(value: float) -> float:
            return plot.bottom() - (value - floor) / (top - floor) * plot.height()

        step = 10 if top - floor <= 60 else 20
        value = floor
        while value <= top:
            y = y_of(value)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(TEXT)
            p.drawText(QRectF(0, y - 8, 30, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{value:g}")
            value += step
        for mark, color in zip(self.marks, (FULL, PASS), strict=True):
            pen = QPen(color, 1.2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = y_of(float(mark))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if not self.points:
            p.end()
            return
        dx = plot.width() / max(1, len(self.points) - 1) if len(self.points) > 1 else 0
        path, started, dots = QPainterPath(), False, []
        for n, (label, score, signed) in enumerate(self.points):
            x = plot.left() + n * dx
            p.setPen(TEXT)
            p.drawText(QRectF(x - 20, plot.bottom() + 4, 40, 16), Qt.AlignmentFlag.AlignCenter, label)
            if score is None:
                started = False  # a month without inspections breaks the line
                continue
            point = QPointF(x, y_of(float(score)))
            path.lineTo(point) if started else path.moveTo(point)
            started = True
            dots.append((point, signed))
        p.setPen(QPen(LINE, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        for point, signed in dots:
            p.setBrush(LINE if signed else QColor("white"))
            p.drawEllipse(point, 3.5, 3.5)
        p.end()
