"""A table model over a paging service call: fetches the next page as the user scrolls, never everything."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from services.paging import Page


@dataclass(frozen=True)
class Column:
    """A column: its header and how to show a row's value."""

    header: str
    value: Callable[[Any], object]
    align_right: bool = False
    color: Callable[[Any], str | None] | None = None  # a row's text colour in this column (e.g. overdue red)


class PagedTableModel(QAbstractTableModel):
    """Rows come from `fetch(page_number) -> Page`; `reload()` starts again (after a new filter)."""

    def __init__(self, columns: Sequence[Column], fetch: Callable[[int], Page], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.rows: list[Any] = []
        self.total = 0
        self.capped = False  # the total is a lower bound (counting stopped there)
        self._next_page = 0
        self._more = True

    def reload(self, fetch: Callable[[int], Page] | None = None) -> None:
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self.total, self._next_page, self._more = 0, 0, True
        self.rows = self._load_page()
        self.endResetModel()

    def _load_page(self) -> list[Any]:
        page = self._fetch(self._next_page)
        self.total = page.total
        self.capped = page.capped
        self._next_page += 1
        self._more = page.has_more
        return page.items

    def total_text(self) -> str:
        """The total as a page shows it: "1000+" when counting stopped at a bound."""
        return f"{self.total}+" if self.capped else str(self.total)

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    # Qt's model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(self.rows[index.row()])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(self.rows[index.row()])
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and bool(self.rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        items = self._load_page()
        if items:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(items) - 1)
            self.rows.extend(items)
            self.endInsertRows()
