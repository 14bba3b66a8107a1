"""业户走访: every tenant with its next visit (overdue first), the plan (generate, move, cancel), each tenant's
visit cycle, recording a visit, and the printed record."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QSpinBox,
    QWidget,
)

from services import settings, tenant_visits
from services.tenant_visits import ScheduleRow
from ui.context import DeskContext
from ui.dialogs.notice_dialog import date_edit
from ui.dialogs.tenant_visit_dialog import VisitRecordDialog, print_visit
from ui.forms import FieldErrors, call_service, named_line, save_cancel_dialog
from ui.page_bits import restricted_panel, who_may
from ui.paged_model import Column
from ui.pages.desk_list_tab import DeskListTab


def visits_tab(ctx: DeskContext) -> QWidget:
    if not ctx.can("tenantvisit.view"):
        return restricted_panel(QCoreApplication.translate("VisitsTab", "业户走访"), QCoreApplication.translate(
            "VisitsTab", "只有{roles}可以查看走访计划。").format(roles=who_may("tenantvisit.view")), "visits_locked")
    return VisitsTab(ctx)


class VisitsTab(DeskListTab):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.build("visit", [
            Column(self.tr("业户"), lambda r: r.tenant),
            Column(self.tr("单元"), lambda r: r.units),
            Column(self.tr("走访周期"),
                   lambda r: self.tr("{n} 天").format(n=r.interval) + ("*" if r.own_interval else "")),
            Column(self.tr("上次走访"),
                   lambda r: f"{r.last_visited:%Y-%m-%d}" if r.last_visited else self.tr("未走访")),
            Column(self.tr("应走访日期"), lambda r: f"{r.due_on:%Y-%m-%d}"),
            Column(self.tr("逾期"), lambda r: self.tr("{n} 天").format(n=r.overdue_days) if r.overdue_days else ""),
            Column(self.tr("计划走访人"), lambda r: r.plan_assignee),
            Column(self.tr("计划编号"), lambda r: r.plan_number),
        ], [("overdue", self.tr("逾期未走访")), ("due_soon", self.tr("近期应走访")), ("planned", self.tr("已列入计划")),
            ("all", self.tr("全部业户"))], self.tr("搜索：业户、单元、走访人"), [
            ("record_visit", "edit", self.tr("登记走访"), self.record_selected, "tenantvisit.record"),
            ("generate_plan", "plan", self.tr("生成走访计划"), self.generate_plan, "tenantvisit.plan"),
            ("edit_plan", "calendar", self.tr("调整计划"), self.edit_selected, "tenantvisit.plan"),
            ("cancel_plan", "cancel", self.tr("取消计划"), self.cancel_selected, "tenantvisit.plan"),
            ("set_interval", "settings", self.tr("走访周期"), self.interval_selected, "tenantvisit.plan"),
            ("print_visit", "print", self.tr("打印走访记录"), self.print_selected, "tenantvisit.view")])
        self.table.doubleClicked.connect(lambda _i: self.record_selected())

    def fetch_page(self, filter_key: str, text: str, page: int):
        return tenant_visits.schedule(by=self.ctx.actor, view=filter_key, text=text, page=page)

    def count_text(self, total: int) -> str:
        return self.tr("共 {n} 家业户（* 为单独设定的走访周期）").format(n=total)

    def record_selected(self) -> VisitRecordDialog | None:
        row: ScheduleRow | None = self.selected()
        if row is None:
            return None
        return self.open_dialog(VisitRecordDialog(self.ctx, row.tenant_id, row.tenant, row.plan_id,
                                                  row.plan_assignee, self))

    def generate_plan(self) -> PlanDialog:
        return self.open_dialog(PlanDialog(self.ctx, None, self))

    def edit_selected(self) -> PlanDialog | None:
        row = self.selected()
        return self.open_dialog(PlanDialog(self.ctx, row, self)) if row else None

    def cancel_selected(self, reason: str | None = None) -> bool:
        row = self.selected()
        if row is None or row.plan_id is None:
            return False
        reason = self.ask_text(reason, self.tr("取消走访计划"), self.tr("取消原因"))
        return reason is not None and self.act(lambda: tenant_visits.cancel_plan(row.plan_id, reason,
                                                                                 by=self.ctx.actor))

    def interval_selected(self, days: int | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        if days is None:
            question = self.tr("{tenant} 每隔多少天走访一次（0 = 按项目默认）").format(tenant=row.tenant)
            days, ok = QInputDialog.getInt(self, self.tr("走访周期"), question, row.interval, 0, 730)
            if not ok:
                return False
        return self.act(lambda: tenant_visits.set_interval(row.tenant_id, days or None, by=self.ctx.actor))

    def print_selected(self):
        """The planned visit's blank sheet to take along, or else the tenant's last recorded visit."""
        row = self.selected()
        if row is None:
            return None
        visits = call_service(self, None, lambda: tenant_visits.visits_of(row.tenant_id, by=self.ctx.actor)) or []
        chosen = next((v for v in visits if v.state == "planned"), None) or next(
            (v for v in visits if v.state == "done"), None)
        return print_visit(self, self.ctx, chosen.id, chosen.number) if chosen else None


class PlanDialog(QDialog):
    """Generate the plan (who visits the tenants falling due), or move one planned visit."""

    def __init__(self, ctx: DeskContext, row: ScheduleRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.created: list[int] = []
        self.errors = FieldErrors()
        body = QWidget()
        form = QFormLayout(body)
        self.assignee = named_line("assignees" if row is None else "assignee",
                                   self.tr("走访人，多人用逗号分隔，轮流分派"))
        self.ahead = QSpinBox()
        self.ahead.setObjectName("ahead_days")
        self.ahead.setRange(0, 365)
        self.ahead.setValue(int(settings.get(ctx.actor.site_id, "visits.plan_ahead_days")))
        self.due_on = date_edit("due_on", QDate.currentDate())
        if row is None:
            self.setWindowTitle(self.tr("生成走访计划"))
            form.addRow(QLabel(self.tr("为逾期及在以下天数内到期、尚无计划的业户各安排一次走访。")))
            self.errors.add_row(form, self.tr("走访人"), "assignees", self.assignee)
            form.addRow(self.tr("提前天数"), self.ahead)
        else:
            self.setWindowTitle(self.tr("调整走访计划：{tenant}").format(tenant=row.tenant))
            self.assignee.setText(row.plan_assignee or ctx.actor.full_name)
            self.due_on.setDate(QDate(row.plan_due or row.due_on))
            self.errors.add_row(form, self.tr("走访人"), "assignee", self.assignee)
            self.errors.add_row(form, self.tr("计划日期"), "due_on", self.due_on)
        self.errors.add_row(form, "", "tenant_id", QLabel())
        save_cancel_dialog(self, body, self.tr("保存"), "save", self.save)

    def save(self) -> bool:
        actor = self.ctx.actor
        if self.row is None:
            names = [n for n in self.assignee.text().replace("，", ",").replace("、", ",").split(",")]
            ahead = self.ahead.value()
            created = call_service(self, self.errors, lambda: tenant_visits.generate_plan(
                assignees=names, ahead_days=ahead, by=actor))
            if created is None:
                return False
            self.created = created
        else:
            row, due, who = self.row, self.due_on.date().toPython(), self.assignee.text()
            if row.plan_id is None:
                done = call_service(self, self.errors, lambda: tenant_visits.plan_visit(
                    row.tenant_id, due_on=due, assignee=who, by=actor))
            else:
                done = call_service(self, self.errors, lambda: tenant_visits.edit_plan(
                    row.plan_id, row.plan_version, due_on=due, assignee=who, by=actor))
            if done is None:
                return False
        self.accept()
        return True
