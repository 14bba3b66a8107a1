"""The login window: the site's name, username and password; lock-out told plainly.

It is the first window of every start, shown before the database opens (from the desk's remembered login card),
so it imports no models or services until the clerk logs in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.errors import LoginRefused
from ui.icons import ACCENT, ERROR_STYLE

if TYPE_CHECKING:
    from services.access import Actor
    from services.login_card import LoginCard
    from services.site import SiteInfo


class LoginDialog(QDialog):
    """Asks for username and password until the services accept them; `actor` is then the user."""

    def __init__(self, site: SiteInfo | LoginCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site = site
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("楼宇客服台 — 登录"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("楼宇客服台"))
        title.setStyleSheet(f"font-size: 24px; font-weight: 600; color: {ACCENT};")
        self.site_line = QLabel()
        self.site_line.setObjectName("site_name")
        self.site_line.setStyleSheet("font-size: 15px; color: #3c4858;")
        self.logo = QLabel()
        self.logo.setObjectName("site_logo")
        header = QHBoxLayout()
        header.addWidget(self.logo)
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(self.site_line)
        header.addLayout(names, 1)
        self.show_site(site)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("用户名"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)

        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.login_button.setStyleSheet(
            f"QPushButton {{ background: {ACCENT}; color: white; padding: 7px 24px; border-radius: 4px; }}")
        self.login_button.clicked.connect(self.try_login)
        cancel = QPushButton(self.tr("退出"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.username.setFocus()

    def show_site(self, site: SiteInfo | LoginCard) -> None:
        """Show `site` (the database's, once open, over the remembered card): its name and logo."""
        self.site = site
        self.site_line.setText(site.name)
        pixmap = QPixmap()
        if site.logo and pixmap.loadFromData(site.logo):
            self.logo.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
            self.logo.show()
        else:
            self.logo.clear()
            self.logo.hide()

    def try_login(self) -> None:
        from services import auth  # the database is open by the time anyone can press 登录

        try:
            self.actor = auth.login(self.site.id, self.username.text(), self.password.text())
        except LoginRefused as refused:
            self.password.clear()
            self.password.setFocus()
            self.message.setText(self._refusal_text(refused))
            self.message.show()
            return
        self.accept()

    def _refusal_text(self, refused: LoginRefused) -> str:
        if refused.code == "locked" and refused.until:
            return self.tr("登录失败次数过多，账户已锁定，请于 {time} 后再试，或请管理员解锁。").format(
                time=refused.until.strftime("%H:%M"))
        if refused.code == "inactive":
            return self.tr("该账户已停用，请联系管理员。")
        if refused.attempts_left is not None:
            return self.tr("用户名或密码不正确（再错 {n} 次将锁定账户）。").format(n=refused.attempts_left)
        return self.tr("用户名或密码不正确。")
