"""The audit page: real changes made through the services, then filtered and paged as a supervisor would."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from models import AuditEntry
from services import building, settings
from services.auth import UserInput, create_user
from tests.ui.typing import press, type_text
from ui.pages.audit_page import AuditPage

LEFT = Qt.MouseButton.LeftButton


def make_page(qtbot, ctx) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.refresh()
    return page


def column(page: AuditPage, number: int) -> list[str]:
    return [page.model.data(page.model.index(r, number)) for r in range(page.model.rowCount())]


def changes(site) -> None:
    settings.update_settings({"privacy.retention_days": 365}, by=site.manager)
    create_user(UserInput("liming", "李明", "steward", "Steward2026"), by=site.admin)
    building.generate_units(building.GenerateInput(12, 12, 2, "100"), by=site.supervisor)


def test_supervisor_reads_and_filters_the_trail(qtbot, desk, sqlite_site):
    changes(sqlite_site)
    page = make_page(qtbot, desk("supervisor"))
    assert page.model.total == 4
    assert column(page, 2) == ["新建", "新建", "新建", "修改"]  # newest first
    assert column(page, 3) == ["单元", "单元", "用户", "设置"]

    page.entity.setCurrentIndex(page.entity.findData("setting"))  # the page asks again at once
    assert column(page, 1) == ["manager"] and column(page, 2) == ["修改"]
    assert column(page, 5) == ["privacy.retention_days: 180"] and column(page, 6) == ["privacy.retention_days: 365"]
    page.table.selectRow(0)
    assert page.before.toPlainText() == "privacy.retention_days: 180"
    assert page.after.toPlainText() == "privacy.retention_days: 365"

    page.entity.setCurrentIndex(0)
    qtbot.keyClicks(page.username, "admin")
    press(page.username, Qt.Key.Key_Return)
    assert column(page, 2) == ["新建"] and column(page, 3) == ["用户"]
    assert "李明" in column(page, 6)[0] and "password_hash" not in column(page, 6)[0]
    assert page.count.text() == "共 1 条，已显示 1 条"


def test_record_id_takes_digits_only_and_dates_narrow_the_list(qtbot, desk, sqlite_site):
    changes(sqlite_site)
    page = make_page(qtbot, desk("manager"))
    unit_id = AuditEntry.select().where(AuditEntry.entity == "unit").order_by(AuditEntry.id).first().record_id
    type_text(page.record_id, "十二")
    qtbot.keyClicks(page.record_id, "ab")
    assert page.record_id.text() == ""  # refused as typed: a record number is digits
    page.entity.setCurrentIndex(page.entity.findData("unit"))
    qtbot.keyClicks(page.record_id, str(unit_id))
    qtbot.mouseClick(page.search_button, LEFT)
    assert column(page, 4) == [str(unit_id)] and column(page, 3) == ["单元"]

    page.record_id.clear()
    page.entity.setCurrentIndex(0)
    assert not page.day_from.isEnabled()
    qtbot.mouseClick(page.all_dates, LEFT)
    assert page.day_from.isEnabled() and not page.all_dates.isChecked()
    yesterday = QDate.currentDate().addDays(-1)
    page.day_from.setDate(yesterday.addDays(-7))
    page.day_to.setDate(yesterday)
    qtbot.mouseClick(page.search_button, LEFT)
    assert page.model.total == 0 and page.count.text() == "没有符合条件的记录"
    page.day_to.setDate(QDate.currentDate())
    qtbot.mouseClick(page.search_button, LEFT)
    assert page.model.total == 4


def test_long_trail_is_fetched_page_by_page(qtbot, desk, sqlite_site):
    building.generate_units(building.GenerateInput(1, 5, 10, "100"), by=sqlite_site.supervisor)
    page = AuditPage(desk("supervisor"))
    qtbot.addWidget(page)
    page.page_size = 10
    page.resize(1000, 500)
    page.show()
    page.refresh()
    assert page.model.total == 50
    first = len(page.model.rows)
    assert 10 <= first < 50 and first % 10 == 0
    assert page.count.text() == f"共 50 条，已显示 {first} 条"
    qtbot.mouseClick(page.more_button, LEFT)
    assert len(page.model.rows) == first + 10
    # Scrolling to the end fetches the rest, page by page, as the clerk reads on.
    for _ in range(10):
        page.table.scrollToBottom()
        qtbot.wait(10)
    assert len(page.model.rows) == 50 and len({r.id for r in page.model.rows}) == 50
    assert page.count.text() == "共 50 条，已显示 50 条" and not page.more_button.isEnabled()


def test_clerk_is_told_who_may_read_the_trail(qtbot, desk, sqlite_site):
    page = make_page(qtbot, desk("clerk"))
    assert page.note.isVisible() and not page.table.isVisible()
    text = page.findChild(type(page.count), "audit_note_text").text()
    assert text == "只有客服主管、客服经理、系统管理员可以查看操作记录。"
    assert AuditEntry.select().count() == 0  # it never asked, so no refusal was recorded
