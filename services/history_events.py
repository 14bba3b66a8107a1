"""What each area contributes to a unit's or a tenant's history: one small gatherer per kind of event.

Every gatherer reads ONE table (with the joins it needs to find the unit or tenant), keeps to the date window,
orders newest first and stops at `limit` rows: services/histories.py merges them, so a tenant of five years is
never read whole. The titles are the desk's Chinese words, as the history printout prints them (printed forms are
Chinese whatever the UI language; the screen names the areas in the UI language).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

import peewee

from models import (
    AuditEntry,
    Booking,
    Callback,
    Fitout,
    FitoutDeduction,
    FitoutInspection,
    FitoutStep,
    GoodsPass,
    Key,
    KeyMovement,
    LendItem,
    Loan,
    MailItem,
    MoveIn,
    MoveOut,
    MoveStep,
    Request,
    Room,
    Tenant,
    TenantDocument,
    TenantUnit,
    Unit,
)
from models.desk_services import ServiceOrder, TenantVisit
from models.fees import Bill, Payment, Reminder
from models.fitout import FitoutPatrol

# The areas of a history, in the order the filter offers them.
AREAS = ("tenancy", "moves", "fitout", "requests", "keys", "rooms", "goods", "fees", "frontdesk")


@dataclass(frozen=True)
class Subject:
    """Whose history: a unit or a tenant of the site."""

    kind: str  # unit / tenant
    id: int
    site_id: int
    name: str = ""  # the unit's code or the tenant's name

    @property
    def unit(self) -> bool:
        return self.kind == "unit"


@dataclass(frozen=True)
class Window:
    """The days asked for (either end open), and for a later page the moment the last page ended at: only events
    before it (`inclusive`: at it too, for an area that comes after the last shown one at equal times)."""

    since: dt.date | None = None
    until: dt.date | None = None
    before: dt.datetime | None = None
    inclusive: bool = False


@dataclass(frozen=True)
class Target:
    """Where double-clicking the event leads: a page, the text that finds the record there, and its id."""

    page: str
    text: str
    record_id: int | None = None
    kind: str = ""  # e.g. in / out for a move


@dataclass(frozen=True)
class Event:
    """One line of a history."""

    when: dt.datetime
    area: str
    kind: str
    title: str
    detail: str
    ref: str
    who: str
    target: Target
    dated_only: bool = False  # the record keeps a day, not a time


@dataclass(frozen=True)
class Gatherer:
    """One kind of event: its area, the view right it needs, whose histories it feeds, and how it reads."""

    area: str
    permission: str
    read: Callable[[Subject, Window, int], list[Event]]
    units: bool = True
    tenants: bool = True


def _bounded(query, field: peewee.Field, window: Window):
    """Keep `query` to the window's days and to before the last page's end, on `field`."""
    before = window.before
    if isinstance(field, peewee.DateTimeField):
        if window.since:
            query = query.where(field >= dt.datetime.combine(window.since, dt.time()))
        if window.until:
            query = query.where(field < dt.datetime.combine(window.until + dt.timedelta(days=1), dt.time()))
        if before is not None:
            query = query.where(field <= before if window.inclusive else field < before)
    else:
        if window.since:
            query = query.where(field >= window.since)
        if window.until:
            query = query.where(field <= window.until)
        if before is not None:  # a day counts as its midnight
            strict = not window.inclusive and before.time() == dt.time()
            query = query.where(field < before.date() if strict else field <= before.date())
    return query.where(field.is_null(False))


def _window(query, field: peewee.Field, window: Window, limit: int, *tiebreak):
    """Keep `query` to the window on `field`, newest first, at most `limit` rows."""
    return _bounded(query, field, window).order_by(field.desc(), *[t.desc() for t in tiebreak]).limit(limit)


def _without_blobs(model) -> list[peewee.Field]:
    """A row's columns but its signatures and photos (a history shows none, and they are the bulk of a row)."""
    return [f for f in model._meta.sorted_fields if not isinstance(f, peewee.BlobField)]


def _day(value: dt.date) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{Decimal(value):,.2f} 元"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _join(*parts: str) -> str:
    return "；".join(p for p in parts if p)


