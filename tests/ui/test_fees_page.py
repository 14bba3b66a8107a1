"""The fees page driven like a clerk: take a payment and print its receipt, run and issue bills, enter
readings, chase arrears, export the statement."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from models.fees import Allocation, Bill, MeterReading, Payment, Reminder
from services import fees, meters
from tests.services.fee_fixtures import MARCH, fee_tower, issued_march
from tests.ui.typing import type_text
from ui.dialogs.payment_dialog import PaymentDialog
from ui.pages.fees_page import FeesPage


@pytest.fixture
def tower(sqlite_site):
    return fee_tower(sqlite_site)


def _page(qtbot, desk, role: str = "clerk") -> FeesPage:
    page = FeesPage(desk(role))
    qtbot.addWidget(page)
    page.refresh()
    return page


def _pay_dialog(qtbot, page: FeesPage, tenant_id: int) -> PaymentDialog:
    account = page.show_tab("account")
    account.show_tenant(tenant_id)
    dialog = account.take_payment()
    qtbot.addWidget(dialog)
    return dialog


def test_clerk_takes_a_payment_and_prints_the_receipt(qtbot, desk, tower, tmp_path):
    march = issued_march(tower)
    due = fees.bill_detail(march[0], by=tower.clerk).row.total
    page = _page(qtbot, desk)
    dialog = _pay_dialog(qtbot, page, tower.a)
    assert dialog.amount.text() == f"{due:.2f}"  # the open amount, offered
    dialog.amount.clear()
    type_text(dialog.amount, "2000.00")
    dialog.method.setCurrentIndex(dialog.method.findData("transfer"))
    type_text(dialog.reference, "招行流水 66012")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    payment = Payment.get()
    assert (payment.receipt_no, Decimal(payment.amount), payment.method, payment.reference, payment.taken_by) == (
        f"SF-{dt.date.today().year}-0001", Decimal("2000.00"), "transfer", "招行流水 66012", "clerk")
    assert [(a.bill_id, Decimal(a.amount)) for a in Allocation.select()] == [(march[0], Decimal("2000.00"))]
    account = page.account
    qtbot.waitUntil(lambda: account.last_preview is not None, timeout=3000)
    preview = account.last_preview
    qtbot.addWidget(preview)
    out = preview.save_to(tmp_path / "receipt.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("收费票据", payment.receipt_no, "甲科技有限公司", "¥2,000.00", "人民币贰仟元整", "银行转账",
                  "招行流水 66012", "ZD-2026-0001"):
        assert words in text, words
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M)
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height  # A5 landscape went to the printer as such
    # The account shows it.
    assert account.payments.item(0, 0).text() == payment.receipt_no
    assert "未收 {:,.2f}".format(due - Decimal("2000.00")) in account.summary.text()


def test_a_bad_amount_is_refused_next_to_the_field_and_kept(qtbot, desk, tower):
    issued_march(tower)
    page = _page(qtbot, desk)
    dialog = _pay_dialog(qtbot, page, tower.b)
    dialog.amount.clear()
    type_text(dialog.amount, "12.345")
    dialog.method.setCurrentIndex(dialog.method.findData("transfer"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Payment.select().count() == 0 and dialog.isVisible()
    assert "两位小数" in dialog.errors.text_of("amount")
    assert "流水号" in dialog.errors.text_of("reference")
    assert dialog.amount.text() == "12.345"


def test_supervisor_runs_checks_and_issues_the_month(qtbot, desk, tower):
    page = _page(qtbot, desk, "supervisor")
    bills = page.bills
    bills.month.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(bills.run_button, Qt.MouseButton.LeftButton)
    assert bills.table.rowCount() == 2 and "缺少读数" in bills.run_note.text()
    bills.select_all()
    qtbot.mouseClick(bills.check_button, Qt.MouseButton.LeftButton)
    bills.select_all()
    qtbot.mouseClick(bills.issue_button, Qt.MouseButton.LeftButton)
    assert {b.status for b in Bill.select()} == {"issued"}
    assert sorted(bills.table.item(r, 1).text() for r in range(2))[0].startswith("ZD-")
    bills.table.selectRow(0)
    preview = bills.print_selected()
    qtbot.addWidget(preview)
    assert preview.page_count() == 1


def test_a_clerk_cannot_check_bills(qtbot, desk, tower):
    page = _page(qtbot, desk, "clerk")
    assert not page.bills.check_button.isEnabled() and not page.bills.issue_button.isEnabled()
    assert not hasattr(page, "statement")  # the statement is for supervisors and up


def test_readings_grid_refuses_a_jump_until_confirmed(qtbot, desk, tower):
    for month, value in ((1, "100"), (2, "110"), (3, "120"), (4, "130")):
        meters.record_readings(dt.date(2026, month, 1), "water", [meters.ReadingInput("12F-1203", value)],
                             by=tower.clerk)
    page = _page(qtbot, desk)
    tab = page.show_tab("meters")
    tab.month.setDate(QDate(2026, 5, 1))
    tab.refresh()
    row = next(r for r in range(tab.grid.rowCount()) if tab.grid.item(r, 0).text() == "12F-1203")
    tab.set_reading(row, "300")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not MeterReading.select().where(MeterReading.month == dt.date(2026, 5, 1)).exists()
    assert tab.errors.text_of("readings").startswith(f"第 {row + 1} 行") and "倍" in tab.errors.text_of(
        "readings")
    assert tab.grid.item(row, 4).text() == "300"  # kept
    tab.grid.item(row, 6).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = MeterReading.get(MeterReading.month == dt.date(2026, 5, 1))
    assert saved.reading == 300 and saved.jump_confirmed


def test_arrears_call_then_letter_too_early(qtbot, desk, tower, monkeypatch):
    issued_march(tower)
    page = _page(qtbot, desk)
    tab = page.show_tab("arrears")
    tab.refresh()
    assert tab.table.rowCount() == 2
    tab.select_tenant(tower.a)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("财务说月底付", True))
    qtbot.mouseClick(tab.call_button, Qt.MouseButton.LeftButton)
    assert [(r.kind, r.note) for r in Reminder.select()] == [("phone", "财务说月底付")]
    page.open_account(tower.a)
    assert page.account.reminders.item(0, 4).text() == "财务说月底付"
    page.show_tab("arrears")
    # A double click on the row opens the tenant's account, where its bill prints.
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "甲科技有限公司")
    tab._open_account(tab.table.model().index(row, 0))
    assert page.tabs.currentWidget() is page.account and page.account.tenant_id() == tower.a
    page.account.bills.selectRow(0)
    preview = page.account.print_bill()
    qtbot.addWidget(preview)
    assert preview.page_count() == 1
    page.show_tab("arrears")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    tab.select_tenant(tower.a)
    qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    assert shown and "还不到发催缴函" in shown[0] and Reminder.select().count() == 1


def test_statement_exports_a_workbook(qtbot, desk, tower, tmp_path):
    issued_march(tower)
    page = _page(qtbot, desk, "manager")
    tab = page.statement
    tab.month.setDate(QDate(2026, 4, 1))
    tab.refresh()
    assert tab.figures.item(1, 1).text() == "4,678.09"
    path = tab.export_to(tmp_path / "dz.xlsx")
    book = load_workbook(BytesIO(path.read_bytes()))
    assert [r[0] for r in list(book["本月账单"].iter_rows(values_only=True))[1:]] == ["ZD-2026-0001", "ZD-2026-0002"]
    assert fees.bills_of_month(MARCH, by=tower.clerk)[0].status == "issued"


def test_desk_enters_a_one_off_charge_and_a_deposit(qtbot, desk, tower):
    from models.fees import Charge, DepositEntry

    page = _page(qtbot, desk)
    account = page.show_tab("account")
    account.show_tenant(tower.b)
    dialog = account.add_charge()
    qtbot.addWidget(dialog)
    dialog.widgets["item"].setCurrentIndex(dialog.widgets["item"].findData("PARK"))
    type_text(dialog.widgets["amount"], "600")
    type_text(dialog.widgets["note"], "月租车位 B2-018")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    charge = Charge.get()
    assert (charge.item.code, Decimal(charge.amount), charge.note, charge.source) == (
        "PARK", Decimal("600.00"), "月租车位 B2-018", "desk")
    assert "待入账 600.00" in account.summary.text()
    deposit = account.deposit()
    qtbot.addWidget(deposit)
    deposit.widgets["kind"].setCurrentIndex(deposit.widgets["kind"].findData("deducted"))
    type_text(deposit.widgets["amount"], "500")
    qtbot.mouseClick(deposit.save_button, Qt.MouseButton.LeftButton)
    assert DepositEntry.select().count() == 0 and deposit.errors.text_of("note") == "必填"
    assert deposit.widgets["amount"].text() == "500"
    deposit.widgets["kind"].setCurrentIndex(deposit.widgets["kind"].findData("received"))
    qtbot.mouseClick(deposit.save_button, Qt.MouseButton.LeftButton)
    assert [(d.kind, d.purpose, Decimal(d.amount)) for d in DepositEntry.select()] == [
        ("received", "装修押金", Decimal("500.00"))]
    assert account.deposits.rowCount() == 1


def test_manager_changes_a_price_and_a_bad_price_is_refused_in_place(qtbot, desk, tower):
    from models.fees import ChargeItem

    page = _page(qtbot, desk, "manager")
    items = page.show_tab("items")
    items.refresh()
    items.table.selectRow(0)
    assert items.code.text() == "MGMT" and items.price.text() == "12"
    items.price.clear()
    type_text(items.price, "13.5x")
    qtbot.mouseClick(items.save_button, Qt.MouseButton.LeftButton)
    assert "四位小数" in items.errors.text_of("unit_price") and items.price.text() == "13.5x"
    assert ChargeItem.get(ChargeItem.code == "MGMT").unit_price == 12
    items.price.clear()
    type_text(items.price, "13.5")
    qtbot.mouseClick(items.save_button, Qt.MouseButton.LeftButton)
    assert ChargeItem.get(ChargeItem.code == "MGMT").unit_price == Decimal("13.5")
    assert items.table.item(0, 3).text() == "13.5"
    clerk = _page(qtbot, desk, "clerk").show_tab("items")
    assert not clerk.save_button.isEnabled()


def test_supervisor_voids_a_mistaken_payment_from_the_account(qtbot, desk, tower, monkeypatch):
    from services import payments
    from services.payments import PaymentInput

    issued_march(tower)
    payments.take_payment(PaymentInput(tower.a, "500.00", "cash", paid_on=dt.date(2026, 4, 5)), by=tower.clerk)
    page = _page(qtbot, desk, "supervisor")
    account = page.show_tab("account")
    account.show_tenant(tower.a)
    account.payments.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("收错业户", True))
    qtbot.mouseClick(account.void_button, Qt.MouseButton.LeftButton)
    assert Payment.get().voided and Payment.get().void_reason == "收错业户"
    assert account.payments.item(0, 7).text() == "作废：收错业户"
    assert not _page(qtbot, desk, "clerk").account.void_button.isEnabled()
