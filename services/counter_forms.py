"""The signature drawn on the pad, checked the same for every hand-over at the counter (keys, mail, lending)."""
from __future__ import annotations

from services.errors import Problems

MAX_SIGNATURE = 512 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def signature_png(problems: Problems, value: bytes | None, *, required: bool = True) -> bytes | None:
    """The signature drawn on the pad: a PNG of bounded size, required unless said otherwise."""
    if not value:
        if required:
            problems.add("signature", "key.signature_needed")
        return None
    if not value.startswith(PNG_MAGIC) or len(value) > MAX_SIGNATURE:
        problems.add("signature", "key.signature_bad")
        return None
    return bytes(value)