# ------------------------------------------------------------------ tenancy (业户档案)
def _holdings(subject: Subject, window: Window, limit: int, end: bool) -> list[Event]:
    field = TenantUnit.until if end else TenantUnit.since
    query = (TenantUnit.select(TenantUnit.id, TenantUnit.since, TenantUnit.until, Tenant.id, Tenant.name,
                               Unit.code).join(Tenant).switch(TenantUnit).join(Unit)
             .where(Tenant.site == subject.site_id)
             .where(TenantUnit.unit == subject.id if subject.unit else TenantUnit.tenant == subject.id))
    return [Event(_day(getattr(h, field.name)), "tenancy", "tenancy.end" if end else "tenancy.start",
                  ("退租 " if end else "起租 ") + h.unit.code, h.tenant.name, "", "",
                  Target("tenants", h.tenant.name, h.tenant.id), dated_only=True)
            for h in _window(query, field, window, limit, TenantUnit.id)]


LEASE_FIELDS = {"lease_start": "租期起", "lease_end": "租期止"}


def _lease_changes(subject: Subject, window: Window, limit: int) -> list[Event]:
    """The lease dates as typed at creation and every later change of them (read from the audit trail)."""
    query = AuditEntry.select().where((AuditEntry.entity == "tenant") & (AuditEntry.record_id == subject.id)
                                      & (AuditEntry.site == subject.site_id)
                                      & AuditEntry.action.in_(("create", "update"))
                                      & AuditEntry.after.contains('"lease_'))
    events = []
    for entry in _window(query, AuditEntry.at, window, limit, AuditEntry.id):
        after = json.loads(entry.after or "{}")
        before = json.loads(entry.before or "{}")
        changes = [f"{label}：{before.get(k) or '—'} → {after[k] or '—'}" if entry.action == "update"
                   else f"{label}：{after[k]}" for k, label in LEASE_FIELDS.items()
                   if k in after and (entry.action == "update" or after[k])]
        if changes:
            events.append(Event(entry.at, "tenancy", "tenancy.lease", "租期登记" if entry.action == "create"
                                else "租期变更", "；".join(changes), "", entry.username,
                                Target("tenants", subject.name, subject.id)))
    return events


def _documents(subject: Subject, window: Window, limit: int) -> list[Event]:
    from services.tenants import DOC_TYPE_PRINT

    query = TenantDocument.select(*_without_blobs(TenantDocument)).where(TenantDocument.tenant == subject.id)
    return [Event(_day(d.received_on), "tenancy", "tenancy.document",
                  "收到文件：" + DOC_TYPE_PRINT.get(d.doc_type, d.doc_type),
                  _join(_short(d.note), "已作废：" + d.void_reason if d.voided else ""), "", "",
                  Target("tenants", subject.name, subject.id), dated_only=True)
            for d in _window(query, TenantDocument.received_on, window, limit, TenantDocument.id)]


# ------------------------------------------------------------------ move-in and move-out (交楼 / 退租)
MOVE_STEP_TITLES = {
    "in": {"papers": "资料核验", "registration": "住户登记", "inspection": "交楼查验", "acceptance": "整改验收",
           "handover": "移交钥匙资料", "done": "交楼完成"},
    "out": {"request": "退租申请", "arrears": "欠费核查", "inspection": "退租查验", "keys": "钥匙交回",
            "goods": "物品放行", "settlement": "退租结算", "done": "退租完成"},
}


def _move_steps(kind: str) -> Callable[[Subject, Window, int], list[Event]]:
    model = MoveIn if kind == "in" else MoveOut

    def read(subject: Subject, window: Window, limit: int) -> list[Event]:
        query = (MoveStep.select(MoveStep.id, MoveStep.step, MoveStep.at, MoveStep.by_name, MoveStep.note, model.id,
                                 model.key_slip_no, Unit.code, Tenant.name)
                 .join(model, on=(MoveStep.move_id == model.id)).join(Unit).switch(model).join(Tenant)
                 .where((MoveStep.move_kind == kind) & (model.site == subject.site_id))
                 .where(model.unit == subject.id if subject.unit else model.tenant == subject.id))
        events = []
        for s in _window(query, MoveStep.at, window, limit, MoveStep.id):
            move = getattr(s, model._meta.name)
            word = "交楼" if kind == "in" else "退租"
            title = MOVE_STEP_TITLES[kind].get(s.step, s.step)
            events.append(Event(s.at, "moves", f"move_{kind}.{s.step}",
                                title if title.startswith(word) else f"{word}：{title}",
                                _join(move.unit.code if not subject.unit else move.tenant.name, _short(s.note)),
                                move.key_slip_no if s.step in ("handover", "keys") else "", s.by_name,
                                Target("moves", move.unit.code, move.id, kind)))
        return events

    return read


