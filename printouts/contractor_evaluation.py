"""《外包服务月度考评表》: the month's score, the deductions and penalties, the resulting fee, the trend over
12 months as a chart (reportlab.graphics), and the manager's sign-off; A4."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.drawing import INK, MUTED, RULE
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLE = "外包服务月度考评表"


@dataclass(frozen=True)
class Penalty:
    day: date
    inspection: str
    item: str
    note: str
    amount: str


@dataclass(frozen=True)
class EvaluationSheet:
    contractor_id: int
    contractor: str
    service: str
    contract_no: str
    contract_period: str
    month: date
    revision: int
    inspections: int
    score: str
    grade: str  # as printed: 优 / 合格 / 不合格
    rule: str  # the site's rule in words
    base_fee: str
    deduction_rate: str
    deduction: str
    penalty: str
    fee: str
    fee_capital: str
    warning: bool
    review: bool
    penalties: tuple[Penalty, ...]
    trend: tuple[tuple[str, float | None, bool], ...]  # (label, score, signed)
    full_mark: float
    pass_mark: float
    signed_by: str  # "" while a draft
    signed_at: datetime | None
    reason: str  # why this version corrects the one before
    printed_at: datetime

    @property
    def number(self) -> str:
        return f"KP-{self.month:%Y%m}-{self.contractor_id:03d}-V{self.revision}"


def trend_drawing(points: tuple[tuple[str, float | None, bool], ...], full_mark: float, pass_mark: float,
                  fonts: FontSet, width: float, height: float = 55 * mm) -> Drawing:
    """The scores of the last months as a line, with the full-fee and pass marks dashed; signed months filled."""
    d = Drawing(width, height)
    left, bottom, right, top = 26, 18, width - 40, height - 8
    scores = [s for _, s, _ in points if s is not None]
    floor = max(0.0, (int(min([*scores, pass_mark])) // 10) * 10 - 10)

    def y_of(v: float) -> float:
        return bottom + (v - floor) / (100 - floor) * (top - bottom)

    step = 10 if 100 - floor <= 60 else 20
    v = floor
    while v <= 100:
        d.add(Line(left, y_of(v), right, y_of(v), strokeColor=colors.HexColor("#DDE3EA"), strokeWidth=0.5))
        d.add(String(left - 4, y_of(v) - 3, f"{v:g}", fontName=fonts.regular, fontSize=7, fillColor=MUTED,
                     textAnchor="end"))
        v += step
    for mark, color, label in ((full_mark, colors.HexColor("#15803D"), "全额"),
                               (pass_mark, colors.HexColor("#C62828"), "合格")):
        d.add(Line(left, y_of(mark), right, y_of(mark), strokeColor=color, strokeWidth=0.8, strokeDashArray=[3, 2]))
        d.add(String(right + 4, y_of(mark) - 2.5, f"{label} {mark:g}", fontName=fonts.regular, fontSize=6.5,
                     fillColor=color))
    dx = (right - left) / max(1, len(points) - 1)
    run: list[float] = []
    for n, (label, score, _signed) in enumerate(points):
        x = left + n * dx
        d.add(String(x, bottom - 11, label, fontName=fonts.regular, fontSize=7, fillColor=MUTED, textAnchor="middle"))
        if score is None:
            if len(run) >= 4:
                d.add(PolyLine(run, strokeColor=colors.HexColor("#1F6FEB"), strokeWidth=1.4))
            run = []
            continue
        run += [x, y_of(score)]
    if len(run) >= 4:
        d.add(PolyLine(run, strokeColor=colors.HexColor("#1F6FEB"), strokeWidth=1.4))
    for n, (_label, score, signed) in enumerate(points):
        if score is not None:
            x = left + n * dx
            d.add(Circle(x, y_of(score), 2.2, strokeColor=colors.HexColor("#1F6FEB"), strokeWidth=1,
                         fillColor=colors.HexColor("#1F6FEB") if signed else colors.white))
            d.add(String(x, y_of(score) + 4, f"{score:.1f}", fontName=fonts.regular, fontSize=6.5, fillColor=INK,
                         textAnchor="middle"))
    d.add(Line(left, bottom, right, bottom, strokeColor=RULE, strokeWidth=0.6))
    return d


def _story(s: EvaluationSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    head = field_grid([
        Field("外包单位", s.contractor, wide=True), Field("服务类别", s.service),
        Field("合同编号", s.contract_no or "—"), Field("合同期", s.contract_period),
        Field("考评月份", f"{s.month.year} 年 {s.month.month} 月"),
    ], fonts=fonts, width=width)
    result = field_grid([
        Field("巡查次数", str(s.inspections)), Field("月度得分", s.score), Field("考评等级", s.grade),
        Field("考评版本", f"第 {s.revision} 版"), Field("考评规则", s.rule, wide=True),
    ], fonts=fonts, width=width)
    fee = data_table([Column("项目", 3), Column("说明", 4), Column("金额（元）", 2, "right")], [
        ("合同月服务费", "", s.base_fee),
        ("考评扣减", f"按得分扣减 {s.deduction_rate}%", f"-{s.deduction}"),
        ("严重不合格罚款", f"{len(s.penalties)} 项", f"-{s.penalty}"),
    ], fonts=fonts, width=width, total=("应付服务费", s.fee_capital, s.fee))
    penalties = data_table([Column("日期", 1.1, "center"), Column("巡查编号", 1.3), Column("项目", 1.6),
                            Column("不合格情况", 3.2), Column("罚款（元）", 1.1, "right")],
                           [(p.day.isoformat(), p.inspection, p.item, p.note, p.amount) for p in s.penalties],
                           fonts=fonts, width=width, empty="（本月无严重不合格项）")
    story: list[Flowable] = [section("一、外包单位", head, fonts, keep_whole=True),
                             section("二、考评结果", result, fonts, keep_whole=True),
                             section("三、服务费结算", fee, fonts, keep_whole=True),
                             section("四、严重不合格项及罚款", penalties, fonts),
                             section("五、近 12 个月得分走势", trend_drawing(s.trend, s.full_mark, s.pass_mark, fonts,
                                                                      width), fonts, keep_whole=True)]
    notes = []
    if s.warning:
        notes.append("本月得分低于合格线，管理处发出书面警告，请外包单位书面说明原因并提交整改计划。")
    if s.review:
        notes.append("连续三个月得分低于合格线，本合同提请评审。")
    if s.reason:
        notes.append(f"本版为更正版本，更正原因：{s.reason}")
    for text in notes:
        story += [Spacer(1, 2 * mm), para(text, fonts, "value")]
    signed = (f"已由 {s.signed_by} 于 {s.signed_at:%Y-%m-%d %H:%M} 签认" if s.signed_by and s.signed_at
              else "草稿：未经客服经理签认，不作为结算依据")
    story += [Spacer(1, 3 * mm), para(f"签认状态：{signed}", fonts, "note"), Spacer(1, 5 * mm),
              SignatureLines(["考评人", "客服经理", "外包单位确认"], fonts, row_height=9 * mm)]
    return story


def render_evaluation(sheet: EvaluationSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLE, form_no=sheet.number, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"{sheet.contractor}　{sheet.month.year} 年 {sheet.month.month} 月", qr=sheet.number)
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
