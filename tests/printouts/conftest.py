"""Fixtures for printout tests: sample data, and the real PDF tools that read results back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from faker import Faker
from PIL import Image, ImageDraw

from printouts.base import Letterhead
from printouts.tenant_registration import ContactRow, DocumentRow, TenantSheet, UnitRow

LONG_NAME = (  # wraps across two lines of the field grid
    "中国国际金融股份有限公司上海分公司（浦东新区世纪大道办公室）"
    "暨华东区域数字化运营与客户服务中心联合办公点"
)


@pytest.fixture
def save(tmp_path: Path) -> Callable[[bytes, str], Path]:
    """Write PDF bytes to tmp_path under a name and return the path."""

    def _save(data: bytes, name: str = "out.pdf") -> Path:
        assert data.startswith(b"%PDF-")
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _save


@pytest.fixture(scope="session")
def logo_png() -> bytes:
    image = Image.new("RGBA", (200, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle((5, 5, 195, 115), 20, fill=(46, 74, 102, 255))
    buf = BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def letterhead(logo_png: bytes) -> Letterhead:
    return Letterhead("华信国际中心物业服务中心", "上海市浦东新区世纪大道 1288 号", "021-5888 6600",
                      logo_png)


@pytest.fixture
def small_sheet() -> TenantSheet:
    return TenantSheet(
        record_no="T-000123", name="上海星河数字科技有限公司", kind="租户",
        credit_code="91310115MA1K4ABC3X", printed_at=datetime(2026, 5, 9, 14, 30),
        units=[UnitRow("12F-1205", "12F", Decimal("356.80")),
               UnitRow("12F-1206", "12F", 120.5)],
        lease_start=date(2024, 3, 1), lease_end=date(2027, 2, 28),
        contacts=[ContactRow("张伟", "13812345678", "行政经理", primary=True),
                  ContactRow("李娜", "13987654321", "前台")],
        emergency_name="王强", emergency_phone="13700001111",
        notes="周末加班需提前一天报备。",
        documents=[DocumentRow("营业执照复印件", date(2024, 2, 20)),
                   DocumentRow("授权委托书", date(2024, 2, 20), "法定代表人签字")],
    )


@pytest.fixture
def big_sheet() -> TenantSheet:
    fake = Faker("zh_CN")
    fake.seed_instance(20260509)
    names = []
    while len(names) < 40:  # unique, so each can be looked for in the text
        name = fake.name()
        if name not in names:
            names.append(name)
    return TenantSheet(
        record_no="T-004567", name=LONG_NAME, kind="业主", credit_code="91310000100009890Q",
        printed_at=datetime(2026, 5, 9, 9, 5),
        units=[UnitRow(f"{20 + i // 8}F-{20 + i // 8}{i % 8 + 1:02d}", f"{20 + i // 8}F",
                       Decimal("88.25") + i) for i in range(40)],
        contacts=[ContactRow(n, fake.phone_number(), fake.job(), primary=i == 0)
                  for i, n in enumerate(names)],
        emergency_name="赵敏", emergency_phone="13900002222",
        notes="\n".join(fake.sentence(nb_words=30) for _ in range(4)),
        documents=[DocumentRow(f"资料{i + 1:02d}号", date(2024, 1, 1 + i % 28),
                               fake.sentence(nb_words=12) if i % 3 == 0 else "")
                   for i in range(40)],
    )
