"""The rooms list and the room form (supervisors): capacity, equipment, layouts, price, hours, approver."""
from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import rooms
from services.rooms import RoomInput, RoomRow
from ui.context import DeskContext
from ui.dialogs.booking_dialog import qtime, time_edit
from ui.forms import FieldErrors, call_service, save_cancel_dialog
from ui.icons import icon
from ui.messages import equipment_name, layout_name, message
from ui.page_bits import check_boxes, fit_columns, joined


class RoomDialog(QDialog):
    """New room (room None) or edit one."""

    def __init__(self, ctx: DeskContext, room: RoomRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.room = ctx, room
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("新建会议室") if room is None else self.tr("会议室 {name}").format(name=room.name))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.floor = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(0, 2000)
        self.price = QLineEdit("0")
        self.price.setObjectName("price_per_hour")
        self.opens = time_edit("opens")
        self.opens.setTime(QTime(8, 0))
        self.closes = time_edit("closes")
        self.closes.setTime(QTime(20, 0))
        self.approver = QComboBox()
        self.approver.addItem(self.tr("（无需审批）"), None)
        for user_id, full_name in rooms.approver_choices(by=ctx.actor):
            self.approver.addItem(full_name, user_id)
        self.active = QCheckBox(self.tr("可预订"))
        self.active.setChecked(True)
        self.note = QLineEdit()
        equipment, self.equipment = check_boxes(rooms.EQUIPMENT, equipment_name, per_row=3)
        layouts, self.layouts = check_boxes(rooms.LAYOUTS, layout_name, per_row=3)
        hours = QHBoxLayout()
        hours.addWidget(self.errors.field("opens", self.opens), 1)
        hours.addWidget(QLabel(self.tr("至")))
        hours.addWidget(self.errors.field("closes", self.closes), 1)
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("名称 *"), "name", self.name)
        self.errors.add_row(form, self.tr("楼层"), "floor", self.floor)
        self.errors.add_row(form, self.tr("容纳人数 *"), "capacity", self.capacity)
        self.errors.add_row(form, self.tr("设备"), "equipment", equipment)
        self.errors.add_row(form, self.tr("布置方式"), "layouts", layouts)
        self.errors.add_row(form, self.tr("单价（元/小时）"), "price_per_hour", self.price)
        form.addRow(self.tr("开放时间"), hours)
        self.errors.add_row(form, self.tr("审批人"), "approver_id", self.approver)
        form.addRow("", self.active)
        self.errors.add_row(form, self.tr("备注"), "note", self.note)
        self.resize(520, 520)
        self.save_button = save_cancel_dialog(self, body, self.tr("保存"), "save", self.save)
        if room is not None:
            self.name.setText(room.name)
            self.floor.setText(room.floor)
            self.capacity.setValue(room.capacity)
            self.price.setText(f"{room.price_per_hour}")
            self.opens.setTime(qtime(room.opens))
            self.closes.setTime(qtime(room.closes))
            self.approver.setCurrentIndex(max(0, self.approver.findData(room.approver_id)))
            self.active.setChecked(room.active)
            self.note.setText(room.note)
            for code, box in self.equipment.items():
                box.setChecked(code in room.equipment)
            for code, box in self.layouts.items():
                box.setChecked(code in room.layouts)

    def input(self) -> RoomInput:
        return RoomInput(self.name.text(), self.floor.text(), self.capacity.value(),
                         [c for c, b in self.equipment.items() if b.isChecked()],
                         [c for c, b in self.layouts.items() if b.isChecked()], self.price.text(),
                         self.opens.time().toPython(), self.closes.time().toPython(), self.approver.currentData(),
                         self.active.isChecked(), self.note.text())

    def save(self) -> None:
        data, actor = self.input(), self.ctx.actor
        if self.room is None:
            done = call_service(self, self.errors, lambda: rooms.create_room(data, by=actor))
        else:
            done = call_service(self, self.errors, lambda: rooms.update_room(
                self.room.id, data, version=self.room.version, by=actor))
        if done is not None:
            self.accept()


class RoomsDialog(QDialog):
    """Every room of the site, active or not; new / edit."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[RoomRow] = []
        self.setWindowTitle(self.tr("会议室设置"))
        self.resize(900, 560)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("rooms")
        self.table.setHorizontalHeaderLabels([self.tr("名称"), self.tr("楼层"), self.tr("容纳"), self.tr("单价"),
                                              self.tr("开放时间"), self.tr("审批人"), self.tr("设备")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        new = QPushButton(icon("add"), self.tr("新建会议室"))
        new.setObjectName("new_room")
        new.clicked.connect(lambda: self._open(None))
        sheet = QPushButton(icon("import"), self.tr("从表格导入…"))
        sheet.setObjectName("import_rooms")
        sheet.clicked.connect(self.import_sheet)
        edit = QPushButton(icon("edit"), self.tr("修改"))
        edit.clicked.connect(self.edit_selected)
        row = QHBoxLayout()
        row.addWidget(sheet)
        row.addStretch(1)
        row.addWidget(edit)
        row.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.rows = rooms.list_rooms(by=self.ctx.actor, active_only=False)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = (r.name + ("" if r.active else self.tr("（停用）")), r.floor, str(r.capacity),
                      f"{r.price_per_hour:,.2f}", f"{r.opens:%H:%M}–{r.closes:%H:%M}", r.approver,
                      joined(equipment_name(e) for e in r.equipment))
            for col, value in enumerate(values):
                self.table.setItem(i, col, QTableWidgetItem(value))
        fit_columns(self.table)

    def import_sheet(self) -> int:
        """Pick a sheet, show what it would add and what it refuses (row by row), import on the clerk's yes."""
        from pathlib import Path

        from services.sheets import SheetError

        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择会议室表格"), "", self.tr("表格 (*.xlsx *.csv)"))
        if not name:
            return 0
        try:
            preview = rooms.import_rooms(Path(name), by=self.ctx.actor, commit=False)
        except SheetError as exc:
            QMessageBox.warning(self, self.tr("无法导入"), message(exc.code, {"detail": exc.detail}))
            return 0
        lines = [self.tr("第 {row} 行 {name}：{problem}").format(row=r.row, name=r.unit,
                                                               problem=message(r.code, r.params))
                 for r in preview.refused]
        text = self.tr("可导入 {ok} 间会议室；{bad} 行有问题，不会导入。").format(
            ok=len(preview.accepted), bad=len({r.row for r in preview.refused}))
        if not preview.accepted:
            QMessageBox.warning(self, self.tr("无法导入"), "\n".join([text, *lines]))
            return 0
        if QMessageBox.question(self, self.tr("导入会议室"), "\n".join([text, *lines, "", self.tr("现在导入？")])) \
                != QMessageBox.StandardButton.Yes:
            return 0
        report = call_service(self, None, lambda: rooms.import_rooms(Path(name), by=self.ctx.actor))
        self.refresh()
        return len(report.accepted) if report else 0

    def edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(self.rows[rows[0].row()])

    def _open(self, room: RoomRow | None) -> RoomDialog:
        dialog = RoomDialog(self.ctx, room, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog
