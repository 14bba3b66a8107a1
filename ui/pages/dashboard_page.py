"""The dashboard: one glance at the desk's day; each tile opens the list behind it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from services.arrears import arrears_figures
from services.callbacks import figures as request_figures
from services.contractors import contractor_figures
from services.convenience import search_orders
from services.dashboard import LEASE_SOON_DAYS, building_figures
from services.duty import waiting_acknowledgement
from services.fitout import PERMIT_SOON_DAYS, fitout_figures
from services.keys import key_figures
from services.lending import lending_figures
from services.lobbycheck import missing_today
from services.mail import mail_figures
from services.moves import move_figures
from services.room_calendar import room_figures
from services.survey_results import pending_follow_ups
from services.tenant_visits import visit_figures
from services.visitor_log import figures as visitor_figures
from ui.context import DeskContext
from ui.icons import ACCENT, icon

REFRESH_MS = 60_000
COLUMNS = 4


class Tile(QFrame):
    """A figure with its caption; clicking it opens the filtered list behind it."""

    clicked = Signal()

    def __init__(self, caption: str, color: str = ACCENT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "#tile { background: white; border: 1px solid #dde3ea; border-radius: 8px; }"
            f"#tile:hover {{ border-color: {color}; }}")
        self.value = QLabel("–")
        self.value.setStyleSheet(f"font-size: 26px; font-weight: 600; color: {color};")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("font-size: 13px; color: #5b6776;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setMinimumSize(190, 80)

    def set_value(self, value: object) -> None:
        self.value.setText(str(value))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardPage(QWidget):
    """Tiles of the day's figures; later areas add their tiles with add_tile()."""

    def __init__(self, ctx: DeskContext, open_list: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_list = open_list
        title = QLabel(self.tr("今日概览 · {site}").format(site=ctx.site.name))
        title.setStyleSheet("font-size: 20px; font-weight: 600; color: #1f2d3d;")
        self.tiles: dict[str, Tile] = {}
        self.sections: dict[str, QGridLayout] = {}
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        self.grid = QGridLayout()  # the section being filled
        # 前台 · 今日: what the desk handles over the counter today.
        self.section("desk", self.tr("前台 · 今日"))
        if ctx.can("visitor.view"):
            self.add_tile("visitors_in", self.tr("在楼访客"), ("visitors", "in"), "#1d4ed8")
            self.add_tile("visitors_today", self.tr("今日来访登记"), ("visitors", "today"), "#0369a1")
            self.add_tile("visitors_late", self.tr("闭馆未签离"), ("visitors", "not_signed_out"), "#b91c1c")
        self.add_tile("passes_today", self.tr("今日待放行"), ("goods", "today"), "#0f766e")
        self.add_tile("mail_uncollected", self.tr("超期未取邮件快递"), ("frontdesk", "mail:uncollected"), "#d97706")
        self.add_tile("loans_overdue", self.tr("逾期未还借用物品"), ("frontdesk", "lending:overdue"), "#c62828")
        self.add_tile("lobbycheck_missing", self.tr("今日未做的大堂检查"), ("frontdesk", "lobbycheck:"), "#64748b")
        if ctx.can("service.view"):
            self.add_tile("services_open", self.tr("未完结的便民服务"), ("frontdesk", "services:open"), "#0f766e")
        self.add_tile("handover_waiting", self.tr("交接待确认"), ("dutylog", "closed"), "#b45309")
        # 报修投诉与回访: deadlines first.
        self.section("requests", self.tr("报修投诉与回访"))
        self.add_tile("requests_due_today", self.tr("今日到期的报修投诉"), ("requests", "due_today"), "#d97706")
        self.add_tile("requests_overdue", self.tr("超时未办结"), ("requests", "overdue"), "#c62828")
        self.add_tile("callbacks_due", self.tr("今日待回访（含超时）"), ("callbacks", ""), "#d97706")
        self.add_tile("requests_active", self.tr("处理中的报修投诉"), ("requests", "active"))
        self.add_tile("requests_on_hold", self.tr("挂起（等待业户）"), ("requests", "on_hold"), "#64748b")
        self.add_tile("callback_rate", self.tr("近 30 天回访率"), ("callbacks", ""), "#15803d")
        if ctx.can("survey.view"):
            self.add_tile("survey_follow_ups", self.tr("待跟进的不满意业户"), ("surveys", "follow_ups"), "#b45309")
        # 钥匙与会议室
        self.section("keys_rooms", self.tr("钥匙与会议室"))
        self.add_tile("keys_lent", self.tr("借出未还钥匙"), ("keys", "lent"), "#0369a1")
        self.add_tile("keys_overdue", self.tr("逾期未还钥匙"), ("keys", "overdue"), "#c62828")
        self.add_tile("bookings_today", self.tr("今日会议室预订"), ("rooms", "today"), "#1f6feb")
        self.add_tile("rooms_waiting", self.tr("待审批的会议室预订"), ("rooms", "waiting"), "#d97706")
        self.add_tile("no_shows", self.tr("本月未签到释放"), ("rooms", "no_shows"), "#b45353")
        # 装修与交楼退租
        self.section("works", self.tr("装修 · 交楼与退租"))
        self.add_tile("fitouts_at_work", self.tr("施工中的装修"), ("fitout", "in_progress"), "#7c3aed")
        self.add_tile("fitout_mine", self.tr("等我处理的装修"), ("fitout", "mine"), "#7c3aed")
        self.add_tile("permits_ending", self.tr("{n} 天内施工许可到期").format(n=PERMIT_SOON_DAYS),
                      ("fitout", "permit"), "#d97706")
        self.add_tile("fitout_insurance", self.tr("保险早于完工到期的装修"), ("fitout", "insurance"), "#c62828")
        self.add_tile("moves_open", self.tr("办理中的交楼/退租"), ("moves", "open"), "#1f6feb")
        self.add_tile("moves_blocked", self.tr("受阻的交楼/退租"), ("moves", "blocked"), "#c62828")
        # 外包服务
        self.section("contractors", self.tr("外包服务"))
        self.add_tile("inspections_due", self.tr("今日待巡查（外包）"), ("contractors", "due"), "#1f6feb")
        self.add_tile("rectifications_open", self.tr("未关闭的整改单"), ("contractors", "open"), "#c62828")
        self.add_tile("contracts_expiring", self.tr("即将到期的外包合同"), ("contractors", "expiring"), "#d97706")
        # 业户与单元
        self.section("tenants", self.tr("业户与单元"))
        self.add_tile("tenants", self.tr("在租业户"), ("tenants", "active"))
        self.add_tile("leases", self.tr("{n} 天内租期到期").format(n=LEASE_SOON_DAYS), ("tenants", "lease_soon"),
                      "#d97706")
        if ctx.can("fees.view"):
            self.add_tile("arrears", self.tr("逾期欠费业户"), ("fees", "arrears"), "#c62828")
        if ctx.can("tenantvisit.view"):
            self.add_tile("visits_overdue", self.tr("逾期未走访业户"), ("frontdesk", "visits:overdue"), "#c62828")
        self.add_tile("occupied", self.tr("已入住单元"), ("units", "occupied"), "#15803d")
        self.add_tile("vacant", self.tr("空置单元"), ("units", "vacant"), "#64748b")
        self.add_tile("fitting_out", self.tr("装修中单元"), ("units", "fitting_out"), "#7c3aed")
        self.add_tile("units", self.tr("单元总数"), ("units", ""), "#0f766e")
        # Every area adds its tiles: more than a window holds, so the sections scroll under the title.
        tiles = QWidget()
        tiles.setObjectName("tiles_body")
        tiles_layout = QVBoxLayout(tiles)
        tiles_layout.setContentsMargins(0, 0, 8, 0)
        tiles_layout.addLayout(self.body)
        tiles_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("tiles")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(tiles)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        self.updated = QLabel()
        self.updated.setObjectName("updated")
        self.updated.setStyleSheet("color: #5b6776;")
        header.addWidget(self.updated)
        refresh = QPushButton(icon("refresh"), self.tr("刷新"))
        refresh.setObjectName("refresh")
        refresh.clicked.connect(self.refresh)
        header.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(header)
        layout.addSpacing(4)
        layout.addWidget(scroll, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def section(self, key: str, title: str) -> QGridLayout:
        """Start a titled group of tiles (one area of the desk's work); the tiles added next go into it."""
        heading = QLabel(title)
        heading.setObjectName(f"section_{key}")
        heading.setStyleSheet("font-size: 14px; font-weight: 600; color: #334155; margin-top: 10px;")
        self.body.addWidget(heading)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.body.addLayout(self.grid)
        self.sections[key] = self.grid
        return self.grid

    def _tick(self) -> None:
        """The minute's refresh, only while the dashboard is on screen (showing it again refreshes it): a closed
        window's page, or one behind another page, sends no queries."""
        if self.isVisible():
            self.refresh()

    def add_tile(self, key: str, caption: str, target: tuple[str, str], color: str = ACCENT) -> Tile:
        """A tile in the current section; clicking it opens `target` (page key, that page's filter)."""
        tile = Tile(caption, color)
        tile.setObjectName("tile")
        tile.setProperty("key", key)
        tile.setProperty("target", ":".join(target))
        tile.target = target
        tile.clicked.connect(lambda: self.open_list(*target))
        index = self.grid.count()
        self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        self.tiles[key] = tile
        return tile

    def refresh(self) -> None:
        figures = building_figures(by=self.ctx.actor)
        for key, value in (("tenants", figures.tenants), ("leases", figures.leases_ending_soon),
                           ("occupied", figures.occupied), ("vacant", figures.vacant),
                           ("fitting_out", figures.fitting_out), ("units", figures.units)):
            self.tiles[key].set_value(value)
        keys = key_figures(by=self.ctx.actor)
        self.tiles["keys_lent"].set_value(keys.lent)
        self.tiles["keys_overdue"].set_value(keys.overdue)
        moves = move_figures(by=self.ctx.actor)
        self.tiles["moves_open"].set_value(moves.move_ins_open + moves.move_outs_open)
        self.tiles["moves_blocked"].set_value(moves.blocked)
        self.tiles["passes_today"].set_value(moves.passes_today)
        if "visitors_in" in self.tiles:
            visits = visitor_figures(by=self.ctx.actor)
            self.tiles["visitors_in"].set_value(visits.in_building)
            self.tiles["visitors_today"].set_value(visits.today)
            self.tiles["visitors_today"].setToolTip(self.tr("共 {n} 人").format(n=visits.people_today))
            self.tiles["visitors_late"].set_value(visits.not_signed_out)
        rooms = room_figures(by=self.ctx.actor)
        for key, value in (("bookings_today", rooms.today), ("rooms_waiting", rooms.waiting_approval),
                           ("no_shows", rooms.no_shows_month)):
            self.tiles[key].set_value(value)
        if "arrears" in self.tiles:
            owed = arrears_figures(by=self.ctx.actor)
            self.tiles["arrears"].set_value(owed.tenants)
            self.tiles["arrears"].setToolTip(self.tr("合计 {amount} 元；应发催缴函 {letters} 家").format(
                amount=f"{owed.overdue:,.2f}", letters=owed.letters_due))
        self.refresh_requests()
        self.refresh_frontdesk()
        fit = fitout_figures(by=self.ctx.actor)
        self.tiles["fitouts_at_work"].set_value(fit.at_work)
        self.tiles["fitout_mine"].set_value(fit.waiting_on_me)
        self.tiles["permits_ending"].set_value(fit.permits_ending)
        self.tiles["fitout_insurance"].set_value(fit.insurance_lapsing)
        self.refresh_contractors()
        self.refresh_desk_services()
        self.updated.setText(self.tr("更新于 {time}").format(time=QDateTime.currentDateTime().toString("HH:mm")))
        self.tiles["handover_waiting"].set_value(waiting_acknowledgement(by=self.ctx.actor))
        if "survey_follow_ups" in self.tiles:
            self.tiles["survey_follow_ups"].set_value(pending_follow_ups(by=self.ctx.actor))

    def refresh_contractors(self) -> None:
        """外包服务: contracts ending soon, rounds due today, rectification requests still open (overdue ones named)."""
        f = contractor_figures(by=self.ctx.actor)
        self.tiles["contracts_expiring"].set_value(f.expiring)
        self.tiles["inspections_due"].set_value(f.inspections_due)
        self.tiles["rectifications_open"].set_value(f.rectifications_open)
        self.tiles["rectifications_open"].caption.setText(
            self.tr("未关闭的整改单") + (self.tr("\n其中逾期 {n} 张").format(n=f.rectifications_overdue)
                                      if f.rectifications_overdue else ""))

    def refresh_frontdesk(self) -> None:
        """Mail waiting past the site's days, loans overdue, today's lobby checks not yet done."""
        figures = mail_figures(by=self.ctx.actor)
        self.tiles["mail_uncollected"].set_value(figures.uncollected)
        caption = self.tr("超过 {days} 天未取的邮件快递").format(days=figures.days)
        self.tiles["mail_uncollected"].caption.setText(caption)
        self.tiles["mail_uncollected"].setToolTip(self.tr("待取共 {n} 件").format(n=figures.waiting))
        loans = lending_figures(by=self.ctx.actor)
        self.tiles["loans_overdue"].set_value(loans.overdue)
        self.tiles["loans_overdue"].setToolTip(self.tr("借出 {out} 件；逾期久未归还待核销 {lost} 件").format(
            out=loans.out, lost=loans.write_off_due))
        self.tiles["lobbycheck_missing"].set_value(len(missing_today(by=self.ctx.actor)))

    def refresh_desk_services(self) -> None:
        """The front desk's services: tenants overdue for a visit, service orders not yet accepted."""
        if "visits_overdue" in self.tiles:
            visits = visit_figures(by=self.ctx.actor)
            self.tiles["visits_overdue"].set_value(visits.overdue)
            self.tiles["visits_overdue"].setToolTip(self.tr("另有 {n} 家在近期应走访").format(n=visits.due_soon))
        if "services_open" in self.tiles:
            self.tiles["services_open"].set_value(search_orders(by=self.ctx.actor, state="open", page_size=1).total)

    def refresh_requests(self) -> None:
        """The requests' tiles: overdue items with their owners, callbacks due and the callback rate."""
        f = request_figures(by=self.ctx.actor)
        self.tiles["requests_active"].set_value(f.active)
        self.tiles["requests_due_today"].set_value(f.due_today)
        self.tiles["requests_on_hold"].set_value(f.on_hold)
        callbacks = self.tiles["callbacks_due"]
        callbacks.set_value(f.callbacks_due_today + f.callbacks_overdue)
        callbacks.caption.setText(self.tr("今日待回访（含超时）") + (
            self.tr("\n其中超时 {n} 个").format(n=f.callbacks_overdue) if f.callbacks_overdue else ""))
        self.tiles["callback_rate"].set_value("—" if f.callback_rate is None else f"{f.callback_rate:.0%}")
        overdue = self.tiles["requests_overdue"]
        overdue.set_value(f.overdue)
        owners = self.tr("、").join(f"{name or self.tr('未指定')} {n}" for name, n in f.overdue_by_owner[:4])
        overdue.caption.setText(self.tr("超时未办结") + (f"\n{owners}" if owners else ""))
        overdue.caption.setObjectName("overdue_owners")
