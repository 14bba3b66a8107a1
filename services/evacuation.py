"""Who is in the building now (在楼人员): one list gathered from every area that knows of people inside.

Each area that knows of people inside has a provider in SECTIONS: visitors in now, people holding keys
lent out, fit-out workers with a pass valid today.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from models import now
from services.access import Actor, require


@dataclass(frozen=True)
class Section:
    """One group of people inside: a title, its columns (header, width share), its rows, and a head count."""

    key: str
    title: str
    columns: tuple[tuple[str, float], ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    people: int = 0


def visitors_section(by: Actor, at: dt.datetime) -> Section:
    from services.visitor_log import in_building

    rows = in_building(by=by, today=at.date())
    return Section(
        "visitors", "在楼访客",
        (("姓名", 1.2), ("出入证号", 2.0), ("来访单位", 2.0), ("被访单位/单元", 2.4), ("人数", 0.6), ("来访时间", 1.0)),
        [(r.name, r.pass_no, r.company, f"{r.host_unit} {r.host_name}".strip(), str(r.party_size),
          r.checked_in_at.strftime("%H:%M")) for r in rows],
        sum(r.party_size for r in rows),
    )


def keys_section(by: Actor, at: dt.datetime) -> Section:
    """People holding a lent key (contractors, agents showing a unit): likely inside. Tenants' own keys are not."""
    from services.keys import keys_out_now

    rows = keys_out_now(by.site_id, lent_only=True)
    return Section(
        "keys", "借出钥匙持有人",
        (("持有人", 1.2), ("单位", 2.0), ("电话", 1.3), ("钥匙", 2.2), ("借出时间", 1.0), ("应还", 1.0)),
        [(r.holder, r.company, r.phone, f"{r.tag} {r.label}", r.since.strftime("%m-%d %H:%M"),
          r.due.strftime("%m-%d %H:%M") if r.due else "") for r in rows],
        len({(r.holder, r.phone) for r in rows}),
    )


def fitout_workers_section(by: Actor, at: dt.datetime) -> Section:
    """Fit-out workers whose pass is good today (permit running, pass not revoked): they may be on site."""
    from services.fitout_passes import workers_in_today

    rows = workers_in_today(by.site_id, at.date())
    return Section(
        "fitout_workers", "装修施工人员",
        (("姓名", 1.2), ("出入证号", 2.0), ("施工单位", 2.6), ("施工单元", 1.2), ("现场负责人", 1.2), ("电话", 1.3)),
        [(p.name, p.number, p.company, f.unit.code, f.site_manager, f.contractor_phone) for p, f in rows],
        len(rows),
    )


# The providers, in the order the list prints them; each is (actor, moment) -> Section.
SECTIONS: list[Callable[[Actor, dt.datetime], Section]] = [visitors_section, keys_section,
                                                              fitout_workers_section]


def who_is_in(*, by: Actor, at: dt.datetime | None = None) -> list[Section]:
    """Every section of the evacuation list, gathered now."""
    require(by, "evacuation.view")
    at = at or now()
    return [provider(by, at) for provider in SECTIONS]


def print_evacuation_list(*, by: Actor, at: dt.datetime | None = None) -> bytes:
    """The evacuation list as A4 PDF bytes (evacuation-list.pdf)."""
    from printouts.visitor_lists import EvacuationSection, render_evacuation_list
    from services.printing import letterhead

    at = at or now()
    sections = [EvacuationSection(s.title, s.columns, s.rows, s.people) for s in who_is_in(by=by, at=at)]
    return render_evacuation_list(sections, letterhead(by.site_id), printed_at=at)
