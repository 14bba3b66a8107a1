"""《业户满意度调查结果》: the round's figures, a bar chart of the sections (with the previous round), every question's
average and score distribution drawn as bars (reportlab.graphics), the single-choice counts, the tenants' comments,
and the dissatisfied tenants to follow up; A4."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.drawing import INK, MUTED, RULE
from printouts.flowables import Column, Field, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLE = "业户满意度调查结果"
# 非常满意 … 非常不满意: green to red, legible in grey on a laser printer too.
SCALE_COLORS = {5: "#15803D", 4: "#65A30D", 3: "#CA8A04", 2: "#EA580C", 1: "#B91C1C"}
SCALE_NAMES = {5: "非常满意", 4: "满意", 3: "一般", 2: "不满意", 1: "非常不满意"}
BAR = colors.HexColor("#1F6FEB")
BEFORE = colors.HexColor("#B6C2CF")


@dataclass(frozen=True)
class ScoreLine:
    """A bar of the charts: a section or a question with its average, previous average and distribution."""

    label: str
    answers: int
    average: float | None
    previous: float | None
    satisfied: str  # "87.5%"
    distribution: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # counts of 5, 4, 3, 2, 1


@dataclass(frozen=True)
class ChoiceLine:
    seq: int
    text: str
    counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class FollowLine:
    tenant: str
    units: str
    average: str
    low_items: str
    state: str  # 待跟进 / 陈经理 2026-06-12 致电：…


@dataclass(frozen=True)
class ResultsSheet:
    round_number: str
    round_name: str
    period: str
    revision: int
    asked: int
    answered: int
    response_rate: str
    overall_average: str
    overall_satisfied: str
    previous: str  # "与 2026年上半年… 相比：平均分 +0.12，满意率 +3.1 个百分点" or ""
    sections: tuple[ScoreLine, ...]
    questions: tuple[ScoreLine, ...]
    choices: tuple[ChoiceLine, ...]
    comments: tuple[tuple[str, str], ...]
    follow_ups: tuple[FollowLine, ...]
    threshold: str
    printed_at: datetime


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut a label to the width it has, with an ellipsis (the table below gives it in full)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def average_bars(lines: tuple[ScoreLine, ...], fonts: FontSet, width: float, *, label_width: float = 34 * mm,
                 row: float = 7.5 * mm) -> Drawing:
    """One bar per line: its average on a 1–5 axis, the previous round's as a thin grey bar under it."""
    top_pad, bottom_pad = 4, 16
    height = top_pad + bottom_pad + row * len(lines)
    d = Drawing(width, height, initialFontName=fonts.regular)  # no unembedded Helvetica named in the PDF
    left, right = label_width, width - 20 * mm
    scale = (right - left) / 5

    def x_of(v: float) -> float:
        return left + v * scale

    for v in range(6):
        d.add(Line(x_of(v), bottom_pad, x_of(v), height - top_pad, strokeColor=colors.HexColor("#DDE3EA"),
                   strokeWidth=0.5))
        d.add(String(x_of(v), bottom_pad - 9, str(v), fontName=fonts.regular, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))
    for n, line in enumerate(lines):
        y = height - top_pad - (n + 1) * row
        d.add(String(left - 3, y + row / 2 - 2.5, _fit(line.label, fonts.regular, 8, left - 6), fontName=fonts.regular,
                     fontSize=8, fillColor=INK, textAnchor="end"))
        if line.average is not None:
            d.add(Rect(left, y + row * 0.38, line.average * scale, row * 0.46, fillColor=BAR, strokeColor=None))
            d.add(String(x_of(line.average) + 3, y + row * 0.45, f"{line.average:.2f}", fontName=fonts.regular,
                         fontSize=7.5, fillColor=INK))
        if line.previous is not None:
            d.add(Rect(left, y + row * 0.16, line.previous * scale, row * 0.16, fillColor=BEFORE, strokeColor=None))
    d.add(Line(left, bottom_pad, right, bottom_pad, strokeColor=RULE, strokeWidth=0.6))
    if any(line.previous is not None for line in lines):
        legend_y = 1
        d.add(Rect(left, legend_y, 8, 4, fillColor=BAR, strokeColor=None))
        d.add(String(left + 11, legend_y, "本次平均分", fontName=fonts.regular, fontSize=7, fillColor=MUTED))
        d.add(Rect(left + 60, legend_y, 8, 4, fillColor=BEFORE, strokeColor=None))
        d.add(String(left + 71, legend_y, "上次平均分", fontName=fonts.regular, fontSize=7, fillColor=MUTED))
    return d


