"""值班日志: this shift's log (counts, notes, matters handed on), closing and acknowledging the handover; past logs.

The page has two tabs: 本班 for the shift the desk is in, 历史日志 for looking back (ui/pages/dutylog_history.py).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import duty
from services.duty import NOTE_CATEGORIES, LogFilter, LogView, NoteInput
from ui.context import DeskContext
from ui.dialogs.handover_dialog import HandoverDialog
from ui.dialogs.print_preview import show_pdf
from ui.forms import FieldErrors, call_service, named_line, push_button
from ui.icons import icon
from ui.messages import duty_category_name, duty_count_name, duty_state_name
from ui.page_bits import action_button, fill_table, note, text_table

TITLE_STYLE = "font-size: 17px; font-weight: 600; color: #1f2d3d;"
WAITING_STYLE = ("background: #fff7ed; border: 1px solid #f59e0b; border-radius: 6px; padding: 8px;"
                 "color: #92400e; font-weight: 600;")


def _hm(value) -> str:
    return value.strftime("%m-%d %H:%M") if value else ""


def print_log(parent: QWidget, ctx: DeskContext, log_id: int):
    return show_pdf(parent, lambda: duty.print_log(log_id, by=ctx.actor),
                    QCoreApplication.translate("DutyLogPage", "值班日志"), f"duty-log-{log_id}.pdf")


def open_dialog(tab, dialog):
    """Open a tab's dialog (kept on the tab for tests); the tab refreshes when it closes."""
    tab.dialog = dialog
    dialog.finished.connect(lambda _r: tab.refresh())
    dialog.open()
    return dialog


def matter_state(m) -> str:
    """未办结, or who marked it done and when."""
    if m.done_at is None:
        return QCoreApplication.translate("DutyLogPage", "未办结")
    return QCoreApplication.translate("DutyLogPage", "{who} {when} 办结").format(who=m.done_by_name,
                                                                             when=_hm(m.done_at))


