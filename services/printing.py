"""What every printout needs from the database: the site's letterhead; and writing PDFs to files."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from printouts.base import Letterhead


def letterhead(site_id: int) -> Letterhead:
    """The site's name, address, phone and logo as printed at the top of every form."""
    from models import Site  # this module is loaded before the login window, the models after it
    from printouts.base import Letterhead  # reportlab loads at the first print, not at start-up

    site = Site.get_by_id(site_id)
    return Letterhead(site.name, site.address, site.phone, bytes(site.logo) if site.logo else None)


def write_pdf(pdf: bytes, path: Path) -> Path:
    """Write a finished PDF atomically (a half-written file never carries the final name)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(path)
    return path
