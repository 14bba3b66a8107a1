"""The one print preview every form uses: the PDF on screen, Print (printer, copies) and Save as PDF."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from services.printing import write_pdf
from ui.icons import icon

PRINT_DPI = 300


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

        self.print_button = QPushButton(icon("print"), self.tr("打印…"))
        self.save_button = QPushButton(icon("pdf"), self.tr("另存为 PDF…"))
        close = QPushButton(self.tr("关闭"))
        self.print_button.clicked.connect(self.choose_printer_and_print)
        self.save_button.clicked.connect(self.choose_file_and_save)
        close.clicked.connect(self.reject)
        self.print_button.setDefault(True)
        pages = QLabel(self.tr("共 {n} 页").format(n=self.document.pageCount()))

        buttons = QHBoxLayout()
        buttons.addWidget(pages)
        buttons.addStretch(1)
        for b in (self.save_button, self.print_button, close):
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

    def choose_printer_and_print(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render every page at the printer's resolution, each page at its own paper size."""
        painter = QPainter()
        for index in range(self.document.pageCount()):
            points = self.document.pagePointSize(index)
            page_size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
            printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
            if index == 0:
                if not painter.begin(printer):
                    QMessageBox.warning(self, self.tr("打印失败"),
                                        self.tr("无法连接打印机，请检查打印机后重试；也可先另存为 PDF。"))
                    return False
            else:
                printer.newPage()
            rect = painter.viewport()
            image = self.document.render(index, QSize(int(points.width() * PRINT_DPI / 72),
                                                      int(points.height() * PRINT_DPI / 72)))
            target = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(rect.x(), rect.y(), target.width(), target.height())
            painter.setWindow(image.rect())
            painter.drawImage(QPointF(0, 0), image)
        painter.end()
        return True
