"""打印校准页: a page of one form kind's size with rulers from its edges, to measure a printer's offsets.

The desk prints it on the paper or label stock it uses, measures where the 10 mm marks landed, and types
the difference into Settings → 打印 as the offsets for that form kind.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printouts.base import render_canvas
from printouts.drawing import INK, MUTED, draw_text
from printouts.fonts import FontSet

TICK_EVERY_MM = 5


def _rulers(canv: Canvas, width: float, height: float) -> None:
    """Ticks along the top and left edges: long every 10 mm (numbered), short every 5 mm."""
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.4)
    for n in range(0, int(width / mm) + 1, TICK_EVERY_MM):
        canv.line(n * mm, height, n * mm, height - (3 if n % 10 else 5) * mm)
    for n in range(0, int(height / mm) + 1, TICK_EVERY_MM):
        canv.line(0, height - n * mm, (3 if n % 10 else 5) * mm, height - n * mm)


def _numbers(canv: Canvas, width: float, height: float, fonts: FontSet) -> None:
    for n in range(10, int(width / mm), 10):
        draw_text(canv, n * mm, height - 8 * mm, str(n), fonts=fonts, size=6, color=MUTED, anchor="center")
    for n in range(10, int(height / mm), 10):
        draw_text(canv, 5.5 * mm, height - n * mm - 2, str(n), fonts=fonts, size=6, color=MUTED)


def render_calibration(kind_name: str, width_mm: float, height_mm: float, printer: str) -> bytes:
    """One page of the given size: rulers, a frame 10 mm in from every edge, a centre cross, the kind's name."""
    width, height = width_mm * mm, height_mm * mm

    def draw(canv: Canvas, fonts: FontSet) -> None:
        _rulers(canv, width, height)
        _numbers(canv, width, height, fonts)
        canv.setDash(2, 2)
        canv.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
        canv.setDash()
        cx, cy = width / 2, height / 2
        canv.line(cx - 6 * mm, cy, cx + 6 * mm, cy)
        canv.line(cx, cy - 6 * mm, cx, cy + 6 * mm)
        small = width < 80 * mm
        size = 8 if small else 12
        draw_text(canv, cx, cy + 12 * mm, "打印校准页", fonts=fonts, size=size + 2, bold=True, anchor="center",
                  max_width=width - 24 * mm)
        lines = [f"{kind_name}  {width_mm:g} × {height_mm:g} mm", f"打印机：{printer or '默认打印机'}",
                 "虚线框应距纸边 10 mm；", "量出偏差，填入“设置 → 打印”的偏移。"]
        for i, line in enumerate(lines):
            draw_text(canv, cx, cy - (10 + i * (4 if small else 6)) * mm, line, fonts=fonts, size=size - 2,
                      anchor="center", max_width=width - 24 * mm)

    return render_canvas([draw], pagesize=(width, height), title=f"打印校准页 {kind_name}", author="楼宇客服台")