# ------------------------------------------------------------------ fit-out (二次装修)
FITOUT_ACTIONS = {
    "create": "装修申请登记", "submit": "装修申请提交", "start_review": "客服初审开始", "pass_desk": "客服初审通过",
    "pass_drawings": "工程部审图通过", "approve": "经理审批通过", "send_back": "退回修改", "reject": "申请驳回",
    "resubmit": "重新提交", "withdraw": "业户撤回", "confirm_fees": "装修费用已缴", "issue_permit": "施工许可证发放",
    "start_work": "开工", "suspend": "暂停施工", "reinstate": "恢复施工", "extend": "许可证延期",
    "request_completion": "申请竣工验收", "accept": "竣工验收通过", "fail_acceptance": "竣工验收未通过",
    "approve_refund": "装修押金退还", "close": "装修关闭",
}


def _fitout_query(model, subject: Subject):
    # Only the columns a line shows: a fit-out row is wide, and a history reads many of them.
    query = model.select(*_without_blobs(model), Fitout.id, Fitout.number, Fitout.permit_no, Fitout.refunded)
    return query.join(Fitout).where(Fitout.site == subject.site_id).where(
        Fitout.unit == subject.id if subject.unit else Fitout.tenant == subject.id)


def _fitout_target(f: Fitout) -> Target:
    return Target("fitout", f.number, f.id)


