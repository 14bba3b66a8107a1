"""Demo contractors: five contracts, a year of inspections (daily cleaning, weekly greening, per visit for pest
control, façade and stone care) bulk-inserted with their results, rectifications mostly verified and closed, and
twelve signed monthly evaluations each; the greening contractor is heading for review (two months below 80 and
the current month below too)."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from models import db
from models.contractors import (
    ContractorInspection,
    InspectionResult,
    InspectionTemplate,
    Rectification,
    RectificationCheck,
    ServiceVisit,
)
from services import contractor_evaluations as ev
from services import contractor_templates as templates
from services import contractors
from services.access import Actor
from services.contractor_inspections import score_of
from services.contractors import ContractorInput, DocumentInput
from services.money import add_months, month_start
from services.numbering import next_number

# name, service, monthly fee, headcount, contact, months the contract still runs, quality (mean score)
CONTRACTS = (
    ("深圳市洁美物业清洁服务有限公司", "cleaning", "48000.00", 18, ("李红梅", "13826541234"), 14, 93),
    ("深圳市绿源园林绿化有限公司", "greening", "12000.00", 4, ("张国华", "13922883456"), 8, 88),
    ("深圳市安康有害生物防治有限公司", "pest", "3500.00", 2, ("陈伟", "13510987654"), 20, 91),
    ("深圳市高空外墙清洗工程有限公司", "facade", "20000.00", 6, ("吴志强", "13760123987"), 11, 94),
    ("深圳市晶石石材养护有限公司", "stone", "8000.00", 3, ("刘晓东", "13691234567"), 1, 86),
)
NOTES = {
    "cleaning": ("18F 女卫地面积水未及时清理", "B2 车库 C 区地面油渍", "大堂玻璃门手印明显", "3F 男卫擦手纸用完未补",
                 "消防楼梯 12F 堆放清洁工具", "广场垃圾桶满溢"),
    "greening": ("大堂发财树黄叶未清理", "南侧绿化带草坪斑秃", "租摆植物数量少于清单 2 盆", "绿篱修剪后枝叶未清走"),
    "pest": ("B2 垃圾房发现鼠迹", "餐饮层后厨通道见蟑螂活体", "3 号毒饵站缺失"),
    "facade": ("东立面 20F 玻璃有水迹", "作业区下方未设警戒"),
    "stone": ("大堂石材局部雾面", "电梯厅接缝发黑"),
}
CHECKS = ("已整改，复查合格", "现场复查已处理完毕", "已补齐，复查合格")


@dataclass(frozen=True)
class ContractorDemo:
    contractors: int
    inspections: int
    results: int
    rectifications: int
    evaluations: int


def _days(service: str, first: dt.date, today: dt.date, rng: random.Random) -> list[dt.date]:
    """The days of the rounds: every day for cleaning, Tuesdays for greening, the visits of the others."""
    days, day = [], first
    while day < today:
        if service == "cleaning" or (service == "greening" and day.weekday() == 1):
            days.append(day)
        day += dt.timedelta(days=1)
    if service in ("pest", "stone"):  # a visit every fortnight or so
        days = [first + dt.timedelta(days=n) for n in range(3, (today - first).days, 14 + rng.randrange(-1, 2))]
    elif service == "facade":
        days = [add_months(month_start(first), n) + dt.timedelta(days=9) for n in range(13)]
        days = [d for d in days if first <= d < today]
    return days


def _target(service: str, quality: int, day: dt.date, today: dt.date, rng: random.Random) -> float:
    months_back = (today.year - day.year) * 12 + today.month - day.month
    if service == "greening" and months_back <= 2:
        return 76.5 + rng.random()  # the last two months and this one below 80: heading for review
    return quality + rng.gauss(0, 2.5)


def _results(items, target: float, rng: random.Random, notes: tuple[str, ...], serious_rate: float):
    """Points per item that come to about `target` of 100; an item losing half its points or more is a
    non-conformity with a note."""
    deficit = max(0.0, (100 - target) * float(sum(i.points for i in items)) / 100)
    given = {i.id: i.points for i in items}
    scored = [i for i in items if not i.pass_fail]
    while deficit >= 0.5:
        item = rng.choice(scored)
        cut = min(Decimal(rng.choice(("0.5", "1", "1.5", "2"))), given[item.id], Decimal(str(deficit)).quantize(
            Decimal("0.5")))
        if cut <= 0:
            break
        given[item.id] -= cut
        deficit -= float(cut)
    rows = []
    for i in items:
        failed = i.pass_fail and rng.random() < 0.01
        points = Decimal(0) if failed else given[i.id]
        nc = failed or (points <= i.points / 2 and rng.random() < 0.3)
        serious = nc and rng.random() < serious_rate
        note = ""
        if nc:  # the site's usual findings where one fits the item, else the item's standard not met
            fitting = [n for n in notes if i.area[:2] in n or i.item[:2] in n]
            note = rng.choice(fitting) if fitting else f"{i.area}{i.item}未达标准：{i.standard}"
        rows.append((i, points, nc, serious, note))
    return rows


def fill_contractors(rng: random.Random, site_id: int, staff: dict[str, Actor], today: dt.date) -> ContractorDemo:
    manager, supervisor, steward = staff["manager"], staff["supervisor"], staff["steward"]
    first = add_months(month_start(today), -12)
    ids, rounds = [], []
    for name, service, fee, heads, (contact, phone), runs, quality in CONTRACTS:
        end = add_months(today, runs) if runs > 1 else today + dt.timedelta(days=40)
        cid = contractors.create_contractor(ContractorInput(
            name, service, f"WB-{first.year}-{len(ids) + 1:03d}", add_months(first, -rng.randrange(0, 12)), end, fee,
            contact, phone, heads, ""), by=supervisor)
        contractors.add_document(cid, DocumentInput("contract", first, f"{SERVICE_TITLES[service]}服务合同"),
                                 by=supervisor)
        contractors.add_document(cid, DocumentInput("licence", first, "营业执照副本复印件"), by=supervisor)
        ids.append(cid)
        t = templates.current_template(service, by=supervisor)
        InspectionTemplate.update(created_at=dt.datetime.combine(first, dt.time(9))).where(
            InspectionTemplate.id == t.id).execute()
        revisions = [(first, t)]
        if service == "cleaning":  # the site weighted the lobby floor more four months ago: a second revision
            items = [templates.ItemInput(i.area, i.item, i.standard, str(i.points), i.pass_fail) for i in t.items]
            items[0] = templates.ItemInput("大堂", "地面", "无污渍、无水迹、无垃圾，石材光亮无划痕", "5")
            items[29] = templates.ItemInput("人员", "工具及药剂存放", "定点存放、标识清楚，不占用公共区", "3")
            tid = templates.save_template(service, t.name, items, "大堂地面提高分值，工具存放降低分值", by=supervisor)
            changed = add_months(month_start(today), -4)
            InspectionTemplate.update(created_at=dt.datetime.combine(changed, dt.time(9))).where(
                InspectionTemplate.id == tid).execute()
            revisions.append((changed, templates.get_template(tid, by=supervisor)))
        days = _days(service, first, today, rng)
        if service in ("pest", "facade", "stone"):
            visits = [*days, today - dt.timedelta(days=1)]  # yesterday's visit still waits for its inspection
            ServiceVisit.insert_many([{"contractor": cid, "day": d, "note": "例行上门服务", "username": "clerk"}
                                      for d in visits]).execute()
        rounds += [(day, cid, service, quality, revisions) for day in days]
    # In the order of the days, so the numbers run with the dates as when the desk entered them.
    counts = _inspections(rng, site_id, sorted(rounds, key=lambda r: (r[0], r[1])), today, (steward, supervisor))
    evaluations = 0
    for cid in ids:
        for n in range(12):
            e = ev.evaluate_month(cid, add_months(first, n), by=supervisor, today=today)
            ev.sign_off(e.id, e.version, by=manager, today=today)
            evaluations += 1
        if month_start(today) < today:  # the running month as a draft, so the desk sees where it is heading
            ev.evaluate_month(cid, month_start(today), by=supervisor, today=today)
            evaluations += 1
    return ContractorDemo(len(ids), counts[0], counts[1], counts[2], evaluations)


SERVICE_TITLES = {"cleaning": "保洁", "greening": "绿化及花木租摆", "pest": "消杀及白蚁防治", "facade": "外墙清洗",
                  "stone": "石材养护"}


def _bulk_results(rows: list[tuple]) -> None:
    """Insert result rows in one executemany: peewee's insert_many spends its time building SQL in Python."""
    table = InspectionResult._meta.table_name
    param = db.obj.param
    sql = (f'INSERT INTO "{table}" ("inspection_id", "item_id", "points", "nonconforming", "serious", "note") '
           f"VALUES ({', '.join([param] * 6)})")
    cursor = db.cursor()
    cursor.executemany(sql, rows)


