"""The surveys' small forms: opening a round, and following a dissatisfied tenant up."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QWidget

from services import survey_results, surveys
from services.survey_results import FOLLOW_UP_ACTIONS, FollowUpInput, FollowUpRow
from services.surveys import RoundInput
from ui.context import DeskContext
from ui.forms import ActionDialog, named_line
from ui.messages import follow_up_action_name


def _date(name: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class RoundDialog(ActionDialog):
    """新建调查: the name, the days the forms go out and come back; the questionnaire's newest version is copied."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.round_id: int | None = None
        self.setWindowTitle(self.tr("新建满意度调查"))
        half = self.tr("上") if self.today.month <= 6 else self.tr("下")
        self.name = named_line("name")
        self.name.setText(self.tr("{year}年{half}半年业户满意度调查").format(year=self.today.year, half=half))
        self.opened_on = _date("opened_on", self.today)
        self.closes_on = _date("closes_on", self.today + dt.timedelta(days=30))
        self.note = named_line("note", self.tr("如：书面问卷，楼层管家派发回收"))
        q = surveys.questionnaire(by=ctx.actor)
        info = QLabel(self.tr("将使用问卷第 {revision} 版（{n} 题），向全部在租业户发放").format(
            revision=q.revision, n=len(q.questions)))
        info.setWordWrap(True)
        self.errors.add_row(self.form, self.tr("调查名称"), "name", self.name)
        self.errors.add_row(self.form, self.tr("开始日期"), "opened_on", self.opened_on)
        self.errors.add_row(self.form, self.tr("回收截止"), "closes_on", self.closes_on)
        self.errors.add_row(self.form, self.tr("备注"), "note", self.note)
        self.form.addRow(info)
        self.resize(520, 300)
        self.finish(self.tr("开始调查"), "add", self.open_round)

    def open_round(self) -> int:
        data = RoundInput(self.name.text(), self.opened_on.date().toPython(), self.closes_on.date().toPython(),
                          self.note.text())
        self.round_id = surveys.open_round(data, by=self.ctx.actor, today=self.today)
        return self.round_id


class FollowUpDialog(ActionDialog):
    """跟进不满意业户: how (a work order, a complaint, or the call alone), what for, and what was agreed."""

    def __init__(self, ctx: DeskContext, row: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("跟进 · {tenant}").format(tenant=row.tenant))
        who = QLabel(self.tr("{tenant}　{units}　平均分 {avg}").format(tenant=row.tenant, units=row.units,
                                                                  avg=f"{row.average:.2f}"))
        low = QLabel("\n".join(row.low_items))
        low.setWordWrap(True)
        self.action = QComboBox()
        self.action.setObjectName("action")
        for code in FOLLOW_UP_ACTIONS:
            self.action.addItem(follow_up_action_name(code), code)
        self.action.setCurrentIndex(self.action.findData("call"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setPlaceholderText(self.tr("工单/投诉内容：业户不满意的具体问题"))
        self.text.setMaximumHeight(80)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("跟进结果：与业户沟通的情况、约定的处理"))
        self.outcome.setMaximumHeight(80)
        self.form.addRow(self.tr("业户"), who)
        self.form.addRow(self.tr("低分项"), low)
        self.errors.add_row(self.form, self.tr("跟进方式"), "action", self.action)
        self.errors.add_row(self.form, self.tr("工单/投诉内容"), "text", self.text)
        self.errors.add_row(self.form, self.tr("跟进结果"), "outcome", self.outcome)
        self.resize(560, 420)
        self.finish(self.tr("保存跟进"), "save", self.follow_up)

    def follow_up(self) -> int:
        data = FollowUpInput(self.action.currentData(), self.text.toPlainText(), self.outcome.toPlainText())
        return survey_results.follow_up(self.row.sheet_id, data, by=self.ctx.actor)
