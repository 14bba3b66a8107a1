"""《业户走访记录表》: whom we visited, who was met, what was talked about, the issues raised and the requests
they became; blank to fill in by hand when printed for a planned visit (A4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.fee_bits import NONE, day
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, section, text_box
from printouts.fonts import FontSet, cjk_fonts

TITLE = "业户走访记录表"


@dataclass(frozen=True)
class VisitSheet:
    number: str
    tenant: str
    units: str
    due_on: date
    assignee: str
    visited_on: date | None
    visited_by: str
    met: str
    topics: str
    notes: str
    issues: list[tuple[str, str, str]]  # text, what became of it, the request's number
    printed_at: datetime


def _story(s: VisitSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    blank = s.visited_on is None  # a planned visit: the steward fills the sheet in by hand
    fields = [Field("业户", s.tenant, wide=True), Field("单元", s.units or NONE),
              Field("计划走访日期", day(s.due_on)), Field("走访日期", "" if blank else day(s.visited_on)),
              Field("走访人", s.visited_by if not blank else s.assignee), Field("接待人", s.met, wide=True),
              Field("走访主题", s.topics, wide=True)]
    rows = [[str(i), text, action, number or NONE] for i, (text, action, number) in enumerate(s.issues, start=1)]
    if blank:
        rows = [[str(i), "", "", ""] for i in range(1, 5)]
    issues = data_table([Column("序号", 0.6, "center"), Column("业户反映的问题", 6), Column("处理", 1.4, "center"),
                         Column("转办单号", 2, "center")], rows, fonts=fonts, width=width, empty="未反映问题")
    return [
        section("一、走访信息", field_grid(fields, fonts=fonts, width=width), fonts, keep_whole=True),
        section("二、沟通内容", text_box(s.notes, fonts=fonts, width=width, blank_height=45 * mm), fonts),
        section("三、业户反映的问题及处理", issues, fonts),
        KeepTogether([Spacer(1, 5 * mm),
                      SignatureLines(["走访人", "业户代表", "客服主管"], fonts, row_height=10 * mm)]),
    ]


def render_visit_record(sheet: VisitSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=sheet.number, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"走访编号：{sheet.number}")
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
