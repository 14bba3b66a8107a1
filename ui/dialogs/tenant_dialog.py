"""The tenant form: company, units held, lease, contacts, emergency contact, notes, and papers on file."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import tenants
from services.tenants import ContactInput, TenantDetail, TenantInput
from ui.context import DeskContext
from ui.dialogs.documents_tab import DocumentsTab
from ui.forms import FieldErrors, call_service, status_button_row
from ui.icons import icon
from ui.messages import tenant_kind_name

CONTACT_ROWS = 4


class OptionalDate(QWidget):
    """A date (or a date and time) that may be left empty (a tick turns it on)."""

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = False) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.enabled = QCheckBox()
        self.edit = QDateTimeEdit() if with_time else QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        if with_time:
            self.edit.setDateTime(QDateTime.currentDateTime())
        else:
            self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | dt.datetime | None:
        if not self.enabled.isChecked():
            return None
        return self.edit.dateTime().toPython().replace(second=0, microsecond=0) if self.with_time \
            else self.edit.date().toPython()

    def set_value(self, value: dt.date | dt.datetime | None) -> None:
        self.enabled.setChecked(value is not None)
        if isinstance(value, dt.datetime):
            self.edit.setDateTime(QDateTime(value))
        elif value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class TenantDialog(QDialog):
    """New tenant (tenant_id None) or edit; saving goes through the tenants service, refusals shown in place."""

    def __init__(self, ctx: DeskContext, tenant_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tenant_id = tenant_id
        self.version = 0
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("新建业户") if tenant_id is None else self.tr("业户档案"))
        self.resize(880, 720)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        for kind in ("lessee", "owner"):
            self.kind.addItem(tenant_kind_name(kind), kind)
        self.credit_code = QLineEdit()
        self.credit_code.setObjectName("credit_code")
        self.credit_code.setMaxLength(18)
        self.credit_code.setPlaceholderText(self.tr("18 位，如 91440300MA5XXXXXXX"))
        self.units = QLineEdit()
        self.units.setObjectName("units")
        self.units.setPlaceholderText(self.tr("单元号，多个用逗号或空格分开，如 12F-1201, 12F-1202"))
        self.lease_start = OptionalDate()
        self.lease_end = OptionalDate()
        self.emergency_name = QLineEdit()
        self.emergency_phone = QLineEdit()
        self.emergency_phone.setObjectName("emergency_phone")
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(64)

        company = QGroupBox(self.tr("业户信息"))
        form = QFormLayout(company)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, self.tr("名称 *"), "name", self.name)
        self.errors.add_row(form, self.tr("类型"), "kind", self.kind)
        self.errors.add_row(form, self.tr("统一社会信用代码"), "credit_code", self.credit_code)
        self.errors.add_row(form, self.tr("租用单元"), "units", self.units)
        lease = QGridLayout()
        lease.addWidget(QLabel(self.tr("开始")), 0, 0)
        lease.addWidget(self.errors.field("lease_start", self.lease_start), 0, 1)
        lease.addWidget(QLabel(self.tr("结束")), 0, 2)
        lease.addWidget(self.errors.field("lease_end", self.lease_end), 0, 3)
        form.addRow(self.tr("租期"), lease)

        self.contacts = QTableWidget(CONTACT_ROWS, 4)
        self.contacts.setObjectName("contacts")
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("电话"), self.tr("职务"), self.tr("主要联系人")])
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().setDefaultSectionSize(28)
        self.contacts.setMinimumHeight(150)
        add_row = QPushButton(icon("add"), self.tr("加一行"))
        add_row.clicked.connect(lambda: self.contacts.insertRow(self.contacts.rowCount()))
        people = QGroupBox(self.tr("联系人"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.errors.field("contacts", self.contacts))
        people_layout.addWidget(add_row, 0, Qt.AlignmentFlag.AlignLeft)

        emergency = QGroupBox(self.tr("紧急联系人与备注"))
        em_form = QFormLayout(emergency)
        self.errors.add_row(em_form, self.tr("紧急联系人"), "emergency_name", self.emergency_name)
        self.errors.add_row(em_form, self.tr("紧急联系电话"), "emergency_phone", self.emergency_phone)
        self.errors.add_row(em_form, self.tr("备注"), "notes", self.notes)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(company)
        details_layout.addWidget(people)
        details_layout.addWidget(emergency)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, icon("tenants"), self.tr("基本信息"))
        self.documents = DocumentsTab(ctx, tenant_id, self)
        self.tabs.addTab(self.documents, icon("attach"), self.tr("已收资料"))
        self.tabs.setTabEnabled(1, tenant_id is not None)

        self.save_button = QPushButton(icon("save"), self.tr("保存"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(icon("print"), self.tr("打印登记表"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.open_print_preview)
        self.print_button.setEnabled(tenant_id is not None)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        self.status = QLabel()
        buttons = status_button_row(self.status, self.print_button, self.save_button, close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        editable = ctx.can("tenant.edit")
        self.save_button.setEnabled(editable)
        if tenant_id is not None:
            self.load()

    # -- reading and writing the widgets
    def load(self) -> None:
        assert self.tenant_id is not None
        detail: TenantDetail | None = call_service(
            self, None, lambda: tenants.get_tenant(self.tenant_id, by=self.ctx.actor))
        if detail is None:
            return
        self.version = detail.version
        d = detail.data
        self.name.setText(d.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.credit_code.setText(d.credit_code)
        self.units.setText(", ".join(d.units))
        self.lease_start.set_value(d.lease_start)
        self.lease_end.set_value(d.lease_end)
        self.emergency_name.setText(d.emergency_name)
        self.emergency_phone.setText(d.emergency_phone)
        self.notes.setPlainText(d.notes)
        self.contacts.setRowCount(max(CONTACT_ROWS, len(d.contacts) + 1))
        for row, c in enumerate(d.contacts):
            self.set_contact(row, c)
        self.documents.reload()

    def set_contact(self, row: int, contact: ContactInput) -> None:
        for col, text in enumerate((contact.name, contact.phone, contact.role)):
            self.contacts.setItem(row, col, QTableWidgetItem(text))
        primary = QTableWidgetItem()
        primary.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        primary.setCheckState(Qt.CheckState.Checked if contact.is_primary else Qt.CheckState.Unchecked)
        self.contacts.setItem(row, 3, primary)

    def read_input(self) -> TenantInput:
        """Everything typed, as the plain input the service checks."""
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [self.contacts.item(row, col) for col in range(4)]
            texts = [c.text() if c is not None else "" for c in cells[:3]]
            primary = cells[3] is not None and cells[3].checkState() == Qt.CheckState.Checked
            contacts.append(ContactInput(texts[0], texts[1], texts[2], primary))
        # Empty rows stay in the list so a refused row number matches the table row.
        while contacts and not any((contacts[-1].name, contacts[-1].phone, contacts[-1].role)):
            contacts.pop()
        units = [u for u in self.units.text().replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if u]
        return TenantInput(
            name=self.name.text(), kind=self.kind.currentData(), credit_code=self.credit_code.text(),
            lease_start=self.lease_start.value(), lease_end=self.lease_end.value(),
            emergency_name=self.emergency_name.text(), emergency_phone=self.emergency_phone.text(),
            notes=self.notes.toPlainText(), units=units, contacts=contacts,
        )

    # -- actions
    def save(self) -> bool:
        data = self.read_input()
        if self.tenant_id is None:
            new_id = call_service(self, self.errors, lambda: tenants.create_tenant(data, by=self.ctx.actor))
            if new_id is None:
                return False
            self.tenant_id = new_id
            self.version = 1
            self.documents.set_tenant(new_id)
            self.tabs.setTabEnabled(1, True)
            self.print_button.setEnabled(True)
            self.setWindowTitle(self.tr("业户档案"))
        else:
            new_version = call_service(self, self.errors, lambda: tenants.update_tenant(
                self.tenant_id, data, version=self.version, by=self.ctx.actor))
            if new_version is None:
                return False
            self.version = new_version
        self.status.setText(self.tr("已保存 {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        return True

    def open_print_preview(self):
        """Render the registration form and show it in the print preview (QtPdf loads here, not at start)."""
        from ui.dialogs.print_preview import PrintPreview

        if self.tenant_id is None:
            return None
        pdf = call_service(self, None, lambda: tenants.print_registration(self.tenant_id, by=self.ctx.actor))
        if pdf is None:
            return None
        file_name = self.tr("住户登记表-{no}.pdf").format(no=tenants.record_no(self.tenant_id))
        preview = PrintPreview(pdf, self.tr("住户登记表"), file_name, self)
        preview.open()
        return preview
