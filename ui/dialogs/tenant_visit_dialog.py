"""The record of a visit to a tenant (走访记录): who was met, the topics, notes, and the issues raised — each
one that needs action is sent on as a repair, a complaint or a suggestion when the record is saved."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import tenant_visits
from services.tenant_visits import IssueInput, VisitInput
from ui.context import DeskContext
from ui.dialogs.notice_dialog import date_edit
from ui.dialogs.print_preview import show_pdf
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon


def print_visit(parent: QWidget, ctx: DeskContext, visit_id: int, number: str):
    title = QCoreApplication.translate("VisitRecordDialog", "业户走访记录表")
    name = QCoreApplication.translate("VisitRecordDialog", "走访记录 {no}.pdf").format(no=number)
    return show_pdf(parent, lambda: tenant_visits.print_visit_record(visit_id, by=ctx.actor), title, name)


class VisitRecordDialog(QDialog):
    """Record the planned visit `plan_id` (or, with none, a visit made to `tenant_id` without a plan)."""

    def __init__(self, ctx: DeskContext, tenant_id: int, tenant_name: str, plan_id: int | None = None,
                 assignee: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tenant_id = tenant_id
        self.plan_id = plan_id
        self.visit_id: int | None = None
        self.setWindowTitle(self.tr("登记走访：{tenant}").format(tenant=tenant_name))
        self.resize(760, 680)
        self.errors = FieldErrors()
        self.visited_on = date_edit("visited_on", QDate.currentDate())
        self.visited_by = named_line("visited_by")
        self.visited_by.setText(assignee or ctx.actor.full_name)
        self.met = named_line("met", self.tr("姓名及职务，如 李娜（行政经理）"))
        self.topics = named_line("topics", self.tr("如 季度走访、空调使用情况"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.issues = QTableWidget(0, 2)
        self.issues.setObjectName("issues")
        self.issues.setHorizontalHeaderLabels([self.tr("业户反映的问题"), self.tr("处理")])
        self.issues.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.issues.setColumnWidth(1, 140)
        add = QPushButton(icon("add"), self.tr("添加问题"))
        add.setObjectName("add_issue")
        add.clicked.connect(lambda: self.add_issue())
        form = QFormLayout()
        form.addRow(self.tr("业户"), QLabel(tenant_name))
        for label, name, widget in ((self.tr("走访日期"), "visited_on", self.visited_on),
                                    (self.tr("走访人"), "visited_by", self.visited_by),
                                    (self.tr("接待人"), "met", self.met), (self.tr("走访主题"), "topics", self.topics),
                                    (self.tr("沟通内容"), "notes", self.notes),
                                    (self.tr("反映的问题"), "issues", self.issues)):
            self.errors.add_row(form, label, name, widget)
        form.addRow("", add)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("保存走访记录"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(icon("print"), self.tr("打印走访记录"))
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_now)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(status_button_row(self.status, self.save_button, self.print_button))
        self.add_issue()

    def add_issue(self, text: str = "", action: str = "none") -> int:
        row = self.issues.rowCount()
        self.issues.insertRow(row)
        self.issues.setItem(row, 0, QTableWidgetItem(text))
        combo = QComboBox()
        combo.setObjectName(f"issue_action_{row}")
        for key, label in (("none", self.tr("记录备查")), ("repair", self.tr("转报修")),
                           ("complaint", self.tr("转投诉")), ("suggestion", self.tr("转建议"))):
            combo.addItem(label, key)
        combo.setCurrentIndex(combo.findData(action))
        self.issues.setCellWidget(row, 1, combo)
        return row

    def to_input(self) -> VisitInput:
        issues = []
        for row in range(self.issues.rowCount()):
            item = self.issues.item(row, 0)
            issues.append(IssueInput(item.text() if item else "", self.issues.cellWidget(row, 1).currentData()))
        return VisitInput(tenant_id=self.tenant_id, visited_on=self.visited_on.date().toPython(),
                          visited_by=self.visited_by.text(), met=self.met.text(), topics=self.topics.text(),
                          notes=self.notes.toPlainText(), issues=issues)

    def save(self) -> int | None:
        data = self.to_input()
        plan_id = self.plan_id
        saved = call_service(self, self.errors, lambda: tenant_visits.record_visit(data, visit_id=plan_id,
                                                                                  by=self.ctx.actor))
        if saved is None:
            return None
        self.visit_id = saved
        visit = tenant_visits.get_visit(saved, by=self.ctx.actor)
        sent = [i.request_number for i in visit.issues if i.request_number]
        self.status.setText(self.tr("已保存走访记录 {no}").format(no=visit.number)
                            + (self.tr("；已转办：{numbers}").format(numbers="、".join(sent)) if sent else ""))
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(True)
        self.number = visit.number
        return saved

    def print_now(self):
        return print_visit(self, self.ctx, self.visit_id, self.number) if self.visit_id else None
