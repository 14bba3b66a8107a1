"""Tests for services.identity: resident IDs, credit codes, mobiles, documents, masking."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from faker import Faker
from hypothesis import given
from hypothesis import strategies as st

from services.identity import (
    FEMALE,
    MALE,
    IdType,
    InvalidIdentity,
    birth_date_of,
    check_credit_code,
    check_id_number,
    check_mobile,
    check_resident_id,
    check_travel_document,
    credit_code_check_char,
    gender_of,
    mask_id,
    mask_name,
    mask_phone,
    resident_id_check_char,
)

PROVINCES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
             46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]


def id_check(first17: str) -> str:
    """The check digit written the way GB 11643 states it, independent of the module."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    return "0123456789X"[(12 - total % 11) % 11]


def uscc_check(first17: str) -> str:
    """GB 32100's check character, with the weights as powers of 3 mod 31."""
    charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    total = sum(charset.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return charset[(31 - total % 31) % 31]


def with_check(first17: str) -> str:
    return first17 + id_check(first17)


def code_of(excinfo: pytest.ExceptionInfo[InvalidIdentity]) -> str:
    return excinfo.value.code


# --- resident ID -------------------------------------------------------------------------

def test_faker_ids_pass_and_agree_on_birth_and_gender() -> None:
    fake = Faker("zh_CN")
    fake.seed_instance(20240601)
    for _ in range(300):
        gender = fake.random_element(("F", "M"))
        number = fake.ssn(gender=gender)
        assert check_resident_id(number) == number
        assert gender_of(number) == (MALE if gender == "M" else FEMALE)
        assert birth_date_of(number).strftime("%Y%m%d") == number[6:14]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11010519491231002X", "11010519491231002X"),  # the standard's own example
        ("11010519491231002x", "11010519491231002X"),
        ("  11010519491231002X \n", "11010519491231002X"),
        ("110105 19491231 002X", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),  # full-width IME input
        ("110101199003074477", "110101199003074477"),
        ("810000199001010019", "810000199001010019"),  # HK residents' residence permit
    ],
)
def test_valid_resident_ids(text: str, expected: str) -> None:
    assert id_check(expected[:17]) == expected[17]
    assert check_resident_id(text) == expected


def test_birth_and_gender_of_the_standard_example() -> None:
    assert birth_date_of("11010519491231002X") == date(1949, 12, 31)
    assert gender_of("11010519491231002X") == FEMALE
    assert gender_of("110101199003074477") == MALE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "id.length"),
        ("11010519491231002", "id.length"),
        ("11010519491231002X1", "id.length"),
        ("110105194912310021", "id.checksum"),
        ("110101199003074478", "id.checksum"),
        ("1101051949123A002X", "id.chars"),
        ("1101051949X231002X", "id.chars"),
        ("11010519491231002Y", "id.chars"),
        ("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "id.chars"),  # Arabic-Indic digits are not digits here
        (with_check("11010519490230002"), "id.birthdate"),  # 30 February
        (with_check("11010519491301002"), "id.birthdate"),  # month 13
        (with_check("11010519490100002"), "id.birthdate"),  # day 0
        (with_check("44052418800101001"), "id.birthdate"),  # before 1900 (GB 11643's example)
        (with_check("00010519491231002"), "id.region"),
        (with_check("99010519491231002"), "id.region"),
        (with_check("20010519491231002"), "id.region"),
        (with_check("72010519491231002"), "id.region"),
    ],
)
def test_invalid_resident_ids(text: str, code: str) -> None:
    with pytest.raises(InvalidIdentity) as excinfo:
        check_resident_id(text)
    assert code_of(excinfo) == code


def test_future_birth_date_is_refused() -> None:
    today = date(2024, 6, 1)
    born_today = with_check("11010520240601001")
    tomorrow = with_check("11010520240602001")
    assert check_resident_id(born_today, today=today) == born_today
    with pytest.raises(InvalidIdentity) as excinfo:
        check_resident_id(tomorrow, today=today)
    assert code_of(excinfo) == "id.birthdate"
    future = (date.today() + timedelta(days=1)).strftime("%Y%m%d")
    with pytest.raises(InvalidIdentity):
        check_resident_id(with_check(f"110105{future}001"))


def test_invalid_identity_is_a_value_error_with_a_code() -> None:
    error = InvalidIdentity("id.length")
    assert isinstance(error, ValueError)
    assert error.code == "id.length"


def test_birth_date_of_refuses_an_invalid_id() -> None:
    with pytest.raises(InvalidIdentity):
        birth_date_of("110105194912310021")


# --- unified social credit code ----------------------------------------------------------

VALID_CREDIT_CODES = [
    "91350100M000100Y43",
    "91110000600037341L",
    "91440300708461136T",
    "91110108551385082Q",
    "91330100799655058B",
    "914403001922038216",
]


