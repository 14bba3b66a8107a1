"""《业户满意度调查问卷》: the paper questionnaire, one per tenant, with the tenant's name and units and a QR code
of the round and tenant, so the desk scans the returned form to open that tenant's answer sheet; A4."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.codes import qr_drawing
from printouts.drawing import HEAD_FILL, INK, LABEL_FILL, RULE
from printouts.flowables import Field, SignatureLines, field_grid, para, text_box
from printouts.fonts import FontSet, cjk_fonts

TITLE = "业户满意度调查问卷"
SCALE_HEADS = ("非常满意", "满意", "一般", "不满意", "非常不满意")


class TickBox(Flowable):
    """An empty square to tick with a pen (a glyph □ prints too small to tick)."""

    def __init__(self, size: float = 3.4 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size)


def _options(choices: tuple[str, ...], fonts: FontSet) -> Table:
    """A single choice's options in a row: a box and its words each."""
    cells: list[object] = []
    for c in choices:
        cells += [TickBox(), para(c, fonts, "cell")]
    widths = []
    for c in choices:
        widths += [5 * mm, (len(c) + 2) * 3.6 * mm]
    return Table([cells], colWidths=widths, hAlign="LEFT", style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),  # a table names its cells' font even for flowables
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))


@dataclass(frozen=True)
class FormQuestion:
    seq: int
    section: str
    kind: str  # scale / choice / text
    text: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class TenantForm:
    tenant: str
    units: str
    code: str  # the QR payload: round number / tenant id


@dataclass(frozen=True)
class SurveyForm:
    round_number: str
    round_name: str
    closes_on: date
    questions: tuple[FormQuestion, ...]
    tenants: tuple[TenantForm, ...]
    office_phone: str
    printed_at: datetime


def _sections(questions: tuple[FormQuestion, ...]) -> list[tuple[str, list[FormQuestion]]]:
    out: list[tuple[str, list[FormQuestion]]] = []
    for q in questions:
        if not out or out[-1][0] != q.section:
            out.append((q.section, []))
        out[-1][1].append(q)
    return out


def _grid(rows: list[list[object]], widths: list[float], fonts: FontSet, extra: list[tuple]) -> Table:
    return Table(rows, colWidths=widths, hAlign="LEFT", style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        *extra,
    ]))


def _questions(sections: list[tuple[str, list[FormQuestion]]], fonts: FontSet, width: float) -> list[Flowable]:
    """One table under the scale's heads: a row per section, a row of boxes per score question, a single choice's
    options across; then each free-text question with a box to write in."""
    box_w = 18 * mm
    text_w = width - 8 * mm - 5 * box_w
    rows: list[list[object]] = [[para("序", fonts, "head", "center"), para("题目", fonts, "head"),
                                 *(para(h, fonts, "head", "center") for h in SCALE_HEADS)]]
    extra: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                          ("ALIGN", (2, 1), (-1, -1), "CENTER")]
    texts: list[FormQuestion] = []
    for number, (name, qs) in enumerate(sections, 1):
        asked = [q for q in qs if q.kind != "text"]
        texts += [q for q in qs if q.kind == "text"]
        if not asked:
            continue
        extra += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)),
                                                              LABEL_FILL)]
        rows.append([para(f"{_chinese_number(number)}、{name}", fonts, "head"), "", "", "", "", "", ""])
        for q in asked:
            r = len(rows)
            if q.kind == "scale":
                rows.append([para(str(q.seq), fonts, "cell", "center"), para(q.text, fonts, "cell"),
                             *(TickBox() for _ in SCALE_HEADS)])
            else:
                rows.append([para(str(q.seq), fonts, "cell", "center"), para(q.text, fonts, "cell"),
                             _options(q.choices, fonts), "", "", "", ""])
                extra.append(("SPAN", (2, r), (-1, r)))
    parts: list[Flowable] = []
    if len(rows) > 1:
        parts.append(_grid(rows, [8 * mm, text_w, *([box_w] * 5)], fonts, extra))
        parts[-1].repeatRows = 1
    for q in texts:
        parts += [Spacer(1, 2 * mm), para(f"{q.seq}. {q.section}：{q.text}", fonts, "value"), Spacer(1, 1 * mm),
                  text_box("", fonts=fonts, width=width, blank_height=18 * mm)]
    return parts


def _head(t: TenantForm, s: SurveyForm, fonts: FontSet, width: float) -> Flowable:
    qr_size = 24 * mm
    fields = field_grid([
        Field("业户名称", t.tenant, wide=True), Field("单元", t.units or "—"),
        Field("调查编号", s.round_number), Field("回收截止", f"{s.closes_on:%Y-%m-%d}"),
        Field("填表日期", "______年____月____日"),
    ], fonts=fonts, width=width - qr_size - 3 * mm, label_width=20 * mm)
    qr = qr_drawing(t.code, qr_size)
    qr.initialFontName = fonts.regular  # else the drawing names an unembedded Helvetica
    code = [qr, para(t.code, fonts, "note", "center")]
    return Table([[fields, code]], colWidths=[width - qr_size - 2 * mm, qr_size + 2 * mm], hAlign="LEFT",
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))


def _story(s: SurveyForm, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    story: list[Flowable] = []
    for n, t in enumerate(s.tenants):
        if n:
            story.append(PageBreak())
        story += [_head(t, s, fonts, width), Spacer(1, 2 * mm), para(
            f"尊敬的业户：为改进我们的服务，请在每题符合您感受的方框内打“√”，于 {s.closes_on:%Y年%m月%d日} 前交回"
            f"客服中心（电话 {s.office_phone or '—'}）。感谢您的支持！", fonts, "note"), Spacer(1, 1.5 * mm)]
        story += _questions(_sections(s.questions), fonts, width)
        story += [Spacer(1, 1 * mm), SignatureLines(["填表人及电话"], fonts, row_height=8 * mm, with_date=False)]
    return story


def _chinese_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n <= 10:
        return "十" if n == 10 else digits[n]
    return ("" if n < 20 else digits[n // 10]) + "十" + (digits[n % 10] if n % 10 else "")


def render_survey_form(form: SurveyForm, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=form.round_number, printed_at=form.printed_at, letterhead=letterhead,
                    subtitle=form.round_name)
    return render_form(_story(form, fonts), info, fonts=fonts, pagesize=A4)
