"""《催缴函》: the formal reminder letter, sent when fees are still unpaid months after the phone reminder (A4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.fee_bits import amount_box, day, yuan
from printouts.flowables import Column, SignatureLines, data_table, para

TITLE = "催缴函"


@dataclass(frozen=True)
class LetterBill:
    bill_no: str
    period: str
    due_on: date
    due: Decimal
    paid: Decimal
    outstanding: Decimal


@dataclass(frozen=True)
class LetterSheet:
    letter_no: str  # CJ-2026-0001
    tenant: str
    day: date
    bills: Sequence[LetterBill] = field(default_factory=tuple)
    owed: Decimal = Decimal("0.00")
    owed_words: str = ""
    phoned_on: date | None = None
    pay_by: date | None = None
    printed_at: datetime = field(default_factory=datetime.now)


def render_reminder_letter(sheet: LetterSheet, letterhead: Letterhead, *, fonts=None) -> bytes:
    from printouts.fonts import cjk_fonts

    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    called = (f"我中心已于 {day(sheet.phoned_on)} 电话/短信提醒贵单位缴纳，" if sheet.phoned_on else "")
    body = (f"截至 {day(sheet.day)}，贵单位尚欠下列物业服务费用共计 {yuan(sheet.owed)}。{called}"
            "但至今仍未缴清。根据《物业服务合同》及《管理公约》的约定，请贵单位于 "
            f"{day(sheet.pay_by)} 前到服务中心前台或通过银行转账缴清上述费用。逾期仍未缴纳的，"
            "我中心将依照合同约定采取进一步措施，并保留通过法律途径追缴的权利。如已缴纳，请忽略本函并与我们联系核对。")
    bills = data_table(
        [Column("账单号", 1.8), Column("账期", 1.3, "center"), Column("缴费截止日", 1.4, "center"),
         Column("应缴", 1.3, "right"), Column("已缴", 1.3, "right"), Column("尚欠", 1.3, "right")],
        [[b.bill_no, b.period, day(b.due_on), yuan(b.due), yuan(b.paid), yuan(b.outstanding)] for b in sheet.bills],
        fonts=fonts, width=width, total=["合计", "", "", "", "", yuan(sheet.owed)])
    story = [para(f"致：{sheet.tenant}", fonts, "value"), Spacer(1, 3 * mm), para(body, fonts, "value"),
             Spacer(1, 3 * mm), bills, Spacer(1, 2 * mm),
             amount_box("欠费合计", sheet.owed, sheet.owed_words, fonts=fonts, width=width), Spacer(1, 3 * mm),
             para("特此函告。", fonts, "value"), Spacer(1, 4 * mm),
             para(f"{letterhead.site_name}（盖章）　　{day(sheet.day)}", fonts, "value", "right"),
             Spacer(1, 6 * mm), SignatureLines(["业户签收"], fonts)]
    info = FormInfo(title=TITLE, form_no=sheet.letter_no, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"编号：{sheet.letter_no}", qr=sheet.letter_no)
    return render_form(story, info, fonts=fonts, pagesize=A4)
