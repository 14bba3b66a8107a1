"""One small form for the account's quick entries (a deposit move, a one-off charge), refusals shown in place."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from ui.forms import FieldErrors, call_service, save_cancel_dialog


def value_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QLineEdit)
    return widget.text()


class EntryDialog(QDialog):
    """Rows of (field name, label, widget); Save hands {name: value} to `action` through call_service."""

    def __init__(self, title: str, rows: list[tuple[str, str, QWidget]], save_text: str,
                 action: Callable[[dict[str, str]], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.widgets = {name: widget for name, _label, widget in rows}
        self.action = action
        self.result_: object | None = None
        body = QWidget()
        form = QFormLayout(body)
        for name, label, widget in rows:
            widget.setObjectName(name)
            self.errors.add_row(form, label, name, widget)
        self.save_button = save_cancel_dialog(self, body, save_text, "save", self.save)
        self.resize(440, 0)

    def save(self) -> object | None:
        values = {name: value_of(w) for name, w in self.widgets.items()}
        result = call_service(self, self.errors, lambda: self.action(values))
        if result is None:
            return None
        self.result_ = result
        self.accept()
        return result
