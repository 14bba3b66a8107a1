"""Tests for services.pinyin_search: initials and full pinyin of names."""

from __future__ import annotations

import time

import pytest
from faker import Faker
from hypothesis import given
from hypothesis import strategies as st

from services.pinyin_search import full_pinyin, initials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深圳科技有限公司", "SZKJYXGS"),
        ("张三丰", "ZSF"),
        ("中国银行 深圳分行", "ZGYHSZFH"),
        ("长城", "CC"),
        ("ABC公司", "ABCGS"),
        ("abc 公司 No.5", "ABCGSNO5"),
        ("ＡＢＣ１２３科技", "ABC123KJ"),
        ("（深圳）有限公司·二期", "SZYXGSEQ"),
        ("", ""),
        ("  ,.!", ""),
    ],
)
def test_initials(text: str, expected: str) -> None:
    assert initials(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深圳", "shenzhen"),
        ("深圳科技有限公司", "shenzhenkejiyouxiangongsi"),
        ("绿地", "lvdi"),
        ("中国银行", "zhongguoyinhang"),
        ("ABC公司 12F", "abcgongsi12f"),
        ("", ""),
    ],
)
def test_full_pinyin(text: str, expected: str) -> None:
    assert full_pinyin(text) == expected


@given(st.text(max_size=30))
def test_keys_are_plain_ascii(text: str) -> None:
    key = initials(text)
    assert key == "".join(c for c in key if c.isascii() and c.isalnum())
    assert key == key.upper()
    full = full_pinyin(text)
    assert full.isascii() and full == full.lower()
    # Every syllable gives its first letter, so the initials never outnumber the pinyin.
    assert len(key) <= len(full)


def test_fast_enough_to_run_on_every_save() -> None:
    fake = Faker("zh_CN")
    fake.seed_instance(3)
    names = [fake.company() for _ in range(500)] + [fake.name() for _ in range(500)]
    initials(names[0])  # the first call loads pypinyin's dictionaries
    start = time.perf_counter()
    for name in names:
        initials(name)
        full_pinyin(name)
    # Generous: about 0.05 s on the 2-core build machine; a save does two names at most.
    assert time.perf_counter() - start < 2.0
