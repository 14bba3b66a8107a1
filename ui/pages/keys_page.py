"""The keys page: scan or type a tag to go straight to the key; the register filtered by state; lend, issue,
return, lost; print the keys-out list and the cabinet map; import a key list."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import key_prints, key_register, keys
from services.building import ImportReport
from services.errors import ValidationError
from services.key_register import KEY_KINDS
from services.sheets import SheetError
from ui.context import DeskContext
from ui.dialogs.key_dialog import KeyDialog
from ui.dialogs.key_move_dialog import ISSUE, LEND, LOST, RETURN, KeyMoveDialog
from ui.forms import ERROR_STYLE, FieldErrors, call_service
from ui.messages import key_kind_name, key_state_name, message
from ui.page_bits import action_button, list_table, search_as_you_type, search_line
from ui.paged_model import Column, PagedTableModel

FILTERS = ("", "in", "out", "lent", "issued", "overdue", "lost")


class KeysPage(QWidget):
    """Where is key X, who has had it, which keys are out and overdue; every counter movement starts here."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.scan = QLineEdit()
        self.scan.setObjectName("tag_scan")
        self.scan.setPlaceholderText(self.tr("扫描或输入标签号，回车直接打开"))
        self.scan.returnPressed.connect(self.go_to_tag)
        self.search = search_line("key_search", self.tr("搜索：名称、单元、机房、钥匙串、持有人"))
        self.state = QComboBox()
        self.state.setObjectName("key_state")
        names = {"": self.tr("全部钥匙"), "in": self.tr("在柜"), "out": self.tr("在外（借出与领用）"),
                 "lent": self.tr("借出"), "issued": self.tr("业户领用"), "overdue": self.tr("逾期未还"),
                 "lost": self.tr("遗失")}
        for key in FILTERS:
            self.state.addItem(names[key], key)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类型"), "")
        for kind in KEY_KINDS:
            self.kind.addItem(key_kind_name(kind), kind)

        def button(name: str, text: str, icon_name: str, slot, action: str = "key.view") -> QPushButton:
            return action_button(ctx.can, name, text, icon_name, slot, action)

        self.lend_button = button("lend", self.tr("借出"), "lend", lambda: self.move(LEND), "key.lend")
        self.issue_button = button("issue", self.tr("业户领用"), "give", lambda: self.move(ISSUE), "key.issue")
        self.return_button = button("return", self.tr("归还"), "return", lambda: self.move(RETURN), "key.return")
        self.lost_button = button("lost", self.tr("遗失"), "lost", lambda: self.move(LOST), "key.lost")
        self.open_button = button("open", self.tr("打开"), "edit", self.open_selected)
        self.new_button = button("new_key", self.tr("新建钥匙"), "add", self.new_key, "key.edit")
        self.out_button = button("print_out", self.tr("外借清单"), "print", self.print_keys_out)
        self.map_button = button("print_map", self.tr("钥匙柜图"), "map", self.print_cabinet_map)
        self.import_button = button("import", self.tr("导入"), "import", self.pick_sheet, "key.import")

        self.model = PagedTableModel([
            Column(self.tr("标签号"), lambda r: r.tag),
            Column(self.tr("名称"), lambda r: r.label),
            Column(self.tr("类型"), lambda r: key_kind_name(r.kind)),
            Column(self.tr("单元/位置"), lambda r: r.place),
            Column(self.tr("柜-挂钩"), lambda r: f"{r.cabinet}-{r.hook}"),
            Column(self.tr("把数"), lambda r: r.copies, align_right=True),
            Column(self.tr("钥匙串"), lambda r: r.ring),
            Column(self.tr("状态"), lambda r: key_state_name(r.state)),
            Column(self.tr("持有人"), lambda r: r.holder),
            Column(self.tr("应还"), lambda r: r.due.strftime("%m-%d %H:%M") if r.due else ""),
        ], self._fetch, self)
        self.table = list_table(self.model, "key_table")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.count = QLabel()
        self.map_preview = None
        self.import_result = QLabel()
        self.import_result.setObjectName("import_result")
        self.import_result.setWordWrap(True)
        self.import_result.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("标签号")))
        top.addWidget(self.errors.field("tag", self.scan), 2)
        top.addWidget(self.search, 3)
        top.addWidget(self.state, 1)
        top.addWidget(self.kind, 1)
        actions = QHBoxLayout()
        for b in (self.lend_button, self.issue_button, self.return_button, self.lost_button):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.open_button, self.new_button, self.out_button, self.map_button, self.import_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.import_result)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = search_as_you_type(self, self.search, self.refresh)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())

    def _fetch(self, page: int):
        return keys.search_keys(by=self.ctx.actor, text=self.search.text(), state=self.state.currentData(),
                                kind=self.kind.currentData(), page=page, page_size=200)

    def show_filter(self, key: str) -> None:
        self.state.setCurrentIndex(max(0, self.state.findData(key)))

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {n} 把").format(n=self.model.total))

    def selected_ids(self) -> list[int]:
        return [self.model.row_at(i.row()).id for i in self.table.selectionModel().selectedRows()]

    # -- going to a key
    def go_to_tag(self) -> KeyDialog | None:
        """A scanned or typed tag opens that key at once: where it is, who has it, its history."""
        key_id = call_service(self, self.errors, lambda: key_register.find_by_tag(self.scan.text(),
                                                                                 by=self.ctx.actor))
        if key_id is None:
            return None
        self.scan.clear()
        return self._open(key_id)

    def _open(self, key_id: int | None) -> KeyDialog:
        dialog = KeyDialog(self.ctx, key_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def open_selected(self) -> KeyDialog | None:
        ids = self.selected_ids()
        return self._open(ids[0]) if ids else None

    def new_key(self) -> KeyDialog:
        return self._open(None)

    def move(self, mode: str) -> KeyMoveDialog | None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("钥匙"), message("key.none_chosen"))
            return None
        dialog = KeyMoveDialog(self.ctx, ids, mode, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    # -- printing
    def _preview(self, render, title: str, file_name: str):
        from ui.dialogs.print_preview import show_pdf  # QtPdf loads at the first print, not at start-up

        return show_pdf(self, render, title, file_name)

    def print_keys_out(self):
        return self._preview(lambda: key_prints.print_keys_out(by=self.ctx.actor), self.tr("钥匙外借清单"),
                             self.tr("钥匙外借清单.pdf"))

    def print_cabinet_map(self) -> None:
        """The map of every cabinet (a page each, about a second for a full tower): drawn off the UI thread."""
        from ui.worker import run_in_background

        actor = self.ctx.actor
        self.map_button.setEnabled(False)
        self.count.setText(self.tr("正在生成钥匙柜示意图…"))

        def done(pdf: object) -> None:
            self.map_button.setEnabled(True)
            self.count.setText(self.tr("共 {n} 把").format(n=self.model.total))
            self.map_preview = self._preview(lambda: pdf, self.tr("钥匙柜示意图"), self.tr("钥匙柜示意图.pdf"))

        def failed(reason: str) -> None:
            self.map_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("钥匙柜示意图"), reason)

        self._map_job = run_in_background(lambda: key_prints.print_cabinet_map(by=actor), done, failed)

    # -- import
    def pick_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择钥匙清单"), "", self.tr("表格 (*.xlsx *.csv)"))
        if path:
            self.import_sheet(Path(path))

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("导入钥匙清单"), text)
        return answer == QMessageBox.StandardButton.Yes

    def import_sheet(self, path: Path) -> ImportReport | None:
        """Check the sheet, show row by row what would be refused, import the good rows when confirmed."""
        try:
            report = call_service(self, None, lambda: key_register.import_keys(path, by=self.ctx.actor,
                                                                                commit=False))
        except SheetError as exc:
            self._show_import(message(exc.code, {"detail": exc.detail}), error=True)
            return None
        if report is None:
            return None
        lines = [self.tr("第 {row} 行（{label}）：{problem}").format(
            row=r.row, label=r.unit, problem=message(r.code, r.params)) for r in report.refused]
        summary = self.tr("可导入 {ok} 把钥匙；{bad} 行有问题，不会导入。").format(
            ok=len(report.accepted), bad=len({r.row for r in report.refused}))
        if not report.accepted:
            self._show_import("\n".join([summary, *lines]), error=True)
            return report
        if not self.confirm("\n".join([summary, *lines[:20], self.tr("现在导入？")])):
            return None
        try:
            done = call_service(self, None, lambda: key_register.import_keys(path, by=self.ctx.actor))
        except (SheetError, ValidationError):
            return None
        if done is not None:
            self._show_import("\n".join([self.tr("已导入 {n} 把钥匙。").format(n=len(done.accepted)), *lines]),
                              error=bool(lines))
            self.refresh()
        return done

    def _show_import(self, text: str, *, error: bool) -> None:
        self.import_result.setStyleSheet(ERROR_STYLE if error else "color: #2e7d32;")
        self.import_result.setText(text)
        self.import_result.show()
