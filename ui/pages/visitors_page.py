"""The visitor desk: the sign-out field that always has the focus (a USB scanner types the pass number and Enter),
check-in, the log read page by page, and the lists around them (pre-registered, watchlist, who is in)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import visitor_log, visitors
from services.paging import KeysetPage
from ui.context import DeskContext
from ui.forms import call_service
from ui.icons import icon
from ui.messages import message, visit_state_name
from ui.page_bits import list_table
from ui.paged_model import Column, PagedTableModel

FILTERS = ("", "in", "out", "void", "not_signed_out")
REFOCUS_MS = 6000
OK_STYLE = "font-size: 15px; color: #15803d;"
BAD_STYLE = "font-size: 15px; color: #b91c1c; font-weight: 600;"


def _hm(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else ""


class VisitorsPage(QWidget):
    """The sign-out field keeps the focus: after every click, dialog and search it gets it back."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printer = None  # the pass printer (None: the desk's printer for passes); tests give a PDF printer
        self.visit_dialog = None
        self.scan = QLineEdit()
        self.scan.setObjectName("sign_out")
        self.scan.setPlaceholderText(self.tr("扫描或输入出入证号，回车签离"))
        self.scan.setStyleSheet("font-size: 18px; padding: 6px;")
        self.scan.returnPressed.connect(self.sign_out)
        self.result = QLabel()
        self.result.setObjectName("sign_out_result")
        self.result.setWordWrap(True)
        check_in = self._button("check_in", icon("add"), self.tr("登记访客 (F2)"), self.open_check_in)
        check_in.setEnabled(ctx.can("visitor.check_in"))
        QShortcut(QKeySequence("F2"), self, self.open_check_in)
        prereg = self._button("prereg", icon("tenants"), self.tr("预约访客"), self.open_preregs)
        watch = self._button("watchlist", icon("void"), self.tr("禁入名单"), self.open_watchlist)
        evac = self._button("evacuation", icon("evacuation"), self.tr("在楼人员"), self.open_evacuation)
        print_log = self._button("print_log", icon("print"), self.tr("打印登记簿"), self.print_log)

        self.search = QLineEdit()
        self.search.setObjectName("visit_search")
        self.search.setPlaceholderText(self.tr("查找：姓名、手机后四位、出入证号、单元号"))
        self.search.setClearButtonEnabled(True)
        # The host filter: a tenant picked by a few characters of its name, a unit or pinyin initials.
        self.host = QComboBox()
        self.host.setObjectName("host_filter")
        self.host.setEditable(True)
        self.host.setMinimumWidth(220)
        self.host.lineEdit().setPlaceholderText(self.tr("被访单位"))
        self.host.lineEdit().setClearButtonEnabled(True)
        self.host.lineEdit().textEdited.connect(self._find_hosts)
        self.host.activated.connect(lambda _i: self._then_scan(self.refresh))
        self.host_tenant_id: int | None = None
        self.by_day = QCheckBox(self.tr("日期"))
        self.by_day.setChecked(True)
        self.by_day.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.status = QComboBox()
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        names = {"": self.tr("全部"), "in": self.tr("在楼"), "out": self.tr("已离开"), "void": self.tr("已作废"),
                 "not_signed_out": self.tr("闭馆未签离")}
        for key in FILTERS:
            self.status.addItem(names[key], key)
        self.count = QLabel()

        self.log_model = PagedTableModel([
            Column(self.tr("出入证号"), lambda r: r.pass_no),
            Column(self.tr("姓名"), lambda r: r.name),
            Column(self.tr("状态"), lambda r: visit_state_name(r.status) + (" ⚠" if r.watch_hit else "")),
            Column(self.tr("来访"), lambda r: r.checked_in_at.strftime("%m-%d %H:%M")),
            Column(self.tr("离开"), lambda r: _hm(r.signed_out_at) + (self.tr("（自动）") if r.sign_out_kind == "auto"
                                                                       else "")),
            Column(self.tr("人数"), lambda r: r.party_size, align_right=True),
            Column(self.tr("被访单位"), lambda r: f"{r.host_unit} {r.host_name}".strip()),
            Column(self.tr("来访单位"), lambda r: r.company),
            Column(self.tr("证件号码"), lambda r: r.id_masked),
            Column(self.tr("手机"), lambda r: r.phone_masked),
        ], self._fetch, self)
        self.table = list_table(self.log_model, "visit_table")
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        reprint = self._button("reprint", icon("print"), self.tr("补打出入证"), self.reprint_selected)
        void = self._button("void", icon("void"), self.tr("作废"), self.void_selected)
        void.setEnabled(ctx.can("visitor.void"))
        reveal = self._button("reveal", icon("lock"), self.tr("查看证件号"), self.reveal_selected)
        reveal.setEnabled(ctx.can("identity.reveal"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("签离：")))
        top.addWidget(self.scan, 2)
        top.addWidget(self.result, 3)
        actions = QHBoxLayout()
        for b in (check_in, prereg, watch, evac, print_log):
            actions.addWidget(b)
        actions.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.host, 2)
        filters.addWidget(self.by_day)
        filters.addWidget(self.day)
        filters.addWidget(self.status)
        rows = QHBoxLayout()
        rows.addWidget(self.count, 1)
        for b in (reprint, void, reveal):
            rows.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        # Whatever the clerk was typing elsewhere on the page, after a pause the next scan lands in sign-out.
        self._refocus = QTimer(self)
        self._refocus.setSingleShot(True)
        self._refocus.setInterval(REFOCUS_MS)
        self._refocus.timeout.connect(self._back_to_scan)
        self.search.textEdited.connect(lambda _t: self._refocus.start())
        self.host.lineEdit().textEdited.connect(lambda _t: self._refocus.start())
        self.day.dateChanged.connect(lambda _d: self._refocus.start())
        self.search.returnPressed.connect(lambda: self._then_scan(self.refresh))
        self.by_day.toggled.connect(lambda _on: self.refresh())
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())

    def _button(self, name: str, qicon, text: str, slot) -> QPushButton:
        button = QPushButton(qicon, text)
        button.setObjectName(name)
        # Clicking must not take the focus from the sign-out field: the next scan goes there.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self._then_scan(slot))
        return button

    def _then_scan(self, slot) -> None:
        try:
            slot()
        finally:
            self.scan.setFocus()

    def _back_to_scan(self) -> None:
        if self.isVisible() and QApplication.activeModalWidget() is None and not self._dialog_open():
            self.scan.setFocus()

    def _dialog_open(self) -> bool:
        return any(d.isVisible() for d in self.findChildren(QDialog))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.scan.setFocus()

    # -- the log
    def _find_hosts(self, text: str) -> None:
        from services.visitor_prereg import host_choices

        choices = host_choices(text, by=self.ctx.actor, limit=20) if text.strip() else []
        self.host.blockSignals(True)
        self.host.clear()
        for c in choices:
            self.host.addItem(c.label, c.tenant_id)
        self.host.setCurrentIndex(-1)
        self.host.setEditText(text)
        self.host.blockSignals(False)
        if not text.strip() and self.host_tenant_id is not None:
            self.refresh()
        elif choices:
            self.host.showPopup()

    def _fetch(self, page: int):
        status = self.status.currentData()
        if status == "not_signed_out":
            rows = visitor_log.not_signed_out(by=self.ctx.actor)
            return KeysetPage(rows, len(rows), 0, max(1, len(rows)), False)
        after = self.log_model.rows[-1].id if page > 0 and self.log_model.rows else None
        day = self.day.date().toPython() if self.by_day.isChecked() else None
        self.host_tenant_id = self.host.currentData() if self.host.currentText().strip() else None
        return visitor_log.search_visits(by=self.ctx.actor, text=self.search.text(), day=day, status=status,
                                         host_tenant_id=self.host_tenant_id, after=after, limit=100)

    def show_log_of(self, day: dt.date | None) -> None:
        """The log of one day, or of every day (read page by page as the table scrolls)."""
        self.by_day.blockSignals(True)
        self.by_day.setChecked(day is not None)
        self.by_day.blockSignals(False)
        if day is not None:
            self.day.blockSignals(True)
            self.day.setDate(QDate(day.year, day.month, day.day))
            self.day.blockSignals(False)
        self.refresh()

    def show_filter(self, key: str) -> None:
        """A dashboard tile: a status ('in', 'not_signed_out'), or 'today' for every registration of the day."""
        self.status.setCurrentIndex(max(0, self.status.findData("" if key == "today" else key)))
        if key == "today":
            self.show_log_of(dt.date.today())

    def refresh(self) -> None:
        self.log_model.reload()
        self.table.resizeColumnsToContents()
        total = self.log_model.total
        shown = len(self.log_model.rows)
        self.count.setText(self.tr("共 {n} 条").format(n=total) if total >= 0
                           else self.tr("已列出 {n} 条，向下滚动看更早的").format(n=shown))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.log_model.row_at(rows[0].row()) if rows else None

    # -- sign-out
    def sign_out(self) -> None:
        number = self.scan.text()
        self.scan.clear()
        if not number.strip():
            return
        from services.errors import ValidationError

        try:
            done = visitors.sign_out(number, by=self.ctx.actor)
        except ValidationError as exc:
            p = exc.problems[0]
            self.result.setStyleSheet(BAD_STYLE)
            self.result.setText(message(p.code, p.params))
            return
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(self.tr("{name} 已签离（{no}，{time}）").format(
            name=done.name, no=done.pass_no, time=done.at.strftime("%H:%M")))
        self.refresh()

    # -- actions on the page
    def open_check_in(self):
        from ui.dialogs.visit_dialog import VisitDialog

        if not self.ctx.can("visitor.check_in"):
            return None
        self.visit_dialog = VisitDialog(self.ctx, self, printer=self.printer)
        self.visit_dialog.checked_in.connect(lambda _id: self.refresh())
        self.visit_dialog.finished.connect(lambda _r: self.scan.setFocus())
        self.visit_dialog.open()
        return self.visit_dialog

    def _open(self, dialog_class):
        dialog = dialog_class(self.ctx, self)
        dialog.finished.connect(lambda _r: self.scan.setFocus())
        dialog.open()
        return dialog

    def open_preregs(self):
        from ui.dialogs.prereg_dialog import PreregDialog

        return self._open(PreregDialog)

    def open_watchlist(self):
        from ui.dialogs.watchlist_dialog import WatchlistDialog

        return self._open(WatchlistDialog)

    def open_evacuation(self):
        from ui.dialogs.evacuation_dialog import EvacuationDialog

        return self._open(EvacuationDialog)

    def print_log(self):
        from services.visitor_prints import print_log
        from ui.dialogs.print_preview import PrintPreview

        day = self.day.date().toPython()
        pdf = call_service(self, None, lambda: print_log(day, by=self.ctx.actor))
        if pdf is None:
            return None
        preview = PrintPreview(pdf, self.tr("访客登记簿"), f"visitor-log-{day:%Y%m%d}.pdf", self)
        preview.finished.connect(lambda _r: self.scan.setFocus())
        preview.open()
        return preview

    def reprint_selected(self):
        from services.visitor_prints import print_pass
        from ui.pass_printing import print_now

        row = self.selected()
        if row is None:
            return None
        new = call_service(self, None, lambda: visitors.reprint(row.id, self.tr("补打"), by=self.ctx.actor))
        if new is None:
            return None
        pdf = call_service(self, None, lambda: print_pass(row.id, by=self.ctx.actor))
        if pdf is not None:
            print_now(pdf, self.tr("访客出入证"), f"{new}.pdf", self, self.printer)
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(self.tr("已补打 {new}，原出入证 {old} 作废").format(new=new, old=row.pass_no))
        self.refresh()
        return new

    def void_selected(self, reason: str | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("作废登记"), self.tr("作废原因："))
            if not ok:
                return False
        done = call_service(self, None, lambda: visitors.void_visit(row.id, reason, by=self.ctx.actor) or True)
        self.refresh()
        return bool(done)

    def reveal_selected(self) -> str | None:
        row = self.selected()
        if row is None:
            return None
        number = call_service(self, None, lambda: visitors.reveal_id(row.id, by=self.ctx.actor))
        if number is not None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("证件号码"),
                              self.tr("{name}：{number}\n（本次查看已记录）").format(
                                  name=row.name, number=number or "—"),
                              parent=self)
            box.setObjectName("revealed")
            box.open()
        return number
