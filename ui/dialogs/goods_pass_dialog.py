"""A new goods-release pass: the desk types it, issues (and so approves) it, and prints the 放行条."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from services import goods, keys, tenants
from ui.context import DeskContext
from ui.dialogs.goods_form import GoodsForm
from ui.forms import FieldErrors, call_service, status_button_row
from ui.icons import icon


def preview_pdf(parent: QWidget, render, title: str, file_name: str):
    """Render through a service and open the print preview; None if the service refused."""
    from ui.dialogs.print_preview import PrintPreview

    pdf = call_service(parent, None, render)
    if pdf is None:
        return None
    preview = PrintPreview(pdf, title, file_name, parent)
    preview.open()
    return preview


class GoodsPassDialog(QDialog):
    """Type the pass, issue it (a number per site and year), print it for the carrier to show at the gate."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pass_no: str | None = None
        self.setWindowTitle(self.tr("开具物品放行条"))
        self.resize(620, 760)
        self.errors = FieldErrors()
        choices = call_service(self, None, lambda: keys.tenant_choices(by=ctx.actor)) or []
        self.form = GoodsForm(self.errors, choices)
        self.form.units_of = lambda tenant_id: tenants.get_tenant(tenant_id, by=ctx.actor).data.units
        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(icon("save"), self.tr("开具放行条"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(icon("print"), self.tr("打印放行条"))
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.open_print_preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addLayout(status_button_row(self.status, self.save_button, self.print_button))

    def save(self) -> str | None:
        data = self.form.to_input()
        pass_no = call_service(self, self.errors, lambda: goods.issue_pass(data, by=self.ctx.actor))
        if pass_no is None:
            return None
        self.pass_no = pass_no
        self.status.setText(self.tr("已开具放行条 {no}").format(no=pass_no))
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(True)
        return pass_no

    def open_print_preview(self):
        if not self.pass_no:
            return None
        no = self.pass_no
        return preview_pdf(self, lambda: goods.print_pass(no, by=self.ctx.actor), self.tr("物品放行条"),
                           self.tr("放行条 {no}.pdf").format(no=no))
