"""Today's callback queue (回访): every finished repair to call, overdue first; record the answer; print the list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import callbacks
from services.callbacks import CallbackInput, CallbackRow
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, named_line
from ui.icons import icon
from ui.request_names import time_left, when


class CallbacksPage(QWidget):
    """The callbacks due by the chosen day's end, and those made that day."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CallbackRow] = []
        self.errors = FieldErrors()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.upcoming = QCheckBox(self.tr("含以后到期的"))
        self.upcoming.setObjectName("upcoming")
        self.upcoming.toggled.connect(lambda _on: self.refresh())
        self.print_button = QPushButton(icon("print"), self.tr("打印回访清单"))
        self.print_button.setObjectName("print_callbacks")
        self.print_button.clicked.connect(self.open_print_preview)
        self.open_button = QPushButton(icon("edit"), self.tr("打开工单"))
        self.open_button.clicked.connect(self.open_request)
        self.count = QLabel()

        headers = [self.tr("工单号"), self.tr("业户"), self.tr("单元"), self.tr("联系人"), self.tr("电话"),
                   self.tr("维修内容"), self.tr("完工"), self.tr("回访期限"), self.tr("剩余"), self.tr("结果")]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("callback_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_request())

        self.satisfied = QRadioButton(self.tr("满意"))
        self.satisfied.setObjectName("satisfied")
        self.unsatisfied = QRadioButton(self.tr("不满意（转工程部返修）"))
        self.unsatisfied.setObjectName("unsatisfied")
        self.answer = QButtonGroup(self)
        self.answer.addButton(self.satisfied)
        self.answer.addButton(self.unsatisfied)
        answer_row = QWidget()
        row = QHBoxLayout(answer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.satisfied)
        row.addWidget(self.unsatisfied)
        row.addStretch(1)
        self.note = named_line("callback_note", self.tr("业户的意见；不满意时写明哪里不满意"))
        self.record_button = QPushButton(icon("phone"), self.tr("记录回访"))
        self.record_button.setObjectName("record_callback")
        self.record_button.clicked.connect(self.record)
        self.record_button.setEnabled(ctx.can("request.callback"))
        box = QGroupBox(self.tr("回访结果"))
        form = QFormLayout(box)
        self.errors.add_row(form, self.tr("业户评价"), "satisfied", answer_row)
        self.errors.add_row(form, self.tr("意见"), "note", self.note)
        self.errors.alias("state", "satisfied")
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        form.addRow("", record_row)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("回访日期")))
        top.addWidget(self.day)
        top.addWidget(self.upcoming)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(box)

    def chosen_day(self) -> dt.date:
        return self.day.date().toPython()

    def refresh(self) -> None:
        self.rows = callbacks.callback_queue(by=self.ctx.actor, day=self.chosen_day(), include_done=True,
                                             upcoming=self.upcoming.isChecked())
        self.table.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            result = "" if c.done_at is None else (self.tr("满意") if c.satisfied else self.tr("不满意"))
            cells = [c.number + (self.tr("（第 {n} 次）").format(n=c.round) if c.round > 1 else ""), c.tenant, c.unit,
                     c.caller, c.phone, c.text.replace("\n", " ")[:40], when(c.resolved_at), when(c.due_at),
                     "" if c.done_at else time_left(c.due_at, False), result]
            late = c.done_at is None and c.due_at < dt.datetime.now()
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if late:
                    item.setForeground(QColor("#c62828"))  # overdue callbacks in red
                self.table.setItem(r, col, item)
        waiting = sum(1 for c in self.rows if c.done_at is None)
        self.count.setText(self.tr("待回访 {n} 单，今日已回访 {m} 单").format(n=waiting, m=len(self.rows) - waiting))

    def selected(self) -> CallbackRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_request(self, request_id: int) -> bool:
        for r, c in enumerate(self.rows):
            if c.request_id == request_id and c.done_at is None:
                self.table.selectRow(r)
                return True
        return False

    def record(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        answer = True if self.satisfied.isChecked() else (False if self.unsatisfied.isChecked() else None)
        data = CallbackInput(answer, self.note.text())
        done = call_service(self, self.errors, lambda: callbacks.record_callback(
            chosen.id, data, by=self.ctx.actor) or True)
        if done is None:
            return False
        self.note.clear()
        self.answer.setExclusive(False)
        self.satisfied.setChecked(False)
        self.unsatisfied.setChecked(False)
        self.answer.setExclusive(True)
        self.refresh()
        return True

    def open_request(self):
        from ui.dialogs.request_dialog import RequestDialog

        chosen = self.selected()
        if chosen is None:
            return None
        dialog = RequestDialog(self.ctx, chosen.request_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def open_print_preview(self):
        from services.request_prints import print_callback_list
        from ui.dialogs.print_preview import PrintPreview

        day = self.chosen_day()
        pdf = call_service(self, None, lambda: print_callback_list(day, by=self.ctx.actor))
        if pdf is None:
            return None
        file_name = self.tr("回访清单-{day}.pdf").format(day=day.isoformat())
        preview = PrintPreview(pdf, self.tr("回访清单"), file_name, self)
        preview.open()
        return preview
