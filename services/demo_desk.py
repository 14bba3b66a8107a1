"""Demo notices, convenience-service orders and tenant visits: 60 days of the lobby's work through the services,
ending at the demo's today with a few of each still open (current notices, orders at every step, overdue visits)."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from models import Contact, Tenant, TenantUnit, Unit, now
from services import convenience, notices, tenant_visits
from services.access import Actor
from services.convenience import AcceptInput, OrderInput
from services.key_demo import _signatures
from services.money import parse_quantity
from services.notices import NoticeInput
from services.tenant_visits import IssueInput, VisitInput

DAYS = 60
WEATHER = (("暴雨黄色预警信号", "短时强降雨"), ("台风白色预警信号", "大风和强降雨"),
           ("高温橙色预警信号", "35℃以上高温天气"), ("寒冷黄色预警信号", "强冷空气，气温下降 8℃ 以上"),
           ("大风蓝色预警信号", "6 级以上阵风"))
REASONS = ("市政供水管网维修", "大厦二次供水水箱清洗", "高压配电房年度预防性试验", "消防水泵房阀门更换")
LIFTS = ("1 号、2 号客梯", "3 号客梯", "货梯", "5 号、6 号高区客梯")
TOPICS = ("季度例行走访", "了解办公环境及空调使用情况", "收集对保洁、安保服务的意见", "续租意向沟通",
          "装修后使用情况回访", "节前安全提示及意见征询")
ISSUES = (("会议室空调出风口滴水", "repair"), ("卫生间水龙头关不紧", "repair"),
          ("晚间保洁人员打扫时间过晚", "complaint"),
          ("访客登记排队时间较长", "complaint"), ("希望增设电动车充电桩", "suggestion"),
          ("建议节假日延长空调供应时间", "suggestion"), ("咨询停车月卡办理", "none"), ("询问快递代收规定", "none"))
STEWARDS = ("赵管家", "钱管家", "孙管家")
WORKERS = {"保洁部": ("周阿姨", "吴师傅", "郑阿姨"), "绿化部": ("冯师傅",), "客服部": ("陈师傅", "褚师傅"),
           "工程部": ("卫师傅", "蒋师傅")}


@dataclass(frozen=True)
class DeskDemo:
    notices: int
    orders: int
    charges: int
    visits: int
    overdue_visits: int


def fill_desk_services(rng: random.Random, site_id: int, staff: dict[str, Actor], today: dt.date) -> DeskDemo:
    signatures = _signatures(rng, 6)
    tenants = list(Tenant.select(Tenant.id, Tenant.name, Tenant.lease_start)
                   .where((Tenant.site == site_id) & (Tenant.status == "active")).order_by(Tenant.id))
    units: dict[int, str] = {}
    for tenant_id, code in (TenantUnit.select(TenantUnit.tenant, Unit.code).join(Unit)
                            .where(Unit.site == site_id).order_by(Unit.code).tuples()):
        units.setdefault(tenant_id, code)
    contacts: dict[int, tuple[str, str]] = {}
    for c in Contact.select().order_by(Contact.id):
        contacts.setdefault(c.tenant_id, (c.name, c.phone))
    n_notices = _notices(rng, staff, today)
    orders, charges = _orders(rng, staff, today, tenants, units, contacts, signatures)
    visits = _visits(rng, staff, today, tenants, contacts)
    overdue = tenant_visits.visit_figures(by=staff["clerk"], today=today).overdue
    return DeskDemo(n_notices, orders, charges, visits, overdue)


def _at(day: dt.date, hour: int, rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, rng.choice((0, 10, 20, 30, 40, 50))))


def _values(code: str, when: str, rng: random.Random) -> dict[str, str]:
    """What the clerk types into the template's small form."""
    if code == "weather":
        signal, weather = rng.choice(WEATHER)
        return {"预警信号": signal, "天气情况": weather, "发布单位": "深圳市气象台", "日期": when,
                "时段": rng.choice(("夜间", "白天", "今天傍晚至明天"))}
    if code in ("water_cut", "power_cut"):
        water = code == "water_cut"
        return {"原因": rng.choice(REASONS[:2]) if water else REASONS[2], "日期": when,
                "开始时间": "22:00" if water else "20:00", "结束时间": "次日 06:00" if water else "23:30",
                "范围": rng.choice(("全楼", "12F–20F", "低区 1F–11F") if water else ("全楼公共区域", "B1 停车场"))}
    if code == "lift":
        return {"原因": "电梯年度检验", "日期": when, "开始时间": "09:00", "结束时间": "17:00",
                "电梯": rng.choice(LIFTS)}
    return {"日期": when, "时间": "15:00", "范围": "全楼", "集合地点": "大厦南广场"}


