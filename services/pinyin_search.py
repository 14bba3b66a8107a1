"""Pinyin search keys for Chinese names: initials (SZKJ) and full pinyin (shenzhen)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin


def _ascii_alnum(text: str) -> str:
    # Non-Chinese text passes through pypinyin unchanged; keep only what a search box types.
    return "".join(c for c in text if c.isascii() and c.isalnum())


@lru_cache(maxsize=4096)
def _syllables(text: str, style: Style) -> tuple[str, ...]:
    # NFKC first, so full-width letters and digits (ＡＢＣ１２３) count as ASCII ones.
    normalised = unicodedata.normalize("NFKC", text)
    # heteronym=False: one reading per character, chosen by pypinyin's phrase dictionary
    # (银行 -> yin hang, 长城 -> chang cheng); the key must be stable for a given name.
    return tuple(lazy_pinyin(normalised, style=style, errors="default", strict=False))


def initials(text: str) -> str:
    """Upper-case pinyin initials: 深圳科技有限公司 -> SZKJYXGS; ASCII letters/digits kept."""
    return _ascii_alnum("".join(_syllables(text, Style.FIRST_LETTER))).upper()


def full_pinyin(text: str) -> str:
    """Lower-case toneless pinyin with no separators: 深圳 -> shenzhen (绿 -> lv)."""
    return _ascii_alnum("".join(_syllables(text, Style.NORMAL))).lower()
