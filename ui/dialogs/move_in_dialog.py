"""One move-in (交楼): started here, then the steps done so far with who and when, and the next step's form.

Each step is one service call with the version the form was opened at: a desk that lost a race is told
who did the step (StaleRecord) and keeps what it typed.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import keys, move_in, move_prints
from services.checklist import checklist
from services.move_in import AcceptanceInput, HandoverInput, InspectionInput, ItemResult, MoveInInput, RegistrationInput
from services.moves import ALL_PAPERS, PAPERS
from ui.context import DeskContext
from ui.dialogs.goods_pass_dialog import preview_pdf
from ui.dialogs.move_bits import APPLICANT_NAMES, PAPER_NAMES, MetersBox, MoveDialog, set_steps, step_name, tr
from ui.forms import call_service, named_line
from ui.icons import icon
from ui.messages import message
from ui.signature_pad import SignaturePad


def tenant_combo(ctx: DeskContext) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("tenant")
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", None)
    for tenant_id, name in keys.tenant_choices(by=ctx.actor):
        combo.addItem(name, tenant_id)
    return combo


def date_edit(name: str, days: int = 0) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate().addDays(days))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class MoveInDialog(MoveDialog):
    """Start a move-in, or carry one on from its current step; print the handover confirmation at the end."""

    def __init__(self, ctx: DeskContext, move_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("交楼（入驻）"), self.tr("打印交楼确认书"), parent)
        self.ctx, self.move_id = ctx, move_id
        self.cancel_service = move_in.cancel_move_in
        self.start_box = self._start_box()
        self.papers_box = self._papers_box()
        self.registration_box = self._registration_box()
        self.inspection_box = self._inspection_box()
        self.acceptance_box = self._acceptance_box()
        self.handover_box = self._handover_box()
        self.lay_out({"start": self.start_box, "papers": self.papers_box, "registration": self.registration_box,
                      "inspection": self.inspection_box, "acceptance": self.acceptance_box,
                      "handover": self.handover_box, "done": self.done_box()})

    # -- the boxes, one per step
    def _start_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("新建交楼"))
        form = QFormLayout(box)
        self.tenant = tenant_combo(self.ctx)
        self.unit = named_line("unit", self.tr("如 12F-1205"))
        self.applicant_kind = QComboBox()
        self.applicant_kind.setObjectName("applicant_kind")
        for kind in PAPERS:
            self.applicant_kind.addItem(tr(APPLICANT_NAMES[kind]), kind)
        self.applicant_name = named_line("applicant_name", self.tr("来办理的人"))
        self.applicant_phone = named_line("applicant_phone", self.tr("手机或座机"))
        self.planned_on = date_edit("planned_on")
        self.errors.add_row(form, self.tr("业户"), "tenant", self.tenant)
        self.errors.add_row(form, self.tr("单元"), "unit", self.unit)
        self.errors.add_row(form, self.tr("办理人类别"), "applicant_kind", self.applicant_kind)
        self.errors.add_row(form, self.tr("办理人"), "applicant_name", self.applicant_name)
        self.errors.add_row(form, self.tr("联系电话"), "applicant_phone", self.applicant_phone)
        self.errors.add_row(form, self.tr("计划交楼日"), "planned_on", self.planned_on)
        return box

    def _papers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("一、核验身份与资料（* 为该类办理人必备）"))
        form = QVBoxLayout(box)
        self.papers: dict[str, QCheckBox] = {}
        for paper in ALL_PAPERS:
            check = QCheckBox(tr(PAPER_NAMES[paper]))
            check.setObjectName(f"paper_{paper}")
            self.papers[paper] = check
            form.addWidget(self.errors.field(f"papers.{paper}", check))
        return box

    def _registration_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("二、住户登记与签约"))
        form = QFormLayout(box)
        self.registration_form = QCheckBox(self.tr("《住户登记表》已填写"))
        self.registration_form.setObjectName("registration_form")
        self.agreements = QCheckBox(self.tr("管理公约等协议已签署"))
        self.agreements.setObjectName("agreements_signed")
        self.registration_note = named_line("note", self.tr("备注（可空）"))
        self.errors.add_row(form, "", "registration_form", self.registration_form)
        self.errors.add_row(form, "", "agreements_signed", self.agreements)
        self.errors.add_row(form, self.tr("备注"), "note", self.registration_note)
        self.registration_print = QPushButton(icon("print"), self.tr("打印《住户登记表》"))
        self.registration_print.setObjectName("print_registration")
        self.registration_print.clicked.connect(self.print_registration)
        form.addRow("", self.registration_print)
        return box

    def _inspection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("三、联合验收（《房屋质量验收登记表》）：不合格项请写明问题"))
        column = QVBoxLayout(box)
        self.check_items = [i for area in call_service(self, None, lambda: checklist(by=self.ctx.actor)) or []
                            for i in area.items]
        self.results = QTableWidget(len(self.check_items), 4)
        self.results.setObjectName("results")
        self.results.setHorizontalHeaderLabels([self.tr("部位"), self.tr("项目"), self.tr("合格"), self.tr("问题说明")])
        self.results.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().hide()
        for row, item in enumerate(self.check_items):
            self.results.setItem(row, 0, _fixed(item.area))
            self.results.setItem(row, 1, _fixed(item.name))
            ok = _fixed("")
            ok.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ok.setCheckState(Qt.CheckState.Checked)
            self.results.setItem(row, 2, ok)
            self.results.setItem(row, 3, QTableWidgetItem(""))
        self.results.resizeColumnsToContents()
        self.results.setMinimumHeight(320)
        column.addWidget(self.errors.field("results", self.results))
        self.meters = MetersBox(self.errors)
        column.addWidget(self.meters)
        return box

    def _acceptance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("四、整改与复验签收"))
        form = QFormLayout(box)
        self.defects = QListWidget()
        self.defects.setObjectName("defects")
        self.defects.setMaximumHeight(140)
        self.fix_button = QPushButton(icon("step"), self.tr("所选整改项已完成"))
        self.fix_button.setObjectName("fix_defect")
        self.fix_button.clicked.connect(self.fix_selected)
        self.reinspected_on = date_edit("reinspected_on")
        self.accepted_by = named_line("accepted_by", self.tr("业户签收人"))
        self.errors.add_row(form, self.tr("整改项"), "defects", self.defects)
        form.addRow("", self.fix_button)
        self.errors.add_row(form, self.tr("复验日期"), "reinspected_on", self.reinspected_on)
        self.errors.add_row(form, self.tr("业户签收人"), "accepted_by", self.accepted_by)
        return box

    def _handover_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("五、交付钥匙、《住户手册》、水电图纸，收取首期管理费"))
        form = QFormLayout(box)
        self.key_list = QListWidget()
        self.key_list.setObjectName("keys")
        self.key_list.setMaximumHeight(120)
        self.receiver = named_line("receiver", self.tr("领取钥匙的人"))
        self.phone = named_line("phone", self.tr("手机"))
        self.pad = SignaturePad()
        clear = QPushButton(icon("void"), self.tr("清除重签"))
        clear.clicked.connect(self.pad.clear)
        self.handbook = QCheckBox(self.tr("《住户手册》已交付"))
        self.handbook.setObjectName("handbook_given")
        self.drawings = QCheckBox(self.tr("水电图纸已交付"))
        self.drawings.setObjectName("drawings_given")
        self.first_fee = named_line("first_fee", self.tr("元，如 3,600.00"))
        self.errors.add_row(form, self.tr("交付钥匙"), "keys", self.key_list)
        self.errors.add_row(form, self.tr("领取人"), "receiver", self.receiver)
        self.errors.add_row(form, self.tr("电话"), "phone", self.phone)
        self.errors.add_row(form, self.tr("领取人签字"), "signature", self.pad)
        form.addRow("", clear)
        self.errors.add_row(form, "", "handbook_given", self.handbook)
        self.errors.add_row(form, "", "drawings_given", self.drawings)
        self.errors.add_row(form, self.tr("首期管理费"), "first_fee", self.first_fee)
        return box

    # -- showing the record
    def reload(self) -> None:
        if self.move_id is not None:
            self.detail = call_service(self, None, lambda: move_in.get_move_in(self.move_id, by=self.ctx.actor))
        d = self.detail
        step = d.step if d else "start"
        self.show_step(step)
        self.print_button.setEnabled(d is not None and d.step not in ("papers", "registration"))
        self.do_button.setEnabled(d is None or d.state == "open")
        if d is None:
            self.header.setText(self.tr("新建交楼记录"))
            self.do_button.setText(self.tr("开始办理"))
            return
        self.header.setText(self.tr("{tenant} · {unit} · 当前：{step}").format(
            tenant=d.tenant, unit=d.unit, step=step_name(d.step) if d.state != "cancelled" else self.tr("已取消")))
        self.blocker.setText(message(d.blocker, d.blocker_params) if d.blocker else "")
        self.do_button.setText(self.tr("办理：{step}").format(step=step_name(d.step)) if d.state == "open"
                               else self.tr("已办结"))
        set_steps(self.steps, d.steps)
        if d.state == "done":
            self.outcome.setText(self.tr(
                "交楼完成：{when}\n钥匙领用单：{slip}\n首期管理费：{fee} 元（待收费处入账）\n已归档资料：{papers}").format(  # noqa: E501 - one literal for lupdate
                when=f"{d.completed_at:%Y-%m-%d %H:%M}", slip=d.key_slip_no or "—",
                fee=f"{d.first_fee:,.2f}" if d.first_fee is not None else "—",
                papers="、".join(tr(PAPER_NAMES[p]) for p in d.papers)))
        required = set(PAPERS[d.applicant_kind])
        for paper, check in self.papers.items():
            check.setText(tr(PAPER_NAMES[paper]) + (" *" if paper in required else ""))
        self.defects.clear()
        for defect in d.defects:
            done = self.tr("已整改") if defect.fixed_at else self.tr("待整改（工单 {no}）").format(
                no=defect.work_order_no or self.tr("待派"))
            item = QListWidgetItem(f"{defect.area} · {defect.item}：{defect.note}　[{done}]")
            item.setData(Qt.ItemDataRole.UserRole, defect.id)
            self.defects.addItem(item)
        if d.step == "handover" and self.key_list.count() == 0:
            for k in call_service(self, None, lambda: keys.unit_keys_in(d.unit, by=self.ctx.actor)) or []:
                item = QListWidgetItem(f"{k.tag}　{k.label}　{k.ring}")
                item.setData(Qt.ItemDataRole.UserRole, k.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if k.ring else Qt.CheckState.Unchecked)
                self.key_list.addItem(item)

    # -- doing the step
    def do_step(self) -> bool:
        d = self.detail
        if d is None:
            data = MoveInInput(self.tenant.currentData(), self.unit.text(), self.applicant_kind.currentData(),
                               self.applicant_name.text(), self.applicant_phone.text(),
                               self.planned_on.date().toPython())
            move_id = call_service(self, self.errors, lambda: move_in.start_move_in(data, by=self.ctx.actor))
            if move_id is None:
                return False
            self.move_id = move_id
            self.reload()
            return True
        return self.run_step(getattr(self, f"_do_{d.step}"))

    def _do_papers(self, version: int) -> int:
        papers = [p for p, check in self.papers.items() if check.isChecked()]
        return move_in.verify_papers(self.move_id, papers, version=version, by=self.ctx.actor)

    def _do_registration(self, version: int) -> int:
        data = RegistrationInput(self.registration_form.isChecked(), self.agreements.isChecked(),
                                 self.registration_note.text())
        return move_in.record_registration(self.move_id, data, version=version, by=self.ctx.actor)

    def _do_inspection(self, version: int) -> int:
        results = [ItemResult(item.id, self.results.item(row, 2).checkState() == Qt.CheckState.Checked,
                              self.results.item(row, 3).text() if self.results.item(row, 3) else "")
                   for row, item in enumerate(self.check_items)]
        return move_in.record_inspection(self.move_id, InspectionInput(results, self.meters.to_input()),
                                         version=version, by=self.ctx.actor)

    def _do_acceptance(self, version: int) -> int:
        data = AcceptanceInput(self.reinspected_on.date().toPython(), self.accepted_by.text())
        return move_in.record_acceptance(self.move_id, data, version=version, by=self.ctx.actor)

    def _do_handover(self, version: int) -> int:
        chosen = [self.key_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.key_list.count())
                  if self.key_list.item(i).checkState() == Qt.CheckState.Checked]
        data = HandoverInput(chosen, self.receiver.text(), self.phone.text(), self.pad.to_png(),
                             self.handbook.isChecked(), self.drawings.isChecked(), self.first_fee.text())
        return move_in.hand_over(self.move_id, data, version=version, by=self.ctx.actor)

    def fix_selected(self) -> None:
        item = self.defects.currentItem()
        if item is None:
            return
        defect_id = item.data(Qt.ItemDataRole.UserRole)
        if call_service(self, self.errors, lambda: move_in.fix_defect(defect_id, by=self.ctx.actor) or True):
            self.reload()

    def print_registration(self):
        """The tenant's 《住户登记表》 to fill in and sign at the counter."""
        from services import tenants

        if self.detail is None:
            return None
        tenant_id = self.detail.tenant_id
        return preview_pdf(self, lambda: tenants.print_registration(tenant_id, by=self.ctx.actor),
                           self.tr("住户登记表"), self.tr("住户登记表.pdf"))

    def open_print_preview(self):
        if self.move_id is None:
            return None
        move_id = self.move_id
        return preview_pdf(self, lambda: move_prints.print_handover(move_id, by=self.ctx.actor),
                           self.tr("交楼确认书"),
                           self.tr("交楼确认书 {no}.pdf").format(no=move_prints.handover_no(move_id)))


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item

