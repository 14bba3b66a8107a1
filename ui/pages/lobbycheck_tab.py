"""大堂检查: the opening and closing checks of the lobby desk, item by item; a day's checks to look back on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from services import lobbycheck
from services.lobbycheck import CheckInput, ResultInput
from services.paging import Page
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, named_line, push_button, save_cancel_dialog, status_button_row
from ui.messages import check_kind_name
from ui.page_bits import action_button, list_table
from ui.paged_model import Column, PagedTableModel


class CheckDialog(QDialog):
    """Every item of the site's checklist answered 合格 or 不合格 (with what is wrong); failures go to engineering."""

    def __init__(self, ctx: DeskContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.check_id: int | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("大堂{kind}").format(kind=check_kind_name(kind)))
        self.resize(760, 640)
        self.items = lobbycheck.template(by=ctx.actor)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setColumnStretch(3, 1)
        self.answers: dict[int, tuple[QRadioButton, QRadioButton, QLineEdit]] = {}
        for row, item in enumerate(self.items):
            ok, bad = QRadioButton(self.tr("合格")), QRadioButton(self.tr("不合格"))
            ok.setObjectName(f"ok{item.position}")
            bad.setObjectName(f"fail{item.position}")
            group = QButtonGroup(self)
            group.addButton(ok)
            group.addButton(bad)
            note = named_line(f"note{item.position}", self.tr("不合格时写明情况"))
            grid.addWidget(QLabel(f"{item.position}. {item.text}"), row, 0)
            grid.addWidget(ok, row, 1)
            grid.addWidget(bad, row, 2)
            grid.addWidget(self.errors.field(f"item{item.position}", note), row, 3)
            self.answers[item.position] = (ok, bad, note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        self.shift = named_line("shift", self.tr("如 早班、中班、夜班"))
        self.note = named_line("note")
        form = QFormLayout()
        self.errors.add_row(form, self.tr("班次"), "shift", self.shift)
        self.errors.add_row(form, self.tr("备注"), "note", self.note)
        all_ok = push_button(self.tr("其余全部合格"), "done", "all_ok", self.rest_ok)
        self.save_button = push_button(self.tr("提交检查"), "save", "save", self.save)
        close = push_button(self.tr("关闭"), slot=self.accept)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addLayout(status_button_row(self.status, all_ok, self.save_button, close))

    def rest_ok(self) -> None:
        for ok, bad, _note in self.answers.values():
            if not bad.isChecked():
                ok.setChecked(True)

    def save(self) -> int | None:
        if self.check_id is not None:
            return None
        results = [ResultInput(position, not bad.isChecked(), note.text())
                   for position, (ok, bad, note) in self.answers.items() if ok.isChecked() or bad.isChecked()]
        check_id = call_service(self, self.errors, lambda: lobbycheck.record_check(
            CheckInput(self.kind, self.shift.text(), results, self.note.text()), by=self.ctx.actor))
        if check_id is None:
            return None
        self.check_id = check_id
        self.save_button.setEnabled(False)
        failed = lobbycheck.check(check_id, by=self.ctx.actor).failed
        self.status.setText(self.tr("已提交。{n} 项不合格，已生成工程维修单。").format(n=failed) if failed
                            else self.tr("已提交，全部合格。"))
        return check_id


class TemplateDialog(QDialog):
    """The site's checklist, one item a line, in order."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("大堂检查表"))
        self.resize(520, 460)
        self.text = QPlainTextEdit("\n".join(t.text for t in lobbycheck.template(by=ctx.actor)))
        self.text.setObjectName("items")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(self.tr("每行一项，按检查顺序排列：")))
        layout.addWidget(self.errors.field("items", self.text))
        save_cancel_dialog(self, body, self.tr("保存"), "save", self.save)

    def save(self) -> bool:
        done = call_service(self, self.errors, lambda: lobbycheck.set_template(self.text.toPlainText().splitlines(),
                                                                               by=self.ctx.actor))
        if done is not None:
            self.accept()
        return done is not None


class LobbyCheckTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog = None
        self.today = QLabel()
        self.today.setObjectName("today_checks")
        self.open_button = action_button(ctx.can, "open_check", self.tr("开班检查"), "check_in",
                                         lambda: self.new_check("open"), "lobbycheck.record")
        self.close_button = action_button(ctx.can, "close_check", self.tr("交班检查"), "finish",
                                          lambda: self.new_check("close"), "lobbycheck.record")
        self.template_button = action_button(ctx.can, "edit_template", self.tr("编辑检查表"), "edit",
                                             self.edit_template, "lobbycheck.template")
        self.days = QComboBox()
        self.days.setObjectName("check_days")
        for days, text in ((14, self.tr("近 14 天")), (1, self.tr("今天")), (60, self.tr("近 60 天"))):
            self.days.addItem(text, days)
        self.days.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = PagedTableModel([
            Column(self.tr("时间"), lambda r: r.at.strftime("%m-%d %H:%M")),
            Column(self.tr("检查"), lambda r: check_kind_name(r.kind)),
            Column(self.tr("班次"), lambda r: r.shift),
            Column(self.tr("检查人"), lambda r: r.by_name),
            Column(self.tr("不合格"), lambda r: r.failed, align_right=True),
            Column(self.tr("备注"), lambda r: r.note),
        ], self._fetch, self)
        self.table = list_table(self.model, "checks")
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("check_detail")
        top = QHBoxLayout()
        top.addWidget(self.today, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        top.addWidget(self.template_button)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("检查记录")))
        day_row.addWidget(self.days)
        day_row.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([520, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(day_row)
        layout.addWidget(split, 1)

    def _fetch(self, page: int) -> Page:
        rows = lobbycheck.recent_checks(by=self.ctx.actor, days=self.days.currentData())
        return Page(rows, len(rows), 0, max(1, len(rows)))

    def show_filter(self, _key: str) -> None:
        self.days.setCurrentIndex(self.days.findData(14))

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        missing = lobbycheck.missing_today(by=self.ctx.actor)
        self.today.setText(self.tr("今日全部检查已完成") if not missing else self.tr("今日待做：{kinds}").format(
            kinds=self.tr("、").join(check_kind_name(k) for k in missing)))
        self.today.setStyleSheet("color: #2e7d32;" if not missing else "color: #b45309; font-weight: 600;")
        if self.model.total:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        c = self.model.row_at(rows[0].row())
        lines = [f"<h3>{check_kind_name(c.kind)} · {c.at:%Y-%m-%d %H:%M} · {c.by_name} {c.shift}</h3>", "<table>"]
        for r in c.results:
            mark = ("<span style='color:#2e7d32'>✔</span>" if r.ok else "<span style='color:#c62828'>✘</span>")
            order = self.tr("（维修单 #{n}）").format(n=r.work_order) if r.work_order else ""
            lines.append(f"<tr><td>{mark}</td><td>{r.position}. {r.text}</td><td>{r.note}{order}</td></tr>")
        lines.append("</table>")
        if c.note:
            lines.append(f"<p>{c.note}</p>")
        self.detail.setHtml("".join(lines))

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def new_check(self, kind: str) -> CheckDialog:
        return self._open(CheckDialog(self.ctx, kind, self))

    def edit_template(self) -> TemplateDialog:
        return self._open(TemplateDialog(self.ctx, self))

