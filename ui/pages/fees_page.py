"""The fees page (收费): the month's bills and their run, tenant accounts, arrears, meter readings, the statement."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import fee_reports, fees
from ui.context import DeskContext
from ui.forms import call_service, export_file
from ui.icons import icon
from ui.page_bits import note
from ui.pages.fee_bits import BILL_STATUS_NAMES, fill, money, month_edit, month_of, name_of, rows_table, selected_keys
from ui.pages.fees_account import AccountTab
from ui.pages.fees_arrears import ArrearsTab, MetersTab
from ui.pages.fees_items import ItemsTab


def show_pdf(parent: QWidget, pdf, title: str, file_name: str):
    """A rendered form in the print preview (QtPdf loads here, when first printed, not at start-up)."""
    from ui.dialogs.print_preview import show_pdf as show

    return show(parent, pdf, title, file_name)


class BillsTab(QWidget):
    """The month's bills: run (draft), check, issue; print one."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = month_edit("bills_month")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.run_button = QPushButton(icon("refresh"), self.tr("生成本月账单（草稿）"))
        self.run_button.setObjectName("run_bills")
        self.run_button.setEnabled(ctx.can("fees.bill.run"))
        self.run_button.clicked.connect(self.run)
        self.check_button = QPushButton(icon("edit"), self.tr("审核所选"))
        self.check_button.setObjectName("check_bills")
        self.check_button.clicked.connect(lambda: self._act(fees.check_bills))
        self.issue_button = QPushButton(icon("save"), self.tr("开具所选"))
        self.issue_button.setObjectName("issue_bills")
        self.issue_button.clicked.connect(lambda: self._act(fees.issue_bills))
        for b, action in ((self.check_button, "fees.bill.check"), (self.issue_button, "fees.bill.issue")):
            b.setEnabled(ctx.can(action))
        self.print_button = QPushButton(icon("print"), self.tr("打印缴费通知单"))
        self.print_button.clicked.connect(self.print_selected)
        self.table = rows_table("bills_table", [
            self.tr("业户"), self.tr("账单号"), self.tr("状态"), self.tr("本期金额"), self.tr("应缴（含调整）"),
            self.tr("已缴"), self.tr("未缴"), self.tr("缴费截止日")], multi=True)
        self.summary = QLabel()
        self.run_note = note("")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("账期")))
        top.addWidget(self.month)
        top.addStretch(1)
        for b in (self.run_button, self.check_button, self.issue_button, self.print_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.run_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        rows = fees.bills_of_month(month_of(self.month), by=self.ctx.actor)
        fill(self.table, [[r.tenant, r.number or "—", name_of(BILL_STATUS_NAMES, r.status), money(r.total),
                           money(r.due), money(r.paid), money(r.outstanding), r.due_on or ""] for r in rows],
             [r.id for r in rows], right=(3, 4, 5, 6))
        counts = {s: sum(r.status == s for r in rows) for s in ("draft", "checked", "issued")}
        text = self.tr("共 {n} 张：草稿 {draft}，已审核 {checked}，已开具 {issued}；合计 {total} 元")
        self.summary.setText(text.format(n=len(rows), total=money(sum((r.total for r in rows), fees.ZERO)), **counts))

    def run(self):
        result = call_service(self, None, lambda: fees.run_month(month_of(self.month), by=self.ctx.actor))
        if result is None:
            return None
        text = self.tr("新建 {created} 张，重算草稿 {rebuilt} 张，已审核/已开具未动 {left} 张。").format(
            created=result.created, rebuilt=result.rebuilt, left=result.left_alone)
        if result.missing_readings:
            text += self.tr("缺少读数：{units}").format(units="、".join(result.missing_readings[:12])
                                                    + ("…" if len(result.missing_readings) > 12 else ""))
        self.run_note.setText(text)
        self.refresh()
        return result

    def select_all(self) -> None:
        self.table.selectAll()

    def _act(self, action) -> int | None:
        ids = selected_keys(self.table)
        if not ids:
            return None
        done = call_service(self, None, lambda: action(ids, by=self.ctx.actor))
        self.refresh()
        return done

    def print_selected(self):
        ids = selected_keys(self.table)
        if not ids:
            return None
        pdf = call_service(self, None, lambda: fees.print_bill(ids[0], by=self.ctx.actor))
        return show_pdf(self, pdf, self.tr("缴费通知单"), self.tr("缴费通知单-{id}.pdf").format(id=ids[0]))


class StatementTab(QWidget):
    """The month's reconciliation for finance: figures on screen, PDF and .xlsx."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = month_edit("statement_month")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.figures = rows_table("statement_table", [self.tr("项目"), self.tr("金额（元）")])
        pdf = QPushButton(icon("pdf"), self.tr("对账表 PDF"))
        pdf.setObjectName("statement_pdf")
        pdf.clicked.connect(self.open_pdf)
        xlsx = QPushButton(icon("import"), self.tr("导出 Excel…"))
        xlsx.clicked.connect(self.choose_and_export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("对账月份")))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(pdf)
        top.addWidget(xlsx)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures, 1)

    def refresh(self) -> None:
        s = call_service(self, None, lambda: fee_reports.statement(month_of(self.month), by=self.ctx.actor))
        if s is None:
            return
        rows = [(self.tr("期初应收余额"), s.opening), (self.tr("本月应收"), s.billed)]
        rows += [("    " + name, v) for name, v in s.billed_by_item]
        rows += [(self.tr("本月实收"), s.received)] + [("    " + name, v) for name, v in s.received_by_method]
        rows += [(self.tr("期末应收余额"), s.closing), (self.tr("未收账款"), s.outstanding),
                 (self.tr("预收款"), s.credit)] + [("    " + name, v) for name, v in s.outstanding_by_age]
        rows += [(self.tr("押金期初"), s.deposits_opening)] + [("    " + n, v) for n, v in s.deposits_moves]
        rows += [(self.tr("押金期末"), s.deposits_closing)]
        fill(self.figures, [(label, money(v)) for label, v in rows], right=(1,))

    def open_pdf(self):
        pdf = call_service(self, None, lambda: fee_reports.statement_pdf(month_of(self.month), by=self.ctx.actor))
        month = month_of(self.month)
        return show_pdf(self, pdf, self.tr("收费对账表"), f"DZ-{month:%Y%m}.pdf")

    def choose_and_export(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出对账表"), f"DZ-{month_of(self.month):%Y%m}.xlsx",
                                              "Excel (*.xlsx)")
        return self.export_to(Path(name)) if name else None

    def export_to(self, path: Path) -> Path | None:
        return export_file(self, path, lambda: fee_reports.statement_xlsx(month_of(self.month), by=self.ctx.actor))


class FeesPage(QWidget):
    """Tabs for the desk's fee work; each tab refreshes when shown."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.bills = BillsTab(ctx)
        self.account = AccountTab(ctx)
        self.arrears = ArrearsTab(ctx, self.open_account)
        self.meters = MetersTab(ctx)
        self.tabs.addTab(self.bills, icon("fees"), self.tr("本月账单"))
        self.tabs.addTab(self.account, icon("tenants"), self.tr("业户账户"))
        self.tabs.addTab(self.arrears, icon("arrears"), self.tr("欠费催缴"))
        self.tabs.addTab(self.meters, icon("meter"), self.tr("抄表"))
        if ctx.can("fees.statement"):
            self.statement = StatementTab(ctx)
            self.tabs.addTab(self.statement, icon("pdf"), self.tr("对账"))
        self.items = ItemsTab(ctx)
        self.tabs.addTab(self.items, icon("settings"), self.tr("收费项目"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh:
            refresh()

    def open_account(self, tenant_id: int) -> None:
        self.show_tab("account")
        self.account.show_tenant(tenant_id)

    def show_filter(self, key: str) -> None:
        """A dashboard tile (the arrears tile opens the arrears tab)."""
        self.show_tab(key)

    def show_tab(self, key: str) -> QWidget:
        widget = {"bills": self.bills, "account": self.account, "arrears": self.arrears, "meters": self.meters,
                  "items": self.items}.get(key, self.bills)
        self.tabs.setCurrentWidget(widget)
        return widget
