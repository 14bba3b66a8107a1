"""One counter movement of keys: lend, issue to a tenant, return, or report lost; signed on the pad, then printed."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import key_prints, keys, settings
from services.keys import CONDITIONS, NEEDS_SUPERVISOR, IssueInput, LoanInput, LostInput, ReturnInput
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon
from ui.messages import key_condition_name, key_kind_name, key_state_name
from ui.page_bits import note, who_may
from ui.signature_pad import signature_box

LEND, ISSUE, RETURN, LOST = "lend", "issue", "return", "lost"


class KeyMoveDialog(QDialog):
    """Shows the keys that will move (rings included), takes the details and the signature, saves, prints."""

    def __init__(self, ctx: DeskContext, key_ids: list[int], mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.key_ids, self.mode = ctx, list(key_ids), mode
        self.slip_no: str | None = None
        self.errors = FieldErrors()
        titles = {LEND: self.tr("借出钥匙"), ISSUE: self.tr("钥匙交业户领用"), RETURN: self.tr("归还钥匙"),
                  LOST: self.tr("钥匙遗失登记")}
        self.setWindowTitle(titles[mode])
        self.resize(640, 640)
        rows = call_service(self, None, lambda: keys.keys_going_together(self.key_ids, mode, by=ctx.actor)) or []
        self.rows = rows
        listing = QLabel("<br/>".join(
            f"<b>{r.tag}</b>　{r.label}　<span style='color:#6b7785'>{key_kind_name(r.kind)} · "
            f"{key_state_name(r.state)}{' · ' + r.holder if r.holder else ''}</span>" for r in rows))
        listing.setObjectName("key_listing")
        listing.setTextFormat(Qt.TextFormat.RichText)
        listing.setWordWrap(True)
        keys_box = QGroupBox(self.tr("钥匙（同一钥匙串的钥匙一起办理）"))
        QVBoxLayout(keys_box).addWidget(self.errors.field("keys", listing))

        form_box = QGroupBox(self.tr("登记信息"))
        self.form = QFormLayout(form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.approval_box: QGroupBox | None = None
        getattr(self, f"_build_{mode}")()

        sign_box, self.pad = signature_box(self.errors, self.tr("签字"))
        sign_box.setVisible(mode != LOST)

        self.save_button = QPushButton(icon("save"), {LEND: self.tr("确认借出"), ISSUE: self.tr("确认领用"),
                                                      RETURN: self.tr("确认归还"), LOST: self.tr("登记遗失")}[mode])
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(icon("print"), self.tr("打印单据"))
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.open_print_preview)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        self.status = QLabel()
        buttons = status_button_row(self.status, self.print_button, self.save_button, close)
        layout = QVBoxLayout(self)
        layout.addWidget(keys_box)
        layout.addWidget(form_box)
        if self.approval_box is not None:
            layout.addWidget(self.approval_box)
        layout.addWidget(sign_box)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # -- the form of each movement
    def _line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = named_line(name, placeholder)
        self.errors.add_row(self.form, label, name, edit)
        return edit

    def _build_lend(self) -> None:
        self.borrower = self._line("borrower", self.tr("借用人 *"))
        self.company = self._line("company", self.tr("单位"), self.tr("如 某某中介、某某维保公司"))
        self.phone = self._line("phone", self.tr("联系电话 *"))
        self.purpose = self._line("purpose", self.tr("用途 *"), self.tr("如 带客户看房、设备检修"))
        self.due_at = QDateTimeEdit()
        self.due_at.setObjectName("due_at")
        self.due_at.setCalendarPopup(True)
        self.due_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        hours = int(settings.get(self.ctx.actor.site_id, "keys.default_loan_hours"))
        self.due_at.setDateTime(QDateTime.currentDateTime().addSecs(hours * 3600))
        self.errors.add_row(self.form, self.tr("应还时间 *"), "due_at", self.due_at)
        self.note = self._line("note", self.tr("备注"))
        guarded = [r for r in self.rows if r.kind in NEEDS_SUPERVISOR]
        if guarded and not self.ctx.can("key.approve"):
            self.approval_box = QGroupBox(self.tr("主管审批（总钥匙、机房钥匙）"))
            approval = QFormLayout(self.approval_box)
            approval.addRow(note(self.tr("须由{roles}在此输入自己的账号和密码。").format(roles=who_may("key.approve"))))
            self.approver = named_line("approver")
            self.approver_password = named_line("approver_password")
            self.approver_password.setEchoMode(QLineEdit.EchoMode.Password)
            self.errors.add_row(approval, self.tr("主管账号"), "approver", self.approver)
            self.errors.add_row(approval, self.tr("密码"), "approver_password", self.approver_password)

    def _build_issue(self) -> None:
        self.tenant = QComboBox()
        self.tenant.setObjectName("tenant")
        self.tenant.setEditable(True)
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tenant.addItem("", None)
        for tenant_id, name in call_service(self, None, lambda: keys.tenant_choices(by=self.ctx.actor)) or []:
            self.tenant.addItem(name, tenant_id)
        self.errors.add_row(self.form, self.tr("业户 *"), "tenant", self.tenant)
        self.receiver = self._line("receiver", self.tr("领用人 *"))
        self.phone = self._line("phone", self.tr("联系电话 *"))
        self.note = self._line("note", self.tr("备注"))

    def _build_return(self) -> None:
        self.person = self._line("person", self.tr("归还人 *"))
        held = {r.holder.split(" · ")[0] for r in self.rows if r.holder}
        if len(held) == 1:
            self.person.setText(held.pop())  # usually the one who took them; the clerk corrects it if not
        self.condition = QComboBox()
        self.condition.setObjectName("condition")
        for condition in CONDITIONS:
            self.condition.addItem(key_condition_name(condition), condition)
        self.errors.add_row(self.form, self.tr("钥匙状况"), "condition", self.condition)
        self.note = self._line("note", self.tr("备注"))

    def _build_lost(self) -> None:
        self.reported_by = self._line("reported_by", self.tr("报失人 *"))
        self.charge = self._line("charge", self.tr("赔偿金额（元）"), self.tr("留空按默认 {n} 元").format(
            n=settings.get(self.ctx.actor.site_id, "keys.lost_charge")))
        self.lock_change = QCheckBox(self.tr("需要换锁（提出换锁工单）"))
        self.lock_change.setObjectName("lock_change")
        self.lock_change.setChecked(True)
        self.form.addRow("", self.lock_change)
        self.note = self._line("note", self.tr("经过"))

    # -- saving
    def _lend(self) -> str:
        approver = None
        if self.approval_box is not None:
            approver = keys.supervisor_approval(self.approver.text(), self.approver_password.text(),
                                                by=self.ctx.actor)
        due = self.due_at.dateTime().toPython().replace(second=0, microsecond=0)
        return keys.lend_keys(self.key_ids, LoanInput(
            self.borrower.text(), self.company.text(), self.phone.text(), self.purpose.text(), due,
            self.pad.to_png(), self.note.text()), by=self.ctx.actor, approver=approver)

    def _issue(self) -> str:
        tenant_id = self.tenant.currentData() if self.tenant.currentText() == self.tenant.itemText(
            self.tenant.currentIndex()) else None
        return keys.issue_keys(self.key_ids, IssueInput(tenant_id, self.receiver.text(), self.phone.text(),
                                                        self.pad.to_png(), self.note.text()), by=self.ctx.actor)

    def _return(self) -> str:
        return keys.return_keys(self.key_ids, ReturnInput(self.person.text(), self.condition.currentData(),
                                                          self.pad.to_png(), self.note.text()), by=self.ctx.actor)

    def _lost(self) -> str:
        return keys.report_lost(self.key_ids[0], LostInput(self.reported_by.text(), self.charge.text(),
                                                           self.lock_change.isChecked(), self.note.text()),
                                by=self.ctx.actor)

    def save(self) -> bool:
        if self.slip_no is not None:
            return False
        slip = call_service(self, self.errors, getattr(self, f"_{self.mode}"))
        if slip is None:
            return False
        self.slip_no = slip
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(True)
        self.status.setText(self.tr("已登记，单号 {slip}（{time}）").format(
            slip=slip, time=dt.datetime.now().strftime("%H:%M")))
        return True

    def open_print_preview(self):
        from ui.dialogs.print_preview import PrintPreview

        if self.slip_no is None:
            return None
        slip = self.slip_no
        pdf = call_service(self, None, lambda: key_prints.print_slip(slip, by=self.ctx.actor))
        if pdf is None:
            return None
        preview = PrintPreview(pdf, self.windowTitle(), self.tr("钥匙单-{slip}.pdf").format(slip=slip), self)
        preview.open()
        return preview
