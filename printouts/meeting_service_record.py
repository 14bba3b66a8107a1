"""《会议服务记录表》: after the meeting, what was served, equipment used, anything broken, and the charge (A4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.booking_confirmation import BookingSheet, booking_fields
from printouts.flowables import Field, SignatureLines, field_grid, section, text_box
from printouts.fonts import FontSet, cjk_fonts

TITLE = "会议服务记录表"


@dataclass(frozen=True)
class ServiceSheet:
    booking: BookingSheet
    checked_in_at: datetime | None
    served: str
    equipment_used: str
    damage: str
    note: str
    recorded_by: str
    recorded_at: datetime | None
    hours: Decimal
    free_hours: Decimal | None = None  # None: no charge (the office's own meeting)
    charged_hours: Decimal | None = None
    rate: Decimal | None = None
    amount: Decimal | None = None


def _money(value: Decimal | None) -> str:
    return f"{value:,.2f} 元" if value is not None else "—"


def _story(sheet: ServiceSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    use = [
        Field("签到时间", f"{sheet.checked_in_at:%Y-%m-%d %H:%M}" if sheet.checked_in_at else "—"),
        Field("使用时长", f"{sheet.hours:.2f} 小时"),
        Field("免费时长", f"{sheet.free_hours:.2f} 小时" if sheet.free_hours is not None else "不计费"),
        Field("计费时长", f"{sheet.charged_hours:.2f} 小时" if sheet.charged_hours is not None else "—"),
        Field("单价", f"{_money(sheet.rate)}/小时" if sheet.rate is not None else "—"),
        Field("应收金额", _money(sheet.amount)),
    ]
    recorded = f"{sheet.recorded_by}　{sheet.recorded_at:%Y-%m-%d %H:%M}" if sheet.recorded_at else ""
    return [
        section("一、会议信息", field_grid(booking_fields(sheet.booking), fonts=fonts, width=width), fonts,
                keep_whole=True),
        section("二、服务内容", text_box(sheet.served, fonts=fonts, width=width), fonts, keep_whole=True),
        section("三、设备使用", text_box(sheet.equipment_used, fonts=fonts, width=width), fonts, keep_whole=True),
        section("四、设备损坏及遗留物品", text_box(sheet.damage or "无", fonts=fonts, width=width), fonts,
                keep_whole=True),
        section("五、使用时长与费用", field_grid(use, fonts=fonts, width=width), fonts, keep_whole=True),
        section("六、备注", text_box("\n".join(x for x in (sheet.note, f"记录：{recorded}" if recorded else "") if x),
                                   fonts=fonts, width=width), fonts, keep_whole=True),
        KeepTogether([Spacer(1, 4 * mm), SignatureLines(["会务服务员", "使用单位确认"], fonts, row_height=9 * mm)]),
    ]


def render_meeting_service_record(sheet: ServiceSheet, letterhead: Letterhead, *,
                                  fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    number = sheet.booking.number
    info = FormInfo(title=TITLE, form_no=number, printed_at=sheet.booking.printed_at, letterhead=letterhead,
                    subtitle=f"预订编号：{number}", qr=number)
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
