"""The watchlist alert at check-in: who matched and why; a supervisor signs in here to let the visitor through."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from services import auth
from services.access import Actor, allowed
from services.errors import LoginRefused
from services.watchlist import WatchMatch
from ui.forms import ERROR_STYLE
from ui.icons import icon


class WatchAlert(QDialog):
    """Accepted once a supervisor's password let the visitor through; `release(actor)` then does the check-in."""

    def __init__(self, site_id: int, visitor: str, matches: list[WatchMatch], release: Callable[[Actor], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site_id = site_id
        self.release = release
        self.setWindowTitle(self.tr("禁入名单提示"))
        self.setMinimumWidth(480)
        heading = QLabel(self.tr("“{name}”与禁入名单相符，请勿放行，并通知主管。").format(name=visitor))
        heading.setObjectName("watch_heading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 15px; font-weight: 600; color: #b91c1c;")
        how = {"id": self.tr("证件号相同"), "name": self.tr("姓名相同"), "pinyin": self.tr("姓名同音")}
        lines = [self.tr("{name}（{how}）：{reason}；提出：{who}").format(
            name=m.name, how=how.get(m.matched_on, m.matched_on), reason=m.reason, who=m.barred_by or "—")
            for m in matches]
        details = QLabel("\n".join(lines))
        details.setObjectName("watch_matches")
        details.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("supervisor_username")
        self.password = QLineEdit()
        self.password.setObjectName("supervisor_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("supervisor_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        box = QGroupBox(self.tr("主管放行"))
        form = QFormLayout(box)
        form.addRow(self.tr("主管用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        form.addRow("", self.problem)
        self.release_button = QPushButton(icon("user"), self.tr("主管确认放行"))
        self.release_button.setObjectName("release")
        self.release_button.setAutoDefault(False)
        self.release_button.clicked.connect(self.let_through)
        self.password.returnPressed.connect(self.let_through)
        refuse = QPushButton(icon("void"), self.tr("不予登记"))
        refuse.setObjectName("refuse")
        refuse.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(box)
        layout.addWidget(self.release_button)
        layout.addWidget(refuse)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def let_through(self) -> bool:
        try:
            supervisor = auth.login(self.site_id, self.username.text(), self.password.text())
        except LoginRefused as exc:
            self._say(self.tr("账户已锁定，请稍后再试") if exc.code == "locked" else self.tr("用户名或密码不对"))
            return False
        if not allowed(supervisor, "visitor.let_through"):
            self._say(self.tr("须由客服主管或以上放行"))
            return False
        if self.release(supervisor):
            self.accept()
            return True
        return False
