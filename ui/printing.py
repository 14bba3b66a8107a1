"""The one print path: a PDF's pages drawn onto a chosen printer with this desk's paper, copies and offsets.

A printout is a PDF first (services make it); printing draws its pages at their real size, shifted by the
form kind's offsets, so a pass lands on the label stock the same way every time. A print that fails
(no such printer, queue stopped, the driver refuses) says why and keeps the PDF in the desk's
`unprinted` folder: a visitor's pass is never lost to a printer jam.
"""
from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPen

from services.printing import write_pdf
from services.site_config import PrinterSetup, SiteConfig, check_printer, form_kind_for, save_printer

if TYPE_CHECKING:  # Qt's PDF and print modules load with the first print, not with the login window
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300
MM_PER_INCH = 25.4

TEXTS = {
    "saved": QT_TRANSLATE_NOOP("printing", "{reason}\n\n表单已保存为 PDF：{path}\n可稍后从该文件打印。"),
    "no_printer": QT_TRANSLATE_NOOP(
        "printing", "找不到打印机“{name}”：请检查打印机是否已安装、已开机，或在“设置 → 打印”中另选一台。"),
    "no_default": QT_TRANSLATE_NOOP("printing", "这台电脑没有默认打印机：请在“设置 → 打印”中为这类表单选择打印机。"),
    "stopped": QT_TRANSLATE_NOOP("printing", "打印机“{name}”已暂停或出错：请检查打印机（缺纸、卡纸、离线）后重试。"),
    "refused": QT_TRANSLATE_NOOP("printing", "打印机“{name}”拒绝了打印任务：请检查打印机后重试。"),
    "default_printer": QT_TRANSLATE_NOOP("printing", "默认打印机"),
    "interrupted": QT_TRANSLATE_NOOP("printing", "打印中断：请检查打印机后重试。"),
    "unfinished": QT_TRANSLATE_NOOP("printing", "打印任务没有完成：请检查打印机后重试。"),
}


def text(key: str, **params: object) -> str:
    return QCoreApplication.translate("printing", TEXTS[key]).format(**params)


@dataclass
class DeskPrinting:
    """This desk's printer choices and where unprinted PDFs are kept (set once at start-up)."""

    config: SiteConfig = field(default_factory=lambda: SiteConfig(None))
    config_dir: Path | None = None  # where the desk's own printer choices are saved; None: not saved
    unprinted_dir: Path = field(default_factory=lambda: Path(tempfile.gettempdir()) / "TowerDesk-unprinted")


_desk = DeskPrinting()


def configure(printing: DeskPrinting) -> None:
    global _desk
    _desk = printing


def desk_printing() -> DeskPrinting:
    return _desk


def setup_for(kind: str) -> PrinterSetup:
    return _desk.config.printer(kind)


def keep_setup(setup: PrinterSetup) -> None:
    """Use `setup` from now on at this desk, and remember it if the desk has a config folder."""
    if _desk.config_dir is not None:
        _desk.config = save_printer(_desk.config, setup, _desk.config_dir)
    else:
        check_printer(setup)
        _desk.config = replace(_desk.config, printers={**_desk.config.printers, setup.kind: setup})


def kind_of(document: QPdfDocument) -> str:
    size = document.pagePointSize(0)
    return form_kind_for(size.width(), size.height())


def printer_names() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.availablePrinterNames()


