"""《会议室使用月结单》: a tenant's room use in a month, the free quota, and what is charged (A4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLE = "会议室使用月结单"


@dataclass(frozen=True)
class StatementRow:
    number: str
    starts: datetime
    ends: datetime
    room: str
    hours: Decimal
    free_hours: Decimal
    charged_hours: Decimal
    rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class StatementSheet:
    statement_no: str
    tenant: str
    month: str  # YYYY-MM
    quota: Decimal
    no_shows: int
    printed_at: datetime
    rows: Sequence[StatementRow] = field(default_factory=tuple)


def _sum(rows: Sequence[StatementRow], name: str) -> Decimal:
    return sum((getattr(r, name) for r in rows), Decimal(0))


def _story(s: StatementSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    year, month = s.month.split("-")
    total = _sum(s.rows, "amount")
    summary = field_grid([
        Field("业户名称", s.tenant, wide=True),
        Field("结算月份", f"{year} 年 {int(month)} 月"),
        Field("每月免费时长", f"{s.quota:.2f} 小时"),
        Field("使用次数", f"{len(s.rows)} 次"),
        Field("使用时长", f"{_sum(s.rows, 'hours'):.2f} 小时"),
        Field("计费时长", f"{_sum(s.rows, 'charged_hours'):.2f} 小时"),
        Field("未签到（爽约）", f"{s.no_shows} 次"),
        Field("应收合计", f"{total:,.2f} 元", wide=True),
    ], fonts=fonts, width=width)
    rows = [[r.number, f"{r.starts:%m-%d %H:%M}–{r.ends:%H:%M}", r.room, f"{r.hours:.2f}", f"{r.free_hours:.2f}",
             f"{r.charged_hours:.2f}", f"{r.rate:,.2f}", f"{r.amount:,.2f}"] for r in s.rows]
    detail = data_table(
        [Column("预订编号", 1.5), Column("时间", 1.7, "center"), Column("会议室", 1.6), Column("时长", 0.7, "right"),
         Column("免费", 0.7, "right"), Column("计费", 0.7, "right"), Column("单价", 0.9, "right"),
         Column("金额（元）", 1.1, "right")],
        rows, fonts=fonts, width=width,
        total=["合计", "", "", f"{_sum(s.rows, 'hours'):.2f}", f"{_sum(s.rows, 'free_hours'):.2f}",
               f"{_sum(s.rows, 'charged_hours'):.2f}", "", f"{total:,.2f}"] if s.rows else None,
        empty="本月无会议室使用记录")
    note = "费用将并入当月物业费账单收取；如有疑问，请于收到本单后 7 日内联系客服中心。"
    return [
        section("一、本月汇总", summary, fonts, keep_whole=True),
        section("二、使用明细", detail, fonts),
        KeepTogether([Spacer(1, 3 * mm),
                      para(note, fonts, "note"),
                      Spacer(1, 2 * mm), SignatureLines(["业户确认", "客服中心"], fonts, row_height=9 * mm)]),
    ]


def render_room_statement(sheet: StatementSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=sheet.statement_no, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"{sheet.tenant}　{sheet.month}", qr=sheet.statement_no)
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