def _inspections(rng, site_id, rounds, today, people) -> tuple[int, int, int]:
    """Bulk-insert the year of rounds: (inspections, results, rectifications)."""
    results: list[tuple] = []
    who_did: dict[int, Actor] = {}
    with db.atomic():
        for day, cid, service, quality, revisions in rounds:
            template = [t for since, t in revisions if since <= day][-1]
            who = people[0] if rng.random() < 0.8 else people[1]
            rows = _results(template.items, _target(service, quality, day, today, rng), rng, NOTES[service],
                            0.25 if service == "greening" and (today - day).days < 70 else 0.03)
            got = sum((r[1] for r in rows), Decimal(0))
            top = template.total
            at = dt.datetime.combine(day, dt.time(9 + rng.randrange(0, 8), rng.randrange(0, 60)))
            inspection = ContractorInspection.create(
                site=site_id, number=next_number(site_id, "XC", year=day.year), contractor=cid, template=template.id,
                day=day, username=who.username, full_name=who.full_name, areas="全楼公共区域", points_got=got,
                points_max=top, score=score_of(got, top), nonconformities=sum(1 for r in rows if r[2]),
                serious=sum(1 for r in rows if r[3]), created_at=at, updated_at=at)
            who_did[inspection.id] = who
            results += [(inspection.id, i.id, str(p), nc, s, note) for i, p, nc, s, note in rows]
        _bulk_results(results)
        nonconforming = (InspectionResult.select(InspectionResult.id, ContractorInspection.id, ContractorInspection.day,
                                                 ContractorInspection.contractor)
                         .join(ContractorInspection)
                         .where((ContractorInspection.site == site_id) & InspectionResult.nonconforming)
                         .order_by(InspectionResult.id).tuples())
        rects = 0
        for result_id, inspection_id, day, cid in nonconforming:
            deadline = day + dt.timedelta(days=2)
            closed = None
            if (today - day).days > 6 or rng.random() < 0.4:  # the last week's are partly still open
                closed = min(today, deadline + dt.timedelta(days=rng.randrange(-2, 2)))
            rect = Rectification.create(site=site_id, number=next_number(site_id, "WZ", year=day.year),
                                        contractor=cid, inspection=inspection_id, result=result_id, deadline=deadline,
                                        closed_on=closed, created_at=dt.datetime.combine(day, dt.time(17)))
            if closed:
                checker = people[1] if who_did[inspection_id] is people[0] else people[0]
                RectificationCheck.create(rectification=rect.id, day=closed, username=checker.username,
                                          full_name=checker.full_name, passed=True, note=rng.choice(CHECKS),
                                          created_at=dt.datetime.combine(closed, dt.time(15)))
            rects += 1
    return len(rounds), len(results), rects
