"""Draw the app icon (a white tower on the accent colour) into resources/icons: PNG for Qt, ICO for Windows.

Run once when the design changes: `python scripts/app_icon.py`; the files are committed.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import struct  # noqa: E402

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ui.icons import ACCENT  # noqa: E402

OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    import qtawesome as qta

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(ACCENT))
    painter.setPen(Qt.PenStyle.NoPen)
    radius = size * 0.18
    painter.drawRoundedRect(QRectF(0, 0, size, size), radius, radius)
    glyph = qta.icon("fa5s.building", color="white").pixmap(int(size * 0.64), int(size * 0.64))
    glyph.setDevicePixelRatio(1)
    painter.drawPixmap(int(size * 0.18), int(size * 0.18), glyph)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, QImage]) -> bytes:
    """A Windows .ico with one PNG-compressed entry per size (the layout Windows Vista and later read)."""
    pngs = [(size, png_bytes(images[size])) for size in sorted(images)]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    images[256].save(str(OUT / "towerdesk.png"))
    (OUT / "towerdesk.ico").write_bytes(ico(images))
    print(OUT / "towerdesk.png", OUT / "towerdesk.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
