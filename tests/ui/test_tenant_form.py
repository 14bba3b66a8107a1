"""The tenant form driven as a clerk would: type Chinese, save, find it in the database, print it."""
from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import Contact, Tenant, TenantDocument
from services import building
from tests.ui.typing import type_text
from ui.dialogs.tenant_dialog import TenantDialog
from ui.pages.tenants_page import TenantsPage

GOOD_CODE = "91350100M000100Y43"
BAD_CODE = "91350100M000100Y44"


@pytest.fixture
def units(sqlite_site):
    building.generate_units(building.GenerateInput(12, 12, 4, "120"), by=sqlite_site.supervisor)
    return sqlite_site


def _fill(qtbot, dialog: TenantDialog, code: str) -> None:
    type_text(dialog.name, "深圳市前海云帆科技有限公司")
    type_text(dialog.credit_code, code)
    type_text(dialog.units, "12F-1201，12F-1202")
    type_text(dialog.emergency_name, "周敏")
    type_text(dialog.emergency_phone, "13912345678")
    dialog.contacts.setCurrentCell(0, 0)
    for col, text in enumerate(("李雷", "13812345678", "行政经理")):
        from PySide6.QtWidgets import QTableWidgetItem

        dialog.contacts.setItem(0, col, QTableWidgetItem(text))


def test_clerk_adds_a_tenant_through_the_form(qtbot, desk, units):
    page = TenantsPage(desk("clerk"))
    qtbot.addWidget(page)
    page.refresh()
    dialog = page.new_tenant()
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, GOOD_CODE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    tenant = Tenant.get(Tenant.name == "深圳市前海云帆科技有限公司")
    assert tenant.credit_code == GOOD_CODE and tenant.emergency_name == "周敏"
    assert [(c.name, c.phone, c.role, c.is_primary) for c in Contact.select()] == [
        ("李雷", "13812345678", "行政经理", True)]
    assert dialog.tenant_id == tenant.id and dialog.print_button.isEnabled()
    dialog.close()
    # The list finds it by pinyin initials as the clerk types.
    type_text(page.search, "szsqhy")
    qtbot.waitUntil(lambda: page.model.total == 1 and page.model.row_at(0).name == tenant.name, timeout=2000)


def test_bad_credit_code_is_refused_next_to_the_field_and_the_form_is_kept(qtbot, desk, units):
    dialog = TenantDialog(desk("clerk"))
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, BAD_CODE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Tenant.select().count() == 0
    assert "校验位" in dialog.errors.text_of("credit_code")
    assert not dialog.findChild(type(dialog.status), "error_credit_code").isHidden()
    # Everything typed is still there.
    assert dialog.name.text() == "深圳市前海云帆科技有限公司"
    assert dialog.credit_code.text() == BAD_CODE
    assert dialog.units.text() == "12F-1201，12F-1202"
    assert dialog.contacts.item(0, 0).text() == "李雷"
    # Corrected, it saves, and the message goes away.
    dialog.credit_code.clear()
    type_text(dialog.credit_code, GOOD_CODE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Tenant.select().count() == 1 and dialog.errors.text_of("credit_code") == ""


def test_bad_contact_phone_names_the_row(qtbot, desk, units):
    from PySide6.QtWidgets import QTableWidgetItem

    dialog = TenantDialog(desk("clerk"))
    qtbot.addWidget(dialog)
    type_text(dialog.name, "华南贸易")
    dialog.contacts.setItem(1, 0, QTableWidgetItem("王五"))
    dialog.contacts.setItem(1, 1, QTableWidgetItem("555"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Tenant.select().count() == 0
    assert dialog.errors.text_of("contacts").startswith("第 2 行")


def test_documents_and_print_from_the_tenant_record(qtbot, desk, units, tmp_path):
    dialog = TenantDialog(desk("clerk"))
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, GOOD_CODE)
    assert dialog.save()
    docs = dialog.documents
    scan = tmp_path / "营业执照.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned licence")
    docs.doc_type.setCurrentIndex(docs.doc_type.findData("business_licence"))
    docs.set_file(scan)
    type_text(docs.note, "副本")
    qtbot.mouseClick(docs.add_button, Qt.MouseButton.LeftButton)
    doc = TenantDocument.get()
    assert (doc.doc_type, doc.note, doc.file_name, bytes(doc.file_data)) == (
        "business_licence", "副本", "营业执照.pdf", b"%PDF-1.4 scanned licence")
    assert docs.table.rowCount() == 1
    # A clerk may not void; the button says so by being off, and the service refuses anyway.
    assert not docs.void_button.isEnabled()

    preview = dialog.open_print_preview()
    qtbot.addWidget(preview)
    assert preview.page_count() == 1
    out = preview.save_to(tmp_path / "out" / "登记表.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "住户登记表" in text and "深圳市前海云帆科技有限公司" in text and "李雷" in text and "营业执照" in text


def test_print_goes_through_qprinter(qtbot, desk, units, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog = TenantDialog(desk("clerk"))
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, GOOD_CODE)
    assert dialog.save()
    preview = dialog.open_print_preview()
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "(A4)" in info


def test_stale_edit_is_refused_and_typing_kept(qtbot, desk, units, monkeypatch):
    from services import tenants
    from services.tenants import TenantInput

    tenant_id = tenants.create_tenant(TenantInput(name="甲公司", units=["12F-1203"]), by=units.clerk)
    dialog = TenantDialog(desk("clerk"), tenant_id)
    qtbot.addWidget(dialog)
    # Another desk saves the same tenant meanwhile.
    tenants.update_tenant(tenant_id, TenantInput(name="甲公司（改）", units=["12F-1203"]), version=1,
                          by=units.steward)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    type_text(dialog.notes, "新的备注")
    assert not dialog.save()
    assert shown and "steward" in shown[0]
    assert dialog.notes.toPlainText() == "新的备注"
    assert Tenant.get_by_id(tenant_id).name == "甲公司（改）"
