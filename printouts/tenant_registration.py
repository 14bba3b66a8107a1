"""《住户登记表》: the tenant registration form, one A4 sheet (or more) per tenant."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section, text_box
from printouts.fonts import FontSet, cjk_fonts

TITLE = "住户登记表"
NONE = "—"


@dataclass(frozen=True)
class UnitRow:
    """A unit the tenant holds."""

    code: str  # e.g. 12F-1205
    floor: str  # as printed: 12F, B1
    area_m2: Decimal | float | None


@dataclass(frozen=True)
class ContactRow:
    """A person the desk may call about this tenant."""

    name: str
    phone: str
    role: str = ""
    primary: bool = False


@dataclass(frozen=True)
class DocumentRow:
    """A paper received for the tenant's file (业户档案)."""

    doc_type: str
    received_on: date | None
    note: str = ""


@dataclass(frozen=True)
class TenantSheet:
    """Everything the registration form prints about one tenant."""

    record_no: str  # e.g. T-000123, also the QR payload and the form number
    name: str
    kind: str  # display text: 业主 or 租户
    credit_code: str
    printed_at: datetime
    units: Sequence[UnitRow] = field(default_factory=tuple)
    lease_start: date | None = None
    lease_end: date | None = None
    contacts: Sequence[ContactRow] = field(default_factory=tuple)
    emergency_name: str = ""
    emergency_phone: str = ""
    notes: str = ""
    documents: Sequence[DocumentRow] = field(default_factory=tuple)


def _day(value: date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else NONE


def _area(value: Decimal | float | None) -> str:
    return f"{Decimal(str(value)):,.2f}" if value is not None else NONE


def _total_area(units: Sequence[UnitRow]) -> Decimal:
    return sum((Decimal(str(u.area_m2)) for u in units if u.area_m2 is not None), Decimal(0))


def _story(sheet: TenantSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    total = _total_area(sheet.units)
    info = field_grid([
        Field("业户名称", sheet.name, wide=True),
        Field("业户类型", sheet.kind or NONE),
        Field("登记编号", sheet.record_no),
        Field("统一社会信用代码", sheet.credit_code or NONE),
        Field("租用面积合计", f"{_area(total)} 平方米（{len(sheet.units)} 个单元）"),
        Field("租赁起始日", _day(sheet.lease_start)),
        Field("租赁到期日", _day(sheet.lease_end)),
    ], fonts=fonts, width=width)
    units = data_table(
        [Column("序号", 0.7, "center"), Column("单元编号", 2.2), Column("楼层", 1.2, "center"),
         Column("建筑面积（平方米）", 1.8, "right")],
        [[str(i), u.code, u.floor, _area(u.area_m2)] for i, u in enumerate(sheet.units, 1)],
        fonts=fonts, width=width,
        total=["合计", f"{len(sheet.units)} 个单元", "", _area(total)] if sheet.units else None,
    )
    contacts = data_table(
        [Column("序号", 0.7, "center"), Column("姓名", 1.6), Column("职务/角色", 2.0),
         Column("联系电话", 1.8), Column("主要联系人", 1.1, "center")],
        [[str(i), c.name, c.role, c.phone, "是" if c.primary else ""]
         for i, c in enumerate(sheet.contacts, 1)],
        fonts=fonts, width=width,
    )
    emergency = field_grid([
        Field("姓名", sheet.emergency_name or NONE),
        Field("联系电话", sheet.emergency_phone or NONE),
    ], fonts=fonts, width=width)
    documents = data_table(
        [Column("序号", 0.7, "center"), Column("资料类型", 2.4), Column("收到日期", 1.4, "center"),
         Column("备注", 2.9)],
        [[str(i), d.doc_type, _day(d.received_on), d.note]
         for i, d in enumerate(sheet.documents, 1)],
        fonts=fonts, width=width,
    )
    declaration = para(
        "本业户确认以上登记信息真实、准确、完整；如有变更，将及时书面告知客服中心。", fonts, "note",
    )
    signatures = SignatureLines(["业户签字/盖章", "经办人", "客服主管"], fonts, row_height=8.5 * mm)
    return [
        section("一、业户信息", info, fonts, keep_whole=True),
        section("二、租用单元", units, fonts),
        section("三、联系人", contacts, fonts),
        section("四、紧急联系人", emergency, fonts, keep_whole=True),
        section("五、已收资料", documents, fonts),
        section("六、备注", text_box(sheet.notes, fonts=fonts, width=width), fonts),
        # The declaration and the signatures it covers never part across a page break.
        KeepTogether([Spacer(1, 2.5 * mm), declaration, Spacer(1, 2 * mm), signatures]),
    ]


def render_tenant_registration(sheet: TenantSheet, letterhead: Letterhead, *,
                               fonts: FontSet | None = None) -> bytes:
    """The 《住户登记表》 of one tenant as PDF bytes (A4)."""
    fonts = fonts or cjk_fonts()
    info = FormInfo(
        title=TITLE, form_no=sheet.record_no, printed_at=sheet.printed_at,
        letterhead=letterhead, subtitle=f"登记编号：{sheet.record_no}", qr=sheet.record_no,
    )
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
