"""交班 and 接班: the outgoing clerk closes the log with a signature; the next shift's clerk acknowledges it with
theirs. And a supervisor's correction of a log already handed over."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from services import duty
from services.duty import HandoverInput, LogView
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, named_line, save_cancel_dialog
from ui.messages import duty_state_name
from ui.signature_pad import SignaturePad


class HandoverDialog(QDialog):
    """Close and hand over (`closing`), or acknowledge the handover: a summary, the pad, and for the incoming
    clerk a line on what they found."""

    def __init__(self, ctx: DeskContext, view: LogView, closing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.view, self.closing = ctx, view, closing
        self.done_version: int | None = None
        self.errors = FieldErrors()
        r = view.row
        self.setWindowTitle(self.tr("交班") if closing else self.tr("确认接班"))
        open_matters = sum(1 for m in view.matters if m.done_at is None)
        summary = QLabel(self.tr("{day} {shift}（{staff}）· 记录 {notes} 条 · 未办结交接事项 {matters} 件 · {state}")
                         .format(day=f"{r.day:%Y-%m-%d}", shift=r.shift, staff=r.staff, notes=len(view.notes),
                                 matters=open_matters, state=duty_state_name(r.state)))
        summary.setWordWrap(True)
        summary.setObjectName("summary")
        hint = QLabel(self.tr("交班后本班统计数字将冻结，日志不能再修改。") if closing else
                      self.tr("交班人：{who}，{when}。请核对交接事项后签字确认。").format(
                          who=r.closed_by_name, when=f"{r.closed_at:%m-%d %H:%M}" if r.closed_at else ""))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7785;")
        missing = view.counts.get("lobby_checks_missing", 0) if closing else 0
        self.reminder = QLabel(self.tr("本班还有 {n} 次大堂检查没有做（前台服务 › 大堂检查）。").format(n=missing))
        self.reminder.setObjectName("reminder")
        self.reminder.setStyleSheet("color: #b45309; font-weight: 600;")
        self.reminder.setVisible(bool(missing))
        self.pad = SignaturePad()
        self.pad.setObjectName("signature")
        clear = QPushButton(self.tr("重签"))
        clear.setObjectName("clear_signature")
        clear.clicked.connect(self.pad.clear)
        self.note = named_line("ack_note", self.tr("如：钥匙柜、对讲机已清点"))
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(summary)
        form.addRow(hint)
        form.addRow(self.reminder)
        self.errors.add_row(form, self.tr("交班人签字") if closing else self.tr("接班人签字"), "signature", self.pad)
        form.addRow("", clear)
        if not closing:
            self.errors.add_row(form, self.tr("接班说明"), "ack_note", self.note)
        self.errors.alias("log", "signature")  # a refusal of the whole log shows by the pad
        self.save_button = save_cancel_dialog(self, body, self.tr("交班") if closing else self.tr("确认接班"),
                                              "finish" if closing else "approve", self.save)
        self.resize(560, 420)

    def save(self) -> int | None:
        data = HandoverInput(self.pad.to_png(), self.note.text())
        act = duty.close_log if self.closing else duty.acknowledge
        version = call_service(self, self.errors, lambda: act(self.view.row.id, self.view.row.version, data,
                                                              by=self.ctx.actor))
        if version is not None:
            self.done_version = version
            self.accept()
        return version


class CorrectionDialog(QDialog):
    """A supervisor's correction of a handed-over log: added as a note of its own, never changing what was written."""

    def __init__(self, ctx: DeskContext, log_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.log_id = ctx, log_id
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("主管更正"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("correction")
        self.text.setPlaceholderText(self.tr("写明更正哪一条记录、正确内容是什么"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("已交班的日志不能改动：原记录保持不变，更正另记一条，并记入操作记录。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7785;")
        layout.addWidget(hint)
        layout.addWidget(self.errors.field("correction", self.text))
        save_cancel_dialog(self, body, self.tr("添加更正"), "edit", self.save)
        self.resize(480, 260)

    def save(self) -> int | None:
        note_id = call_service(self, self.errors, lambda: duty.add_correction(self.log_id, self.text.toPlainText(),
                                                                              by=self.ctx.actor))
        if note_id is not None:
            self.accept()
        return note_id
