"""The main window: navigation on the left, one page per area, the status bar with user, site and database."""
from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from ui.context import DeskContext
from ui.icons import icon
from ui.messages import role_name
from ui.pages.dashboard_page import DashboardPage
from ui.pages.frontdesk_page import TABS as FRONTDESK_TABS

JOBS_MS = 5 * 60_000
NO_SHOW_SWEEP_MS = 60_000


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
            "QListWidget::item { padding: 7px 12px; }"  # every page in view on a 1366×768 screen
            "QListWidget::item:selected { background: #1f6feb; color: white; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}  # built at first show: login to dashboard builds one page
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.add_page("dashboard", self.tr("概览"), "dashboard", lambda: DashboardPage(ctx, self.open_list))
        self.add_page("tenants", self.tr("业户档案"), "tenants", "ui.pages.tenants_page:TenantsPage")
        self.add_page("units", self.tr("单元"), "units", "ui.pages.units_page:UnitsPage")
        if ctx.can("fees.view"):
            self.add_page("fees", self.tr("收费"), "fees", "ui.pages.fees_page:FeesPage")
        self.add_page("keys", self.tr("钥匙管理"), "keys", "ui.pages.keys_page:KeysPage")
        self.add_page("moves", self.tr("交楼与退租"), "moves", "ui.pages.moves_page:MovesPage")
        self.add_page("goods", self.tr("物品放行"), "goods", "ui.pages.goods_page:GoodsPage")
        if ctx.can("visitor.view"):
            self.add_page("visitors", self.tr("访客"), "visitors", "ui.pages.visitors_page:VisitorsPage")
        self.add_page("requests", self.tr("报修投诉"), "requests", "ui.pages.requests_page:RequestsPage")
        self.add_page("callbacks", self.tr("回访"), "callbacks", "ui.pages.callbacks_page:CallbacksPage")
        self.add_page("fitout", self.tr("装修管理"), "fitout", "ui.pages.fitout_page:FitoutPage")
        self.add_page("rooms", self.tr("会议室"), "rooms", "ui.pages.rooms_page:RoomsPage")
        self.add_page("contractors", self.tr("外包服务"), "contractors", "ui.pages.contractors_page:ContractorsPage")
        if ctx.can("survey.view"):
            self.add_page("surveys", self.tr("满意度调查"), "surveys", "ui.pages.surveys_page:SurveysPage")
        if FRONTDESK_TABS:
            self.add_page("frontdesk", self.tr("前台服务"), "frontdesk", "ui.pages.frontdesk_page:FrontDeskPage")
        self.add_page("dutylog", self.tr("值班日志"), "dutylog", "ui.pages.dutylog_page:DutyLogPage")
        if ctx.can("report.view"):
            self.add_page("reports", self.tr("报表"), "reports", "ui.pages.reports_page:ReportsPage")
        if ctx.can("audit.view"):
            self.add_page("audit", self.tr("操作记录"), "audit", "ui.pages.audit_page:AuditPage")
        if ctx.can("user.manage"):
            self.add_page("users", self.tr("用户管理"), "users", "ui.pages.users_page:UsersPage")
        self.add_page("settings", self.tr("设置"), "settings", "ui.pages.settings_page:SettingsPage")
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

    def add_page(self, key: str, title: str, icon_name: str, factory: Callable[[], QWidget] | str) -> None:
        """A page in the navigation, built when first shown: `factory` makes it, or names its class as
        "module:Class" (built with the desk's context), so its module is imported only then."""
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
            factory = self._factories[key]
            if isinstance(factory, str):
                module, _, name = factory.partition(":")
                self.pages[key] = getattr(importlib.import_module(module), name)(self.ctx)
            else:
                self.pages[key] = factory()
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
        if released and hasattr(page, "show_released"):
            page.show_released(released)
        return released

    def open_list(self, page_key: str, filter_key: str) -> None:
        """A dashboard tile was clicked: show that page with its filter set (every page a tile opens has
        show_filter; it is set after the page's own refresh on showing, so the filter is what stays)."""
        page = self.show_page(page_key)
        show = getattr(page, "show_filter", None)
        if callable(show):
            show(filter_key)

    def open_record(self, target, when) -> QWidget | None:
        """A line of a unit's or a tenant's history was opened: that area's page, on that record.

        None when this desk has no such page (an area the user may not see)."""
        from ui.record_links import show_record

        if target.page not in self._factories:
            return None
        page = self.show_page(target.page)
        show_record(page, target, when)
        return page
