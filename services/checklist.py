"""The handover checklist (《房屋质量验收登记表》): areas and items the site edits; a default seeded on first use."""
from __future__ import annotations

from dataclasses import dataclass, field

from models import ChecklistArea, ChecklistItem, db
from services.access import Actor, require
from services.audit import record
from services.errors import Problems

DEFAULT_CHECKLIST: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("门锁", ("入户门", "门锁及钥匙", "门禁读卡器")),
    ("窗户", ("窗框及玻璃", "开启扇及五金", "窗台")),
    ("墙面", ("墙面平整无裂缝", "踢脚线")),
    ("地面", ("地面/架空地板", "地毯或地砖")),
    ("天花", ("吊顶", "检修口")),
    ("照明及插座", ("灯具", "开关", "插座", "配电箱")),
    ("给排水", ("洗手盆及龙头", "地漏", "水表")),
    ("空调", ("风机盘管/出风口", "温控面板")),
    ("消防", ("喷淋头", "烟感探测器", "应急照明及疏散指示")),
)


@dataclass
class AreaInput:
    name: str = ""
    items: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CheckItem:
    id: int
    area: str
    name: str


@dataclass(frozen=True)
class CheckArea:
    id: int
    name: str
    items: list[CheckItem]


def _seed(site_id: int) -> None:
    with db.atomic():
        for i, (area_name, items) in enumerate(DEFAULT_CHECKLIST):
            area = ChecklistArea.create(site=site_id, name=area_name, position=i)
            for j, name in enumerate(items):
                ChecklistItem.create(area=area, name=name, position=j)


def checklist(*, by: Actor) -> list[CheckArea]:
    """The site's checklist in order (the default one is written on first use, then the site edits it)."""
    require(by, "move.view")
    if not ChecklistArea.select().where(ChecklistArea.site == by.site_id).exists():
        _seed(by.site_id)
    areas = list(ChecklistArea.select().where((ChecklistArea.site == by.site_id) & ChecklistArea.active)
                 .order_by(ChecklistArea.position, ChecklistArea.id))
    items: dict[int, list[CheckItem]] = {a.id: [] for a in areas}
    names = {a.id: a.name for a in areas}
    for item in (ChecklistItem.select().where(ChecklistItem.area.in_(list(items) or [0]) & ChecklistItem.active)
                 .order_by(ChecklistItem.position, ChecklistItem.id)):
        items[item.area_id].append(CheckItem(item.id, names[item.area_id], item.name))
    return [CheckArea(a.id, a.name, items[a.id]) for a in areas]


def save_checklist(areas: list[AreaInput], *, by: Actor) -> list[CheckArea]:
    """Replace the site's checklist by the edited one (a supervisor). Old areas and items are retired, not
    deleted: past inspections keep the names they were done against."""
    require(by, "checklist.edit")
    problems = Problems()
    clean: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    for i, area in enumerate(areas):
        name = problems.text(f"areas[{i}].name", area.name, 40, required=True)
        if name in seen:
            problems.add(f"areas[{i}].name", "checklist.duplicate")
        seen.add(name)
        items = []
        for j, item in enumerate(area.items):
            text = problems.text(f"areas[{i}].items[{j}]", item, 80)
            if text:
                items.append(text)
        if not items:
            problems.add(f"areas[{i}].items", "checklist.no_items")
        clean.append((name, items))
    if not clean:
        problems.add("areas", "checklist.no_items")
    problems.raise_if_any()
    before = {a.name: [i.name for i in a.items] for a in checklist(by=by)}
    with db.atomic():
        old = ChecklistArea.select(ChecklistArea.id).where(ChecklistArea.site == by.site_id)
        ChecklistItem.update(active=False).where(ChecklistItem.area.in_(old)).execute()
        ChecklistArea.update(active=False).where(ChecklistArea.site == by.site_id).execute()
        for i, (name, items) in enumerate(clean):
            area = ChecklistArea.create(site=by.site_id, name=name, position=i)
            for j, item in enumerate(items):
                ChecklistItem.create(area=area, name=item, position=j)
        record(by, "update", "checklist", None, before=before, after=dict(clean))
    return checklist(by=by)
