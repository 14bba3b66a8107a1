"""The room calendar: a day with rooms as columns, or a week of one room; bookings drawn as blocks;
click-and-drag on free time asks for a booking of that stretch."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from services.room_calendar import Block
from ui.messages import booking_state_name

FIRST_HOUR = 7
LAST_HOUR = 22
SNAP_MINUTES = 15
GUTTER = 56  # the time labels on the left
HEADER = 44  # room names or days on top
MIN_COLUMN = 104
PX_PER_MINUTE = 1.0

STATE_COLOURS = {
    "tentative": ("#fff4d6", "#d97706"),
    "confirmed": ("#dbe8ff", "#1f6feb"),
    "in_use": ("#d9f5e3", "#15803d"),
    "completed": ("#e9edf2", "#64748b"),
    "no_show": ("#f6e3e3", "#b45353"),
}


@dataclass(frozen=True)
class CalendarColumn:
    """One column: a room on a day (day view) or a day of one room (week view)."""

    title: str
    subtitle: str
    room_id: int
    day: dt.date
    opens: dt.time
    closes: dt.time


class RoomCalendar(QWidget):
    """Draws columns of time; emits `slot_dragged(room_id, starts, ends)` and `booking_clicked(booking_id)`."""

    slot_dragged = Signal(int, object, object)
    booking_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room_calendar")
        self.columns: list[CalendarColumn] = []
        self.blocks: list[Block] = []
        self.selected_id: int | None = None
        self.header_top = 0  # where the room names are drawn: the top of the visible part
        self._drag: tuple[int, dt.datetime, dt.datetime] | None = None
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height())

    # -- data
    def set_columns(self, columns: list[CalendarColumn], blocks: list[Block]) -> None:
        self.columns = columns
        self.blocks = blocks
        self._drag = None
        self.setMinimumWidth(GUTTER + MIN_COLUMN * max(1, len(columns)))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(GUTTER + MIN_COLUMN * max(1, len(self.columns)), self._height())

    # -- geometry
    @staticmethod
    def _height() -> int:
        return HEADER + int((LAST_HOUR - FIRST_HOUR) * 60 * PX_PER_MINUTE) + 1

    def column_width(self) -> float:
        return (self.width() - GUTTER) / max(1, len(self.columns))

    def _y(self, moment: dt.time) -> float:
        return HEADER + ((moment.hour - FIRST_HOUR) * 60 + moment.minute) * PX_PER_MINUTE

    def point_at(self, column: int, moment: dt.time) -> QPoint:
        """The widget point in the middle of `column` at `moment` (tests drag between such points)."""
        return QPoint(int(GUTTER + (column + 0.5) * self.column_width()), int(self._y(moment)) + 1)

    def _column_at(self, x: float) -> int | None:
        if x < GUTTER or not self.columns:
            return None
        index = int((x - GUTTER) // self.column_width())
        return index if index < len(self.columns) else None

    def _time_at(self, y: float, day: dt.date) -> dt.datetime:
        minutes = (y - HEADER) / PX_PER_MINUTE
        minutes = max(0, min((LAST_HOUR - FIRST_HOUR) * 60, int(minutes // SNAP_MINUTES) * SNAP_MINUTES))
        return dt.datetime.combine(day, dt.time(FIRST_HOUR)) + dt.timedelta(minutes=minutes)

    def _column_of(self, block: Block) -> int | None:
        for i, c in enumerate(self.columns):
            if c.room_id == block.room_id and c.day == block.day:
                return i
        return None

    def block_rect(self, block: Block) -> QRectF | None:
        index = self._column_of(block)
        if index is None:
            return None
        width = self.column_width()
        top = self._y(max(block.starts.time(), dt.time(FIRST_HOUR)))
        bottom = self._y(min(block.ends.time(), dt.time(LAST_HOUR))) if block.ends.time() > dt.time(0) else top
        return QRectF(GUTTER + index * width + 3, top + 1, width - 6, max(14.0, bottom - top - 2))

    def _block_at(self, pos: QPoint) -> Block | None:
        for block in reversed(self.blocks):
            rect = self.block_rect(block)
            if rect is not None and rect.contains(pos.toPointF()) and block.state != "no_show":
                return block
        return None

    # -- mouse: click a block to open it; drag on free time to book it
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if pos.y() < self.header_top + HEADER:
            return  # the room names: nothing to open or book there
        block = self._block_at(pos)
        if block is not None:
            self.selected_id = block.id
            self.update()
            self.booking_clicked.emit(block.id)
            return
        index = self._column_at(pos.x())
        if index is None:
            return
        start = self._time_at(pos.y(), self.columns[index].day)
        self._drag = (index, start, start + dt.timedelta(minutes=SNAP_MINUTES))
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return
        index, start, _end = self._drag
        end = self._time_at(event.position().y(), self.columns[index].day) + dt.timedelta(minutes=SNAP_MINUTES)
        self._drag = (index, start, max(end, start + dt.timedelta(minutes=SNAP_MINUTES)))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        index, start, end = self._drag
        self._drag = None
        self.update()
        if end - start <= dt.timedelta(minutes=SNAP_MINUTES):
            end = start + dt.timedelta(hours=1)  # a plain click offers an hour
        self.slot_dragged.emit(self.columns[index].room_id, start, end)

    # -- drawing
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        width = self.column_width()
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1))
        bold = QFont(self.font())
        bold.setBold(True)
        for i, column in enumerate(self.columns):
            x = GUTTER + i * width
            # Closed hours in grey, so the clerk sees where a booking cannot go.
            for start, end in ((dt.time(FIRST_HOUR), column.opens), (column.closes, dt.time(LAST_HOUR))):
                if end > start:
                    painter.fillRect(QRectF(x, self._y(start), width, self._y(end) - self._y(start)),
                                     QColor("#eef1f5"))
        painter.setFont(small)
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._y(dt.time(hour)) if hour < 24 else self.height()
            painter.setPen(QPen(QColor("#d5dbe3"), 1))
            painter.drawLine(GUTTER, int(y), self.width(), int(y))
            if hour < LAST_HOUR:
                painter.setPen(QPen(QColor("#eef1f5"), 1, Qt.PenStyle.DotLine))
                painter.drawLine(GUTTER, int(y + 30 * PX_PER_MINUTE), self.width(), int(y + 30 * PX_PER_MINUTE))
            painter.setPen(QColor("#6b7785"))
            painter.drawText(QRect(0, int(y) - 8, GUTTER - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
        painter.setPen(QPen(QColor("#c4ccd6"), 1))
        for i in range(len(self.columns) + 1):
            x = int(GUTTER + i * width)
            painter.drawLine(x, 0, x, self.height())
        for block in self.blocks:
            self._draw_block(painter, block, small, bold)
        self._draw_now(painter, width)
        if self._drag is not None:
            index, start, end = self._drag
            rect = QRectF(GUTTER + index * width + 2, self._y(start.time()), width - 4,
                          self._y(end.time()) - self._y(start.time()) if end.date() == start.date()
                          else self.height() - self._y(start.time()))
            painter.fillRect(rect, QColor(31, 111, 235, 60))
            painter.setPen(QPen(QColor("#1f6feb"), 1.5, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
            painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             f"{start:%H:%M}–{end:%H:%M}")
        self._draw_header(painter, width, small, bold)
        painter.end()

    def set_header_top(self, top: int) -> None:
        """Keep the room names in sight: the scroll area tells how far down the view has scrolled."""
        self.header_top = top
        self.update()

    def _draw_header(self, painter: QPainter, width: float, small: QFont, bold: QFont) -> None:
        top = self.header_top
        painter.fillRect(QRectF(0, top, self.width(), HEADER), QColor("white"))
        for i, column in enumerate(self.columns):
            x = GUTTER + i * width
            painter.setPen(QColor("#1f2d3d"))
            painter.setFont(bold)
            painter.drawText(QRectF(x + 4, top + 2, width - 8, 22), Qt.AlignmentFlag.AlignCenter,
                             QFontMetrics(bold).elidedText(column.title, Qt.TextElideMode.ElideRight, int(width - 8)))
            painter.setFont(small)
            painter.setPen(QColor("#6b7785"))
            painter.drawText(QRectF(x + 4, top + 22, width - 8, 18), Qt.AlignmentFlag.AlignCenter, column.subtitle)
            painter.setPen(QPen(QColor("#c4ccd6"), 1))
            painter.drawLine(int(x), top, int(x), top + HEADER)
        painter.setPen(QPen(QColor("#c4ccd6"), 1))
        painter.drawLine(0, top + HEADER, self.width(), top + HEADER)

    def _draw_now(self, painter: QPainter, width: float) -> None:
        """A red line at the present minute across today's columns."""
        now = dt.datetime.now()
        if not dt.time(FIRST_HOUR) <= now.time() < dt.time(LAST_HOUR):
            return
        y = self._y(now.time())
        painter.setPen(QPen(QColor("#d93025"), 1.5))
        for i, column in enumerate(self.columns):
            if column.day == now.date():
                painter.drawLine(int(GUTTER + i * width), int(y), int(GUTTER + (i + 1) * width), int(y))

    def y_of(self, moment: dt.time) -> int:
        """Where `moment` is drawn, for scrolling the view to it."""
        return int(self._y(max(dt.time(FIRST_HOUR), min(moment, dt.time(LAST_HOUR - 1)))))

    def _draw_block(self, painter: QPainter, block: Block, small: QFont, bold: QFont) -> None:
        rect = self.block_rect(block)
        if rect is None:
            return
        fill, edge = STATE_COLOURS.get(block.state, STATE_COLOURS["confirmed"])
        painter.setPen(QPen(QColor(edge), 2 if block.id == self.selected_id else 1,
                            Qt.PenStyle.DashLine if block.state == "no_show" else Qt.PenStyle.SolidLine))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor(edge))
        inner = rect.adjusted(7, 2, -4, -2)
        lines = [(f"{block.starts:%H:%M}–{block.ends:%H:%M}", bold, "#1f2d3d"),
                 (block.tenant or block.organiser, small, "#1f2d3d"),
                 (f"{booking_state_name(block.state)} · {block.purpose} · {block.attendees}{self.tr('人')}", small,
                  "#3c4858")]
        top = inner.top()
        for text, font, colour in lines:
            metrics = QFontMetrics(font)
            if top + metrics.height() > inner.bottom() + 2:
                break  # a short block shows what fits, the rest is a click away
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(QRectF(inner.left(), top, inner.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())))
            top += metrics.height()