def _fitout_steps(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = _fitout_query(FitoutStep, subject)
    return [Event(s.at, "fitout", f"fitout.{s.action}", FITOUT_ACTIONS.get(s.action, s.action),
                  _join(s.fitout.permit_no if s.action == "issue_permit" else "",
                        _money(s.fitout.refunded) if s.action == "approve_refund" else "", _short(s.comment)),
                  s.fitout.number, s.full_name or s.username, _fitout_target(s.fitout))
            for s in _window(query, FitoutStep.at, window, limit, FitoutStep.id)]


def _patrols(subject: Subject, window: Window, limit: int) -> list[Event]:
    from services.fitout_patrols import VIOLATIONS

    query = _fitout_query(FitoutPatrol, subject)
    return [Event(_day(p.day), "fitout", "fitout.violation" if p.violation else "fitout.patrol",
                  "违规施工：" + VIOLATIONS.get(p.violation, p.violation) if p.violation else "装修巡查",
                  _join(_short(p.findings), f"整改通知 {p.notice_no}，限 {p.deadline} 前" if p.notice_no else "",
                        "罚款 " + _money(p.fine) if p.fine else ""),
                  p.fitout.number, p.full_name or p.username, _fitout_target(p.fitout), dated_only=True)
            for p in _window(query, FitoutPatrol.day, window, limit, FitoutPatrol.id)]


def _notices_closed(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = _fitout_query(FitoutPatrol, subject)
    return [Event(_day(p.closed_on), "fitout", "fitout.rectified", "违规整改完成",
                  _join(p.notice_no, _short(p.close_note)), p.fitout.number, p.closed_by, _fitout_target(p.fitout),
                  dated_only=True)
            for p in _window(query, FitoutPatrol.closed_on, window, limit, FitoutPatrol.id)]


def _inspections(subject: Subject, window: Window, limit: int) -> list[Event]:
    from services.fitout_inspections import KIND_NAMES

    query = _fitout_query(FitoutInspection, subject)
    return [Event(_day(i.day), "fitout", f"fitout.inspection_{i.kind}",
                  KIND_NAMES.get(i.kind, i.kind) + ("通过" if i.passed else "未通过"), _short(i.note),
                  i.fitout.number, i.inspector, _fitout_target(i.fitout), dated_only=True)
            for i in _window(query, FitoutInspection.day, window, limit, FitoutInspection.id)]


def _deductions(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = _fitout_query(FitoutDeduction, subject)
    return [Event(d.at, "fitout", f"fitout.{d.kind}", ("押金扣罚款 " if d.kind == "fine" else "押金扣赔偿 ")
                  + _money(d.amount), _short(d.reason), d.fitout.number, d.username, _fitout_target(d.fitout))
            for d in _window(query, FitoutDeduction.at, window, limit, FitoutDeduction.id)]


# ------------------------------------------------------------------ requests (报修 / 投诉 / 回访)
CATEGORY_TITLES = {"repair": "报修", "complaint": "投诉", "enquiry": "咨询", "suggestion": "建议", "help": "求助"}
LEVEL_TITLES = {"major": "重大", "important": "重要", "minor": "一般"}


def _request_query(subject: Subject):
    return Request.select(Request.id, Request.number, Request.category, Request.level, Request.text,
                          Request.caller_name, Request.received_at, Request.closed_at, Request.resolution,
                          Request.work_done, Request.technician).where(Request.site == subject.site_id).where(
        Request.unit == subject.id if subject.unit else Request.tenant == subject.id)


def _request_title(r: Request, what: str) -> str:
    level = f"（{LEVEL_TITLES[r.level]}）" if r.level in LEVEL_TITLES else ""
    return f"{CATEGORY_TITLES.get(r.category, r.category)}{level}{what}"


def _requests_received(subject: Subject, window: Window, limit: int) -> list[Event]:
    return [Event(r.received_at, "requests", f"request.{r.category}", _request_title(r, "受理"), _short(r.text),
                  r.number, r.caller_name, Target("requests", r.number, r.id))
            for r in _window(_request_query(subject), Request.received_at, window, limit, Request.id)]


def _requests_closed(subject: Subject, window: Window, limit: int) -> list[Event]:
    return [Event(r.closed_at, "requests", "request.closed", _request_title(r, "办结"),
                  _short(r.resolution or r.work_done), r.number, r.technician, Target("requests", r.number, r.id))
            for r in _window(_request_query(subject), Request.closed_at, window, limit, Request.id)]


def _callbacks(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = (Callback.select(Callback.id, Callback.done_at, Callback.satisfied, Callback.note, Callback.done_by,
                             Request.id, Request.number).join(Request).where(Request.site == subject.site_id)
             .where(Request.unit == subject.id if subject.unit else Request.tenant == subject.id))
    verdict = {True: "满意", False: "不满意", None: ""}
    return [Event(c.done_at, "requests", "request.callback", f"回访（{verdict[c.satisfied]}）" if c.satisfied
                  is not None else "回访", _short(c.note), c.request.number, c.done_by,
                  Target("requests", c.request.number, c.request.id))
            for c in _window(query, Callback.done_at, window, limit, Callback.id)]


# ------------------------------------------------------------------ keys (钥匙管理)
KEY_TITLES = {"issue": "钥匙发放", "lend": "钥匙借出", "return": "钥匙归还", "transfer": "钥匙交回",
              "lost": "钥匙遗失", "retire": "钥匙注销"}


def _keys(subject: Subject, window: Window, limit: int) -> list[Event]:
    """A unit: every movement of its keys. A tenant: keys issued to it and their coming back or loss (the keys area
    writes the tenant on the issue, the transfer back and the loss alike, so one indexed look-up finds them)."""
    query = (KeyMovement.select(KeyMovement.id, KeyMovement.kind, KeyMovement.at, KeyMovement.slip_no,
                                KeyMovement.person, KeyMovement.company, KeyMovement.charge, KeyMovement.note,
                                KeyMovement.by_name, Key.id, Key.tag, Key.label)  # not the signatures
             .join(Key).where(KeyMovement.site == subject.site_id))
    query = query.where(Key.unit == subject.id if subject.unit else KeyMovement.tenant == subject.id)
    return [Event(m.at, "keys", f"key.{m.kind}", KEY_TITLES.get(m.kind, m.kind),
                  _join(f"{m.key.tag} {m.key.label}", m.company if m.kind == "lend" else "",
                        "赔偿 " + _money(m.charge) if m.charge else "", _short(m.note)),
                  m.slip_no, m.person or m.by_name, Target("keys", m.key.tag, m.key.id))
            for m in _window(query, KeyMovement.at, window, limit, KeyMovement.id)]


# ------------------------------------------------------------------ meeting rooms (会议室)
BOOKING_TITLES = {"tentative": "会议室预订（待确认）", "confirmed": "会议室预订", "in_use": "会议室使用中",
                  "completed": "会议室使用", "cancelled": "会议室预订（已取消）", "no_show": "会议室预订（未到）"}


def _bookings(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = (Booking.select(Booking.id, Booking.number, Booking.state, Booking.starts, Booking.ends,
                            Booking.attendees, Booking.purpose, Booking.organiser, Room.name).join(Room)
             .where((Booking.site == subject.site_id) & (Booking.tenant == subject.id)))
    # Newest day first walks the (tenant, day) index; the day's bookings by their start.
    query = _bounded(_bounded(query, Booking.day, replace(window, before=None)), Booking.starts,
                     Window(before=window.before, inclusive=window.inclusive))
    query = query.order_by(Booking.day.desc(), Booking.starts.desc(), Booking.id.desc()).limit(limit)
    return [Event(b.starts, "rooms", f"booking.{b.state}", BOOKING_TITLES.get(b.state, b.state),
                  _join(f"{b.room.name} {b.starts:%H:%M}–{b.ends:%H:%M}，{b.attendees} 人", _short(b.purpose, 40)),
                  b.number, b.organiser, Target("rooms", b.number, b.id))
            for b in query]


# ------------------------------------------------------------------ goods passes (物品放行)
PASS_STATES = {"approved": "已批准", "used": "已放行", "voided": "已作废"}


def _pass_query(subject: Subject):
    query = GoodsPass.select().where(GoodsPass.site == subject.site_id)
    return query.where(GoodsPass.unit_code == subject.name if subject.unit else GoodsPass.tenant == subject.id)


def _passes(subject: Subject, window: Window, limit: int) -> list[Event]:
    return [Event(p.created_at, "goods", "goods.issued", f"物品放行条（{PASS_STATES.get(p.state, p.state)}）",
                  _join(f"{p.valid_on} {p.time_from:%H:%M}–{p.time_to:%H:%M}", p.carrier, p.plate,
                        _short(p.reason, 40)), p.pass_no, p.approved_by, Target("goods", p.pass_no, p.id))
            for p in _window(_pass_query(subject), GoodsPass.created_at, window, limit, GoodsPass.id)]


def _passes_used(subject: Subject, window: Window, limit: int) -> list[Event]:
    return [Event(p.used_at, "goods", "goods.used", "物品放行出门", _join(p.carrier, p.plate), p.pass_no, p.used_by,
                  Target("goods", p.pass_no, p.id))
            for p in _window(_pass_query(subject), GoodsPass.used_at, window, limit, GoodsPass.id)]


# ------------------------------------------------------------------ fees (收费), one compact line each
def _fees_target(subject: Subject) -> Target:
    return Target("fees", "account", subject.id)


def _bills(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = Bill.select().where((Bill.site == subject.site_id) & (Bill.tenant == subject.id)
                                & (Bill.status == "issued"))
    return [Event(_day(b.issued_on), "fees", "fees.bill", f"账单 {b.month:%Y-%m}",
                  _join(_money(b.total), f"到期 {b.due_on}" if b.due_on else ""), b.number, b.issued_by,
                  _fees_target(subject), dated_only=True)
            for b in _window(query, Bill.issued_on, window, limit, Bill.id)]


def _payments(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = Payment.select().where((Payment.site == subject.site_id) & (Payment.tenant == subject.id))
    return [Event(_day(p.paid_on), "fees", "fees.payment", "收款" + ("（已作废）" if p.voided else ""),
                  _join(_money(p.amount), _short(p.note, 40)), p.receipt_no, p.taken_by, _fees_target(subject),
                  dated_only=True)
            for p in _window(query, Payment.paid_on, window, limit, Payment.id)]


REMINDER_TITLES = {"phone": "电话催缴", "sms": "短信催缴", "letter": "催缴函", "visit": "上门催缴"}


def _reminders(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = Reminder.select().where((Reminder.site == subject.site_id) & (Reminder.tenant == subject.id))
    return [Event(_day(r.day), "fees", f"fees.{r.kind}", REMINDER_TITLES.get(r.kind, r.kind),
                  _join("欠费 " + _money(r.owed), _short(r.note, 40)), r.letter_no, r.by,
                  Target("fees", "arrears", subject.id), dated_only=True)
            for r in _window(query, Reminder.day, window, limit, Reminder.id)]


# ------------------------------------------------------------------ the front desk (前台服务), tenants only
MAIL_KINDS = {"parcel": "包裹", "letter": "信件", "newspaper": "报刊", "document": "文件"}
MAIL_STATES = {"waiting": "待领取", "collected": "已领取", "returned": "已退回"}


def _mail(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = MailItem.select(MailItem.id, MailItem.number, MailItem.kind, MailItem.state, MailItem.courier,
                            MailItem.sender, MailItem.count, MailItem.closed_at, MailItem.collector,
                            MailItem.received_at, MailItem.received_by).where((MailItem.site == subject.site_id)
                                                             & (MailItem.tenant == subject.id))
    return [Event(m.received_at, "frontdesk", "mail.received",
                  f"{MAIL_KINDS.get(m.kind, m.kind)}到达（{MAIL_STATES.get(m.state, m.state)}）",
                  _join(m.courier, m.sender, f"{m.count} 件" if m.count > 1 else "",
                        f"{m.closed_at:%m-%d %H:%M} {m.collector}" if m.closed_at else ""),
                  m.number, m.received_by, Target("frontdesk", f"mail:{m.number}", m.id))
            for m in _window(query, MailItem.received_at, window, limit, MailItem.id)]


LOAN_STATES = {"out": "未还", "returned": "已还", "written_off": "已核销"}


def _loans(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = (Loan.select(Loan.id, Loan.number, Loan.state, Loan.quantity, Loan.borrower, Loan.lent_at,
                         Loan.lent_by, LendItem.name).join(LendItem)
             .where((Loan.site == subject.site_id) & (Loan.tenant == subject.id)))
    return [Event(loan.lent_at, "frontdesk", "lending.lent",
                  f"借用 {loan.item.name}（{LOAN_STATES.get(loan.state, '')}）",
                  _join(f"{loan.quantity} 件" if loan.quantity > 1 else "", loan.borrower), loan.number,
                  loan.lent_by, Target("frontdesk", f"lending:{loan.number}", loan.id))
            for loan in _window(query, Loan.lent_at, window, limit, Loan.id)]


def _visits(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = TenantVisit.select().where((TenantVisit.site == subject.site_id) & (TenantVisit.tenant == subject.id)
                                       & (TenantVisit.state == "done"))
    return [Event(_day(v.visited_on), "frontdesk", "tenantvisit.done", "业户走访",
                  _join(v.met, _short(v.topics, 40)), v.number, v.visited_by,
                  Target("frontdesk", f"visits:{v.number}", v.id), dated_only=True)
            for v in _window(query, TenantVisit.visited_on, window, limit, TenantVisit.id)]


ORDER_STATES = {"ordered": "已下单", "dispatched": "已派工", "done": "已完成", "accepted": "已验收",
                "cancelled": "已取消"}


def _service_orders(subject: Subject, window: Window, limit: int) -> list[Event]:
    query = ServiceOrder.select(ServiceOrder.id, ServiceOrder.number, ServiceOrder.item_name, ServiceOrder.state,
                                ServiceOrder.amount, ServiceOrder.unit_code, ServiceOrder.agreed_at,
                                ServiceOrder.ordered_by).where((ServiceOrder.site == subject.site_id)
                                        & (ServiceOrder.tenant == subject.id))
    return [Event(o.agreed_at, "frontdesk", "service.order",
                  f"特约服务：{o.item_name}（{ORDER_STATES.get(o.state, o.state)}）",
                  _join(_money(o.amount), o.unit_code), o.number, o.ordered_by,
                  Target("frontdesk", f"services:{o.number}", o.id))
            for o in _window(query, ServiceOrder.agreed_at, window, limit, ServiceOrder.id)]


GATHERERS: tuple[Gatherer, ...] = (
    Gatherer("tenancy", "tenant.view", lambda s, w, n: _holdings(s, w, n, end=False)),
    Gatherer("tenancy", "tenant.view", lambda s, w, n: _holdings(s, w, n, end=True)),
    Gatherer("tenancy", "tenant.view", _lease_changes, units=False),
    Gatherer("tenancy", "tenant.view", _documents, units=False),
    Gatherer("moves", "move.view", _move_steps("in")),
    Gatherer("moves", "move.view", _move_steps("out")),
    Gatherer("fitout", "fitout.view", _fitout_steps),
    Gatherer("fitout", "fitout.view", _patrols),
    Gatherer("fitout", "fitout.view", _notices_closed),
    Gatherer("fitout", "fitout.view", _inspections),
    Gatherer("fitout", "fitout.view", _deductions),
    Gatherer("requests", "request.view", _requests_received),
    Gatherer("requests", "request.view", _requests_closed),
    Gatherer("requests", "request.view", _callbacks),
    Gatherer("keys", "key.view", _keys),
    Gatherer("rooms", "room.view", _bookings, units=False),
    Gatherer("goods", "goods.view", _passes),
    Gatherer("goods", "goods.view", _passes_used),
    Gatherer("fees", "fees.view", _bills, units=False),
    Gatherer("fees", "fees.view", _payments, units=False),
    Gatherer("fees", "fees.view", _reminders, units=False),
    Gatherer("frontdesk", "mail.view", _mail, units=False),
    Gatherer("frontdesk", "lending.view", _loans, units=False),
    Gatherer("frontdesk", "tenantvisit.view", _visits, units=False),
    Gatherer("frontdesk", "service.view", _service_orders, units=False),
)
