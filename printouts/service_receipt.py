"""《便民服务确认单》: the agreed service, its price in figures and words, the work done, and the tenant's
acceptance with the signature drawn on the pad (A4; the tenant keeps one copy as the receipt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.fee_bits import NONE, amount_box, yuan
from printouts.flowables import Field, SignatureLines, field_grid, section, text_box
from printouts.fonts import FontSet, cjk_fonts
from printouts.key_slip import SignatureImage

TITLE = "便民服务确认单"


@dataclass(frozen=True)
class ServiceReceipt:
    number: str
    tenant: str
    unit_code: str
    contact: str
    phone: str
    item: str
    unit_label: str
    unit_price: Decimal
    quantity: Decimal
    list_amount: Decimal
    amount: Decimal
    amount_words: str
    price_reason: str
    agreed_at: datetime
    note: str
    department: str
    assignee: str
    done_at: datetime | None
    done_note: str
    accepted_at: datetime | None
    accepted_name: str
    satisfaction: str
    accept_comment: str
    signature: bytes | None
    charged: bool
    ordered_by: str
    printed_at: datetime


def _time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else NONE


def _story(r: ServiceReceipt, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    unit = r.unit_label.split("/")[-1] if "/" in r.unit_label else ""
    order = [Field("业户", r.tenant), Field("单元", r.unit_code or NONE), Field("联系人", r.contact),
             Field("联系电话", r.phone or NONE), Field("约定时间", _time(r.agreed_at)), Field("受理人", r.ordered_by),
             Field("服务项目", r.item), Field("单价", f"{yuan(r.unit_price)} {r.unit_label}"),
             Field("数量/面积", f"{r.quantity:f} {unit}".strip()), Field("按价目表", yuan(r.list_amount))]
    if r.price_reason:
        order.append(Field("议价说明", r.price_reason, wide=True))
    if r.note:
        order.append(Field("服务要求", r.note, wide=True))
    work = [Field("派往部门", r.department or NONE), Field("服务人员", r.assignee or NONE),
            Field("完成时间", _time(r.done_at)), Field("验收时间", _time(r.accepted_at)),
            Field("完成情况", r.done_note or NONE, wide=True)]
    accept = [Field("验收人", r.accepted_name or NONE), Field("满意度", r.satisfaction or NONE)]
    if r.accept_comment:
        accept.append(Field("业户意见", r.accept_comment, wide=True))
    charge = ("已计入业户账单，随下期物业费账单结算" if r.charged
              else "本单未收费" if r.amount == 0 else "验收后计入业户账单")
    story: list[Flowable] = [
        section("一、服务约定", field_grid(order, fonts=fonts, width=width), fonts, keep_whole=True),
        section("二、服务费用", amount_box("约定金额", r.amount, r.amount_words, fonts=fonts, width=width), fonts,
                keep_whole=True),
        Spacer(1, 2 * mm),
        text_box(charge, fonts=fonts, width=width, min_height=7 * mm),
        section("三、服务完成", field_grid(work, fonts=fonts, width=width), fonts, keep_whole=True),
        section("四、业户验收", field_grid(accept, fonts=fonts, width=width), fonts, keep_whole=True),
    ]
    if r.accepted_at:
        story.append(KeepTogether([Spacer(1, 3 * mm), SignatureImage("业户验收签字", r.signature, r.accepted_at, fonts),
                                   SignatureLines(["服务人员"], fonts, row_height=10 * mm)]))
    else:
        story.append(KeepTogether([Spacer(1, 4 * mm), SignatureLines(["服务人员", "业户验收签字"], fonts,
                                                                     row_height=11 * mm)]))
    return story


def render_service_receipt(receipt: ServiceReceipt, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=receipt.number, printed_at=receipt.printed_at, letterhead=letterhead,
                    subtitle=f"服务单号：{receipt.number}", qr=receipt.number)
    return render_form(_story(receipt, fonts), info, fonts=fonts, pagesize=A4)
