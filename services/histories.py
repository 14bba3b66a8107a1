"""One history per unit and per tenant (单元履历 / 业户履历), newest first, across every area of the desk.

Each area's gatherer (services/history_events.py) reads at most as many of its newest events as the page asked
for could need; they are merged newest first and cut to the page. So the first page of a five-year tenant reads
a few hundred rows, whatever the tenant's past. An area the user may not view is left out (its view right from
services/access.py), as its own page would be.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

from models import Tenant, TenantUnit, Unit, db
from models.prepared import Prepared, driver_errors, hole
from services.access import Actor, allowed, require
from services.errors import NotFound, ValidationError
from services.history_events import AREAS, GATHERERS, Event, Gatherer, Subject, Target, Window
from services.paging import KeysetPage

__all__ = ["AREAS", "After", "Event", "HistoryPage", "Target", "areas_for", "history", "history_subject",
           "print_history"]

PAGE_SIZE = 100
PRINT_LIMIT = 2000  # a whole five-year tenant would be a book (~60 pages here): the newest this many, said so
_first = itemgetter(0)
_EVENT = [g.event for g in GATHERERS]  # how each gatherer's rows become lines, by its number


@dataclass(frozen=True)
class HistorySubject:
    """Whose history it is, as the screen's title and the printout's header show it."""

    kind: str  # unit / tenant
    id: int
    name: str  # the unit's code or the tenant's name
    about: str  # the unit's floor, area and holder; the tenant's units


_UNIT = Prepared(lambda: Unit.select(Unit.id, Unit.code).where((Unit.id == hole("id")) & (Unit.site == hole("site")))
                 .limit(1))
_TENANT = Prepared(lambda: Tenant.select(Tenant.name).where((Tenant.id == hole("id")) & (Tenant.site == hole("site")))
                   .limit(1))


def _subject(*, by: Actor, unit_id: int | None, tenant_id: int | None) -> Subject:
    if (unit_id is None) == (tenant_id is None):
        raise ValueError("a history is of one unit or one tenant")
    if unit_id is not None:
        unit = _UNIT.rows(id=unit_id, site=by.site_id)
        if not unit:
            raise NotFound("unit", unit_id)
        return Subject("unit", unit[0][0], by.site_id, unit[0][1])
    tenant = _TENANT.rows(id=tenant_id, site=by.site_id)
    if not tenant:
        raise NotFound("tenant", tenant_id)
    return Subject("tenant", tenant_id, by.site_id, tenant[0][0])


def _check_window(since: dt.date | None, until: dt.date | None) -> Window:
    if since and until and since > until:
        raise ValidationError("until", "history.range")
    return Window(since, until)


def areas_for(kind: str, *, by: Actor) -> list[str]:
    """The areas a unit's or a tenant's history shows this user (for the filter)."""
    require(by, "history.view")
    wanted = [g for g in GATHERERS if (g.units if kind == "unit" else g.tenants) and allowed(by, g.permission)]
    return [a for a in AREAS if any(g.area == a for g in wanted)]


@dataclass(frozen=True)
class After:
    """Where a page ended, for the next: the last line's time, the area gatherer it came from, and how many lines of
    that gatherer at exactly that time have been shown (lines at one moment are many: a ring of keys issued)."""

    when: dt.datetime
    stream: int
    seen: int


@dataclass(frozen=True)
class HistoryPage(KeysetPage[Event]):
    """A page of a history; `after` asks for the next one (None when there is none)."""

    after: After | None = None


_CHOSEN: dict[tuple[bool, frozenset[str], str], tuple[tuple[int, Gatherer], ...]] = {}


def _gatherers(unit: bool, areas: frozenset[str], by: Actor) -> tuple[tuple[int, Gatherer], ...]:
    """The gatherers (with their numbers) of a unit's or a tenant's history in `areas` (all when empty) that the user
    may view: worked out once per kind, areas and role (a role's rights are fixed, services/access.py)."""
    chosen = _CHOSEN.get((unit, areas, by.role))
    if chosen is None:
        if areas - set(AREAS):
            raise ValidationError("areas", "history.area")
        chosen = _CHOSEN[unit, areas, by.role] = tuple(
            (number, g) for number, g in enumerate(GATHERERS)
            if (g.units if unit else g.tenants) and (not areas or g.area in areas) and allowed(by, g.permission))
    return chosen


def _events(subject: Subject, window: Window, areas: list[str] | tuple[str, ...] | None, limit: int,
            by: Actor, after: After | None = None) -> tuple[list[Event], list[int]]:
    """The newest `limit` events of the subject (after `after`), newest first, and each one's gatherer's number.

    Order: time, then the gatherers' order, then each gatherer's own (its rows newest first, the latest row first).
    A later page reads each gatherer only from where the last page ended, so page 40 costs what page 1 does. The
    rows are merged as they come and only the page's become events."""
    unit, since, until = subject.unit, bool(window.since), bool(window.until)
    given = Gatherer.given(subject, window, after.when if after is not None else None)
    cursor = db.cursor()
    found: list[tuple[dt.datetime, int, tuple]] = []
    for number, g in _gatherers(unit, frozenset(areas or ()), by):
        skip, before = 0, ""
        if after is not None:
            # Gatherers before the last line's come first at equal times: only what is older is left of them.
            before = g.before(after.when, inclusive=number >= after.stream)
            skip = after.seen if number == after.stream else 0
        given["limit"] = limit + skip
        with driver_errors:
            rows = g.rows(cursor, (unit, since, until, before), given)
        if skip:  # the lines of the last line's gatherer at its very time that were shown already
            rows = rows[skip:]
        found += zip(g.moments(rows), repeat(number), rows)
    # Each gatherer's rows are newest first and were added in the gatherers' order: a stable sort on the time alone
    # keeps the gatherers' order, and each one's own, among lines of equal time.
    found.sort(key=_first, reverse=True)
    del found[limit:]
    return [_EVENT[number](subject, when, row) for when, number, row in found], [line[1] for line in found]


def history(*, by: Actor, unit_id: int | None = None, tenant_id: int | None = None,
            areas: list[str] | tuple[str, ...] | None = None, since: dt.date | None = None,
            until: dt.date | None = None, after: After | None = None,
            page_size: int = PAGE_SIZE) -> HistoryPage:
    """One page of a unit's or a tenant's history, newest first; `areas` (AREAS keys) and the days filter it;
    `after` is the previous page's `after` (None: the first page).

    The total is not counted (-1): `has_more` says whether an older page exists."""
    require(by, "history.view")
    subject = _subject(by=by, unit_id=unit_id, tenant_id=tenant_id)
    window = _check_window(since, until)
    page_size = max(1, min(page_size, 500))
    events, numbers = _events(subject, window, areas, page_size + 1, by, after)
    more = len(events) > page_size
    del events[page_size:]
    following = None
    if more:
        last, stream = events[-1].when, numbers[page_size - 1]
        seen, i = 0, page_size - 1
        while i >= 0 and events[i].when == last:  # the lines at the last one's time end the page
            seen += numbers[i] == stream
            i -= 1
        if after is not None and (after.when, after.stream) == (last, stream):
            seen += after.seen
        following = After(last, stream, seen)
    return HistoryPage(events, -1, 0, page_size, more=more, after=following)


def history_subject(*, by: Actor, unit_id: int | None = None, tenant_id: int | None = None) -> HistorySubject:
    """The unit or tenant a history is about, for its title."""
    require(by, "history.view")
    subject = _subject(by=by, unit_id=unit_id, tenant_id=tenant_id)
    if subject.unit:
        unit = Unit.get_by_id(subject.id)
        holders = [h.tenant.name for h in TenantUnit.select(TenantUnit, Tenant).join(Tenant)
                   .where((TenantUnit.unit == unit.id) & TenantUnit.until.is_null())]
        about = f"面积 {unit.area} m²" + (f"，现业户：{'、'.join(holders)}" if holders else "，空置")
        return HistorySubject("unit", unit.id, unit.code, about)
    tenant = Tenant.get_by_id(subject.id)
    units = [h.unit.code for h in TenantUnit.select(TenantUnit, Unit).join(Unit)
             .where((TenantUnit.tenant == tenant.id) & TenantUnit.until.is_null()).order_by(Unit.code)]
    lease = f"，租期 {tenant.lease_start or '—'} 至 {tenant.lease_end or '—'}" if tenant.lease_start or \
        tenant.lease_end else ""
    about = ("单元：" + "、".join(units) if units else "现无在租单元") + lease
    return HistorySubject("tenant", tenant.id, tenant.name, about)


AREA_PRINT = {"tenancy": "租赁", "moves": "交楼退租", "fitout": "装修", "requests": "报修投诉", "keys": "钥匙",
              "rooms": "会议室", "goods": "物品放行", "fees": "收费", "frontdesk": "前台服务"}


def print_history(*, by: Actor, unit_id: int | None = None, tenant_id: int | None = None,
                  areas: list[str] | tuple[str, ...] | None = None, since: dt.date | None = None,
                  until: dt.date | None = None, today: dt.datetime | None = None) -> bytes:
    """The history as printed (A4, a table per year, newest first): 《单元履历》 or 《业户履历》."""
    from printouts.unit_history import HistoryLine, render_history
    from services.printing import letterhead

    require(by, "history.view")
    subject = _subject(by=by, unit_id=unit_id, tenant_id=tenant_id)
    about = history_subject(by=by, unit_id=unit_id, tenant_id=tenant_id)
    window = _check_window(since, until)
    events, _numbers = _events(subject, window, areas, PRINT_LIMIT + 1, by)
    cut = len(events) > PRINT_LIMIT
    lines = [HistoryLine(e.when, e.dated_only, AREA_PRINT[e.area], e.title, e.detail, e.ref, e.who)
             for e in events[:PRINT_LIMIT]]
    shown = areas or areas_for(subject.kind, by=by)
    scope = "、".join(AREA_PRINT[a] for a in AREAS if a in shown)
    days = f"{since or '最早'} 至 {until or '今'}" if since or until else "全部日期"
    return render_history(kind=subject.kind, name=about.name, about=about.about, scope=scope, days=days,
                          lines=lines, cut_at=PRINT_LIMIT if cut else None, letterhead=letterhead(by.site_id),
                          printed_at=today or dt.datetime.now().replace(microsecond=0))
