"""值班日志 driven like the desk: a clerk starts the shift's log, writes notes, raises a matter, hands over with a
signature; the next shift's clerk logs in, sees the handover waiting (and on the dashboard) and acknowledges it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from models import AuditEntry
from models.duty import DutyLog, DutyMatter, DutyNote
from services import duty
from tests.printouts.pdftools import pdf_text, squeeze
from tests.ui.test_keys_page import draw_signature
from tests.ui.test_main_window import _login
from tests.ui.typing import click, type_text
from ui.main_window import MainWindow
from ui.pages.dutylog_page import DutyLogPage


def _window(qtbot, site, username: str) -> MainWindow:
    window = MainWindow(_login(qtbot, site, username))
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_clerk_writes_and_hands_over_and_the_next_clerk_acknowledges(qtbot, sqlite_site, tmp_path):
    window = _window(qtbot, sqlite_site, "clerk")
    page = window.show_page("dutylog")
    assert isinstance(page, DutyLogPage)
    shift = page.shift
    slot = duty.current_slot(by=sqlite_site.clerk)
    assert shift.title.text() == f"本班：{slot.day:%Y-%m-%d} {slot.label}"
    assert shift.stack.currentIndex() == 0 and shift.new_staff.text() == "测试clerk"
    shift.new_staff.clear()
    click(qtbot, shift.findChild(QPushButton, "start_log"))
    assert shift.start_errors.text_of("staff") == "必填" and DutyLog.select().count() == 0
    type_text(shift.new_staff, "测试clerk")
    type_text(shift.new_staff, "、孙保安")
    click(qtbot, shift.findChild(QPushButton, "start_log"))
    log = DutyLog.get()
    assert (log.staff, log.shift, log.state) == ("测试clerk、孙保安", slot.shift, "open")
    assert shift.stack.currentIndex() == 1 and "count_visitors_checked_in" in {
        w.objectName() for w in shift.counts.values.values()}
    # Two notes under their categories.
    shift.category.setCurrentIndex(shift.category.findData("equipment"))
    type_text(shift.note_text, "3 号客梯异响，已报工程部")
    click(qtbot, shift.findChild(QPushButton, "add_note"))
    shift.category.setCurrentIndex(shift.category.findData("safety"))
    type_text(shift.note_text, "B1 车库烟感误报，已复位")
    click(qtbot, shift.findChild(QPushButton, "add_note"))
    assert [(n.category, n.text, n.by_name) for n in DutyNote.select().order_by(DutyNote.id)] == [
        ("equipment", "3 号客梯异响，已报工程部", "测试clerk"), ("safety", "B1 车库烟感误报，已复位", "测试clerk")]
    assert shift.notes.rowCount() == 2 and shift.notes.item(1, 3).text() == "B1 车库烟感误报，已复位"
    # A matter too long is refused next to its field; what was typed stays, nothing is saved.
    long_text = "12F 业户明早来取备用钥匙" + "请核对身份" * 100
    type_text(shift.matter, long_text)
    click(qtbot, shift.findChild(QPushButton, "add_matter"))
    assert shift.errors.text_of("matter") == "太长：最多 500 个字"
    assert shift.matter.text() == long_text and DutyMatter.select().count() == 0
    shift.matter.clear()
    type_text(shift.matter, "12F 业户明早 9 点来取备用钥匙")
    click(qtbot, shift.findChild(QPushButton, "add_matter"))
    assert shift.errors.text_of("matter") == ""
    assert [m.text for m in DutyMatter.select()] == ["12F 业户明早 9 点来取备用钥匙"]
    # Print from the page: the log as it stands.
    preview = shift.print_current()
    words = squeeze(pdf_text(preview.save_to(tmp_path / "duty.pdf")))
    assert "值班日志" in words and "3号客梯异响" in words and "12F业户明早9点来取备用钥匙" in words
    assert "（打印时统计，尚未交班）" in words and "值班中" in words
    preview.close()
    # Hand over with a signature.
    dialog = shift.close_log()
    # No lobby check was made this shift: the handover says so before it is signed.
    assert not dialog.reminder.isHidden() and "2 次大堂检查没有做" in dialog.reminder.text()
    draw_signature(qtbot, dialog.pad)
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    log = DutyLog.get()
    assert (log.state, log.closed_by_name) == ("closed", "测试clerk") and log.close_signature and log.counts
    assert not shift.close_button.isEnabled() and not shift.note_text.isEnabled()
    # The same clerk cannot acknowledge their own handover: refused, the log stays waiting.
    ack = shift.acknowledge()
    click(qtbot, ack.save_button)
    assert ack.errors.text_of("signature") == "交班人不能自己确认接班，请由下一班同事登录确认"
    assert DutyLog.get().state == "closed"
    ack.reject()
    window.close()

    # The next shift's clerk logs in: the dashboard shows the handover waiting and opens it.
    window = _window(qtbot, sqlite_site, "steward")
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    assert dashboard.tiles["handover_waiting"].value.text() == "1"
    qtbot.mouseClick(dashboard.tiles["handover_waiting"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert page is window.pages["dutylog"] and page.tabs.currentWidget() is page.history
    history = page.history
    assert history.state.currentData() == "closed" and history.model.total == 1
    assert "12F 业户明早 9 点来取备用钥匙" in history.detail.toPlainText()
    dialog = history.acknowledge()
    draw_signature(qtbot, dialog.pad)
    type_text(dialog.note, "钥匙柜已清点")
    click(qtbot, dialog.save_button)
    log = DutyLog.get()
    assert (log.state, log.acknowledged_by_name, log.ack_note) == ("acknowledged", "测试steward", "钥匙柜已清点")
    assert log.ack_signature and log.acknowledged_by != log.closed_by
    assert AuditEntry.select().where((AuditEntry.action == "acknowledge") & (AuditEntry.username == "steward")).exists()
    window.show_page("dashboard")
    dashboard.refresh()
    assert dashboard.tiles["handover_waiting"].value.text() == "0"


def test_a_supervisor_corrects_a_handed_over_log_from_the_history(qtbot, desk, sqlite_site):
    log_id = duty.start_log("王小丽", by=sqlite_site.clerk)
    duty.close_log(log_id, DutyLog.get_by_id(log_id).version, duty.HandoverInput(), by=sqlite_site.clerk)
    clerk_page = DutyLogPage(desk("clerk"))
    qtbot.addWidget(clerk_page)
    clerk_page.history.show_state("")
    assert not clerk_page.history.correct_button.isEnabled()  # a clerk does not correct
    page = DutyLogPage(desk("supervisor"))
    qtbot.addWidget(page)
    page.show_filter("closed")
    assert page.history.model.total == 1 and page.history.correct_button.isEnabled()
    dialog = page.history.correct()
    click(qtbot, dialog.findChild(QPushButton, "save"))
    assert dialog.errors.text_of("correction") == "必填" and DutyNote.select().count() == 0
    type_text(dialog.text, "烟感误报时间应为 14:25")
    click(qtbot, dialog.findChild(QPushButton, "save"))
    note = DutyNote.get()
    assert (note.correction, note.by_name, note.text) == (True, "测试supervisor", "烟感误报时间应为 14:25")
    assert "主管更正" in page.history.detail.toPlainText()


def test_a_log_a_shift_forgot_to_hand_over_is_closed_from_the_history(qtbot, desk, sqlite_site):
    import datetime as dt

    from models import now

    forgotten = duty.start_log("赵管家", by=sqlite_site.steward, at=now() - dt.timedelta(days=1))
    page = DutyLogPage(desk("clerk"))
    qtbot.addWidget(page)
    page.show_filter("open")
    history = page.history
    assert history.model.total == 1 and history.view.row.id == forgotten
    assert "（无）" in history.detail.toPlainText()  # no notes, no matters: said, not left blank
    assert history.close_button.isEnabled() and not history.ack_button.isEnabled()
    dialog = history.close_log()
    draw_signature(qtbot, dialog.pad)
    click(qtbot, dialog.save_button)
    log = DutyLog.get_by_id(forgotten)
    assert (log.state, log.closed_by_name) == ("closed", "测试clerk")
    assert duty.get_log(forgotten, by=sqlite_site.clerk).counted_until == log.ends  # frozen at the shift end


def test_a_matter_carried_over_is_marked_done_in_the_next_shift(qtbot, desk, sqlite_site):
    import datetime as dt

    from models import now

    earlier = duty.start_log("赵管家", by=sqlite_site.steward, at=now() - dt.timedelta(days=1))
    matter_id = duty.add_matter(earlier, "2 号会议室投影仪待工程部检查", by=sqlite_site.steward,
                                at=now() - dt.timedelta(days=1))
    duty.close_log(earlier, DutyLog.get_by_id(earlier).version, duty.HandoverInput(), by=sqlite_site.steward)
    page = DutyLogPage(desk("clerk"))
    qtbot.addWidget(page)
    page.refresh()
    shift = page.shift
    assert shift.carried_hint.text() == "待办交接事项 1 件将带入本班。"
    click(qtbot, shift.findChild(QPushButton, "start_log"))
    assert shift.matters.rowCount() == 1
    assert shift.matters.item(0, 3).text() == "【上班移交】2 号会议室投影仪待工程部检查"
    assert shift.matters.item(0, 2).text() == "未办结"
    shift.matters.selectRow(0)
    type_text(shift.done_note, "工程部已更换灯泡")
    click(qtbot, shift.findChild(QPushButton, "matter_done"))
    matter = DutyMatter.get_by_id(matter_id)
    assert (matter.done_by_name, matter.done_note) == ("测试clerk", "工程部已更换灯泡")
    assert shift.matters.item(0, 2).text().startswith("测试clerk ") and shift.matters.item(0, 2).text().endswith("办结")
    assert duty.open_matters(by=sqlite_site.clerk) == []
