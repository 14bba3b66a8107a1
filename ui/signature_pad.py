"""A signature pad: the borrower signs on screen with the mouse, a pen (tablet) or a finger; exported as PNG."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#0d1b4c")
GUIDE = QColor("#9aa5b1")
MARGIN = 8  # pixels of air kept around the strokes in the exported image


class SignaturePad(QWidget):
    """Records strokes (lists of points) from mouse, tablet and touch input and draws them as ink."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[QPointF]] = []
        self._drawing = False
        self.setObjectName("signature_pad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(360, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("用鼠标、手写笔或手指在此签字"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(460, 150)

    # -- what the dialogs use
    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def to_png(self) -> bytes | None:
        """The strokes on a transparent background, cropped to the ink; None when nothing was signed."""
        if self.is_empty():
            return None
        bounds = self._path().boundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        image = QImage(max(1, int(bounds.width())), max(1, int(bounds.height())), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-bounds.topLeft())
        self._ink(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # -- recording
    def _start(self, point: QPointF) -> None:
        self._drawing = True
        self.strokes.append([QPointF(point)])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self.rect().contains(point.toPoint()):
            self.strokes[-1].append(QPointF(point))
            self.update()

    def _finish(self) -> None:
        if self._drawing:
            self._drawing = False
            if len(self.strokes[-1]) == 1:  # a tap: a dot, drawn as a tiny stroke
                p = self.strokes[-1][0]
                self.strokes[-1].append(QPointF(p.x() + 0.5, p.y() + 0.5))
            self.changed.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._finish()

    def tabletEvent(self, event) -> None:  # noqa: N802 - a pen: accepted, so Qt sends no mouse copy of it
        kind = event.type()
        if kind == event.Type.TabletPress:
            self._start(event.position())
        elif kind == event.Type.TabletMove:
            self._extend(event.position())
        elif kind == event.Type.TabletRelease:
            self._finish()
        event.accept()

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (event.Type.TouchBegin, event.Type.TouchUpdate, event.Type.TouchEnd):
            points = event.points()
            if points:
                position = points[0].position()  # one finger signs; a second is a resting palm
                if kind == event.Type.TouchBegin:
                    self._start(position)
                elif kind == event.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._finish()
            event.accept()
            return True
        return super().event(event)

    # -- drawing
    def _path(self) -> QPainterPath:
        path = QPainterPath()
        for stroke in self.strokes:
            if len(stroke) < 2:
                continue
            path.moveTo(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
        return path

    def _ink(self, painter: QPainter) -> None:
        pen = QPen(INK, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(self._path())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#c5ced8"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        base = self.height() - 28
        painter.setPen(QPen(GUIDE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, base, self.width() - 16, base)
        if self.is_empty() and not self._drawing:
            painter.setPen(GUIDE)
            painter.drawText(QRectF(0, 0, self.width(), base - 4), Qt.AlignmentFlag.AlignCenter,
                             self.tr("请在此处签字"))
        self._ink(painter)
        painter.end()


def signature_box(errors, title: str) -> tuple[QWidget, SignaturePad]:
    """A titled box with the pad (its problems shown under it, field "signature") and a clear button."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout

    from ui.icons import icon

    pad = SignaturePad()
    clear = QPushButton(icon("void"), QCoreApplication.translate("SignaturePad", "清除重签"))
    clear.setObjectName("clear_signature")
    clear.setAutoDefault(False)
    clear.clicked.connect(pad.clear)
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(errors.field("signature", pad))
    layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignRight)
    return box, pad
