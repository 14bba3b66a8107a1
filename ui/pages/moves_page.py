"""Move-ins and move-outs: those in progress with their current step and what blocks them; open one to do its
next step, or start a new one."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from services import moves
from services.paging import Page
from ui.context import DeskContext
from ui.dialogs.move_bits import step_name
from ui.dialogs.move_in_dialog import MoveInDialog
from ui.dialogs.move_out_dialog import MoveOutDialog
from ui.icons import icon
from ui.messages import message
from ui.page_bits import list_table, search_as_you_type
from ui.paged_model import Column, PagedTableModel

FILTERS = ("open", "blocked", "done", "")


class MovesPage(QWidget):
    """The desk's list of moves; a double click opens the record at its current step."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QWidget | None = None
        self.search = QLineEdit()
        self.search.setObjectName("move_search")
        self.search.setPlaceholderText(self.tr("搜索：业户名称或单元号"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setObjectName("move_kind")
        for key, text in (("", self.tr("交楼和退租")), ("in", self.tr("交楼")), ("out", self.tr("退租"))):
            self.kind.addItem(text, key)
        self.state = QComboBox()
        self.state.setObjectName("move_state")
        names = {"open": self.tr("办理中"), "blocked": self.tr("受阻"), "done": self.tr("已办结"), "": self.tr("全部")}
        for key in FILTERS:
            self.state.addItem(names[key], key)
        self.new_in = QPushButton(icon("move_in"), self.tr("新建交楼"))
        self.new_in.setObjectName("new_move_in")
        self.new_out = QPushButton(icon("move_out"), self.tr("新建退租"))
        self.new_out.setObjectName("new_move_out")
        self.open_button = QPushButton(icon("edit"), self.tr("打开"))
        self.open_button.setObjectName("open")
        for b in (self.new_in, self.new_out):
            b.setEnabled(ctx.can("move.edit"))
        self.new_in.clicked.connect(lambda: self.open_move("in", None))
        self.new_out.clicked.connect(lambda: self.open_move("out", None))
        self.open_button.clicked.connect(self.open_selected)
        self.checklist_button = QPushButton(icon("edit"), self.tr("验收表"))
        self.checklist_button.setObjectName("checklist")
        self.checklist_button.clicked.connect(self.edit_checklist)
        self.model = PagedTableModel([
            Column(self.tr("类型"), lambda r: self.tr("交楼") if r.kind == "in" else self.tr("退租")),
            Column(self.tr("业户"), lambda r: r.tenant),
            Column(self.tr("单元"), lambda r: r.unit),
            Column(self.tr("计划日期"), lambda r: r.planned_on.isoformat() if r.planned_on else ""),
            Column(self.tr("当前步骤"), lambda r: step_name(r.step)),
            Column(self.tr("受阻原因"), lambda r: message(r.blocker, r.blocker_params) if r.blocker else ""),
            Column(self.tr("更新时间"), lambda r: f"{r.updated_at:%Y-%m-%d %H:%M}"),
        ], self._fetch, self)
        self.table = list_table(self.model, "move_table")
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.kind, 1)
        top.addWidget(self.state, 1)
        top.addStretch(1)
        for b in (self.new_in, self.new_out, self.open_button, self.checklist_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._debounce = search_as_you_type(self, self.search, self.refresh)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())

    def _fetch(self, _page: int) -> Page:
        key = self.state.currentData()
        rows = moves.moves_in_progress(by=self.ctx.actor, text=self.search.text(), kind=self.kind.currentData(),
                                       state="open" if key == "blocked" else key)
        if key == "blocked":
            rows = [r for r in rows if r.blocker]
        return Page(rows, len(rows), 0, max(len(rows), 1))

    def show_filter(self, key: str) -> None:
        self.state.setCurrentIndex(max(0, self.state.findData(key or "open")))

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {n} 条").format(n=self.model.total))

    def open_selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return self.open_move(row.kind, row.id)

    def edit_checklist(self):
        from ui.dialogs.checklist_dialog import ChecklistDialog

        self.dialog = ChecklistDialog(self.ctx, self)
        self.dialog.open()
        return self.dialog

    def open_move(self, kind: str, move_id: int | None):
        dialog_class = MoveInDialog if kind == "in" else MoveOutDialog
        self.dialog = dialog_class(self.ctx, move_id, self)
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()
        return self.dialog
