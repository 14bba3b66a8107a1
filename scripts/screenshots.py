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
    shots.update(_room_shots(window, ctx))
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
    QApplication.instance().quit()


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


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/towerdesk-screens"))
