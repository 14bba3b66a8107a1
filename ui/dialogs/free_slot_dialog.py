"""The free-slot finder: "a room for 12 people, 2 hours, Thursday afternoon, with a projector"."""
from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import room_calendar, rooms
from services.room_calendar import Slot, SlotQuery
from ui.context import DeskContext
from ui.dialogs.booking_dialog import time_edit
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import equipment_name
from ui.page_bits import check_boxes, fit_columns, joined


class FreeSlotDialog(QDialog):
    """Ask for people, length, day, part of the day and equipment; list the first fitting slot of each room."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.slots: list[Slot] = []
        self.chosen: Slot | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("查找空闲会议室"))
        self.resize(760, 560)
        self.attendees = QSpinBox()
        self.attendees.setObjectName("attendees")
        self.attendees.setRange(0, 2000)
        self.attendees.setValue(10)
        self.hours = QSpinBox()
        self.hours.setObjectName("minutes")
        self.hours.setRange(15, 720)
        self.hours.setSingleStep(15)
        self.hours.setValue(60)
        self.hours.setSuffix(self.tr(" 分钟"))
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.earliest = time_edit("earliest")
        self.earliest.setTime(QTime(8, 0))
        self.latest = time_edit("latest")
        self.latest.setTime(QTime(20, 0))
        kit_box, self.equipment = check_boxes(rooms.EQUIPMENT, equipment_name)
        window = QHBoxLayout()
        window.addWidget(self.errors.field("earliest", self.earliest), 1)
        window.addWidget(QLabel(self.tr("至")))
        window.addWidget(self.errors.field("latest", self.latest), 1)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("人数"), "attendees", self.attendees)
        self.errors.add_row(form, self.tr("时长"), "minutes", self.hours)
        self.errors.add_row(form, self.tr("日期"), "day", self.day)
        form.addRow(self.tr("时段"), window)
        self.errors.add_row(form, self.tr("需要设备"), "equipment", kit_box)
        find = QPushButton(icon("search"), self.tr("查找"))
        find.setObjectName("find")
        find.clicked.connect(self.find)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("slots")
        self.table.setHorizontalHeaderLabels([self.tr("会议室"), self.tr("楼层"), self.tr("容纳"), self.tr("时间"),
                                              self.tr("设备")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.book_selected())
        self.count = QLabel()
        self.book_button = QPushButton(icon("add"), self.tr("预订所选"))
        self.book_button.setObjectName("book")
        self.book_button.clicked.connect(self.book_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(find)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def query(self) -> SlotQuery:
        return SlotQuery(self.attendees.value(), self.hours.value(), self.day.date().toPython(),
                         self.earliest.time().toPython(), self.latest.time().toPython(),
                         [code for code, box in self.equipment.items() if box.isChecked()])

    def find(self) -> None:
        query = self.query()
        found = call_service(self, self.errors, lambda: room_calendar.find_free_slots(query, by=self.ctx.actor))
        if found is None:
            return
        self.slots = found
        self.table.setRowCount(len(found))
        for row, slot in enumerate(found):
            values = (slot.room.name, slot.room.floor, str(slot.room.capacity),
                      f"{slot.starts:%H:%M}–{slot.ends:%H:%M}",
                      joined(equipment_name(e) for e in slot.room.equipment))
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        fit_columns(self.table)
        self.count.setText(self.tr("找到 {n} 间会议室有空") .format(n=len(found)) if found
                           else self.tr("这一时段没有合适的空闲会议室，请换个时间或减少设备要求"))
        if found:
            self.table.selectRow(0)

    def book_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.slots[rows[0].row()]
            self.accept()
