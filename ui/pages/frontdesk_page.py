"""前台服务: the lobby's small daily jobs (mail and parcels, lending, notices, services, visits, lobby checks).

One page with a tab per job, so the navigation stays short. Each job lists its tab in `TABS`:
(key, title marked with QT_TRANSLATE_NOOP("FrontDeskPage", ...), icon name, factory(ctx) -> QWidget);
the factory imports its tab's module when the tab is first shown. The main window shows the page once
it has a tab.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import DeskContext
from ui.icons import icon

TabFactory = Callable[[DeskContext], QWidget]


def _mail_tab(ctx: DeskContext) -> QWidget:
    from ui.pages.mail_tab import MailTab

    return MailTab(ctx)


def _lending_tab(ctx: DeskContext) -> QWidget:
    from ui.pages.lending_tab import LendingTab

    return LendingTab(ctx)


def _lobbycheck_tab(ctx: DeskContext) -> QWidget:
    from ui.pages.lobbycheck_tab import LobbyCheckTab

    return LobbyCheckTab(ctx)


def _notices_tab(ctx: DeskContext) -> QWidget:
    from ui.pages.notices_tab import NoticesTab

    return NoticesTab(ctx)


def _services_tab(ctx: DeskContext) -> QWidget:
    from ui.pages.services_tab import services_tab

    return services_tab(ctx)


def _visits_tab(ctx: DeskContext) -> QWidget:
    from ui.pages.visits_tab import visits_tab

    return visits_tab(ctx)


TABS: list[tuple[str, str, str, TabFactory]] = [
    ("mail", QT_TRANSLATE_NOOP("FrontDeskPage", "邮件快递"), "mail", _mail_tab),
    ("lending", QT_TRANSLATE_NOOP("FrontDeskPage", "借用登记"), "lend_item", _lending_tab),
    ("lobbycheck", QT_TRANSLATE_NOOP("FrontDeskPage", "大堂检查"), "lobbycheck", _lobbycheck_tab),
    ("notices", QT_TRANSLATE_NOOP("FrontDeskPage", "公告"), "notices", _notices_tab),
    ("services", QT_TRANSLATE_NOOP("FrontDeskPage", "便民服务"), "services", _services_tab),
    ("visits", QT_TRANSLATE_NOOP("FrontDeskPage", "业户走访"), "tenant_visits", _visits_tab),
]


class FrontDeskPage(QWidget):
    """The tabs of the front desk's jobs; a tab is built the first time it is shown."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._factories: list[tuple[str, TabFactory]] = []
        self.built: dict[str, QWidget] = {}
        for key, title, icon_name, factory in TABS:
            self.tabs.addTab(QWidget(), icon(icon_name), QCoreApplication.translate("FrontDeskPage", title))
            self._factories.append((key, factory))
        self.tabs.currentChanged.connect(self._build)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        if TABS:
            self._build(0)

    def tab(self, key: str) -> QWidget:
        """The tab for `key`, built and shown."""
        index = [k for k, _ in self._factories].index(key)
        self.tabs.setCurrentIndex(index)
        self._build(index)
        return self.built[key]

    def _build(self, index: int) -> None:
        if index < 0:
            return
        key, factory = self._factories[index]
        if key not in self.built:
            widget = factory(self.ctx)
            self.built[key] = widget
            title, tab_icon = self.tabs.tabText(index), self.tabs.tabIcon(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, tab_icon, title)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        refresh = getattr(self.built[key], "refresh", None)
        if callable(refresh):
            refresh()

    def show_filter(self, target: str) -> None:
        """A dashboard tile's target 'tab:filter' (e.g. 'mail:uncollected'): that tab in front, its list filtered."""
        key, _, filter_key = target.partition(":")
        if key not in [k for k, _ in self._factories]:
            return
        tab = self.tab(key)
        show = getattr(tab, "show_filter", None)
        if callable(show):
            show(filter_key)

    def refresh(self) -> None:
        """Called by the main window each time the page is shown: refresh the tab in front."""
        self._build(self.tabs.currentIndex())
