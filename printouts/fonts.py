"""Find, register and cache the CJK font every printout embeds."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

FONT_ENV = "TOWER_DESK_FONT"
CID_FONT = "STSong-Light"
# A glyph every Chinese form needs: a font without it is a Latin font someone named by mistake.
_PROBE_CHAR = ord("楼")


@dataclass(frozen=True)
class FontCandidate:
    """A font file to try, with its real bold face if the family ships one."""

    path: str
    bold_path: str | None = None


@dataclass(frozen=True)
class FontSet:
    """The registered font names a printout draws with, and where they came from."""

    regular: str
    bold: str
    path: str | None  # None: the built-in CID font, which is not embedded
    real_bold: bool  # False: bold is the regular name; draw_text thickens it with a stroke

    @property
    def embedded(self) -> bool:
        return self.path is not None


def default_candidates() -> list[FontCandidate]:
    """The system CJK TrueType fonts to try, best first, for this platform."""
    if sys.platform.startswith("win"):
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        user = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        pairs = [
            ("msyh.ttc", "msyhbd.ttc"),
            ("msyh.ttf", "msyhbd.ttf"),
            ("simhei.ttf", None),
            ("simsun.ttc", None),
        ]
        return [
            FontCandidate(str(d / reg), str(d / bold) if bold else None)
            for d in (fonts, user)
            for reg, bold in pairs
        ]
    if sys.platform == "darwin":
        return [
            FontCandidate("/System/Library/Fonts/STHeiti Medium.ttc"),
            FontCandidate("/Library/Fonts/Arial Unicode.ttf"),
            FontCandidate("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
        ]
    return [
        FontCandidate(p)
        for p in (
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
        )
    ]


def _load_ttf(name: str, path: str) -> TTFont | None:
    """Register one TrueType file under name, or None if it is missing or unusable."""
    if not os.path.isfile(path):
        return None
    try:
        # .ttc collections hold several faces; face 0 is the regular one in every font we list
        # (a plain .ttf ignores the index).
        font = TTFont(name, path, subfontIndex=0)
    except (TTFError, OSError, ValueError) as exc:
        # reportlab rejects CFF-outline fonts (Noto CJK, most .otf): fall through to the next.
        log.info("font %s unusable: %s", path, exc)
        return None
    if _PROBE_CHAR not in font.face.charToGlyph:
        log.info("font %s has no Chinese glyphs", path)
        return None
    pdfmetrics.registerFont(font)
    return font


def _register_family(regular: str, bold: str) -> None:
    # Paragraph markup <b> looks names up through this mapping.
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 0, 1, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 1, 1, bold)


@functools.cache
def _font_from_file(candidate: FontCandidate) -> FontSet | None:
    # Cached per file: registering a TTF parses it (~70 ms) and a name can only be taken once.
    stem = Path(candidate.path).stem.replace(" ", "")
    regular = f"CJK-{stem}"
    if _load_ttf(regular, candidate.path) is None:
        return None
    bold = f"{regular}-Bold"
    real_bold = bool(candidate.bold_path) and _load_ttf(bold, candidate.bold_path or "") is not None
    if not real_bold:
        # WenQuanYi and Droid have no bold face. Reusing the regular name keeps one embedded
        # subset per PDF; draw_text thickens "bold" with a stroke instead.
        bold = regular
    _register_family(regular, bold)
    return FontSet(regular=regular, bold=bold, path=candidate.path, real_bold=real_bold)


@functools.cache
def cid_fonts() -> FontSet:
    """The built-in STSong-Light CID font: always there, but the PDF viewer must supply it."""
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    _register_family(CID_FONT, CID_FONT)
    return FontSet(regular=CID_FONT, bold=CID_FONT, path=None, real_bold=False)


def find_fonts(candidates: Sequence[FontCandidate]) -> FontSet:
    """The first usable candidate, or the CID font when none is."""
    for candidate in candidates:
        found = _font_from_file(candidate)
        if found is not None:
            return found
    log.warning("no embeddable CJK TrueType font found; using %s", CID_FONT)
    return cid_fonts()


@functools.cache
def cjk_fonts() -> FontSet:
    """The process's printout fonts: $TOWER_DESK_FONT first, then the system's, then CID."""
    named = os.environ.get(FONT_ENV, "").strip()
    if named == CID_FONT:
        # A site whose printers or viewers choke on embedded subsets can ask for the CID font.
        return cid_fonts()
    candidates = default_candidates()
    if named:
        candidates.insert(0, FontCandidate(named))
    return find_fonts(candidates)
