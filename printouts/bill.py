"""《物业费用缴费通知单》: a tenant's monthly bill (A4), its lines, adjustments and what is still open."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.fee_bits import NONE, amount_box, day, yuan
from printouts.flowables import Column, Field, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLE = "物业费用缴费通知单"


@dataclass(frozen=True)
class BillLineRow:
    item: str
    unit_code: str
    description: str
    quantity: str  # as printed: 356.80 m², 23.00 吨
    unit_price: str
    amount: Decimal


@dataclass(frozen=True)
class BillAdjustmentRow:
    item: str
    reason: str
    made_on: date
    amount: Decimal


@dataclass(frozen=True)
class BillSheet:
    number: str  # ZD-2026-0001 (a draft has none: "草稿")
    status: str  # as printed: 草稿 / 已审核 / 已开具
    tenant: str
    units: str
    period: str  # 2026年03月
    issued_on: date | None
    due_on: date | None
    lines: Sequence[BillLineRow] = field(default_factory=tuple)
    adjustments: Sequence[BillAdjustmentRow] = field(default_factory=tuple)
    total: Decimal = Decimal("0.00")
    due: Decimal = Decimal("0.00")  # total plus adjustments
    paid: Decimal = Decimal("0.00")
    due_words: str = ""
    pay_to: str = ""
    printed_at: datetime = field(default_factory=datetime.now)


def render_bill(sheet: BillSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    head = field_grid([
        Field("业户名称", sheet.tenant, wide=True),
        Field("单元", sheet.units or NONE), Field("账期", sheet.period),
        Field("开具日期", day(sheet.issued_on)), Field("缴费截止日", day(sheet.due_on)),
    ], fonts=fonts, width=width)
    lines = data_table(
        [Column("收费项目", 1.5), Column("单元", 1.2), Column("说明", 2.5), Column("数量", 1.4, "right"),
         Column("单价", 1.0, "right"), Column("金额", 1.3, "right")],
        [[ln.item, ln.unit_code or NONE, ln.description, ln.quantity, ln.unit_price, yuan(ln.amount)]
         for ln in sheet.lines],
        fonts=fonts, width=width, total=["本期合计", "", "", "", "", yuan(sheet.total)])
    story = [section("一、业户与账期", head, fonts, keep_whole=True), section("二、费用明细", lines, fonts)]
    if sheet.adjustments:
        story.append(section("三、调整（减免/补收）", data_table(
            [Column("收费项目", 1.6), Column("原因", 4.0), Column("日期", 1.2, "center"), Column("金额", 1.3, "right")],
            [[a.item, a.reason, day(a.made_on), yuan(a.amount)] for a in sheet.adjustments],
            fonts=fonts, width=width), fonts))
    story += [Spacer(1, 3 * mm),
              field_grid([Field("应缴金额", yuan(sheet.due)), Field("已缴金额", yuan(sheet.paid))], fonts=fonts,
                         width=width),
              amount_box("尚欠金额", sheet.due - sheet.paid, sheet.due_words, fonts=fonts, width=width),
              Spacer(1, 2 * mm),
              para("请于缴费截止日前缴纳。可到服务中心前台现金/刷卡/扫码缴费，或银行转账（请注明账单号）。"
                   + (f" 收款账户：{sheet.pay_to}" if sheet.pay_to else ""), fonts, "note")]
    info = FormInfo(title=TITLE, form_no=sheet.number or "草稿", printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"账单号：{sheet.number or '（草稿，未开具）'}　状态：{sheet.status}",
                    qr=sheet.number or None)
    return render_form(story, info, fonts=fonts, pagesize=A4)
