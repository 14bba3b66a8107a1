"""Demo duty logs: the last three weeks of shifts through the services — notes, matters handed on and done later,
each log closed at its shift's end and acknowledged by the next shift's clerk; the shift before now is still
waiting to be acknowledged and the shift the desk is in is open."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from models import now
from services import duty
from services.access import Actor
from services.duty import HandoverInput, NoteInput
from services.key_demo import _signatures

DAYS = 21
NOTES = {
    "safety": ("巡查消防通道畅通，安全出口指示灯正常", "B1 车库烟感误报一次，已复位并通知消控中心",
               "夜间巡楼一次，各层门窗关闭，无异常", "发现 15F 消防通道堆放纸箱，已通知业户清理"),
    "equipment": ("3 号客梯运行有异响，已报工程部", "大堂自动门感应迟缓，工程部已调整", "前台打印机卡纸，已处理",
                  "地下车库照明一组不亮，已报修"),
    "tenant": ("1203 业户反映空调不制冷，已转报修", "访客高峰排队约 10 分钟，已临时增开一个登记台",
               "业户咨询停车月卡办理，已告知流程", "18F 业户加班至 22:00，已登记"),
    "other": ("快递集中到达，已全部登记上架", "交接钥匙柜、对讲机、雨伞架物品齐全",
              "天气预报有雷阵雨，已在大堂备好雨伞套"),
}
MATTERS = ("12F 业户明早 9 点来取备用钥匙", "大堂东侧漏水点已放警示牌，待工程部维修", "2 号会议室投影仪待工程部检查",
           "外卖柜满，请提醒业户及时取餐", "7F 装修单位明日送材料，需提前核对放行条", "顺丰大件 3 件待业户确认后送上楼")


@dataclass(frozen=True)
class DutyDemo:
    logs: int
    notes: int
    matters: int


def fill_duty(rng: random.Random, site_id: int, staff: dict[str, Actor], today: dt.date,
              at: dt.datetime | None = None) -> DutyDemo:
    shifts = duty.site_shifts(site_id)
    moment = at or now()
    slots = sorted(((s.span(day)[0], s.span(day)[1]) for day in (today - dt.timedelta(days=d) for d in range(DAYS))
                    for s in shifts), key=lambda span: span[0])
    slots = [span for span in slots if span[0] <= moment]
    people = [staff["clerk"], staff["steward"], staff["supervisor"]]
    names = ("王小丽", "赵管家", "刘主管")
    signatures = _signatures(rng, 3)
    notes = matters = 0
    open_matters: list[int] = []
    previous: int | None = None
    for i, (starts, ends) in enumerate(slots):
        by = people[i % 3]
        last = ends > moment  # the shift the desk is in now
        arrive = starts + dt.timedelta(minutes=rng.randint(0, 10))
        if previous is not None and not last:  # the shift before the one the desk is in waits (the dashboard's tile)
            version = duty.get_log(previous, by=by, count=False).row.version
            duty.acknowledge(previous, version, HandoverInput(signatures[i % 3], rng.choice(("", "已清点交接物品"))),
                             by=by, at=arrive)
        log_id = duty.start_log(f"{names[i % 3]}、{rng.choice(('孙保安', '李保安', '周保安'))}", by=by, at=arrive)
        # Matters handed on are seen to within a shift or two.
        for matter_id in list(open_matters):
            if rng.random() < 0.6:
                row = next(m for m in duty.get_log(log_id, by=by, count=False).matters if m.id == matter_id)
                duty.mark_done(matter_id, row.version, rng.choice(("已处理", "已告知业户", "工程部已修复")), by=by,
                               at=min(arrive + dt.timedelta(minutes=rng.randint(20, 300)), ends, moment))
                open_matters.remove(matter_id)
        end_of_writing = min(ends, moment)
        for _ in range(rng.randint(1, 3)):
            category = rng.choice(tuple(NOTES))
            at = arrive + (end_of_writing - arrive) * rng.random()
            duty.add_note(log_id, NoteInput(category, rng.choice(NOTES[category])), by=by, at=at)
            notes += 1
        if rng.random() < 0.35:
            open_matters.append(duty.add_matter(log_id, rng.choice(MATTERS), by=by,
                                                at=arrive + (end_of_writing - arrive) * 0.8))
            matters += 1
        if last:
            break
        version = duty.get_log(log_id, by=by, count=False).row.version
        close_at = ends - dt.timedelta(minutes=rng.randint(0, 10))
        duty.close_log(log_id, version, HandoverInput(signatures[i % 3]), by=by, at=close_at)
        previous = log_id
    return DutyDemo(len(slots), notes, matters)
