"""Demo fit-outs: one or more in every state, with their steps spread over the last weeks, fees and deposits
through the fees area, permits and workers' passes (the ones at work today are on the evacuation list)."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from models import FitoutStep, Tenant, TenantUnit, Unit, now
from services import fitout
from services.access import Actor
from services.fees import owes
from services.fitout import FitoutInput
from services.fitout_passes import WorkerInput, issue_passes
from services.fitout_patrols import PatrolInput, close_notice, record_patrol
from services.payments import PaymentInput, take_payment

# The way to the end, (action, role); a fit-out in a state has taken the steps before it.
FULL = [("submit", "clerk"), ("start_review", "clerk"), ("pass_desk", "clerk"), ("pass_drawings", "engineer"),
        ("approve", "manager"), ("confirm_fees", "clerk"), ("issue_permit", "clerk"), ("start_work", "clerk"),
        ("request_completion", "clerk"), ("accept", "engineer"), ("approve_refund", "manager"), ("close", "clerk")]
OTHER = {
    "revision": FULL[:2] + [("send_back", "clerk")],
    "rejected": FULL[:3] + [("reject", "engineer")],
    "withdrawn": FULL[:1] + [("withdraw", "clerk")],
    "suspended": FULL[:8] + [("suspend", "steward")],
}
PLAN = ("draft", "submitted", "desk_review", "drawing_review", "manager_approval", "revision", "rejected",
        "withdrawn", "approved", "fees_paid", "permit_issued", "in_progress", "in_progress", "in_progress",
        "suspended", "completion_requested", "accepted", "deposit_refunded", "closed")
COMMENTS = {"send_back": "消防喷淋点位图缺失，请补充后重新提交", "reject": "拟拆除承重墙，不予批准",
            "withdraw": "业户取消本次装修", "pass_drawings": "图纸符合要求", "approve": "同意施工",
            "accept": "竣工验收合格", "approve_refund": "复验完成，按结算退还",
            "suspend": "巡查发现擅自拆除隔墙内的承重构件，责令停工整改"}
CONTRACTORS = (("深圳市华匠装饰工程有限公司", "D244012345", "王建国"),
               ("深圳市筑美建筑装饰有限公司", "D244056789", "陈志强"),
               ("广东居然装饰集团有限公司", "D144001122", "黄德明"),
               ("深圳市安美特装饰设计工程有限公司", "D244077881", "林晓峰"))
SCOPES = ("办公区隔墙、吊顶、地毯铺设，新增会议室一间", "前台及接待区装修，更换灯具", "开放办公区改造，增设电源插座",
          "总经理室及财务室装修，加装门禁", "机房改造，新增精密空调（涉及空调系统改动）")


@dataclass(frozen=True)
class FitoutDemo:
    fitouts: int
    passes: int
    payments: int
    patrols: int
    inspections: int


# The applicant and the papers seen (the move-in rule, services/applicant_papers.py).
APPLICANTS = (("own", ("id_copy",)), ("agent", ("id_copy", "authorisation", "agent_id")),
              ("company", ("id_copy", "business_licence")))


def _inspect(fid: int, kind: str, by: Actor, day: dt.date, failing: dict[str, str] | None = None) -> None:
    from services import fitout_inspections as fi

    failing = failing or {}
    plan = fi.to_check(fid, kind, by=by)
    fi.record_inspection(fid, fi.InspectionInput(kind, day, by.full_name or by.username, [
        fi.ItemResult(item, item not in failing, failing.get(item, "")) for item in plan.items]), by=by, today=day)


def _acceptance(fid: int, staff: dict[str, Actor], day: dt.date, *, failing: bool) -> int:
    """The completion acceptance (failed first on two items and inspected again two days on, when `failing`) and
    the fire acceptance; returns the inspections recorded."""
    from services.fitout_inspections import default_items

    engineer = staff["engineer"]
    count = 0
    if failing:
        items = default_items(engineer.site_id, "completion")
        _inspect(fid, "completion", engineer, day - dt.timedelta(days=2),
                 {items[4]: "会议室吊顶未预留检修口", items[6]: "电梯厅仍有石膏板余料"})
        count += 1
    _inspect(fid, "completion", engineer, day)
    _inspect(fid, "fire", engineer, day)
    return count + 2


def _align_inspections(fid: int) -> None:
    """The acceptance inspections on the day of the acceptance step, once the steps are put back in time (a failed
    first inspection two days before)."""
    from models import FitoutInspection

    accepted = (FitoutStep.select(FitoutStep.at).where((FitoutStep.fitout == fid) & (FitoutStep.action == "accept"))
                .first())
    if accepted is None:
        return
    day = accepted.at.date()
    for row in FitoutInspection.select().where((FitoutInspection.fitout == fid)
                                               & FitoutInspection.kind.in_(("completion", "fire"))):
        FitoutInspection.update(day=day if row.passed else day - dt.timedelta(days=2)).where(
            FitoutInspection.id == row.id).execute()


def _align_money(fid: int, payment_id: int | None) -> None:
    """The fees ledger on the days of the steps put back in time: the debris fee charged at the approval, paid and
    the deposit received when the fees were confirmed, the pass deposits at the permit, the refund (and the
    damages found before it) at the manager's approval."""
    from models import Fitout
    from models.fees import Charge, DepositEntry, Payment

    days = {s.action: s.at.date() for s in FitoutStep.select().where(FitoutStep.fitout == fid).order_by(FitoutStep.id)}
    f = Fitout.get_by_id(fid)
    if f.charge_id and "approve" in days:
        Charge.update(posted_on=days["approve"]).where(Charge.id == f.charge_id).execute()
    if payment_id and "confirm_fees" in days:
        Payment.update(paid_on=days["confirm_fees"]).where(Payment.id == payment_id).execute()
    entries = DepositEntry.select().where((DepositEntry.tenant == f.tenant_id)
                                          & DepositEntry.purpose.endswith(f" {f.number}"))
    for entry in entries:
        step = ("approve_refund" if entry.kind == "refunded" and entry.purpose.startswith("装修押金")
                else "issue_permit" if entry.purpose.startswith("出入证押金")
                else "confirm_fees" if entry.kind == "received"
                else "approve_refund" if "approve_refund" in days else None)
        if step in days:
            DepositEntry.update(day=days[step]).where(DepositEntry.id == entry.id).execute()


