"""What the fee tabs share: a month picker, a tenant picker, read-only tables filled from rows, names of codes."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QDateEdit, QTableWidget, QTableWidgetItem

from services import tenants
from services.access import Actor

METHOD_NAMES = {
    "transfer": QT_TRANSLATE_NOOP("fees", "银行转账"), "cash": QT_TRANSLATE_NOOP("fees", "现金"),
    "wechat": QT_TRANSLATE_NOOP("fees", "微信支付"), "alipay": QT_TRANSLATE_NOOP("fees", "支付宝"),
    "card": QT_TRANSLATE_NOOP("fees", "银行卡"), "cheque": QT_TRANSLATE_NOOP("fees", "支票"),
}
BILL_STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("fees", "草稿"), "checked": QT_TRANSLATE_NOOP("fees", "已审核"),
    "issued": QT_TRANSLATE_NOOP("fees", "已开具"),
}
REMINDER_NAMES = {
    "phone": QT_TRANSLATE_NOOP("fees", "电话"), "sms": QT_TRANSLATE_NOOP("fees", "短信"),
    "letter": QT_TRANSLATE_NOOP("fees", "催缴函"), "visit": QT_TRANSLATE_NOOP("fees", "上门"),
}
STEP_NAMES = {
    "phone": QT_TRANSLATE_NOOP("fees", "电话/短信提醒"), "letter": QT_TRANSLATE_NOOP("fees", "发催缴函"),
    "wait": QT_TRANSLATE_NOOP("fees", "等待（已提醒）"), "done": QT_TRANSLATE_NOOP("fees", "已发函，待处理"),
    "none": QT_TRANSLATE_NOOP("fees", "—"),
}
DEPOSIT_NAMES = {"received": QT_TRANSLATE_NOOP("fees", "收取"), "deducted": QT_TRANSLATE_NOOP("fees", "扣除"),
                 "refunded": QT_TRANSLATE_NOOP("fees", "退还")}


def name_of(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("fees", table[key]) if key in table else key


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def month_edit(object_name: str, month: dt.date | None = None) -> QDateEdit:
    """A month picker (yyyy-MM), on the previous month by default: the month a run bills."""
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(True)
    today = QDate.currentDate()
    start = QDate(month.year, month.month, 1) if month else QDate(today.year(), today.month(), 1).addMonths(-1)
    edit.setDate(start)
    return edit


def month_of(edit: QDateEdit) -> dt.date:
    return edit.date().toPython().replace(day=1)


def tenant_picker(actor: Actor, object_name: str) -> QComboBox:
    """Every active tenant, typed into to find (names match anywhere)."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for row in tenants.search_tenants(by=actor, page_size=1000).items:
        combo.addItem(f"{row.name}（{row.units}）" if row.units else row.name, row.id)
    completer = combo.completer() or QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setCurrentIndex(-1)
    combo.setMinimumWidth(320)
    return combo


def rows_table(object_name: str, headers: Sequence[str], *, multi: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[object]], keys: Sequence[object] | None = None,
         right: Sequence[int] = ()) -> None:
    """Put rows of values in the table; `keys` (one per row) are kept on the first cell for selected_keys()."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def selected_keys(table: QTableWidget) -> list:
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
