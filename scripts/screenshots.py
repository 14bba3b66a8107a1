"""Screenshots of every screen on the demo tower, for a person to look at (run under xvfb-run)."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    import models
    from services import demo
    from services.auth import login
    from services.site import get_site
    from ui.app import make_app
    from ui.context import DeskContext
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dialogs.tenant_dialog import TenantDialog
    from ui.dialogs.wizard import SetupWizard
    from ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    tmp = Path(tempfile.mkdtemp())
    models.open_database(f"sqlite:///{tmp / 'empty.db'}")
    models.ensure_schema()
    shots = {}
    wizard = SetupWizard()
    wizard.resize(760, 600)
    shots["wizard"] = wizard
    models.db.close()
    models.open_database(f"sqlite:///{tmp / 'demo.db'}")
    models.ensure_schema()
    result = demo.fill_demo()
    site = get_site(result.site_id)
    shots["login"] = LoginDialog(site)
    actor = login(site.id, "admin", result.passwords["admin"])
    ctx = DeskContext(actor, site, "SQLite demo.db", "sqlite")
    window = MainWindow(ctx)
    window.resize(1280, 800)
    for key in window.page_keys():
        window.show_page(key)
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"main-{key}.png"))
    shots["tenant"] = TenantDialog(ctx, 1)
    shots.update(_key_shots(ctx, result))
    _visitor_shots(app, window, ctx, out, shots)
    from models import Request
    from ui.dialogs.request_dialog import RequestDialog

    shots["request-new"] = RequestDialog(ctx)
    reopened = Request.select().where(Request.reopen_count > 0).order_by(Request.id.desc()).first()
    shots["request-repair"] = RequestDialog(ctx, reopened.id)
    complaint = (Request.select().where((Request.category == "complaint") & (Request.level == "major"))
                 .order_by(Request.id.desc()).first())
    shots["request-complaint"] = RequestDialog(ctx, complaint.id)
    shots.update(_room_shots(window, ctx))
    fees_page = window.show_page("fees")
    for key in ("bills", "account", "arrears", "meters", "items", "statement"):
        tab = fees_page.show_tab(key) if key != "statement" else fees_page.statement
        fees_page.tabs.setCurrentWidget(tab)
        if key == "account":
            tab.show_tenant(fees_page.arrears.rows[0].tenant_id if fees_page.arrears.rows else 1)
        if key == "arrears":
            tab.refresh()
        app.processEvents()
        window.grab().save(str(out / f"fees-{key}.png"))
    from ui.dialogs.payment_dialog import PaymentDialog

    shots["payment"] = PaymentDialog(ctx, 1, "演示业户")
    shots.update(_move_shots(ctx))
    shots.update(_fitout_shots(ctx))
    from ui.idle_lock import LockScreen

    lock = LockScreen(ctx)  # what an idle desk shows over the window and any open form
    lock.resize(1000, 620)
    shots["lock-screen"] = lock
    for name, widget in shots.items():
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
    rooms_page = window.page("rooms")
    rooms_page.view.setCurrentIndex(rooms_page.view.findData("week"))
    rooms_page.room.setCurrentIndex(1)
    window.show_page("rooms")
    app.processEvents()
    window.grab().save(str(out / "rooms-week.png"))
    for path in sorted(out.glob("*.png")):
        print(path)
    # Top-level dialogs go before the application does, or Python's teardown order may crash Qt.
    for widget in [*shots.values(), window]:
        widget.close()
        widget.deleteLater()
    app.processEvents()
    QApplication.instance().quit()


def _key_shots(ctx, result) -> dict:
    """The key form of a lent key (with its history), a loan being signed, a clerk's master-key loan, a return."""
    from peewee import fn
    from PySide6.QtCore import QPointF

    from models import Key, KeyMovement
    from services.auth import login
    from services.site import get_site
    from ui.context import DeskContext
    from ui.dialogs.key_dialog import KeyDialog
    from ui.dialogs.key_move_dialog import KeyMoveDialog

    lent = Key.select().where(Key.state == "lent").order_by(Key.id).first()
    vacant = Key.select().where((Key.state == "in") & (Key.kind == "vacant_unit")).order_by(Key.id).first()
    master = Key.select().where((Key.state == "in") & (Key.kind == "master")).order_by(Key.id).first()
    clerk = DeskContext(login(result.site_id, "clerk", result.passwords["clerk"]), get_site(result.site_id),
                        "SQLite demo.db", "sqlite")
    lend = KeyMoveDialog(ctx, [vacant.id], "lend")
    lend.borrower.setText("张师傅")
    lend.company.setText("深圳市安居中介有限公司")
    lend.phone.setText("13812345678")
    lend.purpose.setText("带客户看房")
    lend.pad.resize(560, 150)
    lend.pad.strokes = [[QPointF(40 + x * 9, 80 + ((x * 37) % 50) - 25) for x in range(30)],
                        [QPointF(330 + x * 6, 60 + (x % 7) * 6) for x in range(20)]]
    back = KeyMoveDialog(ctx, [lent.id], "return")
    master_loan = KeyMoveDialog(clerk, [master.id], "lend")
    busiest = (Key.select(Key.id).join(KeyMovement, on=(KeyMovement.key == Key.id)).group_by(Key.id)
               .order_by(fn.COUNT(KeyMovement.id).desc()).first())
    history = KeyDialog(ctx, busiest.id)
    history.tabs.setCurrentIndex(1)
    return {"key": KeyDialog(ctx, lent.id), "key-lend": lend, "key-lend-master": master_loan, "key-return": back,
            "key-history": history}


