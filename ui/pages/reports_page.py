"""报表: the manager's weekly, monthly or any-range report — pick the period, run it off the UI thread with a
progress bar per section, see every section's figures, print or save the PDF, save the workbook."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import periods, reports
from services.periods import Period
from services.reports import Report
from ui.context import DeskContext
from ui.forms import FieldErrors, call_service, named_line
from ui.icons import icon
from ui.page_bits import fill_table, note, text_table
from ui.worker import run_with_progress

KINDS = ("monthly", "weekly", "range")


class ReportsPage(QWidget):
    """One report at a time: the period typed, the sections filled in as they are counted."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.report: Report | None = None
        self.job = None
        self.errors = FieldErrors()

        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        for key, text in zip(KINDS, (self.tr("月报"), self.tr("周报"), self.tr("自定义期间")), strict=True):
            self.kind.addItem(text, key)
        self.period = named_line("report_period")
        self.period.setMinimumWidth(260)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.returnPressed.connect(self.run)
        self.run_button = QPushButton(icon("reports"), self.tr("生成报表"))
        self.run_button.setObjectName("report_run")
        self.run_button.clicked.connect(self.run)

        form = QFormLayout()
        form.addRow(self.tr("报表"), self.kind)
        self.errors.add_row(form, self.tr("期间"), "period", self.period)
        self.hint = note("")
        form.addRow("", self.hint)
        pick = QHBoxLayout()
        pick.addLayout(form)
        pick.addWidget(self.run_button)
        pick.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.setRange(0, len(reports.SECTIONS))
        self.progress.setValue(0)
        self.status = QLabel(self.tr("选择报表和期间，然后点“生成报表”。"))
        self.status.setObjectName("report_status")

        self.preview_button = QPushButton(icon("print"), self.tr("预览 / 打印 PDF"))
        self.pdf_button = QPushButton(icon("pdf"), self.tr("保存 PDF…"))
        self.xlsx_button = QPushButton(icon("excel"), self.tr("保存 Excel…"))
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.choose_and_save(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.choose_and_save(".xlsx"))
        outputs = QHBoxLayout()
        outputs.addWidget(self.progress, 1)
        outputs.addWidget(self.status, 1)
        for b in (self.preview_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(False)
            outputs.addWidget(b)

        self.highlights = QGroupBox(self.tr("本期要点"))
        self.highlight_grid = QGridLayout(self.highlights)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("report_sections")

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("报表"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout.addWidget(title)
        layout.addLayout(pick)
        layout.addLayout(outputs)
        layout.addWidget(self.highlights)
        layout.addWidget(self.tabs, 1)
        self._kind_changed()

    # -- the period
    def _default_period(self, kind: str) -> Period:
        if kind == "weekly":
            return periods.week_of(self.today - dt.timedelta(days=7))
        last_month = periods.month_of(self.today.replace(day=1) - dt.timedelta(days=1))
        if kind == "monthly":
            return last_month
        return Period("range", self.today.replace(day=1), self.today)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.period.setText(self._default_period(kind).text)
        self.hint.setText({"weekly": self.tr("如 2026-W47，或该周内任一天 2026-11-18（周一至周日）"),
                           "monthly": self.tr("如 2026-11"),
                           "range": self.tr("如 2026-11-01..2026-11-15（含首尾两天）")}[kind])
        self.errors.clear()

    # -- running
    def run(self) -> None:
        """Check the period here (a bad one is marked at once), then count the sections in the background."""
        kind, text = self.kind.currentData(), self.period.text()
        period = call_service(self, self.errors, lambda: periods.parse_period(kind, text))
        if period is None or self.job is not None:
            return
        actor = self.ctx.actor
        self.run_button.setEnabled(False)
        for b in (self.preview_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("正在统计 {period}…").format(period=period.label))
        self.job = run_with_progress(
            lambda report: reports.build_report(period, by=actor, progress=lambda n, of, what: report((n, of, what))),
            self._progressed, self._done, self._failed)

    def _progressed(self, value: object) -> None:
        done, _of, what = value  # type: ignore[misc]
        self.progress.setValue(done)
        self.status.setText(self.tr("已统计：{section}").format(section=what))

    def _done(self, report: object) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        assert isinstance(report, Report)
        self.show_report(report)

    def _failed(self, reason: str) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("报表未能生成"))
        QMessageBox.warning(self, self.tr("报表"), reason)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.status.setText(self.tr("{title}：{period}").format(title=report.title, period=report.period.label))
        while self.highlight_grid.count():
            item = self.highlight_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for n, (label, value) in enumerate(reports.highlights(report)):
            shown = QLabel(value)
            shown.setObjectName(f"highlight_{n}")
            shown.setStyleSheet("font-size: 15px; font-weight: bold;")
            self.highlight_grid.addWidget(QLabel(label), n // 4, (n % 4) * 2)
            self.highlight_grid.addWidget(shown, n // 4, (n % 4) * 2 + 1)
        self.tabs.clear()
        for table in report.tables:
            view = text_table(list(table.headers), f"report_{table.key}")
            fill_table(view, [[reports.cell_text(v, i in table.percent_columns) for i, v in enumerate(row)]
                              for row in table.rows])
            _align_figures(view, table)
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.addWidget(view, 1)
            for line in table.notes:
                box.addWidget(note(line))
            self.tabs.addTab(holder, table.title)
        for b in (self.preview_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(True)

    def section_rows(self, key: str) -> list[list[str]]:
        """What a section's tab shows, as text (for tests and a quick look)."""
        view = self.findChild(QWidget, f"report_{key}")
        return [[view.item(r, c).text() for c in range(view.columnCount())] for r in range(view.rowCount())]

    # -- outputs
    def _file_name(self, suffix: str) -> str:
        assert self.report is not None
        return f"{self.report.title}-{self.report.period.text.replace('..', '_')}{suffix}"

    def preview(self):
        from ui.dialogs.print_preview import show_pdf  # QtPdf loads at the first print, not at start-up

        if self.report is None:
            return None
        report = self.report
        return show_pdf(self, lambda: reports.report_pdf(report), report.title, self._file_name(".pdf"))

    def choose_and_save(self, suffix: str) -> Path | None:
        if self.report is None:
            return None
        kinds = {".pdf": "PDF (*.pdf)", ".xlsx": "Excel (*.xlsx)"}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存报表"), self._file_name(suffix), kinds[suffix])
        return self.save_to(Path(name)) if name else None

    def save_to(self, path: Path) -> Path | None:
        """Write the report shown to `path` (.pdf or .xlsx by its suffix)."""
        if self.report is None:
            return None
        report = self.report
        try:
            done = call_service(self, None, lambda: reports.write_report(report, path) or True)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("保存失败"), self.tr("无法写入 {path}：{err}").format(
                path=path, err=getattr(exc, "strerror", None) or exc))
            return None
        if done:
            self.status.setText(self.tr("已保存：{path}").format(path=path))
        return path if done else None


def _align_figures(view, table) -> None:
    """Figures set right, as on paper; the columns as wide as their contents (no stretched last column)."""
    from PySide6.QtCore import Qt

    view.horizontalHeader().setStretchLastSection(False)
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            if c and (value is None or isinstance(value, (int, float, Decimal))):
                view.item(r, c).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    view.resizeColumnsToContents()
