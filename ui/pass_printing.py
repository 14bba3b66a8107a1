"""Printing a pass the moment it is made: straight to the desk's printer, the preview only when there is none."""
from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget


def print_now(pdf: bytes, title: str, file_name: str, parent: QWidget, printer: QPrinter | None = None) -> bool:
    """Print `pdf` on `printer` (default: the system's default printer) without a dialog; True when printed.

    With no printer installed the print preview opens instead, so the pass can still be saved or printed.
    """
    from ui.dialogs.print_preview import PrintPreview

    preview = PrintPreview(pdf, title, file_name, parent)
    if printer is None:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            preview.open()
            return False
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    done = preview.print_to(printer)
    preview.deleteLater()
    return done
