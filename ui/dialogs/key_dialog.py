"""A key's register entry (tag, label, kind, unit or room, copies, cabinet and hook, ring) and its whole history."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import key_prints, key_register, keys
from services.key_register import KEY_KINDS, KeyInput
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon
from ui.messages import key_condition_name, key_kind_name, key_move_name, key_state_name
from ui.page_bits import fit_columns, note


class KeyDialog(QDialog):
    """New key (key_id None) or an existing one: where it is, who has it, and everyone who had it."""

    def __init__(self, ctx: DeskContext, key_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.key_id, self.version = ctx, key_id, 0
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("新建钥匙") if key_id is None else self.tr("钥匙档案"))
        self.resize(960, 620)
        self.where = QLabel()
        self.where.setObjectName("where")
        self.where.setWordWrap(True)
        self.where.setStyleSheet("font-size: 15px; padding: 6px 0;")
        self.label = named_line("label", self.tr("如 12F-1205 门钥匙、B1 水泵房"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in KEY_KINDS:
            self.kind.addItem(key_kind_name(kind), kind)
        self.unit = named_line("unit", self.tr("单元号，如 12F-1205"))
        self.room = named_line("room", self.tr("机房或其他位置，如 B1 水泵房"))
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, 20)
        self.copies.setMaximumWidth(100)
        self.cabinet = named_line("cabinet", self.tr("如 A"))
        self.hook = named_line("hook", self.tr("如 012"))
        self.ring = named_line("ring", self.tr("同一钥匙串的钥匙填相同名称，借出时一起借出"))
        self.note = QLineEdit()
        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("名称 *"), "label", self.label)
        self.errors.add_row(form, self.tr("类型"), "kind", self.kind)
        self.errors.add_row(form, self.tr("单元"), "unit", self.unit)
        self.errors.add_row(form, self.tr("机房/位置"), "room", self.room)
        self.errors.add_row(form, self.tr("把数"), "copies", self.copies)
        place = QHBoxLayout()
        place.addWidget(QLabel(self.tr("柜")))
        place.addWidget(self.errors.field("cabinet", self.cabinet))
        place.addWidget(QLabel(self.tr("挂钩")))
        place.addWidget(self.errors.field("hook", self.hook))
        form.addRow(self.tr("存放位置 *"), place)
        self.errors.add_row(form, self.tr("钥匙串"), "ring", self.ring)
        self.errors.add_row(form, self.tr("备注"), "note", self.note)
        form.addRow("", note(self.tr("标签号由系统编号，标签上只有编号，不显示单元；登记表记录对应关系。")))

        self.history = QTableWidget(0, 8)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([
            self.tr("时间"), self.tr("事项"), self.tr("人员"), self.tr("单位"), self.tr("电话"), self.tr("应还"),
            self.tr("状况/赔偿"), self.tr("单号")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.history.doubleClicked.connect(lambda _index: self.print_slip())
        self.reprint_button = QPushButton(icon("print"), self.tr("补打所选单据"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(lambda _checked=False: self.print_slip())
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, icon("key"), self.tr("登记信息"))
        self.tabs.addTab(history_tab, icon("audit"), self.tr("借还记录"))
        self.tabs.setTabEnabled(1, key_id is not None)

        self.save_button = QPushButton(icon("save"), self.tr("保存"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(ctx.can("key.edit"))
        self.retire_button = QPushButton(icon("void"), self.tr("注销"))
        self.retire_button.setObjectName("retire")
        self.retire_button.setToolTip(self.tr("钥匙作废（如遗失后已换锁）：从登记表注销，挂钩可挂新钥匙"))
        self.retire_button.clicked.connect(self.ask_retire)
        self.retire_button.setEnabled(key_id is not None and ctx.can("key.retire"))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        self.status = QLabel()
        buttons = status_button_row(self.status, self.retire_button, self.save_button, close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        if key_id is not None:
            self.load()

    def load(self) -> None:
        assert self.key_id is not None
        loaded = call_service(self, None, lambda: key_register.key_input(self.key_id, by=self.ctx.actor))
        if loaded is None:
            return
        data, self.version = loaded
        self.label.setText(data.label)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.unit.setText(data.unit)
        self.room.setText(data.room)
        self.copies.setValue(int(data.copies))
        self.cabinet.setText(data.cabinet)
        self.hook.setText(data.hook)
        self.ring.setText(data.ring)
        self.note.setText(data.note)
        row = keys.key_row(self.key_id, by=self.ctx.actor)
        where = self.tr("在柜：{cabinet} 柜 {hook} 号挂钩").format(cabinet=row.cabinet, hook=row.hook)
        if row.state in ("lent", "issued"):
            where = self.tr("{state}：{holder}").format(state=key_state_name(row.state), holder=row.holder)
            if row.due:
                where += self.tr("，应还 {due}").format(due=row.due.strftime("%m-%d %H:%M"))
        elif row.state != "in":
            where = key_state_name(row.state)
        self.where.setText(f"<b>{row.tag}</b>　{row.label}　—　{where}")
        self._fill_history()

    def _fill_history(self) -> None:
        moves = keys.key_history(self.key_id, by=self.ctx.actor)
        self.history.setRowCount(len(moves))
        for r, m in enumerate(moves):
            outcome = key_condition_name(m.condition) if m.condition else ""
            if m.charge is not None:
                outcome = self.tr("赔偿 {amount} 元").format(amount=f"{m.charge:.2f}")
            person = m.person + (self.tr("（审批：{name}）").format(name=m.approved_by) if m.approved_by else "")
            values = (m.at.strftime("%Y-%m-%d %H:%M"), key_move_name(m.kind), person, m.company, m.phone,
                      m.due.strftime("%m-%d %H:%M") if m.due else "", outcome, m.slip_no)
            for c, text in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(text))
        fit_columns(self.history)

    def print_slip(self):
        """Print again the slip of the movement selected in the history (with its signature)."""
        from ui.dialogs.print_preview import PrintPreview

        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return None
        slip = self.history.item(rows[0].row(), 7).text()
        pdf = call_service(self, None, lambda: key_prints.print_slip(slip, by=self.ctx.actor))
        if pdf is None:
            return None
        preview = PrintPreview(pdf, self.tr("钥匙单据"), self.tr("钥匙单-{slip}.pdf").format(slip=slip), self)
        preview.open()
        return preview

    def ask_retire(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("注销钥匙"), self.tr("注销原因（如 遗失已换锁）："))
        if ok:
            self.retire(reason)

    def retire(self, reason: str) -> bool:
        """Take the key off the register (a supervisor, with a reason); the form then shows it as retired."""
        slip = call_service(self, None, lambda: keys.retire_key(self.key_id, reason, by=self.ctx.actor))
        if slip is None:
            return False
        self.load()
        self.retire_button.setEnabled(False)
        self.status.setText(self.tr("已注销，单号 {slip}").format(slip=slip))
        return True

    def read_input(self) -> KeyInput:
        return KeyInput(self.label.text(), self.kind.currentData(), self.unit.text(), self.room.text(),
                        self.copies.value(), self.cabinet.text(), self.hook.text(), self.ring.text(), self.note.text())

    def save(self) -> bool:
        data = self.read_input()
        if self.key_id is None:
            new_id = call_service(self, self.errors, lambda: key_register.create_key(data, by=self.ctx.actor))
            if new_id is None:
                return False
            self.key_id = new_id
            self.tabs.setTabEnabled(1, True)
            self.setWindowTitle(self.tr("钥匙档案"))
        else:
            version = call_service(self, self.errors, lambda: key_register.update_key(
                self.key_id, data, version=self.version, by=self.ctx.actor))
            if version is None:
                return False
        self.load()
        self.status.setText(self.tr("已保存"))
        return True
