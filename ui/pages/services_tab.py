"""便民服务: the orders by state (taken, dispatched, done, accepted, cancelled) and their steps; the price list."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import convenience
from services.convenience import SATISFACTION_TEXT, PriceInput, PriceRow
from ui.context import DeskContext
from ui.dialogs.service_order_dialog import AcceptDialog, ServiceOrderDialog, print_receipt
from ui.forms import FieldErrors, call_service, named_line, save_cancel_dialog, status_button_row
from ui.icons import icon
from ui.page_bits import fill_table, restricted_panel, text_table, who_may
from ui.paged_model import Column
from ui.pages.desk_list_tab import DeskListTab


def services_tab(ctx: DeskContext) -> QWidget:
    if not ctx.can("service.view"):
        return restricted_panel(QCoreApplication.translate("ServicesTab", "便民服务"), QCoreApplication.translate(
            "ServicesTab", "只有{roles}可以办理便民服务。").format(roles=who_may("service.view")), "services_locked")
    return ServicesTab(ctx)


class ServicesTab(DeskListTab):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.states = {"ordered": self.tr("待派单"), "dispatched": self.tr("已派单"), "done": self.tr("待验收"),
                       "accepted": self.tr("已验收"), "cancelled": self.tr("已取消")}
        self.build("order", [
            Column(self.tr("单号"), lambda r: r.number),
            Column(self.tr("约定时间"), lambda r: f"{r.agreed_at:%Y-%m-%d %H:%M}"),
            Column(self.tr("业户"), lambda r: r.tenant),
            Column(self.tr("单元"), lambda r: r.unit_code),
            Column(self.tr("服务项目"), lambda r: r.item_name),
            Column(self.tr("数量"), lambda r: f"{r.quantity:f} {r.unit_label.split('/')[-1]}"),
            Column(self.tr("金额（元）"), lambda r: f"{r.amount:,.2f}"),
            Column(self.tr("状态"), lambda r: self.states.get(r.state, r.state)),
            Column(self.tr("部门"), lambda r: r.department),
            Column(self.tr("服务人员"), lambda r: r.assignee),
            Column(self.tr("满意度"), lambda r: SATISFACTION_TEXT.get(r.satisfaction, "")),
        ], [("open", self.tr("未完结")), *self.states.items(), ("", self.tr("全部"))],
            self.tr("搜索：单号、业户、项目、单元、服务人员"), [
            ("new_order", "add", self.tr("新建服务单"), self.new_order, "service.order"),
            ("dispatch_order", "dispatch", self.tr("派单"), self.dispatch_selected, "service.dispatch"),
            ("complete_order", "done", self.tr("完成"), self.complete_selected, "service.complete"),
            ("accept_order", "approve", self.tr("业户验收"), self.accept_selected, "service.accept"),
            ("cancel_order", "cancel", self.tr("取消"), self.cancel_selected, "service.cancel"),
            ("print_receipt", "print", self.tr("打印确认单"), self.print_selected, "service.view"),
            ("price_list", "fees", self.tr("价目表"), self.edit_prices, "service.view")])
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

    def fetch_page(self, filter_key: str, text: str, page: int):
        return convenience.search_orders(by=self.ctx.actor, state=filter_key, text=text, page=page)

    def count_text(self, total: int) -> str:
        return self.tr("共 {n} 单").format(n=total)

    def new_order(self) -> ServiceOrderDialog:
        return self.open_dialog(ServiceOrderDialog(self.ctx, None, self))

    def open_selected(self) -> ServiceOrderDialog | None:
        row = self.selected()
        return self.open_dialog(ServiceOrderDialog(self.ctx, row, self)) if row else None

    def dispatch_selected(self) -> DispatchDialog | None:
        row = self.selected()
        return self.open_dialog(DispatchDialog(self.ctx, row, self)) if row else None

    def complete_selected(self, note: str | None = None) -> bool:
        row = self.selected()
        note = self.ask_text(note, self.tr("服务完成"), self.tr("完成情况（可不填）")) if row else None
        return note is not None and self.act(lambda: convenience.complete_order(row.id, note=note, by=self.ctx.actor))

    def accept_selected(self) -> AcceptDialog | None:
        row = self.selected()
        return self.open_dialog(AcceptDialog(self.ctx, row, self)) if row else None

    def cancel_selected(self, reason: str | None = None) -> bool:
        row = self.selected()
        reason = self.ask_text(reason, self.tr("取消服务单"), self.tr("取消原因")) if row else None
        return reason is not None and self.act(lambda: convenience.cancel_order(row.id, reason, by=self.ctx.actor))

    def print_selected(self):
        row = self.selected()
        return print_receipt(self, self.ctx, row.id, row.number) if row else None

    def edit_prices(self) -> PriceListDialog:
        return self.open_dialog(PriceListDialog(self.ctx, self))


class DispatchDialog(QDialog):
    """Send the order to the department (prefilled from the price list) and a person there."""

    def __init__(self, ctx: DeskContext, row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("派单 {no}").format(no=row.number))
        self.errors = FieldErrors()
        self.department = named_line("department")
        self.department.setText(row.department)
        self.assignee = named_line("assignee", self.tr("服务人员姓名"))
        self.assignee.setText(row.assignee)
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(QLabel(f"{row.tenant} · {row.item_name} · {row.agreed_at:%Y-%m-%d %H:%M}"))
        self.errors.add_row(form, self.tr("部门"), "department", self.department)
        self.errors.add_row(form, self.tr("服务人员"), "assignee", self.assignee)
        save_cancel_dialog(self, body, self.tr("派单"), "dispatch", self.save)

    def save(self) -> bool:
        department, assignee = self.department.text(), self.assignee.text()
        done = call_service(self, self.errors, lambda: convenience.dispatch_order(
            self.row.id, department=department, assignee=assignee, by=self.ctx.actor) or True)
        if done:
            self.accept()
        return bool(done)


class PriceListDialog(QDialog):
    """The site's price list: pick a line to change it, or type a new one; a supervisor saves."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("便民服务价目表"))
        self.resize(820, 560)
        self.errors = FieldErrors()
        self.rows: list[PriceRow] = []
        self.current: PriceRow | None = None
        self.table = text_table([self.tr("项目"), self.tr("单价（元）"), self.tr("计价单位"), self.tr("部门"),
                                 self.tr("在用")], "price_table")
        self.table.itemSelectionChanged.connect(self._picked)
        self.name = named_line("name")
        self.price = named_line("price")
        self.unit_label = named_line("unit_label", self.tr("如 元/m²、元/小时、元/次"))
        self.department = named_line("department")
        self.active = QCheckBox(self.tr("在用"))
        self.active.setChecked(True)
        form = QFormLayout()
        for label, name, widget in ((self.tr("项目"), "name", self.name), (self.tr("单价（元）"), "price", self.price),
                                    (self.tr("计价单位"), "unit_label", self.unit_label),
                                    (self.tr("部门"), "department", self.department)):
            self.errors.add_row(form, label, name, widget)
        form.addRow("", self.active)
        self.status = QLabel()
        new = QPushButton(icon("add"), self.tr("新增项目"))
        new.setObjectName("new_price")
        new.clicked.connect(self.clear_form)
        self.save_button = QPushButton(icon("save"), self.tr("保存"))
        self.save_button.setObjectName("save_price")
        self.save_button.setEnabled(ctx.can("service.prices"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(status_button_row(self.status, new, self.save_button))
        self.reload()

    def reload(self) -> None:
        self.rows = call_service(self, None, lambda: convenience.price_list(by=self.ctx.actor, active_only=False)) or []
        fill_table(self.table, [[r.name, f"{r.price:,.2f}", r.unit_label, r.department,
                                 self.tr("是") if r.active else self.tr("否")] for r in self.rows])

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.current = self.rows[rows[0].row()]
        c = self.current
        self.name.setText(c.name)
        self.price.setText(f"{c.price:f}")
        self.unit_label.setText(c.unit_label)
        self.department.setText(c.department)
        self.active.setChecked(c.active)
        self.errors.clear()

    def clear_form(self) -> None:
        self.table.clearSelection()
        self.current = None
        for edit in (self.name, self.price, self.unit_label, self.department):
            edit.clear()
        self.active.setChecked(True)

    def save(self) -> int | None:
        data = PriceInput(self.name.text(), self.unit_label.text(), self.price.text(), self.department.text(),
                          self.active.isChecked())
        current = self.current
        saved = call_service(self, self.errors, lambda: convenience.save_price(
            data, item_id=current.id if current else None, version=current.version if current else 0,
            by=self.ctx.actor))
        if saved is not None:
            self.reload()
            self.clear_form()
            self.status.setText(self.tr("价目表已保存"))
        return saved
