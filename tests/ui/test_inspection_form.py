"""The 30-item cleaning sheet entered by keyboard alone: digits, Enter, Tab, Space, Ctrl+S — a non-conformity
with its note raises a rectification request; a refused save keeps every score typed."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.contractors import ContractorInspection, InspectionResult, Rectification
from tests.services.contractor_fixtures import make_contractor
from tests.ui.typing import type_text
from ui.dialogs.inspection_form import InspectionForm

DAY = dt.date(2026, 11, 24)


def _focus():
    return QApplication.focusWidget()


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _digits(qtbot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


def _open(qtbot, desk, contractor_id=None) -> InspectionForm:
    form = InspectionForm(desk("steward"), contractor_id, today=DAY)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def test_a_thirty_item_sheet_by_keyboard_alone(qtbot, desk, sqlite_site):
    make_contractor(sqlite_site, "greening", "深圳市绿源园林绿化有限公司")
    cleaning = make_contractor(sqlite_site, "cleaning", "深圳市洁美物业清洁服务有限公司")
    form = _open(qtbot, desk)
    # From the contractor list: the cleaning contractor (listed first), then Tab through the dates to the areas.
    assert _focus() is form.contractor and form.contractor.currentData() == cleaning
    assert len(form.rows) == 30
    for _ in range(10):
        if _focus() is form.areas:
            break
        _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is form.areas
    type_text(_focus(), "大堂、1–28F 卫生间、B1–B2 车库")
    _key(qtbot, Qt.Key.Key_Return)  # to the note
    _key(qtbot, Qt.Key.Key_Return)  # to the first score
    assert _focus() is form.row(1).score
    for seq in range(1, 31):
        assert _focus() is form.row(seq).score, seq
        if seq == 1:
            _digits(qtbot, "3.5")  # half a point off the lobby floor
        elif seq == 12:  # a non-conformity: score, Tab to 不合格, Space, Tab Tab to the note
            _digits(qtbot, "1")
            _key(qtbot, Qt.Key.Key_Tab)
            _key(qtbot, Qt.Key.Key_Space)
            _key(qtbot, Qt.Key.Key_Tab)
            _key(qtbot, Qt.Key.Key_Tab)
            type_text(_focus(), "18F 女卫地面积水")
        elif seq == 14:  # pass/fail: 0 is 不合格 and ticks it; also serious, but no note yet
            _digits(qtbot, "0")
            _key(qtbot, Qt.Key.Key_Tab)
            _key(qtbot, Qt.Key.Key_Tab)
            _key(qtbot, Qt.Key.Key_Space)
        _key(qtbot, Qt.Key.Key_Return)
    assert _focus() is form.save_button
    assert form.row(14).nonconforming.isChecked() and form.row(14).serious.isChecked()
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # Refused: the failed item needs its note; the message sits next to it and every score stays as typed.
    assert form.saved_id is None and ContractorInspection.select().count() == 0
    assert form.errors.text_of("entries.14.note") == "必填"
    assert _focus() is form.row(14).note
    assert (form.row(1).score.text(), form.row(12).note.text()) == ("3.5", "18F 女卫地面积水")
    type_text(_focus(), "3F 男卫无擦手纸")
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.saved_id is not None
    i = ContractorInspection.get_by_id(form.saved_id)
    assert (i.number, i.day, i.areas, i.username) == ("XC-2026-0001", DAY, "大堂、1–28F 卫生间、B1–B2 车库", "steward")
    assert (Decimal(str(i.points_got)), i.score, i.nonconformities, i.serious) == (
        Decimal("92.5"), Decimal("92.50"), 2, 1)
    assert InspectionResult.select().where(InspectionResult.inspection == i.id).count() == 30
    rects = list(Rectification.select().order_by(Rectification.id))
    assert [(r.number, r.deadline) for r in rects] == [("WZ-2026-0001", DAY + dt.timedelta(days=2)),
                                                       ("WZ-2026-0002", DAY + dt.timedelta(days=2))]
    assert [r.result.note for r in rects] == ["18F 女卫地面积水", "3F 男卫无擦手纸"]
    assert "XC-2026-0001" in form.status.text() and "WZ-2026-0002" in form.status.text()
    assert _focus() is form.print_button and form.print_button.isEnabled()
