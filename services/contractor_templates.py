"""Inspection templates per service (巡查标准): items by area with the standard and points. An edit adds a
revision; an inspection keeps the revision it was scored against, so a change never rewrites the past."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from peewee import fn

from models import db
from models.contractors import SERVICES, InspectionTemplate, TemplateItem
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems

MAX_ITEMS = 80
# (area, item, standard, points, pass/fail) — the defaults a site starts with; 100 points each.
_P = False
_F = True
DEFAULTS: dict[str, tuple[str, list[tuple[str, str, str, str, bool]]]] = {
    "cleaning": ("保洁服务日常巡查表", [
        ("大堂", "地面", "无污渍、无水迹、无垃圾，石材光亮", "4", _P),
        ("大堂", "玻璃门及幕墙内侧", "无手印、无灰尘，目视明亮", "3", _P),
        ("大堂", "前台及接待区", "台面整洁无杂物，无灰尘", "3", _P),
        ("大堂", "垃圾桶及烟灰缸", "不超过 2/3 满，外表洁净无异味", "3", _P),
        ("大堂", "标识及指示牌", "无灰尘、无污迹", "3", _P),
        ("电梯厅及走道", "地面及地毯", "无垃圾、无污渍，地毯吸尘到位", "4", _P),
        ("电梯厅及走道", "墙面及踢脚线", "无污迹、无灰尘、无蛛网", "3", _P),
        ("电梯厅及走道", "消防栓箱及灭火器", "表面洁净无灰尘", "3", _P),
        ("电梯厅及走道", "天花及灯具", "无蛛网、无积尘", "3", _P),
        ("电梯厅及走道", "门及门框", "无手印、无污渍", "3", _P),
        ("卫生间", "洁具", "无黄渍、无水垢、无异味", "4", _P),
        ("卫生间", "地面", "干爽无积水、无纸屑、无毛发", "4", _P),
        ("卫生间", "镜面及台面", "无水迹、无污渍", "3", _P),
        ("卫生间", "耗材补充", "厕纸、擦手纸、洗手液齐全", "4", _F),
        ("卫生间", "空气", "无异味，香薰正常", "3", _P),
        ("卫生间", "巡查记录表", "按时签到，每小时一次", "3", _F),
        ("电梯轿厢", "轿厢地面", "无垃圾、无污渍", "3", _P),
        ("电梯轿厢", "轿厢壁及按钮", "无手印，不锈钢光亮", "3", _P),
        ("电梯轿厢", "门槛槽", "无垃圾、无沙石", "3", _P),
        ("楼梯间", "梯级及扶手", "无垃圾、无灰尘", "3", _P),
        ("楼梯间", "通道畅通", "无堆放杂物", "3", _F),
        ("地下车库", "地面", "无油渍、无垃圾，定期冲洗", "4", _P),
        ("地下车库", "排水沟及集水井", "无淤积、无异味", "3", _P),
        ("地下车库", "标识及墙柱", "无灰尘、无污迹", "3", _P),
        ("外围", "广场及人行道", "无垃圾、无积水、无烟头", "4", _P),
        ("外围", "垃圾收集点", "日产日清，周边无散落，无异味", "4", _P),
        ("外围", "出入口及雨棚", "无蛛网、无积尘", "3", _P),
        ("人员", "着装及工牌", "统一着装，佩戴工牌", "3", _F),
        ("人员", "在岗人数", "与合同约定人数相符", "4", _F),
        ("人员", "工具及药剂存放", "定点存放、标识清楚，不占用公共区", "4", _P),
    ]),
    "greening": ("绿化及花木租摆巡查表", [
        ("室外绿化带", "草坪", "修剪整齐，无黄土裸露，无杂草", "10", _P),
        ("室外绿化带", "灌木及绿篱", "造型完整，无枯枝", "10", _P),
        ("室外绿化带", "乔木", "无病虫害，无断枝危险", "10", _P),
        ("室外绿化带", "浇水及排水", "土壤湿润适度，无积水", "8", _P),
        ("室外绿化带", "卫生", "无垃圾、无落叶堆积", "8", _P),
        ("室内租摆", "植物长势", "叶色正常，无黄叶、无枯萎", "12", _P),
        ("室内租摆", "叶面清洁", "无灰尘，叶面光亮", "8", _P),
        ("室内租摆", "花盆及托盘", "洁净无破损，托盘无积水", "8", _P),
        ("室内租摆", "摆放数量及位置", "与租摆清单相符", "8", _F),
        ("室内租摆", "更换及时", "不良植物按约定时间更换", "8", _F),
        ("人员", "着装及工牌", "统一着装，佩戴工牌", "5", _F),
        ("人员", "作业后清场", "作业后无泥土、无积水遗留", "5", _P),
    ]),
    "pest": ("消杀及白蚁防治巡查表", [
        ("服务记录", "上门频次", "按合同约定时间上门", "10", _F),
        ("服务记录", "药剂使用", "药剂合规，有使用登记", "10", _F),
        ("公共区域", "鼠迹", "无鼠迹、无鼠咬痕迹", "12", _P),
        ("公共区域", "蟑螂", "无活体、无卵鞘", "12", _P),
        ("公共区域", "蚊蝇", "密度符合标准", "10", _P),
        ("设施", "毒饵站及粘鼠板", "按图布点，完好有效", "10", _P),
        ("设施", "灭蝇灯", "正常工作，及时清理", "8", _P),
        ("白蚁防治", "监测点检查", "按期检查，有记录", "10", _P),
        ("白蚁防治", "蚁害情况", "无新发蚁害", "10", _P),
        ("人员", "安全防护及告示", "作业时张贴告示，佩戴防护", "8", _F),
    ]),
    "facade": ("外墙清洗巡查表", [
        ("作业安全", "吊篮及安全绳", "检验合格，双绳作业", "15", _F),
        ("作业安全", "地面警戒", "作业区下方设警戒及看护", "10", _F),
        ("清洗质量", "玻璃幕墙", "无水迹、无污渍，目视明亮", "20", _P),
        ("清洗质量", "铝板及窗框", "无积尘、无污迹", "15", _P),
        ("清洗质量", "胶条", "无损坏，无药剂残留", "10", _P),
        ("成品保护", "室内及地面", "无污水渗入，地面无残留", "15", _P),
        ("人员", "持证上岗", "高处作业证齐全", "15", _F),
    ]),
    "stone": ("石材养护巡查表", [
        ("大堂", "石材光泽度", "光泽度达到合同标准", "20", _P),
        ("大堂", "晶面处理", "无划痕、无雾面", "15", _P),
        ("电梯厅", "石材地面", "无污渍、无泛碱", "15", _P),
        ("电梯厅", "接缝", "无黑边、无破损", "10", _P),
        ("外围", "台阶及广场石材", "无油污、无松动", "15", _P),
        ("作业", "防滑及警示", "作业时放置警示牌", "10", _F),
        ("作业", "机器及药剂", "作业后清场，无残留", "15", _P),
    ]),
}


def points_text(value: Decimal) -> str:
    """Points as written on the sheet: 4, 2.5, 100 (not 4.0 or 1E+2)."""
    return str(int(value)) if value == value.to_integral_value() else str(value.normalize())


@dataclass
class ItemInput:
    area: str = ""
    item: str = ""
    standard: str = ""
    points: str = ""
    pass_fail: bool = False


@dataclass(frozen=True)
class ItemView:
    id: int
    seq: int
    area: str
    item: str
    standard: str
    points: Decimal
    pass_fail: bool


@dataclass(frozen=True)
class TemplateView:
    id: int
    service: str
    revision: int
    name: str
    note: str
    username: str
    created_at: dt.datetime
    items: list[ItemView]

    @property
    def total(self) -> Decimal:
        return sum((i.points for i in self.items), Decimal("0"))


def _view(t: InspectionTemplate) -> TemplateView:
    items = [ItemView(i.id, i.seq, i.area, i.item, i.standard, Decimal(str(i.points)).quantize(Decimal("0.1")),
                      i.pass_fail)
             for i in TemplateItem.select().where(TemplateItem.template == t.id).order_by(TemplateItem.seq)]
    return TemplateView(t.id, t.service, t.revision, t.name, t.note, t.username, t.created_at, items)


def _create(site_id: int, service: str, name: str, note: str, username: str, items: list[tuple]) -> int:
    last = (InspectionTemplate.select(fn.MAX(InspectionTemplate.revision))
            .where((InspectionTemplate.site == site_id) & (InspectionTemplate.service == service)).scalar() or 0)
    t = InspectionTemplate.create(site=site_id, service=service, revision=last + 1, name=name, note=note,
                                  username=username)
    TemplateItem.insert_many([{"template": t.id, "seq": n, "area": a, "item": i, "standard": s,
                               "points": Decimal(p), "pass_fail": pf}
                              for n, (a, i, s, p, pf) in enumerate(items, 1)]).execute()
    return t.id


def current_template(service: str, *, by: Actor) -> TemplateView:
    """The service's newest revision; a site that never edited it starts from the default (revision 1)."""
    require(by, "contractor.view")
    if service not in SERVICES:
        raise NotFound("inspection_template", service)
    t = (InspectionTemplate.select().where((InspectionTemplate.site == by.site_id)
                                           & (InspectionTemplate.service == service))
         .order_by(InspectionTemplate.revision.desc()).first())
    if t is None:
        name, items = DEFAULTS[service]
        with db.atomic():
            tid = _create(by.site_id, service, name, "默认标准", by.username, items)
            record(by, "create", "inspection_template", tid, after={"service": service, "revision": 1})
        t = InspectionTemplate.get_by_id(tid)
    return _view(t)