@pytest.mark.parametrize("code", VALID_CREDIT_CODES)
def test_valid_credit_codes(code: str) -> None:
    assert uscc_check(code[:17]) == code[17]
    assert credit_code_check_char(code[:17]) == code[17]
    assert check_credit_code(code) == code


def test_credit_code_is_normalised() -> None:
    assert check_credit_code(" 91350100m000100y43 ") == "91350100M000100Y43"
    assert check_credit_code("9135 0100 M000 100Y 43") == "91350100M000100Y43"
    assert check_credit_code("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "uscc.length"),
        ("91350100M000100Y4", "uscc.length"),
        ("91350100M000100Y431", "uscc.length"),
        ("91350100M000100Y44", "uscc.checksum"),
        ("91110000600037341K", "uscc.checksum"),
        ("91350100I000100Y43", "uscc.chars"),
        ("91350100O000100Y43", "uscc.chars"),
        ("91350100S000100Y43", "uscc.chars"),
        ("91350100V000100Y43", "uscc.chars"),
        ("91350100Z000100Y43", "uscc.chars"),
        ("91350100M000100Y4-", "uscc.chars"),
        # valid check characters, but a wrong authority or a letter in the region code
        ("0135010" + "0M000100Y4" + uscc_check("01350100M000100Y4"), "uscc.chars"),
        ("913501A0M000100Y4" + uscc_check("913501A0M000100Y4"), "uscc.chars"),
    ],
)
def test_invalid_credit_codes(text: str, code: str) -> None:
    with pytest.raises(InvalidIdentity) as excinfo:
        check_credit_code(text)
    assert code_of(excinfo) == code


# --- mobile ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "13812345678",
        " 138 1234 5678 ",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "8613812345678",
        "86-138-1234-5678",
        "0086 13812345678",
        "(+86) 13812345678",
        "１３８１２３４５６７８",
    ],
)
def test_valid_mobiles(text: str) -> None:
    assert check_mobile(text) == "13812345678"


def test_faker_mobiles_pass() -> None:
    fake = Faker("zh_CN")
    fake.seed_instance(7)
    for _ in range(200):
        number = fake.phone_number()
        assert check_mobile(number) == number


@pytest.mark.parametrize(
    "text",
    ["", "1381234567", "138123456789", "12812345678", "23812345678", "1381234567a",
     "0755-12345678", "+85 13812345678", "86 1381234567", "٩٣٨١٢٣٤٥٦٧٨"],
)
def test_invalid_mobiles(text: str) -> None:
    with pytest.raises(InvalidIdentity) as excinfo:
        check_mobile(text)
    assert code_of(excinfo) == "mobile.format"


# --- travel documents --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (IdType.PASSPORT, "E12345678", "E12345678"),
        (IdType.PASSPORT, " ej 1234567 ", "EJ1234567"),
        (IdType.PASSPORT, "123456789", "123456789"),
        (IdType.PASSPORT, "A1234", "A1234"),
        (IdType.HK_MACAU_PERMIT, "H12345678", "H12345678"),
        (IdType.HK_MACAU_PERMIT, "m1234567890", "M1234567890"),
        (IdType.HK_MACAU_PERMIT, "H 1234 5678", "H12345678"),
        (IdType.TAIWAN_PERMIT, "12345678", "12345678"),
        (IdType.TAIWAN_PERMIT, "1234567890(B)", "1234567890B"),
        (IdType.TAIWAN_PERMIT, "A123456789", "A123456789"),
        (IdType.OTHER, " 军字第12345号 ", "军字第12345号"),
        ("护照", "G12345678", "G12345678"),
        ("港澳居民来往内地通行证", "H12345678", "H12345678"),
    ],
)
def test_valid_travel_documents(kind: IdType | str, text: str, expected: str) -> None:
    assert check_travel_document(kind, text) == expected
    assert check_id_number(kind, text) == expected


@pytest.mark.parametrize(
    ("kind", "text", "code"),
    [
        (IdType.PASSPORT, "A123", "passport.format"),
        (IdType.PASSPORT, "A" * 21, "passport.format"),
        (IdType.PASSPORT, "E1234-5678", "passport.format"),
        (IdType.PASSPORT, "护照12345", "passport.format"),
        (IdType.HK_MACAU_PERMIT, "12345678", "hkmo.format"),
        (IdType.HK_MACAU_PERMIT, "H1234567", "hkmo.format"),
        (IdType.HK_MACAU_PERMIT, "H123456789", "hkmo.format"),
        (IdType.HK_MACAU_PERMIT, "A12345678", "hkmo.format"),
        (IdType.TAIWAN_PERMIT, "1234567", "taiwan.format"),
        (IdType.TAIWAN_PERMIT, "123456789", "taiwan.format"),
        (IdType.TAIWAN_PERMIT, "ABCDEFGHIJK", "taiwan.format"),
        (IdType.OTHER, "   ", "doc.format"),
        (IdType.OTHER, "X" * 31, "doc.format"),
        (IdType.OTHER, "A\x00B", "doc.format"),
    ],
)
def test_invalid_travel_documents(kind: IdType, text: str, code: str) -> None:
    with pytest.raises(InvalidIdentity) as excinfo:
        check_travel_document(kind, text)
    assert code_of(excinfo) == code


