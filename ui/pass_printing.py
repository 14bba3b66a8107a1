"""Printing a pass the moment it is made: straight to the desk's printer for its form kind (A6 or label),
through the one print path; when that fails, the clerk is told why and the preview opens to choose another."""
from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget


def print_now(pdf: bytes, title: str, file_name: str, parent: QWidget, printer: QPrinter | None = None) -> bool:
    """Print `pdf` on `printer` (default: this desk's printer for the pass's kind) without a dialog; True when
    printed. A missing or stopped printer says so, keeps the PDF, and opens the preview."""
    from ui.dialogs.print_preview import PrintPreview

    preview = PrintPreview(pdf, title, file_name, parent)
    done = preview.print_to(printer) if printer is not None else preview.print_now()
    if not done and printer is None:
        preview.open()
        return False
    preview.deleteLater()
    return done
