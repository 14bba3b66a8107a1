"""Small pieces several pages share: the grey note style, who may do an action, the 'not for your role' panel."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.access import PERMISSIONS, ROLES
from ui.icons import icon
from ui.messages import role_name

NOTE_STYLE = "color: #6b7785;"


def joined(items) -> str:
    """Names in a list as the language writes one: '茶水、台花' or 'Tea, Flowers'."""
    separator = QCoreApplication.translate("page_bits", "、")  # the list comma; ", " in English
    return separator.join(items)


def who_may(action: str) -> str:
    """'客服经理、系统管理员' — read from the permission table, so the line never disagrees with the service."""
    return joined(role_name(r) for r in ROLES if r in PERMISSIONS[action])


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(NOTE_STYLE)
    label.setWordWrap(True)
    return label


def restricted_panel(title: str, text: str, object_name: str) -> QWidget:
    """A centred lock, a title and one line saying who may use this page instead."""
    panel = QWidget()
    panel.setObjectName(object_name)
    picture = QLabel()
    picture.setPixmap(icon("lock", "#9aa5b1").pixmap(48, 48))
    heading = QLabel(title)
    heading.setStyleSheet("font-size: 16px; font-weight: 600; color: #3c4858;")
    line = note(text)
    line.setObjectName(f"{object_name}_text")
    line.setAlignment(Qt.AlignmentFlag.AlignCenter)
    middle = QWidget()
    middle.setMaximumWidth(480)
    column = QVBoxLayout(middle)
    column.setSpacing(8)
    # No alignment flag on the wrapped line: with one, Qt gives it a single line's height.
    column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
    column.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
    column.addWidget(line)
    layout = QVBoxLayout(panel)
    layout.addStretch(1)
    layout.addWidget(middle, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
    return panel


def fit_columns(table: QTableView, padding: int = 24) -> None:
    """Columns as wide as their contents plus some air; headers read left to right like the cells."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    for column in range(header.count() - 1):
        table.setColumnWidth(column, table.columnWidth(column) + padding)


def list_table(model, object_name: str) -> QTableView:
    """A read-only list of rows as every page shows one: whole-row selection, striped, no row numbers."""
    from PySide6.QtWidgets import QAbstractItemView

    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def search_as_you_type(page: QWidget, search: QLineEdit, refresh: Callable[[], None]) -> QTimer:
    """Search as the clerk types, once they pause (no query per keystroke)."""
    timer = QTimer(page)
    timer.setSingleShot(True)
    timer.setInterval(200)
    timer.timeout.connect(refresh)
    search.textChanged.connect(lambda _t: timer.start())
    return timer


def text_table(headers: list[str], object_name: str):
    """A small read-only table of text (a dialog's list): whole-row selection, the last column stretched."""
    from PySide6.QtWidgets import QAbstractItemView, QTableWidget

    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table, rows) -> None:
    """Put rows of text into a text_table, replacing what it held."""
    from PySide6.QtWidgets import QTableWidgetItem

    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def check_boxes(codes, name_of, *, per_row: int = 0) -> tuple[QWidget, dict]:
    """A tick box per code (named by `name_of`), in one row or `per_row` to a row; the holder and the boxes."""
    from PySide6.QtWidgets import QCheckBox, QGridLayout

    boxes = {code: QCheckBox(name_of(code)) for code in codes}
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    for i, box in enumerate(boxes.values()):
        grid.addWidget(box, i // per_row if per_row else 0, i % per_row if per_row else i)
    if not per_row:
        grid.setColumnStretch(len(boxes), 1)
    holder = QWidget()
    holder.setLayout(grid)
    return holder, boxes


def action_button(can: Callable[[str], bool], name: str, text: str, icon_name: str, slot: Callable[[], object],
                  action: str) -> QPushButton:
    """A page's button for one job, greyed out when the user's role may not do `action` (the service checks
    again)."""
    button = QPushButton(icon(icon_name), text)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    button.setEnabled(can(action))
    return button


def date_edit(name: str, day) -> QWidget:
    """A list's date filter: a calendar pop-up showing yyyy-MM-dd, starting at `day` (a QDate)."""
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(day)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumWidth(130)
    return edit


def search_line(name: str, placeholder: str) -> QLineEdit:
    """A page's search box: named, with its hint and a clear button."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def filter_combo(name: str, keys, names: dict[str, str]) -> QComboBox:
    """A list's filter: one entry per key in order, shown by its name, the key as the entry's data."""
    combo = QComboBox()
    combo.setObjectName(name)
    for key in keys:
        combo.addItem(names[key], key)
    return combo
