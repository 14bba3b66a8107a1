"""The fit-out form: the application, then its steps — the next actions this user's role may take, the
history of every step, fees and deposit, the permit and the workers' passes."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import fitout, fitout_inspections, fitout_passes
from services.applicant_papers import APPLICANT_PAPERS, papers_required
from services.fitout import FitoutInput
from services.fitout_passes import WorkerInput
from ui.context import DeskContext
from ui.dialogs.fitout_tabs import INSPECTION_STATES, FeesTab, InspectionsTab
from ui.dialogs.move_bits import APPLICANT_NAMES, PAPER_NAMES
from ui.dialogs.move_bits import tr as moves_tr
from ui.dialogs.tenant_dialog import OptionalDate
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon
from ui.messages import fitout_action_name, fitout_state_name, role_name
from ui.page_bits import fill_table, note, text_table


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class FitoutDialog(QDialog):
    """New application (fitout_id None) or an existing fit-out; every change goes through services/fitout."""

    def __init__(self, ctx: DeskContext, fitout_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fitout_id = fitout_id
        self.version = 0
        self.tenant_id: int | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("装修申请"))
        self.resize(980, 720)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._application_tab(), self.tr("申请"))
        self.tabs.addTab(self._flow_tab(), self.tr("审批与历史"))
        self.tabs.addTab(self._workers_tab(), self.tr("施工人员"))
        self.tabs.addTab(self._patrols_tab(), self.tr("巡查与整改"))
        self.inspections_tab = InspectionsTab(ctx, self.load)
        self.tabs.addTab(self.inspections_tab, self.tr("竣工验收"))
        self.fees_tab = FeesTab(ctx)
        self.tabs.addTab(self.fees_tab, self.tr("费用"))
        self.status = QLabel()
        self.save_button = QPushButton(icon("save"), self.tr("保存申请"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(status_button_row(self.status, self.save_button, close))
        if fitout_id is not None:
            self.load()
        else:
            for tab in range(1, self.tabs.count()):
                self.tabs.setTabEnabled(tab, False)

    # ---------------------------------------------------------------- application
    def _application_tab(self) -> QWidget:
        e = self.errors
        self.unit_code = named_line("unit_code", self.tr("如 12F-1201"))
        self.unit_code.editingFinished.connect(self._find_holder)
        self.tenant_label = QLabel(self.tr("（输入单元后自动带出）"))
        self.tenant_label.setObjectName("tenant_name")
        self.applicant_name = named_line("applicant_name")
        self.applicant_phone = named_line("applicant_phone")
        self.applicant_kind = QComboBox()
        self.applicant_kind.setObjectName("applicant_kind")
        for kind in APPLICANT_PAPERS:
            self.applicant_kind.addItem(moves_tr(APPLICANT_NAMES[kind]), kind)
        self.applicant_kind.currentIndexChanged.connect(self._mark_papers)
        self.papers: dict[str, QCheckBox] = {}
        papers_box = QWidget()
        papers_grid = QGridLayout(papers_box)
        papers_grid.setContentsMargins(0, 0, 0, 0)
        for n, paper in enumerate(papers_required("agent") + APPLICANT_PAPERS["company"][1:]):
            check = QCheckBox(moves_tr(PAPER_NAMES[paper]))
            check.setObjectName(f"paper_{paper}")
            self.papers[paper] = check
            papers_grid.addWidget(e.field(f"papers.{paper}", check), n // 2, n % 2)
        self._mark_papers()
        self.contractor_name = named_line("contractor_name")
        self.contractor_licence = named_line("contractor_licence")
        self.site_manager = named_line("site_manager")
        self.contractor_phone = named_line("contractor_phone")
        self.scope = QPlainTextEdit()
        self.scope.setObjectName("scope")
        self.scope.setFixedHeight(60)
        self.area = named_line("area", self.tr("平方米"))
        self.planned_start = _date_edit("planned_start")
        self.planned_end = _date_edit("planned_end")
        self.drawings = QPlainTextEdit()
        self.drawings.setObjectName("drawings")
        self.drawings.setPlaceholderText(self.tr("每行一份已收图纸"))
        self.drawings.setFixedHeight(60)
        self.structural = QCheckBox(self.tr("拆改主体结构 / 明显加大荷载"))
        self.structural.setObjectName("structural")
        self.hot_work = QCheckBox(self.tr("动火作业"))
        self.hot_work.setObjectName("hot_work")
        self.fire_hvac = QCheckBox(self.tr("改动消防或空调系统"))
        self.fire_hvac.setObjectName("fire_hvac")
        self.authority_letter = named_line("authority_letter", self.tr("房地产行政主管部门批准书文号"))
        self.insurer = named_line("insurer", self.tr("保险公司"))
        self.insurance_cover = named_line("insurance_cover", self.tr("保额（元）"))
        self.insurance_expiry = OptionalDate()
        self.insurance_expiry.setObjectName("insurance_expiry")

        left = QFormLayout()
        e.add_row(left, self.tr("装修单元"), "unit_code", self.unit_code)
        e.add_row(left, self.tr("业户"), "tenant_id", self.tenant_label)
        e.add_row(left, self.tr("申请人"), "applicant_name", self.applicant_name)
        e.add_row(left, self.tr("申请人电话"), "applicant_phone", self.applicant_phone)
        e.add_row(left, self.tr("办理人类别"), "applicant_kind", self.applicant_kind)
        left.addRow(self.tr("已验资料"), papers_box)
        e.add_row(left, self.tr("施工内容"), "scope", self.scope)
        e.add_row(left, self.tr("装修面积"), "area", self.area)
        e.add_row(left, self.tr("计划开工"), "planned_start", self.planned_start)
        e.add_row(left, self.tr("计划完工"), "planned_end", self.planned_end)
        e.add_row(left, self.tr("已收图纸"), "drawings", self.drawings)
        right = QFormLayout()
        e.add_row(right, self.tr("施工单位"), "contractor_name", self.contractor_name)
        e.add_row(right, self.tr("资质证书号"), "contractor_licence", self.contractor_licence)
        e.add_row(right, self.tr("现场负责人"), "site_manager", self.site_manager)
        e.add_row(right, self.tr("施工单位电话"), "contractor_phone", self.contractor_phone)
        flags = QVBoxLayout()
        for box in (self.structural, self.hot_work, self.fire_hvac):
            flags.addWidget(box)
        holder = QWidget()
        holder.setLayout(flags)
        right.addRow(self.tr("特殊作业"), holder)
        e.add_row(right, self.tr("批准书"), "authority_letter", self.authority_letter)
        e.add_row(right, self.tr("公众责任险"), "insurer", self.insurer)
        e.add_row(right, self.tr("保额"), "insurance_cover", self.insurance_cover)
        e.add_row(right, self.tr("保险到期"), "insurance_expiry", self.insurance_expiry)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addLayout(grid)
        column.addStretch(1)
        return tab

    def _mark_papers(self) -> None:
        """A star on the papers the applicant kind must show (the move-in rule)."""
        required = set(papers_required(self.applicant_kind.currentData()))
        for paper, check in self.papers.items():
            check.setText(moves_tr(PAPER_NAMES[paper]) + (" *" if paper in required else ""))

    def _find_holder(self) -> None:
        found = call_service(self, None, lambda: fitout.holder_of(self.unit_code.text(), by=self.ctx.actor))
        self.tenant_id, name = found if found else (None, self.tr("该单元目前没有业户"))
        self.tenant_label.setText(name)

    def data(self) -> FitoutInput:
        return FitoutInput(
            self.unit_code.text(), self.tenant_id, self.applicant_name.text(), self.applicant_phone.text(),
            self.contractor_name.text(), self.contractor_licence.text(), self.site_manager.text(),
            self.contractor_phone.text(), self.scope.toPlainText(), self.area.text(),
            self.planned_start.date().toPython(), self.planned_end.date().toPython(), self.drawings.toPlainText(),
            self.structural.isChecked(), self.hot_work.isChecked(), self.fire_hvac.isChecked(),
            self.authority_letter.text(), self.insurer.text(), self.insurance_cover.text(),
            self.insurance_expiry.value(), self.applicant_kind.currentData(),
            [paper for paper, check in self.papers.items() if check.isChecked()])

    def _fill(self, d: FitoutInput) -> None:
        for name in ("unit_code", "applicant_name", "applicant_phone", "contractor_name", "contractor_licence",
                     "site_manager", "contractor_phone", "area", "authority_letter", "insurer", "insurance_cover"):
            getattr(self, name).setText(getattr(d, name))
        self.scope.setPlainText(d.scope)
        self.drawings.setPlainText(d.drawings)
        for name in ("planned_start", "planned_end"):
            value = getattr(d, name)
            getattr(self, name).setDate(QDate(value.year, value.month, value.day))
        for name in ("structural", "hot_work", "fire_hvac"):
            getattr(self, name).setChecked(getattr(d, name))
        self.insurance_expiry.set_value(d.insurance_expiry)
        self.applicant_kind.setCurrentIndex(self.applicant_kind.findData(d.applicant_kind))
        for paper, check in self.papers.items():
            check.setChecked(paper in d.papers)
        self._mark_papers()
        self._find_holder()

    def save(self) -> int | None:
        if self.tenant_id is None:
            self._find_holder()
        data = self.data()
        if self.fitout_id is None:
            new_id = call_service(self, self.errors, lambda: fitout.create_fitout(data, by=self.ctx.actor))
            if new_id is None:
                return None
            self.fitout_id = new_id
        elif call_service(self, self.errors, lambda: fitout.update_fitout(
                self.fitout_id, self.version, data, by=self.ctx.actor)) is None:
            return None
        self.load()
        self.status.setText(self.tr("已保存"))
        return self.fitout_id

    # ---------------------------------------------------------------- steps
    def _flow_tab(self) -> QWidget:
        self.state_label = QLabel()
        self.state_label.setObjectName("state_label")
        self.state_label.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.waits_label = note("")
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setStyleSheet("color: #c62828; font-weight: 600;")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("意见（退回、驳回、撤回、延期、验收不合格须填写）"))
        self.comment.setFixedHeight(54)
        self.permit_end = _date_edit("permit_end")
        self.actions_box = QHBoxLayout()
        actions = QGroupBox(self.tr("下一步（按您的角色）"))
        form = QFormLayout(actions)
        form.addRow(self.tr("意见"), self.errors.field("comment", self.comment))
        form.addRow(self.tr("许可证截止日"), self.errors.field("permit_end", self.permit_end))
        holder = QWidget()
        holder.setLayout(self.actions_box)
        form.addRow(holder)
        self.errors.alias("state", "comment")
        self.errors.alias("fees", "comment")
        self.errors.alias("deposit", "comment")
        for kind in ("completion", "fire", "follow_up"):  # accept / approve_refund wait for the inspections
            self.errors.alias(f"inspection.{kind}", "comment")
        self.money = QLabel()
        self.money.setObjectName("money")
        self.money.setWordWrap(True)
        self.deposit_button = QPushButton(icon("fees"), self.tr("收取装修押金"))
        self.deposit_button.setObjectName("receive_deposit")
        self.deposit_button.clicked.connect(self.receive_deposit)
        self.print_permit_button = QPushButton(icon("print"), self.tr("打印许可证"))
        self.print_permit_button.setObjectName("print_permit")
        self.print_permit_button.clicked.connect(self.print_permit)
        self.deduct_box = QGroupBox(self.tr("从押金扣除（罚款、损坏赔偿）"))
        self.deduct_kind = QComboBox()
        self.deduct_kind.setObjectName("deduct_kind")
        self.deduct_kind.addItem(self.tr("违规罚款"), "fine")
        self.deduct_kind.addItem(self.tr("损坏赔偿"), "damage")
        self.deduct_amount = named_line("deduct_amount", self.tr("金额（元）"))
        self.deduct_reason = named_line("deduct_reason", self.tr("原因"))
        deduct = QPushButton(icon("fees"), self.tr("扣除"))
        deduct.setObjectName("deduct")
        deduct.clicked.connect(self.deduct)
        row = QHBoxLayout(self.deduct_box)
        row.addWidget(self.deduct_kind)
        row.addWidget(self.errors.field("amount", self.deduct_amount), 1)
        row.addWidget(self.errors.field("reason", self.deduct_reason), 3)
        row.addWidget(deduct)
        money_row = QHBoxLayout()
        money_row.addWidget(self.money, 1)
        money_row.addWidget(self.deposit_button)
        money_row.addWidget(self.print_permit_button)
        self.settlement_button = QPushButton(icon("print"), self.tr("押金结算单"))
        self.settlement_button.setObjectName("print_settlement")
        self.settlement_button.clicked.connect(self.print_settlement)
        money_row.addWidget(self.settlement_button)
        self.history = text_table([self.tr("时间"), self.tr("操作"), self.tr("从"), self.tr("到"), self.tr("经办人"),
                                   self.tr("角色"), self.tr("意见")], "history")
        layout = QVBoxLayout()
        layout.addWidget(self.state_label)
        layout.addWidget(self.waits_label)
        layout.addWidget(self.warning)
        layout.addWidget(actions)
        layout.addLayout(money_row)
        layout.addWidget(self.deduct_box)
        layout.addWidget(QLabel(self.tr("历史记录")))
        layout.addWidget(self.history, 1)
        tab = QWidget()
        tab.setLayout(layout)
        return tab

    def load(self) -> None:
        f = fitout.get_fitout(self.fitout_id, by=self.ctx.actor)
        self.version = f.version
        self.setWindowTitle(self.tr("装修申请 {number}").format(number=f.number))
        if not self.unit_code.text():
            self._fill(fitout.input_of(f))
        self.tabs.setTabEnabled(1, True)
        self.tabs.setTabEnabled(2, bool(f.permit_no))
        self.tabs.setTabEnabled(3, bool(f.permit_no))
        inspecting = f.state in INSPECTION_STATES or bool(fitout_inspections.inspections(f.id, by=self.ctx.actor))
        self.tabs.setTabEnabled(4, inspecting)
        if inspecting:
            self.inspections_tab.set_fitout(f.id, f.state)
        self.tabs.setTabEnabled(5, f.debris_fee is not None)
        if f.debris_fee is not None:
            self.fees_tab.set_fitout(f.id)
        self.save_button.setEnabled(f.state in ("draft", "submitted", "desk_review", "revision"))
        self.state_label.setText(self.tr("{number}　当前状态：{state}").format(
            number=f.number, state=fitout_state_name(f.state)))
        action, permission = fitout.waits_for(f)
        self.waits_label.setText(self.tr("等待：{action}（{roles}）").format(
            action=fitout_action_name(action), roles=self._roles(permission)) if action else self.tr("已结束"))
        lapses = (f.permit_end and f.insurance_expiry and f.insurance_expiry < f.permit_end
                  and f.state in ("permit_issued", "in_progress"))
        self.warning.setText(self.tr("公众责任险 {expiry} 到期，早于许可证截止日 {end}：请施工单位续保").format(
            expiry=_day(f.insurance_expiry), end=_day(f.permit_end)) if lapses else "")
        self.warning.setVisible(bool(lapses))
        if f.permit_end:
            self.permit_end.setDate(QDate(f.permit_end.year, f.permit_end.month, f.permit_end.day))
        else:
            self.permit_end.setDate(QDate(f.planned_end.year, f.planned_end.month, f.planned_end.day))
        while self.actions_box.count():
            self.actions_box.takeAt(0).widget().deleteLater()
        self.action_buttons: dict[str, QPushButton] = {}
        for name in fitout.next_actions(f, self.ctx.actor):
            button = QPushButton(fitout_action_name(name))
            button.setObjectName(f"action_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.take(n))
            self.actions_box.addWidget(button)
            self.action_buttons[name] = button
        if not self.action_buttons:
            self.actions_box.addWidget(note(self.tr("您的角色当前没有可执行的操作")))
        lines = []
        if f.debris_fee is not None:
            lines.append(self.tr("装修垃圾清运费 {fee} 元（已记入业户账单）").format(fee=f"{f.debris_fee:,.2f}"))
        if f.deposit is not None:
            lines.append(self.tr("装修押金 {amount} 元：{state}").format(
                amount=f"{f.deposit:,.2f}", state=self.tr("已收") if f.deposit_entry_id else self.tr("未收")))
        if f.permit_no:
            lines.append(self.tr("许可证 {no}，有效期 {start} 至 {end}").format(
                no=f.permit_no, start=_day(f.permit_start), end=_day(f.permit_end)))
        if f.deposit_entry_id:
            lines.append(self.tr("可退押金 {amount} 元").format(amount=f"{fitout.deposit_left(f):,.2f}"))
        if f.refunded is not None:
            lines.append(self.tr("已退押金 {amount} 元").format(amount=f"{f.refunded:,.2f}"))
        self.money.setText("；".join(lines) or self.tr("批准后计收费用"))
        self.deposit_button.setVisible(f.state == "approved" and f.deposit_entry_id is None)
        self.print_permit_button.setVisible(bool(f.permit_no))
        self.settlement_button.setVisible(bool(f.deposit_entry_id))
        self.deduct_box.setVisible(self.ctx.can("fitout.fine") and bool(f.deposit_entry_id)
                                   and f.state not in fitout.FINAL + ("deposit_refunded",))
        fill_table(self.history, [(s.at.strftime("%Y-%m-%d %H:%M"), fitout_action_name(s.action),
                                   fitout_state_name(s.from_state) if s.from_state else "",
                                   fitout_state_name(s.to_state), s.who, role_name(s.role), s.comment)
                                  for s in fitout.history(self.fitout_id, by=self.ctx.actor)])
        self._load_passes()
        self._load_patrols()

    @staticmethod
    def _roles(permission: str) -> str:
        from ui.page_bits import who_may

        return who_may(permission)

    def take(self, action: str) -> int | None:
        """Take one step with the comment typed; a refusal shows next to the comment, the typing stays."""
        end = self.permit_end.date().toPython() if action in ("issue_permit", "extend") else None
        done = call_service(self, self.errors, lambda: fitout.transition(
            self.fitout_id, self.version, action, by=self.ctx.actor, comment=self.comment.toPlainText(),
            permit_end=end))
        if done is None:
            return None
        self.comment.clear()
        self.load()
        self.status.setText(self.tr("已完成：{action}").format(action=fitout_action_name(action)))
        return done

    def receive_deposit(self) -> None:
        if call_service(self, self.errors, lambda: fitout.receive_deposit(self.fitout_id, by=self.ctx.actor)):
            self.load()

    def deduct(self) -> int | None:
        done = call_service(self, self.errors, lambda: fitout.deduct(
            self.fitout_id, self.deduct_kind.currentData(), self.deduct_amount.text(), self.deduct_reason.text(),
            by=self.ctx.actor))
        if done is not None:
            self.deduct_amount.clear()
            self.deduct_reason.clear()
            self.load()
        return done

    def _preview(self, render, title: str, file_name: str):
        """A fit-out printout in the print preview (a refusal shows as a message and opens nothing)."""
        from ui.dialogs.print_preview import show_pdf

        self.last_preview = show_pdf(self, lambda: render(self.fitout_id, by=self.ctx.actor), title, file_name)
        return self.last_preview

    def print_permit(self):
        return self._preview(fitout_passes.print_permit, self.tr("装修施工许可证"), self.tr("装修施工许可证.pdf"))

    # ---------------------------------------------------------------- patrols
    def _patrols_tab(self) -> QWidget:
        from services.fitout_patrols import VIOLATIONS

        self.findings = QPlainTextEdit()
        self.findings.setObjectName("findings")
        self.findings.setFixedHeight(54)
        self.violation = QComboBox()
        self.violation.setObjectName("violation")
        self.violation.addItem(self.tr("无违规"), "")
        names = {"structural": self.tr("擅自拆改主体结构"), "noise": self.tr("办公时间噪音施工"),
                 "fire": self.tr("消防设施缺失或动火无看护"), "debris": self.tr("装修垃圾堆放在公共走道"),
                 "other": self.tr("其他违规")}
        for key in VIOLATIONS:
            self.violation.addItem(names[key], key)
        self.deadline = _date_edit("deadline")
        self.deadline.setDate(QDate.currentDate().addDays(3))
        self.fine = named_line("fine", self.tr("从押金扣除（元，可不填）"))
        self.fine.setEnabled(self.ctx.can("fitout.fine"))
        self.suspend_box = QCheckBox(self.tr("严重违规：责令停工"))
        self.suspend_box.setObjectName("suspend")
        record_button = QPushButton(icon("add"), self.tr("记录巡查"))
        record_button.setObjectName("record_patrol")
        record_button.clicked.connect(self.record_patrol)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("巡查发现"), "findings", self.findings)
        self.errors.add_row(form, self.tr("违规类别"), "violation", self.violation)
        self.errors.add_row(form, self.tr("整改期限"), "deadline", self.deadline)
        self.errors.add_row(form, self.tr("罚款"), "fine", self.fine)
        form.addRow("", self.suspend_box)
        form.addRow("", record_button)
        self.patrol_table = text_table([self.tr("日期"), self.tr("巡查人"), self.tr("发现"), self.tr("整改通知"),
                                        self.tr("期限"), self.tr("罚款"), self.tr("状态")], "patrols")
        self.close_note = named_line("close_note", self.tr("复查情况（须由开单人以外的同事填写）"))
        close = QPushButton(icon("done"), self.tr("复查合格，关闭整改"))
        close.setObjectName("close_notice")
        close.clicked.connect(self.close_selected_notice)
        print_notice = QPushButton(icon("print"), self.tr("打印整改通知单"))
        print_notice.setObjectName("print_notice")
        print_notice.clicked.connect(self.print_selected_notice)
        row = QHBoxLayout()
        row.addWidget(self.errors.field("close_note", self.close_note), 1)
        row.addWidget(close)
        row.addWidget(print_notice)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addWidget(self.patrol_table, 1)
        layout.addLayout(row)
        tab = QWidget()
        tab.setLayout(layout)
        return tab

    def _load_patrols(self) -> None:
        from services.fitout_patrols import patrols

        self.patrol_rows = patrols(self.fitout_id, by=self.ctx.actor)
        fill_table(self.patrol_table, [(
            _day(p.day), p.who, p.findings, p.notice_no, _day(p.deadline), f"{p.fine:,.2f}" if p.fine else "",
            "" if not p.notice_no else (self.tr("{day} 已复查关闭").format(day=_day(p.closed_on)) if p.closed_on
                                        else self.tr("逾期未整改") if p.overdue else self.tr("待整改")))
            for p in self.patrol_rows])

    def record_patrol(self) -> int | None:
        from services.fitout_patrols import PatrolInput, record_patrol

        violation = self.violation.currentData()
        data = PatrolInput(self.findings.toPlainText(), violation,
                           self.deadline.date().toPython() if violation else None, self.fine.text(),
                           self.suspend_box.isChecked())
        done = call_service(self, self.errors, lambda: record_patrol(self.fitout_id, self.version, data,
                                                                      by=self.ctx.actor))
        if done is not None:
            self.findings.clear()
            self.fine.clear()
            self.violation.setCurrentIndex(0)
            self.suspend_box.setChecked(False)
            self.load()
        return done

    def _selected_patrol(self):
        rows = self.patrol_table.selectionModel().selectedRows()
        return self.patrol_rows[rows[0].row()] if rows else None

    def close_selected_notice(self) -> bool:
        from services.fitout_patrols import close_notice

        patrol = self._selected_patrol()
        if patrol is None or not patrol.notice_no:
            return False
        if call_service(self, self.errors, lambda: close_notice(patrol.id, self.close_note.text(),
                                                                 by=self.ctx.actor)) is None:
            return False
        self.close_note.clear()
        self._load_patrols()
        return True

    def print_selected_notice(self):
        from services.fitout_patrols import print_notice
        from ui.dialogs.print_preview import show_pdf

        patrol = self._selected_patrol()
        if patrol is None or not patrol.notice_no:
            return None
        self.last_preview = show_pdf(self, lambda: print_notice(patrol.id, by=self.ctx.actor),
                                     self.tr("装修整改通知单"), f"{patrol.notice_no}.pdf")
        return self.last_preview

    # ---------------------------------------------------------------- workers
    def _workers_tab(self) -> QWidget:
        self.worker_name = named_line("worker_name", self.tr("姓名"))
        self.worker_id = named_line("worker_id", self.tr("身份证号（只存打码后的号码）"))
        self.worker_company = named_line("worker_company", self.tr("所属公司（默认施工单位）"))
        self.worker_photo: bytes | None = None
        self.photo_label = QLabel(self.tr("未选照片（可不贴）"))
        self.photo_label.setObjectName("photo_label")
        pick = QPushButton(icon("open"), self.tr("选择照片…"))
        pick.setObjectName("pick_photo")
        pick.clicked.connect(lambda: self.pick_photo())
        photo_row = QHBoxLayout()
        photo_row.setContentsMargins(0, 0, 0, 0)
        photo_row.addWidget(pick)
        photo_row.addWidget(self.photo_label, 1)
        photo_box = QWidget()
        photo_box.setLayout(photo_row)
        add = QPushButton(icon("add"), self.tr("办理出入证"))
        add.setObjectName("add_pass")
        add.clicked.connect(self.add_pass)
        print_passes = QPushButton(icon("print"), self.tr("打印出入证"))
        print_passes.setObjectName("print_passes")
        print_passes.clicked.connect(self.print_passes)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("姓名"), "workers", self.worker_name)
        self.errors.alias("workers[0].name", "workers")
        self.errors.add_row(form, self.tr("身份证号"), "workers[0].id_number", self.worker_id)
        form.addRow(self.tr("公司"), self.worker_company)
        self.errors.add_row(form, self.tr("照片"), "workers[0].photo", photo_box)
        back = QPushButton(icon("return"), self.tr("收回选中的出入证（退押金）"))
        back.setObjectName("return_pass")
        back.clicked.connect(self.return_selected)
        rephoto = QPushButton(icon("open"), self.tr("给选中的出入证换照片"))
        rephoto.setObjectName("set_photo")
        rephoto.clicked.connect(lambda: self.photo_selected())
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(print_passes)
        row.addWidget(back)
        row.addWidget(rephoto)
        row.addStretch(1)
        self.passes = text_table([self.tr("出入证号"), self.tr("姓名"), self.tr("证件号码"), self.tr("公司"),
                                  self.tr("有效期至"), self.tr("状态"), self.tr("照片")], "passes")
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.passes, 1)
        tab = QWidget()
        tab.setLayout(layout)
        return tab

    def _load_passes(self) -> None:
        rows = fitout_passes.fitout_passes(self.fitout_id, by=self.ctx.actor)
        fill_table(self.passes, [(p.number, p.name, p.id_masked, p.company, _day(p.valid_until), (
            self.tr("{day} 交回").format(day=_day(p.returned_on)) if p.returned_on
            else self.tr("已收回") if p.revoked else self.tr("有效")) + (
            self.tr("（押金 {amount} 元）").format(amount=f"{p.deposit:,.2f}") if p.deposit else ""),
            self.tr("有") if p.has_photo else "")
            for p in rows])

    def return_selected(self):
        """The selected worker's pass is handed in: it stops working and its deposit goes back."""
        rows = self.passes.selectionModel().selectedRows()
        if not rows:
            return None
        number = self.passes.item(rows[0].row(), 0).text()
        refunded = call_service(self, None, lambda: fitout_passes.return_pass(number, by=self.ctx.actor))
        if refunded is not None:
            self._load_passes()
            self.status.setText(self.tr("{number} 已交回，退押金 {amount} 元").format(
                number=number, amount=f"{refunded:,.2f}"))
        return refunded

    def photo_selected(self, path: str | None = None) -> bool:
        """Put a photo (picked from a file) on the selected pass already issued; reprint it after."""
        rows = self.passes.selectionModel().selectedRows()
        if not rows or not self.pick_photo(path):
            return False
        number = self.passes.item(rows[0].row(), 0).text()
        photo, self.worker_photo = self.worker_photo, None
        self.photo_label.setText(self.tr("未选照片（可不贴）"))
        if not call_service(self, self.errors, lambda: fitout_passes.set_photo(number, photo, by=self.ctx.actor)):
            return False
        self._load_passes()
        self.status.setText(self.tr("{number} 已换照片，请重新打印").format(number=number))
        return True

    def add_pass(self) -> list[str] | None:
        worker = WorkerInput(self.worker_name.text(), self.worker_id.text(), self.worker_company.text(),
                             self.worker_photo)
        numbers = call_service(self, self.errors, lambda: fitout_passes.issue_passes(
            self.fitout_id, [worker], by=self.ctx.actor))
        if numbers:
            for edit in (self.worker_name, self.worker_id, self.worker_company):
                edit.clear()
            self.worker_photo = None
            self.photo_label.setText(self.tr("未选照片（可不贴）"))
            self._load_passes()
            self.status.setText(self.tr("已办理 {number}").format(number=numbers[0]))
        return numbers

    def pick_photo(self, path: str | None = None) -> bool:
        """The worker's photo from a picture file (the desk's camera folder, a scan); shrunk when the pass is
        issued. `path` skips the file dialog."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择施工人员照片"), "",
                                                  self.tr("图片 (*.jpg *.jpeg *.png *.bmp)"))
        if not path:
            return False
        self.worker_photo = Path(path).read_bytes()
        self.photo_label.setText(self.tr("已选：{name}").format(name=Path(path).name))
        return True

    def print_settlement(self):
        return self._preview(fitout_passes.print_settlement, self.tr("装修押金结算单"), self.tr("装修押金结算单.pdf"))

    def print_passes(self):
        return self._preview(fitout_passes.print_passes, self.tr("施工人员临时出入证"),
                             self.tr("施工人员临时出入证.pdf"))
