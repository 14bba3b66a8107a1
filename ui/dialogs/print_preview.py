"""The one print preview every form uses: the PDF on screen; Print (this desk's printer for the form kind),
Choose printer, and Save as PDF."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from services.printing import write_pdf
from services.site_config import PrinterSetup
from ui.icons import icon
from ui.printing import PrintFailed, kind_of, print_pdf, setup_for


class PrintPreview(QDialog):
    """Shows PDF bytes; prints them page by page at the page's real size, or saves them as a file."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=title))
        self.resize(860, 900)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.last_failure: PrintFailed | None = None
        setup = self.setup()
        self.print_button = QPushButton(icon("print"), self.tr("打印"))
        self.print_button.setToolTip(self.tr("打印到：{printer}，{copies} 份").format(
            printer=setup.printer or self.tr("默认打印机"), copies=setup.copies))
        self.choose_button = QPushButton(self.tr("选择打印机…"))
        self.save_button = QPushButton(icon("pdf"), self.tr("另存为 PDF…"))
        close = QPushButton(self.tr("关闭"))
        self.print_button.clicked.connect(self.print_now)
        self.choose_button.clicked.connect(self.choose_printer_and_print)
        self.save_button.clicked.connect(self.choose_file_and_save)
        close.clicked.connect(self.reject)
        self.print_button.setDefault(True)
        pages = QLabel(self.tr("共 {n} 页").format(n=self.document.pageCount()))

        buttons = QHBoxLayout()
        buttons.addWidget(pages)
        buttons.addStretch(1)
        for b in (self.save_button, self.choose_button, self.print_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def choose_file_and_save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), self.suggested_name, "PDF (*.pdf)")
        if not name:
            return None
        return self.save_to(Path(name))

    def save_to(self, path: Path) -> Path | None:
        try:
            return write_pdf(self.pdf, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("保存失败"), self.tr("无法写入 {path}：{err}").format(
                path=path, err=exc.strerror))
            return None

    def setup(self) -> PrinterSetup:
        """This desk's printer, paper, copies and offsets for this form's kind."""
        return setup_for(kind_of(self.document))

    def print_now(self) -> bool:
        """Print to this form kind's printer at once (the busy-desk button): no dialog."""
        return self._print(self.setup(), None)

    def choose_printer_and_print(self) -> bool:
        setup = self.setup()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if setup.printer:
            printer.setPrinterName(setup.printer)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        copies = max(1, printer.copyCount())
        printer.setCopyCount(1)  # the copies are drawn by print_pdf, the same on every driver
        return self.print_to(printer, copies)

    def print_to(self, printer: QPrinter, copies: int | None = None) -> bool:
        """Print on a printer set up by the caller (a chosen printer, or a PDF file in tests)."""
        setup = self.setup()
        return self._print(replace(setup, copies=copies or setup.copies), printer)

    def _print(self, setup: PrinterSetup, printer: QPrinter | None) -> bool:
        try:
            print_pdf(self.document, self.pdf, self.suggested_name, setup, printer)
        except PrintFailed as exc:
            self.last_failure = exc
            QMessageBox.warning(self, self.tr("打印失败"), exc.message())
            return False
        return True


def show_pdf(parent, pdf: bytes | Callable[[], bytes] | None, title: str, file_name: str) -> PrintPreview | None:
    """Open a printout in the preview: its PDF bytes, or a service call that renders them (a refusal shows as
    a message and opens nothing). None when there is nothing to show."""
    if callable(pdf):
        from ui.forms import call_service

        pdf = call_service(parent, None, pdf)
    if pdf is None:
        return None
    preview = PrintPreview(pdf, title, file_name, parent)
    preview.open()
    return preview
