"""The day's schedule for a room's door (会议室当日安排): the room in large type, its QR, the bookings (A4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.codes import qr_drawing
from printouts.drawing import INK, MUTED, escape
from printouts.flowables import Column, data_table, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLE = "会议室当日安排"
_QR = 38 * mm


@dataclass(frozen=True)
class ScheduleRow:
    starts: datetime
    ends: datetime
    purpose: str
    organiser: str  # unit and contact as shown on the door
    attendees: int
    state: str


@dataclass(frozen=True)
class DaySchedule:
    room_code: str  # QR payload, e.g. ROOM-0003
    room: str
    floor: str
    capacity: int
    equipment: str
    day: date
    printed_at: datetime
    rows: Sequence[ScheduleRow] = field(default_factory=tuple)


def _big(text: str, fonts: FontSet, size: float, color=INK) -> Paragraph:
    style = ParagraphStyle(f"door-{size}", fontName=fonts.bold, fontSize=size, leading=size * 1.25,
                           textColor=color, wordWrap="CJK")
    return Paragraph(escape(text), style)


def _story(s: DaySchedule, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    weekday = "一二三四五六日"[s.day.weekday()]
    about = [
        _big(s.room, fonts, 30),
        Spacer(1, 2 * mm),
        _big(f"{s.day:%Y年%m月%d日} 星期{weekday}", fonts, 15, MUTED),
        Spacer(1, 2 * mm),
        para(f"位置：{s.floor or '—'}　　容纳：{s.capacity} 人", fonts, "value"),
        para(f"设备：{s.equipment or '—'}", fonts, "value"),
        para("扫码查看本会议室的预订与空闲时间", fonts, "note"),
    ]
    head = Table([[about, qr_drawing(s.room_code, _QR)]], colWidths=[width - _QR - 4 * mm, _QR + 4 * mm],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    rows = [[f"{r.starts:%H:%M}–{r.ends:%H:%M}", r.purpose or "会议", r.organiser, f"{r.attendees}", r.state]
            for r in s.rows]
    table = data_table([Column("时间", 1.4, "center"), Column("会议内容", 2.6), Column("使用单位/联系人", 2.6),
                        Column("人数", 0.7, "center"), Column("状态", 0.9, "center")],
                       rows, fonts=fonts, width=width, empty="今日无预订，欢迎到前台预约")
    return [head, Spacer(1, 6 * mm), section("今日预订", table, fonts)]


def render_room_day_schedule(schedule: DaySchedule, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=f"{schedule.room_code}-{schedule.day:%Y%m%d}",
                    printed_at=schedule.printed_at, letterhead=letterhead,
                    subtitle=f"{schedule.room}　{schedule.day:%Y-%m-%d}")
    return render_form(_story(schedule, fonts), info, fonts=fonts, pagesize=A4)
