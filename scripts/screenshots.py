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
    shots.update(_move_shots(ctx))
    for name, widget in shots.items():
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
    for path in sorted(out.glob("*.png")):
        print(path)
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
