"""《外包服务巡查表》: the blank sheet from a template for a round on paper, and the completed inspection record with
its non-conformities and rectification requests; A4."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts


@dataclass(frozen=True)
class SheetItem:
    seq: int
    area: str
    item: str
    standard: str
    points: str
    given: str = ""  # the points given; "" on a blank sheet
    finding: str = ""  # 不合格 / 严重不合格 and the note


@dataclass(frozen=True)
class Rectification:
    number: str
    item: str
    note: str
    deadline: date
    state: str


@dataclass(frozen=True)
class InspectionSheet:
    title: str  # the template's name
    revision: int
    service: str
    contractor: str  # "" on a blank sheet
    items: list[SheetItem]
    total: str
    printed_at: datetime
    number: str = ""  # XC-2026-0001; "" on a blank sheet
    day: date | None = None
    inspector: str = ""
    areas: str = ""
    note: str = ""
    score: str = ""
    points_got: str = ""
    rectifications: tuple[Rectification, ...] = ()


ITEM_COLUMNS = [Column("序", 0.5, "center"), Column("区域", 1.6), Column("项目", 1.9), Column("标准", 3.0),
                Column("分值", 0.7, "center"), Column("得分", 1.3, "center"), Column("不合格情况", 2.6)]


def _items(s: InspectionSheet, fonts: FontSet, width: float) -> Flowable:
    rows = [(str(i.seq), i.area, i.item, i.standard, i.points, i.given, i.finding) for i in s.items]
    total = ("", "合计", "", "", s.total, s.points_got, f"得分 {s.score}" if s.score else "")
    return data_table(ITEM_COLUMNS, rows, fonts=fonts, width=width, total=total)


def _story(s: InspectionSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    blank = not s.number
    head = field_grid([
        Field("外包单位", s.contractor or "", wide=True), Field("服务类别", s.service),
        Field("巡查标准", f"{s.title} 第 {s.revision} 版"),
        Field("巡查日期", s.day.isoformat() if s.day else "    年    月    日"), Field("巡查人", s.inspector),
        Field("巡查区域", s.areas, wide=True),
    ], fonts=fonts, width=width)
    story: list[Flowable] = [section("一、巡查信息", head, fonts, keep_whole=True),
                             section("二、巡查项目", _items(s, fonts, width), fonts)]
    if blank:
        story += [Spacer(1, 2 * mm), para(
            "填写说明：按分值打分，符合标准得满分；标有“合格/不合格”的项目在得分栏填 1（合格）或 0（不合格）。"
            "不合格项须写明位置和情况，严重不合格注明“严重”；回到客服台后录入系统，系统据此开具整改单。",
            fonts, "note")]
    else:
        rects = data_table([Column("整改单号", 1.3), Column("项目", 1.6), Column("不合格情况", 3.4),
                            Column("整改期限", 1.1, "center"), Column("状态", 1.0, "center")],
                           [(r.number, r.item, r.note, r.deadline.isoformat(), r.state) for r in s.rectifications],
                           fonts=fonts, width=width, empty="（本次巡查无不合格项）")
        story.append(section("三、整改要求", rects, fonts))
        story += [Spacer(1, 2 * mm), para(
            "请外包单位在整改期限内整改完毕并通知管理处复查；复查合格后整改单方可关闭。逾期未整改的计入当月考评。",
            fonts, "note")]
        if s.note:
            story += [Spacer(1, 2 * mm), para(f"备注：{s.note}", fonts, "value")]
    story += [Spacer(1, 6 * mm), SignatureLines(["巡查人", "外包单位现场负责人"], fonts, row_height=9 * mm)]
    return story


def render_inspection(sheet: InspectionSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    title = "外包服务巡查记录" if sheet.number else "外包服务巡查表"
    info = FormInfo(title=title, form_no=sheet.number or f"{sheet.service} 第 {sheet.revision} 版",
                    printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"{sheet.title}　编号：{sheet.number}" if sheet.number else sheet.title,
                    qr=sheet.number or None)
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
