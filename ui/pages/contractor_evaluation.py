"""The month's evaluation per contractor (月度考评): work it out, the manager signs it off, a correction is a new
version; the score over the last 12 months as a chart."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from services import contractor_evaluations as ev
from services.contractor_evaluations import EvaluationView, MonthRow
from services.contractor_templates import points_text
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import grade_name, service_name
from ui.page_bits import fill_table, text_table
from ui.trend_chart import TrendChart


class EvaluationTab(QWidget):
    """Contractors of the month on the left; the chosen one's evaluation, its versions and trend on the right."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.rows: list[MonthRow] = []
        self.current: EvaluationView | None = None
        self.errors = FieldErrors()
        last = ev.add_months(ev.month_start(self.today), -1)  # the month to evaluate is usually the one just over
        self.month = QDateEdit(QDate(last))
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.table = text_table([self.tr("外包单位"), self.tr("类别"), self.tr("巡查次数"), self.tr("当月得分"),
                                 self.tr("考评"), self.tr("合同评审")], "evaluation_table")
        self.table.itemSelectionChanged.connect(self.show_selected)

        self.figures = QLabel()
        self.figures.setObjectName("figures")
        self.figures.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.revisions = QLabel()
        self.revisions.setObjectName("revisions")
        self.revisions.setWordWrap(True)
        self.revisions.setStyleSheet("color: #5b6776;")
        self.chart = TrendChart()
        self.evaluate_button = QPushButton(icon("refresh"), self.tr("计算考评"))
        self.evaluate_button.setObjectName("evaluate")
        self.evaluate_button.clicked.connect(self.evaluate)
        self.evaluate_button.setEnabled(ctx.can("contractor.evaluate"))
        self.sign_button = QPushButton(icon("approve"), self.tr("经理签认"))
        self.sign_button.setObjectName("sign")
        self.sign_button.clicked.connect(self.sign)
        self.sign_button.setVisible(ctx.can("contractor.sign"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("更正原因（签认后的更正将另存为新版本）"))
        self.correct_button = QPushButton(icon("edit"), self.tr("更正"))
        self.correct_button.setObjectName("correct")
        self.correct_button.clicked.connect(self.correct)
        self.correct_button.setEnabled(ctx.can("contractor.evaluate"))
        self.print_button = QPushButton(icon("print"), self.tr("打印考评表"))
        self.print_button.setObjectName("print_evaluation")
        self.print_button.clicked.connect(self.print_evaluation)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("考评月份")))
        top.addWidget(self.month)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        box = QGroupBox(self.tr("考评结果"))
        form = QFormLayout(box)
        form.addRow(self.figures)
        form.addRow(self.errors.field("state", self.state))
        self.errors.alias("month", "state")
        form.addRow(self.revisions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.evaluate_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        correction = QHBoxLayout()
        correction.addWidget(self.errors.field("reason", self.reason), 1)
        correction.addWidget(self.correct_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(box)
        right_layout.addLayout(buttons)
        right_layout.addLayout(correction)
        right_layout.addWidget(QLabel(self.tr("近 12 个月得分（实心点为已签认）")))
        right_layout.addWidget(self.chart, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.refresh()

    def selected_month(self) -> dt.date:
        return ev.month_start(self.month.date().toPython())

    def refresh(self) -> None:
        keep = self.selected_id()
        self.rows = ev.month_overview(self.selected_month(), by=self.ctx.actor)
        fill_table(self.table, [
            (r.contractor, service_name(r.service), str(r.inspections),
             f"{r.score:.2f}" if r.score is not None else "—",
             self._state_text(r.evaluation), self.tr("待评审") if r.review_flag else "") for r in self.rows])
        ids = [r.contractor_id for r in self.rows]
        self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self.show_selected()

    def _state_text(self, e: EvaluationView | None) -> str:
        if e is None:
            return self.tr("未考评")
        if e.signed:
            return self.tr("已签认（第 {n} 版）").format(n=e.revision)
        return self.tr("草稿（第 {n} 版）").format(n=e.revision)

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row].contractor_id if 0 <= row < len(self.rows) else None

    def select_contractor(self, contractor_id: int) -> None:
        ids = [r.contractor_id for r in self.rows]
        if contractor_id in ids:
            self.table.selectRow(ids.index(contractor_id))
            self.show_selected()

    def show_selected(self) -> None:
        self.errors.clear()
        cid = self.selected_id()
        self.current = ev.latest_evaluation(cid, self.selected_month(), by=self.ctx.actor) if cid else None
        e = self.current
        if e is None:
            self.figures.setText(self.tr("本月尚未考评。") if cid else "")
            self.state.setText("")
            self.revisions.setText("")
        else:
            lines = [
                self.tr("得分 <b>{score}</b>（{n} 次巡查）· {grade}").format(
                    score=f"{e.score:.2f}", n=e.inspections, grade=grade_name(e.grade)),
                self.tr("基本服务费 {base} 元；扣减 {rate}% 计 {deduction} 元").format(
                    base=f"{e.base_fee:,.2f}", rate=points_text(e.deduction_rate), deduction=f"{e.deduction:,.2f}"),
                self.tr("严重不合格 {n} 项，罚款 {penalty} 元").format(n=e.serious, penalty=f"{e.penalty:,.2f}"),
                self.tr("应付服务费 <b>{fee}</b> 元").format(fee=f"{e.fee:,.2f}"),
            ]
            if e.warning:
                lines.append("<span style='color:#c62828'>" + self.tr("发书面警告") + "</span>")
            if e.review:
                lines.append("<span style='color:#c62828'>" + self.tr("连续三个月不合格：合同提请评审") + "</span>")
            self.figures.setText("<br>".join(lines))
            if e.signed:
                self.state.setText(self.tr("已由 {who} 于 {at} 签认，已冻结").format(
                    who=e.signed_by, at=f"{e.signed_at:%Y-%m-%d %H:%M}"))
            else:
                self.state.setText(self.tr("草稿，待经理签认"))
            self.state.setStyleSheet("")
            revs = ev.evaluation_revisions(e.contractor_id, e.month, by=self.ctx.actor)
            self.revisions.setText("\n".join(
                self.tr("第 {n} 版 · {state} · {score} 分 · {fee} 元{reason}").format(
                    n=r.revision, state=self._state_text(r).split("（")[0], score=f"{r.score:.2f}",
                    fee=f"{r.fee:,.2f}", reason=self.tr("（更正：{why}）").format(why=r.reason) if r.reason else "")
                for r in revs) if len(revs) > 1 else "")
        signed = bool(e and e.signed)
        self.sign_button.setEnabled(bool(e) and not signed)
        self.evaluate_button.setEnabled(bool(cid) and not signed and self.ctx.can("contractor.evaluate"))
        self.correct_button.setEnabled(signed and self.ctx.can("contractor.evaluate"))
        self.reason.setEnabled(signed)
        self.print_button.setEnabled(bool(e))
        if cid:
            rule = ev.site_rule(self.ctx.actor.site_id)
            points = ev.trend(cid, self.selected_month(), by=self.ctx.actor)
            self.chart.set_points([(f"{p.month.month}月", p.score, p.signed) for p in points], rule.full_mark,
                                  rule.pass_mark)

    def _done(self, result) -> None:
        if result is not None:
            self.refresh()

    def evaluate(self):
        cid = self.selected_id()
        if cid is None:
            return None
        done = call_service(self, self.errors, lambda: ev.evaluate_month(cid, self.selected_month(), by=self.ctx.actor,
                                                                        today=self.today))
        self._done(done)
        return done

    def sign(self):
        e = self.current
        if e is None:
            return None
        done = call_service(self, self.errors,
                            lambda: ev.sign_off(e.id, e.version, by=self.ctx.actor, today=self.today))
        self._done(done)
        return done

    def correct(self):
        e = self.current
        if e is None:
            return None
        reason = self.reason.text()
        done = call_service(self, self.errors, lambda: ev.correct_evaluation(e.id, reason, by=self.ctx.actor))
        if done is not None:
            self.reason.clear()
        self._done(done)
        return done

    def print_evaluation(self):
        from services.contractor_prints import print_evaluation
        from ui.dialogs.print_preview import show_pdf

        e = self.current
        if e is None:
            return None
        self.last_preview = show_pdf(self, lambda: print_evaluation(e.id, by=self.ctx.actor),
                                     self.tr("外包服务月度考评表"), self.tr("月度考评表.pdf"))
        return self.last_preview
