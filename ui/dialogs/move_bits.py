"""What the move-in and move-out forms share: the meter readings box, the steps walked so far, step names."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.moves import MeterInput, StepRow
from ui.forms import FieldErrors, named_line, status_button_row
from ui.icons import icon

STEP_NAMES = {
    "papers": QT_TRANSLATE_NOOP("moves", "核验资料"),
    "registration": QT_TRANSLATE_NOOP("moves", "登记与签约"),
    "inspection": QT_TRANSLATE_NOOP("moves", "联合验收"),
    "acceptance": QT_TRANSLATE_NOOP("moves", "整改复验与签收"),
    "handover": QT_TRANSLATE_NOOP("moves", "交付钥匙与资料"),
    "request": QT_TRANSLATE_NOOP("moves", "退租申请"),
    "arrears": QT_TRANSLATE_NOOP("moves", "欠费核查"),
    "keys": QT_TRANSLATE_NOOP("moves", "钥匙交回"),
    "goods": QT_TRANSLATE_NOOP("moves", "物品放行"),
    "settlement": QT_TRANSLATE_NOOP("moves", "押金结算"),
    "done": QT_TRANSLATE_NOOP("moves", "已办结"),
}
PAPER_NAMES = {
    "id_copy": QT_TRANSLATE_NOOP("moves", "身份证"),
    "move_in_notice": QT_TRANSLATE_NOOP("moves", "入住通知单"),
    "lease": QT_TRANSLATE_NOOP("moves", "租赁/购房合同"),
    "authorisation": QT_TRANSLATE_NOOP("moves", "委托书"),
    "agent_id": QT_TRANSLATE_NOOP("moves", "受托人身份证"),
    "business_licence": QT_TRANSLATE_NOOP("moves", "营业执照/单位证明"),
}
APPLICANT_NAMES = {
    "own": QT_TRANSLATE_NOOP("moves", "业户本人/代表"),
    "agent": QT_TRANSLATE_NOOP("moves", "受托人（凭委托书）"),
    "company": QT_TRANSLATE_NOOP("moves", "单位"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("moves", text)


def step_name(step: str) -> str:
    return tr(STEP_NAMES[step]) if step in STEP_NAMES else step


def steps_label(steps: list[StepRow]) -> QLabel:
    label = QLabel()
    label.setObjectName("steps")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    set_steps(label, steps)
    return label


def set_steps(label: QLabel, steps: list[StepRow]) -> None:
    """✓ step — who, when: the record of who did each step."""
    lines = [f"✓ <b>{step_name(s.step)}</b>　{s.by_name}　<span style='color:#6b7785'>{s.at:%Y-%m-%d %H:%M}</span>"
             for s in steps]
    label.setText("<br/>".join(lines) or tr("尚未办理任何步骤"))


class MetersBox(QGroupBox):
    """Water, electricity (and gas where there is one), read together and confirmed by both sides."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(tr("表计读数（双方确认）"), parent)
        self.water = named_line("water", tr("如 123.4"))
        self.electricity = named_line("electricity", tr("如 5678.9"))
        self.gas = named_line("gas", tr("无燃气可空"))
        self.tenant_by = named_line("tenant_by", tr("业户确认人姓名"))
        self.desk_confirmed = QCheckBox(tr("物业方已与业户共同抄读并确认"))
        self.desk_confirmed.setObjectName("desk_confirmed")
        form = QFormLayout(self)
        errors.add_row(form, tr("水表"), "water", self.water)
        errors.add_row(form, tr("电表"), "electricity", self.electricity)
        errors.add_row(form, tr("燃气表"), "gas", self.gas)
        errors.add_row(form, tr("业户确认"), "tenant_by", self.tenant_by)
        errors.add_row(form, tr("物业确认"), "desk_confirmed", self.desk_confirmed)

    def to_input(self) -> MeterInput:
        return MeterInput(self.water.text(), self.electricity.text(), self.gas.text(), self.tenant_by.text(),
                          self.desk_confirmed.isChecked())


