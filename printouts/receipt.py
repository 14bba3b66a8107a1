"""《收费票据》: the receipt the desk prints for a payment (A5 landscape, numbered per site and year)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from printouts.base import FormInfo, Letterhead, content_width, render_form
from printouts.fee_bits import NONE, amount_box, day, yuan
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para
from printouts.fonts import FontSet, cjk_fonts

TITLE = "收费票据"
PAGE = landscape(A5)


@dataclass(frozen=True)
class ReceiptLine:
    """The part of the payment that settled one bill."""

    bill_no: str
    period: str  # 2026年03月
    amount: Decimal


@dataclass(frozen=True)
class ReceiptSheet:
    receipt_no: str  # SF-2026-0001: also the QR payload
    tenant: str
    units: str
    paid_on: date
    method: str  # as printed: 银行转账
    reference: str
    amount: Decimal
    amount_words: str  # 人民币壹仟贰佰零肆元伍角整
    lines: Sequence[ReceiptLine] = field(default_factory=tuple)
    prepaid: Decimal = Decimal("0.00")  # not allocated: held on account
    taken_by: str = ""
    printed_at: datetime = field(default_factory=datetime.now)
    voided: str = ""  # the reason, when the payment was voided: the copy says so


def render_receipt(sheet: ReceiptSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    """The receipt as PDF bytes (A5 landscape)."""
    fonts = fonts or cjk_fonts()
    width = content_width(PAGE)
    head = field_grid([
        Field("交款单位", sheet.tenant, wide=True),
        Field("单元", sheet.units or NONE),
        Field("收款日期", day(sheet.paid_on)),
        Field("收款方式", sheet.method),
        Field("凭证/流水号", sheet.reference or NONE),
    ], fonts=fonts, width=width, label_width=24 * mm)
    rows = [[ln.bill_no, ln.period, yuan(ln.amount)] for ln in sheet.lines]
    if sheet.prepaid:
        rows.append(["预收款（存入账户）", NONE, yuan(sheet.prepaid)])
    table = data_table([Column("账单号", 2.2), Column("账期", 1.6, "center"), Column("金额", 1.6, "right")],
                       rows, fonts=fonts, width=width)
    story = [head, Spacer(1, 2 * mm), table, Spacer(1, 2 * mm),
             amount_box("合计金额", sheet.amount, sheet.amount_words, fonts=fonts, width=width),
             Spacer(1, 1.5 * mm),
             para(f"收款人：{sheet.taken_by}　　本票据一式三联：存根、交款单位、记账。", fonts, "note"),
             SignatureLines(["交款人签字"], fonts, row_height=8 * mm)]
    info = FormInfo(title=TITLE, form_no=sheet.receipt_no, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"票据号：{sheet.receipt_no}" + (f"　【已作废：{sheet.voided}】" if sheet.voided else ""),
                    qr=sheet.receipt_no)
    return render_form(story, info, fonts=fonts, pagesize=PAGE)
