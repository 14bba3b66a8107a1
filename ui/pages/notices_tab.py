"""公告: the notices current now (and those about to start), drafts, and the history; write, publish, withdraw,
print for the boards and the lift cars; the site's templates."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import notices
from services.notices import TemplateInput, TemplateRow
from ui.context import DeskContext
from ui.dialogs.notice_dialog import NoticeDialog, print_notice
from ui.forms import FieldErrors, call_service, named_line, status_button_row
from ui.icons import icon
from ui.paged_model import Column
from ui.pages.desk_list_tab import DeskListTab


class NoticesTab(DeskListTab):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        states = {"draft": self.tr("草稿"), "scheduled": self.tr("待生效"), "current": self.tr("有效"),
                  "expired": self.tr("已过期"), "withdrawn": self.tr("已撤回")}
        self.build("notice", [
            Column(self.tr("编号"), lambda r: r.number),
            Column(self.tr("标题"), lambda r: r.title),
            Column(self.tr("发布范围"), lambda r: r.audience_text),
            Column(self.tr("有效期"), lambda r: f"{r.valid_from:%Y-%m-%d} – {r.valid_to:%Y-%m-%d}"),
            Column(self.tr("状态"), lambda r: states.get(r.state, r.state)),
            Column(self.tr("拟稿"), lambda r: r.drafted_by),
            Column(self.tr("发布"), lambda r: r.published_by),
            Column(self.tr("撤回原因"), lambda r: r.withdraw_reason),
        ], [("current", self.tr("当前有效")), ("draft", self.tr("草稿")), ("history", self.tr("历史")),
            ("all", self.tr("全部"))], self.tr("搜索：编号、标题、正文"), [
            ("new_notice", "add", self.tr("新建公告"), self.new_notice, "notice.draft"),
            ("open_notice", "edit", self.tr("打开"), self.open_selected, "notice.view"),
            ("withdraw_notice", "void", self.tr("撤回"), self.withdraw_selected, "notice.withdraw"),
            ("print_board", "print", self.tr("打印（公告栏）"), lambda: self.print_selected("board"), "notice.view"),
            ("print_lift", "print", self.tr("打印（电梯轿厢）"), lambda: self.print_selected("lift"), "notice.view"),
            ("templates", "settings", self.tr("公告模板"), self.edit_templates, "notice.templates")])
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

    def fetch_page(self, filter_key: str, text: str, page: int):
        return notices.search_notices(by=self.ctx.actor, view=filter_key, text=text, page=page)

    def count_text(self, total: int) -> str:
        return self.tr("共 {n} 份").format(n=total)

    def new_notice(self) -> NoticeDialog:
        return self.open_dialog(NoticeDialog(self.ctx, None, self))

    def open_selected(self) -> NoticeDialog | None:
        row = self.selected()
        return self.open_dialog(NoticeDialog(self.ctx, row, self)) if row else None

    def withdraw_selected(self, reason: str | None = None) -> bool:
        row = self.selected()
        reason = self.ask_text(reason, self.tr("撤回公告"), self.tr("撤回原因")) if row else None
        return reason is not None and self.act(lambda: notices.withdraw_notice(row.id, reason, by=self.ctx.actor))

    def print_selected(self, variant: str):
        row = self.selected()
        return print_notice(self, self.ctx, row.id, row.number, variant) if row else None

    def edit_templates(self) -> TemplatesDialog:
        return self.open_dialog(TemplatesDialog(self.ctx, self))


class TemplatesDialog(QDialog):
    """The site's notice templates: the name in the list, the title and text with `{名称}` marks to fill in."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("公告模板"))
        self.resize(900, 560)
        self.errors = FieldErrors()
        self.rows: list[TemplateRow] = []
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.currentRowChanged.connect(self._show)
        self.name = named_line("name")
        self.title = named_line("title")
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        hint = QLabel(self.tr(
            "用 {名称} 标出每次要填的内容（如 {日期}、{楼层}）；{项目名称}、{服务中心电话} 自动填入。"))
        hint.setWordWrap(True)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("名称"), "name", self.name)
        self.errors.add_row(form, self.tr("标题"), "title", self.title)
        self.errors.add_row(form, self.tr("正文"), "body", self.body)
        self.active = QCheckBox(self.tr("在用（写公告时可选）"))
        self.active.setObjectName("active")
        self.active.setChecked(True)
        form.addRow("", self.active)
        form.addRow("", hint)
        self.status = QLabel()
        new = QPushButton(icon("add"), self.tr("新增模板"))
        new.setObjectName("new_template")
        new.clicked.connect(self.new_template)
        self.save_button = QPushButton(icon("save"), self.tr("保存模板"))
        self.save_button.setObjectName("save_template")
        self.save_button.clicked.connect(self.save)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addLayout(status_button_row(self.status, new, self.save_button))
        self.current: TemplateRow | None = None
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 3)
        self.reload()

    def reload(self, keep: int = 0) -> None:
        self.rows = call_service(self, None,
                                 lambda: notices.list_templates(by=self.ctx.actor, active_only=False)) or []
        self.list.clear()
        self.list.addItems([t.name if t.active else self.tr("{name}（停用）").format(name=t.name) for t in self.rows])
        self.list.setCurrentRow(keep)

    def _show(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.current = t = self.rows[index]
            self.name.setText(t.name)
            self.title.setText(t.title)
            self.body.setPlainText(t.body)
            self.active.setChecked(t.active)
            self.errors.clear()

    def new_template(self) -> None:
        """An empty form for the site's own template (saved as a new one)."""
        self.list.clearSelection()
        self.current = None
        for edit in (self.name, self.title, self.body):
            edit.clear()
        self.active.setChecked(True)
        self.name.setFocus()

    def save(self) -> int | None:
        t = self.current
        data = TemplateInput(self.name.text(), self.title.text(), self.body.toPlainText(), self.active.isChecked())
        saved = call_service(self, self.errors, lambda: notices.save_template(
            data, template_id=t.id if t else None, version=t.version if t else 0, by=self.ctx.actor))
        if saved is not None:
            self.reload()
            self.list.setCurrentRow(next(i for i, r in enumerate(self.rows) if r.id == saved))
            self.status.setText(self.tr("已保存"))
        return saved
