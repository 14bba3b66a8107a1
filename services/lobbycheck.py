"""Lobby checks (大堂开班检查): the site's checklist, ticked at the opening and the closing of each shift.

Each item is ok or failed with a note; a failed item raises a work order (source `lobbycheck:<id>/item:<n>`) in
the check's own transaction. `checks_of_day` gives a day's checks as plain rows for the duty log.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models import LobbyCheck, LobbyCheckItem, LobbyCheckResult, db, now
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems

KINDS = ("open", "close")
KIND_PRINT = {"open": "开班检查", "close": "交班/闭馆检查"}
DEFAULT_ITEMS = (
    "前台电脑、电话、对讲机正常",
    "门禁、闸机、访客机正常",
    "大堂照明、空调正常",
    "导向标识、告示牌完好",
    "公告栏内容在有效期内",
    "大堂地面、玻璃门、前台台面清洁",
    "灭火器、消火栓在位且无遮挡",
    "安全出口、疏散通道畅通，应急灯正常",
    "雨伞架、借用物品齐全",
    "钥匙柜上锁",
)


@dataclass
class ResultInput:
    position: int
    ok: bool = True
    note: str = ""


@dataclass
class CheckInput:
    kind: str = "open"
    shift: str = ""
    results: list[ResultInput] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True)
class TemplateItem:
    position: int
    text: str


@dataclass(frozen=True)
class ResultRow:
    position: int
    text: str
    ok: bool
    note: str
    work_order: int | None


@dataclass(frozen=True)
class CheckRow:
    id: int
    day: dt.date
    kind: str
    shift: str
    at: dt.datetime
    by_name: str
    note: str
    results: tuple[ResultRow, ...]

    @property
    def failed(self) -> int:
        return sum(not r.ok for r in self.results)


def template(*, by: Actor) -> list[TemplateItem]:
    """The site's checklist in order; the default one is written on first use, then the site edits it."""
    require(by, "lobbycheck.view")
    query = LobbyCheckItem.select().where(LobbyCheckItem.site == by.site_id)
    if not query.exists():
        with db.atomic():
            for i, text in enumerate(DEFAULT_ITEMS, 1):
                LobbyCheckItem.create(site=by.site_id, text=text, position=i)
    return [TemplateItem(i.position, i.text)
            for i in query.where(LobbyCheckItem.active).order_by(LobbyCheckItem.position)]


def set_template(lines: list[str], *, by: Actor) -> list[TemplateItem]:
    """Replace the checklist with these lines (one item each, in order); earlier checks keep their own copy."""
    require(by, "lobbycheck.template")
    problems = Problems()
    clean = []
    for i, line in enumerate(lines):
        text = problems.text(f"line{i}", line, 80)
        if text:
            clean.append(text)
    if not clean:
        problems.add("items", "lobbycheck.template_empty")
    elif len(set(clean)) != len(clean):
        problems.add("items", "lobbycheck.template_twice")
    problems.raise_if_any()
    before = [t.text for t in template(by=by)]
    with db.atomic():
        LobbyCheckItem.update(active=False).where(LobbyCheckItem.site == by.site_id).execute()
        for i, text in enumerate(clean, 1):
            LobbyCheckItem.create(site=by.site_id, text=text, position=i)
        record(by, "update", "lobbycheck_template", None, before={"items": before}, after={"items": clean})
    return template(by=by)


def record_check(data: CheckInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Save an opening or closing check: every item of the checklist answered, a failed one with a note.

    Each failed item becomes a work order to engineering, in this transaction. Returns the check's id."""
    require(by, "lobbycheck.record")
    from services.requests import create_work_order

    moment = at or now()
    items = {t.position: t.text for t in template(by=by)}
    problems = Problems()
    if data.kind not in KINDS:
        problems.add("kind", "lobbycheck.kind")
    shift = problems.text("shift", data.shift, 20)
    note = problems.text("note", data.note, 500)
    answered = {r.position: r for r in data.results}
    for position in items:
        result = answered.get(position)
        if result is None:
            problems.add(f"item{position}", "lobbycheck.unanswered")
        elif not result.ok and not (result.note or "").strip():
            problems.add(f"item{position}", "lobbycheck.fail_note")
        elif result is not None:
            problems.text(f"item{position}", result.note, 200)
    unknown = set(answered) - set(items)
    if unknown:
        problems.add("items", "lobbycheck.template_changed")
    problems.raise_if_any()
    with db.atomic():
        check = LobbyCheck.create(site=by.site_id, day=moment.date(), kind=data.kind, shift=shift, at=moment,
                                  by_name=by.full_name, note=note)
        failed = 0
        for position, text in sorted(items.items()):
            result = answered[position]
            order = None
            if not result.ok:
                failed += 1
                order = create_work_order(
                    tenant_id=None, unit_code="", by=by, at=moment, caller_name=by.full_name,
                    source=f"lobbycheck:{check.id}/item:{position}",
                    text=f"大堂{KIND_PRINT[data.kind]}不合格：{text}。{result.note.strip()}")
            LobbyCheckResult.create(check=check, position=position, text=text, ok=result.ok,
                                    note=result.note.strip(), work_order=order)
        record(by, "create", "lobbycheck", check.id, after={"kind": data.kind, "failed": failed})
        return check.id


def _rows(query) -> list[CheckRow]:
    checks = list(query)
    results: dict[int, list[ResultRow]] = {c.id: [] for c in checks}
    if checks:
        for r in (LobbyCheckResult.select().where(LobbyCheckResult.check.in_(list(results)))
                  .order_by(LobbyCheckResult.position)):
            results[r.check_id].append(ResultRow(r.position, r.text, r.ok, r.note, r.work_order))
    return [CheckRow(c.id, c.day, c.kind, c.shift, c.at, c.by_name, c.note, tuple(results[c.id])) for c in checks]


def checks_of_day(site_id: int, day: dt.date) -> list[CheckRow]:
    """A day's lobby checks in time order, each with its items (plain rows, for the duty log)."""
    return _rows(LobbyCheck.select().where((LobbyCheck.site == site_id) & (LobbyCheck.day == day))
                 .order_by(LobbyCheck.at, LobbyCheck.id))


def day_checks(day: dt.date, *, by: Actor) -> list[CheckRow]:
    require(by, "lobbycheck.view")
    return checks_of_day(by.site_id, day)


def recent_checks(*, by: Actor, days: int = 14) -> list[CheckRow]:
    """The last `days` days of checks, newest first (the list of the tab)."""
    require(by, "lobbycheck.view")
    since = now().date() - dt.timedelta(days=days - 1)
    return _rows(LobbyCheck.select().where((LobbyCheck.site == by.site_id) & (LobbyCheck.day >= since))
                 .order_by(LobbyCheck.at.desc(), LobbyCheck.id.desc()))


def check(check_id: int, *, by: Actor) -> CheckRow:
    require(by, "lobbycheck.view")
    rows = _rows(LobbyCheck.select().where((LobbyCheck.id == check_id) & (LobbyCheck.site == by.site_id)))
    if not rows:
        raise NotFound("lobbycheck", check_id)
    return rows[0]


def missing_today(*, by: Actor) -> list[str]:
    """Which of today's checks are not done yet ('open' before anything else; 'close' once opened)."""
    require(by, "lobbycheck.view")
    done = {c.kind for c in checks_of_day(by.site_id, now().date())}
    return [k for k in KINDS if k not in done]

