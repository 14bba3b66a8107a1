"""The site's handover checklist (《房屋质量验收登记表》) edited by a supervisor: one row per item, with its area."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout

from services.checklist import AreaInput, checklist, save_checklist
from services.errors import FieldProblem, ValidationError
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, status_button_row
from ui.icons import icon
from ui.page_bits import note

SPARE_ROWS = 10


class ChecklistDialog(QDialog):
    """Rows of (area, item) in the order inspected; rows of one area stay together; blank rows are ignored."""

    def __init__(self, ctx: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("交楼验收表"))
        self.resize(620, 720)
        self.errors = FieldErrors()
        areas = call_service(self, None, lambda: checklist(by=ctx.actor)) or []
        rows = [(a.name, i.name) for a in areas for i in a.items]
        self.table = QTableWidget(len(rows) + SPARE_ROWS, 2)
        self.table.setObjectName("areas")
        self.table.setHorizontalHeaderLabels([self.tr("部位"), self.tr("验收项目")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 160)
        for r, (area, item) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(area))
            self.table.setItem(r, 1, QTableWidgetItem(item))
        self.status = QLabel()
        self.save_button = QPushButton(icon("save"), self.tr("保存验收表"))
        self.save_button.setObjectName("save")
        self.save_button.setEnabled(ctx.can("checklist.edit"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("每行一个验收项目；同一部位的项目写同一部位名称。已办的验收记录保留原来的项目。")))
        layout.addWidget(self.errors.field("areas", self.table), 1)
        layout.addLayout(status_button_row(self.status, self.save_button))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def areas(self) -> tuple[list[AreaInput], list[int]]:
        """The areas in order, and the table row each starts at (to point at it when refused)."""
        out: dict[str, AreaInput] = {}
        first: list[int] = []
        for row in range(self.table.rowCount()):
            area, item = self._cell(row, 0), self._cell(row, 1)
            if area or item:
                if area not in out:
                    first.append(row)
                out.setdefault(area, AreaInput(area, [])).items.append(item)
        return list(out.values()), first

    def save(self) -> bool:
        areas, first = self.areas()

        def run():
            try:
                return save_checklist(areas, by=self.ctx.actor)
            except ValidationError as exc:  # areas[i] is the i-th area: say the table row it starts at
                raise ValidationError([FieldProblem(_row_field(p.field, first), p.code, p.params)
                                       for p in exc.problems]) from None

        saved = call_service(self, self.errors, run)
        if saved is None:
            return False
        self.status.setText(self.tr("已保存：{areas} 个部位，{items} 个项目").format(
            areas=len(saved), items=sum(len(a.items) for a in saved)))
        return True


def _row_field(name: str, first: list[int]) -> str:
    if not name.startswith("areas["):
        return name
    index = int(name[len("areas["):name.index("]")])
    return f"areas[{first[index] if index < len(first) else index}]"
