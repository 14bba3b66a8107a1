"""A contractor (外包单位): the contract on one tab, its documents on file on the other."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.contractors import SERVICES
from services import contractors
from services.contractors import DOC_TYPES, ContractorInput, ContractorRow
from ui.context import DeskContext
from ui.dialogs.documents_tab import DocumentsTab, DocumentStore
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon
from ui.messages import contractor_doc_name, service_name

CONTRACTOR_DOCUMENTS = DocumentStore(contractors.list_documents, contractors.add_document, contractors.document_file,
                                     contractors.void_document, contractors.DocumentInput, DOC_TYPES,
                                     contractor_doc_name, "contractor.edit", "contractor.edit")


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ContractorDialog(QDialog):
    """New or existing contractor; saving goes through the service, a refusal shown next to its field."""

    def __init__(self, ctx: DeskContext, contractor_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contractor_id = contractor_id
        self.version = 0
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("外包单位"))
        self.resize(720, 620)
        self.name = named_line("name", self.tr("合同上的单位全称"))
        self.service = QComboBox()
        self.service.setObjectName("service")
        for code in SERVICES:
            self.service.addItem(service_name(code), code)
        self.contract_no = named_line("contract_no")
        self.contract_start = _date_edit("contract_start")
        self.contract_end = _date_edit("contract_end")
        self.contract_end.setDate(QDate.currentDate().addYears(1).addDays(-1))
        self.monthly_fee = named_line("monthly_fee", self.tr("元/月"))
        self.contact_name = named_line("contact_name")
        self.contact_phone = named_line("contact_phone")
        self.headcount = QSpinBox()
        self.headcount.setObjectName("headcount")
        self.headcount.setRange(0, 2000)
        self.note = named_line("note")
        self.active = QCheckBox(self.tr("合同履行中"))
        self.active.setChecked(True)
        self.review_label = QLabel()
        self.review_label.setStyleSheet("color: #c62828; font-weight: 600;")
        self.review_label.hide()
        form = QFormLayout()
        for label, name, widget in (
                (self.tr("单位名称"), "name", self.name), (self.tr("服务类别"), "service", self.service),
                (self.tr("合同编号"), "contract_no", self.contract_no),
                (self.tr("合同开始"), "contract_start", self.contract_start),
                (self.tr("合同截止"), "contract_end", self.contract_end),
                (self.tr("月服务费（元）"), "monthly_fee", self.monthly_fee),
                (self.tr("联系人"), "contact_name", self.contact_name),
                (self.tr("联系电话"), "contact_phone", self.contact_phone),
                (self.tr("驻场人数"), "headcount", self.headcount), (self.tr("备注"), "note", self.note)):
            self.errors.add_row(form, label, name, widget)
        form.addRow("", self.active)
        self.review_done = QPushButton(icon("approve"), self.tr("合同评审完毕"))
        self.review_done.setObjectName("review_done")
        self.review_done.clicked.connect(lambda: self.clear_review())
        self.review_done.hide()
        form.addRow("", self.review_label)
        form.addRow("", self.review_done)
        contract = QWidget()
        contract.setLayout(form)
        self.documents = DocumentsTab(ctx, contractor_id, store=CONTRACTOR_DOCUMENTS)
        self.tabs = QTabWidget()
        self.tabs.addTab(contract, icon("edit"), self.tr("合同信息"))
        self.tabs.addTab(self.documents, icon("attach"), self.tr("合同资料"))
        self.tabs.setTabEnabled(1, contractor_id is not None)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(icon("save"), self.tr("保存"))
        self.save_button.setObjectName("save")
        self.save_button.setEnabled(ctx.can("contractor.edit"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(status_button_row(self.status, self.save_button))
        if contractor_id is not None:
            self.load(contractors.get_contractor(contractor_id, by=ctx.actor))

    def load(self, c: ContractorRow) -> None:
        self.version = c.version
        self.name.setText(c.name)
        self.service.setCurrentIndex(self.service.findData(c.service))
        self.contract_no.setText(c.contract_no)
        self.contract_start.setDate(QDate(c.contract_start))
        self.contract_end.setDate(QDate(c.contract_end))
        self.monthly_fee.setText(f"{c.monthly_fee:.2f}")
        self.contact_name.setText(c.contact_name)
        self.contact_phone.setText(c.contact_phone)
        self.headcount.setValue(c.headcount)
        self.note.setText(c.note)
        self.active.setChecked(c.active)
        if c.review_flag:
            self.review_label.setText(self.tr("自 {month} 起连续考评不合格，合同待评审").format(
                month=f"{c.review_since:%Y-%m}" if c.review_since else ""))
            self.review_label.show()
            self.review_done.setVisible(self.ctx.can("contractor.sign"))
        else:
            self.review_label.hide()
            self.review_done.hide()
        self.documents.reload()

    def clear_review(self, note: str | None = None) -> bool:
        """The manager has reviewed the contract (kept, renegotiated, or ended): the flag is lowered with a note."""
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("合同评审完毕"), self.tr("评审结论："))
            if not ok:
                return False
        # The service returns nothing: True marks that it was not refused.
        if call_service(self, None, lambda: contractors.clear_review(self.contractor_id, note,
                                                                      by=self.ctx.actor) or True) is None:
            return False
        self.load(contractors.get_contractor(self.contractor_id, by=self.ctx.actor))
        return True

    def read_input(self) -> ContractorInput:
        return ContractorInput(self.name.text(), self.service.currentData(), self.contract_no.text(),
                               self.contract_start.date().toPython(), self.contract_end.date().toPython(),
                               self.monthly_fee.text(), self.contact_name.text(), self.contact_phone.text(),
                               self.headcount.value(), self.note.text(), self.active.isChecked())

    def save(self) -> bool:
        data = self.read_input()
        if self.contractor_id is None:
            saved = call_service(self, self.errors, lambda: contractors.create_contractor(data, by=self.ctx.actor))
            if saved is None:
                return False
            self.contractor_id, self.version = saved, 1
            self.documents.set_tenant(saved)
            self.tabs.setTabEnabled(1, True)
        else:
            saved = call_service(self, self.errors, lambda: contractors.update_contractor(
                self.contractor_id, self.version, data, by=self.ctx.actor))
            if saved is None:
                return False
            self.version = saved
        self.status.setText(self.tr("已保存"))
        self.status.setStyleSheet("color: #2e7d32;")
        return True