def _notices(rng: random.Random, staff: dict[str, Actor], today: dt.date) -> int:
    clerk, supervisor = staff["clerk"], staff["supervisor"]
    count = 0
    for back in range(DAYS, -1, -3):
        day = today - dt.timedelta(days=back)
        code = rng.choice(("weather", "weather", "water_cut", "power_cut", "lift", "fire_drill"))
        start = day + dt.timedelta(days=1 if code != "weather" else 0)
        values = _values(code, f"{start.month}月{start.day}日", rng)
        title, body = notices.fill_template(code, values, by=clerk)
        floors = rng.random() < 0.25 and code in ("water_cut", "power_cut")
        data = NoticeInput(title=title, body=body, audience="floors" if floors else "all",
                           floors=[f"{n}F" for n in range(12, 16)] if floors else [], valid_from=day,
                           valid_to=start + dt.timedelta(days=rng.choice((0, 1, 2))), template_code=code)
        drafted = _at(day, 9, rng)
        notice_id = notices.draft_notice(data, by=clerk, at=drafted)
        count += 1
        if back == 0 and code != "weather":
            continue  # today's last one still waits for the supervisor
        notices.publish_notice(notice_id, by=supervisor, at=drafted + dt.timedelta(minutes=25))
        if rng.random() < 0.08:
            notices.withdraw_notice(notice_id, "施工计划调整，另行通知", by=supervisor,
                                    at=drafted + dt.timedelta(hours=3))
    # This week's water cut and lift maintenance, on the boards now.
    for code, ahead in (("water_cut", 1), ("lift", 3)):
        on = today + dt.timedelta(days=ahead)
        title, body = notices.fill_template(code, _values(code, f"{on.month}月{on.day}日", rng), by=clerk)
        notice_id = notices.draft_notice(NoticeInput(title=title, body=body, valid_from=today, valid_to=on,
                                                     template_code=code), by=clerk)
        notices.publish_notice(notice_id, by=supervisor)
        count += 1
    # Holiday hours for the coming holiday, current now.
    holiday_values = {"节日": "元旦", "放假时间": "1月1日至1月3日", "值班时间": "9:00–18:00",
                      "空调安排": "节日期间公共区域空调暂停供应"}
    title, body = notices.fill_template("holiday", holiday_values, by=clerk)
    holiday = notices.draft_notice(NoticeInput(title=title, body=body, valid_from=today,
                                               valid_to=today + dt.timedelta(days=40), template_code="holiday"),
                                   by=clerk)
    notices.publish_notice(holiday, by=supervisor)
    return count + 1


