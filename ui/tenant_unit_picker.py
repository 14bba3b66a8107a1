"""A tenant picked as the desk picks one everywhere: a few characters of its name, a unit or pinyin initials."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from services.access import Actor
from services.visitor_prereg import HostChoice, host_choices


class TenantUnitPicker(QLineEdit):
    """A line edit with the matching tenants (one line per unit) popping up under it; `choice` is the pick.

    Enter with matches but nothing picked takes the first match, so a clerk types 'YF' and Enter."""

    picked = Signal()

    def __init__(self, actor: Actor, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName(name)
        self.setPlaceholderText(placeholder)
        self.choice: HostChoice | None = None
        self.found: list[HostChoice] = []
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.activated[str].connect(self.pick)
        self.setCompleter(self.completer_)
        self.textEdited.connect(self._find)

    def _find(self, text: str) -> None:
        self.choice = None
        self.found = host_choices(text, by=self.actor, limit=20) if text.strip() else []
        self._model.setStringList([c.label for c in self.found])
        if self.found:
            self.completer_.complete()

    def pick(self, label: str) -> None:
        for choice in self.found:
            if choice.label == label:
                self.choice = choice
                self.setText(label)
                self.completer_.popup().hide()
                self.picked.emit()
                return

    def take_first(self) -> bool:
        """Enter pressed: keep the pick, or take the first match; False when nothing matches."""
        if self.choice is None and self.found:
            self.pick(self.found[0].label)
        return self.choice is not None

    def set_choice(self, choice: HostChoice | None) -> None:
        self.choice = choice
        self.found = [choice] if choice else []
        self.setText(choice.label if choice else "")

    def reset(self) -> None:
        self.set_choice(None)

    @property
    def tenant_id(self) -> int | None:
        return self.choice.tenant_id if self.choice else None

    @property
    def unit(self) -> str:
        return self.choice.unit if self.choice else ""