def _follow_up(fid: int, staff: dict[str, Actor], today: dt.date) -> int:
    """The follow-up inspection (复验) on the day it falls due (or today)."""
    from services.fitout import follow_up_due, get_fitout

    engineer = staff["engineer"]
    due = follow_up_due(get_fitout(fid, by=engineer), engineer.site_id) or today
    _inspect(fid, "follow_up", engineer, min(today, due))
    return 1


def _path(state: str) -> list[tuple[str, str]]:
    if state in OTHER:
        return OTHER[state]
    if state == "draft":
        return []
    return FULL[:[to for to in ("submitted", "desk_review", "drawing_review", "manager_approval", "approved",
                                "fees_paid", "permit_issued", "in_progress", "completion_requested", "accepted",
                                "deposit_refunded", "closed")].index(state) + 1]


def fill_fitouts(rng: random.Random, site_id: int, staff: dict[str, Actor], today: dt.date, seed: int) -> FitoutDemo:
    from services.visitor_bulk import people

    clerk = staff["clerk"]
    holders = list(TenantUnit.select(TenantUnit.tenant, Unit.code).join(Unit).switch(TenantUnit).join(Tenant)
                   .where((Unit.site == site_id) & TenantUnit.until.is_null() & (Tenant.status == "active"))
                   .order_by(Unit.code).tuples())
    rng.shuffle(holders)
    # Fit-outs that get as far as paying go to tenants with nothing else open, so the demo's arrears stay as they are.
    clear = [h for h in holders if owes(h[0], by=clerk) <= 0]
    workers = iter(people(80, seed + 7))
    passes = payments = patrols = inspections = 0
    payment_ids: dict[int, int] = {}
    for i, state in enumerate(PLAN):
        path = _path(state)
        tenant_id, unit_code = clear.pop() if len(path) > 5 else holders.pop()
        name, licence, manager = CONTRACTORS[i % len(CONTRACTORS)]
        if state in ("deposit_refunded", "closed"):  # refunded after the follow-up inspection, 3 months on
            start = today - dt.timedelta(days=rng.randrange(130, 140))
            end = start + dt.timedelta(days=rng.randrange(25, 35))
        elif state in ("completion_requested", "accepted"):
            start = today - dt.timedelta(days=rng.randrange(45, 58))
            end = start + dt.timedelta(days=rng.randrange(25, 35))
        else:
            start = today + dt.timedelta(days=rng.randrange(-20, 15) if len(path) > 6 else rng.randrange(5, 30))
            end = start + dt.timedelta(days=rng.randrange(30, 60))
        lapsing = state == "in_progress" and i == PLAN.index("in_progress")
        data = FitoutInput(
            unit_code=unit_code, tenant_id=tenant_id, applicant_name=f"{rng.choice('李王张刘陈杨赵黄周吴')}先生",
            applicant_phone=f"13{rng.randrange(100000000, 999999999)}", contractor_name=name,
            contractor_licence=licence, site_manager=manager,
            contractor_phone=f"139{rng.randrange(10000000, 99999999)}",
            scope=rng.choice(SCOPES), area=f"{rng.randrange(6000, 30000) / 100:.2f}", planned_start=start,
            planned_end=end, drawings="平面布置图\n天花布置图\n电气系统图" + ("\n暖通图" if i % 3 == 0 else ""),
            structural=i == PLAN.index("manager_approval"), hot_work=i % 4 == 1, fire_hvac=i % 5 == 4,
            authority_letter=f"深住建装批〔2026〕0{i:03d}号" if i % 6 == 4 else "",
            insurer="中国平安财产保险股份有限公司", insurance_cover="2000000",
            insurance_expiry=today + dt.timedelta(days=5) if lapsing else end + dt.timedelta(days=365),
            applicant_kind=APPLICANTS[i % len(APPLICANTS)][0], papers=list(APPLICANTS[i % len(APPLICANTS)][1]))
        fid = fitout.create_fitout(data, by=clerk)
        version = 1
        for action, role in path:
            if action == "suspend":  # a serious violation on patrol: notice, fine and suspension in one
                patrols += 1
                record_patrol(fid, version, PatrolInput(
                    "巡查发现擅自凿除隔墙内的结构柱保护层，露出钢筋", "structural", today + dt.timedelta(days=3),
                    "2000", suspend=True), by=staff["supervisor"])
                continue
            if action == "accept":
                inspections += _acceptance(fid, staff, min(today, end + dt.timedelta(days=2)),
                                           failing=state == "accepted")
            if action == "approve_refund":
                _spread(rng, fid, start)  # the acceptance back in time: the follow-up inspection is due now
                inspections += _follow_up(fid, staff, today)
            if action == "approve_refund" and state == "closed":
                fitout.deduct(fid, "damage", "350.00", "电梯轿厢壁板划伤", by=staff["supervisor"])
            if action == "confirm_fees":
                fitout.receive_deposit(fid, by=clerk)
                paid = take_payment(PaymentInput(tenant_id, str(owes(tenant_id, by=clerk)), "wechat"), by=clerk)
                payment_ids[fid] = paid.payment_id
                payments += 1
            version = fitout.transition(fid, version, action, by=staff[role], comment=COMMENTS.get(action, ""),
                                        today=min(start, today) if action == "issue_permit" else None)
            if action == "issue_permit":
                crew = [next(workers) for _ in range(rng.randrange(3, 7))]
                # The first two workers of every third crew brought a photo.
                passes += len(issue_passes(fid, [WorkerInput(p.name, p.id_number, photo=silhouette(seed + i * 10 + n)
                                                             if i % 3 == 0 and n < 2 else None)
                                                 for n, p in enumerate(crew)], by=clerk))
        if state == "in_progress":
            patrols += _patrols(rng, fid, version, staff, today, closed=i % 2 == 0)
        if state not in ("deposit_refunded", "closed"):
            _spread(rng, fid, start if len(path) > 6 else today)
        _align_inspections(fid)
        _align_money(fid, payment_ids.get(fid))
    return FitoutDemo(len(PLAN), passes, payments, patrols, inspections)


