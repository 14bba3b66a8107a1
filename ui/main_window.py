"""The main window: navigation on the left, one page per area, the status bar with user, site and database."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from ui.context import DeskContext
from ui.icons import icon
from ui.messages import role_name
from ui.pages.audit_page import AuditPage
from ui.pages.callbacks_page import CallbacksPage
from ui.pages.dashboard_page import DashboardPage
from ui.pages.fees_page import FeesPage
from ui.pages.frontdesk_page import TABS as FRONTDESK_TABS
from ui.pages.goods_page import GoodsPage
from ui.pages.keys_page import KeysPage
from ui.pages.moves_page import MovesPage
from ui.pages.requests_page import RequestsPage
from ui.pages.rooms_page import RoomsPage
from ui.pages.settings_page import SettingsPage
from ui.pages.tenants_page import TenantsPage
from ui.pages.units_page import UnitsPage
from ui.pages.users_page import UsersPage

JOBS_MS = 5 * 60_000
NO_SHOW_SWEEP_MS = 60_000


def _fitout_page(ctx: DeskContext) -> QWidget:
    from ui.pages.fitout_page import FitoutPage

    return FitoutPage(ctx)


def _reports_page(ctx: DeskContext) -> QWidget:
    from ui.pages.reports_page import ReportsPage  # reportlab and openpyxl load when the page is first shown

    return ReportsPage(ctx)


def _contractors_page(ctx: DeskContext) -> QWidget:
    from ui.pages.contractors_page import ContractorsPage

    return ContractorsPage(ctx)


def _frontdesk_page(ctx: DeskContext) -> QWidget:
    from ui.pages.frontdesk_page import FrontDeskPage

    return FrontDeskPage(ctx)


def _visitors_page(ctx: DeskContext) -> QWidget:
    from ui.pages.visitors_page import VisitorsPage  # its services load when the page is first opened

    return VisitorsPage(ctx)


class MainWindow(QMainWindow):
    """Holds the pages; a page is refreshed each time it is shown."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("楼宇客服台 — {site}").format(site=ctx.site.name))
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(180)
        self.nav.setStyleSheet(
            "QListWidget { background: #1f2d3d; color: #dfe6ee; border: none; font-size: 14px; }"
            "QListWidget::item { padding: 10px 12px; }"
            "QListWidget::item:selected { background: #1f6feb; color: white; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}  # built at first show: login to dashboard builds one page
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.add_page("dashboard", self.tr("概览"), "dashboard", lambda: DashboardPage(ctx, self.open_list))
        self.add_page("tenants", self.tr("业户档案"), "tenants", lambda: TenantsPage(ctx))
        self.add_page("units", self.tr("单元"), "units", lambda: UnitsPage(ctx))
        if ctx.can("fees.view"):
            self.add_page("fees", self.tr("收费"), "fees", lambda: FeesPage(ctx))
        self.add_page("keys", self.tr("钥匙管理"), "keys", lambda: KeysPage(ctx))
        self.add_page("moves", self.tr("交楼与退租"), "moves", lambda: MovesPage(ctx))
        self.add_page("goods", self.tr("物品放行"), "goods", lambda: GoodsPage(ctx))
        if ctx.can("visitor.view"):
            self.add_page("visitors", self.tr("访客"), "visitors", lambda: _visitors_page(ctx))
        self.add_page("requests", self.tr("报修投诉"), "requests", lambda: RequestsPage(ctx))
        self.add_page("callbacks", self.tr("回访"), "callbacks", lambda: CallbacksPage(ctx))
        self.add_page("fitout", self.tr("装修管理"), "fitout", lambda: _fitout_page(ctx))
        self.add_page("rooms", self.tr("会议室"), "rooms", lambda: RoomsPage(ctx))
        self.add_page("contractors", self.tr("外包服务"), "contractors", lambda: _contractors_page(ctx))
        if FRONTDESK_TABS:
            self.add_page("frontdesk", self.tr("前台服务"), "frontdesk", lambda: _frontdesk_page(ctx))
        if ctx.can("report.view"):
            self.add_page("reports", self.tr("报表"), "reports", lambda: _reports_page(ctx))
        if ctx.can("audit.view"):
            self.add_page("audit", self.tr("操作记录"), "audit", lambda: AuditPage(ctx))
        if ctx.can("user.manage"):
            self.add_page("users", self.tr("用户管理"), "users", lambda: UsersPage(ctx))
        self.add_page("settings", self.tr("设置"), "settings", lambda: SettingsPage(ctx))
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.user_label = QLabel(self.tr("用户：{name}（{role}）").format(
            name=ctx.actor.full_name, role=role_name(ctx.actor.role)))
        self.site_label = QLabel(self.tr("项目：{site}").format(site=ctx.site.name))
        kind = "SQLite" if ctx.db_kind == "sqlite" else "PostgreSQL"
        self.db_label = QLabel(self.tr("数据库：{kind}").format(kind=kind))
        self.db_label.setToolTip(ctx.db_display)
        for label in (self.user_label, self.site_label, self.db_label):
            label.setContentsMargins(8, 0, 8, 0)
            status.addPermanentWidget(label)

        quit_action = QAction(icon("logout"), self.tr("退出"), self)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("文件"))
        menu.addAction(quit_action)
        self.nav.setCurrentRow(0)
        # The site's daily visitor jobs (automatic sign-out at its hour, the retention purge) while a desk is open.
        self.jobs = QTimer(self)
        self.jobs.setInterval(JOBS_MS)
        self.jobs.timeout.connect(self.run_daily_jobs)
        if ctx.can("visitor.daily"):
            self.jobs.start()
            QTimer.singleShot(10_000, self.run_daily_jobs)

        # An idle desk locks itself after the site's number of minutes (settings: login.idle_lock_minutes).
        from ui.idle_lock import IdleLock

        self.idle_lock = IdleLock(ctx, self)

        # Bookings not checked in are released every minute the desk is open, whichever page is shown.
        self.no_show_sweep = QTimer(self)
        self.no_show_sweep.setInterval(NO_SHOW_SWEEP_MS)
        self.no_show_sweep.timeout.connect(self.release_no_shows)
        self.no_show_sweep.start()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.idle_lock.stop()
        super().closeEvent(event)

    def run_daily_jobs(self) -> None:
        from services.visitor_log import daily_jobs
        from ui.worker import run_in_background

        run_in_background(lambda: daily_jobs(by=self.ctx.actor))

    def add_page(self, key: str, title: str, icon_name: str, factory: Callable[[], QWidget]) -> None:
        item = QListWidgetItem(icon(icon_name, "#dfe6ee"), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.stack.addWidget(QWidget())  # a stand-in until the page is first shown
        self._factories[key] = factory

    def page_keys(self) -> list[str]:
        return list(self._factories)

    def page(self, key: str) -> QWidget:
        """The page for `key`, built the first time it is asked for."""
        if key not in self.pages:
            row = self.page_keys().index(key)
            stand_in = self.stack.widget(row)
            self.pages[key] = self._factories[key]()
            self.stack.insertWidget(row, self.pages[key])
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        page = self.page(self.page_keys()[row])
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if refresh:
            refresh()

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.page_keys().index(key))
        return self.page(key)

    def release_no_shows(self) -> list[str]:
        from services.room_attendance import release_no_shows

        released = release_no_shows(by=self.ctx.actor)
        page = self.pages.get("rooms")
        if released and isinstance(page, RoomsPage):
            page.show_released(released)
        return released

    def open_list(self, page_key: str, filter_key: str) -> None:
        """A dashboard tile was clicked: show that page with its filter set."""
        page = self.page(page_key)
        if isinstance(page, TenantsPage):
            page.show_filter(filter_key)
        elif isinstance(page, UnitsPage):
            page.show_state(filter_key)
        elif isinstance(page, KeysPage | RequestsPage | MovesPage | GoodsPage) or page_key == "visitors":
            page.show_filter(filter_key)
        elif isinstance(page, FeesPage):
            page.show_tab(filter_key)
        elif page_key in ("fitout", "contractors", "frontdesk"):
            page.show_filter(filter_key)
        self.show_page(page_key)
        if isinstance(page, RoomsPage):
            page.show_filter(filter_key)
