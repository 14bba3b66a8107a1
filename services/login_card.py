"""What this desk's login window shows before the database is open: the site's name, logo and language.

A desk remembers them from its last start, per database, in its own settings folder; the login window can then
appear at once and the database opens while the clerk types. Once it is open the window is corrected from the
database if the site changed, and the card is written again. Nothing here touches the database (this module
must stay light: it is imported before the models are).
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "login-cards.json"
MAX_LOGO_BYTES = 256 * 1024  # a logo bigger than this is not remembered (the window shows it once the database opens)


@dataclass(frozen=True)
class LoginCard:
    """The site as the login window shows it (`id`, `name` and `logo`, as `services.site.SiteInfo` has them)."""

    id: int
    name: str
    language: str
    logo: bytes | None = None


def _key(url: str) -> str:
    # The URL may carry a PostgreSQL password: only its digest is written down.
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


def _read_all(folder: Path) -> dict:
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_card(folder: Path | None, url: str) -> LoginCard | None:
    """The card remembered for the database at `url`; None if there is none or it cannot be read."""
    if folder is None:
        return None
    entry = _read_all(folder).get(_key(url))
    try:
        logo = base64.b64decode(entry["logo"]) if entry.get("logo") else None
        return LoginCard(int(entry["id"]), str(entry["name"]), str(entry["language"]), logo)
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


def write_card(folder: Path | None, url: str, card: LoginCard) -> None:
    """Remember `card` for `url` (written whole to a new file, then put in place; a failure is not the desk's)."""
    if folder is None:
        return
    cards = _read_all(folder)
    logo = card.logo if card.logo and len(card.logo) <= MAX_LOGO_BYTES else None
    entry = {"id": card.id, "name": card.name, "language": card.language,
             "logo": base64.b64encode(logo).decode("ascii") if logo else ""}
    if cards.get(_key(url)) == entry:
        return
    cards[_key(url)] = entry
    try:
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / (FILE_NAME + ".part")
        part.write_text(json.dumps(cards, ensure_ascii=False), encoding="utf-8")
        os.replace(part, folder / FILE_NAME)
    except OSError:
        pass  # a read-only profile only means the next start opens the database first, as the first one did
