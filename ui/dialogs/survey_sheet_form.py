"""A tenant's paper questionnaire typed in at keyboard speed: a digit fills a score (1–5) or picks an option, Enter
moves on to the next question, Enter after the last goes to Save, Ctrl+S saves. A refused answer is marked at its
question and everything typed stays."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services import surveys
from services.surveys import QuestionView, SheetInput
from ui.context import DeskContext
from ui.enter_jumps import EnterJumps
from ui.forms import FieldErrors, call_service, named_line, push_button, status_button_row
from ui.messages import scale_name

MUTED = "color: #5b6776;"


def hint_of(q: QuestionView) -> str:
    """What the digits mean for a question, shown beside its field."""
    if q.kind == "scale":
        return "  ".join(f"{n} {scale_name(n)}" for n in (5, 4, 3, 2, 1))
    if q.kind == "choice":
        return "  ".join(f"{n} {c}" for n, c in enumerate(q.choices, 1))
    return QCoreApplication.translate("SurveySheetForm", "照抄业户所写")


class SurveySheetForm(QDialog):
    """One tenant's answer sheet of a round; accepted once saved."""

    def __init__(self, ctx: DeskContext, sheet_id: int, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.sheet = surveys.get_sheet(sheet_id, by=ctx.actor)
        self.round = surveys.get_round(self.sheet.round_id, by=ctx.actor)
        self.questions = surveys.round_questions(self.sheet.round_id, by=ctx.actor)
        self.errors = FieldErrors()
        self.saved = False
        self.setWindowTitle(self.tr("录入答卷 · {tenant}").format(tenant=self.sheet.tenant))
        self.resize(980, 760)

        who = QLabel(f"<b>{self.sheet.tenant}</b>　{self.sheet.units}　·　{self.round.name}（{self.round.number}）")
        who.setObjectName("who")
        self.respondent = named_line("respondent", self.tr("问卷上的填表人"))
        self.phone = named_line("phone", self.tr("联系电话（可不填）"))
        self.answered_on = QDateEdit(QDate(min(self.today, self.round.closes_on)))
        self.answered_on.setObjectName("answered_on")
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setDisplayFormat("yyyy-MM-dd")
        head = QFormLayout()
        line = QHBoxLayout()
        line.addWidget(self.errors.field("respondent", self.respondent), 2)
        line.addWidget(QLabel(self.tr("电话")))
        line.addWidget(self.errors.field("phone", self.phone), 2)
        line.addWidget(QLabel(self.tr("填表日期")))
        line.addWidget(self.errors.field("answered_on", self.answered_on), 1)
        head.addRow(self.tr("填表人"), line)

        sheet = QWidget()
        grid = QGridLayout(sheet)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        heads = (self.tr("序"), self.tr("分类"), self.tr("题目"), self.tr("答案"), self.tr("填法"))
        for col, title in enumerate(heads):
            label = QLabel(title)
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, 0, col)
        self.fields: dict[int, QLineEdit] = {}
        for r, q in enumerate(self.questions, 1):
            edit = QLineEdit()
            edit.setObjectName(f"answer_{q.seq}")
            if q.kind == "text":
                edit.setMinimumWidth(320)
            else:
                top = 5 if q.kind == "scale" else len(q.choices)
                edit.setValidator(QRegularExpressionValidator(QRegularExpression(f"[1-{top}]")))
                edit.setMaximumWidth(60)
            self.fields[q.id] = edit
            grid.addWidget(QLabel(str(q.seq)), r, 0)
            grid.addWidget(QLabel(q.section), r, 1)
            text = QLabel(q.text)
            text.setWordWrap(True)
            grid.addWidget(text, r, 2)
            grid.addWidget(self.errors.field(f"answers.{q.id}", edit), r, 3)
            hint = QLabel(hint_of(q))
            hint.setStyleSheet(MUTED)
            grid.addWidget(hint, r, 4)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(4, 2)
        self.errors.alias("answers", "answered_on")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        self.scroll = scroll

        self.status = QLabel(self.tr(
            "评分键入 1–5（5 非常满意），单选键入选项序号，回车到下一题；空着表示业户未填；Ctrl+S 保存"))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = push_button(self.tr("保存答卷 (Ctrl+S)"), "save", "save", self.save)
        self.correcting = False
        self.reason = named_line("reason", self.tr("更正原因（必填，记入操作记录）"))
        self.reason_box = self.errors.field("reason", self.reason)
        self.reason_box.hide()
        self.correct_button = push_button(self.tr("更正答卷"), "edit", "correct", self.start_correcting)
        self.correct_button.hide()
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.reason_box)
        layout.addLayout(status_button_row(self.status, self.correct_button, self.save_button))
        order = [self.respondent, self.phone, self.answered_on, *self.fields.values()]
        self.jumps = EnterJumps(order, self.save_button.setFocus, self)
        for field in self.fields.values():
            field.textEdited.connect(lambda _t, f=field: self.scroll.ensureWidgetVisible(f))
        for first, second in zip(order, [*order[1:], self.save_button], strict=True):
            QWidget.setTabOrder(first, second)
        if self.sheet.answered_on is not None:
            self.show_entered()
        else:
            self.respondent.setFocus()

    def field(self, seq: int) -> QLineEdit:
        return self.fields[self.questions[seq - 1].id]

    def show_entered(self) -> None:
        """An answered sheet opens read-only with what was typed (a second entry is refused anyway)."""
        for qid, value in surveys.sheet_answers(self.sheet.id, by=self.ctx.actor).items():
            self.fields[qid].setText(value)
        self.respondent.setText(self.sheet.respondent)
        self.phone.setText(self.sheet.phone)
        self.answered_on.setDate(QDate(self.sheet.answered_on))
        for w in (self.respondent, self.phone, self.answered_on, *self.fields.values()):
            w.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("该答卷已由 {who} 录入").format(who=self.sheet.entered_by))
        self.correct_button.setVisible(self.ctx.can("survey.correct") and self.round.state == "open")

    def start_correcting(self) -> None:
        """A supervisor unlocks the typed answers to put a typing mistake right (with a reason)."""
        self.correcting = True
        for w in (self.respondent, self.phone, self.answered_on, *self.fields.values()):
            w.setEnabled(True)
        self.reason_box.show()
        self.correct_button.hide()
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("保存更正 (Ctrl+S)"))
        self.reason.setFocus()

    def read_input(self) -> SheetInput:
        return SheetInput(self.respondent.text(), self.phone.text(), self.answered_on.date().toPython(),
                          {qid: f.text() for qid, f in self.fields.items()})

    def save(self) -> bool:
        if self.saved or (self.sheet.answered_on is not None and not self.correcting):
            return self.saved
        data = self.read_input()
        if self.correcting:
            reason = self.reason.text()
            done = call_service(self, self.errors, lambda: surveys.correct_answers(
                self.sheet.id, data, reason, by=self.ctx.actor, today=self.today) or True)
        else:
            done = call_service(self, self.errors, lambda: surveys.enter_answers(
                self.sheet.id, data, by=self.ctx.actor, today=self.today) or True)
        if done:
            self.saved = True
            self.accept()
        return bool(done)
