"""The tenant registry page: search as you type, the list, new / open / print."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services import tenants
from services.dashboard import LEASE_SOON_DAYS
from ui.context import DeskContext
from ui.dialogs.tenant_dialog import TenantDialog
from ui.icons import icon
from ui.messages import tenant_kind_name
from ui.page_bits import list_table, search_as_you_type
from ui.paged_model import Column, PagedTableModel

FILTERS = ("active", "lease_soon", "moved_out", "cancelled")


class TenantsPage(QWidget):
    """Find a tenant by name, pinyin initials, unit, contact or phone; open its record."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("tenant_search")
        self.search.setPlaceholderText(self.tr("搜索：名称、拼音首字母、单元号、联系人或电话"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        names = {"active": self.tr("在租业户"), "lease_soon": self.tr("{n} 天内租期到期").format(n=LEASE_SOON_DAYS),
                 "moved_out": self.tr("已迁出"), "cancelled": self.tr("已作废")}
        for key in FILTERS:
            self.filter.addItem(names[key], key)
        self.count = QLabel()
        new = QPushButton(icon("add"), self.tr("新建业户"))
        new.setObjectName("new_tenant")
        new.clicked.connect(self.new_tenant)
        new.setEnabled(ctx.can("tenant.edit"))
        self.open_button = QPushButton(icon("edit"), self.tr("打开"))
        self.open_button.clicked.connect(self.open_selected)
        self.history_button = QPushButton(icon("timeline"), self.tr("履历"))
        self.history_button.setObjectName("tenant_history")
        self.history_button.setToolTip(self.tr("该业户在各业务中的全部记录，最新的在前"))
        self.history_button.clicked.connect(self.open_history)

        self.model = PagedTableModel([
            Column(self.tr("名称"), lambda r: r.name),
            Column(self.tr("类型"), lambda r: tenant_kind_name(r.kind)),
            Column(self.tr("单元"), lambda r: r.units),
            Column(self.tr("主要联系人"), lambda r: r.contact),
            Column(self.tr("电话"), lambda r: r.phone),
            Column(self.tr("租期至"), lambda r: r.lease_end),
            Column(self.tr("信用代码"), lambda r: r.credit_code),
        ], self._fetch, self)
        self.table = list_table(self.model, "tenant_table")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.filter, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.history_button)
        top.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = search_as_you_type(self, self.search, self.refresh)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())

    def _fetch(self, page: int):
        key = self.filter.currentData()
        status = "active" if key == "lease_soon" else key
        within = LEASE_SOON_DAYS if key == "lease_soon" else None
        return tenants.search_tenants(by=self.ctx.actor, text=self.search.text(), status=status,
                                      lease_ending_within=within, page=page, page_size=100)

    def show_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(key)))

    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {n} 家").format(n=self.model.total))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def new_tenant(self) -> TenantDialog:
        dialog = TenantDialog(self.ctx, None, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def open_selected(self) -> TenantDialog | None:
        tenant_id = self.selected_id()
        if tenant_id is None:
            return None
        dialog = TenantDialog(self.ctx, tenant_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def open_history(self):
        """The selected tenant's history (履历), newest first, across every area."""
        from ui.dialogs.history_dialog import HistoryDialog

        tenant_id = self.selected_id()
        if tenant_id is None:
            return None
        self.history = HistoryDialog(self.ctx, tenant_id=tenant_id,
                                     open_record=getattr(self.window(), "open_record", None), parent=self)
        self.history.show()
        return self.history
