"""QR and Code128 codes, as flowable drawings or drawn straight onto a canvas."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

# Code128 needs a blank margin of ten modules each side or scanners will not lock on.
_QUIET_MODULES = 10


def qr_drawing(payload: str, size: float, *, level: str = "M") -> Drawing:
    """A size x size QR code (quiet zone included) usable as a platypus flowable."""
    widget = QrCodeWidget(payload, barLevel=level)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def draw_qr(canv: Canvas, payload: str, *, x: float, y: float, size: float) -> None:
    """Draw a QR code with its bottom-left corner (quiet zone included) at (x, y)."""
    drawing = qr_drawing(payload, size)
    # The drawing would otherwise select Helvetica, leaving an unembedded font in the PDF.
    drawing.initialFontName = canv._fontname
    renderPDF.draw(drawing, canv, x, y)


def code128(payload: str, *, width: float, height: float) -> Code128:
    """A Code128 flowable exactly width wide, quiet zones included; ASCII payloads only."""
    if not payload or not payload.isascii() or not payload.isprintable():
        # Scanners at the gate read Code128 as ASCII; anything else would print garbage bars.
        raise ValueError(f"Code128 payload must be printable ASCII: {payload!r}")
    modules = Code128(payload, barWidth=1, quiet=0).width
    bar = width / (modules + 2 * _QUIET_MODULES)
    return Code128(
        payload, barWidth=bar, barHeight=height, quiet=1,
        lquiet=_QUIET_MODULES * bar, rquiet=_QUIET_MODULES * bar,
    )


def draw_code128(canv: Canvas, payload: str, *, x: float, y: float, width: float,
                 height: float) -> None:
    """Draw a Code128 with its bottom-left corner (quiet zone included) at (x, y)."""
    code128(payload, width=width, height=height).drawOn(canv, x, y)
