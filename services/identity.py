"""Identity checks and masking: resident IDs, credit codes, mobiles, travel documents."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum


class InvalidIdentity(ValueError):
    """A number that fails its check; `code` is the message code the UI translates."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class IdType(StrEnum):
    """The kinds of identity document the desk records (values are what the forms say)."""

    RESIDENT_ID = "身份证"
    PASSPORT = "护照"
    HK_MACAU_PERMIT = "港澳居民来往内地通行证"
    TAIWAN_PERMIT = "台湾居民来往大陆通行证"
    OTHER = "其他"


RESIDENT_ID = IdType.RESIDENT_ID
PASSPORT = IdType.PASSPORT
HK_MACAU_PERMIT = IdType.HK_MACAU_PERMIT
TAIWAN_PERMIT = IdType.TAIWAN_PERMIT
OTHER = IdType.OTHER

MALE = "M"
FEMALE = "F"

# GB/T 2260 province-level codes. 71 is Taiwan; 81/82/83 are the prefixes of the residence
# permits issued to Hong Kong, Macau and Taiwan residents, which use the same 18-char format.
_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
# GB 11643-1999 (ISO 7064 MOD 11-2): weight of position i is 2^(17-i) mod 11.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_EARLIEST_BIRTH = date(1900, 1, 1)

# GB 32100-2015: 31 characters, the letters I, O, Z, S, V left out as easily misread.
_USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# Position 1 is the registering authority (1 机构编制, 5 民政, 9 工商, Y 其他, ...); the
# standard reserves further digits and letters, so accept the whole reserved range.
_USCC_AUTHORITIES = frozenset("123456789ABCDEFGHNY")

_MOBILE = re.compile(r"1[3-9]\d{9}")
_PHONE_SEPARATORS = re.compile(r"[\s\-()]")
_PASSPORT = re.compile(r"[0-9A-Z]{5,20}")
_HK_MACAU = re.compile(r"[HM](\d{8}|\d{10})")
_TAIWAN = re.compile(r"\d{8}|(?=[0-9A-Z]*[A-Z])[0-9A-Z]{10}|\d{10}[A-Z]?")
_OTHER_MAX = 30


def _normalise(text: str) -> str:
    # NFKC turns the full-width digits and letters a Chinese input method types into ASCII.
    return unicodedata.normalize("NFKC", text).strip()


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() would also accept other scripts' digits and superscripts.
    return text.isascii() and text.isdigit()


def resident_id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits of a resident ID."""
    if len(first17) != 17 or not _is_ascii_digits(first17):
        raise InvalidIdentity("id.chars")
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def _birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def check_resident_id(text: str, *, today: date | None = None) -> str:
    """Return the normalised 18-char resident ID number, or raise InvalidIdentity."""
    # Spaces inside too: numbers get copied from displays that group them (440305 1990...).
    number = re.sub(r"\s", "", _normalise(text)).upper()
    if len(number) != 18:
        raise InvalidIdentity("id.length")
    if not _is_ascii_digits(number[:17]) or not (
        _is_ascii_digits(number[17]) or number[17] == "X"
    ):
        raise InvalidIdentity("id.chars")
    if int(number[:2]) not in _PROVINCES:
        raise InvalidIdentity("id.region")
    born = _birth_date(number)
    if born is None or born < _EARLIEST_BIRTH or born > (today or date.today()):
        raise InvalidIdentity("id.birthdate")
    if resident_id_check_char(number[:17]) != number[17]:
        raise InvalidIdentity("id.checksum")
    return number


def birth_date_of(resident_id: str) -> date:
    """The date of birth written in a valid resident ID."""
    born = _birth_date(check_resident_id(resident_id))
    assert born is not None  # check_resident_id has already proved the date real
    return born


def gender_of(resident_id: str) -> str:
    """MALE or FEMALE, from the parity of the 17th digit of a valid resident ID."""
    number = check_resident_id(resident_id)
    return MALE if int(number[16]) % 2 else FEMALE


def credit_code_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters of a credit code."""
    if len(first17) != 17 or any(c not in _USCC_CHARSET for c in first17):
        raise InvalidIdentity("uscc.chars")
    total = sum(_USCC_CHARSET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return _USCC_CHARSET[-total % 31]


def check_credit_code(text: str) -> str:
    """Return the normalised 18-char unified social credit code, or raise InvalidIdentity."""
    code = re.sub(r"\s", "", _normalise(text)).upper()
    if len(code) != 18:
        raise InvalidIdentity("uscc.length")
    if any(c not in _USCC_CHARSET for c in code):
        raise InvalidIdentity("uscc.chars")
    # Positions 3-8 are the registering office's region code, always six digits.
    if code[0] not in _USCC_AUTHORITIES or not _is_ascii_digits(code[2:8]):
        raise InvalidIdentity("uscc.chars")
    if credit_code_check_char(code[:17]) != code[17]:
        raise InvalidIdentity("uscc.checksum")
    return code


def check_mobile(text: str) -> str:
    """Return the bare 11 digits of a mainland mobile number, or raise InvalidIdentity."""
    digits = _PHONE_SEPARATORS.sub("", _normalise(text))
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix):
            digits = digits[len(prefix):]
            break
    else:
        # A bare "86" is a prefix only when it makes the number two digits too long.
        if len(digits) == 13 and digits.startswith("86"):
            digits = digits[2:]
    if not digits.isascii() or not _MOBILE.fullmatch(digits):
        raise InvalidIdentity("mobile.format")
    return digits


