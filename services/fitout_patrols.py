"""Fit-out patrols (装修巡查): findings; a violation issues a rectification notice (整改通知单) with a deadline,
may fine against the deposit and may suspend the permit; a notice is closed only when someone else verifies it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import db, now
from models.fitout import Fitout, FitoutPatrol
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems, ValidationError
from services.fitout import deduct, get_fitout, transition
from services.money import parse_amount
from services.numbering import next_number

# 违规施工 the patrols name (SPEC §3), as printed on the notice.
VIOLATIONS = {
    "structural": "擅自拆改主体结构",
    "noise": "办公时间噪音施工",
    "fire": "消防设施缺失或动火无看护",
    "debris": "装修垃圾堆放在公共走道",
    "other": "其他违规",
}
PATROL_STATES = ("permit_issued", "in_progress", "suspended")


@dataclass
class PatrolInput:
    findings: str = ""
    violation: str = ""  # "" when all was in order
    deadline: dt.date | None = None  # by when it must be put right (a violation needs one)
    fine: str = ""  # taken from the deposit (a supervisor's decision)
    suspend: bool = False  # a serious violation stops the works


def record_patrol(fitout_id: int, version: int, data: PatrolInput, *, by: Actor, today: dt.date | None = None) -> int:
    """One patrol; with a violation, a numbered rectification notice, the fine and the suspension — all or none."""
    require(by, "fitout.desk", entity="fitout", record_id=fitout_id)
    if (data.fine or "").strip():
        # Checked before the transaction, so the refusal stays in the audit trail.
        require(by, "fitout.fine", entity="fitout", record_id=fitout_id)
    fitout = get_fitout(fitout_id, by=by)
    day = today or dt.date.today()
    problems = Problems()
    if fitout.state not in PATROL_STATES:
        problems.add("state", "fitout.not_allowed", action="patrol", state=fitout.state)
    findings = problems.text("findings", data.findings, 2000, required=True)
    if data.violation and data.violation not in VIOLATIONS:
        problems.add("violation", "required")
    fine = None
    if data.violation:
        if data.deadline is None:
            problems.add("deadline", "required")
        elif data.deadline < day:
            problems.add("deadline", "fitout.deadline_past")
        if (data.fine or "").strip():
            fine = parse_amount(data.fine)
            if fine is None:
                problems.add("fine", "fees.amount")
    elif data.fine or data.suspend:
        problems.add("violation", "required")
    problems.raise_if_any()
    with db.atomic():
        patrol = FitoutPatrol.create(
            fitout=fitout, day=day, username=by.username, full_name=by.full_name, findings=findings,
            violation=data.violation, deadline=data.deadline if data.violation else None, fine=fine,
            notice_no=next_number(by.site_id, "ZG", year=day.year) if data.violation else "")
        if fine:
            deduct(fitout_id, "fine", str(fine), f"{patrol.notice_no} {VIOLATIONS[data.violation]}", by=by, on=day)
        if data.suspend:
            transition(fitout_id, version, "suspend", by=by,
                       comment=f"{patrol.notice_no} {VIOLATIONS[data.violation]}：{findings}")
        record(by, "patrol", "fitout", fitout_id, after={"patrol": patrol.id, "notice": patrol.notice_no,
                                                         "violation": data.violation, "fine": fine})
    return patrol.id


def close_notice(patrol_id: int, note: str, *, by: Actor, today: dt.date | None = None) -> dt.date:
    """A notice is closed once someone other than its issuer has seen the work put right (验证); returns the day."""
    require(by, "fitout.desk")
    patrol = (FitoutPatrol.select(FitoutPatrol).join(Fitout)
              .where((FitoutPatrol.id == patrol_id) & (Fitout.site == by.site_id)).first())
    if patrol is None or not patrol.notice_no:
        raise NotFound("fitout_patrol", patrol_id)
    problems = Problems()
    note = problems.text("close_note", note, 1000, required=True)
    if patrol.username == by.username:
        problems.add("close_note", "fitout.verify_other")
    problems.raise_if_any()
    day = today or dt.date.today()
    with db.atomic():
        if not FitoutPatrol.update(closed_on=day, closed_by=by.username, close_note=note).where(
                (FitoutPatrol.id == patrol_id) & FitoutPatrol.closed_on.is_null()).execute():
            raise ValidationError("close_note", "fitout.notice_closed", number=patrol.notice_no)
        record(by, "close_notice", "fitout", patrol.fitout_id, after={"notice": patrol.notice_no}, note=note)
    return day


@dataclass(frozen=True)
class PatrolRow:
    id: int
    day: dt.date
    who: str
    findings: str
    violation: str
    notice_no: str
    deadline: dt.date | None
    fine: object
    closed_on: dt.date | None
    overdue: bool


def patrols(fitout_id: int, *, by: Actor, today: dt.date | None = None) -> list[PatrolRow]:
    get_fitout(fitout_id, by=by)
    day = today or dt.date.today()
    return [PatrolRow(p.id, p.day, p.full_name or p.username, p.findings, p.violation, p.notice_no, p.deadline,
                      p.fine, p.closed_on,
                      bool(p.notice_no and p.closed_on is None and p.deadline and p.deadline < day))
            for p in FitoutPatrol.select().where(FitoutPatrol.fitout == fitout_id).order_by(FitoutPatrol.id)]


def print_notice(patrol_id: int, *, by: Actor) -> bytes:
    """整改通知单 of a patrol's violation, A4."""
    from models import Tenant
    from printouts.fitout_notice import NoticeSheet, render_notice
    from services.printing import letterhead

    patrol = (FitoutPatrol.select(FitoutPatrol).join(Fitout)
              .where((FitoutPatrol.id == patrol_id) & (Fitout.site == by.site_id)).first())
    if patrol is None or not patrol.notice_no:
        raise NotFound("fitout_patrol", patrol_id)
    f = get_fitout(patrol.fitout_id, by=by)
    sheet = NoticeSheet(patrol.notice_no, f.number, f.permit_no, f.unit.code, Tenant.get_by_id(f.tenant_id).name,
                        f.contractor_name, f.site_manager, patrol.day, patrol.full_name or patrol.username,
                        VIOLATIONS[patrol.violation], patrol.findings, patrol.deadline,
                        f"{patrol.fine:,.2f}" if patrol.fine else "", f.state == "suspended", now())
    return render_notice(sheet, letterhead(by.site_id))
