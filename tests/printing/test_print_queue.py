"""Printing through the app's print path onto a real CUPS queue: the pages, the paper, the QR; and what a
clerk sees when the printer is missing or stopped (the PDF kept, never lost)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from printouts.calibration import render_calibration
from services.site_config import PrinterSetup
from tests.printouts.pdftools import decode_codes, page_count, page_size, run
from ui.dialogs.print_preview import PrintPreview
from ui.printing import keep_setup

MM = 72 / 25.4


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: shown.append(args[2]))
    return shown


def _close(size: tuple[float, float], expected_mm: tuple[float, float]) -> bool:
    return all(abs(a - b * MM) < 2 for a, b in zip(size, expected_mm, strict=True))


def test_a_tenant_registration_prints_on_the_desks_a4_printer(qtbot, sqlite_site, pdf_queue, desk_printing, tmp_path,
                                                              warnings):
    from services import building, tenants

    building.generate_units(building.GenerateInput(12, 12, 4, "120"), by=sqlite_site.supervisor)
    tenant_id = tenants.create_tenant(tenants.TenantInput(name="深圳市前海云帆科技有限公司", units=["12F-1201"]),
                                      by=sqlite_site.clerk)
    keep_setup(PrinterSetup("a4", pdf_queue.name))
    preview = PrintPreview(tenants.print_registration(tenant_id, by=sqlite_site.clerk), "住户登记表", "登记表.pdf")
    qtbot.addWidget(preview)
    assert preview.print_now(), warnings
    [printed] = pdf_queue.wait_for(1)
    assert page_count(printed) == 1
    assert _close(page_size(printed), (210, 297))
    original = tmp_path / "original.pdf"
    original.write_bytes(preview.pdf)
    codes = decode_codes(printed, tmp_path)
    assert codes and codes == decode_codes(original, tmp_path)


def test_a6_copies_and_offsets_reach_the_paper(qtbot, pdf_queue, desk_printing, tmp_path, warnings):
    keep_setup(PrinterSetup("a6", pdf_queue.name, copies=2, offset_x_mm=3))
    preview = PrintPreview(render_calibration("A6", 105, 148, pdf_queue.name), "校准页", "cal-a6.pdf")
    qtbot.addWidget(preview)
    assert preview.print_now(), warnings
    [printed] = pdf_queue.wait_for(1)
    assert page_count(printed) == 2
    assert _close(page_size(printed), (105, 148))


def test_a_label_prints_on_label_paper_when_the_desk_says_so(qtbot, pdf_queue, desk_printing, warnings):
    keep_setup(PrinterSetup("label", pdf_queue.name, paper="label62x100"))
    preview = PrintPreview(render_calibration("标签", 62, 100, pdf_queue.name), "校准页", "cal-label.pdf")
    qtbot.addWidget(preview)
    assert preview.print_now(), warnings
    [printed] = pdf_queue.wait_for(1)
    assert page_count(printed) == 1 and _close(page_size(printed), (62, 100))


def test_a_missing_printer_says_so_and_keeps_the_pdf(qtbot, desk_printing, warnings):
    keep_setup(PrinterSetup("a6", "Lobby-Printer-2"))
    pdf = render_calibration("A6", 105, 148, "Lobby-Printer-2")
    preview = PrintPreview(pdf, "访客证", "V-20261124-0001.pdf")
    qtbot.addWidget(preview)
    assert not preview.print_now()
    assert "Lobby-Printer-2" in warnings[0] and "找不到打印机" in warnings[0]
    saved = preview.last_failure.saved_to
    assert saved.parent == desk_printing.unprinted_dir and saved.read_bytes() == pdf
    assert str(saved) in warnings[0]


def test_a_stopped_queue_says_so_and_keeps_the_pdf(qtbot, pdf_queue, desk_printing, warnings):
    keep_setup(PrinterSetup("a4", pdf_queue.name))
    pdf_queue.disable()
    pdf = render_calibration("A4", 210, 297, pdf_queue.name)
    preview = PrintPreview(pdf, "报表", "report.pdf")
    qtbot.addWidget(preview)
    assert not preview.print_now()
    assert "已暂停或出错" in warnings[0]
    assert preview.last_failure.saved_to.read_bytes() == pdf
    assert pdf_queue.printed() == []


def test_a_landscape_report_prints_landscape(qtbot, pdf_queue, desk_printing, tmp_path, warnings):
    keep_setup(PrinterSetup("a4", pdf_queue.name, paper="A4"))
    preview = PrintPreview(render_calibration("A4 横向", 297, 210, pdf_queue.name), "报表", "landscape.pdf")
    qtbot.addWidget(preview)
    assert preview.print_now(), warnings
    [printed] = pdf_queue.wait_for(1)
    assert page_count(printed) == 1
    assert _close(page_size(printed), (210, 297))  # the sheet as loaded: portrait A4
    # The page was turned onto it, not cut off at 210 mm: its 297 mm ruler reaches the sheet's far end.
    run("pdftoppm", "-r", "30", "-png", "-singlefile", printed, tmp_path / "sheet")
    sheet = QImage(str(tmp_path / "sheet.png"))
    bottom = range(int(sheet.height() * 0.93), sheet.height())
    assert any(sheet.pixelColor(x, y).lightness() < 180 for y in bottom for x in range(sheet.width()))


@pytest.mark.parametrize(("pass_format", "kind", "paper_mm"),
                         [("A6", "a6", (105, 148)), ("LABEL_62", "label", (62, 100))])
def test_a_visitor_pass_goes_straight_to_the_pass_printer_with_its_qr(qtbot, sqlite_site, pdf_queue, desk_printing,
                                                                     tmp_path, warnings, pass_format, kind, paper_mm):
    from services import visitors
    from services.visitor_prints import print_pass
    from tests.services.visitor_data import furnish, visit
    from ui.pass_printing import print_now

    tower = furnish(sqlite_site)
    done = visitors.check_in(visit(tower), by=tower.clerk)
    keep_setup(PrinterSetup(kind, pdf_queue.name))
    pdf = print_pass(done.visit_id, by=tower.clerk, pass_format=pass_format)
    assert print_now(pdf, "访客出入证", f"{done.pass_no}.pdf", None), warnings
    [printed] = pdf_queue.wait_for(1)
    assert page_count(printed) == 1 and _close(page_size(printed), paper_mm)
    assert decode_codes(printed, tmp_path) == [done.pass_no]


def test_the_visitor_log_report_prints_on_a4(qtbot, sqlite_site, pdf_queue, desk_printing, tmp_path, warnings):
    from models import now
    from services import visitors
    from services.visitor_prints import print_log
    from tests.services.visitor_data import furnish, visit

    tower = furnish(sqlite_site)
    for name in ("张伟", "李娜", "王芳"):
        visitors.check_in(visit(tower, name=name), by=tower.clerk)
    keep_setup(PrinterSetup("a4", pdf_queue.name))
    preview = PrintPreview(print_log(now().date(), by=tower.clerk), "访客登记簿", "visitor-log.pdf")
    qtbot.addWidget(preview)
    assert preview.print_now(), warnings
    [printed] = pdf_queue.wait_for(1)
    assert page_count(printed) == preview.page_count() and _close(page_size(printed), (210, 297))


def test_a_fit_out_permit_prints_on_a4_with_its_qr(qtbot, sqlite_site, pdf_queue, desk_printing, tmp_path, warnings):
    from services.fitout_passes import print_permit
    from tests.services.fitout_fixtures import fitout_tower, to_permit

    fitout_id = to_permit(sqlite_site, fitout_tower(sqlite_site))
    keep_setup(PrinterSetup("a4", pdf_queue.name))
    preview = PrintPreview(print_permit(fitout_id, by=sqlite_site.clerk), "装修施工许可证", "permit.pdf")
    qtbot.addWidget(preview)
    original = tmp_path / "original.pdf"
    original.write_bytes(preview.pdf)
    assert preview.print_now(), warnings
    [printed] = pdf_queue.wait_for(1)
    assert page_count(printed) == preview.page_count() and _close(page_size(printed), (210, 297))
    codes = decode_codes(printed, tmp_path)
    assert codes and codes == decode_codes(original, tmp_path)
    from models import Fitout

    assert Fitout.get_by_id(fitout_id).permit_no in " ".join(codes)
