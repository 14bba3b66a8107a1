"""历史日志: past shifts' logs by date range, by a name on duty and by state; one log read in full, acknowledged,
corrected by a supervisor, printed."""
from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from services import duty
from services.duty import LogFilter, LogView
from services.paging import Page
from ui.context import DeskContext
from ui.dialogs.handover_dialog import CorrectionDialog, HandoverDialog
from ui.messages import duty_category_name, duty_count_name, duty_state_name
from ui.page_bits import action_button, date_edit, filter_combo, list_table, search_as_you_type, search_line
from ui.paged_model import Column, PagedTableModel
from ui.pages.dutylog_page import matter_state, open_dialog, print_log

STATES = ("", "closed", "acknowledged", "open")


class HistoryTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: LogView | None = None
        self.dialog = None
        today = QDate.currentDate()
        self.day_from = date_edit("day_from", today.addDays(-30))
        self.day_to = date_edit("day_to", today)
        self.all_dates = QCheckBox(self.tr("全部日期"))
        self.all_dates.setObjectName("all_dates")
        self.staff = search_line("search_staff", self.tr("值班人员、交班人或接班人"))
        self.staff.setMinimumWidth(220)
        self.state = filter_combo("state_filter", STATES, {"": self.tr("全部"), "closed": self.tr("待接班确认"),
                                                           "acknowledged": self.tr("已接班"),
                                                           "open": self.tr("值班中")})
        for edit in (self.day_from, self.day_to):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.all_dates.toggled.connect(lambda on: (self.day_from.setDisabled(on), self.day_to.setDisabled(on),
                                                   self.refresh()))
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        search_as_you_type(self, self.staff, self.refresh)
        self.model = PagedTableModel([
            Column(self.tr("日期"), lambda r: f"{r.day:%Y-%m-%d}"),
            Column(self.tr("班次"), lambda r: r.shift),
            Column(self.tr("值班人员"), lambda r: r.staff),
            Column(self.tr("状态"), lambda r: duty_state_name(r.state)),
            Column(self.tr("交班"), lambda r: f"{r.closed_by_name} {r.closed_at:%m-%d %H:%M}" if r.closed_at else ""),
            Column(self.tr("接班"), lambda r: f"{r.acknowledged_by_name} {r.acknowledged_at:%m-%d %H:%M}"
                   if r.acknowledged_at else ""),
        ], self._fetch, self)
        self.table = list_table(self.model, "logs")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("log_detail")
        self.ack_button = action_button(ctx.can, "history_ack", self.tr("确认接班"), "approve", self.acknowledge,
                                        "duty.write")
        # A log left open by a shift that forgot to hand over is closed from here.
        self.close_button = action_button(ctx.can, "history_close", self.tr("交班"), "finish", self.close_log,
                                          "duty.write")
        self.correct_button = action_button(ctx.can, "correct", self.tr("主管更正"), "edit", self.correct,
                                            "duty.correct")
        self.print_button = action_button(ctx.can, "history_print", self.tr("打印"), "print", self.print_selected,
                                          "duty.view")
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("日期")), self.day_from, QLabel("–"), self.day_to, self.all_dates,
                       QLabel(self.tr("人员")), self.staff, QLabel(self.tr("状态")), self.state):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("log_count")
        buttons.addWidget(self.count, 1)
        for button in (self.close_button, self.ack_button, self.correct_button, self.print_button):
            buttons.addWidget(button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([560, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._buttons()

    def _filters(self) -> LogFilter:
        dated = not self.all_dates.isChecked()
        return LogFilter(day_from=self.day_from.date().toPython() if dated else None,
                         day_to=self.day_to.date().toPython() if dated else None,
                         staff=self.staff.text(), state=self.state.currentData())

    def _fetch(self, page: int) -> Page:
        return duty.search_logs(self._filters(), by=self.ctx.actor, page=page)

    def show_state(self, state: str) -> None:
        """The dashboard's tile: every log in this state, whatever the dates."""
        self.all_dates.setChecked(True)
        self.state.setCurrentIndex(max(0, self.state.findData(state)))
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {n} 份").format(n=self.model.total))
        if self.model.total:
            self.table.selectRow(0)
        else:
            self.view = None
            self.detail.clear()
            self._buttons()

    def _buttons(self) -> None:
        state = self.view.row.state if self.view else ""
        self.ack_button.setEnabled(state == "closed" and self.ctx.can("duty.write"))
        self.close_button.setEnabled(state == "open" and self.ctx.can("duty.write"))
        self.correct_button.setEnabled(state in ("closed", "acknowledged") and self.ctx.can("duty.correct"))
        self.print_button.setEnabled(self.view is not None)

    def show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.view = duty.get_log(self.model.row_at(rows[0].row()).id, by=self.ctx.actor)
        self.detail.setHtml(self._html(self.view))
        self._buttons()

    def _html(self, v: LogView) -> str:
        r = v.row
        e = html.escape
        parts = [f"<h3>{r.day:%Y-%m-%d} {e(r.shift)} · {duty_state_name(r.state)}</h3>",
                 f"<p>{self.tr('值班人员')}：{e(r.staff)}</p>"]
        if r.closed_at:
            parts.append(f"<p>{self.tr('交班')}：{e(r.closed_by_name)} {r.closed_at:%m-%d %H:%M}"
                         + (f"；{self.tr('接班')}：{e(r.acknowledged_by_name)} {r.acknowledged_at:%m-%d %H:%M}"
                            if r.acknowledged_at else "") + "</p>")
        figures = "、".join(f"{duty_count_name(k)[1]} {n}" for k, n in v.counts.items() if n)
        parts.append(f"<p><b>{self.tr('本班统计')}</b>：{e(figures)}</p>")
        notes = [f"{n.at:%H:%M} [{self.tr('主管更正') if n.correction else duty_category_name(n.category)}] "
                 f"{e(n.text)} — {e(n.by_name)}" for n in v.notes]
        matters = [f"{e(m.text)}（{e(matter_state(m))}）" for m in v.matters]
        for title, items in ((self.tr("值班记录"), notes), (self.tr("交接事项"), matters)):
            listed = "".join(f"<li>{item}</li>" for item in items) or f"<li>{self.tr('（无）')}</li>"
            parts.append(f"<p><b>{title}</b></p><ul>{listed}</ul>")
        if v.ack_note:
            parts.append(f"<p>{self.tr('接班说明')}：{e(v.ack_note)}</p>")
        return "".join(parts)

    def _open(self, dialog):
        return open_dialog(self, dialog)

    def close_log(self) -> HandoverDialog | None:
        return self._open(HandoverDialog(self.ctx, self.view, True, self)) if self.view else None

    def acknowledge(self) -> HandoverDialog | None:
        return self._open(HandoverDialog(self.ctx, self.view, False, self)) if self.view else None

    def correct(self) -> CorrectionDialog | None:
        return self._open(CorrectionDialog(self.ctx, self.view.row.id, self)) if self.view else None

    def print_selected(self):
        return print_log(self, self.ctx, self.view.row.id) if self.view else None
