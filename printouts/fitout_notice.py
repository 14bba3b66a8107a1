"""《装修整改通知单》: the rectification notice a patrol's violation issues, A4."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Field, SignatureLines, field_grid, para, section, text_box
from printouts.fonts import FontSet, cjk_fonts

TITLE = "装修整改通知单"


@dataclass(frozen=True)
class NoticeSheet:
    notice_no: str
    fitout_no: str
    permit_no: str
    unit: str
    tenant: str
    contractor: str
    site_manager: str
    day: date
    inspector: str
    violation: str
    findings: str
    deadline: date
    fine: str  # "" when none
    suspended: bool
    printed_at: datetime


def _story(s: NoticeSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    info = field_grid([
        Field("装修单元", s.unit), Field("许可证号", s.permit_no or "—"),
        Field("业户", s.tenant, wide=True), Field("施工单位", s.contractor, wide=True),
        Field("现场负责人", s.site_manager), Field("申请编号", s.fitout_no),
        Field("巡查日期", s.day.isoformat()), Field("巡查人", s.inspector),
    ], fonts=fonts, width=width)
    decision = field_grid([
        Field("违规类别", s.violation, wide=True),
        Field("整改期限", f"{s.deadline:%Y-%m-%d} 前整改完毕并报管理处复查", wide=True),
        Field("罚款", f"{s.fine} 元（从装修押金中扣除）" if s.fine else "无", wide=True),
        Field("停工", "即日起停工，复查合格后方可复工" if s.suspended else "否", wide=True),
    ], fonts=fonts, width=width)
    note = para("请贵单位接到本通知后立即整改；逾期未整改或拒不整改的，管理处将依据《装修管理协议》暂停施工、"
                "扣除押金，并报有关部门处理。", fonts, "note")
    return [section("一、施工信息", info, fonts, keep_whole=True),
            section("二、巡查发现", text_box(s.findings, fonts=fonts, width=width), fonts),
            section("三、整改要求", decision, fonts, keep_whole=True), Spacer(1, 3 * mm), note, Spacer(1, 6 * mm),
            SignatureLines(["管理处（盖章）", "施工单位签收", "业户签收"], fonts, row_height=8.5 * mm)]


def render_notice(sheet: NoticeSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=sheet.notice_no, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"通知单号：{sheet.notice_no}", qr=sheet.notice_no)
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
