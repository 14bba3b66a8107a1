"""Check-in (访客登记) by keyboard: Enter moves on, Enter on the last field saves and prints the pass at once.

Pre-registered visitors show under the name as it is typed; the host is picked by a few characters of the
tenant's name, a unit or pinyin initials. A watchlist match opens the alert where a supervisor may let through.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from services import settings, visitor_prereg, visitors
from services.identity import IdType
from services.visitor_prereg import HostChoice
from services.visitors import VisitInput
from services.watchlist import WatchlistHit
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.page_bits import note

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class VisitDialog(QDialog):
    """Stays open for the next visitor; `checked_in(visit_id)` after each pass printed."""

    checked_in = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, printer=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printer = printer  # None: the desk's printer for passes (Settings → 打印)
        self.errors = FieldErrors()
        self.host_choice: HostChoice | None = None
        self.prereg_id: int | None = None
        self.alert = None
        self.last_pass: tuple[int, str, bytes] | None = None
        self.setWindowTitle(self.tr("访客登记"))
        self.setMinimumWidth(560)

        self.name = self._edit("name", self.tr("姓名；预约访客会在下方列出"))
        self.prereg_list = QListWidget()
        self.prereg_list.setObjectName("prereg_list")
        self.prereg_list.setMaximumHeight(110)
        self.prereg_list.hide()
        self.prereg_list.itemDoubleClicked.connect(self._take_prereg)
        self.prereg_list.installEventFilter(self)
        self.id_type = QComboBox()
        self.id_type.setObjectName("id_type")
        for kind in IdType:
            self.id_type.addItem(kind.value, kind.value)
        self.id_number = self._edit("id_number", self.tr("身份证 18 位；护照、通行证按证件填写"))
        self.phone = self._edit("phone", self.tr("手机 11 位"))
        self.company = self._edit("company", "")
        self.host = self._edit("host", self.tr("输入业户名称、单元号或拼音首字母"))
        self._hosts: list[HostChoice] = []
        self._host_model = QStringListModel(self)
        self.completer = QCompleter(self._host_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated[str].connect(self._pick_host)
        self.host.setCompleter(self.completer)
        self.host.textEdited.connect(self._find_hosts)
        self.host_person = self._edit("host_person", "")
        self.purpose = self._edit("purpose", self.tr("如 商务洽谈、面试、送货"))
        self.party_size = QSpinBox()
        self.party_size.setObjectName("party_size")
        self.party_size.setRange(1, 99)
        self.plate = self._edit("plate", self.tr("如 粤B12345，无车不填"))
        self.leave = QTimeEdit()
        self.leave.setObjectName("expected_leave")
        self.leave.setDisplayFormat("HH:mm")
        self.name.textEdited.connect(self._find_preregs)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_box = QWidget()
        name_layout = QVBoxLayout(name_box)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.errors.field("name", self.name))
        name_layout.addWidget(self.prereg_list)
        form.addRow(self.tr("姓名 *"), name_box)
        self.errors.add_row(form, self.tr("证件类型"), "id_type", self.id_type)
        self.errors.add_row(form, self.tr("证件号码 *"), "id_number", self.id_number)
        self.errors.add_row(form, self.tr("手机"), "phone", self.phone)
        self.errors.add_row(form, self.tr("来访单位"), "company", self.company)
        self.errors.add_row(form, self.tr("被访单位 *"), "host", self.host)
        self.errors.add_row(form, self.tr("被访人"), "host_person", self.host_person)
        self.errors.add_row(form, self.tr("事由"), "purpose", self.purpose)
        self.errors.add_row(form, self.tr("人数"), "party_size", self.party_size)
        self.errors.add_row(form, self.tr("车牌"), "plate", self.plate)
        self.errors.add_row(form, self.tr("预计离开"), "expected_leave", self.leave)
        self.fields: list[QWidget] = [self.name, self.id_type, self.id_number, self.phone, self.company, self.host,
                                      self.host_person, self.purpose, self.party_size, self.plate, self.leave]
        for widget in self.fields:
            widget.installEventFilter(self)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(icon("print"), self.tr("登记并打印出入证"))
        self.save_button.setObjectName("check_in")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        clear = QPushButton(self.tr("清空"))
        clear.setAutoDefault(False)
        clear.clicked.connect(self.reset)
        close = QPushButton(self.tr("关闭"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(clear)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("回车跳到下一项；在最后一项按回车即登记并打印出入证。")))
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reset()

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    # -- keyboard
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and obj is self.prereg_list and event.key() in ENTER_KEYS
                and self.prereg_list.currentItem() is not None):
            # Taken here, so the same Enter does not also reach the save button: the clerk confirms with the next.
            self._take_prereg(self.prereg_list.currentItem())
            return True
        if event.type() == QEvent.Type.KeyPress and obj in self.fields:
            key = event.key()
            if obj is self.name and key == Qt.Key.Key_Down and self.prereg_list.isVisible():
                self.prereg_list.setFocus()
                self.prereg_list.setCurrentRow(0)
                return True
            if key in ENTER_KEYS:
                if obj is self.host and self.host_choice is None and self._hosts:
                    self._pick_host(self._hosts[0].label)
                if obj is self.fields[-1]:
                    self.save()
                else:
                    self.fields[self.fields.index(obj) + 1].setFocus()
                return True
        return super().eventFilter(obj, event)

    # -- finding things as the clerk types
    def _find_hosts(self, text: str) -> None:
        self.host_choice = None
        self._hosts = visitor_prereg.host_choices(text, by=self.ctx.actor, limit=20) if text.strip() else []
        self._host_model.setStringList([c.label for c in self._hosts])
        if self._hosts:
            self.completer.complete()

    def _pick_host(self, label: str) -> None:
        for choice in self._hosts:
            if choice.label == label:
                self.host_choice = choice
                self.host.setText(label)
                return

    def _find_preregs(self, text: str) -> None:
        self.prereg_list.clear()
        found = visitor_prereg.expected(by=self.ctx.actor, text=text, limit=8) if text.strip() else []
        for p in found:
            item = QListWidgetItem(icon("user"), self.tr("预约：{name}  {phone}  → {host} {unit}  {purpose}").format(
                name=p.name, phone=p.phone, host=p.host_name, unit=p.host_unit, purpose=p.purpose))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.prereg_list.addItem(item)
        self.prereg_list.setVisible(bool(found))

    def _take_prereg(self, item: QListWidgetItem) -> None:
        """Fill the form from the pre-registration; one Enter (or click) on the save button confirms it."""
        data = call_service(self, None, lambda: visitor_prereg.visit_input(
            item.data(Qt.ItemDataRole.UserRole), by=self.ctx.actor))
        if data is None:
            return
        self.fill(data)
        self.prereg_list.hide()
        self.status.setText(self.tr("预约访客已填好，请核对证件后按回车确认登记。"))
        self.save_button.setFocus()

    def fill(self, data: VisitInput) -> None:
        self.name.setText(data.name)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(data.id_type)))
        self.id_number.setText(data.id_number)
        self.phone.setText(data.phone)
        self.company.setText(data.company)
        self.host_choice = None
        if data.host_tenant_id is not None:
            self._hosts = [c for c in visitor_prereg.host_choices(data.host_unit or "", by=self.ctx.actor)
                           if c.tenant_id == data.host_tenant_id]
            self.host_choice = self._hosts[0] if self._hosts else HostChoice(data.host_tenant_id, "", data.host_unit)
            self.host.setText(self.host_choice.label)
        self.host_person.setText(data.host_person)
        self.purpose.setText(data.purpose)
        self.party_size.setValue(data.party_size)
        self.plate.setText(data.plate)
        self.prereg_id = data.prereg_id

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Enter on the save button (after a pre-registration filled the form) confirms; Esc closes as usual.
        if event.key() in ENTER_KEYS and self.focusWidget() is self.save_button:
            self.save()
            return
        super().keyPressEvent(event)

    # -- reading and saving
    def read_input(self) -> VisitInput:
        choice = self.host_choice
        leave = dt.datetime.combine(dt.date.today(), self.leave.time().toPython())
        return VisitInput(
            name=self.name.text(), id_type=self.id_type.currentData(), id_number=self.id_number.text(),
            phone=self.phone.text(), company=self.company.text(),
            host_tenant_id=choice.tenant_id if choice else None,
            host_unit=choice.unit if choice else self.host.text().strip(),
            host_person=self.host_person.text(), purpose=self.purpose.text(), party_size=self.party_size.value(),
            plate=self.plate.text(), expected_leave=leave, prereg_id=self.prereg_id,
        )

    def save(self) -> bool:
        data = self.read_input()
        try:
            done = call_service(self, self.errors, lambda: visitors.check_in(data, by=self.ctx.actor))
        except WatchlistHit as hit:
            from ui.dialogs.watch_alert import WatchAlert

            self.errors.clear()
            self.alert = WatchAlert(self.ctx.actor.site_id, data.name, hit.matches,
                                    lambda supervisor: self._let_through(data, supervisor), self)
            self.alert.open()
            return False
        return self._printed(done)

    def _let_through(self, data: VisitInput, supervisor) -> bool:
        done = call_service(self, self.errors, lambda: visitors.check_in(data, by=self.ctx.actor,
                                                                         let_through=supervisor))
        return self._printed(done)

    def _printed(self, done) -> bool:
        from services.visitor_prints import print_pass
        from ui.pass_printing import print_now

        if done is None:
            return False
        pdf = call_service(self, None, lambda: print_pass(done.visit_id, by=self.ctx.actor))
        if pdf is None:
            return False
        self.last_pass = (done.visit_id, done.pass_no, pdf)
        name = self.name.text().strip()
        printed = print_now(pdf, self.tr("访客出入证"), f"{done.pass_no}.pdf", self, self.printer)
        text = self.tr("{name} 已登记，出入证 {no}").format(name=name, no=done.pass_no)
        self.status.setText(text + (self.tr("，已打印。") if printed else self.tr("。")))
        self.checked_in.emit(done.visit_id)
        self.reset(keep_status=True)
        return True

    def reset(self, keep_status: bool = False) -> None:
        for edit in (self.name, self.id_number, self.phone, self.company, self.host, self.host_person, self.purpose,
                     self.plate):
            edit.clear()
        self.id_type.setCurrentIndex(0)
        self.party_size.setValue(1)
        self.host_choice, self.prereg_id, self._hosts = None, None, []
        self.prereg_list.hide()
        closing = int(settings.get(self.ctx.actor.site_id, "visitors.closing_hour"))
        later = QTime.currentTime().addSecs(3600)
        default = QTime(closing, 0)
        self.leave.setTime(default if default > later or later < QTime.currentTime() else QTime(23, 59))
        self.errors.clear()
        if not keep_status:
            self.status.clear()
        self.name.setFocus()