def check_travel_document(kind: IdType | str, text: str) -> str:
    """Loosely check a passport, permit or other document number; return it normalised."""
    kind = IdType(kind)
    if kind is IdType.RESIDENT_ID:
        raise ValueError("resident IDs go through check_resident_id")
    # Numbers are copied from cards that print them with spaces or brackets; drop those.
    number = re.sub(r"[\s()]", "", _normalise(text)).upper()
    if kind is IdType.PASSPORT:
        if not number.isascii() or not _PASSPORT.fullmatch(number):
            raise InvalidIdentity("passport.format")
    elif kind is IdType.HK_MACAU_PERMIT:
        if not number.isascii() or not _HK_MACAU.fullmatch(number):
            raise InvalidIdentity("hkmo.format")
    elif kind is IdType.TAIWAN_PERMIT:
        if not number.isascii() or not _TAIWAN.fullmatch(number):
            raise InvalidIdentity("taiwan.format")
    else:
        # Anything else (military ID, foreigner's permanent residence card...): only keep
        # the register readable.
        number = _normalise(text)
        if not number or len(number) > _OTHER_MAX or not number.isprintable():
            raise InvalidIdentity("doc.format")
    return number


def check_id_number(id_type: IdType | str, text: str) -> str:
    """Check a document number of the given type; return it normalised."""
    if IdType(id_type) is IdType.RESIDENT_ID:
        return check_resident_id(text)
    return check_travel_document(id_type, text)


def _mask_middle(text: str, keep: int) -> str:
    return text[:keep] + "*" * (len(text) - 2 * keep) + text[len(text) - keep:]


def mask_id(text: str) -> str:
    """Star the middle of a document number, showing at most about half of it."""
    value = text.strip()
    # Keeping a quarter at each end gives 4 + 4 of an 18-char ID, as the registers print it;
    # four characters or fewer would be given away by any prefix and suffix, so star them all.
    if len(value) <= 4:
        return "*" * len(value)
    return _mask_middle(value, len(value) // 4)


def mask_phone(text: str) -> str:
    """Mask a phone number: 138****5678 for a mobile, the generic mask otherwise."""
    try:
        mobile = check_mobile(text)
    except InvalidIdentity:
        return mask_id(text)
    return mobile[:3] + "****" + mobile[7:]


def mask_name(text: str) -> str:
    """Mask a personal name: 张*丰, 张*; keep a one-character name as it is."""
    name = text.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return _mask_middle(name, 1)