def _box(title: str, table: QWidget, *rows: list[tuple[QWidget, int]]) -> QGroupBox:
    """A titled box: a list over rows of fields and buttons (each with its stretch; buttons stay at the top)."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(table, 1)
    for row in rows:
        line = QHBoxLayout()
        for widget, stretch in row:
            line.addWidget(widget, stretch, Qt.AlignmentFlag(0) if stretch else Qt.AlignmentFlag.AlignTop)
        layout.addLayout(line)
    return box


class CountsGrid(QWidget):
    """The shift's counts by group: one row per group, each figure with its label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counts")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}

    def show_counts(self, counts: dict[str, int]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.values = {}
        rows: dict[str, int] = {}
        columns: dict[str, int] = {}
        for key, value in counts.items():
            group, label = duty_count_name(key)
            row = rows.setdefault(group, len(rows))
            column = columns.get(group, 0)
            if column == 0:
                head = QLabel(group)
                head.setStyleSheet("font-weight: 600; color: #3c4858;")
                self.grid.addWidget(head, row, 0)
            caption = QLabel(label)
            caption.setStyleSheet("color: #5b6776;")
            figure = QLabel(str(value))
            figure.setObjectName(f"count_{key}")
            figure.setStyleSheet("font-size: 15px; font-weight: 600; color: #1f6feb;")
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(caption, row, 1 + 2 * column)
            self.grid.addWidget(figure, row, 2 + 2 * column)
            self.values[key] = figure
            columns[group] = column + 1
        self.grid.setColumnStretch(9, 1)


class ShiftTab(QWidget):
    """The shift the desk is in: start its log, write notes and matters, see the counts so far, hand over."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: LogView | None = None
        self.waiting_id: int | None = None
        self.dialog = None
        self.errors = FieldErrors()
        self.title = QLabel()
        self.title.setObjectName("shift_title")
        self.title.setStyleSheet(TITLE_STYLE)
        self.waiting = QLabel()
        self.waiting.setObjectName("waiting")
        self.waiting.setStyleSheet(WAITING_STYLE)
        self.waiting.setWordWrap(True)
        self.ack_button = action_button(ctx.can, "acknowledge", self.tr("确认接班"), "approve", self.acknowledge,
                                        "duty.write")
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting, 1)
        waiting_row.addWidget(self.ack_button)
        self.waiting_box = QWidget()
        self.waiting_box.setLayout(waiting_row)
        self.refresh_button = action_button(ctx.can, "refresh_counts", self.tr("刷新统计"), "refresh", self.refresh,
                                            "duty.view")
        self.print_button = action_button(ctx.can, "print_log", self.tr("打印"), "print", self.print_current,
                                          "duty.view")
        self.close_button = action_button(ctx.can, "close_log", self.tr("交班"), "finish", self.close_log,
                                          "duty.write")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.refresh_button, self.print_button, self.close_button):
            top.addWidget(button)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._start_panel())
        self.stack.addWidget(self._log_panel())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.waiting_box)
        layout.addWidget(self.stack, 1)

    def _start_panel(self) -> QWidget:
        panel = QWidget()
        self.new_staff = named_line("new_staff", self.tr("本班值班人员，用顿号分隔，如 王小丽、孙保安"))
        self.new_staff.setText(self.ctx.actor.full_name)
        self.new_staff.setMinimumWidth(360)
        start = action_button(self.ctx.can, "start_log", self.tr("开始本班日志"), "add", self.start, "duty.write")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("值班人员")))
        # Its own error lines: the log's staff field below is "staff" too.
        self.start_errors = FieldErrors()
        row.addWidget(self.start_errors.field("staff", self.new_staff))
        row.addWidget(start)
        row.addStretch(1)
        self.carried_hint = note("")
        self.carried_hint.setObjectName("carried_hint")
        layout = QVBoxLayout(panel)
        layout.addWidget(note(self.tr("本班日志尚未开始。开始后即可记录值班情况，上一班未办结的交接事项会自动带入。")))
        layout.addLayout(row)
        layout.addWidget(self.carried_hint)
        layout.addStretch(1)
        return panel

    def _log_panel(self) -> QWidget:
        self.staff = named_line("staff")
        self.save_staff = push_button(self.tr("保存"), "save", "save_staff", self.change_staff)
        staff_row = QHBoxLayout()
        staff_row.addWidget(QLabel(self.tr("值班人员")))
        staff_row.addWidget(self.errors.field("staff", self.staff), 1)
        staff_row.addWidget(self.save_staff)
        self.counts = CountsGrid()
        self.counted = note("")
        self.counted.setObjectName("counted_until")
        counts_box = QGroupBox(self.tr("本班统计"))
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(self.counts)
        counts_layout.addWidget(self.counted)
        # Notes: the list, then a category and the text to add.
        self.notes = text_table([self.tr("时间"), self.tr("类别"), self.tr("记录人"), self.tr("内容")], "notes")
        self.category = QComboBox()
        self.category.setObjectName("category")
        for key in NOTE_CATEGORIES:
            self.category.addItem(duty_category_name(key), key)
        self.note_text = named_line("text", self.tr("值班情况，如：14:20 B1 车库烟感误报，已复位"))
        self.note_text.returnPressed.connect(self.add_note)
        add_note = push_button(self.tr("添加记录"), "add", "add_note", self.add_note)
        notes_box = _box(self.tr("值班记录"), self.notes,
                         [(self.category, 0), (self.errors.field("text", self.note_text), 1), (add_note, 0)])
        # Matters: those raised here and those carried over, and a line to raise one.
        self.matters = text_table([self.tr("提出"), self.tr("提出人"), self.tr("状态"), self.tr("交接事项")], "matters")
        self.matter = named_line("matter", self.tr("需要下一班跟进的事项"))
        add_matter = push_button(self.tr("添加事项"), "add", "add_matter", self.add_matter)
        self.done_note = named_line("done_note", self.tr("办理情况（可不填）"))
        done = push_button(self.tr("标记办结"), "done", "matter_done", self.mark_done)
        matters_box = _box(self.tr("交接事项"), self.matters,
                           [(self.errors.field("matter", self.matter), 1), (add_matter, 0)],
                           [(self.errors.field("done_note", self.done_note), 1), (done, 0)])
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(staff_row)
        layout.addWidget(counts_box)
        # Notes and matters side by side: each keeps the height to show a shift's worth of lines.
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(notes_box)
        split.addWidget(matters_box)
        split.setSizes([620, 460])
        layout.addWidget(split, 1)
        return panel

    # -- showing
    def refresh(self) -> None:
        slot = call_service(self, None, lambda: duty.current_slot(by=self.ctx.actor))
        waiting = duty.search_logs(LogFilter(state="closed"), by=self.ctx.actor, page_size=1).items
        self.waiting_id = waiting[0].id if waiting else None
        self.waiting_box.setVisible(bool(waiting))
        if waiting:
            w = waiting[0]
            self.waiting.setText(self.tr("{day} {shift} 已由 {who} 于 {when} 交班，等待接班确认。").format(
                day=f"{w.day:%m-%d}", shift=w.shift, who=w.closed_by_name, when=_hm(w.closed_at)))
        if slot is None:
            self.title.setText(self.tr("现在不在任何班次时间内"))
            self.view = None
            self.stack.setCurrentIndex(0)
            self._buttons()
            return
        self.title.setText(self.tr("本班：{day} {label}").format(day=f"{slot.day:%Y-%m-%d}", label=slot.label))
        if slot.log_id is None:
            self.view = None
            carried = duty.open_matters(by=self.ctx.actor)
            self.carried_hint.setText(self.tr("待办交接事项 {n} 件将带入本班。").format(n=len(carried))
                                      if carried else "")
            self.stack.setCurrentIndex(0)
        else:
            self.show_log(slot.log_id)
        self._buttons()

    def show_log(self, log_id: int) -> None:
        self.view = duty.get_log(log_id, by=self.ctx.actor)
        v = self.view
        self.title.setText(self.title.text().split(" · ")[0] + " · " + duty_state_name(v.row.state))
        self.stack.setCurrentIndex(1)
        self.staff.setText(v.row.staff)
        self.counts.show_counts(v.counts)
        self.counted.setText((self.tr("交班时冻结，统计至 {t}") if v.row.state != "open" else
                              self.tr("统计至 {t}（点“刷新统计”更新）")).format(t=f"{v.counted_until:%H:%M}"))
        fill_table(self.notes, [[_hm(n.at), self.tr("主管更正") if n.correction else duty_category_name(n.category),
                                 n.by_name, n.text] for n in v.notes])
        fill_table(self.matters, [[_hm(m.raised_at), m.raised_by_name, matter_state(m),
                                   (self.tr("【上班移交】") if m.carried else "") + m.text] for m in v.matters])
        for table in (self.notes, self.matters):
            table.verticalHeader().hide()
            table.resizeColumnsToContents()

    def _buttons(self) -> None:
        writing = self.view is not None and self.view.row.state == "open"
        self.close_button.setEnabled(writing and self.ctx.can("duty.write"))
        self.print_button.setEnabled(self.view is not None)
        self.ack_button.setEnabled(self.waiting_id is not None and self.ctx.can("duty.write"))
        for widget in (self.staff, self.save_staff, self.note_text, self.category, self.matter):
            widget.setEnabled(writing)

    # -- writing
    def start(self) -> int | None:
        log_id = call_service(self, self.start_errors, lambda: duty.start_log(self.new_staff.text(),
                                                                              by=self.ctx.actor))
        if log_id is not None:
            self.refresh()
        return log_id

    def change_staff(self) -> None:
        if self.view and call_service(self, self.errors, lambda: duty.set_staff(
                self.view.row.id, self.view.row.version, self.staff.text(), by=self.ctx.actor)) is not None:
            self.refresh()

    def add_note(self) -> int | None:
        if self.view is None:
            return None
        data = NoteInput(self.category.currentData(), self.note_text.text())
        note_id = call_service(self, self.errors, lambda: duty.add_note(self.view.row.id, data, by=self.ctx.actor))
        if note_id is not None:
            self.note_text.clear()
            self.show_log(self.view.row.id)
        return note_id

    def add_matter(self) -> int | None:
        if self.view is None:
            return None
        matter_id = call_service(self, self.errors, lambda: duty.add_matter(self.view.row.id, self.matter.text(),
                                                                            by=self.ctx.actor))
        if matter_id is not None:
            self.matter.clear()
            self.show_log(self.view.row.id)
        return matter_id

    def mark_done(self) -> None:
        rows = self.matters.selectionModel().selectedRows() if self.view else []
        if not rows:
            return
        m = self.view.matters[rows[0].row()]
        if call_service(self, self.errors, lambda: duty.mark_done(m.id, m.version, self.done_note.text(),
                                                                  by=self.ctx.actor)) is not None:
            self.done_note.clear()
            self.show_log(self.view.row.id)

    # -- handing over
    def _open(self, dialog):
        return open_dialog(self, dialog)

    def close_log(self) -> HandoverDialog | None:
        if self.view is None:
            return None
        self.view = duty.get_log(self.view.row.id, by=self.ctx.actor)
        return self._open(HandoverDialog(self.ctx, self.view, True, self))

    def acknowledge(self) -> HandoverDialog | None:
        if self.waiting_id is None:
            return None
        return self._open(HandoverDialog(self.ctx, duty.get_log(self.waiting_id, by=self.ctx.actor), False, self))

    def print_current(self):
        return print_log(self, self.ctx, self.view.row.id) if self.view else None


class DutyLogPage(QWidget):
    """本班 and 历史日志 in two tabs; the dashboard's 交接待确认 opens the history on the logs waiting."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.pages.dutylog_history import HistoryTab

        self.ctx = ctx
        self.shift = ShiftTab(ctx)
        self.history = HistoryTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.shift, icon("dutylog"), self.tr("本班"))
        self.tabs.addTab(self.history, icon("history"), self.tr("历史日志"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def show_filter(self, key: str) -> None:
        """'closed': the handovers waiting to be acknowledged; anything else: this shift."""
        if key:
            self.history.show_state(key)
            self.tabs.setCurrentWidget(self.history)
        else:
            self.tabs.setCurrentWidget(self.shift)

