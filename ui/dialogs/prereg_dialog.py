"""Pre-registered visitors (预约访客): today's list, one typed in, or a tenant's sheet imported."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import visitor_prereg
from services.errors import ValidationError
from services.visitor_prereg import HostChoice, PreregInput
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import message
from ui.page_bits import fill_table, text_table


class PreregDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("预约访客"))
        self.resize(860, 620)
        self.table = text_table([self.tr("姓名"), self.tr("手机"), self.tr("被访单位"), self.tr("被访人"),
                                 self.tr("事由")], "prereg_table")
        self.name = QLineEdit()
        self.name.setObjectName("prereg_name")
        self.id_number = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setObjectName("prereg_phone")
        self.company = QLineEdit()
        self.host = QComboBox()
        self.host.setObjectName("prereg_host")
        self.host.setEditable(True)
        self.host.lineEdit().setPlaceholderText(self.tr("输入业户名称、单元号或拼音首字母后选择"))
        self.host.lineEdit().textEdited.connect(self._find_hosts)
        self.host_person = QLineEdit()
        self.purpose = QLineEdit()
        self.expected_on = QDateEdit(QDate.currentDate())
        self.expected_on.setCalendarPopup(True)
        self.expected_on.setDisplayFormat("yyyy-MM-dd")
        box = QGroupBox(self.tr("登记预约"))
        form = QFormLayout(box)
        self.errors.add_row(form, self.tr("姓名 *"), "name", self.name)
        self.errors.add_row(form, self.tr("身份证号"), "id_number", self.id_number)
        self.errors.add_row(form, self.tr("手机"), "phone", self.phone)
        self.errors.add_row(form, self.tr("来访单位"), "company", self.company)
        self.errors.add_row(form, self.tr("被访单位 *"), "host", self.host)
        self.errors.add_row(form, self.tr("被访人"), "host_person", self.host_person)
        self.errors.add_row(form, self.tr("事由"), "purpose", self.purpose)
        self.errors.add_row(form, self.tr("来访日期"), "expected_on", self.expected_on)
        self.add_button = QPushButton(icon("add"), self.tr("保存预约"))
        self.add_button.setObjectName("prereg_add")
        self.add_button.clicked.connect(self.add)
        self.import_button = QPushButton(icon("import"), self.tr("导入业户名单…"))
        self.import_button.clicked.connect(lambda: self.import_sheet())
        self.cancel_button = QPushButton(icon("void"), self.tr("取消所选预约"))
        self.cancel_button.setObjectName("prereg_cancel")
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.report = QLabel()
        self.report.setWordWrap(True)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("今日预约（未到）")))
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(self.report)
        layout.addLayout(buttons)
        self._hosts: list[HostChoice] = []
        self.reload()

    def _find_hosts(self, text: str) -> None:
        self._hosts = visitor_prereg.host_choices(text, by=self.ctx.actor, limit=20)
        self.host.blockSignals(True)
        self.host.clear()
        for c in self._hosts:
            self.host.addItem(c.label)
        self.host.setEditText(text)
        self.host.blockSignals(False)
        if self._hosts:
            self.host.showPopup()

    def chosen_host(self) -> HostChoice | None:
        text = self.host.currentText()
        return next((c for c in self._hosts if c.label == text), self._hosts[0] if len(self._hosts) == 1 else None)

    def reload(self) -> None:
        rows = call_service(self, None, lambda: visitor_prereg.expected(by=self.ctx.actor, limit=500)) or []
        self.rows = rows
        fill_table(self.table, [(p.name, p.phone, f"{p.host_unit} {p.host_name}".strip(), p.host_person, p.purpose)
                                for p in rows])

    def add(self) -> bool:
        host = self.chosen_host()
        data = PreregInput(name=self.name.text(), id_number=self.id_number.text(), phone=self.phone.text(),
                           company=self.company.text(), host_tenant_id=host.tenant_id if host else None,
                           host_unit=host.unit if host else "", host_person=self.host_person.text(),
                           purpose=self.purpose.text(), expected_on=self.expected_on.date().toPython())
        if call_service(self, self.errors, lambda: visitor_prereg.add_prereg(data, by=self.ctx.actor)) is None:
            return False
        for edit in (self.name, self.id_number, self.phone, self.company, self.host_person, self.purpose):
            edit.clear()
        self.reload()
        return True

    def cancel_selected(self, reason: str | None = None) -> bool:
        """The tenant called the visit off: cancelled with a reason, kept on record."""
        from PySide6.QtWidgets import QInputDialog

        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return False
        prereg = self.rows[selected[0].row()]
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("取消预约"), self.tr("取消原因："))
            if not ok:
                return False
        done = call_service(self, None, lambda: visitor_prereg.cancel_prereg(prereg.id, reason, by=self.ctx.actor)
                            or True)
        self.reload()
        return bool(done)

    def import_sheet(self, path: Path | None = None) -> int | None:
        """Import the chosen tenant's sheet of expected visitors; bad rows are listed with their reasons."""
        from services.sheets import SheetError

        host = self.chosen_host()
        if host is None:
            self.errors.show(ValidationError("host", "visit.host_required"))
            return None
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("选择预约名单"), "", "Excel / CSV (*.xlsx *.csv)")
            if not name:
                return None
            path = Path(name)
        try:
            result = call_service(self, None, lambda: visitor_prereg.import_preregs(
                path, host_tenant_id=host.tenant_id, by=self.ctx.actor, today=dt.date.today()))
        except SheetError as exc:
            self.report.setText(message(exc.code, {"detail": exc.detail}))
            return None
        if result is None:
            return None
        added, refused = result
        lines = [self.tr("已导入 {n} 人。").format(n=added)]
        lines += [self.tr("第 {row} 行：{text}").format(row=row, text=message(code)) for row, _f, code in refused]
        self.report.setText("\n".join(lines))
        self.reload()
        return added
