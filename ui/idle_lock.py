"""An idle desk locks itself after the site's number of minutes and asks for the password again.

The lock covers the screen over the main window and any open form, which stays exactly as it was (a form
in its own event loop is never closed or hidden, so nothing typed is lost); the same user unlocks it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import auth
from services.errors import LoginRefused
from ui.context import DeskContext
from ui.forms import ERROR_STYLE
from ui.icons import ACCENT

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                      QEvent.Type.TouchBegin})


class LockScreen(QDialog):
    """Covers the desk until its user types the password again."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.ctx = ctx
        self.setObjectName("lock_screen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setStyleSheet("QDialog#lock_screen { background: #1f2d3d; } QLabel { color: #dfe6ee; }")
        title = QLabel(self.tr("客服台已锁定"))
        title.setStyleSheet("font-size: 26px; font-weight: 600; color: white;")
        who = QLabel(self.tr("{name}（{user}）离开超过设定时间，请输入密码继续。未保存的表单仍在原处。").format(
            name=ctx.actor.full_name, user=ctx.actor.username))
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        self.password.setMinimumWidth(260)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.message.setStyleSheet(ERROR_STYLE + " background: white; padding: 4px;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.setStyleSheet(
            f"QPushButton {{ background: {ACCENT}; color: white; padding: 7px 24px; border-radius: 4px; }}")
        self.unlock_button.clicked.connect(self.try_unlock)
        quit_button = QPushButton(self.tr("退出程序"))
        quit_button.setObjectName("quit_button")
        quit_button.clicked.connect(QApplication.quit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.unlock_button)

        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(who)
        inner.addWidget(self.password)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def reject(self) -> None:  # Esc does not unlock
        return

    def try_unlock(self) -> None:
        try:
            auth.unlock_desk(self.password.text(), by=self.ctx.actor)
        except LoginRefused as refused:
            self.password.clear()
            self.password.setFocus()
            if refused.code == "locked" and refused.until:
                text = self.tr("密码错误次数过多，账户已锁定至 {time}；请到时再解锁，或退出程序换人登录。").format(
                    time=refused.until.strftime("%H:%M"))
            elif refused.attempts_left is not None:
                text = self.tr("密码不正确（再错 {n} 次将锁定账户）。").format(n=refused.attempts_left)
            else:
                text = self.tr("密码不正确。")
            self.message.setText(text)
            self.message.show()
            return
        self.password.clear()
        self.message.hide()
        self.accept()


class IdleLock(QObject):
    """Watches the desk's keyboard and mouse; after `minutes` without either, shows the lock screen."""

    def __init__(self, ctx: DeskContext, window: QWidget, minutes: int | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.minutes = auth.idle_lock_minutes(ctx.site.id) if minutes is None else minutes
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("idle_timer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        if self.minutes > 0:
            self.timer.setInterval(self.minutes * 60_000)
            QApplication.instance().installEventFilter(self)
            self.timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None and self.screen.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY and not self.locked:
            self.timer.start()  # restarts the countdown
        return False

    def lock(self) -> None:
        if self.locked or not self.window.isVisible():  # a closed or hidden window has nothing to guard
            return
        self.screen = LockScreen(self.ctx, self.window)
        screen = self.window.screen() or QApplication.primaryScreen()
        # The whole screen, and the whole window where it reaches beyond it: nothing of the desk shows.
        area = self.window.frameGeometry()
        self.screen.setGeometry(screen.geometry().united(area) if screen else area)
        self.screen.finished.connect(self._unlocked)
        self.screen.open()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.password.setFocus()

    def _unlocked(self, _result: int) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
        self.screen = None
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
