"""The units of the tower: code, floor, area, state and who holds each; filtered by state or text."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import building
from services.building import UNIT_STATES
from ui.context import DeskContext
from ui.icons import icon
from ui.messages import unit_state_name
from ui.page_bits import list_table
from ui.paged_model import Column, PagedTableModel


class UnitsPage(QWidget):
    """Lists units in floor order; the dashboard's unit tiles open it filtered."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("单元号或楼层，如 12F-1205、12F"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.addItem(self.tr("全部状态"), "")
        for state in UNIT_STATES:
            self.state.addItem(unit_state_name(state), state)
        self.count = QLabel()
        self.model = PagedTableModel([
            Column(self.tr("单元"), lambda r: r.code),
            Column(self.tr("楼层"), lambda r: r.floor),
            Column(self.tr("面积 (m²)"), lambda r: f"{r.area:.2f}", align_right=True),
            Column(self.tr("状态"), lambda r: unit_state_name(r.status)),
            Column(self.tr("业户"), lambda r: r.tenant),
        ], self._fetch, self)
        self.table = list_table(self.model, "unit_table")
        self.table.doubleClicked.connect(lambda _index: self.open_history())
        self.history_button = QPushButton(icon("timeline"), self.tr("履历"))
        self.history_button.setObjectName("unit_history")
        self.history_button.setToolTip(self.tr("该单元从入驻到退租的全部记录（也可双击单元）"))
        self.history_button.clicked.connect(self.open_history)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.state, 1)
        top.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search.returnPressed.connect(self.refresh)
        self.search.textChanged.connect(lambda text: self.refresh() if not text else None)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())

    def _fetch(self, page: int):
        return building.search_units(by=self.ctx.actor, text=self.search.text(), status=self.state.currentData(),
                                     page=page, page_size=200)

    def show_filter(self, state: str) -> None:
        """A dashboard tile: the units in one state ('' for all)."""
        self.state.setCurrentIndex(max(0, self.state.findData(state)))

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {n} 个单元").format(n=self.model.total))

    def open_history(self):
        """The selected unit's history (履历), newest first, across every area."""
        from ui.dialogs.history_dialog import HistoryDialog

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        self.history = HistoryDialog(self.ctx, unit_id=self.model.row_at(rows[0].row()).id,
                                     open_record=getattr(self.window(), "open_record", None), parent=self)
        self.history.show()
        return self.history
