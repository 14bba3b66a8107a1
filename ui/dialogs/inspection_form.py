"""The inspection sheet (巡查表) on screen, made for the keyboard: digits for a score, Enter to the next item,
Tab across the row (score → 不合格 → 严重 → note), Space to tick, Ctrl+S to save. A blank score is full
points (合格 on a pass/fail item, where 1 is 合格 and 0 不合格)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services import contractor_inspections as inspections
from services import contractor_templates as templates
from services import contractors, settings
from services.contractor_inspections import InspectionInput, ItemEntry
from services.contractor_templates import ItemView, TemplateView, points_text
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, status_button_row
from ui.icons import icon
from ui.messages import service_name

MUTED = "color: #5b6776; font-size: 12px;"


def _t(text: str) -> str:
    """The form's texts for the rows it builds (lupdate finds them under the form's context)."""
    return QCoreApplication.translate("InspectionForm", text)


class ItemRow:
    """The widgets of one item: its score, the two ticks, the note, and a photo kept in memory until saved."""

    def __init__(self, item: ItemView, form: InspectionForm, grid: QGridLayout, row: int) -> None:
        self.item = item
        self.photo: bytes | None = None
        n = item.seq
        grid.addWidget(QLabel(str(n)), row, 0)
        grid.addWidget(QLabel(item.area), row, 1)
        what = QLabel(f"{item.item}<br><span style='{MUTED}'>{item.standard}</span>")
        what.setWordWrap(True)
        grid.addWidget(what, row, 2)
        self.score = QLineEdit()
        self.score.setObjectName(f"score_{n}")
        self.score.setMaximumWidth(90)
        if item.pass_fail:
            self.score.setValidator(QRegularExpressionValidator(QRegularExpression("[01]")))
            self.score.setPlaceholderText(_t("1 合格"))
        else:
            self.score.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{1,3}(\.\d)?")))
            self.score.setPlaceholderText(_t("满分 {points}").format(points=points_text(item.points)))
        self.nonconforming = QCheckBox(_t("不合格"))
        self.nonconforming.setObjectName(f"nc_{n}")
        self.serious = QCheckBox(_t("严重"))
        self.serious.setObjectName(f"serious_{n}")
        self.note = QLineEdit()
        self.note.setObjectName(f"note_{n}")
        self.note.setPlaceholderText(_t("不合格情况"))
        self.photo_text = _t("照片")
        self.photo_button = QPushButton(icon("attach"), self.photo_text)
        self.photo_button.setObjectName(f"photo_{n}")
        self.photo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard path skips it
        self.photo_button.clicked.connect(lambda: form.choose_photo(self))
        grid.addWidget(form.errors.field(f"entries.{n}.score", self.score), row, 3)
        grid.addWidget(self.nonconforming, row, 4)
        grid.addWidget(self.serious, row, 5)
        grid.addWidget(form.errors.field(f"entries.{n}.note", self.note), row, 6)
        grid.addWidget(form.errors.field(f"entries.{n}.photo", self.photo_button), row, 7)
        form.errors.alias(f"entries.{n}.deadline", "deadline")
        # A 0 on a pass/fail item is a non-conformity: tick it at once, so the note is asked for.
        self.score.textEdited.connect(self._failed_ticks)
        self.serious.toggled.connect(lambda on: on and self.nonconforming.setChecked(True))
        for w in self.widgets():
            w.installEventFilter(form.enter_moves_on)

    def widgets(self) -> list[QWidget]:
        return [self.score, self.nonconforming, self.serious, self.note]

    def _failed_ticks(self, text: str) -> None:
        if self.item.pass_fail and text == "0":
            self.nonconforming.setChecked(True)

    def set_photo(self, data: bytes | None, name: str = "") -> None:
        self.photo = data
        self.photo_button.setText(name[:12] if data else self.photo_text)
        if data:
            self.nonconforming.setChecked(True)

    def entry(self, deadline: dt.date) -> ItemEntry:
        return ItemEntry(self.item.id, self.score.text(), self.nonconforming.isChecked(), self.serious.isChecked(),
                         self.note.text(), self.photo, deadline)


class EnterMovesOn(QObject):
    """Enter (or the keypad's Enter) in any field of a row goes to the next row's score; after the last, to Save."""

    def __init__(self, form: InspectionForm) -> None:
        super().__init__(form)
        self.form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if not self.form.next_row_after(watched):
                self.form.focusNextChild()  # a header field: on to the next one
            return True
        return False


class InspectionForm(QDialog):
    """One inspection round; opened on a contractor (from what is due) or with the contractor to pick."""

    def __init__(self, ctx: DeskContext, contractor_id: int | None = None, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.saved_id: int | None = None
        self.template: TemplateView | None = None
        self.rows: list[ItemRow] = []
        self.errors = FieldErrors()
        self.enter_moves_on = EnterMovesOn(self)
        self.setWindowTitle(self.tr("巡查记录"))
        self.resize(1100, 820)

        self.contractor = QComboBox()
        self.contractor.setObjectName("contractor_id")
        for c in contractors.list_contractors(by=ctx.actor, active_only=True):
            self.contractor.addItem(f"{c.name}（{service_name(c.service)}）", c.id)
        self.day = QDateEdit(QDate(self.today))
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.areas = QLineEdit()
        self.areas.setObjectName("areas")
        self.areas.setPlaceholderText(self.tr("如：大堂、1–10F 卫生间、B1–B2 车库"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.deadline = QDateEdit()
        self.deadline.setObjectName("deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.rectify_days = int(settings.get(ctx.actor.site_id, "contractors.rectify_days"))
        self.day.dateChanged.connect(lambda d: self.deadline.setDate(d.addDays(self.rectify_days)))
        self.deadline.setDate(self.day.date().addDays(self.rectify_days))
        for w in (self.contractor, self.day, self.deadline, self.areas, self.note):
            w.installEventFilter(self.enter_moves_on)
        head = QFormLayout()
        self.errors.add_row(head, self.tr("外包单位"), "contractor_id", self.contractor)
        self.errors.alias("template_id", "contractor_id")
        when = QHBoxLayout()
        when.addWidget(self.errors.field("day", self.day))
        when.addWidget(QLabel(self.tr("不合格项整改期限")))
        when.addWidget(self.errors.field("deadline", self.deadline))
        when.addStretch(1)
        head.addRow(self.tr("巡查日期"), when)
        self.errors.add_row(head, self.tr("巡查区域"), "areas", self.areas)
        self.errors.add_row(head, self.tr("备注"), "note", self.note)
        self.template_label = QLabel()
        self.template_label.setObjectName("template_label")
        self.template_label.setStyleSheet(MUTED)
        self.entries_error = QLabel()
        self.entries_error.setObjectName("entries_error")
        self.entries_box = self.errors.field("entries", self.entries_error)

        self.sheet = QWidget()
        self.grid = QGridLayout(self.sheet)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sheet)
        self.scroll = scroll

        self.status = QLabel(self.tr("数字键打分，回车到下一项；Tab 依次到“不合格”“严重”“情况”，空格勾选；Ctrl+S 保存"))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("保存巡查 (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(icon("print"), self.tr("打印巡查记录"))
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_record)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.template_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.entries_box)
        layout.addLayout(status_button_row(self.status, self.print_button, self.save_button))

        self.contractor.currentIndexChanged.connect(self.load_template)
        if contractor_id is not None and self.contractor.findData(contractor_id) >= 0:
            self.contractor.setCurrentIndex(self.contractor.findData(contractor_id))
        self.load_template()
        (self.rows[0].score if contractor_id is not None and self.rows else self.contractor).setFocus()

    # ---------------------------------------------------------------- the sheet
    def load_template(self) -> None:
        """The sheet of the picked contractor's service, at its newest template revision."""
        cid = self.contractor.currentData()
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.rows = []
        self.template = None
        if cid is None:
            return
        c = contractors.get_contractor(cid, by=self.ctx.actor)
        self.template = templates.current_template(c.service, by=self.ctx.actor)
        self.template_label.setText(self.tr("{name} · 第 {revision} 版 · {count} 项 · 满分 {total}").format(
            name=self.template.name, revision=self.template.revision, count=len(self.template.items),
            total=points_text(self.template.total)))
        for col, title in enumerate((self.tr("序"), self.tr("区域"), self.tr("项目 / 标准"), self.tr("得分"),
                                     "", "", self.tr("不合格情况"), "")):
            label = QLabel(title)
            label.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(label, 0, col)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(6, 3)
        self.rows = [ItemRow(item, self, self.grid, r) for r, item in enumerate(self.template.items, 1)]
        chain = [self.contractor, self.day, self.deadline, self.areas, self.note,
                 *(w for row in self.rows for w in row.widgets()), self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def next_row_after(self, widget: QObject) -> bool:
        """Focus the next row's score (or Save after the last row); False if `widget` is not in a row."""
        for n, row in enumerate(self.rows):
            if widget in row.widgets():
                target = self.rows[n + 1].score if n + 1 < len(self.rows) else self.save_button
                target.setFocus(Qt.FocusReason.TabFocusReason)
                if target is not self.save_button:
                    self.scroll.ensureWidgetVisible(target)
                return True
        return False

    def row(self, seq: int) -> ItemRow:
        return self.rows[seq - 1]

    def choose_photo(self, row: ItemRow) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择照片"), "", self.tr("照片 (*.jpg *.jpeg *.png)"))
        if name:
            row.set_photo(Path(name).read_bytes(), Path(name).name)

    # ---------------------------------------------------------------- saving
    def read_input(self) -> InspectionInput:
        deadline = self.deadline.date().toPython()
        return InspectionInput(self.contractor.currentData(), self.template.id if self.template else None,
                               self.day.date().toPython(), self.areas.text(), self.note.text(),
                               [r.entry(deadline) for r in self.rows])

    def save(self) -> int | None:
        if self.saved_id is not None:
            return self.saved_id
        data = self.read_input()
        saved = call_service(self, self.errors, lambda: inspections.record_inspection(
            data, by=self.ctx.actor, today=self.today))
        if saved is None:
            return None
        self.saved_id = saved
        view = inspections.get_inspection(saved, by=self.ctx.actor)
        rects = [r.rectification for r in view.results if r.rectification]
        self.status.setText(self.tr("已保存 {number}：{score} 分；不合格 {n} 项{rects}").format(
            number=view.row.number, score=f"{view.row.score:.2f}", n=view.row.nonconformities,
            rects=self.tr("，已发整改单 {numbers}").format(numbers="、".join(rects)) if rects else ""))
        self.status.setStyleSheet("color: #2e7d32;")
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(True)
        self.print_button.setFocus()
        return saved

    def print_record(self):
        from services.contractor_prints import print_inspection
        from ui.dialogs.print_preview import show_pdf

        if self.saved_id is None:
            return None
        self.last_preview = show_pdf(self, lambda: print_inspection(self.saved_id, by=self.ctx.actor),
                                     self.tr("巡查记录"), self.tr("巡查记录.pdf"))
        return self.last_preview
