"""The sections' average scores as horizontal bars, drawn with QPainter: this round's in blue, the previous round's as
a thin grey bar under it (QtCharts is not shipped with the desk)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BAR = QColor("#1f6feb")
BEFORE = QColor("#b6c2cf")
GRID = QColor("#dde3ea")
TEXT = QColor("#3c4858")


class SectionBars(QWidget):
    """(label, average, previous average) per section on a 0–5 axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section_bars")
        self.setMinimumSize(360, 160)
        self.lines: list[tuple[str, Decimal | None, Decimal | None]] = []

    def set_lines(self, lines: list[tuple[str, Decimal | None, Decimal | None]]) -> None:
        self.lines = lines
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self.lines:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = p.fontMetrics()
        left = max(metrics.horizontalAdvance(label) for label, _a, _b in self.lines) + 12
        right = self.width() - 44
        top, bottom = 4, self.height() - 18
        row = (bottom - top) / len(self.lines)
        scale = (right - left) / 5
        for v in range(6):
            x = left + v * scale
            p.setPen(GRID)
            p.drawLine(int(x), top, int(x), bottom)
            p.setPen(TEXT)
            p.drawText(QRectF(x - 10, bottom + 2, 20, 14), Qt.AlignmentFlag.AlignCenter, str(v))
        for n, (label, average, previous) in enumerate(self.lines):
            y = top + n * row
            p.setPen(TEXT)
            p.drawText(QRectF(0, y, left - 6, row), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            p.setPen(Qt.PenStyle.NoPen)
            if average is not None:
                p.setBrush(BAR)
                p.drawRect(QRectF(left, y + row * 0.2, float(average) * scale, row * 0.45))
                p.setPen(TEXT)
                p.drawText(QRectF(left + float(average) * scale + 4, y, 40, row * 0.85),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{average:.2f}")
                p.setPen(Qt.PenStyle.NoPen)
            if previous is not None:
                p.setBrush(BEFORE)
                p.drawRect(QRectF(left, y + row * 0.7, float(previous) * scale, row * 0.14))
        p.end()
