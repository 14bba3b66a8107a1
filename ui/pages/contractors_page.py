"""外包服务: contractors and their contracts, inspections due and done, rectifications to verify, the month's
evaluation, and the inspection templates — one page, a tab each."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import contractor_inspections as inspections
from services import contractors
from services.contractor_inspections import CheckInput
from ui.context import DeskContext
from ui.dialogs.contractor_dialog import ContractorDialog
from ui.dialogs.inspection_form import InspectionForm
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import cycle_name, service_name
from ui.page_bits import fill_table, text_table
from ui.pages.contractor_evaluation import EvaluationTab
from ui.pages.contractor_templates_tab import TemplatesTab

RED = QColor("#c62828")
AMBER = QColor("#b45309")
TABS = ("contractors", "inspections", "rectifications", "evaluation", "templates")


def _buttons(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w) if w is not None else row.addStretch(1)
    return row


def _paint_row(table, row: int, color: QColor) -> None:
    for c in range(table.columnCount()):
        table.item(row, c).setForeground(color)


class ContractorsPage(QWidget):
    """The area's tabs; the dashboard's tiles open the tab behind them."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("contractor_tabs")
        self.tabs.addTab(self._contractors_tab(), icon("contractors"), self.tr("外包单位"))
        self.tabs.addTab(self._inspections_tab(), icon("finish"), self.tr("巡查"))
        self.tabs.addTab(self._rectifications_tab(), icon("dispatch"), self.tr("整改跟踪"))
        self.evaluation = EvaluationTab(ctx, today=self.today)
        self.tabs.addTab(self.evaluation, icon("fees"), self.tr("月度考评"))
        self.templates = TemplatesTab(ctx)
        self.tabs.addTab(self.templates, icon("edit"), self.tr("巡查标准"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        self.load_contractors()
        self.load_inspections()
        self.load_rectifications()
        self.evaluation.refresh()

    def show_filter(self, key: str) -> None:
        """A dashboard tile: contracts ending → contractors, due → inspections, open rectifications → tracking."""
        self.tabs.setCurrentIndex(TABS.index({"expiring": "contractors", "due": "inspections",
                                              "open": "rectifications"}.get(key, key or "contractors")))
        self.expiring_only.setChecked(key == "expiring")

    # ---------------------------------------------------------------- contractors
    def _contractors_tab(self) -> QWidget:
        self.contractor_table = text_table([self.tr("单位名称"), self.tr("服务类别"), self.tr("合同期"),
                                            self.tr("月服务费（元）"), self.tr("驻场人数"), self.tr("联系人"),
                                            self.tr("提示")], "contractor_table")
        self.contractor_table.doubleClicked.connect(lambda _i: self.open_contractor())
        self.expiring_only = QCheckBox(self.tr("只看即将到期的合同"))
        self.expiring_only.setObjectName("expiring_only")
        self.expiring_only.toggled.connect(lambda _on: self.load_contractors())
        new = QPushButton(icon("add"), self.tr("新增外包单位"))
        new.setObjectName("new_contractor")
        new.setEnabled(self.ctx.can("contractor.edit"))
        new.clicked.connect(lambda: self.open_contractor(new=True))
        open_button = QPushButton(icon("edit"), self.tr("打开"))
        open_button.clicked.connect(lambda: self.open_contractor())
        visit = QPushButton(icon("calendar"), self.tr("登记上门服务"))
        visit.setObjectName("record_visit")
        visit.clicked.connect(lambda: self.record_visit())
        inspect = QPushButton(icon("finish"), self.tr("巡查"))
        inspect.clicked.connect(lambda: self.inspect(self.selected_contractor()))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(_buttons(self.expiring_only, None, visit, inspect, open_button, new))
        layout.addWidget(self.contractor_table, 1)
        return tab

    def load_contractors(self) -> None:
        if self.expiring_only.isChecked():
            self.contractor_rows = contractors.expiring_contracts(by=self.ctx.actor, today=self.today)
        else:
            self.contractor_rows = contractors.list_contractors(by=self.ctx.actor)
        soon = {c.id for c in contractors.expiring_contracts(by=self.ctx.actor, today=self.today)}
        rows = []
        for c in self.contractor_rows:
            notes = [self.tr("合同待评审")] if c.review_flag else []
            if c.id in soon:
                notes.append(self.tr("合同 {days} 天后到期").format(days=(c.contract_end - self.today).days))
            if not c.active:
                notes.append(self.tr("已停用"))
            rows.append((c.name, service_name(c.service), f"{c.contract_start} – {c.contract_end}",
                         f"{c.monthly_fee:,.2f}", str(c.headcount), f"{c.contact_name} {c.contact_phone}".strip(),
                         "；".join(notes)))
        fill_table(self.contractor_table, rows)
        for r, c in enumerate(self.contractor_rows):
            if c.review_flag or c.id in soon:
                _paint_row(self.contractor_table, r, RED if c.review_flag else AMBER)

    def selected_contractor(self) -> int | None:
        r = self.contractor_table.currentRow()
        return self.contractor_rows[r].id if 0 <= r < len(self.contractor_rows) else None

    def open_contractor(self, *, new: bool = False) -> ContractorDialog | None:
        cid = None if new else self.selected_contractor()
        if cid is None and not new:
            return None
        dialog = ContractorDialog(self.ctx, cid, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def record_visit(self, note: str | None = None) -> int | None:
        cid = self.selected_contractor()
        if cid is None:
            return None
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("登记上门服务"), self.tr("今天上门的服务内容："))
            if not ok:
                return None
        done = call_service(self, None, lambda: contractors.record_visit(cid, self.today, note, by=self.ctx.actor,
                                                                             today=self.today))
        self.refresh()
        return done

    def inspect(self, contractor_id: int | None) -> InspectionForm:
        form = InspectionForm(self.ctx, contractor_id, self, today=self.today)
        form.finished.connect(lambda _r: self.refresh())
        form.open()
        self.last_form = form
        return form

    # ---------------------------------------------------------------- inspections
    def _inspections_tab(self) -> QWidget:
        self.due_table = text_table([self.tr("外包单位"), self.tr("服务类别"), self.tr("巡查周期"),
                                     self.tr("上次巡查"), self.tr("待巡查的上门服务")], "due_table")
        self.due_table.doubleClicked.connect(lambda _i: self.inspect_due())
        self.inspection_table = text_table([self.tr("编号"), self.tr("日期"), self.tr("外包单位"), self.tr("巡查人"),
                                            self.tr("区域"), self.tr("得分"), self.tr("不合格"), self.tr("标准版本")],
                                           "inspection_table")
        self.inspection_table.doubleClicked.connect(lambda _i: self.print_selected_inspection())
        start = QPushButton(icon("finish"), self.tr("开始巡查"))
        start.setObjectName("start_inspection")
        start.setEnabled(self.ctx.can("contractor.inspect"))
        start.clicked.connect(self.inspect_due)
        other = QPushButton(icon("add"), self.tr("其他巡查…"))
        other.clicked.connect(lambda: self.inspect(None))
        print_record = QPushButton(icon("print"), self.tr("打印巡查记录"))
        print_record.clicked.connect(self.print_selected_inspection)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("今日待巡查（保洁每日、绿化每周、消杀等每次上门后）")))
        layout.addWidget(self.due_table, 1)
        layout.addLayout(_buttons(None, other, start))
        layout.addWidget(QLabel(self.tr("近 60 天的巡查")))
        layout.addWidget(self.inspection_table, 2)
        layout.addLayout(_buttons(None, print_record))
        return tab

    def load_inspections(self) -> None:
        self.due_rows = contractors.inspections_due(by=self.ctx.actor, today=self.today)
        fill_table(self.due_table, [(d.name, service_name(d.service), cycle_name(d.cycle),
                                     d.last.isoformat() if d.last else self.tr("从未"),
                                     d.visit.isoformat() if d.visit else "") for d in self.due_rows])
        self.inspection_rows = inspections.list_inspections(by=self.ctx.actor,
                                                            day_from=self.today - dt.timedelta(days=60), limit=300)
        fill_table(self.inspection_table, [
            (i.number, i.day.isoformat(), i.contractor, i.inspector, i.areas, f"{i.score:.2f}",
             str(i.nonconformities) if i.nonconformities else "", self.tr("第 {n} 版").format(n=i.template_revision))
            for i in self.inspection_rows])

    def inspect_due(self) -> InspectionForm | None:
        r = self.due_table.currentRow()
        return self.inspect(self.due_rows[r].contractor_id if 0 <= r < len(self.due_rows) else None)

    def print_selected_inspection(self):
        from services.contractor_prints import print_inspection
        from ui.dialogs.print_preview import show_pdf

        r = self.inspection_table.currentRow()
        if not 0 <= r < len(self.inspection_rows):
            return None
        iid = self.inspection_rows[r].id
        self.last_preview = show_pdf(self, lambda: print_inspection(iid, by=self.ctx.actor), self.tr("巡查记录"),
                                     self.tr("巡查记录.pdf"))
        return self.last_preview

    # ---------------------------------------------------------------- rectifications
    def _rectifications_tab(self) -> QWidget:
        self.check_errors = FieldErrors()
        self.rect_table = text_table([self.tr("整改单号"), self.tr("外包单位"), self.tr("巡查"), self.tr("项目"),
                                      self.tr("不合格情况"), self.tr("期限"), self.tr("复查"), self.tr("状态")],
                                     "rectification_table")
        self.closed_too = QCheckBox(self.tr("含已关闭"))
        self.closed_too.toggled.connect(lambda _on: self.load_rectifications())
        self.check_passed = QCheckBox(self.tr("复查合格（关闭整改单）"))
        self.check_passed.setObjectName("check_passed")
        self.check_passed.setChecked(True)
        self.check_note = QLineEdit()
        self.check_note.setObjectName("check_note")
        self.check_note.setPlaceholderText(self.tr("复查情况"))
        self.new_deadline = QDateEdit(QDate(self.today).addDays(2))
        self.new_deadline.setObjectName("new_deadline")
        self.new_deadline.setDisplayFormat("yyyy-MM-dd")
        self.new_deadline.setCalendarPopup(True)
        self.check_passed.toggled.connect(lambda on: self.new_deadline.setEnabled(not on))
        self.new_deadline.setEnabled(False)
        check = QPushButton(icon("done"), self.tr("登记复查"))
        check.setObjectName("verify")
        check.setEnabled(self.ctx.can("contractor.inspect"))
        check.clicked.connect(self.verify_selected)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(_buttons(self.closed_too, None))
        layout.addWidget(self.rect_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.check_passed)
        row.addWidget(self.check_errors.field("note", self.check_note), 2)
        row.addWidget(QLabel(self.tr("未合格的新期限")))
        row.addWidget(self.check_errors.field("new_deadline", self.new_deadline))
        row.addWidget(check)
        layout.addLayout(row)
        return tab

    def load_rectifications(self) -> None:
        self.rect_rows = inspections.list_rectifications(by=self.ctx.actor, open_only=not self.closed_too.isChecked(),
                                                         today=self.today)
        rows = []
        for r in self.rect_rows:
            state = (self.tr("{day} 复查合格").format(day=r.closed_on) if r.closed_on
                     else self.tr("逾期") if r.overdue else self.tr("整改中"))
            rows.append((r.number, r.contractor, f"{r.inspection} {r.raised_on}", f"{r.area}·{r.item}",
                         (self.tr("【严重】") if r.serious else "") + r.note, r.deadline.isoformat(),
                         str(r.checks) if r.checks else "", state))
        fill_table(self.rect_table, rows)
        for n, r in enumerate(self.rect_rows):
            if r.overdue:
                _paint_row(self.rect_table, n, RED)

    def verify_selected(self) -> bool | None:
        n = self.rect_table.currentRow()
        if not 0 <= n < len(self.rect_rows):
            return None
        rid = self.rect_rows[n].id
        data = CheckInput(self.check_passed.isChecked(), self.check_note.text(), None,
                          None if self.check_passed.isChecked() else self.new_deadline.date().toPython())
        done = call_service(self, self.check_errors, lambda: inspections.verify_rectification(
            rid, data, by=self.ctx.actor, today=self.today))
        if done is not None:
            self.check_note.clear()
            self.load_rectifications()
        return done
