"""Demo requests: 60 days of repairs, complaints, enquiries, suggestions and help calls, taken through the services.

Seeded and repeatable in content; the times are relative to now, so the demo always has items due
today, a few overdue, some on hold, and callbacks both made and still due.
"""
from __future__ import annotations

import datetime as dt
import random

from models import Contact, Tenant, TenantUnit, Unit, db, now
from services import callbacks, deadlines, requests, settings
from services.access import Actor
from services.callbacks import CallbackInput
from services.requests import RequestInput, ResolveInput

DAYS = 60
STUCK = 0.04  # the share of requests the desk let slip: they show overdue
REPAIRS = {
    "safety": ("消防通道门闭门器损坏，门关不上", "走廊烟感报警器误报", "应急照明灯不亮", "消火栓箱门锁坏",
               "安全出口指示灯不亮"),
    "leak": ("卫生间天花板渗水", "茶水间水槽下水管漏水", "空调冷凝水滴到工位", "外窗下雨渗水", "洗手盆龙头关不紧"),
    "other": ("会议室空调不制冷", "办公室灯管闪烁", "门禁卡刷不开", "地毯起鼓", "插座没电", "窗帘轨道脱落",
              "百叶窗拉绳断了", "前台门锁卡住"),
}
WORK = {"safety": ("更换闭门器", "清洁烟感探头并测试", "更换应急灯电池", "更换锁芯"),
        "leak": ("更换下水管接头", "重做防水层", "疏通冷凝水管", "打胶密封"),
        "other": ("清洗空调滤网、补充冷媒", "更换灯管 2 支", "重新授权门禁卡", "更换开关面板", "重装轨道")}
COMPLAINTS = {
    "major": ("电梯困人 40 分钟无人处理", "停电未提前通知，服务器宕机"),
    "important": ("保安态度恶劣", "装修噪音上班时间不断", "保洁未按时清理垃圾"),
    "minor": ("大堂空调太冷", "停车场指示不清", "快递收发太慢", "洗手间缺洗手液"),
}
OTHERS = {
    "enquiry": ("周末空调如何申请加时", "访客车辆如何预约停车", "发票开具流程", "二次装修需要哪些资料"),
    "suggestion": ("建议大堂增加休息座椅", "建议增设电动车充电桩", "建议延长食堂营业时间"),
    "help": ("员工工卡丢失，需要补办", "需要借用推车搬运资料", "员工突发不适，需要协助"),
}
UNSATISFIED = {"safety": ("门还是关不严", "报警器仍然误报", "问题没有解决，要求再次上门"),
               "leak": ("下雨后仍然渗水", "天花板还在滴水", "问题没有解决，要求再次上门"),
               "other": ("问题没有解决，要求再次上门", "维修后没几天又坏了", "现场没有清理干净")}
HOLD_REASONS = ("业户外出，约定回来后再上门", "等业户提供现场照片", "业户要求节后处理", "等待业户确认报价")
OUTCOMES = ("已与业户沟通，业户表示理解", "已整改完毕并书面回复", "已调整服务安排并致歉")


