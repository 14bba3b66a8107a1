"""The audit trail: who changed what and when, filtered by record, user and date, fetched page by page."""
from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from services.audit import AuditRow, search_audit
from ui.context import DeskContext
from ui.icons import icon
from ui.page_bits import date_edit, fit_columns, list_table, restricted_panel, who_may
from ui.paged_model import Column, PagedTableModel

ENTITIES = ("tenant", "unit", "user", "setting", "site", "tenant_document")
PAGE_SIZE = 100


def _t(text: str) -> str:
    return QCoreApplication.translate("audit_page", text)


# Marked for lupdate here, translated when shown.
ACTION_NAMES = {
    "create": QT_TRANSLATE_NOOP("audit_page", "新建"), "update": QT_TRANSLATE_NOOP("audit_page", "修改"),
    "cancel": QT_TRANSLATE_NOOP("audit_page", "作废"), "void": QT_TRANSLATE_NOOP("audit_page", "作废"),
    "login": QT_TRANSLATE_NOOP("audit_page", "登录"), "login_failed": QT_TRANSLATE_NOOP("audit_page", "登录失败"),
    "locked": QT_TRANSLATE_NOOP("audit_page", "账户锁定"), "denied": QT_TRANSLATE_NOOP("audit_page", "拒绝(无权限)"),
    "password": QT_TRANSLATE_NOOP("audit_page", "修改密码"), "unlock": QT_TRANSLATE_NOOP("audit_page", "解锁"),
    "reveal": QT_TRANSLATE_NOOP("audit_page", "查看证件号"),
}
ENTITY_NAMES = {
    "tenant": QT_TRANSLATE_NOOP("audit_page", "业户"), "unit": QT_TRANSLATE_NOOP("audit_page", "单元"),
    "user": QT_TRANSLATE_NOOP("audit_page", "用户"), "setting": QT_TRANSLATE_NOOP("audit_page", "设置"),
    "site": QT_TRANSLATE_NOOP("audit_page", "项目"), "tenant_document": QT_TRANSLATE_NOOP("audit_page", "业户资料"),
}


def action_name(action: str) -> str:
    return _t(ACTION_NAMES[action]) if action in ACTION_NAMES else action


def entity_name(entity: str) -> str:
    return _t(ENTITY_NAMES[entity]) if entity in ENTITY_NAMES else entity


def _values(text: str) -> dict | None:
    if not text:
        return None
    try:
        values = json.loads(text)
    except ValueError:
        return None
    return values if isinstance(values, dict) else None


def brief(text: str) -> str:
    """'name: 甲公司; phone: 138…' on one line for the table; anything not a JSON object as it is."""
    values = _values(text)
    if values is None:
        return text
    return "; ".join(f"{key}: {'' if value is None else value}" for key, value in values.items())


def full(text: str) -> str:
    """One field per line for the detail pane."""
    values = _values(text)
    if values is None:
        return text
    return "\n".join(f"{key}: {'' if value is None else value}" for key, value in values.items())


