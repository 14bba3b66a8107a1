"""The keys page driven like a clerk: scan a tag, lend with a signature drawn on the pad, return, approve, import."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog

from models import Key, KeyMovement
from services import keys
from services.keys import IssueInput
from tests.conftest import PASSWORD
from tests.keyfixtures import key_set, loan, signature_png
from tests.printouts.pdftools import pdf_text, squeeze
from tests.ui.typing import press, type_text
from ui.dialogs.key_dialog import KeyDialog
from ui.dialogs.key_move_dialog import KeyMoveDialog
from ui.pages.keys_page import KeysPage
from ui.signature_pad import SignaturePad


@pytest.fixture
def register(sqlite_site):
    return sqlite_site, key_set(sqlite_site)


def draw_signature(qtbot, pad: SignaturePad) -> None:
    """Two strokes with the mouse, as a borrower signs: press, drag through points, release."""
    for stroke in (((20, 90), (60, 40), (100, 95), (140, 45)), ((170, 60), (230, 70), (300, 50))):
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[0]))
        for point in stroke[1:]:
            qtbot.mouseMove(pad, QPoint(*point))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[-1]))


def _page(qtbot, desk, role: str = "clerk") -> KeysPage:
    page = KeysPage(desk(role))
    qtbot.addWidget(page)
    page.refresh()
    return page


def _select(page: KeysPage, key_id: int) -> None:
    row = next(i for i, r in enumerate(page.model.rows) if r.id == key_id)
    page.table.selectionModel().select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)


def test_signature_pad_records_mouse_strokes_and_exports_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 140)
    pad.show()
    assert pad.is_empty() and pad.to_png() is None
    draw_signature(qtbot, pad)
    assert [len(s) for s in pad.strokes] == [4, 3]
    image = QImage.fromData(pad.to_png(), "PNG")
    # Cropped to the ink plus a margin; ink where the strokes ran, transparent elsewhere.
    assert 280 <= image.width() <= 300 and 60 <= image.height() <= 75
    assert image.pixelColor(0, 0).alpha() == 0
    assert sum(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height())) > 300
    pad.clear()
    assert pad.is_empty()


def test_signature_pad_takes_a_finger_and_a_pen_too(qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 140)
    pad.show()
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, QPoint(20, 50)).commit()
    for x in range(30, 200, 20):
        QTest.touchEvent(pad, finger).move(0, QPoint(x, 60)).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(200, 60)).commit()
    assert [len(s) for s in pad.strokes] == [10]
    pen = QPointingDevice("pen", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)

    def tablet(kind: QEvent.Type, x: float, y: float) -> None:
        QApplication.sendEvent(pad, QTabletEvent(kind, pen, QPointF(x, y), QPointF(x, y), 0.5, 0.0, 0.0, 0.0, 0.0,
                                                 0.0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                                                 Qt.MouseButton.LeftButton))

    tablet(QEvent.Type.TabletPress, 30, 100)
    for x in range(40, 300, 30):
        tablet(QEvent.Type.TabletMove, x, 90)
    tablet(QEvent.Type.TabletRelease, 300, 90)
    assert [len(s) for s in pad.strokes] == [10, 10]
    assert QImage.fromData(pad.to_png(), "PNG").width() > 270


def test_clerk_lends_a_key_with_a_drawn_signature_then_takes_it_back(qtbot, desk, register, tmp_path):
    site, ids = register
    page = _page(qtbot, desk)
    _select(page, ids["vacant"])
    qtbot.mouseClick(page.lend_button, Qt.MouseButton.LeftButton)
    dialog = page.findChildren(KeyMoveDialog)[-1]
    qtbot.addWidget(dialog)
    assert "12F-1202 门钥匙" in dialog.findChild(type(dialog.status), "key_listing").text()
    type_text(dialog.borrower, "张师傅")
    type_text(dialog.company, "深圳市安居中介有限公司")
    type_text(dialog.phone, "13812345678")
    type_text(dialog.purpose, "带客户看房")
    dialog.show()
    draw_signature(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    line = KeyMovement.get(KeyMovement.key == ids["vacant"])
    assert (line.kind, line.person, line.company, line.purpose, line.by_name) == (
        "lend", "张师傅", "深圳市安居中介有限公司", "带客户看房", site.clerk.full_name)
    assert bytes(line.signature).startswith(b"\x89PNG") and Key.get_by_id(ids["vacant"]).state == "lent"
    assert line.due_at > dt.datetime.now() + dt.timedelta(hours=3, minutes=55)  # the site's default 4 hours
    assert dialog.slip_no == line.slip_no and dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    preview = dialog.open_print_preview()
    qtbot.addWidget(preview)
    text = squeeze(_pdf_words(preview.pdf, tmp_path))
    assert "钥匙借用单" in text and "张师傅" in text and line.slip_no in text and "借用人签字" in text
    dialog.accept()  # the page refreshes when the dialog closes
    row = next(r for r in page.model.rows if r.id == ids["vacant"])
    assert row.state == "lent" and row.holder == "张师傅 · 深圳市安居中介有限公司"

    # It comes back: the holder's name is filled in, the returner signs.
    _select(page, ids["vacant"])
    back = page.move("return")
    qtbot.addWidget(back)
    back.show()
    assert back.person.text() == "张师傅"
    back.condition.setCurrentIndex(back.condition.findData("damaged"))
    draw_signature(qtbot, back.pad)
    qtbot.mouseClick(back.save_button, Qt.MouseButton.LeftButton)
    ret = KeyMovement.get((KeyMovement.key == ids["vacant"]) & (KeyMovement.kind == "return"))
    assert ret.condition == "damaged" and ret.closes == line.id and bytes(ret.signature).startswith(b"\x89PNG")
    assert Key.get_by_id(ids["vacant"]).state == "in"


def _pdf_words(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "slip.pdf"
    path.write_bytes(pdf)
    return pdf_text(path)


def test_a_loan_without_signature_or_with_a_bad_phone_is_refused_in_place(qtbot, desk, register):
    site, ids = register
    page = _page(qtbot, desk)
    _select(page, ids["vacant"])
    dialog = page.move("lend")
    qtbot.addWidget(dialog)
    type_text(dialog.borrower, "张师傅")
    type_text(dialog.phone, "138-12")
    type_text(dialog.purpose, "看房")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert KeyMovement.select().count() == 0 and Key.get_by_id(ids["vacant"]).state == "in"
    assert "签字" in dialog.errors.text_of("signature") and "电话号码格式" in dialog.errors.text_of("phone")
    assert dialog.borrower.text() == "张师傅" and dialog.phone.text() == "138-12" and dialog.purpose.text() == "看房"
    dialog.phone.clear()
    type_text(dialog.phone, "13812345678")
    dialog.show()
    draw_signature(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert KeyMovement.select().count() == 1 and dialog.errors.text_of("phone") == ""


def test_clerk_lending_a_master_key_needs_the_supervisor_password(qtbot, desk, register):
    site, ids = register
    page = _page(qtbot, desk)
    _select(page, ids["master"])
    dialog = page.move("lend")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.approval_box is not None and dialog.approval_box.isVisible()
    for widget, text in ((dialog.borrower, "保安队长"), (dialog.phone, "13812345678"), (dialog.purpose, "夜间巡查"),
                         (dialog.approver, "supervisor"), (dialog.approver_password, "wrong-pass")):
        type_text(widget, text)
    draw_signature(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "主管账号或密码不正确" in dialog.errors.text_of("approver_password")
    assert KeyMovement.select().count() == 0 and dialog.borrower.text() == "保安队长"
    dialog.approver_password.clear()
    type_text(dialog.approver_password, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    line = KeyMovement.get(KeyMovement.key == ids["master"])
    assert line.approved_by == site.supervisor.full_name and line.person == "保安队长"


def test_scanning_a_tag_opens_the_key_with_its_holder_and_history(qtbot, desk, register, tmp_path):
    from ui.dialogs.print_preview import PrintPreview

    site, ids = register
    keys.issue_keys([ids["door"]], IssueInput(ids["tenant"], "李雷", "13812345678", signature_png()), by=site.clerk)
    page = _page(qtbot, desk)
    tag = Key.get_by_id(ids["mailbox"]).tag
    type_text(page.scan, tag.lower().replace("-", ""))
    press(page.scan, Qt.Key.Key_Return)
    dialog = page.findChildren(KeyDialog)[-1]
    assert dialog.key_id == ids["mailbox"] and page.scan.text() == ""
    where = dialog.where.text()
    assert tag in where and "李雷" in where and "深圳市云帆科技有限公司" in where
    assert dialog.history.rowCount() == 1 and dialog.history.item(0, 1).text() == "领用"
    # The issue slip is printed again from the history, signature and all.
    dialog.tabs.setCurrentIndex(1)
    dialog.history.selectRow(0)
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    preview = dialog.findChildren(PrintPreview)[-1]
    text = squeeze(_pdf_words(preview.pdf, tmp_path))
    assert "钥匙领用单" in text and "李雷" in text and dialog.history.item(0, 7).text() in text
    # A mistyped tag is refused next to the box, and what was typed stays.
    bad = tag[:-1] + ("0" if tag[-1] != "0" else "1")
    type_text(page.scan, bad)
    press(page.scan, Qt.Key.Key_Return)
    assert "校验位" in page.errors.text_of("tag") and page.scan.text() == bad


def test_overdue_filter_and_new_key_form(qtbot, desk, register):
    site, ids = register
    keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    line = KeyMovement.get(KeyMovement.key == ids["vacant"])
    KeyMovement.update(due_at=line.at - dt.timedelta(minutes=5)).where(KeyMovement.id == line.id).execute()
    page = _page(qtbot, desk)
    page.show_filter("overdue")
    assert [r.id for r in page.model.rows] == [ids["vacant"]] and page.model.rows[0].holder.startswith("张师傅")
    dialog = page.new_key()
    qtbot.addWidget(dialog)
    type_text(dialog.label, "12F-1203 门钥匙")
    type_text(dialog.unit, "12F-1203")
    type_text(dialog.cabinet, "A")
    type_text(dialog.hook, "001")  # taken by the 12F-1201 door key
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "已挂有钥匙" in dialog.errors.text_of("hook") and Key.select().count() == 5
    dialog.hook.clear()
    type_text(dialog.hook, "004")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    key = Key.get(Key.label == "12F-1203 门钥匙")
    assert (key.cabinet, key.hook, key.unit.code, key.state) == ("A", "004", "12F-1203", "in")
    assert key.tag in dialog.where.text()


def test_import_a_key_list_with_a_row_by_row_report(qtbot, desk, register, tmp_path, monkeypatch):
    site, ids = register
    sheet = tmp_path / "keys.csv"
    sheet.write_text("钥匙清单\n名称,类型,单元,机房,份数,柜,挂钩,钥匙串\n"
                     "12F-1203 门钥匙,单元门,12F-1203,,2,C,001,12F-1203 套\n"
                     "12F-1203 信箱,信箱,12F-1203,,1,C,002,12F-1203 套\n"
                     "冷冻机房,机房,,,1,C,003,\n"
                     "99F 门,单元门,99F-9901,,1,C,004,\n", encoding="utf-8")
    page = _page(qtbot, desk, "supervisor")
    asked = []
    monkeypatch.setattr(page, "confirm", lambda text: asked.append(text) or True)
    report = page.import_sheet(sheet)
    assert [label for _, label in report.accepted] == ["12F-1203 门钥匙", "12F-1203 信箱"]
    assert {(r.row, r.field, r.code) for r in report.refused} == {(5, "room", "key.room_needed"),
                                                                  (6, "unit", "tenant.unit_unknown")}
    assert "第 5 行（冷冻机房）" in asked[0] and "第 6 行（99F 门）" in asked[0]
    assert "已导入 2 把钥匙" in page.import_result.text()
    imported = list(Key.select().where(Key.cabinet == "C").order_by(Key.hook))
    assert [(k.hook, k.ring.label) for k in imported] == [("001", "12F-1203 套"), ("002", "12F-1203 套")]
    assert page.model.total == 7


def test_dashboard_tiles_count_keys_out_and_overdue_and_open_the_list(qtbot, desk, register):
    from ui.main_window import MainWindow

    site, ids = register
    keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    keys.lend_keys([ids["plant"]], loan(borrower="孙工"), by=site.supervisor)
    line = KeyMovement.get(KeyMovement.key == ids["plant"])
    KeyMovement.update(due_at=line.at - dt.timedelta(minutes=1)).where(KeyMovement.id == line.id).execute()
    window = MainWindow(desk("clerk"))
    qtbot.addWidget(window)
    dashboard = window.page("dashboard")
    dashboard.refresh()
    assert dashboard.tiles["keys_lent"].value.text() == "2" and dashboard.tiles["keys_overdue"].value.text() == "1"
    qtbot.mouseClick(dashboard.tiles["keys_overdue"], Qt.MouseButton.LeftButton)
    page = window.page("keys")
    assert window.stack.currentWidget() is page and page.state.currentData() == "overdue"
    assert [r.id for r in page.model.rows] == [ids["plant"]]


def test_issue_to_a_tenant_then_report_a_key_lost_and_retire_it(qtbot, desk, register, monkeypatch):
    site, ids = register
    page = _page(qtbot, desk, "supervisor")
    _select(page, ids["mailbox"])
    dialog = page.move("issue")
    qtbot.addWidget(dialog)
    dialog.show()
    # The ring goes with it: both keys of 12F-1201's set are listed.
    listing = dialog.findChild(type(dialog.status), "key_listing").text()
    assert "12F-1201 门钥匙" in listing and "12F-1201 信箱" in listing
    dialog.tenant.setCurrentIndex(dialog.tenant.findText("深圳市云帆科技有限公司"))
    type_text(dialog.receiver, "李雷")
    type_text(dialog.phone, "13812345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "签字" in dialog.errors.text_of("signature") and KeyMovement.select().count() == 0
    draw_signature(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    lines = list(KeyMovement.select().where(KeyMovement.slip_no == dialog.slip_no))
    assert {(m.key_id, m.tenant_id, m.person) for m in lines} == {(ids["door"], ids["tenant"], "李雷"),
                                                                 (ids["mailbox"], ids["tenant"], "李雷")}
    dialog.accept()

    # The tenant loses the mailbox key: charged the default, lock to be changed; then the key is retired.
    _select(page, ids["mailbox"])
    lost = page.move("lost")
    qtbot.addWidget(lost)
    type_text(lost.reported_by, "李雷")
    type_text(lost.charge, "abc")
    qtbot.mouseClick(lost.save_button, Qt.MouseButton.LeftButton)
    assert "赔偿金额" in lost.errors.text_of("charge") and lost.reported_by.text() == "李雷"
    lost.charge.clear()
    qtbot.mouseClick(lost.save_button, Qt.MouseButton.LeftButton)
    line = KeyMovement.get((KeyMovement.key == ids["mailbox"]) & (KeyMovement.kind == "lost"))
    assert (line.charge, line.lock_change, line.company) == (100, True, "深圳市云帆科技有限公司")
    lost.accept()
    key_dialog = page._open(ids["mailbox"])
    qtbot.addWidget(key_dialog)
    assert "遗失" in key_dialog.where.text() and key_dialog.retire_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("遗失已换锁", True))
    qtbot.mouseClick(key_dialog.retire_button, Qt.MouseButton.LeftButton)
    assert Key.get_by_id(ids["mailbox"]).state == "retired" and "已注销" in key_dialog.where.text()
    assert key_dialog.history.item(0, 1).text() == "注销"


def test_cabinet_map_is_drawn_off_the_ui_thread_and_previewed(qtbot, desk, register, tmp_path):
    site, ids = register
    page = _page(qtbot, desk)
    qtbot.mouseClick(page.map_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.map_preview is not None, timeout=10000)
    qtbot.addWidget(page.map_preview)
    assert page.map_button.isEnabled()
    text = squeeze(_pdf_words(page.map_preview.pdf, tmp_path))
    assert "钥匙柜示意图" in text and Key.get_by_id(ids["plant"]).tag in text
    keys_out = page.print_keys_out()
    qtbot.addWidget(keys_out)
    assert "钥匙外借清单" in squeeze(_pdf_words(keys_out.pdf, tmp_path))
