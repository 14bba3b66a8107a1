"""Start the GUI: the look, the login window, the database checks, set-up, the daily backup, the main window.

The login window comes first, from the desk's remembered login card, and the database opens while the clerk
types: so this module imports the models and services only inside the functions that need them.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from services.login_card import LoginCard, read_card, write_card
from ui.dialogs.login_dialog import LoginDialog
from ui.printing import DeskPrinting
from ui.printing import configure as configure_printing
from ui.worker import run_in_background

if TYPE_CHECKING:
    from services.site import SiteInfo
    from ui.context import DeskContext

RESOURCES = Path(__file__).resolve().parent.parent / "resources"  # inside the bundle when packaged
TRANSLATIONS = RESOURCES / "translations"
APP_ICON = RESOURCES / "icons" / "towerdesk.png"
FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC"]
STYLE = """
QWidget { font-size: 13px; }
QGroupBox { font-weight: 600; border: 1px solid #dde3ea; border-radius: 6px; margin-top: 14px; padding: 10px 8px 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f2d3d; }
QPushButton { padding: 5px 14px; }
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit { padding: 3px 4px; }
QTableView { gridline-color: #e5e9ef; }
QHeaderView::section { background: #f3f5f8; padding: 5px; border: none; border-bottom: 1px solid #dde3ea; }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


APP_NAME = QT_TRANSLATE_NOOP("app", "楼宇客服台")


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("TowerDesk")
    app.setOrganizationName("TowerDesk")
    app.setApplicationDisplayName(_t(APP_NAME))
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(APP_ICON)))
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    return app


_installed: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Chinese is the source language; another needs its compiled .qm. Qt's own texts (Yes/No, the
    wizard's Next/Back, file dialogs) come from Qt's catalogue for the same language."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return None
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"towerdesk_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        QLocale.setDefault(QLocale(language))
        app.setApplicationDisplayName(_t(APP_NAME))  # window titles end with it on some platforms
        return translator
    return None


def open_checked(url: str, backup_dir: Path | None, *, covering: QWidget | None = None) -> bool:
    """Open the database with the cheap check of every start (it opens, its schema version reads);
    a corrupted SQLite file is offered its newest good backup. The full check runs daily in the
    background (daily_integrity_check), not here: it reads every page (seconds on a big file).
    `covering`: a window already up (the remembered login window), taken down before any trouble is told."""
    import models

    where = models.parse_url(url)
    try:
        models.open_ready(url, backup_dir=backup_dir)
    except (models.DatabaseUnavailable, RuntimeError) as exc:
        if covering is not None:
            covering.hide()
        return _tell_trouble(url, backup_dir, where, exc)
    return True


def _tell_trouble(url: str, backup_dir: Path | None, where, exc: Exception) -> bool:
    """A database that did not open: a damaged SQLite file is offered its newest good backup (True: restored and
    open), anything else is told with what to do (False)."""
    import models

    if isinstance(exc, models.DatabaseUnavailable):
        if exc.code == "corrupt" and where.kind == "sqlite" and where.path is not None:
            models.db.close()
            if _offer_restore(where.path, backup_dir, exc.message):
                return open_checked(url, backup_dir)
            return False
        QMessageBox.critical(None, _t(APP_NAME), f"{exc.message}\n\n{exc.advice}")
        return False
    QMessageBox.critical(None, _t(APP_NAME), str(exc))  # e.g. a database newer than this program
    return False


def _offer_restore(path: Path, backup_dir: Path | None, verdict: str) -> bool:
    from services import backup

    good = backup.newest_good_backup(backup_dir) if backup_dir else None
    if good is None:
        QMessageBox.critical(None, _t(APP_NAME), QCoreApplication.translate(
            "app", "数据库检查未通过：{verdict}\n\n没有可用的备份，请联系系统管理员。").format(verdict=verdict))
        return False
    answer = QMessageBox.question(
        None, _t(APP_NAME),
        QCoreApplication.translate("app", "数据库检查未通过：{verdict}\n\n是否从最近的完好备份（{time}）恢复？"
                                   "\n当前文件会另存一份，不会删除。").format(
            verdict=verdict, time=f"{good.taken_at:%Y-%m-%d %H:%M}"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        backup.restore(good.path, path)
    except backup.BackupError as exc:
        QMessageBox.critical(None, _t(APP_NAME), str(exc))
        return False
    return True


def daily_backup(url: str, backup_dir: Path | None, site_id: int) -> None:
    """On the first start of the day, back the SQLite file up off the UI thread."""
    import models
    from services import backup, settings

    where = models.parse_url(url)
    if where.kind != "sqlite" or backup_dir is None or not backup.daily_backup_due(backup_dir):
        return
    keep = int(settings.get(site_id, "backup.keep"))
    run_in_background(lambda: backup.backup_now(where.path, backup_dir, keep=keep))


INTEGRITY_FAILED = QT_TRANSLATE_NOOP(
    "app", "数据库完整性检查未通过：{verdict}\n\n请立即停止在本机办理业务，通知系统管理员，并从最近的完好备份恢复："
    "关闭程序后运行 python main.py restore <备份文件>（备份在 {backups}）。")


_kept: list[QMessageBox] = []


def daily_integrity_check(url: str, site_id: int, parent=None, on_done=None):
    """On the first start of a day, SQLite's full check off the UI thread; a failure is told plainly.

    Returns the worker (None when nothing was due). `on_done` gets the IntegrityResult (for tests)."""
    import models
    from services import integrity

    where = models.parse_url(url)
    if where.kind != "sqlite" or where.path is None or not integrity.check_due(site_id):
        return None
    path = where.path

    def finished(result) -> None:
        if not result.ok:
            box = QMessageBox(QMessageBox.Icon.Critical, _t(APP_NAME), QCoreApplication.translate(
                "app", INTEGRITY_FAILED).format(verdict=result.verdict[:300], backups=path.parent / "backups"),
                QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("integrity_failed")
            _kept.append(box)  # a parentless box lives as long as its Python object
            box.finished.connect(lambda _r: _kept.remove(box))
            box.open()  # not modal to the event loop: the desk reads it over the window
        if on_done:
            on_done(result)

    def job():
        try:
            return integrity.run_check(path, site_id)
        finally:
            models.db.close()  # this pool thread's own connection

    return run_in_background(job, finished)


def run(url: str, backups: Callable[[], Path | None] = lambda: None, *, smoke: str = "",
        printing: DeskPrinting | None = None) -> int:
    """The GUI's life; `smoke` ('login' or 'user:password') shows a window, reports the time and exits.

    `backups` gives the SQLite file's backup folder (None: none, as for PostgreSQL); it is asked once the login
    window is up, since finding it reads the database's URL with the models' code."""
    started = time.perf_counter()
    app = make_app()
    printing = printing or DeskPrinting()
    configure_printing(printing)
    card = read_card(printing.config_dir, url)
    if card is None:
        install_language(app, "zh_CN")  # the first start's messages and wizard; the site's choice once it is open
    early = _early_login(app, card) if card is not None else None
    if early is not None and smoke:
        _print_shown(started)
    backup_dir = backups()
    if not open_checked(url, backup_dir, covering=early):
        _close(early)
        return 3
    from services.site import needs_setup

    if needs_setup():
        from services.site import sites
        from ui.dialogs.wizard import run_wizard

        _close(early)
        actor = run_wizard(config=printing.config)
        if actor is None:
            return 0
        site = next(s for s in sites() if s.id == actor.site_id)
    else:
        dialog = _login_for(app, early, url, printing.config_dir)
        QTimer.singleShot(PRELOAD_AFTER_MS, _preload_desk)  # once the login window is up, while the clerk types
        if smoke:
            return _smoke(app, dialog, smoke, started if early is None else None, url, backup_dir)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return 0
        actor, site = dialog.actor, dialog.site
    daily_backup(url, backup_dir, site.id)
    window = _main_window(actor, site, url, backup_dir)
    if not _password_changed_if_due(window.ctx):
        return 0
    window.show()
    daily_integrity_check(url, site.id, window)
    run_in_background(_warm_up)
    return app.exec()


def _early_login(app: QApplication, card: LoginCard) -> LoginDialog:
    """The login window as the desk remembers the site, shown before the database opens."""
    install_language(app, card.language)
    dialog = LoginDialog(card)
    dialog.show()
    app.processEvents()
    return dialog


def _login_for(app: QApplication, early: LoginDialog | None, url: str, card_dir: Path | None) -> LoginDialog:
    """The login window for the database's site: the early one corrected (its name, its logo), or a new one if
    there was none or the site's language changed; the card is remembered for the next start."""
    from services import settings
    from services.site import sites

    site = sites()[0]
    language = str(settings.get(site.id, "ui.language"))
    write_card(card_dir, url, LoginCard(site.id, site.name, language, site.logo))
    if early is not None and early.site.id == site.id and early.site.language == language:
        early.show_site(site)
        return early
    if early is not None:
        app.processEvents()  # what the clerk typed while the database opened reaches the window it was typed in
    typed = (early.username.text(), early.password.text()) if early is not None else ("", "")
    _close(early)
    install_language(app, language)
    dialog = LoginDialog(site)
    dialog.username.setText(typed[0])
    dialog.password.setText(typed[1])
    return dialog


def _close(dialog: LoginDialog | None) -> None:
    if dialog is not None:
        dialog.hide()
        dialog.deleteLater()


TYPING_MS = 1500  # the smoke test's clerk typing a user name and password (a real one takes longer)
PRELOAD_AFTER_MS = 150  # the login window is painted first


def _preload_desk() -> None:
    """Load the main window, the dashboard (with the services its tiles ask) and the icon font while the login
    window waits for the password: the wait after Enter is then the login and the day's figures alone."""
    import qtawesome  # noqa: F401  the icon font, loaded on its first icon

    import ui.main_window  # noqa: F401
    import ui.pages.dashboard_page  # noqa: F401
    from ui.icons import icon

    icon("dashboard")


def _warm_up() -> None:
    """Load what the first save and the first print need while the clerk looks at the dashboard."""
    import printouts.tenant_registration  # noqa: F401  reportlab and the CJK font
    import services.pinyin_search  # noqa: F401  pypinyin's tables
    from printouts.fonts import cjk_fonts

    cjk_fonts()


def _password_changed_if_due(ctx: DeskContext) -> bool:
    """A new account, or one whose password the admin reset, chooses its own password before working."""
    from services.auth import password_change_due
    from ui.dialogs.password_dialog import PasswordDialog

    if not password_change_due(by=ctx.actor):
        return True
    dialog = PasswordDialog(ctx)
    dialog.setWindowTitle(dialog.tr("请先设置您自己的密码"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def _main_window(actor, site: SiteInfo, url: str, backup_dir: Path | None):
    import models
    from ui.context import DeskContext
    from ui.main_window import MainWindow

    where = models.parse_url(url)
    ctx = DeskContext(actor, site, where.display, where.kind, backup_dir)
    return MainWindow(ctx)


def _print_shown(started: float) -> None:
    print(f"login-shown {time.perf_counter() - started:.4f}", flush=True)


def _smoke(app: QApplication, dialog: LoginDialog, smoke: str, started: float | None, url: str,
           backup_dir: Path | None) -> int:
    """Show the login window, and with credentials log in to the dashboard; print the times and quit.

    `started`: when the process began, if the login window is shown only now (None: it was shown, and the time
    printed, before the database opened)."""
    if not dialog.isVisible():
        dialog.show()
        app.processEvents()
    if started is not None:
        _print_shown(started)
    if smoke == "login":
        QTimer.singleShot(0, app.quit)
        app.exec()
        QThreadPool.globalInstance().waitForDone()
        return 0
    pause = QTimer()
    pause.setSingleShot(True)
    pause.timeout.connect(app.quit)
    pause.start(TYPING_MS)  # the clerk types; the desk loads what comes after the login meanwhile
    app.exec()
    username, _, password = smoke.partition(":")
    dialog.username.setText(username)
    dialog.password.setText(password)
    t0 = time.perf_counter()
    dialog.try_login()
    if dialog.actor is None:
        print("login-refused", flush=True)
        return 4
    window = _main_window(dialog.actor, dialog.site, url, backup_dir)
    window.show()
    app.processEvents()
    print(f"dashboard-shown {time.perf_counter() - t0:.4f}", flush=True)
    QTimer.singleShot(0, app.quit)
    app.exec()
    QThreadPool.globalInstance().waitForDone()
    return 0
