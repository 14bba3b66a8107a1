"""Tabs of the fit-out form beyond the application: the acceptance inspections (竣工验收, 消防验收, 复验) with
their items and re-inspections, and the fees as the fees ledger has them (what was paid and when)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from services import fitout_fees, fitout_inspections
from services.fitout_inspections import InspectionInput, ItemResult
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, named_line
from ui.icons import icon
from ui.page_bits import fill_table, note, text_table

KIND_NAMES = {
    "completion": QT_TRANSLATE_NOOP("fitout", "竣工验收"),
    "fire": QT_TRANSLATE_NOOP("fitout", "消防验收"),
    "follow_up": QT_TRANSLATE_NOOP("fitout", "复验（退押金前）"),
}
FEE_KINDS = {
    "charged": QT_TRANSLATE_NOOP("fitout", "记账"),
    "paid": QT_TRANSLATE_NOOP("fitout", "已缴"),
    "unpaid": QT_TRANSLATE_NOOP("fitout", "未缴"),
    "received": QT_TRANSLATE_NOOP("fitout", "收取"),
    "deducted": QT_TRANSLATE_NOOP("fitout", "扣除"),
    "refunded": QT_TRANSLATE_NOOP("fitout", "退还"),
}
INSPECTION_STATES = ("completion_requested", "accepted", "deposit_refunded", "closed")


def _t(text: str) -> str:
    return QCoreApplication.translate("fitout", text)


class InspectionsTab(QWidget):
    """Record the next inspection of a kind — every item passed or failed with what to put right — and list
    them all; a failed one is inspected again on its failed items only."""

    def __init__(self, ctx: DeskContext, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = changed
        self.fitout_id: int | None = None
        self.errors = FieldErrors()
        self.kind = QComboBox()
        self.kind.setObjectName("inspection_kind")
        for key, text in KIND_NAMES.items():
            self.kind.addItem(_t(text), key)
        self.kind.currentIndexChanged.connect(self._load_plan)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("inspection_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.inspector = named_line("inspector", self.tr("验收人姓名"))
        self.inspector.setText(ctx.actor.full_name or ctx.actor.username)
        self.inspection_note = named_line("inspection_note", self.tr("备注（可不填）"))
        self.plan = note("")
        self.plan.setObjectName("inspection_plan")
        self.items = QTableWidget(0, 3)
        self.items.setObjectName("inspection_items")
        self.items.setHorizontalHeaderLabels([self.tr("验收项目"), self.tr("合格"), self.tr("整改要求 / 说明")])
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().setVisible(False)
        self.rows: list[tuple[str, QCheckBox, QLineEdit]] = []
        self.record_button = QPushButton(icon("done"), self.tr("记录验收结果"))
        self.record_button.setObjectName("record_inspection")
        self.record_button.clicked.connect(self.record)
        self.print_button = QPushButton(icon("print"), self.tr("打印竣工验收单"))
        self.print_button.setObjectName("print_acceptance")
        self.print_button.clicked.connect(self.print_acceptance)
        form = QFormLayout()
        e = self.errors
        e.add_row(form, self.tr("验收类别"), "kind", self.kind)
        e.add_row(form, self.tr("验收日期"), "day", self.day)
        e.add_row(form, self.tr("验收人"), "inspector", self.inspector)
        e.add_row(form, self.tr("备注"), "inspection_note", self.inspection_note)
        e.alias("state", "kind")
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.history = text_table([self.tr("类别"), self.tr("次数"), self.tr("日期"), self.tr("验收人"),
                                   self.tr("结论"), self.tr("不合格项")], "inspections")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.plan)
        layout.addWidget(e.field("results", self.items), 2)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("验收记录")))
        layout.addWidget(self.history, 1)

    def set_fitout(self, fitout_id: int, state: str) -> None:
        """Show the fit-out's inspections; the kind it waits for picked (the follow-up once accepted)."""
        self.fitout_id = fitout_id
        self.state = state
        wanted = "follow_up" if state != "completion_requested" else next(iter(
            fitout_inspections.not_passed(fitout_id, fitout_inspections.ACCEPTANCE_KINDS)), "completion")
        if self.kind.currentData() != wanted:
            self.kind.setCurrentIndex(self.kind.findData(wanted))  # loads the plan
        else:
            self._load_plan()
        rows = fitout_inspections.inspections(fitout_id, by=self.ctx.actor)
        fill_table(self.history, [(
            _t(KIND_NAMES[r.kind]), self.tr("第 {n} 次").format(n=r.round), r.day.isoformat(), r.inspector,
            self.tr("合格") if r.passed else self.tr("不合格"),
            "；".join(f"{i.item}（{i.note}）" for i in r.failed)) for r in rows])
        self.print_button.setEnabled(bool(rows))

    def _load_plan(self) -> None:
        if self.fitout_id is None:
            return
        plan = fitout_inspections.to_check(self.fitout_id, self.kind.currentData(), by=self.ctx.actor)
        if plan.passed:
            self.plan.setText(self.tr("这项验收已合格。"))
        elif plan.retry_of:
            self.plan.setText(self.tr("复查：上次验收不合格的 {count} 项，逐项填写结果。").format(
                count=len(plan.items)))
        else:
            self.plan.setText(self.tr("逐项检查：不合格的取消勾选，并写明整改要求。"))
        self.items.setRowCount(len(plan.items))
        self.rows = []
        for r, item in enumerate(plan.items):
            label = QLabel(item)
            label.setWordWrap(True)
            passed = QCheckBox(self.tr("合格"))
            passed.setChecked(True)
            passed.setObjectName(f"item_ok_{r}")
            text = QLineEdit()
            text.setObjectName(f"item_note_{r}")
            text.setPlaceholderText(self.tr("不合格时必填"))
            for c, widget in enumerate((label, passed, text)):
                self.items.setCellWidget(r, c, widget)
            self.rows.append((item, passed, text))
        self.items.resizeRowsToContents()
        self.record_button.setEnabled(bool(plan.items) and self.ctx.can("fitout.drawings")
                                      and self.state == fitout_inspections.KIND_STATES[self.kind.currentData()])

    def row_of(self, item: str) -> tuple[QCheckBox, QLineEdit]:
        """The result box and the note of an item (for the clerk's eye: the table's row of that item)."""
        for name, passed, text in self.rows:
            if name == item:
                return passed, text
        raise KeyError(item)

    def record(self) -> int | None:
        data = InspectionInput(self.kind.currentData(), self.day.date().toPython(), self.inspector.text(),
                               [ItemResult(item, passed.isChecked(), text.text()) for item, passed, text in self.rows],
                               self.inspection_note.text())
        done = call_service(self, self.errors, lambda: fitout_inspections.record_inspection(
            self.fitout_id, data, by=self.ctx.actor))
        if done is not None:
            self.errors.clear()
            self.inspection_note.clear()
            self.changed()
        return done

    def print_acceptance(self):
        from ui.dialogs.print_preview import show_pdf

        self.last_preview = show_pdf(self, lambda: fitout_inspections.print_acceptance(
            self.fitout_id, by=self.ctx.actor), self.tr("装修竣工验收单"), self.tr("装修竣工验收单.pdf"))
        return self.last_preview


