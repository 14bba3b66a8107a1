"""Settings → 打印: a clerk sets this desk's label printer, copies and offsets; the preview moves; it is kept."""
from __future__ import annotations

from services.site_config import PrinterSetup, load_site_config
from tests.ui.typing import type_text
from ui.pages.print_settings import PrintSettingsBox
from ui.printing import setup_for


def _select(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _ink_left_edge(box: PrintSettingsBox) -> int:
    """The first column (from the paper's left) of the preview with dark ink on it: where the form starts."""
    image = box.preview.pixmap().toImage()
    for x in range(image.width()):
        for y in range(0, image.height(), 2):
            if image.pixelColor(x, y).lightness() < 80:
                return x
    raise AssertionError("no ink in the preview")


def test_a_desk_sets_its_label_printer_and_the_preview_follows(qtbot, desk_printing):
    box = PrintSettingsBox()
    qtbot.addWidget(box)
    box.show()
    _select(box.kind, "a6")
    assert box.printer.currentData() == ""  # the system default until the desk chooses
    before = _ink_left_edge(box)
    box.offset_x.selectAll()
    type_text(box.offset_x, "5")
    box.offset_x.interpretText()
    assert box.offset_x.value() == 5.0
    after = _ink_left_edge(box)
    assert after - before >= 7  # 5 mm on an A6 paper scaled into the preview (about 1.9 dots per mm)
    box.copies.setValue(2)
    _select(box.paper, "A4")
    assert box.save()
    assert "已保存" in box.status.text()
    assert setup_for("a6") == PrinterSetup("a6", "", "A4", 2, 5.0, 0.0)
    # Kept in this desk's printers.ini: a restart reads it back.
    assert load_site_config(None, desk_printing.config_dir).printer("a6") == setup_for("a6")
    # Another form kind keeps its own settings.
    _select(box.kind, "label")
    assert box.copies.value() == 1 and box.offset_x.value() == 0.0
    _select(box.kind, "a6")
    assert box.copies.value() == 2 and box.paper.currentData() == "A4"


def test_an_offset_beyond_the_limit_is_held_at_the_limit(qtbot, desk_printing):
    box = PrintSettingsBox()
    qtbot.addWidget(box)
    box.offset_y.selectAll()
    type_text(box.offset_y, "35")
    box.offset_y.interpretText()
    assert box.offset_y.value() == 3.0  # the spin box refuses the 5 that would make 35 mm


def test_the_calibration_page_opens_in_the_print_preview(qtbot, desk_printing):
    box = PrintSettingsBox()
    qtbot.addWidget(box)
    _select(box.kind, "label")
    preview = box.open_calibration()
    qtbot.addWidget(preview)
    assert preview.page_count() == 1
    size = preview.document.pagePointSize(0)
    assert round(size.width() * 25.4 / 72) == 62 and round(size.height() * 25.4 / 72) == 100
