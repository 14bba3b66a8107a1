"""Gathering the data of the request forms and rendering them: work order, complaint record, callback list."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from models import now
from services.access import Actor, require
from services.callbacks import callback_queue
from services.errors import ValidationError
from services.printing import letterhead
from services.request_views import RequestDetail, get_request

if TYPE_CHECKING:
    from printouts.requests import RequestHead

# Printed forms are in Chinese whatever the UI language: they are the desk's paper forms.
CHANNEL_PRINT = {"phone": "电话", "visit": "来访", "letter": "来函", "online": "网上"}
CATEGORY_PRINT = {"repair": "报修", "complaint": "投诉", "enquiry": "咨询", "suggestion": "建议", "help": "求助"}
LEVEL_PRINT = {"major": "重大投诉", "important": "重要投诉", "minor": "一般投诉"}
REPAIR_KIND_PRINT = {"safety": "消防安全设施", "leak": "渗漏", "other": "一般维修"}
STEP_PRINT = {"escalate": "上报", "reply": "答复业户", "resolve": "处理完毕", "tell": "告知结果"}
EVENT_PRINT = {
    "taken": "受理", "dispatched": "派工", "held": "挂起", "resumed": "恢复", "escalated": "上报",
    "replied": "答复", "resolved": "完成", "told": "告知结果", "assigned": "转交", "cancelled": "作废",
    "reopened": "返修", "closed": "关闭",
}


def kind_text(category: str, level: str, repair_kind: str) -> str:
    """报修（渗漏）, 投诉（重大投诉）, 咨询 … as printed."""
    base = CATEGORY_PRINT.get(category, category)
    if category == "repair" and repair_kind:
        return f"{base}（{REPAIR_KIND_PRINT.get(repair_kind, repair_kind)}）"
    if category == "complaint" and level:
        return f"{base}（{LEVEL_PRINT.get(level, level)}）"
    return base


def _head(d: RequestDetail) -> RequestHead:
    from printouts.requests import RequestHead

    data = d.data
    return RequestHead(
        number=d.number, received_at=data.received_at, channel=CHANNEL_PRINT.get(data.channel, data.channel),
        kind=kind_text(data.category, data.level, data.repair_kind), tenant=d.tenant_name, unit=data.unit_code,
        caller=data.caller_name, phone=data.caller_phone, text=data.text, suits_tenant=data.suits_tenant,
        owner=d.owner_name, source=d.source,
    )


def print_work_order(request_id: int, *, by: Actor) -> bytes:
    """The 《维修工作单》 of a repair, for the technician, as PDF bytes."""
    from printouts.requests import WorkOrderSheet, render_work_order

    d = get_request(request_id, by=by)
    if d.data.category != "repair":
        raise ValidationError("category", "request.not_repair")
    sheet = WorkOrderSheet(
        work_order_no=d.work_order_no, head=_head(d), printed_at=now(), appointment_at=d.appointment_at,
        technician=d.technician, dispatched_at=d.dispatched_at, work_done=d.work_done, materials=d.materials,
        leak_test_at=d.leak_test_at, resolved_at=d.resolved_at, reopen_count=d.reopen_count,
    )
    return render_work_order(sheet, letterhead(by.site_id))


def _on_time(due: dt.datetime | None, done: dt.datetime | None, held: bool) -> str:
    if done is not None:
        return "按时" if due is None or done <= due else "超时"
    if held:
        return "挂起中"
    return "已超时" if due is not None and due < now() else "未完成"


def print_complaint_record(request_id: int, *, by: Actor) -> bytes:
    """The 《投诉处理记录表》 of a complaint, as PDF bytes."""
    from printouts.requests import ComplaintSheet, EventLine, StepLine, render_complaint_record

    d = get_request(request_id, by=by)
    if d.data.category != "complaint":
        raise ValidationError("category", "request.not_complaint")
    sheet = ComplaintSheet(
        head=_head(d), level=LEVEL_PRINT.get(d.data.level, d.data.level), printed_at=now(),
        steps=[StepLine(STEP_PRINT[s.step], s.due_at, s.done_at, _on_time(s.due_at, s.done_at, d.on_hold))
               for s in d.steps if not (s.step == "tell" and s.due_at is None and s.done_at is None)],
        events=[EventLine(e.at, EVENT_PRINT.get(e.kind, e.kind), e.username, e.note) for e in reversed(d.events)],
        escalated_to=d.escalated_to, reply=d.reply, resolution=d.resolution, outcome_told_at=d.outcome_told_at,
        held="\n".join(f"{h.started_at:%Y-%m-%d %H:%M} 至 {h.ended_at:%Y-%m-%d %H:%M}：{h.reason}" if h.ended_at
                       else f"{h.started_at:%Y-%m-%d %H:%M} 起：{h.reason}" for h in d.holds),
    )
    return render_complaint_record(sheet, letterhead(by.site_id))


def print_callback_list(day: dt.date | None = None, *, by: Actor) -> bytes:
    """The day's 《回访清单》: callbacks due by the day's end (overdue included) and those made that day."""
    from printouts.requests import CallbackLine, CallbackListSheet, render_callback_list

    require(by, "request.view")
    day = day or now().date()
    lines = [
        CallbackLine(c.number, c.tenant, c.unit, c.caller, c.phone, c.text, c.resolved_at, c.due_at,
                     "" if c.satisfied is None else ("满意" if c.satisfied else "不满意"), c.note, c.round)
        for c in callback_queue(by=by, day=day, include_done=True)
    ]
    return render_callback_list(CallbackListSheet(day, now(), lines), letterhead(by.site_id))
