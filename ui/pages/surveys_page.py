"""满意度调查: the questionnaire, the rounds, typing in the tenants' paper answers (scan a form's QR code or type the
tenant's name), the results, and the follow-up of dissatisfied tenants — one page, a tab each."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from services import survey_prints, surveys
from services.errors import NotFound
from ui.context import DeskContext
from ui.dialogs.survey_sheet_form import SurveySheetForm
from ui.forms import call_service, push_button
from ui.icons import icon
from ui.page_bits import fill_table, note, text_table, who_may
from ui.pages.survey_editor_tab import SurveyEditorTab
from ui.pages.survey_results_tab import FollowUpsTab, SurveyResultsTab, fill_rounds, round_picker

TABS = ("questionnaire", "rounds", "answers", "results", "follow_ups")


class SurveysPage(QWidget):
    """The area's tabs; the dashboard's tile opens the follow-up list."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("survey_tabs")
        self.editor = SurveyEditorTab(ctx)
        self.tabs.addTab(self.editor, icon("edit"), self.tr("调查问卷"))
        self.tabs.addTab(self._rounds_tab(), icon("calendar"), self.tr("调查轮次"))
        self.tabs.addTab(self._answers_tab(), icon("finish"), self.tr("录入答卷"))
        self.results = SurveyResultsTab(ctx)
        self.tabs.addTab(self.results, icon("dashboard"), self.tr("调查结果"))
        self.follow_ups = FollowUpsTab(ctx)
        self.tabs.addTab(self.follow_ups, icon("callbacks"), self.tr("不满意跟进"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        self.load_rounds()
        self.load_sheets()
        self.results.refresh()
        self.follow_ups.refresh()

    def show_filter(self, key: str) -> None:
        """A dashboard tile: 'follow_ups' opens the dissatisfied tenants still waiting."""
        self.tabs.setCurrentIndex(TABS.index(key if key in TABS else "follow_ups"))
        if key in ("", "follow_ups"):
            self.follow_ups.pending_only.setChecked(True)

    # ---------------------------------------------------------------- rounds
    def _rounds_tab(self) -> QWidget:
        self.round_table = text_table([self.tr("编号"), self.tr("调查名称"), self.tr("开始"), self.tr("回收截止"),
                                       self.tr("状态"), self.tr("发放"), self.tr("回收"), self.tr("回收率"),
                                       self.tr("问卷版本")], "round_table")
        new = push_button(self.tr("新建调查…"), "add", "new_round", self.new_round)
        close = push_button(self.tr("结束调查"), "finish", "close_round", self.close_round)
        for b in (new, close):
            b.setEnabled(self.ctx.can("survey.round"))
        self.forms_button = push_button(self.tr("打印未回收业户的问卷"), "print", "print_forms", self.print_forms)
        self.rounds_status = QLabel()
        self.rounds_status.setObjectName("rounds_status")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(self.rounds_status, 1)
        for b in (self.forms_button, close, new):
            row.addWidget(b)
        layout.addLayout(row)
        layout.addWidget(self.round_table, 1)
        layout.addWidget(note(self.tr("新建调查时复制当时的问卷，之后修改问卷不影响已开始的调查。调查由{who}新建和结束。")
                              .format(who=who_may("survey.round"))))
        return tab

    def load_rounds(self) -> None:
        self.round_rows = surveys.list_rounds(by=self.ctx.actor)
        state = {"open": self.tr("进行中"), "closed": self.tr("已结束")}
        fill_table(self.round_table, [
            (r.number, r.name, str(r.opened_on), str(r.closes_on), state.get(r.state, r.state), str(r.asked),
             str(r.answered), "—" if r.response_rate is None else f"{r.response_rate * 100:.1f}%",
             str(r.template_revision)) for r in self.round_rows])

    def selected_round(self) -> surveys.RoundRow | None:
        r = self.round_table.currentRow()
        if 0 <= r < len(self.round_rows):
            return self.round_rows[r]
        return self.round_rows[0] if self.round_rows else None

    def new_round(self):
        from ui.dialogs.survey_dialogs import RoundDialog

        dialog = RoundDialog(self.ctx, self, today=self.today)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def close_round(self) -> int | None:
        r = self.selected_round()
        if r is None or r.state != "open":
            return None
        done = call_service(self, None, lambda: surveys.close_round(r.id, r.version, by=self.ctx.actor))
        self.refresh()
        return done

    def print_forms(self):
        """Every tenant still to answer gets a form (a page each, some seconds for a full tower): drawn off the UI
        thread, then previewed."""
        from ui.dialogs.print_preview import show_pdf
        from ui.worker import run_in_background

        r = self.selected_round()
        if r is None:
            return None
        actor = self.ctx.actor
        self.forms_button.setEnabled(False)
        self.rounds_status.setText(self.tr("正在生成 {n} 户的问卷…").format(n=r.asked - r.answered))

        def done(pdf: object) -> None:
            self.forms_button.setEnabled(True)
            self.rounds_status.setText("")
            self.last_preview = show_pdf(self, pdf, self.tr("满意度调查问卷"), f"{r.number}.pdf")

        def failed(reason: str) -> None:
            self.forms_button.setEnabled(True)
            self.rounds_status.setText(self.tr("问卷未能生成：{reason}").format(reason=reason))

        self._forms_job = run_in_background(lambda: survey_prints.print_forms(r.id, by=actor, unanswered_only=True),
                                            done, failed)
        return self._forms_job

    # ---------------------------------------------------------------- answers
    def _answers_tab(self) -> QWidget:
        self.answer_round = round_picker(self.ctx, "answer_round")
        self.answer_round.currentIndexChanged.connect(lambda _i: self.load_sheets())
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("扫描问卷上的二维码，或输入业户名称、单元号后回车"))
        self.scan.textChanged.connect(lambda _t: self.load_sheets())
        self.scan.returnPressed.connect(self.open_scanned)
        self.show_answered = QCheckBox(self.tr("显示已录入的"))
        self.show_answered.setObjectName("show_answered")
        self.show_answered.toggled.connect(lambda _on: self.load_sheets())
        self.sheet_table = text_table([self.tr("业户"), self.tr("单元"), self.tr("状态"), self.tr("填表人"),
                                       self.tr("平均分")], "sheet_table")
        self.sheet_table.doubleClicked.connect(lambda _i: self.open_sheet())
        self.sheet_count = QLabel()
        self.sheet_count.setObjectName("sheet_count")
        enter = push_button(self.tr("录入答卷"), "edit", "enter_sheet", self.open_sheet)
        enter.setEnabled(self.ctx.can("survey.answer"))
        reprint = push_button(self.tr("补打此业户问卷"), "print", "reprint_form", self.reprint)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("调查")))
        top.addWidget(self.answer_round, 1)
        top.addWidget(self.scan, 2)
        top.addWidget(self.show_answered)
        layout.addLayout(top)
        layout.addWidget(self.sheet_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sheet_count, 1)
        bottom.addWidget(reprint)
        bottom.addWidget(enter)
        layout.addLayout(bottom)
        return tab

    def load_sheets(self) -> None:
        fill_rounds(self.ctx, self.answer_round)
        rid = self.answer_round.currentData()
        text = self.scan.text() if "/" not in self.scan.text() else ""
        answered = None if self.show_answered.isChecked() else False
        self.sheet_rows = surveys.round_sheets(rid, by=self.ctx.actor, answered=answered, text=text) if rid else []
        fill_table(self.sheet_table, [
            (s.tenant, s.units, self.tr("已录入 {day}").format(day=s.answered_on) if s.answered_on
             else self.tr("未回收"), s.respondent, "" if s.average is None else f"{s.average:.2f}")
            for s in self.sheet_rows])
        if rid:
            r = surveys.get_round(rid, by=self.ctx.actor)
            self.sheet_count.setText(self.tr("已回收 {answered} / {asked} 户，未回收 {left} 户").format(
                answered=r.answered, asked=r.asked, left=r.asked - r.answered))

    def open_scanned(self) -> SurveySheetForm | None:
        """Enter in the scan field: a form's code opens its sheet; a name or unit opens the one tenant it matches."""
        text = self.scan.text().strip()
        if "/" in text:
            try:
                sheet = surveys.find_sheet(text, by=self.ctx.actor)
            except NotFound:
                self.sheet_count.setText(self.tr("没有找到二维码 {code} 对应的问卷").format(code=text))
                return None
            if self.answer_round.findData(sheet.round_id) >= 0:
                self.answer_round.setCurrentIndex(self.answer_round.findData(sheet.round_id))
            return self.open_sheet(sheet.id)
        if len(self.sheet_rows) == 1:
            return self.open_sheet(self.sheet_rows[0].id)
        return None

    def open_sheet(self, sheet_id: int | None = None) -> SurveySheetForm | None:
        if sheet_id is None:
            r = self.sheet_table.currentRow()
            if not 0 <= r < len(self.sheet_rows):
                return None
            sheet_id = self.sheet_rows[r].id
        form = SurveySheetForm(self.ctx, sheet_id, self, today=self.today)
        form.finished.connect(lambda _r: self.after_sheet())
        form.open()
        self.last_form = form
        return form

    def after_sheet(self) -> None:
        """Back from a sheet: the list again, the scan field ready for the next form."""
        self.scan.clear()
        self.load_sheets()
        self.load_rounds()
        self.scan.setFocus()

    def reprint(self):
        from ui.dialogs.print_preview import show_pdf

        r = self.sheet_table.currentRow()
        if not 0 <= r < len(self.sheet_rows):
            return None
        s = self.sheet_rows[r]
        self.last_preview = show_pdf(self, lambda: survey_prints.print_forms(s.round_id, by=self.ctx.actor,
                                                                             tenant_ids=[s.tenant_id]),
                                     self.tr("满意度调查问卷"), f"{s.tenant}.pdf")
        return self.last_preview
