"""A round's results on screen (sections and every question: answers, average, satisfied share, distribution, the
previous round's average), printed with charts or exported to Excel; and the follow-up list of dissatisfied tenants."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from services import survey_prints, survey_results, surveys
from services.survey_results import FollowUpRow
from ui.context import DeskContext
from ui.forms import export_file, push_button
from ui.messages import follow_up_action_name
from ui.page_bits import fill_table, note, text_table
from ui.survey_bars import SectionBars

RED = QColor("#c62828")
GREEN = QColor("#15803d")


def _pct(share) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def _avg(value) -> str:
    return "—" if value is None else f"{value:.2f}"


def round_picker(ctx: DeskContext, name: str, *, any_round: str = "") -> QComboBox:
    """The site's rounds, newest first (with an 'every round' entry first when `any_round` names it)."""
    box = QComboBox()
    box.setObjectName(name)
    fill_rounds(ctx, box, any_round)
    return box


def fill_rounds(ctx: DeskContext, box: QComboBox, any_round: str = "") -> None:
    keep = box.currentData()
    box.blockSignals(True)
    box.clear()
    if any_round:
        box.addItem(any_round, None)
    for r in surveys.list_rounds(by=ctx.actor):
        box.addItem(f"{r.name}（{r.number}）", r.id)
    if keep is not None and box.findData(keep) >= 0:
        box.setCurrentIndex(box.findData(keep))
    box.blockSignals(False)


class SurveyResultsTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results = None
        self.round = round_picker(ctx, "results_round")
        self.round.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.sections = text_table([self.tr("分类"), self.tr("评分数"), self.tr("平均分"), self.tr("满意率"),
                                    self.tr("上次平均分")], "section_results")
        self.bars = SectionBars()
        self.questions = text_table([self.tr("题目"), self.tr("答卷"), self.tr("平均分"), self.tr("满意率"),
                                     "5", "4", "3", "2", "1", self.tr("上次平均分")], "question_results")
        print_button = push_button(self.tr("打印调查结果"), "print", "print_results", self.print_results)
        export = push_button(self.tr("导出答卷 Excel…"), "import", "export_xlsx", self.choose_and_export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("调查")))
        top.addWidget(self.round, 1)
        top.addWidget(print_button)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        upper = QHBoxLayout()
        upper.addWidget(self.sections, 1)
        upper.addWidget(self.bars, 1)
        holder = QWidget()
        holder.setLayout(upper)
        holder.setMaximumHeight(260)
        layout.addWidget(holder)
        layout.addWidget(self.questions, 1)
        layout.addWidget(note(self.tr("满意率：评“满意”“非常满意”的占比；5–1 列为各分数的答卷数。")))

    def refresh(self) -> None:
        fill_rounds(self.ctx, self.round)
        rid = self.round.currentData()
        if rid is None:
            self.summary.setText(self.tr("还没有满意度调查。"))
            fill_table(self.sections, [])
            fill_table(self.questions, [])
            self.bars.set_lines([])
            return
        res = self.results = survey_results.round_results(rid, by=self.ctx.actor)
        text = self.tr("发放 {asked} 户，回收 {answered} 户，回收率 {rate}；总体平均分 {avg}，满意率 {sat}；"
                       "不满意业户 {bad} 户（已跟进 {done} 户）").format(
            asked=res.round.asked, answered=res.round.answered, rate=_pct(res.round.response_rate),
            avg=_avg(res.overall.average), sat=_pct(res.overall.satisfied), bad=res.dissatisfied,
            done=res.followed_up)
        compared = survey_prints.comparison(res)
        self.summary.setText(text + ("\n" + compared if compared else ""))
        fill_table(self.sections, [(f.name, str(f.answers), _avg(f.average), _pct(f.satisfied),
                                    _avg(f.previous_average)) for f in res.sections])
        self.bars.set_lines([(f.name, f.average, f.previous_average) for f in res.sections])
        scale = [q for q in res.questions if q.question.kind == "scale"]
        fill_table(self.questions, [(f"{q.question.seq}. {q.question.section}·{q.question.text}", str(q.answers),
                                     _avg(q.average), _pct(q.satisfied), *(str(q.distribution[s]) for s in
                                                                           (5, 4, 3, 2, 1)),
                                     _avg(q.previous_average)) for q in scale])
        for r, q in enumerate(scale):
            if q.previous_average is not None and q.average is not None and q.average != q.previous_average:
                self.questions.item(r, 9).setForeground(GREEN if q.average > q.previous_average else RED)

    def print_results(self):
        from ui.dialogs.print_preview import show_pdf

        rid = self.round.currentData()
        if rid is None:
            return None
        self.last_preview = show_pdf(self, lambda: survey_prints.print_results(rid, by=self.ctx.actor),
                                     self.tr("满意度调查结果"), self.tr("满意度调查结果.pdf"))
        return self.last_preview

    def choose_and_export(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出答卷"), self.tr("满意度调查答卷.xlsx"),
                                              "Excel (*.xlsx)")
        return self.export_to(Path(name)) if name else None

    def export_to(self, path: Path) -> Path | None:
        rid = self.round.currentData()
        if rid is None:
            return None
        return export_file(self, path, lambda: survey_prints.answers_xlsx(rid, by=self.ctx.actor))


