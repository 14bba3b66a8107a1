"""What the move-in and move-out forms share: the meter readings box, the steps walked so far, step names."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QWidget

from services.moves import MeterInput, StepRow
from ui.forms import FieldErrors, named_line

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
