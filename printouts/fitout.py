"""《装修施工许可证》 (A4, posted at the site door) and 《施工人员临时出入证》 (A6, one per worker)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printouts.base import A4, A6, FormInfo, Letterhead, content_width, render_canvas, render_form
from printouts.codes import draw_qr, qr_drawing
from printouts.drawing import ACCENT, MUTED, draw_pass_header, draw_text, escape
from printouts.flowables import Field, SignatureLines, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

PERMIT_TITLE = "装修施工许可证"
PASS_TITLE = "施工人员临时出入证"
RULES = (
    "施工期间本许可证须张贴于施工现场门口显眼处，接受管理处检查。",
    "严禁擅自拆改主体结构、承重墙、梁柱及外立面；严禁擅自改动消防、空调、给排水系统。",
    "办公时间内禁止进行电钻、切割等噪音施工；噪音施工只在允许时段内进行。",
    "动火作业须另行申请动火证，现场配备灭火器并有专人看护。",
    "装修垃圾须袋装，于指定时间经货梯运至指定地点，严禁堆放在公共走道。",
    "施工人员凭《施工人员临时出入证》出入，证件随许可证失效。",
)


@dataclass(frozen=True)
class PermitSheet:
    permit_no: str
    fitout_no: str
    unit: str
    tenant: str
    contractor: str
    contractor_licence: str
    site_manager: str
    contractor_phone: str
    scope: str
    valid_from: date
    valid_to: date
    working_hours: str
    flags: str  # 拆改结构 / 动火 / 消防空调, or 无
    printed_at: datetime


def _day(value: date) -> str:
    return value.strftime("%Y-%m-%d")


def _permit_story(s: PermitSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    big = ParagraphStyle("permit-no", fontName=fonts.bold, fontSize=30, leading=36, alignment=1, textColor=ACCENT)
    small = ParagraphStyle("permit-cap", fontName=fonts.regular, fontSize=10, leading=13, alignment=1,
                           textColor=MUTED)
    qr = qr_drawing(s.permit_no, 38 * mm)
    qr.initialFontName = fonts.regular
    head = Table([[[Paragraph("许可证编号", small), Spacer(1, 2 * mm), Paragraph(escape(s.permit_no), big),
                    Spacer(1, 3 * mm), Paragraph(escape(f"有效期 {_day(s.valid_from)} 至 {_day(s.valid_to)}"), small)],
                   qr]], colWidths=[width - 42 * mm, 42 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    info = field_grid([
        Field("装修单元", s.unit), Field("申请编号", s.fitout_no),
        Field("业户", s.tenant, wide=True),
        Field("施工单位", s.contractor, wide=True),
        Field("资质证书号", s.contractor_licence or "—"), Field("现场负责人", s.site_manager),
        Field("联系电话", s.contractor_phone), Field("特殊作业", s.flags),
        Field("施工内容", s.scope, wide=True),
        Field("有效期", f"{_day(s.valid_from)} 至 {_day(s.valid_to)}", wide=True),
        Field("允许施工时间", s.working_hours, wide=True),
    ], fonts=fonts, width=width)
    rules = [para(f"{i}. {r}", fonts, "value") for i, r in enumerate(RULES, 1)]
    rules_box = Table([[r] for r in rules], colWidths=[width])
    rules_box.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return [head, Spacer(1, 4 * mm), section("一、施工信息", info, fonts, keep_whole=True),
            section("二、施工须知", rules_box, fonts, keep_whole=True), Spacer(1, 6 * mm),
            SignatureLines(["管理处（盖章）", "签发人"], fonts, row_height=8.5 * mm)]


def render_permit(sheet: PermitSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    """The permit as A4 PDF bytes; the QR (top right and large in the body) is the permit number."""
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=PERMIT_TITLE, form_no=sheet.permit_no, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"{sheet.unit}　{sheet.tenant}", qr=sheet.permit_no)
    return render_form(_permit_story(sheet, fonts), info, fonts=fonts, pagesize=A4)


@dataclass(frozen=True)
class WorkerCard:
    pass_no: str
    name: str
    id_masked: str
    company: str
    unit: str
    permit_no: str
    valid_until: date


def _draw_card(c: WorkerCard, letterhead: Letterhead, canv, fonts: FontSet) -> None:
    page_w, _ = canv._pagesize
    margin = 6 * mm
    width = page_w - 2 * margin
    y = draw_pass_header(canv, letterhead, PASS_TITLE, fonts=fonts, margin=margin)
    y -= 5 * mm + 24 * 0.8
    draw_text(canv, page_w / 2, y, c.name, fonts=fonts, size=24, bold=True, anchor="center", max_width=width)
    y -= 6.5 * mm
    draw_text(canv, page_w / 2, y, c.pass_no, fonts=fonts, size=13, color=ACCENT, anchor="center", bold=True,
              max_width=width)
    y -= 4 * mm
    for caption, value in (("证件号码", c.id_masked or "—"), ("施工单位", c.company), ("施工单元", c.unit),
                           ("许可证号", c.permit_no), ("有效期至", _day(c.valid_until))):
        y -= 9.5 * 1.55
        draw_text(canv, margin, y, caption, fonts=fonts, size=9.5, color=MUTED)
        draw_text(canv, margin + 17 * mm, y, value, fonts=fonts, size=9.5, max_width=width - 17 * mm)
    qr = 30 * mm
    draw_qr(canv, c.pass_no, x=(page_w - qr) / 2, y=margin + 4 * mm, size=qr)
    draw_text(canv, page_w / 2, margin + 1 * mm, "随许可证失效；施工结束请交回管理处", fonts=fonts, size=7.5,
              color=MUTED, anchor="center", max_width=width)


def render_worker_passes(cards: Sequence[WorkerCard], letterhead: Letterhead, *,
                         fonts: FontSet | None = None) -> bytes:
    """One A6 page per worker, each with the QR of its own pass number."""
    return render_canvas([lambda canv, f, c=c: _draw_card(c, letterhead, canv, f) for c in cards], pagesize=A6,
                         title=f"{PASS_TITLE} {cards[0].permit_no if cards else ''}".strip(),
                         author=letterhead.site_name, fonts=fonts)