def _visitor_shots(app, window, ctx, out: Path, shots: dict) -> None:
    """The visitor desk on yesterday's log (the demo's today may be young), and its dialogs filled in."""
    import datetime as dt

    from services.visitor_log import search_visits
    from services.watchlist import matches
    from ui.dialogs.evacuation_dialog import EvacuationDialog
    from ui.dialogs.prereg_dialog import PreregDialog
    from ui.dialogs.visit_dialog import VisitDialog
    from ui.dialogs.watch_alert import WatchAlert
    from ui.dialogs.watchlist_dialog import WatchlistDialog

    page = window.show_page("visitors")
    page.show_log_of(dt.date.today() - dt.timedelta(days=1))
    page.result.setText(page.tr("{name} 已签离（{no}，{time}）").format(
        name="张伟", no=search_visits(by=ctx.actor, limit=1).items[0].pass_no, time="10:32"))
    app.processEvents()
    window.grab().save(str(out / "main-visitors-log.png"))
    visit = VisitDialog(ctx)
    visit.name.setText("欧阳娜娜")
    visit.id_number.setText("11010519491231002X")
    visit.phone.setText("13812345678")
    visit.company.setText("华为技术有限公司")
    visit.host.setText("12F-1201  深圳市云帆科技有限公司")
    visit.purpose.setText("商务洽谈")
    shots["visit-check-in"] = visit
    shots["visit-watch-alert"] = WatchAlert(ctx.actor.site_id, "陈建国", matches(ctx.actor.site_id, "陈建国"),
                                            lambda _s: False)
    shots["visit-watchlist"] = WatchlistDialog(ctx)
    shots["visit-prereg"] = PreregDialog(ctx)
    shots["visit-evacuation"] = EvacuationDialog(ctx)


def _fitout_shots(ctx) -> dict:
    """A new fit-out application; one at work: its application, its steps and history, its workers."""
    from models import Fitout
    from ui.dialogs.fitout_dialog import FitoutDialog

    at_work = Fitout.select().where(Fitout.state == "in_progress").order_by(Fitout.id).first()
    review = Fitout.select().where(Fitout.state == "drawing_review").first()
    shots = {"fitout-new": FitoutDialog(ctx)}
    for tab, name in enumerate(("application", "steps", "workers", "patrols")):
        dialog = FitoutDialog(ctx, at_work.id)
        dialog.tabs.setCurrentIndex(tab)
        shots[f"fitout-{name}"] = dialog
    dialog = FitoutDialog(ctx, review.id)
    dialog.tabs.setCurrentIndex(1)
    shots["fitout-review"] = dialog
    return shots


def _room_shots(window, ctx) -> dict:
    """The rooms page's dialogs, filled the way a clerk would see them."""
    import datetime as dt

    from models import Booking
    from services import bookings
    from ui.dialogs.booking_dialog import BookingDialog, SeriesClashes
    from ui.dialogs.free_slot_dialog import FreeSlotDialog
    from ui.dialogs.meeting_dialogs import CancelDialog, ServiceRecordDialog
    from ui.dialogs.room_dialog import RoomDialog, RoomsDialog
    from ui.dialogs.room_statement_dialog import StatementDialog

    page = window.page("rooms")
    today = dt.date.today()
    busy = (Booking.select().where((Booking.day > today) & Booking.series.is_null(False)
                                   & (Booking.state == "confirmed")).order_by(Booking.day).first())
    if busy is not None:
        page.day.setDate(busy.day)
        page.select_booking(busy.id)
    window.show_page("rooms")
    shots = {"rooms-day": window}
    start = dt.datetime.combine(today + dt.timedelta(days=2), dt.time(18))
    shots["booking-new"] = BookingDialog(ctx, room_id=page.room_rows[0].id, starts=start,
                                         ends=start + dt.timedelta(hours=2))
    if busy is not None:
        shots["booking-edit"] = BookingDialog(ctx, busy.id)
        data = bookings.get_booking(busy.id, by=ctx.actor).data
        plan = bookings.plan_series(data, bookings.RepeatInput(weeks=6), by=ctx.actor,
                                    at=dt.datetime.combine(busy.day, dt.time(0)))
        shots["series-clashes"] = SeriesClashes(plan)
        shots["cancel"] = CancelDialog(ctx, busy.id, True)
    finder = FreeSlotDialog(ctx)
    finder.day.setDate(finder.day.date().addDays(1))
    finder.attendees.setValue(12)
    finder.hours.setValue(120)
    finder.equipment["projector"].setChecked(True)
    finder.find()
    shots["free-slots"] = finder
    shots["rooms-list"] = RoomsDialog(ctx)
    shots["room"] = RoomDialog(ctx, page.room_rows[-1])
    shots["statement"] = StatementDialog(ctx)
    shots["service-record"] = ServiceRecordDialog(ctx, busy.id if busy else 1)
    return shots


def _move_shots(ctx) -> dict:
    """A move-in at each of its steps, a move-out at the arrears check and at the keys, a new goods pass."""
    from models import MoveIn, MoveOut
    from ui.dialogs.goods_pass_dialog import GoodsPassDialog
    from ui.dialogs.move_in_dialog import MoveInDialog
    from ui.dialogs.move_out_dialog import MoveOutDialog

    shots = {}
    for move in MoveIn.select().order_by(MoveIn.id):
        shots[f"move-in-{move.step}"] = MoveInDialog(ctx, move.id)
    for move in MoveOut.select().order_by(MoveOut.id):
        shots[f"move-out-{move.step}"] = MoveOutDialog(ctx, move.id)
    shots["move-in-new"] = MoveInDialog(ctx)
    goods = GoodsPassDialog(ctx)
    goods.form.carrier.setText("张师傅")
    goods.form.set_item(0, "办公桌", 4, "张")
    shots["goods-pass-new"] = goods
    return shots


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/towerdesk-screens"))
