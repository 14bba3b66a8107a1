"""Settings → 打印: this desk's printer, paper, copies and offsets per form kind, a live preview of where
the form lands on the paper, and a calibration page to measure the offsets with."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from services.site_config import FORM_KINDS, MAX_COPIES, MAX_OFFSET_MM, PAPERS, PrinterSetup
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.page_bits import note
from ui.printing import keep_setup, preview_image, printer_names, setup_for

KIND_NAMES = {
    "a4": QT_TRANSLATE_NOOP("print_settings", "A4 表单（登记表、许可证、报表）"),
    "a6": QT_TRANSLATE_NOOP("print_settings", "A6 证件（访客证、放行条）"),
    "label": QT_TRANSLATE_NOOP("print_settings", "62 mm 标签"),
}
PAPER_NAMES = {
    "auto": QT_TRANSLATE_NOOP("print_settings", "与表单相同"),
    "A4": "A4", "A5": "A5", "A6": "A6",
    "label62x100": QT_TRANSLATE_NOOP("print_settings", "62 × 100 mm 标签"),
}
PREVIEW_BOX = (220, 300)  # the preview's size in pixels: the paper is scaled to fit it


def _t(text: str) -> str:
    return QCoreApplication.translate("print_settings", text)


def calibration_pdf(kind: str, printer: str) -> bytes:
    from printouts.calibration import render_calibration  # reportlab loads when the page is first drawn

    width, height = FORM_KINDS[kind]
    return render_calibration(_t(KIND_NAMES[kind]), width, height, printer)


class PrintSettingsBox(QGroupBox):
    """Per form kind: printer, paper, copies, offsets; saved for this desk (not for the whole site)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("打印（本机）"), parent)
        self.errors = FieldErrors()
        self.kind = QComboBox()
        self.kind.setObjectName("print_kind")
        for key in FORM_KINDS:
            self.kind.addItem(_t(KIND_NAMES[key]), key)
        self.printer = QComboBox()
        self.printer.setObjectName("print_printer")
        self.paper = QComboBox()
        self.paper.setObjectName("print_paper")
        for key in PAPERS:
            self.paper.addItem(_t(PAPER_NAMES[key]), key)
        self.copies = QSpinBox()
        self.copies.setObjectName("print_copies")
        self.copies.setRange(1, MAX_COPIES)
        self.offset_x = self._offset("print_offset_x")
        self.offset_y = self._offset("print_offset_y")
        self.preview = QLabel()
        self.preview.setObjectName("print_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(*PREVIEW_BOX)
        self.save_button = QPushButton(icon("save"), self.tr("保存打印设置"))
        self.save_button.setObjectName("save_print")
        self.calibrate_button = QPushButton(icon("print"), self.tr("打印校准页…"))
        self.calibrate_button.setObjectName("print_calibration")
        self.status = QLabel()

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("表单类型"), self.kind)
        self.errors.add_row(form, self.tr("打印机"), "printer", self.printer)
        self.errors.add_row(form, self.tr("纸张"), "paper", self.paper)
        self.errors.add_row(form, self.tr("份数"), "copies", self.copies)
        self.errors.add_row(form, self.tr("向右偏移"), "offset_x_mm", self.offset_x)
        self.errors.add_row(form, self.tr("向下偏移"), "offset_y_mm", self.offset_y)
        left = QVBoxLayout()
        left.addWidget(note(self.tr("每台客服台电脑各自保存；偏移用于对准预印纸或标签纸，负数向左/向上。")))
        left.addLayout(form)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.calibrate_button)
        buttons.addWidget(self.save_button)
        left.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addWidget(self.preview)

        self._document: QPdfDocument | None = None
        self._document_key: tuple[str, str] | None = None
        self.kind.currentIndexChanged.connect(self.load)
        for widget in (self.printer, self.paper):
            widget.currentIndexChanged.connect(self.update_preview)
        for spin in (self.copies, self.offset_x, self.offset_y):
            spin.valueChanged.connect(self.update_preview)
        self.save_button.clicked.connect(self.save)
        self.calibrate_button.clicked.connect(self.open_calibration)
        self.load()

    def _offset(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        return spin

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def load(self) -> None:
        """Show the stored choice for the selected form kind."""
        setup = setup_for(self.current_kind())
        self.errors.clear()
        self.status.clear()
        widgets = (self.printer, self.paper, self.copies, self.offset_x, self.offset_y)
        for widget in widgets:
            widget.blockSignals(True)
        self.printer.clear()
        self.printer.addItem(self.tr("系统默认打印机"), "")
        for name in printer_names():
            self.printer.addItem(name, name)
        if setup.printer and self.printer.findData(setup.printer) < 0:
            self.printer.addItem(self.tr("{name}（未连接）").format(name=setup.printer), setup.printer)
        self.printer.setCurrentIndex(self.printer.findData(setup.printer))
        self.paper.setCurrentIndex(max(0, self.paper.findData(setup.paper)))
        self.copies.setValue(setup.copies)
        self.offset_x.setValue(setup.offset_x_mm)
        self.offset_y.setValue(setup.offset_y_mm)
        for widget in widgets:
            widget.blockSignals(False)
        self.update_preview()

    def read(self) -> PrinterSetup:
        return PrinterSetup(self.current_kind(), str(self.printer.currentData() or ""), str(self.paper.currentData()),
                            self.copies.value(), round(self.offset_x.value(), 1), round(self.offset_y.value(), 1))

    def _calibration_document(self, setup: PrinterSetup) -> QPdfDocument:
        key = (setup.kind, setup.printer)
        if self._document is None or self._document_key != key:
            data = QByteArray(calibration_pdf(setup.kind, setup.printer))
            buffer = QBuffer(self)
            buffer.setData(data)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._document = QPdfDocument(self)
            self._document.load(buffer)
            self._document_key = key
        return self._document

    def update_preview(self) -> None:
        """The calibration page as it will land on the chosen paper with these offsets."""
        setup = self.read()
        paper_w, paper_h = setup.paper_mm(FORM_KINDS[setup.kind])
        dots_per_mm = min((PREVIEW_BOX[0] - 4) / paper_w, (PREVIEW_BOX[1] - 4) / paper_h)
        image = preview_image(self._calibration_document(setup), setup, dots_per_mm)
        self.preview.setPixmap(QPixmap.fromImage(image))

    def save(self) -> bool:
        setup = self.read()
        done = call_service(self, self.errors, lambda: keep_setup(setup) or True)
        if done:
            self.status.setStyleSheet("color: #2e7d32;")
            self.status.setText(self.tr("已保存，本机打印这类表单时使用。"))
        return bool(done)

    def open_calibration(self):
        """The calibration page in the print preview, printed with the settings as shown (save them first)."""
        from ui.dialogs.print_preview import PrintPreview

        setup = self.read()
        preview = PrintPreview(calibration_pdf(setup.kind, setup.printer), self.tr("打印校准页"),
                               f"calibration-{setup.kind}.pdf", self)
        preview.open()
        return preview
