"""The first-run wizard driven as the person setting up the desk would, on an empty database."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard

from models import AuditEntry, Site, Unit, User
from services.site import needs_setup
from tests.ui.typing import type_text
from ui.dialogs.wizard import ADMIN_PAGE, SITE_PAGE, UNITS_PAGE, SetupWizard

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def wizard(qtbot, sqlite_db) -> SetupWizard:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click(qtbot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), LEFT)


def next_page(qtbot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def set_number(qtbot, spin, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def fill_site(qtbot, wizard: SetupWizard, logo: Path | None = None) -> None:
    form = wizard.site_page.form
    type_text(form.name, "深圳湾创新中心")
    type_text(form.address, "深圳市南山区科苑南路 2888 号")
    qtbot.keyClicks(form.phone, "0755-86001234")
    if logo:
        form.set_logo_file(logo)
    next_page(qtbot, wizard)
    assert wizard.currentId() == UNITS_PAGE


def fill_admin(qtbot, wizard: SetupWizard, repeat: str = "Admin2026") -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "admin")
    type_text(page.full_name, "张伟")
    qtbot.keyClicks(page.password, "Admin2026")
    qtbot.keyClicks(page.repeat, repeat)


def test_generated_units_and_first_admin(qtbot, wizard, tmp_path):
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6feb"))
    assert image.save(str(logo))

    # An empty site name is refused on page 1; what was typed stays.
    form = wizard.site_page.form
    type_text(form.address, "深圳市南山区科苑南路 2888 号")
    next_page(qtbot, wizard)
    assert wizard.currentId() == SITE_PAGE
    assert wizard.errors.text_of("name") == "必填"
    assert form.address.text() == "深圳市南山区科苑南路 2888 号"
    form.address.clear()
    fill_site(qtbot, wizard, logo)
    assert not form.logo_preview.pixmap().isNull()

    page = wizard.units_page
    assert page.generate_radio.isChecked()
    set_number(qtbot, page.first_floor, 1)
    set_number(qtbot, page.last_floor, 3)
    set_number(qtbot, page.per_floor, 4)
    page.area.clear()
    qtbot.keyClicks(page.area, "88.5")
    qtbot.keyClicks(page.skip_floors, "2")
    next_page(qtbot, wizard)
    assert wizard.currentId() == ADMIN_PAGE

    # The second password differs: refused next to it, nothing created.
    fill_admin(qtbot, wizard, repeat="Admin2027")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.currentId() == ADMIN_PAGE and wizard.result_actor is None
    assert wizard.errors.text_of("repeat") == "两次输入的密码不一致"
    assert Site.select().count() == 0
    wizard.admin_page.repeat.clear()
    qtbot.keyClicks(wizard.admin_page.repeat, "Admin2026")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    site = Site.get()
    assert (site.name, site.address, site.phone, site.timezone) == (
        "深圳湾创新中心", "深圳市南山区科苑南路 2888 号", "0755-86001234", "Asia/Shanghai")
    assert bytes(site.logo) == logo.read_bytes()
    admin = User.get()
    assert (admin.username, admin.full_name, admin.role) == ("admin", "张伟", "admin")
    codes = sorted(u.code for u in Unit.select())
    assert codes == ["1F-101", "1F-102", "1F-103", "1F-104", "3F-301", "3F-302", "3F-303", "3F-304"]
    assert {u.area for u in Unit.select()} == {Decimal("88.5")}
    actor = wizard.result_actor
    assert actor is not None and actor.username == "admin" and actor.site_id == site.id
    assert wizard.units_made == 8 and not needs_setup()
    assert AuditEntry.select().where(AuditEntry.action == "login").count() == 1


def _sheet(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["单元号", "楼层", "面积", "备注"])
    sheet.append(["12F-1201", "12F", 120, "朝南"])
    sheet.append(["12F-1202", "12F", "一百", ""])
    sheet.append(["12F-1203", "", 95.5, ""])
    sheet.append(["12F-1201", "12F", 80, "重复"])
    book.save(path)
    return path


def test_imported_sheet_is_previewed_and_refused_rows_left_out(qtbot, wizard, tmp_path):
    fill_site(qtbot, wizard)
    page = wizard.units_page
    qtbot.mouseClick(page.import_radio, LEFT)
    assert page.stack.currentIndex() == 1
    # Next without a sheet is refused next to the file chooser.
    next_page(qtbot, wizard)
    assert wizard.currentId() == UNITS_PAGE and wizard.errors.text_of("import_file") == "必填"

    page.set_sheet(_sheet(tmp_path / "units.xlsx"))
    rows = {page.preview.item(r, 0).text(): page.preview.item(r, 2).text() for r in range(page.preview.rowCount())}
    assert rows["2"] == "可导入" and rows["4"] == "可导入"
    assert rows["3"] == "面积：面积应为大于 0 的数字（m²）"
    assert rows["5"] == "单元号：该单元号已存在"
    assert "可导入 2 个单元；2 行有问题" in page.summary.text()
    assert Unit.select().count() == 0 and Site.select().count() == 0  # a preview stores nothing

    next_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    units = {u.code: (u.floor.name, u.area, u.note) for u in Unit.select()}
    assert units == {"12F-1201": ("12F", Decimal(120), "朝南"), "12F-1203": ("12F", Decimal("95.5"), "")}
    assert wizard.units_made == 2


def test_unreadable_sheet_shows_its_message(qtbot, wizard, tmp_path):
    fill_site(qtbot, wizard)
    page = wizard.units_page
    qtbot.mouseClick(page.import_radio, LEFT)
    broken = tmp_path / "units.xlsx"
    broken.write_bytes(b"not a workbook at all")
    page.set_sheet(broken)
    assert wizard.errors.text_of("import_file") == "文件无法读取"
    assert page.preview.rowCount() == 0
    next_page(qtbot, wizard)
    assert wizard.currentId() == UNITS_PAGE


def test_refused_units_at_finish_leave_nothing_behind(qtbot, wizard):
    fill_site(qtbot, wizard)
    page = wizard.units_page
    set_number(qtbot, page.first_floor, 10)
    set_number(qtbot, page.last_floor, 5)
    next_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    # The service refused the floor range: back on the units page with the reason there, nothing stored.
    assert wizard.currentId() == UNITS_PAGE and wizard.result_actor is None
    assert wizard.errors.text_of("last_floor") == "结束楼层应不低于开始楼层"
    assert (Site.select().count(), User.select().count(), Unit.select().count(), AuditEntry.select().count()) == (
        0, 0, 0, 0)
    assert needs_setup()
    # Corrected, the same wizard finishes (the admin page kept its typing).
    set_number(qtbot, page.last_floor, 12)
    next_page(qtbot, wizard)
    assert wizard.admin_page.full_name.text() == "张伟"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert Unit.select().count() == 3 * 8


def test_bad_area_and_skip_floor_are_refused_before_next(qtbot, wizard):
    fill_site(qtbot, wizard)
    page = wizard.units_page
    type_text(page.skip_floors, "4, 十三")
    next_page(qtbot, wizard)
    assert wizard.currentId() == UNITS_PAGE
    assert wizard.errors.text_of("skip_floors") == "楼层无效（如 12F、B1）"
    page.skip_floors.clear()
    qtbot.keyClicks(page.skip_floors, "4, B1")
    page.area.clear()
    qtbot.keyClicks(page.area, "-5")
    next_page(qtbot, wizard)
    assert wizard.errors.text_of("area") == "面积应为大于 0 的数字（m²）" and page.area.text() == "-5"
    qtbot.mouseClick(page.skip_radio, LEFT)
    next_page(qtbot, wizard)
    assert wizard.currentId() == ADMIN_PAGE
    fill_admin(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted and Unit.select().count() == 0


def test_weak_admin_password_is_refused_on_the_admin_page(qtbot, wizard):
    fill_site(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "admin")
    type_text(page.full_name, "张伟")
    qtbot.keyClicks(page.password, "short")
    qtbot.keyClicks(page.repeat, "short")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.currentId() == ADMIN_PAGE
    assert wizard.errors.text_of("password") == "密码至少 8 位"
    assert Site.select().count() == 0 and page.full_name.text() == "张伟"


def test_the_site_folder_fills_the_first_page(qtbot, wizard, tmp_path):
    from services.site_config import SiteConfig

    logo = QImage(40, 20, QImage.Format.Format_RGB32)
    logo.fill(QColor("#1f6feb"))
    logo.save(str(tmp_path / "logo.png"))
    form = wizard.site_page.form
    form.fill_from(SiteConfig(tmp_path, "t1", "前海国际大厦", "深圳市南山区桂湾五路 1 号", "0755-88886666",
                              tmp_path / "logo.png"))
    assert form.name.text() == "前海国际大厦" and form.phone.text() == "0755-88886666"
    assert form.logo == (tmp_path / "logo.png").read_bytes()
    type_text(form.name, "（二期）")
    next_page(qtbot, wizard)
    assert wizard.currentId() == UNITS_PAGE
    assert wizard.site_page.form.read().name == "前海国际大厦（二期）"