class PrintFailed(Exception):
    """Printing did not start; `saved_to` holds the PDF so nothing is lost."""

    def __init__(self, reason: str, saved_to: Path | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.saved_to = saved_to

    def message(self) -> str:
        if self.saved_to is None:
            return self.reason
        return text("saved", reason=self.reason, path=self.saved_to)


def _page_mm(document: QPdfDocument, index: int) -> tuple[float, float]:
    size = document.pagePointSize(index)
    return size.width() * MM_PER_INCH / 72, size.height() * MM_PER_INCH / 72


def paint_page(painter: QPainter, document: QPdfDocument, index: int, setup: PrinterSetup, dots_per_mm: float,
               dpi: int = PRINT_DPI) -> None:
    """Draw page `index` at its real size, from the paper's top-left corner shifted by the offsets."""
    width_mm, height_mm = _page_mm(document, index)
    image = document.render(index, QSize(round(width_mm / MM_PER_INCH * dpi), round(height_mm / MM_PER_INCH * dpi)))
    target = QRectF(setup.offset_x_mm * dots_per_mm, setup.offset_y_mm * dots_per_mm,
                    width_mm * dots_per_mm, height_mm * dots_per_mm)
    painter.drawImage(target, image)


def preview_image(document: QPdfDocument, setup: PrinterSetup, dots_per_mm: float = 2.0) -> QImage:
    """The first page as it will land on the paper (paper outline, offsets applied), for the settings preview."""
    paper_w, paper_h = setup.paper_mm(_page_mm(document, 0))
    image = QImage(round(paper_w * dots_per_mm) + 2, round(paper_h * dots_per_mm) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9edf2"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(QRectF(1, 1, paper_w * dots_per_mm, paper_h * dots_per_mm), Qt.GlobalColor.white)
    painter.translate(1, 1)
    painter.setClipRect(QRectF(0, 0, paper_w * dots_per_mm, paper_h * dots_per_mm))
    paint_page(painter, document, 0, setup, dots_per_mm, dpi=150)
    painter.setClipping(False)
    painter.setPen(QPen(QColor("#8a96a3"), 1))
    painter.drawRect(QRectF(0, 0, paper_w * dots_per_mm, paper_h * dots_per_mm))
    painter.end()
    return image


def _keep_unprinted(pdf: bytes, name: str) -> Path | None:
    stem = re.sub(r"[^\w.-]+", "-", Path(name).stem) or "form"
    path = _desk.unprinted_dir / f"{dt.datetime.now():%Y%m%d-%H%M%S}-{stem}.pdf"
    try:
        return write_pdf(pdf, path)
    except OSError:
        return None


def _printer_problem(printer_name: str) -> str | None:
    """Why this printer cannot take a job now, or None; "" names the system default printer."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        if printer_name:
            return text("no_printer", name=printer_name)
        return text("no_default")
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return text("stopped", name=info.printerName())
    return None


def print_pdf(document: QPdfDocument, pdf: bytes, name: str, setup: PrinterSetup,
              printer: QPrinter | None = None) -> int:
    """Print every page (times the copies) to `printer`, or to the setup's printer; return the sheets sent.

    Raises PrintFailed with the PDF kept aside when the printer is missing, stopped or refuses the job.
    """
    from PySide6.QtPrintSupport import QPrinter

    if printer is None:
        problem = _printer_problem(setup.printer)
        if problem:
            raise PrintFailed(problem, _keep_unprinted(pdf, name))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if setup.printer:
            printer.setPrinterName(setup.printer)
    printer.setDocName(Path(name).stem)
    printer.setFullPage(True)
    painter = QPainter()
    sheets = 0
    for _copy in range(setup.copies):
        for index in range(document.pageCount()):
            paper_w, paper_h = setup.paper_mm(_page_mm(document, index))
            # A landscape page (a wide report) goes on portrait-loaded paper turned by the driver.
            orientation = (QPageLayout.Orientation.Landscape if paper_w > paper_h
                           else QPageLayout.Orientation.Portrait)
            layout = QPageLayout(QPageSize(QSizeF(min(paper_w, paper_h), max(paper_w, paper_h)),
                                           QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
                                 orientation, QMarginsF(0, 0, 0, 0))
            printer.setPageLayout(layout)
            if sheets == 0:
                if not painter.begin(printer):
                    who = printer.printerName() or text("default_printer")
                    raise PrintFailed(text("refused", name=who), _keep_unprinted(pdf, name))
            elif not printer.newPage():
                painter.end()
                raise PrintFailed(text("interrupted"), _keep_unprinted(pdf, name))
            painter.save()
            paint_page(painter, document, index, setup, printer.resolution() / MM_PER_INCH)
            painter.restore()
            sheets += 1
    if sheets and not painter.end():
        raise PrintFailed(text("unfinished"), _keep_unprinted(pdf, name))
    return sheets

