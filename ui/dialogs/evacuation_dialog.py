"""Who is in the building now: every section of the evacuation list on screen, and printed."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import evacuation
from ui.context import DeskContext
from ui.forms import call_service
from ui.icons import icon
from ui.page_bits import fill_table, text_table


class EvacuationDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("在楼人员（疏散清单）"))
        self.resize(900, 600)
        self.sections = call_service(self, None, lambda: evacuation.who_is_in(by=ctx.actor)) or []
        total = sum(s.people for s in self.sections)
        self.summary = QLabel(self.tr("在楼人员共 {n} 人").format(n=total))
        self.summary.setObjectName("evacuation_total")
        self.summary.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.tabs = QTabWidget()
        for s in self.sections:
            table = text_table([h for h, _ in s.columns], f"evacuation_{s.key}")
            fill_table(table, s.rows)
            # Section titles are the printed form's Chinese; the tab adds the head count.
            self.tabs.addTab(table, f"{s.title}（{s.people}）")
        self.print_button = QPushButton(icon("print"), self.tr("打印疏散清单"))
        self.print_button.setObjectName("print_evacuation")
        self.print_button.clicked.connect(self.open_print_preview)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def open_print_preview(self):
        from ui.dialogs.print_preview import PrintPreview

        pdf = call_service(self, None, lambda: evacuation.print_evacuation_list(by=self.ctx.actor))
        if pdf is None:
            return None
        preview = PrintPreview(pdf, self.tr("在楼人员清单"), "evacuation-list.pdf", self)
        preview.open()
        return preview
