"""《装修施工许可证》 (A4, posted at the site door) and 《施工人员临时出入证》 (card size, ten to an A4 sheet)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO

from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printouts.base import A4, FormInfo, Letterhead, content_width, render_canvas, render_form
from printouts.codes import draw_qr, qr_drawing
from printouts.drawing import ACCENT, INK, MUTED, RULE, draw_text, escape
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
    photo: bytes | None = None  # JPEG/PNG; a box to stick one in when None


CARD_W, CARD_H = 85.6 * mm, 54 * mm  # ID-1, the size of a bank card
COLUMNS, ROWS = 2, 5  # ten cards to an A4 sheet
CARDS_PER_SHEET = COLUMNS * ROWS
BAND = 9 * mm  # the coloured band with the site and the title
PAD = 3 * mm


def _draw_card(card: WorkerCard, letterhead: Letterhead, canv, fonts: FontSet, x0: float, y0: float) -> None:
    """One pass with its lower-left corner at (x0, y0): band, photo (or a box for one), name and number, the
    details, the QR of the pass number, the valid-until date."""
    canv.saveState()
    canv.translate(x0, y0)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.3)
    canv.rect(0, 0, CARD_W, CARD_H, stroke=1, fill=0)
    canv.setFillColor(ACCENT)
    canv.rect(0, CARD_H - BAND, CARD_W, BAND, stroke=0, fill=1)
    draw_text(canv, PAD, CARD_H - 3.6 * mm, letterhead.site_name, fonts=fonts, size=6, color=white,
              max_width=CARD_W - 2 * PAD)
    draw_text(canv, PAD, CARD_H - 7.4 * mm, PASS_TITLE, fonts=fonts, size=9.5, bold=True, color=white,
              max_width=CARD_W - 2 * PAD)
    top = CARD_H - BAND - 2.2 * mm
    photo_w, photo_h = 19 * mm, 25.3 * mm
    if card.photo:
        canv.drawImage(ImageReader(BytesIO(card.photo)), PAD, top - photo_h, photo_w, photo_h)
    else:
        canv.setStrokeColor(MUTED)
        canv.setDash(1.5, 1.5)
        canv.rect(PAD, top - photo_h, photo_w, photo_h, stroke=1, fill=0)
        canv.setDash()
        draw_text(canv, PAD + photo_w / 2, top - photo_h / 2 - 2, "照片", fonts=fonts, size=7, color=MUTED,
                  anchor="center")
    qr = 21 * mm
    draw_qr(canv, card.pass_no, x=CARD_W - PAD - qr + 1.5 * mm, y=top - qr + 1.2 * mm, size=qr)
    x = PAD + photo_w + 2.5 * mm
    width = CARD_W - x - qr - 0.5 * mm
    draw_text(canv, x, top - 4 * mm, card.name, fonts=fonts, size=11.5, bold=True, max_width=width)
    draw_text(canv, x, top - 8 * mm, card.pass_no, fonts=fonts, size=7.5, bold=True, color=ACCENT, max_width=width)
    y = top - 8 * mm
    for caption, value in (("证件", card.id_masked or "—"), ("单位", card.company), ("单元", card.unit),
                           ("许可证", card.permit_no)):
        y -= 3.7 * mm
        draw_text(canv, x, y, caption, fonts=fonts, size=6, color=MUTED)
        draw_text(canv, x + 7.5 * mm, y, value, fonts=fonts, size=6.5, max_width=width - 7.5 * mm)
    draw_text(canv, PAD, 7.2 * mm, f"有效期至 {_day(card.valid_until)}", fonts=fonts, size=9, bold=True,
              color=ACCENT)
    draw_text(canv, PAD, 3 * mm, "随许可证失效；施工结束请交回管理处，遗失请即报告", fonts=fonts, size=5.5,
              color=MUTED, max_width=CARD_W - 2 * PAD)
    canv.restoreState()


def _origin() -> tuple[float, float]:
    page_w, page_h = A4
    return (page_w - COLUMNS * CARD_W) / 2, (page_h - ROWS * CARD_H) / 2


def _draw_cut_marks(canv) -> None:
    """Short marks in the margins on every cutting line, clear of the cards."""
    x0, y0 = _origin()
    gap, length = 2 * mm, 6 * mm
    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.4)
    right, top = x0 + COLUMNS * CARD_W, y0 + ROWS * CARD_H
    for i in range(COLUMNS + 1):
        x = x0 + i * CARD_W
        canv.line(x, top + gap, x, top + gap + length)
        canv.line(x, y0 - gap, x, y0 - gap - length)
    for j in range(ROWS + 1):
        y = y0 + j * CARD_H
        canv.line(x0 - gap, y, x0 - gap - length, y)
        canv.line(right + gap, y, right + gap + length, y)
    canv.restoreState()


def _draw_sheet(cards: Sequence[WorkerCard], letterhead: Letterhead, canv, fonts: FontSet) -> None:
    x0, y0 = _origin()
    _draw_cut_marks(canv)
    for n, card in enumerate(cards):
        row, column = divmod(n, COLUMNS)
        _draw_card(card, letterhead, canv, fonts, x0 + column * CARD_W, y0 + (ROWS - 1 - row) * CARD_H)


def render_worker_passes(cards: Sequence[WorkerCard], letterhead: Letterhead, *,
                         fonts: FontSet | None = None) -> bytes:
    """The passes at card size (85.6 × 54 mm), ten to an A4 sheet with cut marks, each with the QR of its own
    pass number; printed through the desk's A4 printer."""
    sheets = [cards[i:i + CARDS_PER_SHEET] for i in range(0, len(cards), CARDS_PER_SHEET)]
    return render_canvas([lambda canv, f, s=s: _draw_sheet(s, letterhead, canv, f) for s in sheets], pagesize=A4,
                         title=f"{PASS_TITLE} {cards[0].permit_no if cards else ''}".strip(),
                         author=letterhead.site_name, fonts=fonts)