def _patrols(rng: random.Random, fid: int, version: int, staff: dict[str, Actor], today: dt.date, *,
             closed: bool) -> int:
    """A patrol in order, then one that finds debris in the corridor (its notice verified closed, or still open)."""
    steward = staff["steward"]
    record_patrol(fid, version, PatrolInput("现场整洁，灭火器、动火证齐全"), by=steward,
                  today=today - dt.timedelta(days=rng.randrange(3, 6)))
    day = today - dt.timedelta(days=rng.randrange(0, 2))
    pid = record_patrol(fid, version, PatrolInput("电梯厅走道堆放石膏板废料，阻碍通行", "debris",
                                                  day + dt.timedelta(days=1)), by=steward, today=day)
    if closed:
        close_notice(pid, "复查：走道已清理干净", by=staff["clerk"], today=today)
    return 2


def _spread(rng: random.Random, fitout_id: int, permit_day: dt.date) -> None:
    """Put the steps back in time: a day or two apart, the permit's step before the works start (steps already
    put back are left alone)."""
    steps = list(FitoutStep.select().where((FitoutStep.fitout == fitout_id) & (FitoutStep.at >= now().replace(
        hour=0, minute=0, second=0))).order_by(FitoutStep.id.desc()))
    moment = min(now(), dt.datetime.combine(permit_day, dt.time(16, 0)) + dt.timedelta(days=len(steps)))
    for step in steps:
        moment -= dt.timedelta(days=rng.randrange(1, 3), hours=rng.randrange(0, 5))
        FitoutStep.update(at=moment.replace(minute=rng.randrange(60), second=0)).where(
            FitoutStep.id == step.id).execute()


def silhouette(seed: int) -> bytes:
    """A worker's demo photo: a drawn head-and-shoulders silhouette on a pale ground (PNG, 300 × 400)."""
    from io import BytesIO

    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    ground = (rng.randrange(200, 235), rng.randrange(215, 240), rng.randrange(230, 250))
    figure = tuple(rng.randrange(60, 110) for _ in range(3))
    image = Image.new("RGB", (300, 400), ground)
    draw = ImageDraw.Draw(image)
    draw.ellipse((30, 250, 270, 520), fill=figure)  # shoulders
    draw.rectangle((125, 200, 175, 270), fill=figure)  # neck
    draw.ellipse((90, 80, 210, 230), fill=figure)  # head
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
