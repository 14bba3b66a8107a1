"""The goods-release pass fields (tenant, unit, carrier, vehicle, day and hours, items): one widget, used by the
pass dialog and by the move-out's goods step."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from services.goods import ItemInput, PassInput
from ui.forms import FieldErrors, named_line

ITEM_ROWS = 8


class GoodsForm(QWidget):
    """Reads the typed pass into a PassInput; marks refused fields through the FieldErrors it is given."""

    def __init__(self, errors: FieldErrors, tenants: list[tuple[int, str]] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.tenant = QComboBox()
        self.tenant.setObjectName("tenant")
        self.tenant.setEditable(True)  # type a few characters of the name to find it
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tenant.addItem("", None)
        for tenant_id, name in tenants or []:
            self.tenant.addItem(name, tenant_id)
        self.unit = named_line("unit_code", self.tr("如 12F-1205"))
        self.carrier = named_line("carrier", self.tr("搬运人或搬运公司"))
        self.carrier_phone = named_line("carrier_phone", self.tr("手机或座机"))
        self.plate = named_line("plate", self.tr("如 粤B12345；人工搬运可空"))
        self.valid_on = QDateEdit(QDate.currentDate())
        self.valid_on.setObjectName("valid_on")
        self.valid_on.setCalendarPopup(True)
        self.valid_on.setDisplayFormat("yyyy-MM-dd")
        self.time_from = QTimeEdit(QTime(9, 0))
        self.time_from.setObjectName("time_from")
        self.time_to = QTimeEdit(QTime(12, 0))
        self.time_to.setObjectName("time_to")
        for edit in (self.time_from, self.time_to):
            edit.setDisplayFormat("HH:mm")
        self.reason = named_line("reason", self.tr("如 搬离旧家具、设备送修"))
        self.items = QTableWidget(ITEM_ROWS, 3)
        self.items.setObjectName("items")
        self.items.setHorizontalHeaderLabels([self.tr("物品"), self.tr("数量"), self.tr("单位")])
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(1, 70)
        self.items.setColumnWidth(2, 70)
        self.items.setMinimumHeight(200)

        self.tenant.currentIndexChanged.connect(self._fill_unit)
        self.units_of = None  # set by the dialog: tenant id -> the codes of the units it holds

        form = QFormLayout(self)
        if tenants is not None:
            errors.add_row(form, self.tr("业户"), "tenant", self.tenant)
        errors.add_row(form, self.tr("单元"), "unit_code", self.unit)
        errors.add_row(form, self.tr("搬运人"), "carrier", self.carrier)
        errors.add_row(form, self.tr("联系电话"), "carrier_phone", self.carrier_phone)
        errors.add_row(form, self.tr("车牌号"), "plate", self.plate)
        errors.add_row(form, self.tr("放行日期"), "valid_on", self.valid_on)
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.errors.field("time_from", self.time_from))
        row.addWidget(self.errors.field("time_to", self.time_to))
        row.addStretch(1)
        form.addRow(self.tr("放行时段"), hours)
        errors.add_row(form, self.tr("事由"), "reason", self.reason)
        errors.add_row(form, self.tr("放行物品"), "items", self.items)

    def _fill_unit(self, _index: int) -> None:
        """Picking a tenant that holds one unit fills the unit in (the clerk may still change it)."""
        tenant_id = self.tenant.currentData()
        if tenant_id is None or self.units_of is None or self.unit.text().strip():
            return
        units = self.units_of(tenant_id)
        if len(units) == 1:
            self.unit.setText(units[0])

    def set_item(self, row: int, name: str, quantity: int | str, measure: str = "件") -> None:
        for column, value in enumerate((name, str(quantity), measure)):
            self.items.setItem(row, column, QTableWidgetItem(value))

    def _cell(self, row: int, column: int) -> str:
        item = self.items.item(row, column)
        return item.text() if item else ""

    def to_input(self) -> PassInput:
        items = [ItemInput(self._cell(r, 0), self._cell(r, 1), self._cell(r, 2) or "件")
                 for r in range(self.items.rowCount()) if self._cell(r, 0).strip() or self._cell(r, 1).strip()]
        return PassInput(
            tenant_id=self.tenant.currentData(), unit_code=self.unit.text(), carrier=self.carrier.text(),
            carrier_phone=self.carrier_phone.text(), plate=self.plate.text(),
            valid_on=self.valid_on.date().toPython(),
            time_from=_time(self.time_from), time_to=_time(self.time_to), reason=self.reason.text(), items=items,
        )


def _time(edit: QTimeEdit) -> dt.time:
    t = edit.time()
    return dt.time(t.hour(), t.minute())