def test_dispatcher_sends_resident_ids_to_the_gb11643_check() -> None:
    assert check_id_number(IdType.RESIDENT_ID, "11010519491231002x") == "11010519491231002X"
    assert check_id_number("身份证", "11010519491231002X") == "11010519491231002X"
    with pytest.raises(InvalidIdentity) as excinfo:
        check_id_number(IdType.RESIDENT_ID, "110105194912310021")
    assert code_of(excinfo) == "id.checksum"


def test_unknown_or_wrong_document_type_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="驾照"):
        check_id_number("驾照", "123456")
    with pytest.raises(ValueError, match="check_resident_id"):
        check_travel_document(IdType.RESIDENT_ID, "11010519491231002X")


# --- masking -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("440305199001011234", "4403**********1234"),
        ("11010519491231002X", "1101**********002X"),
        ("E12345678", "E1*****78"),
        ("H1234567890", "H1*******90"),
        ("12345678", "12****78"),
        ("12345", "1***5"),
        ("1234", "****"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_id(text: str, expected: str) -> None:
    assert mask_id(text) == expected


@given(st.text(max_size=40))
def test_mask_id_never_shows_more_than_half(text: str) -> None:
    masked = mask_id(text)
    shown = sum(1 for c in masked if c != "*")
    assert len(masked) == len(text.strip())
    assert shown <= len(masked) // 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13812345678", "138****5678"),
        ("+86 138-1234-5678", "138****5678"),
        ("0755-12345678", "075*******678"),
        ("110", "***"),
    ],
)
def test_mask_phone(text: str, expected: str) -> None:
    assert mask_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("张三丰", "张*丰"), ("张三", "张*"), ("欧阳娜娜", "欧**娜"), ("王", "王"), ("", ""),
     (" 李四 ", "李*")],
)
def test_mask_name(text: str, expected: str) -> None:
    assert mask_name(text) == expected


# --- properties --------------------------------------------------------------------------

CHECKERS = [
    check_resident_id,
    check_credit_code,
    check_mobile,
    lambda text: check_travel_document(IdType.PASSPORT, text),
    lambda text: check_travel_document(IdType.HK_MACAU_PERMIT, text),
    lambda text: check_travel_document(IdType.TAIWAN_PERMIT, text),
    lambda text: check_travel_document(IdType.OTHER, text),
]

# Text that is mostly near-misses: digits, the letters the codes use, separators, wide forms.
near_miss = st.text(alphabet="0123456789XxHMIOSVZ +-()（）１２ＸＨ\t", max_size=25)


@pytest.mark.parametrize("checker", CHECKERS)
@given(text=st.one_of(st.text(max_size=30), near_miss))
def test_checkers_only_return_or_raise_invalid_identity(checker, text: str) -> None:
    try:
        result = checker(text)
    except InvalidIdentity as error:
        assert error.code
    else:
        assert isinstance(result, str)
        # A normalised value is stable: checking it again gives it back unchanged.
        assert checker(result) == result


@given(
    province=st.sampled_from(PROVINCES),
    district=st.integers(0, 9999),
    born=st.dates(min_value=date(1900, 1, 1), max_value=date.today()),
    sequence=st.integers(0, 999),
)
def test_any_valid_first_17_with_its_check_digit_passes(
    province: int, district: int, born: date, sequence: int
) -> None:
    first17 = f"{province:02d}{district:04d}{born:%Y%m%d}{sequence:03d}"
    assert resident_id_check_char(first17) == id_check(first17)
    number = first17 + id_check(first17)
    assert check_resident_id(number) == number
    assert check_resident_id(number.lower()) == number
    assert birth_date_of(number) == born
    wrong = next(c for c in "0123456789X" if c != number[17])
    with pytest.raises(InvalidIdentity) as excinfo:
        check_resident_id(first17 + wrong)
    assert code_of(excinfo) == "id.checksum"


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@given(
    authority=st.sampled_from("123456789ABCDEFGHNY"),
    category=st.sampled_from(USCC_CHARS),
    region=st.integers(0, 999999),
    organisation=st.text(alphabet=USCC_CHARS, min_size=9, max_size=9),
)
def test_any_credit_code_with_its_check_char_passes(
    authority: str, category: str, region: int, organisation: str
) -> None:
    # Positions 3-8 (the registering office's region) are digits in every real code.
    first17 = f"{authority}{category}{region:06d}{organisation}"
    code = first17 + uscc_check(first17)
    assert check_credit_code(code) == code
    assert check_credit_code(code.lower()) == code
