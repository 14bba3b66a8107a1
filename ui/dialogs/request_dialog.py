"""The request form: quick intake on the phone, then its steps with due times, the handling panel and the timeline."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import CATEGORIES, CHANNELS, LEVELS, REPAIR_KINDS
from services import request_views, requests
from services.request_views import CallerMatch, RequestDetail
from services.requests import RequestInput
from ui.context import DeskContext
from ui.dialogs.request_actions import ActionPanel
from ui.dialogs.tenant_dialog import OptionalDate
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon
from ui.page_bits import note
from ui.request_names import (
    CATEGORY_NAMES,
    CHANNEL_NAMES,
    EVENT_NAMES,
    LEVEL_NAMES,
    REPAIR_KIND_NAMES,
    STATE_NAMES,
    STEP_NAMES,
    kind_name,
    name,
    rule_text,
    time_left,
    when,
)


def _combo(object_name: str, keys: tuple[str, ...], names: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    for key in keys:
        combo.addItem(name(names, key), key)
    return combo


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class RequestDialog(QDialog):
    """New request (request_id None) or an existing one; every change goes through services.requests."""

    def __init__(self, ctx: DeskContext, request_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.detail: RequestDetail | None = None
        self.tenant_id: int | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("受理登记") if request_id is None else self.tr("客户服务单"))
        self.resize(1180, 780)

        # -- intake: a clerk on the phone types a unit, a name or a phone and picks the match
        self.lookup = named_line("lookup", self.tr("来电查找：单元号、来电人、业户名或拼音首字母、电话"))
        self.lookup.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("matches")
        self.matches.setMaximumHeight(110)
        self.matches.hide()
        self.tenant_label = QLabel(self.tr("（未选择业户）"))
        self.tenant_label.setObjectName("tenant_label")
        self.channel = _combo("channel", CHANNELS, CHANNEL_NAMES)
        self.category = _combo("category", CATEGORIES, CATEGORY_NAMES)
        self.level = _combo("level", LEVELS, LEVEL_NAMES)
        self.level.setCurrentIndex(LEVELS.index("minor"))
        self.repair_kind = _combo("repair_kind", REPAIR_KINDS, REPAIR_KIND_NAMES)
        self.repair_kind.setCurrentIndex(REPAIR_KINDS.index("other"))
        self.unit_code = named_line("unit_code")
        self.caller_name = named_line("caller_name")
        self.caller_phone = named_line("caller_phone")
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setPlaceholderText(self.tr("业户反映的情况"))
        self.text.setMaximumHeight(140)
        self.suits_tenant = named_line("suits_tenant", self.tr("如：工作日 14:00 以后"))
        self.wanted_by = OptionalDate(with_time=True)
        self.owner = QComboBox()
        for user_id, full_name in request_views.staff(by=ctx.actor):
            self.owner.addItem(full_name, user_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(ctx.actor.user_id)))
        self.received_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.received_at.setCalendarPopup(True)
        self.received_at.setDisplayFormat("yyyy-MM-dd HH:mm")

        self.intake = QGroupBox(self.tr("受理"))
        form = QFormLayout(self.intake)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("查找"), self.lookup)
        form.addRow("", self.matches)
        self.errors.add_row(form, self.tr("业户"), "tenant_id", self.tenant_label)
        self.errors.add_row(form, self.tr("单元"), "unit_code", self.unit_code)
        self.errors.add_row(form, self.tr("来电人"), "caller_name", self.caller_name)
        self.errors.add_row(form, self.tr("联系电话"), "caller_phone", self.caller_phone)
        kind_row = QHBoxLayout()
        self.kind_boxes: dict[str, QWidget] = {}
        for widget, field in ((self.channel, "channel"), (self.category, "category"), (self.level, "level"),
                              (self.repair_kind, "repair_kind")):
            self.kind_boxes[field] = self.errors.field(field, widget)
            kind_row.addWidget(self.kind_boxes[field])
        form.addRow(self.tr("方式 / 类别"), kind_row)
        self.errors.add_row(form, self.tr("内容 *"), "text", self.text)
        self.errors.add_row(form, self.tr("方便时间"), "suits_tenant", self.suits_tenant)
        self.errors.add_row(form, self.tr("要求完成时间"), "wanted_by", self.wanted_by)
        self.errors.add_row(form, self.tr("负责人"), "owner_id", self.owner)
        self.errors.add_row(form, self.tr("受理时间"), "received_at", self.received_at)

        # -- the request once taken: where it stands, its steps, what can be done, what was done
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setStyleSheet("font-size: 15px; font-weight: 600; color: #1f2d3d;")
        self.header.setWordWrap(True)
        self.steps = _table("steps", [self.tr("环节"), self.tr("期限"), self.tr("完成"), self.tr("剩余")])
        self.steps.setMaximumHeight(180)
        self.actions = ActionPanel(ctx, self.errors, self.load, self)
        self.timeline = _table("timeline", [self.tr("时间"), self.tr("处理"), self.tr("经办人"), self.tr("说明")])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.steps)
        right_layout.addWidget(self.actions)
        right_layout.addWidget(QLabel(self.tr("处理经过")))
        right_layout.addWidget(self.timeline, 1)
        self.right = right
        self.placeholder = note("")
        self.placeholder.setObjectName("rules_hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.save_button = QPushButton(icon("save"), self.tr("登记"))
        self.save_button.setObjectName("save")
        # No default button: Enter in the lookup picks the caller, it must not register a half-typed request.
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(ctx.can("request.take"))
        self.print_button = QPushButton(icon("print"), self.tr("打印"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.open_print_preview)
        self.print_button.hide()
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        self.status = QLabel()
        buttons = status_button_row(self.status, self.print_button, self.save_button, close)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.intake)
        left_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(left, 5)
        columns.addWidget(self.placeholder, 6)
        columns.addWidget(right, 6)
        right.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.find)
        self.lookup.textEdited.connect(lambda _t: self._debounce.start())
        self.lookup.returnPressed.connect(self.pick_current)
        self.lookup.installEventFilter(self)
        self.matches.itemActivated.connect(lambda item: self.pick(item.data(256)))
        self.matches.itemClicked.connect(lambda item: self.pick(item.data(256)))
        self.category.currentIndexChanged.connect(lambda _i: self._kind_fields())
        self.level.currentIndexChanged.connect(lambda _i: self._kind_fields())
        self._kind_fields()
        if request_id is not None:
            self.load()

    # -- intake
    def _kind_fields(self) -> None:
        """Level for complaints, kind for repairs; and the deadlines this kind of request will run to."""
        category = self.category.currentData()
        # Only the choice that applies is shown: a level for complaints, a kind for repairs.
        self.kind_boxes["level"].setVisible(category == "complaint")
        self.kind_boxes["repair_kind"].setVisible(category == "repair")
        level = self.level.currentData() if category == "complaint" else ""
        rules = requests.deadline_rules(category, level, by=self.ctx.actor)
        lines = [rule_text(step, r.amount, r.unit) for step, r in rules]
        self.placeholder.setText(self.tr("本类时限（按设置，挂起等待业户的时间不计）：") + "\n· " + "\n· ".join(lines)
                                 + "\n\n" + self.tr("登记后，这里显示各环节的期限、处理按钮和处理经过。"))

    def find(self) -> list[CallerMatch]:
        text = self.lookup.text()
        found = call_service(self, None, lambda: request_views.find_callers(text, by=self.ctx.actor)) or []
        self.matches.clear()
        for m in found:
            item = QListWidgetItem(" · ".join(x for x in (m.unit_code, m.tenant_name, m.contact_name, m.phone) if x))
            item.setData(256, m)  # Qt.UserRole
            self.matches.addItem(item)
        self.matches.setVisible(bool(found))
        if found:
            self.matches.setCurrentRow(0)
        return found

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Up and Down in the lookup move through the matches, so the clerk never leaves the keyboard."""
        if watched is self.lookup and event.type() == QEvent.Type.KeyPress and self.matches.count():
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step is not None:
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def pick_current(self) -> None:
        if self._debounce.isActive():  # Enter typed before the pause: look up now
            self._debounce.stop()
            self.find()
        item = self.matches.currentItem()
        if item is not None:
            self.pick(item.data(256))

    def pick(self, match: CallerMatch) -> None:
        """Fill tenant, unit and caller from the chosen match; the clerk goes on to the request itself."""
        self.tenant_id = match.tenant_id
        self.tenant_label.setText(match.tenant_name)
        self.unit_code.setText(match.unit_code)
        self.caller_name.setText(match.contact_name)
        self.caller_phone.setText(match.phone)
        self.matches.hide()
        self.text.setFocus()

    def read_input(self) -> RequestInput:
        category = self.category.currentData()
        return RequestInput(
            channel=self.channel.currentData(), category=category,
            level=self.level.currentData() if category == "complaint" else "",
            repair_kind=self.repair_kind.currentData() if category == "repair" else "",
            tenant_id=self.tenant_id, unit_code=self.unit_code.text(), caller_name=self.caller_name.text(),
            caller_phone=self.caller_phone.text(), text=self.text.toPlainText(), suits_tenant=self.suits_tenant.text(),
            wanted_by=self.wanted_by.value(), owner_id=self.owner.currentData(),
            received_at=self.received_at.dateTime().toPython().replace(second=0, microsecond=0),
        )

    def save(self) -> bool:
        data = self.read_input()
        new_id = call_service(self, self.errors, lambda: requests.take_request(data, by=self.ctx.actor))
        if new_id is None:
            return False
        self.request_id = new_id
        self.load()
        self.status.setText(self.tr("已登记 {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        return True

    # -- the request as it stands
    def load(self) -> None:
        assert self.request_id is not None
        detail = call_service(self, None, lambda: request_views.get_request(self.request_id, by=self.ctx.actor))
        if detail is None:
            return
        self.detail = detail
        d = detail.data
        self.setWindowTitle(self.tr("客户服务单 {number}").format(number=detail.number))
        self.tenant_id = d.tenant_id
        self.tenant_label.setText(detail.tenant_name or self.tr("（未选择业户）"))
        for combo, key in ((self.channel, d.channel), (self.category, d.category), (self.level, d.level),
                           (self.repair_kind, d.repair_kind)):
            if key:
                combo.setCurrentIndex(max(0, combo.findData(key)))
        self.unit_code.setText(d.unit_code)
        self.caller_name.setText(d.caller_name)
        self.caller_phone.setText(d.caller_phone)
        self.text.setPlainText(d.text)
        self.suits_tenant.setText(d.suits_tenant)
        self.wanted_by.set_value(d.wanted_by)
        self.owner.setCurrentIndex(max(0, self.owner.findData(d.owner_id)))
        if d.received_at:
            self.received_at.setDateTime(QDateTime(d.received_at))
        self.intake.setEnabled(False)  # what the tenant said stays as taken; the timeline records the rest
        self.save_button.hide()
        self.placeholder.hide()
        self.right.show()
        state = name(STATE_NAMES, detail.state) + (self.tr("（挂起中）") if detail.on_hold else "")
        number = detail.number + (f" / {detail.work_order_no}" if detail.work_order_no else "")
        self.header.setText(self.tr("{number} · {kind} · {state} · 负责人 {owner}").format(
            number=number, kind=kind_name(d.category, d.level, d.repair_kind), state=state,
            owner=detail.owner_name))
        rows = [[name(STEP_NAMES, s.step), when(s.due_at), when(s.done_at),
                 time_left(s.due_at, detail.on_hold) if s.done_at is None and s.left is not None else ""]
                for s in detail.steps]
        rows += [[self.tr("回访（第 {n} 次）").format(n=c.round), when(c.due_at), when(c.done_at),
                  (self.tr("满意") if c.satisfied else self.tr("不满意：{note}").format(note=c.note))
                  if c.done_at else time_left(c.due_at, False)] for c in detail.callbacks]
        _fill(self.steps, rows)
        _fill(self.timeline, [[when(e.at), name(EVENT_NAMES, e.kind), e.username, e.note] for e in detail.events])
        self.actions.show_detail(detail)
        self.actions.setVisible(bool(detail.actions))  # closed or void: nothing left to do
        self.print_button.setVisible(d.category in ("repair", "complaint"))
        self.print_button.setText(self.tr("打印维修工作单") if d.category == "repair" else self.tr("打印投诉处理记录"))

    def open_print_preview(self):
        """The work order (repairs) or the complaint record, in the print preview."""
        from services import request_prints
        from ui.dialogs.print_preview import PrintPreview

        if self.detail is None:
            return None
        repair = self.detail.data.category == "repair"
        render = request_prints.print_work_order if repair else request_prints.print_complaint_record
        pdf = call_service(self, None, lambda: render(self.detail.id, by=self.ctx.actor))
        if pdf is None:
            return None
        title = self.tr("维修工作单") if repair else self.tr("投诉处理记录表")
        number = self.detail.work_order_no if repair else self.detail.number
        preview = PrintPreview(pdf, title, f"{title}-{number}.pdf", self)
        preview.open()
        return preview
