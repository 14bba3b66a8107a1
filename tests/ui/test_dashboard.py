"""The dashboard on the demo tower: every tile, clicked, opens the list behind it, and the list holds as many
records as the tile says; the figures refresh by themselves."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from models import Fitout, Request, Tenant, User
from services import demo
from services.auth import actor_of
from services.bookings import HOLDING
from services.requests import ACTIVE
from services.site import get_site
from services.visitors import VisitInput, check_in
from ui.context import DeskContext
from ui.main_window import MainWindow


def _front(window, tab: str):
    page = window.stack.currentWidget()
    assert page is window.pages["frontdesk"] and page.tabs.currentWidget() is page.built[tab]
    return page.built[tab]


def _contractors(window, table: str) -> int:
    page = window.stack.currentWidget()
    assert page is window.pages["contractors"]
    assert page.tabs.currentWidget().isAncestorOf(getattr(page, table))
    return getattr(page, table).rowCount()


def _callbacks_due(window) -> int:
    page = window.stack.currentWidget()
    assert page is window.pages["callbacks"]
    return sum(1 for r in page.rows if r.done_at is None)


def _visits_listed(window, *, void: bool = True) -> int:
    """The visits the log lists, every page of it read as the clerk scrolls (voided passes left out if asked)."""
    model = window.pages["visitors"].log_model
    while model.canFetchMore():
        model.fetchMore()
    return sum(1 for r in model.rows if void or r.status != "void")


def _lobby_missing(tab) -> int:
    """The lobby checks the tab names as still to do today ("今日待做：A、B")."""
    text = tab.today.text()
    return 0 if "已完成" in text else len(text.split("：", 1)[1].split("、"))


# What each tile's list holds when the tile opens it: the page it must be and the number of records shown.
# A tile whose figure is not a count of records (a rate, a page of today's calendar) only checks its page.
LISTED = {
    "visitors_in": lambda w: _visits_listed(w),
    "visitors_today": lambda w: _visits_listed(w, void=False),
    "visitors_late": lambda w: _visits_listed(w),
    "passes_today": lambda w: w.pages["goods"].model.total,
    "mail_uncollected": lambda w: _front(w, "mail").model.total,
    "loans_overdue": lambda w: _front(w, "lending").loans_model.total,
    "lobbycheck_missing": lambda w: _lobby_missing(_front(w, "lobbycheck")),
    "services_open": lambda w: _front(w, "services").model.total,
    "requests_due_today": lambda w: w.pages["requests"].model.total,
    "requests_overdue": lambda w: w.pages["requests"].model.total,
    "callbacks_due": _callbacks_due,
    "requests_active": lambda w: w.pages["requests"].model.total,
    "requests_on_hold": lambda w: w.pages["requests"].model.total,
    "callback_rate": None,
    "keys_lent": lambda w: w.pages["keys"].model.total,
    "keys_overdue": lambda w: w.pages["keys"].model.total,
    "bookings_today": lambda w: sum(1 for b in w.pages["rooms"].calendar.blocks if b.state in HOLDING),
    "rooms_waiting": None,  # opens the next booking waiting for approval
    "no_shows": None,  # opens the month's statements
    "fitouts_at_work": lambda w: len(w.pages["fitout"].rows),
    "fitout_mine": lambda w: len(w.pages["fitout"].rows),
    "permits_ending": lambda w: len(w.pages["fitout"].rows),
    "fitout_insurance": lambda w: len(w.pages["fitout"].rows),
    "moves_open": lambda w: w.pages["moves"].model.total,
    "moves_blocked": lambda w: w.pages["moves"].model.total,
    "inspections_due": lambda w: _contractors(w, "due_table"),
    "rectifications_open": lambda w: _contractors(w, "rect_table"),
    "contracts_expiring": lambda w: _contractors(w, "contractor_table"),
    "tenants": lambda w: w.pages["tenants"].model.total,
    "leases": lambda w: w.pages["tenants"].model.total,
    "arrears": lambda w: len(w.pages["fees"].arrears.rows),
    "visits_overdue": lambda w: _front(w, "visits").model.total,
    "occupied": lambda w: w.pages["units"].model.total,
    "vacant": lambda w: w.pages["units"].model.total,
    "fitting_out": lambda w: w.pages["units"].model.total,
    "units": lambda w: w.pages["units"].model.total,
    "handover_waiting": lambda w: w.pages["dutylog"].history.model.total,
    "survey_follow_ups": lambda w: len(w.pages["surveys"].follow_ups.rows),
}


@pytest.fixture(scope="module")
def demo_tower(tmp_path_factory):
    """One demo tower for the module's tests (made once: it takes half a minute)."""
    import models

    url = f"sqlite:///{tmp_path_factory.mktemp('dashboard') / 'tower.db'}"
    models.open_database(url)
    models.ensure_schema()
    demo.fill_demo()
    # The desk's morning on top of the demo's days: two visitors in, a request and a permit falling due.
    clerk = actor_of(User.get(User.username == "clerk"))
    tenant = Tenant.select().where(Tenant.status == "active").first()
    for name, id_number in (("林晓峰", "110101199003074514"), ("陈思远", "11010519491231002X")):
        check_in(VisitInput(name=name, id_number=id_number, phone="13812345678", company="来访公司",
                            host_tenant_id=tenant.id, purpose="商务洽谈"), by=clerk)
    tonight = dt.datetime.combine(dt.date.today(), dt.time(23, 59))
    active = Request.select().where(Request.state.in_(ACTIVE)).order_by(Request.id).first()
    Request.update(due_at=tonight, on_hold=False).where(Request.id == active.id).execute()
    at_work = next(f for f in Fitout.select().where(Fitout.state == "in_progress").order_by(Fitout.id)
                   if f.insurance_expiry is None or f.insurance_expiry >= f.permit_end)  # not the lapsing one
    Fitout.update(permit_end=dt.date.today() + dt.timedelta(days=3)).where(Fitout.id == at_work.id).execute()
    yield url
    models.db.close()