class FollowUpsTab(QWidget):
    """The dissatisfied tenants of one round or of every round; follow one up from here."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[FollowUpRow] = []
        self.round = round_picker(ctx, "follow_round", any_round=self.tr("全部调查"))
        self.round.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pending_only = QCheckBox(self.tr("只看待跟进"))
        self.pending_only.setObjectName("pending_only")
        self.pending_only.setChecked(True)
        self.pending_only.toggled.connect(lambda _on: self.refresh())
        self.table = text_table([self.tr("业户"), self.tr("单元"), self.tr("调查"), self.tr("平均分"),
                                 self.tr("跟进情况"), self.tr("低分项")], "follow_ups")
        self.table.doubleClicked.connect(lambda _i: self.follow_up())
        self.button = push_button(self.tr("跟进…"), "callbacks", "follow_up", self.follow_up)
        self.button.setEnabled(ctx.can("survey.follow_up"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("调查")))
        top.addWidget(self.round, 1)
        top.addWidget(self.pending_only)
        top.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note(self.tr("任一题评分不高于设置的分数，或平均分低于设置的分数，列为不满意业户；"
                                      "跟进可派维修工单或登记投诉，并记下跟进结果。")))

    def refresh(self) -> None:
        fill_rounds(self.ctx, self.round, self.tr("全部调查"))
        self.rows = survey_results.follow_up_list(self.round.currentData(), by=self.ctx.actor,
                                                  pending_only=self.pending_only.isChecked())
        fill_table(self.table, [(r.tenant, r.units, r.round_name, f"{r.average:.2f}", self.state(r),
                                 "；".join(r.low_items)) for r in self.rows])
        for n, r in enumerate(self.rows):
            self.table.item(n, 5).setToolTip("\n".join(r.low_items))
            self.table.item(n, 4).setToolTip(self.state(r))
        if self.table.columnWidth(4) > 320:
            self.table.setColumnWidth(4, 320)

    def state(self, r: FollowUpRow) -> str:
        if r.done_at is None:
            return self.tr("待跟进")
        raised = f"（{r.request_number}）" if r.request_number else ""
        return f"{r.done_by} {r.done_at:%Y-%m-%d} {follow_up_action_name(r.action)}{raised}：{r.outcome}"

    def follow_up(self):
        from ui.dialogs.survey_dialogs import FollowUpDialog

        r = self.table.currentRow()
        if not 0 <= r < len(self.rows) or self.rows[r].done_at is not None:
            return None
        dialog = FollowUpDialog(self.ctx, self.rows[r], self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        self.last_dialog = dialog
        return dialog
