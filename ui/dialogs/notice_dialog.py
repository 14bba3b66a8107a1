"""Write a notice: from a template filled through a small form (or freely), to whom, valid when; save it as a
draft, publish it (a supervisor), print it for the lobby board or the lift cars."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import keys, notices
from services.notices import NoticeInput, NoticeRow
from ui.context import DeskContext
from ui.dialogs.print_preview import show_pdf
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon


def print_notice(parent: QWidget, ctx: DeskContext, notice_id: int, number: str, variant: str):
    """The preview of a notice, for the lobby board (A4 portrait) or the lift cars (A4 landscape)."""
    title = (QCoreApplication.translate("NoticeDialog", "公告（公告栏 A4）") if variant == "board"
             else QCoreApplication.translate("NoticeDialog", "公告（电梯轿厢 A4 横版）"))
    return show_pdf(parent, lambda: notices.print_notice(notice_id, variant=variant, by=ctx.actor), title,
                    f"{number}-{variant}.pdf")


def date_edit(name: str, date: QDate) -> QDateEdit:
    edit = QDateEdit(date)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class NoticeDialog(QDialog):
    """One notice, new or a draft being changed; a published one opens read-only (withdraw and write again)."""

    def __init__(self, ctx: DeskContext, row: NoticeRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.notice_id = row.id if row else None
        self.version = row.version if row else 0
        self.setWindowTitle(self.tr("公告") + (f" {row.number}" if row else ""))
        self.resize(900, 720)
        self.errors = FieldErrors()
        self.templates = call_service(self, None, lambda: notices.list_templates(by=ctx.actor)) or []
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.addItem(self.tr("（不用模板，直接撰写）"), "")
        for t in self.templates:
            self.template.addItem(t.name, t.code)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.fill_box = QGroupBox(self.tr("模板填空"))
        self.fill_form = QFormLayout(self.fill_box)
        self.fill_edits: dict[str, QLineEdit] = {}
        self.fill_button = QPushButton(icon("edit"), self.tr("填入标题和正文"))
        self.fill_button.setObjectName("fill")
        self.fill_button.clicked.connect(self.fill)

        self.title = named_line("title")
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setMinimumHeight(220)
        self.audience = QComboBox()
        self.audience.setObjectName("audience")
        for key, text in (("all", self.tr("全体业户")), ("floors", self.tr("部分楼层")),
                          ("tenants", self.tr("部分业户"))):
            self.audience.addItem(text, key)
        self.audience.currentIndexChanged.connect(self._audience_chosen)
        self.floors = named_line("floors", self.tr("楼层，用逗号分隔，如 12F,13F"))
        self.tenants = QListWidget()
        self.tenants.setObjectName("tenant_ids")
        self.tenants.setMaximumHeight(140)
        for tenant_id, name in call_service(self, None, lambda: keys.tenant_choices(by=ctx.actor)) or []:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, tenant_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tenants.addItem(item)
        self.valid_from = date_edit("valid_from", QDate.currentDate())
        self.valid_to = date_edit("valid_to", QDate.currentDate().addDays(1))
        dates = QHBoxLayout()
        dates.addWidget(self.errors.field("valid_from", self.valid_from))
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.errors.field("valid_to", self.valid_to))
        dates.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("模板"), self.template)
        form.addRow(self.fill_box)
        self.errors.add_row(form, self.tr("标题"), "title", self.title)
        self.errors.add_row(form, self.tr("正文"), "body", self.body)
        self.errors.add_row(form, self.tr("发布范围"), "audience", self.audience)
        self.errors.add_row(form, self.tr("楼层"), "floors", self.floors)
        self.errors.add_row(form, self.tr("业户"), "tenant_ids", self.tenants)
        form.addRow(self.tr("有效期"), dates)
        self.form = form

        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(icon("save"), self.tr("保存草稿"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.publish_button = QPushButton(icon("approve"), self.tr("发布"))
        self.publish_button.setObjectName("publish")
        self.publish_button.setEnabled(ctx.can("notice.publish"))
        self.publish_button.clicked.connect(self.publish)
        self.board_button = QPushButton(icon("print"), self.tr("打印（公告栏）"))
        self.board_button.setObjectName("print_board")
        self.board_button.clicked.connect(lambda: self.print_now("board"))
        self.lift_button = QPushButton(icon("print"), self.tr("打印（电梯轿厢）"))
        self.lift_button.setObjectName("print_lift")
        self.lift_button.clicked.connect(lambda: self.print_now("lift"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(status_button_row(self.status, self.save_button, self.publish_button, self.board_button,
                                           self.lift_button))
        if row is not None:
            self._show_row(row)
        self._template_chosen()
        self._audience_chosen()
        self._update_buttons()

    # -- the template's small form
    def _template_chosen(self) -> None:
        for name in self.fill_edits:
            self.errors.forget(f"fill.{name}")
        if self.fill_form.indexOf(self.fill_button) >= 0:
            self.fill_form.takeRow(self.fill_button)  # kept: only the template's own rows go
        while self.fill_form.rowCount():
            self.fill_form.removeRow(0)
        self.fill_edits = {}
        code = self.template.currentData()
        chosen = next((t for t in self.templates if t.code == code), None)
        self.fill_box.setVisible(chosen is not None and self.row is None)
        if chosen is None:
            return
        for name in chosen.fields:
            edit = named_line(f"fill_{name}")
            self.fill_edits[name] = edit
            self.errors.add_row(self.fill_form, name, f"fill.{name}", edit)
        self.fill_form.addRow("", self.fill_button)

    def fill(self) -> bool:
        code = self.template.currentData()
        values = {name: edit.text() for name, edit in self.fill_edits.items()}
        filled = call_service(self, self.errors, lambda: notices.fill_template(code, values, by=self.ctx.actor))
        if filled is None:
            return False
        self.title.setText(filled[0])
        self.body.setPlainText(filled[1])
        return True

    def _audience_chosen(self) -> None:
        key = self.audience.currentData()
        for audience, widget in (("floors", self.floors), ("tenants", self.tenants)):
            shown = key == audience
            widget.parentWidget().setVisible(shown)
            self.form.labelForField(widget.parentWidget()).setVisible(shown)

    def _show_row(self, row: NoticeRow) -> None:
        self.template.setCurrentIndex(max(self.template.findData(row.template_code), 0))
        self.title.setText(row.title)
        self.body.setPlainText(row.body)
        self.audience.setCurrentIndex(self.audience.findData(row.audience))
        self.floors.setText(",".join(row.floors))
        for i in range(self.tenants.count()):
            item = self.tenants.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in row.tenant_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self.valid_from.setDate(QDate(row.valid_from))
        self.valid_to.setDate(QDate(row.valid_to))

    def to_input(self) -> NoticeInput:
        checked = [self.tenants.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tenants.count())
                   if self.tenants.item(i).checkState() == Qt.CheckState.Checked]
        return NoticeInput(title=self.title.text(), body=self.body.toPlainText(), audience=self.audience.currentData(),
                           floors=[f for f in self.floors.text().replace("，", ",").split(",") if f.strip()],
                           tenant_ids=checked, valid_from=self.valid_from.date().toPython(),
                           valid_to=self.valid_to.date().toPython(), template_code=self.template.currentData() or "")

    def _editable(self) -> bool:
        return self.row is None or self.row.state == "draft"

    def _update_buttons(self) -> None:
        editable = self._editable()
        for widget in (self.title, self.body, self.audience, self.floors, self.tenants, self.valid_from,
                       self.valid_to, self.template):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable and self.ctx.can("notice.draft"))
        self.publish_button.setEnabled(editable and self.ctx.can("notice.publish"))
        printable = self.notice_id is not None and (self.row is None or self.row.state != "withdrawn")
        self.board_button.setEnabled(printable)
        self.lift_button.setEnabled(printable)

    # -- actions
    def save(self) -> int | None:
        data = self.to_input()
        if self.notice_id is None:
            saved = call_service(self, self.errors, lambda: notices.draft_notice(data, by=self.ctx.actor))
        else:
            notice_id, version = self.notice_id, self.version
            saved = call_service(self, self.errors,
                                 lambda: notices.update_notice(notice_id, version, data, by=self.ctx.actor)
                                 and notice_id)
        if saved is None:
            return None
        self.notice_id = saved
        self._reload()
        self.status.setText(self.tr("草稿已保存：{no}").format(no=self.row.number))
        return saved

    def _reload(self) -> None:
        notice_id = self.notice_id
        self.row = call_service(self, None, lambda: notices.get_notice(notice_id, by=self.ctx.actor))
        self.version = self.row.version
        self.setWindowTitle(self.tr("公告") + f" {self.row.number}")
        self._update_buttons()

    def publish(self) -> bool:
        if self._editable() and self.save() is None:
            return False
        notice_id = self.notice_id
        done = call_service(self, self.errors, lambda: notices.publish_notice(notice_id, by=self.ctx.actor) or True)
        if not done:
            return False
        self._reload()
        self.status.setText(self.tr("已发布：{no}").format(no=self.row.number))
        return True

    def print_now(self, variant: str):
        if self.notice_id is None:
            return None
        return print_notice(self, self.ctx, self.notice_id, self.row.number, variant)
