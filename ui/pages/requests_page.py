"""The request list: search as you type, filter by state, category, level, owner, overdue or on hold; new / open."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models import CATEGORIES, LEVELS
from services import request_views, requests
from ui.context import DeskContext
from ui.dialogs.request_dialog import RequestDialog
from ui.forms import named_line
from ui.icons import icon
from ui.page_bits import list_table, search_as_you_type
from ui.paged_model import Column, PagedTableModel
from ui.request_names import CATEGORY_NAMES, LEVEL_NAMES, STATE_NAMES, STEP_NAMES, kind_name, name, time_left, when

STATES = ("active", "open", "dispatched", "resolved", "closed", "cancelled", "")


class RequestsPage(QWidget):
    """Every request from tenants; the dashboard's tiles open it filtered (overdue, on hold, active)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = named_line("request_search", self.tr("搜索：编号、业户、拼音首字母、单元、来电人、电话或内容"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.setObjectName("state_filter")
        for key in STATES:
            self.state.addItem(self.tr("处理中") if key == "active" else (
                name(STATE_NAMES, key) if key else self.tr("全部状态")), key)
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), "")
        for key in CATEGORIES:
            self.category.addItem(name(CATEGORY_NAMES, key), key)
        self.level = QComboBox()
        self.level.addItem(self.tr("全部级别"), "")
        for key in LEVELS:
            self.level.addItem(name(LEVEL_NAMES, key), key)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("全部负责人"), None)
        for user_id, full_name in request_views.staff(by=ctx.actor):
            self.owner.addItem(full_name, user_id)
        self.due = QComboBox()
        self.due.setObjectName("due_filter")
        for key, text in (("", self.tr("全部期限")), ("due_today", self.tr("今日到期")),
                          ("overdue", self.tr("已超时"))):
            self.due.addItem(text, key)
        self.on_hold = QCheckBox(self.tr("仅挂起"))
        self.on_hold.setObjectName("on_hold_filter")
        new = QPushButton(icon("add"), self.tr("新建受理"))
        new.setObjectName("new_request")
        new.clicked.connect(self.new_request)
        new.setEnabled(ctx.can("request.take"))
        self.open_button = QPushButton(icon("edit"), self.tr("打开"))
        self.open_button.clicked.connect(self.open_selected)
        self.count = QLabel()

        self.model = PagedTableModel([
            Column(self.tr("编号"), lambda r: r.number),
            Column(self.tr("受理时间"), lambda r: when(r.received_at)),
            Column(self.tr("类别"), lambda r: kind_name(r.category, r.level, r.repair_kind)),
            Column(self.tr("业户"), lambda r: r.tenant or r.caller),
            Column(self.tr("单元"), lambda r: r.unit),
            Column(self.tr("状态"), lambda r: name(STATE_NAMES, r.state)),
            Column(self.tr("负责人"), lambda r: r.owner),
            Column(self.tr("下一步"), self._next_step),
            Column(self.tr("期限"), lambda r: when(r.due_at) if r.state in requests.ACTIVE else ""),
            Column(self.tr("剩余"), lambda r: time_left(r.due_at, r.on_hold) if r.state in requests.ACTIVE else "",
                   color=self._urgency),
            Column(self.tr("内容"), lambda r: r.text.replace("\n", " ")[:40]),
        ], self._fetch, self)
        self.table = list_table(self.model, "request_table")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        for widget in (self.state, self.category, self.level, self.owner, self.due, self.on_hold):
            top.addWidget(widget)
        top.addWidget(self.open_button)
        top.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._debounce = search_as_you_type(self, self.search, self.refresh)
        for combo in (self.state, self.category, self.level, self.owner, self.due):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.on_hold.toggled.connect(lambda _on: self.refresh())

    def _next_step(self, r) -> str:
        if r.state == "resolved" and r.category == "repair":
            return self.tr("待回访")
        return name(STEP_NAMES, r.due_step) if r.state in requests.ACTIVE and r.due_step else ""

    @staticmethod
    def _urgency(r) -> str | None:
        """Overdue in red, due within the day in amber, on hold in grey."""
        if r.state not in requests.ACTIVE:
            return None
        if r.on_hold:
            return "#64748b"
        if r.due_at is None:
            return None
        left = (r.due_at - dt.datetime.now()).total_seconds()
        return "#c62828" if left < 0 else ("#b45309" if left < 24 * 3600 else None)

    def _fetch(self, page: int):
        return request_views.search_requests(
            by=self.ctx.actor, text=self.search.text(), state=self.state.currentData(),
            category=self.category.currentData(), level=self.level.currentData(), owner_id=self.owner.currentData(),
            overdue=self.due.currentData() == "overdue", due_today=self.due.currentData() == "due_today",
            on_hold=True if self.on_hold.isChecked() else None,
            page=page, page_size=100)

    def show_filter(self, key: str) -> None:
        """Set the filters a dashboard tile stands for: 'overdue', 'due_today', 'on_hold' or a state."""
        for widget in (self.due, self.on_hold, self.state):
            widget.blockSignals(True)
        self.due.setCurrentIndex(max(0, self.due.findData(key if key in ("overdue", "due_today") else "")))
        self.on_hold.setChecked(key == "on_hold")
        state = "active" if key in ("overdue", "due_today", "on_hold") else key
        self.state.setCurrentIndex(max(0, self.state.findData(state)))
        for widget in (self.due, self.on_hold, self.state):
            widget.blockSignals(False)
        self.refresh()  # also when nothing changed: the tile's figure may be newer than the list

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {n} 单").format(n=self.model.total_text()))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _open(self, request_id: int | None) -> RequestDialog:
        dialog = RequestDialog(self.ctx, request_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def new_request(self) -> RequestDialog:
        return self._open(None)

    def open_selected(self) -> RequestDialog | None:
        request_id = self.selected_id()
        return None if request_id is None else self._open(request_id)
