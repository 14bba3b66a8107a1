"""Enter moves on to the next field (a barcode scanner types the number and Enter), the last field's Enter saves."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from ui.tenant_unit_picker import TenantUnitPicker

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterJumps(QObject):
    """Installed on a form's fields in order: Enter on one focuses the next; on the last it calls `on_last`.

    A tenant picker takes its first match on Enter; the Enter is eaten, so the dialog's default button does not
    fire halfway through a scan."""

    def __init__(self, fields: Sequence[QWidget], on_last: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.on_last = on_last
        for field in self.fields:
            field.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and obj in self.fields and event.key() in ENTER_KEYS:
            if isinstance(obj, TenantUnitPicker):
                obj.take_first()
            if obj is self.fields[-1]:
                self.on_last()
            else:
                following = self.fields[self.fields.index(obj) + 1]
                following.setFocus()
                select_all = getattr(following, "selectAll", None)
                if callable(select_all):
                    select_all()
            return True
        return super().eventFilter(obj, event)
