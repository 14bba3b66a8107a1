"""What every page and dialog needs to know: who is at the desk, which site, which database."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.access import Actor, allowed
from services.site import SiteInfo


@dataclass
class DeskContext:
    """The logged-in session, handed to each page."""

    actor: Actor
    site: SiteInfo
    db_display: str  # e.g. "SQLite C:/.../tower.db" for the status bar
    db_kind: str  # "sqlite" or "postgresql"
    backup_dir: Path | None = None

    def can(self, action: str) -> bool:
        """Whether to offer an action (the service checks again when it runs)."""
        return allowed(self.actor, action)
