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
    for name, widget in shots.items():
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
    for path in sorted(out.glob("*.png")):
        print(path)
    QApplication.instance().quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/towerdesk-screens"))