class AuditPage(QWidget):
    """Filters on top, the entries newest first (more are fetched as the list scrolls), the chosen entry below."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allowed = ctx.can("audit.view")
        self.page_size = PAGE_SIZE
        self._filters: dict = {}

        self.entity = QComboBox()
        self.entity.setObjectName("entity")
        self.entity.addItem(self.tr("全部"), "")
        for entity in ENTITIES:
            self.entity.addItem(entity_name(entity), entity)
        self.record_id = QLineEdit()
        self.record_id.setObjectName("record_id")
        self.record_id.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record_id.setPlaceholderText(self.tr("全部"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("全部，如 clerk"))
        today = QDate.currentDate()
        self.day_from = date_edit("day_from", today.addDays(-30))
        self.day_to = date_edit("day_to", today)
        self.all_dates = QCheckBox(self.tr("全部日期"))
        self.all_dates.setObjectName("all_dates")
        self.all_dates.toggled.connect(self._dates_toggled)
        self.all_dates.setChecked(True)
        self.search_button = QPushButton(icon("search"), self.tr("查询"))
        self.search_button.setObjectName("search")
        self.search_button.clicked.connect(self.refresh)

        filters = QGroupBox(self.tr("筛选"))
        grid = QGridLayout(filters)
        grid.setHorizontalSpacing(10)
        grid.addWidget(QLabel(self.tr("记录类型")), 0, 0)
        grid.addWidget(self.entity, 0, 1)
        grid.addWidget(QLabel(self.tr("记录号")), 0, 2)
        grid.addWidget(self.record_id, 0, 3)
        grid.addWidget(QLabel(self.tr("用户名")), 0, 4)
        grid.addWidget(self.username, 0, 5)
        dates = QHBoxLayout()
        dates.addWidget(self.day_from)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.day_to)
        dates.addWidget(self.all_dates)
        dates.addStretch(1)
        grid.addWidget(QLabel(self.tr("日期")), 1, 0)
        grid.addLayout(dates, 1, 1, 1, 5)
        grid.setColumnStretch(6, 1)
        grid.addWidget(self.search_button, 0, 7, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        self.entity.setMinimumWidth(150)
        self.record_id.setFixedWidth(110)
        self.username.setMinimumWidth(160)

        self.model = PagedTableModel([
            Column(self.tr("时间"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("用户"), lambda r: r.username),
            Column(self.tr("操作"), lambda r: action_name(r.action)),
            Column(self.tr("记录"), lambda r: entity_name(r.entity)),
            Column(self.tr("记录号"), lambda r: r.record_id, align_right=True),
            Column(self.tr("修改前"), lambda r: brief(r.before)),
            Column(self.tr("修改后"), lambda r: brief(r.after)),
            Column(self.tr("备注"), lambda r: r.note),
        ], self._fetch, self)
        self.table = list_table(self.model, "audit_table")
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())

        self.before = self._detail_box("before")
        self.after = self._detail_box("after")
        detail = QWidget()
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        for title, box in ((self.tr("修改前"), self.before), (self.tr("修改后"), self.after)):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(box)
            detail_layout.addWidget(group)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 140])
        splitter.setChildrenCollapsible(False)

        self.count = QLabel()
        self.count.setObjectName("audit_count")
        self.more_button = QPushButton(icon("refresh"), self.tr("加载更多"))
        self.more_button.setObjectName("load_more")
        self.more_button.clicked.connect(self.load_more)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more_button)

        self.note = restricted_panel(self.tr("操作记录"), self.tr("只有{roles}可以查看操作记录。").format(
            roles=who_may("audit.view")), "audit_note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note, 1)
        layout.addWidget(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.note.setVisible(not self.allowed)
        for widget in (filters, splitter, self.count, self.more_button):
            widget.setVisible(self.allowed)
        self.entity.currentIndexChanged.connect(lambda _i: self.refresh())
        self.all_dates.toggled.connect(lambda _on: self.refresh())
        self.record_id.returnPressed.connect(self.refresh)
        self.username.returnPressed.connect(self.refresh)
        # The view fetches the next page itself as the clerk scrolls; keep the count line true.
        self.model.rowsInserted.connect(lambda *_: self._update_count())

    @staticmethod
    def _detail_box(name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setReadOnly(True)
        box.setMinimumHeight(70)
        return box

    def _dates_toggled(self, all_dates: bool) -> None:
        self.day_from.setEnabled(not all_dates)
        self.day_to.setEnabled(not all_dates)

    def filters(self) -> dict:
        """The filter widgets as the service's keyword arguments."""
        text = self.record_id.text().strip()
        every_day = self.all_dates.isChecked()
        return {
            "entity": self.entity.currentData(),
            "record_id": int(text) if text else None,
            "username": self.username.text().strip(),
            "day_from": None if every_day else self.day_from.date().toPython(),
            "day_to": None if every_day else self.day_to.date().toPython(),
        }

    def _fetch(self, page: int):
        return search_audit(by=self.ctx.actor, page=page, page_size=self.page_size, **self._filters)

    def refresh(self) -> None:
        if not self.allowed:
            return
        # The filters are taken once, so the pages fetched while scrolling belong to the same list.
        self._filters = self.filters()
        self.model.reload()
        fit_columns(self.table)
        for column in (5, 6):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._show_detail()
        self._update_count()

    def load_more(self) -> None:
        if self.model.canFetchMore():
            self.model.fetchMore()

    def _update_count(self) -> None:
        shown, total = len(self.model.rows), self.model.total
        if total == 0:
            self.count.setText(self.tr("没有符合条件的记录"))
        else:
            self.count.setText(self.tr("共 {total} 条，已显示 {shown} 条").format(total=self.model.total_text(),
                                                                               shown=shown))
        self.more_button.setEnabled(self.model.canFetchMore())

    def selected(self) -> AuditRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_detail(self) -> None:
        row = self.selected()
        self.before.setPlainText(full(row.before) if row else "")
        self.after.setPlainText(full(row.after) if row else "")
