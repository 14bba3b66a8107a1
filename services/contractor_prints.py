"""The area's printouts: the blank inspection sheet from a template, the inspection record, the monthly
evaluation with its fee settlement and trend — the data gathered here, drawn in printouts/."""
from __future__ import annotations

import datetime as dt

from models import now
from models.contractors import ContractorInspection, InspectionResult, Rectification, TemplateItem
from services import contractor_evaluations as ev
from services import contractor_inspections as inspections
from services import contractor_templates as templates
from services.access import Actor, require
from services.contractor_templates import points_text
from services.contractors import SERVICE_PRINT, get_contractor
from services.money import add_months, capital
from services.printing import letterhead

GRADE_PRINT = {"full": "优（全额支付）", "mid": "合格（扣减）", "low": "不合格（扣减并书面警告）"}


def print_blank_sheet(service: str, *, by: Actor) -> bytes:
    """《外包服务巡查表》 blank, from the service's newest template, to fill in by hand on a round."""
    from printouts.contractor_inspection import InspectionSheet, SheetItem, render_inspection

    require(by, "contractor.view")
    t = templates.current_template(service, by=by)
    items = [SheetItem(i.seq, i.area, i.item + ("（合格/不合格）" if i.pass_fail else ""), i.standard,
                       points_text(i.points)) for i in t.items]
    sheet = InspectionSheet(t.name, t.revision, SERVICE_PRINT[service], "", items, points_text(t.total), now())
    return render_inspection(sheet, letterhead(by.site_id))


def print_inspection(inspection_id: int, *, by: Actor) -> bytes:
    """《外包服务巡查记录》: every item as scored, the non-conformities and the rectification requests they raised."""
    from printouts.contractor_inspection import InspectionSheet, Rectification, SheetItem, render_inspection

    view = inspections.get_inspection(inspection_id, by=by)
    row = view.row
    items = []
    for r in view.results:
        finding = ""
        if r.nonconforming:
            finding = ("严重不合格：" if r.serious else "不合格：") + r.note + ("（附照片）" if r.has_photo else "")
        given = ("合格" if r.points == r.points_max else "不合格") if r.pass_fail else points_text(r.points)
        items.append(SheetItem(r.seq, r.area, r.item + ("（合格/不合格）" if r.pass_fail else ""), r.standard,
                               points_text(r.points_max), given, finding))
    rects = tuple(Rectification(r.rectification, f"{r.area}·{r.item}", r.note, r.deadline,
                                f"{r.closed_on} 复查合格" if r.closed_on else "整改中")
                  for r in view.results if r.rectification)
    sheet = InspectionSheet(view.template_name, row.template_revision, SERVICE_PRINT[row.service], row.contractor,
                            items, points_text(view.points_max), now(), row.number, row.day, row.inspector,
                            row.areas, view.note, f"{row.score:.2f}", points_text(view.points_got), rects)
    return render_inspection(sheet, letterhead(by.site_id))


def print_evaluation(evaluation_id: int, *, by: Actor) -> bytes:
    """《外包服务月度考评表》 of one recorded version: score, deductions, penalties, fee, trend, sign-off."""
    from printouts.contractor_evaluation import EvaluationSheet, Penalty, render_evaluation

    e = ev.get_evaluation(evaluation_id, by=by)
    c = get_contractor(e.contractor_id, by=by)
    rule = ev.site_rule(by.site_id)
    serious = (InspectionResult.select(InspectionResult, ContractorInspection, TemplateItem)
               .join(ContractorInspection).switch(InspectionResult).join(TemplateItem)
               .where((ContractorInspection.contractor == c.id) & InspectionResult.serious
                      & ContractorInspection.day.between(e.month, add_months(e.month, 1) - dt.timedelta(days=1)))
               .order_by(ContractorInspection.day, ContractorInspection.id))
    each = f"{e.penalty / e.serious:,.2f}" if e.serious else ""
    # The penalties as the evaluation counted them: a correction recounts, an older version keeps its own count.
    penalties = tuple(Penalty(r.inspection.day, r.inspection.number, f"{r.item.area}·{r.item.item}", r.note, each)
                      for r in serious)[:e.serious]
    points = ev.trend(c.id, e.month, by=by)
    sheet = EvaluationSheet(
        c.id, c.name, SERVICE_PRINT[c.service], c.contract_no, f"{c.contract_start} 至 {c.contract_end}", e.month,
        e.revision, e.inspections, f"{e.score:.2f}", GRADE_PRINT[e.grade],
        f"{rule.full_mark:g} 分及以上全额支付；{rule.pass_mark:g}–{rule.full_mark:g} 分扣减 {rule.mid_rate:g}%；"
        f"低于 {rule.pass_mark:g} 分扣减 {rule.low_rate:g}% 并书面警告；"
        f"严重不合格每项罚款 {rule.serious_penalty:g} 元；"
        f"连续 {rule.review_months} 个月低于 {rule.pass_mark:g} 分提请合同评审",
        f"{e.base_fee:,.2f}", points_text(e.deduction_rate), f"{e.deduction:,.2f}", f"{e.penalty:,.2f}",
        f"{e.fee:,.2f}",
        capital(e.fee), e.warning, e.review, penalties,
        tuple((f"{p.month.month}月", float(p.score) if p.score is not None else None, p.signed) for p in points),
        float(rule.full_mark), float(rule.pass_mark), e.signed_by if e.signed else "", e.signed_at, e.reason, now())
    return render_evaluation(sheet, letterhead(by.site_id))


def open_rectifications(by: Actor) -> int:
    """How many rectification requests are open (for samples and reports)."""
    require(by, "contractor.view")
    return Rectification.select().where((Rectification.site == by.site_id) & Rectification.closed_on.is_null()).count()
