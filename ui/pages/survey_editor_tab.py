"""The questionnaire (调查问卷) editor: sections and questions in order, each scored 1–5, a single choice or free text;
saving adds a revision, rounds already opened keep the questions they asked."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.surveys import QUESTION_KINDS
from services import surveys
from services.surveys import QuestionInput, QuestionnaireView
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, push_button
from ui.messages import question_kind_name
from ui.page_bits import note, who_may

SECTION, KIND, TEXT, CHOICES = range(4)


class SurveyEditorTab(QWidget):
    """The newest revision of the questionnaire in an editable table."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.current: QuestionnaireView | None = None
        self.name = QLineEdit()
        self.name.setObjectName("questionnaire_name")
        self.revision = QLabel()
        self.revision.setObjectName("questionnaire_revision")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("questions")
        self.table.setHorizontalHeaderLabels([self.tr("分类"), self.tr("题型"), self.tr("题目"),
                                              self.tr("选项（单选题，用“、”分开）")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(SECTION, 110)
        self.table.setColumnWidth(KIND, 90)
        self.table.setColumnWidth(CHOICES, 220)
        self.note = QLineEdit()
        self.note.setObjectName("questionnaire_note")
        self.note.setPlaceholderText(self.tr("本次修改的内容（必填，记入修订记录）"))
        editable = ctx.can("survey.edit")
        buttons = [push_button(self.tr("加一题"), "add", "add_question", lambda: self.add_row(QuestionInput(
                       self._cell(self.table.currentRow(), SECTION) if self.table.currentRow() >= 0 else ""),
                       self.table.currentRow() + 1 if self.table.currentRow() >= 0 else None)),
                   push_button(self.tr("删除所选题"), "void", "remove_question",
                               lambda: self.table.removeRow(self.table.currentRow())),
                   push_button(self.tr("上移"), "", "move_up", lambda: self.move(-1)),
                   push_button(self.tr("下移"), "", "move_down", lambda: self.move(1))]
        self.save_button = push_button(self.tr("保存为新版本"), "save", "save_questionnaire", self.save)
        for w in (*buttons, self.save_button):
            w.setEnabled(editable)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("问卷名称")))
        top.addWidget(self.errors.field("name", self.name), 1)
        top.addWidget(self.revision)
        rows = QHBoxLayout()
        for b in buttons:
            rows.addWidget(b)
        rows.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors.field("note", self.note), 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.errors.field("questions", self.table), 1)
        layout.addLayout(rows)
        if not editable:
            layout.addWidget(note(self.tr("问卷由{who}修改").format(who=who_may("survey.edit"))))
        layout.addLayout(bottom)
        self.load()

    def load(self) -> None:
        self.current = surveys.questionnaire(by=self.ctx.actor)
        q = self.current
        self.name.setText(q.name)
        self.revision.setText(self.tr("第 {n} 版（{who} {at}），{count} 题").format(
            n=q.revision, who=q.username, at=f"{q.created_at:%Y-%m-%d}", count=len(q.questions)))
        self.table.setRowCount(0)
        for x in q.questions:
            self.add_row(QuestionInput(x.section, x.kind, x.text, "、".join(x.choices)))

    def add_row(self, item: QuestionInput, at: int | None = None) -> None:
        r = self.table.rowCount() if at is None else at
        self.table.insertRow(r)
        for c, text in ((SECTION, item.section), (TEXT, item.text), (CHOICES, item.choices)):
            self.table.setItem(r, c, QTableWidgetItem(text))
        kind = QComboBox()
        for code in QUESTION_KINDS:
            kind.addItem(question_kind_name(code), code)
        kind.setCurrentIndex(max(0, kind.findData(item.kind)))
        self.table.setCellWidget(r, KIND, kind)

    def _cell(self, r: int, c: int) -> str:
        cell = self.table.item(r, c)
        return cell.text() if cell else ""

    def kind_box(self, r: int) -> QComboBox:
        return self.table.cellWidget(r, KIND)

    def move(self, step: int) -> None:
        """Move the selected question up or down (the questionnaire's order is the paper's order)."""
        r = self.table.currentRow()
        to = r + step
        if r < 0 or not 0 <= to < self.table.rowCount():
            return
        rows = self.questions()
        rows[r], rows[to] = rows[to], rows[r]
        self.table.setRowCount(0)
        for item in rows:
            self.add_row(item)
        self.table.setCurrentCell(to, TEXT)

    def questions(self) -> list[QuestionInput]:
        return [QuestionInput(self._cell(r, SECTION), self.kind_box(r).currentData(), self._cell(r, TEXT),
                              self._cell(r, CHOICES)) for r in range(self.table.rowCount())]

    def save(self):
        base = self.current.revision if self.current else None
        items, name, text = self.questions(), self.name.text(), self.note.text()
        saved = call_service(self, self.errors, lambda: surveys.save_questionnaire(
            name, items, text, by=self.ctx.actor, based_on=base))
        if saved is not None:
            self.note.clear()
            self.load()
        return saved