class MoveDialog(QDialog):
    """The frame of a move form: who and which unit, what blocks it, the steps done with who and when, the
    box of the current step (one per step, only the current one shown), and Do-this-step and Print."""

    def __init__(self, title: str, print_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = None
        self.errors = FieldErrors()
        self.setWindowTitle(title)
        self.resize(900, 860)
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.blocker = QLabel()
        self.blocker.setObjectName("blocker")
        self.blocker.setStyleSheet("color: #c62828;")
        self.blocker.setWordWrap(True)
        self.steps = steps_label([])
        self.status = QLabel()
        self.status.setObjectName("status")
        self.do_button = QPushButton(icon("step"), tr("办理此步"))
        self.do_button.setObjectName("do_step")
        self.do_button.setDefault(True)
        self.do_button.clicked.connect(self.do_step)
        self.print_button = QPushButton(icon("print"), print_text)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.open_print_preview)
        self.cancel_button = QPushButton(icon("void"), tr("取消此记录"))
        self.cancel_button.setObjectName("cancel_move")
        self.cancel_button.clicked.connect(lambda: self.cancel_move())

    def done_box(self) -> QGroupBox:
        """What a finished record shows instead of a step: its outcome, filled in by the form's reload()."""
        box = QGroupBox(tr("办结情况"))
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-size: 14px;")
        self.key_slip_button = QPushButton(icon("print"), tr("打印钥匙单"))
        self.key_slip_button.setObjectName("print_key_slip")
        self.key_slip_button.clicked.connect(lambda: self.print_key_slip())
        column = QVBoxLayout(box)
        column.addWidget(self.outcome)
        column.addWidget(self.key_slip_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def print_key_slip(self):
        """The key receipt (move-in) or return slip (move-out) of this move, signed at the counter."""
        from services import key_prints
        from ui.dialogs.goods_pass_dialog import preview_pdf

        if self.detail is None or not self.detail.key_slip_no:
            return None
        slip = self.detail.key_slip_no
        return preview_pdf(self, lambda: key_prints.print_slip(slip, by=self.ctx.actor), tr("钥匙单"),
                           tr("钥匙单-{slip}.pdf").format(slip=slip))

    def lay_out(self, boxes: dict[str, QWidget]) -> None:
        """Put the step boxes in a scrolling column under the header and the steps done; then show the record."""
        self.boxes = boxes
        body = QWidget()
        column = QVBoxLayout(body)
        for box in boxes.values():
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        history = QGroupBox(tr("已办步骤"))
        QVBoxLayout(history).addWidget(self.steps)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.blocker)
        layout.addWidget(history)
        layout.addWidget(scroll, 1)
        layout.addLayout(status_button_row(self.status, self.cancel_button, self.do_button, self.print_button))
        self.reload()

    def show_step(self, step: str) -> None:
        for name, box in self.boxes.items():
            box.setVisible(name == step)
        self.show_actions()

    def run_step(self, action) -> bool:
        """Do the current step through `action(version)`; on success say so and show the record again."""
        from ui.forms import call_service

        d = self.detail
        done = call_service(self, self.errors, lambda: action(d.version))
        if done is None:
            return False
        self.status.setText(tr("“{step}”已办理").format(step=step_name(d.step)))
        self.reload()
        return True

    def cancel_move(self, reason: str | None = None) -> bool:
        """A supervisor cancels the record, with a reason (asked for here)."""
        from PySide6.QtWidgets import QInputDialog

        from ui.forms import call_service

        if self.detail is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, tr("取消此记录"), tr("取消原因"))
            if not ok:
                return False
        move_id = self.detail.id
        done = call_service(self, self.errors, lambda: self.cancel_service(move_id, reason, by=self.ctx.actor) or True)
        self.reload()
        return bool(done)

    def show_actions(self) -> None:
        d = self.detail
        if hasattr(self, "key_slip_button"):
            self.key_slip_button.setEnabled(bool(d is not None and d.key_slip_no))
        self.cancel_button.setVisible(d is not None and d.state == "open")
        self.cancel_button.setEnabled(self.ctx.can("move.cancel"))

    def reload(self) -> None:  # pragma: no cover - each form shows its own record
        raise NotImplementedError

    def do_step(self) -> bool:  # pragma: no cover
        raise NotImplementedError

    def open_print_preview(self):  # pragma: no cover
        raise NotImplementedError
