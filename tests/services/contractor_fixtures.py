"""A site's contractors for the tests: one per service, and quick ways to make inspections of a known score."""
from __future__ import annotations

import datetime as dt

from services import contractor_inspections as inspections
from services import contractor_templates as templates
from services import contractors
from services.contractor_inspections import InspectionInput, ItemEntry
from services.contractors import ContractorInput

START = dt.date(2026, 1, 1)
END = dt.date(2027, 12, 31)
FEES = {"cleaning": "48000.00", "greening": "12000.00", "pest": "3500.00", "facade": "20000.00", "stone": "8000.00"}


def make_contractor(site, service: str = "cleaning", name: str = "", fee: str = "", *, start: dt.date = START,
                    end: dt.date = END) -> int:
    return contractors.create_contractor(ContractorInput(
        name=name or f"深圳市洁美{service}服务有限公司", service=service, contract_no=f"HT-{service}",
        contract_start=start, contract_end=end, monthly_fee=fee or FEES[service], contact_name="李经理",
        contact_phone="13800138000", headcount=12), by=site.supervisor)


def one_item_template(site, service: str = "cleaning") -> int:
    """A template of one 100-point item, so a score typed is the inspection's score."""
    return templates.save_template(service, "单项测试表", [templates.ItemInput("大堂", "地面", "无污渍", "100")],
                                   "测试用单项", by=site.supervisor)


def inspect(site, contractor_id: int, day: dt.date, scores: dict[int, str] | None = None, *, actor=None,
            template_id: int | None = None, nonconforming: dict[int, str] | None = None,
            serious: set[int] = frozenset()) -> int:
    """An inspection with every item at full points but those in `scores` (by seq); `nonconforming` seq -> note."""
    actor = actor or site.steward
    c = contractors.get_contractor(contractor_id, by=actor)
    t = (templates.get_template(template_id, by=actor) if template_id
         else templates.current_template(c.service, by=actor))
    scores, nonconforming = scores or {}, nonconforming or {}
    entries = [ItemEntry(i.id, scores.get(i.seq, ""), i.seq in nonconforming or i.seq in serious, i.seq in serious,
                         nonconforming.get(i.seq, "")) for i in t.items]
    return inspections.record_inspection(InspectionInput(contractor_id, t.id, day, "全楼", "", entries), by=actor,
                                         today=day)


def month_of_scores(site, contractor_id: int, month: dt.date, scores: list[str], template_id: int) -> None:
    """One inspection per score on the month's first days (each on a one-item template)."""
    for n, score in enumerate(scores):
        inspect(site, contractor_id, month + dt.timedelta(days=n), {1: score}, template_id=template_id)
