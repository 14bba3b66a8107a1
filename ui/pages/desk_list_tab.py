"""The shape every front-desk list tab shares: a filter, a search, a row of actions, the table and its count;
picking the selected row, opening a dialog on it, asking for a reason, running an action and refreshing."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.paging import Page
from ui.context import DeskContext
from ui.forms import call_service
from ui.icons import icon
from ui.page_bits import fit_columns, list_table, search_as_you_type
from ui.paged_model import Column, PagedTableModel

# name, icon, text, slot, the permission that offers it
Action = tuple[str, str, str, Callable[[], object], str]


class DeskListTab(QWidget):
    """Subclasses call build() with their columns, filters and actions, and give fetch_page() and count_text()."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None

    def build(self, name: str, columns: Sequence[Column], filters: Sequence[tuple[str, str]], search_hint: str,
              actions: Sequence[Action]) -> None:
        self.filter = QComboBox()
        self.filter.setObjectName(f"{name}_filter")
        for key, text in filters:
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.model = PagedTableModel(columns, lambda page: self.fetch_page(self.filter.currentData(),
                                                                           self.search.text(), page), self)
        self.table = list_table(self.model, f"{name}_table")
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 2)
        top.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for button_name, icon_name, text, slot, permission in actions:
            button = QPushButton(icon(icon_name), text)
            button.setObjectName(button_name)
            button.setEnabled(self.ctx.can(permission))
            button.clicked.connect(lambda _c=False, s=slot: s())
            top.addWidget(button)
            self.buttons[button_name] = button
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._debounce = search_as_you_type(self, self.search, self.refresh)

    def fetch_page(self, filter_key: str, text: str, page: int) -> Page:
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        self.model.reload()
        fit_columns(self.table)
        self.count.setText(self.count_text(self.model.total))

    def show_filter(self, key: str) -> None:
        """A dashboard tile's filter (or the first one)."""
        self.filter.setCurrentIndex(max(self.filter.findData(key), 0))

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def open_dialog(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def ask_text(self, given: str | None, title: str, label: str) -> str | None:
        """The text given (tests, scripts), or what the clerk types when asked; None if they cancelled."""
        if given is not None:
            return given
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def act(self, call: Callable[[], object]) -> bool:
        """Run one service action on the selected row; a refusal is shown; the list is read again."""
        done = call_service(self, None, lambda: call() or True)
        self.refresh()
        return bool(done)