def _office_time(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(minutes=rng.randrange(0, 9 * 60))


def _after(rng: random.Random, start: dt.datetime, low_minutes: int, high_minutes: int) -> dt.datetime:
    """Some minutes after `start`, moved on to the next morning if that falls in the night."""
    at = start + dt.timedelta(minutes=rng.randrange(low_minutes, high_minutes))
    if at.hour < 8:
        return at.replace(hour=8 + rng.randrange(0, 2))
    if at.hour >= 20:
        return (at + dt.timedelta(days=1)).replace(hour=8 + rng.randrange(0, 2))
    return at


def _holders(site_id: int) -> list[tuple[int, str, str, str]]:
    """(tenant, unit, contact, phone) for every active tenant's first unit and primary contact."""
    units = dict(TenantUnit.select(TenantUnit.tenant, Unit.code).join(Unit)
                 .where(TenantUnit.until.is_null()).tuples())
    contacts = {c.tenant_id: c for c in Contact.select().where(Contact.active & Contact.is_primary)}
    return [(t.id, units.get(t.id, ""), contacts[t.id].name, contacts[t.id].phone)
            for t in Tenant.select().where((Tenant.site == site_id) & (Tenant.status == "active")).order_by(Tenant.id)
            if t.id in contacts]


def _keep_to_the_calendar(site_id: int, manager: Actor, until: dt.date) -> None:
    """Beyond the holiday calendar's years, count the demo's working-day rules in calendar days instead."""
    if deadlines.calendar_years()[1] >= until.year:
        return
    values = settings.all_settings(site_id)
    settings.update_settings({k: "days" for k, v in values.items() if k.startswith("requests.") and v == "workdays"},
                             by=manager)


def fill_requests(rng: random.Random, site_id: int, staff: dict[str, Actor]) -> int:
    """Take about five requests a day for DAYS days and carry each as far as its age allows; return the count."""
    clerk, engineer, supervisor = staff["clerk"], staff["engineer"], staff["supervisor"]
    _keep_to_the_calendar(site_id, staff["manager"], dt.date.today() + dt.timedelta(days=30))
    holders = _holders(site_id)
    owners = [staff[r].user_id for r in ("clerk", "clerk", "steward", "supervisor")]
    current = now()
    count = 0
    with db.atomic():
        for back in range(DAYS, -1, -1):
            day = current.date() - dt.timedelta(days=back)
            for _ in range(rng.choice((3, 4, 5, 5, 6, 7))):
                # One generator per request, seeded from the main one: how far a request got by now (which
                # depends on the clock) never changes what the next request is.
                one = random.Random(rng.getrandbits(64))
                received = _office_time(one, day)
                if received >= current - dt.timedelta(minutes=30):
                    continue
                tenant_id, unit, contact, phone = one.choice(holders)
                category = one.choices(("repair", "complaint", "enquiry", "suggestion", "help"), (50, 16, 16, 8, 10))[0]
                data = RequestInput(channel=one.choice(("phone",) * 6 + ("visit", "visit", "letter", "online")),
                                    category=category, tenant_id=tenant_id, unit_code=unit, caller_name=contact,
                                    caller_phone=phone, received_at=received, owner_id=one.choice(owners),
                                    suits_tenant=one.choice(("", "", "工作日下午", "上午 10 点前", "随时")))
                if category == "repair":
                    data.repair_kind = one.choices(("safety", "leak", "other"), (15, 20, 65))[0]
                    data.text = one.choice(REPAIRS[data.repair_kind])
                elif category == "complaint":
                    data.level = one.choices(("major", "important", "minor"), (8, 32, 60))[0]
                    data.text = one.choice(COMPLAINTS[data.level])
                else:
                    data.text = one.choice(OTHERS[category])
                request_id = requests.take_request(data, by=clerk)
                count += 1
                carry = {"repair": _repair, "complaint": _complaint}.get(category, _other)
                carry(one, request_id, data, current, clerk, engineer, supervisor)
    return count


def _maybe_hold(rng: random.Random, request_id: int, at: dt.datetime, current: dt.datetime, by: Actor) -> dt.datetime:
    """Now and then the desk waits on the tenant for a while; return the time work goes on."""
    if rng.random() > 0.08:
        return at
    requests.hold(request_id, rng.choice(HOLD_REASONS), by=by, at=at)
    back = _after(rng, at, 60 * 4, 60 * 24 * 4)
    if back >= current or rng.random() < 0.3:
        return current  # still on hold
    requests.resume(request_id, by=by, at=back)
    return back


def _appointment(rng: random.Random, sent: dt.datetime) -> dt.datetime:
    """A visit in office hours, today if there is time, else the next day."""
    slot = _office_time(rng, sent.date())
    return slot if slot > sent + dt.timedelta(minutes=30) else _office_time(rng, sent.date() + dt.timedelta(days=1))


def _repair(rng, request_id, data, current, clerk, engineer, supervisor) -> None:
    sent = _after(rng, data.received_at, 5, 90)
    if sent >= current:
        return
    requests.dispatch(request_id, technician=rng.choice(("张师傅", "李师傅", "王师傅", "陈师傅")),
                      appointment_at=_appointment(rng, sent), by=clerk, at=sent)
    go_on = _maybe_hold(rng, request_id, _after(rng, sent, 10, 60), current, clerk)
    if rng.random() < STUCK:
        return  # waiting on parts, forgotten: overdue on the dashboard
    rounds = 0
    while go_on < current and rounds < 2:
        done = _after(rng, go_on, 60, 60 * 24 * (5 if rng.random() < 0.1 else 2))
        if done >= current:
            return
        kind = data.repair_kind
        leak_test = _after(rng, done, 60, 60 * 24) if kind == "leak" else None
        callback_id = requests.resolve(request_id, ResolveInput(
            work_done=rng.choice(WORK[kind]), materials=rng.choice(("", "配件 1 套", "密封胶 1 支", "灯管 2 支")),
            leak_test_at=min(leak_test, current) if leak_test else None), by=engineer, at=done)
        called = _after(rng, max(done, leak_test or done), 60 * 3, 60 * 24 * 3)
        if called >= current or rng.random() < 0.03:  # not called yet, or (rarely) forgotten: overdue
            return
        satisfied = rng.random() < 0.88 or rounds == 1
        callbacks.record_callback(callback_id, CallbackInput(
            satisfied, "满意" if satisfied else rng.choice(UNSATISFIED[kind])),
            by=clerk, at=called)
        if satisfied:
            return
        go_on = called
        rounds += 1


def _complaint(rng, request_id, data, current, clerk, engineer, supervisor) -> None:
    at = data.received_at
    if data.level in ("major", "important"):
        at = _after(rng, at, 10, 50 if rng.random() < 0.85 else 300)
        if at >= current:
            return
        requests.escalate(request_id, "项目经理" if data.level == "major" else "客服主管", by=clerk, at=at)
    if data.level == "major":
        at = _after(rng, at, 60, 60 * 40)
        if at >= current:
            return
        requests.reply(request_id, "已了解情况，正在处理，将于处理完毕后回复", by=clerk, at=at)
    at = _maybe_hold(rng, request_id, _after(rng, at, 30, 120), current, clerk)
    if rng.random() < STUCK:
        return
    done = _after(rng, at, 60 * 2, 60 * 24 * (6 if rng.random() < 0.2 else 2))
    if done >= current:
        return
    requests.resolve(request_id, ResolveInput(resolution=rng.choice(OUTCOMES)), by=supervisor, at=done)
    told = _after(rng, done, 10, 240)
    if told < current:
        requests.tell_outcome(request_id, "电话告知业户", by=clerk, at=told)


def _other(rng, request_id, data, current, clerk, engineer, supervisor) -> None:
    at = _maybe_hold(rng, request_id, _after(rng, data.received_at, 10, 60), current, clerk)
    if rng.random() < STUCK:
        return
    done = _after(rng, at, 20, 60 * 24 * (5 if rng.random() < 0.1 else 1))
    if done < current:
        requests.resolve(request_id, ResolveInput(resolution="已答复业户"), by=clerk, at=done)
