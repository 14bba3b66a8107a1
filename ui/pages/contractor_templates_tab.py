"""The site's inspection templates (巡查标准): edit a service's items; saving adds a revision, past inspections keep
theirs; print the blank sheet for a round on paper."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.contractors import SERVICES
from services import contractor_templates as templates
from services.contractor_templates import ItemInput, TemplateView, points_text
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import service_name


class TemplatesTab(QWidget):
    """One service's newest revision in an editable table."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.template: TemplateView | None = None
        self.service = QComboBox()
        self.service.setObjectName("template_service")
        for code in SERVICES:
            self.service.addItem(service_name(code), code)
        self.service.currentIndexChanged.connect(lambda _i: self.load())
        self.name = QLineEdit()
        self.name.setObjectName("template_name")
        self.revision = QLabel()
        self.revision.setObjectName("template_revision")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("template_items")
        self.table.setHorizontalHeaderLabels([self.tr("区域"), self.tr("项目"), self.tr("标准"), self.tr("分值"),
                                              self.tr("合格/不合格项")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note = QLineEdit()
        self.note.setObjectName("template_note")
        self.note.setPlaceholderText(self.tr("本次修改的内容（必填，记入修订记录）"))
        editable = ctx.can("contractor.template")
        add = QPushButton(icon("add"), self.tr("加一项"))
        add.clicked.connect(lambda: self.add_row(ItemInput()))
        remove = QPushButton(icon("void"), self.tr("删除所选项"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.save_button = QPushButton(icon("save"), self.tr("保存为新版本"))
        self.save_button.setObjectName("save_template")
        self.save_button.clicked.connect(self.save)
        for w in (add, remove, self.save_button):
            w.setEnabled(editable)
        blank = QPushButton(icon("print"), self.tr("打印空白巡查表"))
        blank.setObjectName("print_blank")
        blank.clicked.connect(self.print_blank)
        self.total = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("服务类别")))
        top.addWidget(self.service)
        top.addWidget(QLabel(self.tr("表名")))
        top.addWidget(self.errors.field("name", self.name), 1)
        top.addWidget(self.revision)
        top.addWidget(blank)
        rows = QHBoxLayout()
        rows.addWidget(add)
        rows.addWidget(remove)
        rows.addWidget(self.total, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors.field("note", self.note), 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.errors.field("items", self.table), 1)
        layout.addLayout(rows)
        layout.addLayout(bottom)
        self.load()

    def load(self) -> None:
        self.template = templates.current_template(self.service.currentData(), by=self.ctx.actor)
        t = self.template
        self.name.setText(t.name)
        self.revision.setText(self.tr("第 {n} 版（{who} {at}）").format(n=t.revision, who=t.username,
                                                                       at=f"{t.created_at:%Y-%m-%d}"))
        self.table.setRowCount(0)
        for i in t.items:
            self.add_row(ItemInput(i.area, i.item, i.standard, points_text(i.points), i.pass_fail))
        self.total.setText(self.tr("{n} 项，满分 {total}").format(n=len(t.items), total=points_text(t.total)))

    def add_row(self, item: ItemInput) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((item.area, item.item, item.standard, item.points)):
            self.table.setItem(r, c, QTableWidgetItem(text))
        check = QTableWidgetItem(self.tr("合格/不合格"))
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if item.pass_fail else Qt.CheckState.Unchecked)
        self.table.setItem(r, 4, check)

    def items(self) -> list[ItemInput]:
        def text(r: int, c: int) -> str:
            cell = self.table.item(r, c)
            return cell.text() if cell else ""

        return [ItemInput(text(r, 0), text(r, 1), text(r, 2), text(r, 3),
                          self.table.item(r, 4).checkState() == Qt.CheckState.Checked)
                for r in range(self.table.rowCount())]

    def save(self):
        base = self.template.revision if self.template else None
        items, name, note = self.items(), self.name.text(), self.note.text()
        saved = call_service(self, self.errors, lambda: templates.save_template(
            self.service.currentData(), name, items, note, by=self.ctx.actor, based_on=base))
        if saved is not None:
            self.note.clear()
            self.load()
        return saved

    def print_blank(self):
        from services.contractor_prints import print_blank_sheet
        from ui.dialogs.print_preview import show_pdf

        service = self.service.currentData()
        self.last_preview = show_pdf(self, lambda: print_blank_sheet(service, by=self.ctx.actor),
                                     self.tr("空白巡查表"), self.tr("空白巡查表.pdf"))
        return self.last_preview
