"""履历: a unit's or a tenant's one history, newest first, filtered by area and days; open a line's record, print."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import histories
from services.histories import Event
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.page_bits import list_table
from ui.paged_model import Column, PagedTableModel

# An area's colour in the list, so a long history reads at a glance.
AREA_COLOURS = {"tenancy": "#6d28d9", "moves": "#0f766e", "fitout": "#b45309", "requests": "#1d4ed8",
                "keys": "#a16207", "rooms": "#0369a1", "goods": "#4d7c0f", "fees": "#be123c", "frontdesk": "#475569"}


class HistoryDialog(QDialog):
    """Opened from the units page or the tenants page on the selected row; not modal, so a record opened from a
    line can be looked at beside it."""

    def __init__(self, ctx: DeskContext, *, unit_id: int | None = None, tenant_id: int | None = None,
                 open_record: Callable[[object, dt.datetime], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit_id, self.tenant_id = unit_id, tenant_id
        self.open_record = open_record
        self.subject = histories.history_subject(by=ctx.actor, unit_id=unit_id, tenant_id=tenant_id)
        kind = self.tr("单元履历") if unit_id is not None else self.tr("业户履历")
        self.setWindowTitle(self.tr("{kind} — {name}").format(kind=kind, name=self.subject.name))
        self.resize(1100, 720)
        self.area_names = {
            "tenancy": self.tr("租赁"), "moves": self.tr("交楼退租"), "fitout": self.tr("装修"),
            "requests": self.tr("报修投诉"), "keys": self.tr("钥匙"), "rooms": self.tr("会议室"),
            "goods": self.tr("物品放行"), "fees": self.tr("收费"), "frontdesk": self.tr("前台服务"),
        }
        heading = QLabel(f"<b>{self.subject.name}</b>　{self.subject.about}")
        heading.setObjectName("history_heading")
        heading.setStyleSheet("font-size: 15px;")

        self.errors = FieldErrors()
        self.area = QComboBox()
        self.area.setObjectName("history_area")
        self.area.addItem(self.tr("全部类别"), "")
        for key in histories.areas_for(self.subject.kind, by=ctx.actor):
            self.area.addItem(self.area_names[key], key)
        self.by_days = QCheckBox(self.tr("日期"))
        self.by_days.setObjectName("history_by_days")
        today = QDate.currentDate()
        self.since = QDateEdit(today.addYears(-1))
        self.since.setObjectName("history_since")
        self.until = QDateEdit(today)
        self.until.setObjectName("history_until")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.by_days.toggled.connect(self._days_toggled)
        self.area.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model = PagedTableModel([
            Column(self.tr("时间"), self._when),
            Column(self.tr("类别"), lambda e: self.area_names[e.area], color=lambda e: AREA_COLOURS[e.area]),
            Column(self.tr("事项"), lambda e: e.title),
            Column(self.tr("说明"), lambda e: e.detail),
            Column(self.tr("编号"), lambda e: e.ref),
            Column(self.tr("经办/相关人"), lambda e: e.who),
        ], self._fetch, self)
        self.table = list_table(self.model, "history_table")
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.count = QLabel()
        self.count.setObjectName("history_count")

        self.open_button = QPushButton(icon("open"), self.tr("打开记录"))
        self.open_button.setObjectName("history_open")
        self.open_button.setEnabled(open_record is not None)
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(icon("print"), self.tr("打印履历"))
        self.print_button.setObjectName("history_print")
        self.print_button.clicked.connect(self.print_history)
        self.last_preview = None
        self._after: histories.After | None = None
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("类别")))
        filters.addWidget(self.errors.field("areas", self.area))
        filters.addSpacing(12)
        filters.addWidget(self.by_days)
        filters.addWidget(self.errors.field("since", self.since))
        filters.addWidget(QLabel("—"))
        filters.addWidget(self.errors.field("until", self.until))
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for b in (self.open_button, self.print_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    # -- what is asked for
    def _when(self, e: Event) -> str:
        return f"{e.when:%Y-%m-%d}" if e.dated_only else f"{e.when:%Y-%m-%d %H:%M}"

    def filters(self) -> dict:
        area = self.area.currentData()
        days = self.by_days.isChecked()
        return {"unit_id": self.unit_id, "tenant_id": self.tenant_id, "areas": [area] if area else None,
                "since": self.since.date().toPython() if days else None,
                "until": self.until.date().toPython() if days else None}

    def _fetch(self, page: int):
        """The first page, or (as the list is scrolled) the one after the last page fetched."""
        after = self._after if page else None
        found = call_service(self, self.errors, lambda: histories.history(
            by=self.ctx.actor, after=after, page_size=histories.PAGE_SIZE, **self.filters()))
        if found is None:
            found = histories.HistoryPage([], -1, page, histories.PAGE_SIZE)
        self._after = found.after
        return found

    def _days_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self.refresh()

    def refresh(self) -> None:
        self.errors.clear()
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 380))
        shown = len(self.model.rows)
        if self.model.canFetchMore():
            self.count.setText(self.tr("已列出最近 {n} 条，向下滚动看更早的").format(n=shown))
        else:
            self.count.setText(self.tr("共 {n} 条").format(n=shown))

    # -- what can be done with it
    def selected(self) -> Event | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_selected(self):
        """The record behind the selected line, on its area's page (filtered on it)."""
        event = self.selected()
        if event is None or self.open_record is None:
            return None
        return self.open_record(event.target, event.when)

    def print_history(self) -> bool:
        """Render the history as shown (area, days) off the UI thread — a long one is many pages — then preview it.

        The filters are checked here first, so a refusal is shown at its field like any other."""
        from ui.worker import run_in_background

        filters = self.filters()
        if call_service(self, self.errors, lambda: histories.history(by=self.ctx.actor, page_size=1,
                                                                     **filters)) is None:
            return False
        self.print_button.setEnabled(False)
        self.print_button.setText(self.tr("正在生成…"))
        self.last_preview = None
        self._printing = run_in_background(lambda: histories.print_history(by=self.ctx.actor, **filters),
                                           self._show_printout, self._print_failed)
        return True

    def _print_done(self) -> None:
        self.print_button.setEnabled(True)
        self.print_button.setText(self.tr("打印履历"))

    def _show_printout(self, pdf: bytes) -> None:
        from ui.dialogs.print_preview import show_pdf

        self._print_done()
        kind = "unit" if self.unit_id is not None else "tenant"
        name = f"{kind}-history-{self.subject.name}.pdf".replace("/", "-")
        self.last_preview = show_pdf(self, pdf, self.windowTitle(), name)

    def _print_failed(self, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._print_done()
        QMessageBox.warning(self, self.tr("打印失败"), reason)
