"""《装修押金结算单》: the fit-out deposit, what was taken from it and why, and the refund, A4."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLE = "装修押金结算单"


@dataclass(frozen=True)
class DeductionLine:
    kind: str  # 罚款 / 损坏赔偿
    reason: str
    day: date
    amount: Decimal


@dataclass(frozen=True)
class SettlementSheet:
    fitout_no: str
    permit_no: str
    unit: str
    tenant: str
    contractor: str
    accepted_on: date | None
    follow_up_on: date | None
    deposit: Decimal
    deductions: Sequence[DeductionLine]
    refund: Decimal
    refund_words: str  # 大写
    approved_by: str
    printed_at: datetime


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _story(s: SettlementSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    info = field_grid([
        Field("装修单元", s.unit), Field("申请编号", s.fitout_no),
        Field("业户", s.tenant, wide=True), Field("施工单位", s.contractor, wide=True),
        Field("许可证号", s.permit_no or "—"), Field("竣工验收", s.accepted_on.isoformat() if s.accepted_on else "—"),
        Field("复验日期", s.follow_up_on.isoformat() if s.follow_up_on else "—"), Field("审批人", s.approved_by or "—"),
    ], fonts=fonts, width=width)
    taken = sum((d.amount for d in s.deductions), Decimal(0))
    lines = data_table(
        [Column("序号", 0.6, "center"), Column("类别", 1.2), Column("原因", 4.0), Column("日期", 1.3, "center"),
         Column("金额（元）", 1.4, "right")],
        [[str(i), d.kind, d.reason, d.day.isoformat(), _money(d.amount)] for i, d in enumerate(s.deductions, 1)],
        fonts=fonts, width=width, total=["合计", "", "", "", _money(taken)] if s.deductions else None)
    sums = field_grid([
        Field("已收装修押金", f"{_money(s.deposit)} 元"), Field("扣除合计", f"{_money(taken)} 元"),
        Field("应退金额", f"{_money(s.refund)} 元（{s.refund_words}）", wide=True),
    ], fonts=fonts, width=width)
    return [section("一、装修信息", info, fonts, keep_whole=True),
            section("二、押金扣除（罚款、损坏赔偿）",
                    lines if s.deductions else para("无扣除。", fonts, "note"), fonts),
            section("三、结算", sums, fonts, keep_whole=True),
            para("应退金额 = 已收装修押金 − 罚款 − 损坏赔偿。业户凭本单及押金收据办理退款。", fonts, "note"),
            Spacer(1, 6 * mm), SignatureLines(["客服经理", "财务", "业户签收"], fonts, row_height=8.5 * mm)]


def render_settlement(sheet: SettlementSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=sheet.fitout_no, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"{sheet.unit}　{sheet.tenant}", qr=sheet.fitout_no)
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
