"""《装修竣工验收单》: the fit-out, each inspection (竣工验收, 消防验收, 复验) with its items and results, the
re-inspections of failed items, the verdict and the signatures, A4."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLE = "装修竣工验收单"
NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class InspectionBlock:
    title: str  # 竣工验收 / 消防验收（第 2 次，复查上次不合格项）/ 复验
    day: date
    inspector: str
    passed: bool
    items: Sequence[tuple[str, bool, str]]  # item, passed, what is to be put right
    note: str


@dataclass(frozen=True)
class AcceptanceSheet:
    fitout_no: str
    permit_no: str
    unit: str
    tenant: str
    contractor: str
    site_manager: str
    permit_start: date | None
    permit_end: date | None
    inspections: Sequence[InspectionBlock]
    accepted: bool  # completion and fire acceptance both passed
    printed_at: datetime


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _verdict(block: InspectionBlock) -> str:
    failed = sum(not ok for _, ok, _ in block.items)
    return "合格" if block.passed else f"不合格（{failed} 项）"


def _inspection(block: InspectionBlock, fonts: FontSet, width: float) -> list[Flowable]:
    head = field_grid([Field("验收日期", _day(block.day)), Field("验收人", block.inspector)], fonts=fonts, width=width)
    items = data_table(
        [Column("序号", 0.6, "center"), Column("验收项目", 4.2), Column("结果", 1.0, "center"),
         Column("整改要求 / 说明", 3.2)],
        [[str(i), item, "合格" if ok else "不合格", note] for i, (item, ok, note) in enumerate(block.items, 1)],
        fonts=fonts, width=width)
    out: list[Flowable] = [head, Spacer(1, 1.5 * mm), items]
    if block.note:
        out += [Spacer(1, 1.5 * mm), para(f"备注：{block.note}", fonts, "note")]
    return out


def _story(s: AcceptanceSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    info = field_grid([
        Field("装修单元", s.unit), Field("申请编号", s.fitout_no),
        Field("业户", s.tenant), Field("施工单位", s.contractor),
        Field("现场负责人", s.site_manager), Field("许可证号", s.permit_no or "—"),
        Field("施工期限", f"{_day(s.permit_start)} 至 {_day(s.permit_end)}", wide=True),
    ], fonts=fonts, width=width)
    story: list[Flowable] = [section("一、装修信息", info, fonts, keep_whole=True)]
    for n, block in enumerate(s.inspections, 2):
        parts = _inspection(block, fonts, width)
        title = f"{NUMERALS[min(n, 10) - 1]}、{block.title}：{_verdict(block)}"
        story.append(section(title, parts[0], fonts, keep_whole=True))
        story += parts[1:]
    verdict = ("竣工验收、消防验收均已合格，准予验收通过。" if s.accepted
               else "竣工验收、消防验收尚未全部合格：不合格项整改后复查。")
    # Four signatures in two columns, kept with the verdict: the record ends on the page of its last inspection.
    signs = Table([[SignatureLines(["工程部验收人", "施工单位"], fonts, row_height=8.5 * mm),
                    SignatureLines(["业户", "管理处"], fonts, row_height=8.5 * mm)]],
                  colWidths=[width / 2 - 3 * mm, width / 2 + 3 * mm])
    signs.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)]))
    story.append(KeepTogether([Spacer(1, 2 * mm), para(verdict, fonts, "value"), Spacer(1, 5 * mm), signs]))
    return story


def render_acceptance(sheet: AcceptanceSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=sheet.fitout_no, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"{sheet.unit}　{sheet.tenant}", qr=sheet.fitout_no)
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
