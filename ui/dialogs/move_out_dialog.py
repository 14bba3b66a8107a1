"""One move-out (退租): the request, the arrears check (a manager may override it in writing), the inspection
against the move-in record, keys back or lost, the goods pass, the deposit settlement."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import move_out, move_prints
from services.keys import CONDITIONS
from services.move_out import DamageInput, KeysBackInput, LostKey, MoveOutInput, OutInspectionInput
from ui.context import DeskContext
from ui.dialogs.goods_form import GoodsForm
from ui.dialogs.goods_pass_dialog import preview_pdf
from ui.dialogs.move_bits import MetersBox, MoveDialog, set_steps, step_name
from ui.dialogs.move_in_dialog import date_edit, tenant_combo
from ui.forms import call_service, named_line
from ui.icons import icon
from ui.messages import key_condition_name, message
from ui.page_bits import note, who_may
from ui.signature_pad import SignaturePad

DAMAGE_ROWS = 6


class MoveOutDialog(MoveDialog):
    """Start a move-out, or carry one on from its current step; print the settlement at the end."""

    def __init__(self, ctx: DeskContext, move_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("退租（迁出）"), self.tr("打印退租结算单"), parent)
        self.ctx, self.move_id = ctx, move_id
        self.cancel_service = move_out.cancel_move_out
        self.pass_no: str | None = None
        self.lay_out({"start": self._start_box(), "arrears": self._arrears_box(),
                      "inspection": self._inspection_box(), "keys": self._keys_box(), "goods": self._goods_box(),
                      "settlement": self._settlement_box(), "done": self.done_box()})

    # -- the boxes, one per step
    def _start_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("退租申请"))
        form = QFormLayout(box)
        self.tenant = tenant_combo(self.ctx)
        self.unit = named_line("unit", self.tr("如 12F-1205"))
        self.planned_on = date_edit("planned_on", 7)
        self.reason = named_line("reason", self.tr("如 租约到期、公司搬迁"))
        self.arrears = named_line("arrears", self.tr("元；无欠费填 0"))
        self.arrears.setText("0")
        self.errors.add_row(form, self.tr("业户"), "tenant", self.tenant)
        self.errors.add_row(form, self.tr("单元"), "unit", self.unit)
        self.errors.add_row(form, self.tr("计划退租日"), "planned_on", self.planned_on)
        self.errors.add_row(form, self.tr("退租原因"), "reason", self.reason)
        self.errors.add_row(form, self.tr("欠缴费用"), "arrears", self.arrears)
        return box

    def _arrears_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("欠费核查：欠费结清前不能办理退租"))
        form = QFormLayout(box)
        self.arrears_now = named_line("arrears_now", self.tr("业户结清后改为 0"))
        self.update_button = QPushButton(icon("save"), self.tr("更新欠费金额"))
        self.update_button.setObjectName("update_arrears")
        self.update_button.clicked.connect(self.update_arrears)
        self.override_reason = named_line("override_reason", self.tr("书面理由，如 押金抵扣、业户书面承诺"))
        self.override_button = QPushButton(icon("step"), self.tr("经理批准放行"))
        self.override_button.setObjectName("override")
        self.override_button.setEnabled(self.ctx.can("move.override"))
        self.override_button.clicked.connect(self.override)
        self.errors.add_row(form, self.tr("欠费金额"), "arrears", self.arrears_now)
        form.addRow("", self.update_button)
        self.errors.add_row(form, self.tr("批准理由"), "override_reason", self.override_reason)
        form.addRow("", self.override_button)
        form.addRow("", note(self.tr("可批准欠费放行：{roles}").format(roles=who_may("move.override"))))
        return box

    def _inspection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("联合验收（对照交楼记录）：损坏项及赔偿，末次表计读数"))
        column = QVBoxLayout(box)
        self.move_in_record = note("")
        self.move_in_record.setObjectName("move_in_record")
        self.damages = QTableWidget(DAMAGE_ROWS, 2)
        self.damages.setObjectName("damages")
        self.damages.setHorizontalHeaderLabels([self.tr("损坏项目"), self.tr("赔偿金额（元）")])
        self.damages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.damages.setColumnWidth(1, 140)
        self.damages.setMinimumHeight(200)
        self.out_meters = MetersBox(self.errors)
        column.addWidget(self.move_in_record)
        column.addWidget(self.errors.field("damages", self.damages))
        column.addWidget(self.out_meters)
        return box

    def _keys_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("钥匙交回：勾选遗失的钥匙并填写赔偿，其余全部交回"))
        form = QFormLayout(box)
        self.held = QTableWidget(0, 3)
        self.held.setObjectName("held_keys")
        self.held.setHorizontalHeaderLabels([self.tr("钥匙"), self.tr("遗失"), self.tr("赔偿（元）")])
        self.held.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.held.setMaximumHeight(160)
        self.person = named_line("person", self.tr("交回钥匙的人"))
        self.condition = QComboBox()
        self.condition.setObjectName("condition")
        for c in CONDITIONS:
            self.condition.addItem(key_condition_name(c), c)
        self.pad = SignaturePad()
        clear = QPushButton(icon("void"), self.tr("清除重签"))
        clear.clicked.connect(self.pad.clear)
        self.errors.add_row(form, self.tr("业户所持钥匙"), "keys", self.held)
        self.errors.add_row(form, self.tr("交回人"), "person", self.person)
        self.errors.add_row(form, self.tr("状况"), "condition", self.condition)
        self.errors.add_row(form, self.tr("交回人签字"), "signature", self.pad)
        form.addRow("", clear)
        return box

    def _goods_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("物品放行：为搬离开具放行条"))
        self.goods = GoodsForm(self.errors, None)
        QVBoxLayout(box).addWidget(self.goods)
        return box

    def _settlement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("押金结算：扣除欠费、损坏赔偿和遗失钥匙后退还"))
        form = QFormLayout(box)
        self.deductions = note("")
        self.deductions.setObjectName("deductions")
        self.deposit = named_line("deposit", self.tr("元，如 20,000.00"))
        self.pass_button = QPushButton(icon("print"), self.tr("打印放行条"))
        self.pass_button.setObjectName("print_pass")
        self.pass_button.clicked.connect(self.print_pass)
        form.addRow(self.tr("放行条"), self.pass_button)
        form.addRow(self.tr("扣款"), self.deductions)
        self.errors.add_row(form, self.tr("押金"), "deposit", self.deposit)
        return box

    # -- showing the record
    def reload(self) -> None:
        if self.move_id is not None:
            self.detail = call_service(self, None, lambda: move_out.get_move_out(self.move_id, by=self.ctx.actor))
        d = self.detail
        step = d.step if d else "start"
        self.show_step(step)
        self.do_button.setVisible(step not in ("arrears",))
        self.do_button.setEnabled(d is None or d.state == "open")
        self.print_button.setEnabled(d is not None and d.step in ("settlement", "done"))
        if d is None:
            self.header.setText(self.tr("新建退租记录"))
            self.do_button.setText(self.tr("登记退租申请"))
            return
        self.header.setText(self.tr("{tenant} · {unit} · 计划 {day} · 当前：{step}").format(
            tenant=d.tenant, unit=d.unit, day=d.planned_on.isoformat(), step=step_name(d.step)))
        self.blocker.setText(message(d.blocker, d.blocker_params) if d.blocker else "")
        self.do_button.setText(self.tr("办理：{step}").format(step=step_name(d.step)) if d.state == "open"
                               else self.tr("已办结"))
        set_steps(self.steps, d.steps)
        self.arrears_now.setText(f"{d.arrears:.2f}")
        before = "；".join(f"{m.meter} {m.reading}" for m in d.move_in_meters)
        bad = "；".join(f"{i.area}·{i.item}：{i.note}" for i in d.move_in_inspection if not i.ok)
        self.move_in_record.setText(self.tr("交楼时表计：{meters}　交楼时不合格项：{bad}").format(
            meters=before or "—", bad=bad or self.tr("无")))
        if d.step == "keys":
            self.held.setRowCount(len(d.keys_held))
            for row, k in enumerate(d.keys_held):
                label = QTableWidgetItem(f"{k.tag}　{k.label}")
                label.setData(Qt.ItemDataRole.UserRole, k.key_id)
                label.setFlags(Qt.ItemFlag.ItemIsEnabled)
                lost = QTableWidgetItem("")
                lost.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                lost.setCheckState(Qt.CheckState.Unchecked)
                self.held.setItem(row, 0, label)
                self.held.setItem(row, 1, lost)
                self.held.setItem(row, 2, QTableWidgetItem(""))
        if d.step == "goods" and not self.goods.unit.text():
            self.goods.unit.setText(d.unit)
        self.pass_button.setText(self.tr("打印放行条 {no}").format(no="、".join(d.passes)) if d.passes
                                 else self.tr("打印放行条"))
        self.pass_button.setEnabled(bool(d.passes))
        if d.state == "done":
            self.outcome.setText(self.tr(
                "退租办结：{when}\n押金：{deposit} 元\n钥匙交回单：{slip}\n放行条：{passes}\n单元已收回空置，业户已标记为已迁出").format(  # noqa: E501 - one literal for lupdate
                when=f"{d.completed_at:%Y-%m-%d %H:%M}", deposit=f"{d.deposit:,.2f}" if d.deposit is not None else "—",
                slip=d.key_slip_no or "—", passes="、".join(d.passes) or "—"))
        if d.step in ("settlement", "done"):
            lines = [f"{c.item}　{c.amount:,.2f}" for c in d.charges if c.category in ("damage", "key_lost")]
            if d.arrears > 0:
                lines.insert(0, self.tr("欠缴费用　{amount}").format(amount=f"{d.arrears:,.2f}"))
            self.deductions.setText("\n".join(lines) or self.tr("无扣款"))

    # -- doing the step
    def do_step(self) -> bool:
        d = self.detail
        if d is None:
            data = MoveOutInput(self.tenant.currentData(), self.unit.text(), self.planned_on.date().toPython(),
                                self.reason.text(), self.arrears.text())
            move_id = call_service(self, self.errors, lambda: move_out.request_move_out(data, by=self.ctx.actor))
            if move_id is None:
                return False
            self.move_id = move_id
            self.reload()
            return True
        return self.run_step(getattr(self, f"_do_{d.step}"))

    def update_arrears(self) -> bool:
        d = self.detail
        amount = self.arrears_now.text()
        done = call_service(self, self.errors, lambda: move_out.update_arrears(d.id, amount, version=d.version,
                                                                               by=self.ctx.actor))
        self.reload()
        return done is not None

    def override(self) -> bool:
        d = self.detail
        reason = self.override_reason.text()
        done = call_service(self, self.errors, lambda: move_out.override_arrears(d.id, reason, version=d.version,
                                                                                 by=self.ctx.actor))
        self.reload()
        return done is not None

    def _do_inspection(self, version: int) -> int:
        damages = []
        for row in range(self.damages.rowCount()):
            cells = [self.damages.item(row, c).text() if self.damages.item(row, c) else "" for c in (0, 1)]
            if any(x.strip() for x in cells):
                damages.append(DamageInput(*cells))
        data = OutInspectionInput(damages, self.out_meters.to_input())
        return move_out.record_out_inspection(self.move_id, data, version=version, by=self.ctx.actor)

    def _do_keys(self, version: int) -> int:
        lost = [LostKey(self.held.item(r, 0).data(Qt.ItemDataRole.UserRole),
                        self.held.item(r, 2).text() if self.held.item(r, 2) else "")
                for r in range(self.held.rowCount()) if self.held.item(r, 1).checkState() == Qt.CheckState.Checked]
        data = KeysBackInput(self.person.text(), self.condition.currentData(), self.pad.to_png(), lost)
        return move_out.take_keys_back(self.move_id, data, version=version, by=self.ctx.actor)

    def _do_goods(self, version: int) -> int:
        new_version, self.pass_no = move_out.release_goods(self.move_id, self.goods.to_input(), version=version,
                                                           by=self.ctx.actor)
        return new_version

    def _do_settlement(self, version: int):
        return move_out.settle(self.move_id, self.deposit.text(), version=version, by=self.ctx.actor)

    def print_pass(self):
        """The move's goods-release pass, for the carrier to show at the gate."""
        from services import goods

        if self.detail is None or not self.detail.passes:
            return None
        no = self.detail.passes[-1]
        return preview_pdf(self, lambda: goods.print_pass(no, by=self.ctx.actor), self.tr("物品放行条"),
                           self.tr("放行条 {no}.pdf").format(no=no))

    def open_print_preview(self):
        if self.move_id is None:
            return None
        move_id = self.move_id
        return preview_pdf(self, lambda: move_prints.print_settlement(move_id, by=self.ctx.actor),
                           self.tr("退租结算单"),
                           self.tr("退租结算单 {no}.pdf").format(no=move_prints.settlement_no(move_id)))
