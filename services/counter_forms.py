"""Checks shared by the counter's hand-over forms (keys, mail collection, lending): a phone, a signature PNG."""
from __future__ import annotations

from services.errors import Problems

MAX_SIGNATURE = 512 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def phone_field(problems: Problems, value: str, *, required: bool, name: str = "phone") -> str:
    """A phone number checked like the tenant's (mobile or landline); "" when empty and not required."""
    from services.identity import InvalidIdentity
    from services.tenants import check_phone

    if not (value or "").strip():
        if required:
            problems.add(name, "required")
        return ""
    try:
        return check_phone(value)
    except InvalidIdentity:
        problems.add(name, "phone.format")
        return ""


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
