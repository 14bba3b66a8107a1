"""The site's letterhead fields (name, address, phone, timezone, logo), shared by the wizard and the settings page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.errors import ValidationError
from services.site import SiteInfo, SiteInput
from services.site_config import SiteConfig
from ui.forms import FieldErrors
from ui.icons import icon

# The zones a tower in China (or a sister site abroad) is likely to need, most likely first.
TIMEZONES = (
    "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Urumqi", "Asia/Singapore",
    "Asia/Kuala_Lumpur", "Asia/Bangkok", "Asia/Tokyo", "Asia/Seoul", "Asia/Dubai", "Europe/London", "UTC",
)
LOGO_SIZE = (160, 80)


class SiteForm(QWidget):
    """Reads into a SiteInput; a refused field is marked by the `errors` the caller shares with its other fields."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo: bytes | None = None
        self.name = QLineEdit()
        self.name.setObjectName("site_name")
        self.name.setPlaceholderText(self.tr("如 深圳湾科技大厦"))
        self.address = QLineEdit()
        self.address.setObjectName("site_address")
        self.address.setPlaceholderText(self.tr("印在登记表、通知单的抬头上"))
        self.phone = QLineEdit()
        self.phone.setObjectName("site_phone")
        self.phone.setPlaceholderText(self.tr("客服中心电话，如 0755-86001234"))
        self.timezone = QComboBox()
        self.timezone.setObjectName("site_timezone")
        names = {"Asia/Shanghai": self.tr("北京时间"), "Asia/Hong_Kong": self.tr("香港"), "Asia/Macau": self.tr("澳门"),
                 "Asia/Taipei": self.tr("台北"), "Asia/Urumqi": self.tr("乌鲁木齐"), "UTC": self.tr("协调世界时")}
        for zone in TIMEZONES:
            label = self.tr("{zone}（{name}）").format(zone=zone, name=names[zone]) if zone in names else zone
            self.timezone.addItem(label, zone)

        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(*LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(
            "QLabel { border: 1px dashed #c5cdd8; border-radius: 4px; background: #fafbfc; color: #8a94a3; }")
        self.logo_note = QLabel()
        self.logo_note.setStyleSheet("color: #6b7785;")
        self.choose_logo = QPushButton(icon("open"), self.tr("选择图片…"))
        self.choose_logo.setObjectName("choose_logo")
        self.choose_logo.clicked.connect(self._pick_logo)
        self.clear_logo = QPushButton(icon("void"), self.tr("去掉标志"))
        self.clear_logo.clicked.connect(lambda: self._set_logo(None, ""))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.clear_logo)
        logo_buttons.addWidget(self.logo_note)
        logo_buttons.addStretch(1)
        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors.add_row(form, self.tr("项目名称 *"), "name", self.name)
        errors.add_row(form, self.tr("地址"), "address", self.address)
        errors.add_row(form, self.tr("电话"), "phone", self.phone)
        errors.add_row(form, self.tr("时区"), "timezone", self.timezone)
        errors.add_row(form, self.tr("标志"), "logo", logo_box)
        self._errors = errors
        self._set_logo(None, "")

    # -- the logo
    def _pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择标志图片"), "",
                                              self.tr("图片 (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        """Take the picture's bytes as they are; the service decides whether it is a PNG/JPEG of fit size."""
        try:
            data = path.read_bytes()
        except OSError:
            self._errors.show(ValidationError("logo", "sheet.unreadable"))
            return
        self._set_logo(data, path.name)

    def _set_logo(self, data: bytes | None, file_name: str) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(
                LOGO_SIZE[0] - 8, LOGO_SIZE[1] - 8, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("无法预览") if data else self.tr("未设置标志"))
        size = f"{len(data) / 1024:.0f} KB" if data else ""
        hint = self.tr("PNG 或 JPEG，不超过 2 MB，印在表单抬头")
        self.logo_note.setText(f"{file_name}  {size}".strip() if data else hint)
        self.clear_logo.setEnabled(data is not None and self.choose_logo.isEnabled())

    # -- reading and writing
    def load(self, site: SiteInfo) -> None:
        self.name.setText(site.name)
        self.address.setText(site.address)
        self.phone.setText(site.phone)
        if self.timezone.findData(site.timezone) < 0:
            self.timezone.addItem(site.timezone, site.timezone)
        self.timezone.setCurrentIndex(self.timezone.findData(site.timezone))
        self._set_logo(site.logo, self.tr("当前标志"))

    def fill_from(self, config: SiteConfig) -> None:
        """The site folder's details as a starting point (first-run wizard); the clerk can change them."""
        for edit, value in ((self.name, config.name), (self.address, config.address), (self.phone, config.phone)):
            if value:
                edit.setText(value)
        if config.logo is not None:
            self.set_logo_file(config.logo)

    def read(self) -> SiteInput:
        return SiteInput(name=self.name.text(), address=self.address.text(), phone=self.phone.text(),
                         timezone=self.timezone.currentData(), logo=self.logo)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.name, self.address, self.phone, self.timezone, self.choose_logo):
            widget.setEnabled(editable)
        self.clear_logo.setEnabled(editable and self.logo is not None)