def get_template(template_id: int, *, by: Actor) -> TemplateView:
    require(by, "contractor.view")
    t = InspectionTemplate.get_or_none((InspectionTemplate.id == template_id) & (InspectionTemplate.site == by.site_id))
    if t is None:
        raise NotFound("inspection_template", template_id)
    return _view(t)


def template_revisions(service: str, *, by: Actor) -> list[TemplateView]:
    """Every revision of the service's template, newest first."""
    require(by, "contractor.view")
    return [_view(t) for t in InspectionTemplate.select().where(
        (InspectionTemplate.site == by.site_id) & (InspectionTemplate.service == service))
        .order_by(InspectionTemplate.revision.desc())]


def _points(raw: str) -> Decimal | None:
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation:
        return None
    if not value.is_finite() or value <= 0 or value > 100 or value != value.quantize(Decimal("0.1")):
        return None
    return value.quantize(Decimal("0.1"))


def save_template(service: str, name: str, items: list[ItemInput], note: str, *, by: Actor,
                  based_on: int | None = None) -> int:
    """Save the edited template as the service's next revision; inspections already made keep theirs.

    `based_on` is the revision the editor opened: if another desk saved a revision since, the edit is refused
    rather than silently undoing theirs.
    """
    require(by, "contractor.template", entity="inspection_template")
    current = current_template(service, by=by)
    problems = Problems()
    if based_on is not None and based_on != current.revision:
        problems.add("items", "contractor.template_changed", revision=current.revision)
    name = problems.text("name", name, 80, required=True)
    note = problems.text("note", note, 500, required=True)
    if not items:
        problems.add("items", "contractor.template_empty")
    elif len(items) > MAX_ITEMS:
        problems.add("items", "too_long", maximum=MAX_ITEMS)
    rows = []
    for n, it in enumerate(items):  # items[n] is shown at the table's row n+1
        area = problems.text(f"items[{n}].area", it.area, 40, required=True)
        item = problems.text(f"items[{n}].item", it.item, 80, required=True)
        standard = problems.text(f"items[{n}].standard", it.standard, 200)
        points = _points(it.points)
        if points is None:
            problems.add(f"items[{n}].points", "contractor.points")
        rows.append((area, item, standard, str(points), bool(it.pass_fail)))
    problems.raise_if_any()
    with db.atomic():
        tid = _create(by.site_id, service, name, note, by.username, rows)
        record(by, "revise", "inspection_template", tid,
               after={"service": service, "revision": current.revision + 1, "items": len(rows)}, note=note)
    return tid
