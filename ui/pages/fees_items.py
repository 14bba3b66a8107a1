"""The site's charge items (收费项目) and their prices: managers add and change them; bills keep their own price."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import charge_items
from services.charge_items import ItemInput
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.page_bits import note
from ui.pages.fee_bits import fill, name_of, rows_table

KIND_NAMES = {
    "area": QT_TRANSLATE_NOOP("fees", "按面积（每 m² 每月）"), "water": QT_TRANSLATE_NOOP("fees", "按水表读数"),
    "power": QT_TRANSLATE_NOOP("fees", "按电表读数"), "fixed": QT_TRANSLATE_NOOP("fees", "每月固定"),
    "one_off": QT_TRANSLATE_NOOP("fees", "一次性（各部门记入）"),
}


class ItemsTab(QWidget):
    """The list, and a form under it: click a row to change it, or type a new code to add one."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list = []
        self.errors = FieldErrors()
        self.table = rows_table("items_table", [self.tr("代码"), self.tr("名称"), self.tr("计费方式"), self.tr("单价"),
                                                self.tr("单位"), self.tr("启用")])
        self.table.itemSelectionChanged.connect(self.load_selected)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in KIND_NAMES:
            self.kind.addItem(name_of(KIND_NAMES, kind), kind)
        self.price = QLineEdit()
        self.label = QLineEdit()
        self.active = QCheckBox(self.tr("启用"))
        self.active.setChecked(True)
        self.save_button = QPushButton(icon("save"), self.tr("保存项目"))
        self.save_button.setObjectName("save_item")
        self.save_button.clicked.connect(self.save)
        editable = ctx.can("fees.items")
        form = QGridLayout()
        # Two rows of three fields: room for an error line under each without widening the window.
        for i, (label, name, widget) in enumerate((
                (self.tr("代码"), "code", self.code), (self.tr("名称"), "name", self.name),
                (self.tr("计费方式"), "kind", self.kind), (self.tr("单价（元）"), "unit_price", self.price),
                (self.tr("单位"), "unit_label", self.label))):
            widget.setObjectName(f"item_{name}")
            widget.setEnabled(editable)
            row, col = divmod(i, 3)
            form.addWidget(note(label), 2 * row, col)
            form.addWidget(self.errors.field(name, widget), 2 * row + 1, col)
        buttons = QHBoxLayout()
        buttons.addWidget(self.active)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addLayout(buttons, 3, 2)
        self.save_button.setEnabled(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note(self.tr("改价只影响以后生成的账单；已开具的账单保持原价。")))
        layout.addLayout(form)

    def refresh(self) -> None:
        self.items = charge_items.list_items(by=self.ctx.actor)
        fill(self.table, [[i.code, i.name, name_of(KIND_NAMES, i.kind), f"{i.unit_price:,.4f}".rstrip("0").rstrip("."),
                           i.unit_label, "✓" if i.active else ""] for i in self.items], [i.code for i in self.items],
             right=(3,))

    def load_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.items[rows[0].row()]
        self.code.setText(item.code)
        self.name.setText(item.name)
        self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.price.setText(f"{item.unit_price.normalize():f}")
        self.label.setText(item.unit_label)
        self.active.setChecked(item.active)

    def save(self) -> int | None:
        data = ItemInput(self.code.text(), self.name.text(), self.kind.currentData(), self.price.text(),
                         self.label.text(), self.active.isChecked())
        saved = call_service(self, self.errors, lambda: charge_items.save_item(data, by=self.ctx.actor))
        if saved is not None:
            self.refresh()
        return saved
