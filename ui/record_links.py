"""Going from a line of a history to its record: that area's page, showing every state, filtered on the record."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from services.histories import Target


def _all_states(widget: QWidget) -> None:
    """Widen the list's own filters to every state (a history's record may be long closed)."""
    for name in ("state", "filter", "kind", "category", "level"):
        combo = getattr(widget, name, None)
        if isinstance(combo, QComboBox) and combo.findData("") >= 0:
            combo.setCurrentIndex(combo.findData(""))
    for name in ("overdue", "on_hold", "mine"):
        box = getattr(widget, name, None)
        if isinstance(box, QCheckBox):
            box.setChecked(False)


def show_in_list(widget: QWidget, text: str) -> None:
    """A list with a search box: every state, searched for the record's number (or unit, tag …)."""
    _all_states(widget)
    search = getattr(widget, "search", None)
    if isinstance(search, QLineEdit):
        search.setText(text)
    refresh = getattr(widget, "refresh", None)
    if callable(refresh):
        refresh()


def _fitout(page, target: Target) -> None:
    """The fit-out list has no search box: every state listed, the fit-out selected and opened."""
    _all_states(page)
    page.refresh()
    for row, fitout in enumerate(page.rows):
        if fitout.id == target.record_id:
            page.table.selectRow(row)
            page.open_selected()
            return


def _tenant(page, target: Target) -> None:
    from ui.dialogs.tenant_dialog import TenantDialog

    page.search.setText(target.text)  # the list may be on another status: the tenant's record itself opens
    page.dialog = TenantDialog(page.ctx, target.record_id, page)
    page.dialog.finished.connect(lambda _r: page.refresh())
    page.dialog.open()


def _goods(page, target: Target, when: dt.datetime) -> None:
    # A pass is valid on a day near the one it was issued on: the list's days widened around it.
    page.day_from.setDate(QDate(when.year, when.month, when.day).addDays(-30))
    page.day_to.setDate(QDate(when.year, when.month, when.day).addDays(90))
    show_in_list(page, target.text)


def _rooms(page, target: Target) -> None:
    page.number.setText(target.text)
    page.go_to_number()


def _fees(page, target: Target) -> None:
    if target.text == "arrears":
        page.show_tab("arrears").select_tenant(target.record_id)
    else:
        page.open_account(target.record_id)


def _frontdesk(page, target: Target) -> None:
    tab_key, _, text = target.text.partition(":")
    try:
        tab = page.tab(tab_key)
    except ValueError:  # a tab this desk does not have
        return
    show_in_list(tab, text)


def show_record(page: QWidget, target: Target, when: dt.datetime) -> None:
    """Put `page` (already built and shown) on the record a history line points at."""
    special = {"fitout": lambda: _fitout(page, target), "tenants": lambda: _tenant(page, target),
               "goods": lambda: _goods(page, target, when), "rooms": lambda: _rooms(page, target),
               "fees": lambda: _fees(page, target), "frontdesk": lambda: _frontdesk(page, target)}
    if target.page in special:
        special[target.page]()
    else:  # requests, keys, moves: their search box finds the number, the tag, the unit
        show_in_list(page, target.text)
