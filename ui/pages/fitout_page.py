"""The fit-out list: state, unit, contractor, permit end and what each waits for on whom; the gate's pass check."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from services import fitout, fitout_passes
from services.fitout import STATES
from ui.context import DeskContext
from ui.dialogs.fitout_dialog import FitoutDialog
from ui.forms import call_service, named_line
from ui.icons import icon
from ui.messages import fitout_action_name, fitout_state_name
from ui.page_bits import fill_table, text_table

CHECK_COLORS = {"valid": "#15803d", "expired": "#c62828", "revoked": "#c62828", "unknown": "#b45309"}


class FitoutPage(QWidget):
    """Every fit-out of the site, newest first; filter by state or by what waits on this user."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = QComboBox()
        self.state.setObjectName("state_filter")
        self.state.addItem(self.tr("进行中"), "open")
        self.state.addItem(self.tr("全部状态"), "")
        for key in STATES:
            self.state.addItem(fitout_state_name(key), key)
        self.mine = QCheckBox(self.tr("等我处理"))
        self.mine.setObjectName("mine_filter")
        new = QPushButton(icon("add"), self.tr("新装修申请"))
        new.setObjectName("new_fitout")
        new.setEnabled(ctx.can("fitout.edit"))
        new.clicked.connect(self.new_fitout)
        open_button = QPushButton(icon("edit"), self.tr("打开"))
        open_button.clicked.connect(self.open_selected)
        self.pass_no = named_line("pass_check", self.tr("扫描或输入施工出入证号"))
        self.pass_no.returnPressed.connect(self.check_pass)
        check = QPushButton(icon("scan"), self.tr("核验出入证"))
        check.clicked.connect(self.check_pass)
        self.check_result = QLabel()
        self.check_result.setObjectName("check_result")
        self.check_photo = QLabel()  # the worker's photo on file, for the guard to compare with the face
        self.check_photo.setObjectName("check_photo")
        self.check_photo.setFixedSize(36, 48)
        self.check_photo.setScaledContents(True)
        self.check_photo.hide()
        self.table = text_table([self.tr("编号"), self.tr("单元"), self.tr("业户"), self.tr("施工单位"),
                                 self.tr("状态"), self.tr("等待"), self.tr("许可证截止"), self.tr("提示")],
                                "fitout_table")
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.state)
        top.addWidget(self.mine)
        top.addStretch(1)
        top.addWidget(open_button)
        top.addWidget(new)
        gate = QHBoxLayout()
        gate.addWidget(self.pass_no, 2)
        gate.addWidget(check)
        gate.addWidget(self.check_photo)
        gate.addWidget(self.check_result, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(gate)
        self.only = ""  # a dashboard tile's narrowing ('insurance', 'permit'), cleared by any filter the clerk sets
        self.state.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.mine.toggled.connect(lambda _on: self._filter_changed())
        self.refresh()

    def refresh(self) -> None:
        key = self.state.currentData()
        self.rows = fitout.list_fitouts(by=self.ctx.actor, state="" if key == "open" else key,
                                        open_only=key == "open", waiting_on_me=self.mine.isChecked())
        if self.only:
            self.rows = [r for r in self.rows if (r.insurance_lapsed if self.only == "insurance" else r.permit_ending)]
        fill_table(self.table, [
            (r.number, r.unit, r.tenant, r.contractor, fitout_state_name(r.state),
             self.tr("{action}（{who}）").format(action=fitout_action_name(r.waits_for),
                                               who=self._who(r.waits_on)) if r.waits_for else "",
             r.permit_end.isoformat() if r.permit_end else "",
             self.tr("保险在完工前到期") if r.insurance_lapsed else "") for r in self.rows])
        for i, r in enumerate(self.rows):
            if r.waits_on_me:
                self.table.item(i, 5).setForeground(QColor("#1d4ed8"))
            if r.insurance_lapsed:
                self.table.item(i, 7).setForeground(QColor("#c62828"))
        self.count.setText(self.tr("共 {n} 项").format(n=len(self.rows)))

    def _who(self, permission: str) -> str:
        """Whom a step waits on, short enough for a list column (the form names every role)."""
        return {"fitout.desk": self.tr("客服"), "fitout.drawings": self.tr("工程部"),
                "fitout.approve": self.tr("经理"), "fitout.reinstate": self.tr("主管")}[permission]

    def show_filter(self, key: str) -> None:
        """A dashboard tile: 'mine' (waiting on me), 'insurance' (policy ends before the works), 'permit' (the
        permit ends within days) or a state."""
        for widget in (self.mine, self.state):
            widget.blockSignals(True)
        self.mine.setChecked(key == "mine")
        self.state.setCurrentIndex(max(0, self.state.findData(key if key in STATES else "open")))
        for widget in (self.mine, self.state):
            widget.blockSignals(False)
        self.only = key if key in ("insurance", "permit") else ""
        self.refresh()

    def _filter_changed(self) -> None:
        self.only = ""
        self.refresh()

    def _open(self, fitout_id: int | None) -> FitoutDialog:
        dialog = FitoutDialog(self.ctx, fitout_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def new_fitout(self) -> FitoutDialog:
        return self._open(None)

    def open_selected(self) -> FitoutDialog | None:
        rows = self.table.selectionModel().selectedRows()
        return self._open(self.rows[rows[0].row()].id) if rows else None

    def check_pass(self) -> None:
        found = call_service(self, None, lambda: fitout_passes.check_pass(self.pass_no.text(), by=self.ctx.actor))
        if found is None:
            return
        text = {
            "valid": self.tr("有效：{name}（{company}）{unit}，至 {until}"),
            "expired": self.tr("已过期：{name}，有效期至 {until}"),
            "revoked": self.tr("已收回：{name}（许可证已结束）"),
            "unknown": self.tr("查无此证：{number}"),
        }[found.status]
        self.check_result.setText(text.format(name=found.name, company=found.company, unit=found.unit,
                                              until=found.valid_until, number=found.number))
        self.check_result.setStyleSheet(f"color: {CHECK_COLORS[found.status]}; font-weight: 600;")
        picture = QPixmap()
        if found.photo and picture.loadFromData(found.photo):
            self.check_photo.setPixmap(picture)
        self.check_photo.setVisible(not picture.isNull())