def _orders(rng: random.Random, staff: dict[str, Actor], today: dt.date, tenants: list, units: dict[int, str],
            contacts: dict[int, tuple[str, str]], signatures: list[bytes]) -> tuple[int, int]:
    clerk = staff["clerk"]
    items = convenience.price_list(by=clerk)
    orders = charges = recent = 0
    for back in range(DAYS, -1, -1):
        day = today - dt.timedelta(days=back)
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3)) if back > 2 else 3):
            tenant = rng.choice(tenants)
            item = rng.choice(items)
            per_area = item.unit_label == "元/m²"
            quantity = f"{rng.randrange(40, 400)}.{rng.choice(('00', '50', '35'))}" if per_area else str(
                rng.choice((1, 1, 2, 3, 4, 6)))
            name, phone = contacts.get(tenant.id, ("前台", ""))
            # The last days' orders are still on their way: some not yet sent, some at work, some awaiting acceptance.
            stop = "accepted"
            if back <= 2:
                stop = ("dispatched", "done", "ordered", "accepted")[recent % 4]
                recent += 1
            ordered_at = _at(day, rng.choice((8, 9, 10, 11)), rng)
            if back == 0:  # taken this morning, before the demo's now
                stop, ordered_at = "ordered", min(ordered_at, now() - dt.timedelta(minutes=rng.randrange(20, 90)))
            agreed = ordered_at + (dt.timedelta(hours=2) if stop in ("done", "accepted") and back <= 2 else
                                   dt.timedelta(days=rng.choice((0, 1, 2)), hours=rng.choice((2, 4, 6, 8))))
            discount = per_area and rng.random() < 0.15
            data = OrderInput(tenant_id=tenant.id, unit_code=units.get(tenant.id, ""), item_id=item.id,
                              quantity=quantity, agreed_at=agreed, contact_name=name, contact_phone=phone,
                              note=rng.choice(("", "", "下班后进场", "请提前电话联系", "注意保护地面")))
            if discount:
                data.amount = str(convenience.list_amount(clerk.site_id, item.price,
                                                          parse_quantity(quantity)) * 9 // 10)
                data.price_reason = "长期合作业户九折"
            order_id = convenience.order_service(data, by=clerk, at=ordered_at)
            orders += 1
            if back > 2 and rng.random() < 0.05:
                convenience.cancel_order(order_id, rng.choice(("业户改期另约", "业户自行处理")), by=clerk,
                                         at=ordered_at + dt.timedelta(hours=2))
                continue
            if stop == "ordered":
                continue
            worker = rng.choice(WORKERS.get(item.department, ("陈师傅",)))
            convenience.dispatch_order(order_id, department=item.department, assignee=worker, by=clerk,
                                       at=ordered_at + dt.timedelta(minutes=30))
            done_at = agreed + dt.timedelta(hours=rng.choice((1, 2, 3)))
            if stop == "dispatched" or done_at > now():
                continue
            convenience.complete_order(order_id, note="已按约定完成", by=clerk, at=done_at)
            if stop == "done":
                continue
            mark = rng.choice(("very", "very", "satisfied", "satisfied", "satisfied", "ok", "unsatisfied"))
            charge = convenience.accept_order(order_id, AcceptInput(
                name, mark, "边角处理不够干净" if mark == "unsatisfied" else "", rng.choice(signatures)),
                by=clerk, at=done_at + dt.timedelta(minutes=20))
            charges += charge is not None
    return orders, charges


def _visits(rng: random.Random, staff: dict[str, Actor], today: dt.date, tenants: list,
            contacts: dict[int, tuple[str, str]]) -> int:
    supervisor, steward = staff["supervisor"], staff["steward"]
    # Key accounts are visited monthly, a few small ones twice a year.
    for tenant in tenants[:8]:
        tenant_visits.set_interval(tenant.id, 30, by=supervisor)
    for tenant in tenants[-6:]:
        tenant_visits.set_interval(tenant.id, 180, by=supervisor)
    recent = {t.id for t in rng.sample(tenants, k=int(len(tenants) * 0.85))}
    count = 0
    for tenant in tenants:
        # Most were visited in the last 60 days; the others' last visit was three or four months ago (the desk's
        # paper book, typed in when the register started), so some are now overdue as at a real desk.
        day = today - dt.timedelta(days=rng.randrange(1, DAYS) if tenant.id in recent else rng.randrange(75, 115))
        if tenant.lease_start and tenant.lease_start > day:
            continue  # not moved in yet then: its first visit falls due a cycle after the move-in
        name, _phone = contacts.get(tenant.id, ("前台", ""))
        issues = []
        if rng.random() < 0.35:
            text, action = rng.choice(ISSUES)
            # Only the last week's issues were turned into requests here: older ones went through the desk's
            # own requests (the requests demo) and are kept on the visit as a note.
            issues.append(IssueInput(text, action if (today - day).days <= 7 else "none"))
        tenant_visits.record_visit(VisitInput(tenant_id=tenant.id, visited_on=day, visited_by=rng.choice(STEWARDS),
                                              met=f"{name}（{rng.choice(('行政经理', '前台', '办公室主任'))}）",
                                              topics=rng.choice(TOPICS), notes="业户对物业服务总体满意，已记录意见。",
                                              issues=issues), by=steward)
        count += 1
    count += len(tenant_visits.generate_plan(assignees=list(STEWARDS), by=supervisor, today=today, ahead_days=14))
    return count