def distribution_bars(lines: tuple[ScoreLine, ...], fonts: FontSet, width: float, *, label_width: float = 52 * mm,
                      row: float = 6.5 * mm) -> Drawing:
    """One 100% stacked bar per question: the share of each score, 非常满意 on the left; the legend under it."""
    top_pad, bottom_pad = 3, 14
    height = top_pad + bottom_pad + row * len(lines)
    d = Drawing(width, height, initialFontName=fonts.regular)
    left, right = label_width, width - 14 * mm
    span = right - left
    for n, line in enumerate(lines):
        y = height - top_pad - (n + 1) * row
        d.add(String(left - 3, y + row / 2 - 2.5, _fit(line.label, fonts.regular, 7.5, left - 6),
                     fontName=fonts.regular, fontSize=7.5, fillColor=INK, textAnchor="end"))
        total = sum(line.distribution)
        x = left
        for score, count in zip((5, 4, 3, 2, 1), line.distribution, strict=True):
            if not total or not count:
                continue
            w = span * count / total
            d.add(Rect(x, y + row * 0.18, w, row * 0.64, fillColor=colors.HexColor(SCALE_COLORS[score]),
                       strokeColor=colors.white, strokeWidth=0.4))
            if w > 9:
                d.add(String(x + w / 2, y + row * 0.36, str(count), fontName=fonts.regular, fontSize=6.5,
                             fillColor=colors.white, textAnchor="middle"))
            x += w
        d.add(String(right + 3, y + row * 0.36, line.satisfied, fontName=fonts.regular, fontSize=7, fillColor=INK))
    x = left
    for score in (5, 4, 3, 2, 1):
        d.add(Rect(x, 2, 8, 5, fillColor=colors.HexColor(SCALE_COLORS[score]), strokeColor=None))
        d.add(String(x + 11, 2, SCALE_NAMES[score], fontName=fonts.regular, fontSize=7, fillColor=MUTED))
        x += 14 + stringWidth(SCALE_NAMES[score], fonts.regular, 7) + 8
    d.add(String(right + 3, 2, "满意率", fontName=fonts.regular, fontSize=7, fillColor=MUTED))
    return d


def _story(s: ResultsSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    head = field_grid([
        Field("调查名称", s.round_name, wide=True), Field("调查编号", s.round_number),
        Field("调查期间", s.period), Field("问卷版本", f"第 {s.revision} 版"), Field("发放问卷", f"{s.asked} 户"),
        Field("回收问卷", f"{s.answered} 户"), Field("回收率", s.response_rate),
        Field("总体平均分", s.overall_average), Field("总体满意率", s.overall_satisfied),
        Field("与上次比较", s.previous or "（无上次调查）", wide=True),
    ], fonts=fonts, width=width)
    table = data_table(
        [Column("题目", 4.2), Column("答卷", 0.8, "right"), Column("平均分", 0.9, "right"),
         Column("满意率", 1.0, "right"), *(Column(str(n), 0.55, "right") for n in (5, 4, 3, 2, 1)),
         Column("上次", 0.9, "right")],
        [(q.label, str(q.answers), "—" if q.average is None else f"{q.average:.2f}", q.satisfied,
          *(str(c) for c in q.distribution), "—" if q.previous is None else f"{q.previous:.2f}")
         for q in s.questions], fonts=fonts, width=width)
    choices = data_table([Column("题目", 3), Column("选择情况", 5)],
                         [(f"{c.seq}. {c.text}", "；".join(f"{name} {n} 户" for name, n in c.counts))
                          for c in s.choices], fonts=fonts, width=width, empty="（无单选题）")
    comments = data_table([Column("业户", 2), Column("意见和建议", 6)], list(s.comments), fonts=fonts, width=width,
                          empty="（无）")
    follow = data_table([Column("业户", 2.2), Column("单元", 1.2), Column("平均分", 0.8, "right"),
                         Column("低分项", 3.2), Column("跟进", 2.6)],
                        [(f.tenant, f.units, f.average, f.low_items, f.state) for f in s.follow_ups],
                        fonts=fonts, width=width, empty="（无不满意业户）")
    return [section("一、调查概况", head, fonts, keep_whole=True),
            section("二、各类服务平均分（满分 5 分）", average_bars(s.sections, fonts, width), fonts, keep_whole=True),
            section("三、各题评分分布", distribution_bars(s.questions, fonts, width), fonts, keep_whole=True),
            section("四、各题得分明细", table, fonts),
            section("五、单选题统计", choices, fonts),
            section("六、业户意见和建议", comments, fonts),
            section("七、待跟进的不满意业户", follow, fonts),
            Spacer(1, 2 * mm), para(f"说明：满意率为评“满意”“非常满意”的答卷占比；{s.threshold}", fonts, "note")]


def render_survey_results(sheet: ResultsSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=sheet.round_number, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=sheet.round_name)
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
