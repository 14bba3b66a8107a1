"""The papers on a record's file (a tenant's 业户档案, a contractor's contract documents): list, add with a
scan, open the scan, void with a reason."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import tenants
from services.tenants import DOC_TYPES, DocumentInput, DocumentRow
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import doc_type_name


@dataclass(frozen=True)
class DocumentStore:
    """Where a kind of record keeps its documents: the service calls, the types and who may add and void."""

    list: Callable
    add: Callable
    file: Callable
    void: Callable
    input: type
    types: tuple[str, ...]
    type_name: Callable[[str], str]
    add_action: str
    void_action: str


TENANT_DOCUMENTS = DocumentStore(tenants.list_documents, tenants.add_document, tenants.document_file,
                                 tenants.void_document, DocumentInput, DOC_TYPES, doc_type_name, "tenant.document",
                                 "tenant.document.void")


class DocumentsTab(QWidget):
    """Lists the record's documents; adding one goes through the service like every other save."""

    def __init__(self, ctx: DeskContext, tenant_id: int | None, parent: QWidget | None = None, *,
                 store: DocumentStore = TENANT_DOCUMENTS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store
        self.tenant_id = tenant_id  # the record whose documents these are (a tenant's, or a contractor's)
        self.rows: list[DocumentRow] = []
        self.errors = FieldErrors()
        self.file_path: Path | None = None

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("documents")
        self.table.setHorizontalHeaderLabels(
            [self.tr("资料类型"), self.tr("收到日期"), self.tr("说明"), self.tr("扫描件"), self.tr("状态")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)

        self.doc_type = QComboBox()
        for code in store.types:
            self.doc_type.addItem(store.type_name(code), code)
        self.received_on = QDateEdit(QDate.currentDate())
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.file_label = QLabel(self.tr("（无）"))
        choose = QPushButton(icon("attach"), self.tr("选择扫描件…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        file_box = QWidget()
        file_box.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("add"), self.tr("登记资料"))
        self.add_button.clicked.connect(self.add)
        self.add_button.setEnabled(ctx.can(store.add_action))

        add_box = QGroupBox(self.tr("登记收到的资料"))
        form = QFormLayout(add_box)
        self.errors.add_row(form, self.tr("资料类型"), "doc_type", self.doc_type)
        self.errors.add_row(form, self.tr("收到日期"), "received_on", self.received_on)
        self.errors.add_row(form, self.tr("说明"), "note", self.note)
        self.errors.add_row(form, self.tr("扫描件"), "file_data", file_box)
        form.addRow("", self.add_button)

        open_button = QPushButton(icon("open"), self.tr("打开扫描件"))
        open_button.clicked.connect(self.open_selected)
        self.void_button = QPushButton(icon("void"), self.tr("作废"))
        self.void_button.clicked.connect(self.void_selected)
        self.void_button.setEnabled(ctx.can(store.void_action))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(open_button)
        actions.addWidget(self.void_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(add_box)

    def set_tenant(self, tenant_id: int) -> None:
        self.tenant_id = tenant_id
        self.reload()

    def reload(self) -> None:
        if self.tenant_id is None:
            return
        self.rows = self.store.list(self.tenant_id, by=self.ctx.actor)
        self.table.setRowCount(len(self.rows))
        for r, doc in enumerate(self.rows):
            state = self.tr("已作废：{reason}").format(reason=doc.void_reason) if doc.voided else self.tr("有效")
            cells = (self.store.type_name(doc.doc_type), doc.received_on.isoformat(), doc.note,
                     doc.file_name if doc.has_file else "", state)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择扫描件"), "",
                                              self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path | None) -> None:
        self.file_path = path
        self.file_label.setText(path.name if path else self.tr("（无）"))

    def read_input(self):
        data = self.file_path.read_bytes() if self.file_path else None
        return self.store.input(self.doc_type.currentData(), self.received_on.date().toPython(), self.note.text(),
                             self.file_path.name if self.file_path else "", data)

    def add(self) -> bool:
        if self.tenant_id is None:
            return False
        try:
            data = self.read_input()
        except OSError as exc:
            self.file_label.setText(self.tr("无法读取文件：{err}").format(err=exc.strerror))
            return False
        added = call_service(self, self.errors, lambda: self.store.add(self.tenant_id, data, by=self.ctx.actor))
        if added is None:
            return False
        self.note.clear()
        self.set_file(None)
        self.reload()
        return True

    def _selected(self) -> DocumentRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def open_selected(self) -> None:
        doc = self._selected()
        if doc is None or not doc.has_file:
            return
        found = call_service(self, None, lambda: self.store.file(doc.id, by=self.ctx.actor))
        if found is None:
            return
        name, data = found
        target = Path(QFileDialog.getSaveFileName(self, self.tr("保存扫描件"), name)[0] or "")
        if str(target) not in ("", "."):
            target.write_bytes(data)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def void_selected(self, reason: str | None = None) -> bool:
        doc = self._selected()
        if doc is None or doc.voided:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("作废资料"), self.tr("作废原因："))
            if not ok:
                return False
        if call_service(self, None, lambda: self.store.void(doc.id, reason, by=self.ctx.actor)) is None:
            return False
        self.reload()
        return True
