"""The set-up wizard's units page: generate floor by floor, import a sheet (previewed first), or leave for later."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from services import building
from services.building import GenerateInput, ImportReport
from services.errors import ValidationError
from services.sheets import SheetError
from ui.forms import ERROR_STYLE, FieldErrors
from ui.icons import icon
from ui.messages import message
from ui.page_bits import NOTE_STYLE, note

GENERATE, IMPORT, SKIP = "generate", "import", "skip"
REFUSED = QColor("#c62828")


def _t(text: str) -> str:
    return QCoreApplication.translate("wizard", text)


COLUMN_NAMES = {"code": QT_TRANSLATE_NOOP("wizard", "单元号"), "floor": QT_TRANSLATE_NOOP("wizard", "楼层"),
                "area": QT_TRANSLATE_NOOP("wizard", "面积"), "note": QT_TRANSLATE_NOOP("wizard", "备注")}


def column_name(field: str) -> str:
    return _t(COLUMN_NAMES[field]) if field in COLUMN_NAMES else field


@dataclass(frozen=True)
class UnitPlan:
    """What Finish does about units: generate with `generate`, import `sheet`, or nothing."""

    mode: str
    generate: GenerateInput | None = None
    sheet: Path | None = None


class UnitsSetupPage(QWizardPage):
    """Reads into a UnitPlan; the sheet is previewed row by row before anything is stored."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.sheet: Path | None = None
        self.report: ImportReport | None = None
        self.setTitle(self.tr("楼层与单元"))
        self.setSubTitle(self.tr("按楼层一次生成单元，或从表格导入；也可以先跳过，以后在“单元”页添加。"))

        self.generate_radio = QRadioButton(self.tr("按楼层生成"))
        self.import_radio = QRadioButton(self.tr("从表格导入（.xlsx / .csv）"))
        self.skip_radio = QRadioButton(self.tr("暂不设置"))
        self.modes = QButtonGroup(self)
        radios = QHBoxLayout()
        for number, radio in enumerate((self.generate_radio, self.import_radio, self.skip_radio)):
            self.modes.addButton(radio, number)
            radios.addWidget(radio)
        radios.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._generate_panel())
        self.stack.addWidget(self._import_panel())
        skip_note = note(self.tr("完成设置后，由客服主管或管理员在“单元”页逐个添加或导入单元。"))
        skip_panel = QWidget()
        QVBoxLayout(skip_panel).addWidget(skip_note, 0, Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(skip_panel)
        self.modes.idClicked.connect(self.stack.setCurrentIndex)
        self.generate_radio.setChecked(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(radios)
        layout.addWidget(self.stack, 1)

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setMinimumWidth(120)
        return spin

    def _generate_panel(self) -> QWidget:
        self.first_floor = self._spin("first_floor", -9, 200, 1)
        self.last_floor = self._spin("last_floor", -9, 200, 20)
        self.per_floor = self._spin("per_floor", 1, 99, 8)
        self.area = QLineEdit("100")
        self.area.setObjectName("area")
        self.area.setMaximumWidth(160)
        self.skip_floors = QLineEdit()
        self.skip_floors.setObjectName("skip_floors")
        self.skip_floors.setPlaceholderText(self.tr("如 4, 13, 14 或 B1；留空则不跳过"))
        panel = QWidget()
        form = QFormLayout(panel)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.errors.add_row(form, self.tr("开始楼层"), "first_floor", self.first_floor)
        self.errors.add_row(form, self.tr("结束楼层"), "last_floor", self.last_floor)
        self.errors.add_row(form, self.tr("每层单元数"), "per_floor", self.per_floor)
        self.errors.add_row(form, self.tr("每个单元面积 (m²)"), "area", self.area)
        self.skip_floors.setMinimumWidth(300)
        self.errors.add_row(form, self.tr("跳过的楼层"), "skip_floors", self.skip_floors)
        form.addRow("", note(self.tr("地下层用负数（-2 即 B2）。单元号按楼层编排：12 层第 1 间为 12F-1201，"
                                     "地下 1 层第 1 间为 B1-01。面积以后可在“单元”页逐个修改。")))
        return panel

    def _import_panel(self) -> QWidget:
        self.choose_button = QPushButton(icon("open"), self.tr("选择表格…"))
        self.choose_button.setObjectName("choose_sheet")
        self.choose_button.clicked.connect(self._pick_sheet)
        self.sheet_label = QLabel(self.tr("尚未选择文件"))
        self.sheet_label.setStyleSheet(NOTE_STYLE)
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose_button)
        row.addWidget(self.sheet_label, 1)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 3)
        self.preview.setObjectName("import_preview")
        self.preview.setHorizontalHeaderLabels([self.tr("行号"), self.tr("单元号"), self.tr("结果")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.errors.field("import_file", chooser))
        layout.addWidget(note(self.tr("表头须有“单元号”和“面积”两列，可另有“楼层”“备注”。有问题的行不会导入。")))
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        return panel

    # -- the sheet
    def _pick_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择单元表格"), "", self.tr("表格 (*.xlsx *.csv)"))
        if path:
            self.set_sheet(Path(path))

    def set_sheet(self, path: Path) -> None:
        """Check the sheet without storing anything and show what would be taken and what refused."""
        self.errors.clear()
        self.sheet, self.report = path, None
        self.sheet_label.setText(path.name)
        self.preview.setRowCount(0)
        try:
            self.report = building.preview_units(path)
        except SheetError as exc:
            self.errors.show(ValidationError("import_file", exc.code, detail=exc.detail))
            self.summary.clear()
            return
        self._show_report(self.report)

    def _show_report(self, report: ImportReport) -> None:
        reasons: dict[int, list[str]] = {}
        units: dict[int, str] = {}
        for refusal in report.refused:
            text = self.tr("{column}：{problem}").format(column=column_name(refusal.field),
                                                        problem=message(refusal.code, refusal.params))
            reasons.setdefault(refusal.row, []).append(text)
            units[refusal.row] = refusal.unit
        rows = [(n, code, self.tr("可导入"), False) for n, code in report.accepted]
        rows += [(n, units[n], self.tr("；").join(texts), True) for n, texts in reasons.items()]
        rows.sort()
        self.preview.setRowCount(len(rows))
        for index, (number, code, result, refused) in enumerate(rows):
            for column, text in enumerate((str(number), code, result)):
                item = QTableWidgetItem(text)
                if refused:
                    item.setForeground(QBrush(REFUSED))
                self.preview.setItem(index, column, item)
        self.summary.setStyleSheet(ERROR_STYLE if reasons else "color: #2e7d32;")
        self.summary.setText(self.tr("可导入 {ok} 个单元；{bad} 行有问题，不会导入（红色行）。").format(
            ok=len(report.accepted), bad=len(reasons)) if reasons else
            self.tr("全部 {ok} 个单元都可以导入。").format(ok=len(report.accepted)))

    # -- reading
    def mode(self) -> str:
        return (GENERATE, IMPORT, SKIP)[max(0, self.modes.checkedId())]

    def plan(self) -> UnitPlan:
        """The choice as plain input; raises ValidationError for what can be judged before the site exists."""
        mode = self.mode()
        if mode == IMPORT:
            if self.sheet is None:
                raise ValidationError("import_file", "required")
            return UnitPlan(IMPORT, sheet=self.sheet)
        if mode == SKIP:
            return UnitPlan(SKIP)
        skip: list[int] = []
        for token in self.skip_floors.text().replace("，", ",").replace("、", ",").replace(" ", ",").split(","):
            if token.strip():
                level = building.level_of(token)
                if level is None:
                    raise ValidationError("skip_floors", "unit.floor")
                skip.append(level)
        if building.parse_area(self.area.text()) is None:
            raise ValidationError("area", "unit.area")
        return UnitPlan(GENERATE, generate=GenerateInput(
            first_floor=self.first_floor.value(), last_floor=self.last_floor.value(),
            per_floor=self.per_floor.value(), area=self.area.text(), skip_floors=skip))

    def validatePage(self) -> bool:  # noqa: N802
        self.errors.clear()
        try:
            plan = self.plan()
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        if plan.mode == IMPORT and (self.report is None or not self.report.accepted):
            if self.report is not None:
                self.summary.setStyleSheet(ERROR_STYLE)
                self.summary.setText(self.tr("表格中没有可导入的行：请改好表格后重新选择，或选择“暂不设置”。"))
            return False
        return True