def _window(qtbot, role: str) -> MainWindow:
    user = User.get(User.username == role)
    window = MainWindow(DeskContext(actor_of(user), get_site(user.site_id), "SQLite test", "sqlite"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.mark.parametrize("role", ["manager", "clerk"])
def test_every_tile_opens_the_list_behind_it_holding_as_many_records(qtbot, demo_tower, role):
    window = _window(qtbot, role)
    dashboard = window.pages["dashboard"]
    assert set(dashboard.tiles) <= set(LISTED), f"a tile without its list check: {set(dashboard.tiles) - set(LISTED)}"
    figures = {key: tile.value.text() for key, tile in dashboard.tiles.items()}
    # The demo's day has work in every area: a dashboard of noughts would prove nothing.
    counted = {key for key, value in figures.items() if value.isdigit() and int(value) > 0}
    assert set(figures) - counted <= {"callback_rate", "rooms_waiting", "no_shows"}, figures
    for key, tile in dashboard.tiles.items():
        window.show_page("dashboard")
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        page_key, filter_key = tile.target
        assert window.stack.currentWidget() is window.pages[page_key], key
        listed = LISTED[key]
        if listed is not None:
            assert str(listed(window)) == figures[key], f"{key}: tile {figures[key]}, list {listed(window)}"
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == tile.target[0]


def test_the_dashboard_refreshes_by_itself_and_on_the_button(qtbot, demo_tower):
    window = _window(qtbot, "clerk")
    dashboard = window.pages["dashboard"]
    assert dashboard.timer.isActive() and dashboard.timer.interval() <= 60_000
    before = int(dashboard.tiles["visitors_in"].value.text())
    clerk = actor_of(User.get(User.username == "clerk"))
    tenant = Tenant.select().where(Tenant.status == "active").first()
    check_in(VisitInput(name="王建国", id_number="110101199003074514", phone="13812345670", company="来访公司",
                        host_tenant_id=tenant.id, purpose="商务洽谈"), by=clerk)
    dashboard.timer.timeout.emit()  # the minute's tick
    assert int(dashboard.tiles["visitors_in"].value.text()) == before + 1
    check_in(VisitInput(name="李文静", id_number="11010519491231002X", phone="13812345679", company="来访公司",
                        host_tenant_id=tenant.id, purpose="商务洽谈"), by=clerk)
    qtbot.mouseClick(dashboard.findChild(QPushButton, "refresh"), Qt.MouseButton.LeftButton)
    assert int(dashboard.tiles["visitors_in"].value.text()) == before + 2
    assert dashboard.updated.text().startswith("更新于")