class FeesTab(QWidget):
    """The fit-out's money from the fees ledger: the debris fee charged and paid (receipt, day), the deposits
    received, taken and refunded."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = text_table([self.tr("日期"), self.tr("项目"), self.tr("收支"), self.tr("金额（元）"),
                                 self.tr("凭据 / 说明"), self.tr("经办")], "fee_lines")
        self.summary = note("")
        self.summary.setObjectName("fee_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("以下来自收费台账：装修垃圾清运费记入业户账单，押金记入押金台账。")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def set_fitout(self, fitout_id: int) -> None:
        lines = fitout_fees.fee_lines(fitout_id, by=self.ctx.actor)
        fill_table(self.table, [(line.day.isoformat(), _t_item(line.what), _t(FEE_KINDS[line.kind]),
                                 f"{line.amount:,.2f}", line.reference, line.by) for line in lines])
        for r in range(self.table.rowCount()):
            self.table.item(r, 3).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        unpaid = [line for line in lines if line.kind == "unpaid"]
        self.summary.setText(self.tr("装修垃圾清运费尚未缴清") if unpaid else "")


ITEM_NAMES = {
    "装修垃圾清运费": QT_TRANSLATE_NOOP("fitout", "装修垃圾清运费"),
    "装修押金": QT_TRANSLATE_NOOP("fitout", "装修押金"),
    "出入证押金": QT_TRANSLATE_NOOP("fitout", "出入证押金"),
}


def _t_item(what: str) -> str:
    return _t(ITEM_NAMES[what]) if what in ITEM_NAMES else what
