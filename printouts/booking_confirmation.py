"""《会议室预订确认单》: what was booked, for whom, and the desk's rules for the day (A4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Field, SignatureLines, field_grid, para, section, text_box
from printouts.fonts import FontSet, cjk_fonts

TITLE = "会议室预订确认单"
NONE = "—"


@dataclass(frozen=True)
class BookingSheet:
    """One booking as printed (every text already in Chinese)."""

    number: str
    room: str
    floor: str
    starts: datetime
    ends: datetime
    tenant: str
    organiser: str
    phone: str
    attendees: int
    purpose: str
    layout: str
    services: str
    state: str
    booked_by: str
    booked_at: datetime
    printed_at: datetime
    series: str = ""  # e.g. "每周三，共 4 次" for an occurrence of a series
    approver: str = ""


def when(starts: datetime, ends: datetime) -> str:
    weekday = "一二三四五六日"[starts.weekday()]
    return f"{starts:%Y-%m-%d}（周{weekday}）{starts:%H:%M}–{ends:%H:%M}"


def booking_fields(sheet: BookingSheet) -> list[Field]:
    """The booking's grid, shared with the service record."""
    return [
        Field("预订编号", sheet.number),
        Field("状态", sheet.state),
        Field("会议室", f"{sheet.room}（{sheet.floor}）" if sheet.floor else sheet.room),
        Field("人数", f"{sheet.attendees} 人"),
        Field("时间", when(sheet.starts, sheet.ends), wide=True),
        Field("预订单位", sheet.tenant or "物业内部"),
        Field("联系人", f"{sheet.organiser} {sheet.phone}".strip()),
        Field("会议内容", sheet.purpose or NONE, wide=True),
        Field("会场布置", sheet.layout or NONE),
        Field("会议服务", sheet.services or NONE),
    ]


def _story(sheet: BookingSheet, buffer_minutes: int, no_show_minutes: int, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    fields = booking_fields(sheet)
    if sheet.series:
        fields.append(Field("周期预订", sheet.series, wide=True))
    if sheet.approver:
        fields.append(Field("审批人", sheet.approver, wide=True))
    fields += [Field("经办人", sheet.booked_by), Field("预订时间", f"{sheet.booked_at:%Y-%m-%d %H:%M}")]
    rules = "\n".join((
        f"1. 请于会议开始前到前台签到；开始后 {no_show_minutes} 分钟仍未签到的，预订自动释放。",
        f"2. 会议室前后各预留 {buffer_minutes} 分钟布场与清场时间，请按时结束。",
        "3. 如需取消或改期，请提前联系客服中心。超出每月免费时长的部分按会议室单价收费。",
        "4. 请爱护会议室设备，损坏须照价赔偿。",
    ))
    return [
        section("一、预订信息", field_grid(fields, fonts=fonts, width=width), fonts, keep_whole=True),
        section("二、使用须知", text_box(rules, fonts=fonts, width=width), fonts, keep_whole=True),
        KeepTogether([Spacer(1, 4 * mm), para("以上预订信息经双方确认无误。", fonts, "note"), Spacer(1, 2 * mm),
                      SignatureLines(["预订人签字", "客服经办"], fonts, row_height=9 * mm)]),
    ]


def render_booking_confirmation(sheet: BookingSheet, letterhead: Letterhead, *, buffer_minutes: int = 15,
                                no_show_minutes: int = 15, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=sheet.number, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"预订编号：{sheet.number}", qr=sheet.number)
    return render_form(_story(sheet, buffer_minutes, no_show_minutes, fonts), info, fonts=fonts, pagesize=A4)
