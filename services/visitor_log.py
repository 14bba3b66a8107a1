"""The visitor log and searches (pass number, phone tail, name prefix, host, day), who is in, and the daily jobs."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import NamedTuple

from peewee import fn

from models import Prereg, Setting, Visit, db, now
from services import settings
from services.access import Actor, require
from services.audit import record
from services.identity import mask_phone
from services.paging import KeysetPage

PASS_NO = re.compile(r"FK-\d{4,8}-\d{1,8}")
UNIT_CODE = re.compile(r"[A-Z]?\d{1,3}F?-[0-9A-Z]{1,8}")
# Every column a list shows; the full ID number is left out so it never reaches a screen by accident.
LIST_FIELDS = (
    Visit.id, Visit.pass_no, Visit.day, Visit.checked_in_at, Visit.name, Visit.id_type, Visit.id_masked, Visit.phone,
    Visit.company, Visit.host_name, Visit.host_unit, Visit.host_floor, Visit.host_person, Visit.purpose,
    Visit.party_size, Visit.plate, Visit.valid_until, Visit.status, Visit.signed_out_at, Visit.sign_out_kind,
    Visit.watch_hit, Visit.purged,
)
PURGED_NAME = "（已清除）"


class VisitRow(NamedTuple):
    """One line of the log: personal numbers masked. A named tuple: pages of them are made on every keystroke."""

    id: int
    pass_no: str
    day: dt.date
    checked_in_at: dt.datetime
    name: str
    id_type: str
    id_masked: str
    phone_masked: str
    company: str
    host_name: str
    host_unit: str
    host_floor: str
    host_person: str
    purpose: str
    party_size: int
    plate: str
    valid_until: dt.datetime
    status: str
    signed_out_at: dt.datetime | None
    sign_out_kind: str
    watch_hit: bool
    purged: bool


def _when(value):
    # SQLite hands back text; fromisoformat is C and exact where peewee's field parsing guesses formats.
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


def _day(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _phone(value: str) -> str:
    # Stored numbers are already checked: a bare 11-digit mobile, or a landline.
    if len(value) == 11 and value.isdigit():
        return value[:3] + "****" + value[7:]
    return mask_phone(value) if value else ""


def _row(r: tuple) -> VisitRow:
    return VisitRow(r[0], r[1], _day(r[2]), _when(r[3]), r[4], r[5], r[6], _phone(r[7]), r[8], r[9], r[10], r[11],
                    r[12], r[13], r[14], r[15], _when(r[16]), r[17], _when(r[18]), r[19], bool(r[20]), bool(r[21]))


def _search_condition(text: str) -> tuple[str, tuple]:
    """How the clerk's text narrows the log (SQL and its values): a pass number, a phone tail, a unit, a name prefix."""
    needle = " ".join(text.split())
    upper = needle.upper().replace(" ", "")
    if PASS_NO.fullmatch(upper):
        return '"pass_no" = {p}', (upper,)
    if upper.isdigit() and len(upper) == 4:
        return '"phone_tail" = {p}', (upper,)
    if upper.isdigit() and len(upper) == 11:
        return '"phone_tail" = {p} AND "phone" = {p}', (upper[-4:], upper)
    if UNIT_CODE.fullmatch(upper):
        return '"host_unit" = {p}', (upper,)
    # A prefix as a range, so the (site, name) index serves it on SQLite and PostgreSQL alike.
    return '"name" >= {p} AND "name" < {p}', (needle, needle + "\U0010ffff")


_COLUMNS = ", ".join(f'"{f.column_name}"' for f in LIST_FIELDS)


def search_visits(*, by: Actor, text: str = "", day: dt.date | None = None, status: str = "",
                  host_tenant_id: int | None = None, after: int | None = None, limit: int = 100
                  ) -> KeysetPage[VisitRow]:
    """Visits newest first, read by key (`after` = the id of the last row already shown), never the whole table.

    The SQL is written out here rather than built by peewee: these searches run on every keystroke against
    millions of rows, and the query builder and its field conversions would cost more than the indexed read.
    """
    require(by, "visitor.view")
    limit = max(1, min(limit, 500))
    where = ['"site_id" = {p}']
    values: list = [by.site_id]
    if text.strip():
        sql, params = _search_condition(text)
        where.append(sql)
        values.extend(params)
    if day is not None:
        where.append('"day" = {p}')
        values.append(day.isoformat())
    if status:
        where.append('"status" = {p}')
        values.append(status)
    if host_tenant_id is not None:
        where.append('"host_tenant_id" = {p}')
        values.append(host_tenant_id)
    condition = " AND ".join(where).replace("{p}", db.obj.param)
    paged = condition + (f' AND "id" < {db.obj.param}' if after is not None else "")
    cursor = db.cursor()
    cursor.execute(f'SELECT {_COLUMNS} FROM "visit" WHERE {paged} ORDER BY "id" DESC LIMIT {limit + 1}',
                   (*values, after) if after is not None else tuple(values))
    rows = cursor.fetchall()
    more = len(rows) > limit
    items = [_row(r) for r in rows[:limit]]
    total = -1
    if day is not None:
        # A day's count comes off the (site, day) index; counting five years of visits would not.
        cursor.execute(f'SELECT COUNT(*) FROM "visit" WHERE {condition}', tuple(values))
        total = cursor.fetchone()[0]
    return KeysetPage(items, total, 0, limit, more)


def in_building(*, by: Actor, today: dt.date | None = None) -> list[VisitRow]:
    """Visitors checked in today and not signed out: the evacuation list's visitors."""
    require(by, "visitor.view")
    today = today or dt.date.today()
    query = (Visit.select(*LIST_FIELDS)
             .where((Visit.site == by.site_id) & (Visit.status == "in") & (Visit.day == today))
             .order_by(Visit.host_floor, Visit.host_unit, Visit.id))
    return [_row(r) for r in query.tuples()]


def not_signed_out(*, by: Actor, at: dt.datetime | None = None) -> list[VisitRow]:
    """Passes still out after closing time: today's once the hour has passed, and any left from earlier days."""
    require(by, "visitor.view")
    at = at or now()
    closing = int(settings.get(by.site_id, "visitors.closing_hour"))
    last_day = at.date() if at.hour >= closing else at.date() - dt.timedelta(days=1)
    query = (Visit.select(*LIST_FIELDS).where((Visit.site == by.site_id) & (Visit.status == "in")
                                              & (Visit.day <= last_day)).order_by(Visit.id))
    return [_row(r) for r in query.tuples()]


@dataclass(frozen=True)
class VisitorFigures:
    in_building: int
    today: int
    people_today: int
    not_signed_out: int


def figures(*, by: Actor, at: dt.datetime | None = None) -> VisitorFigures:
    """The dashboard's visitor tiles: in the building now, visits and people today, passes left out."""
    require(by, "visitor.view")
    at = at or now()
    today_q = Visit.select(fn.COUNT(Visit.id), fn.SUM(Visit.party_size)).where(
        (Visit.site == by.site_id) & (Visit.day == at.date()) & (Visit.status != "void"))
    visits, people = today_q.tuples().first() or (0, 0)
    inside = Visit.select().where(
        (Visit.site == by.site_id) & (Visit.status == "in") & (Visit.day == at.date())).count()
    return VisitorFigures(inside, visits or 0, int(people or 0), len(not_signed_out(by=by, at=at)))


def auto_sign_out(*, by: Actor, at: dt.datetime | None = None) -> int:
    """Sign out, as automatic, every pass still out once the site's hour has come (if the site chose to)."""
    require(by, "visitor.daily")
    at = (at or now()).replace(microsecond=0)
    if not settings.get(by.site_id, "visitors.auto_sign_out"):
        return 0
    hour = int(settings.get(by.site_id, "visitors.auto_sign_out_hour"))
    last_day = at.date() if at.hour >= hour else at.date() - dt.timedelta(days=1)
    cond = (Visit.site == by.site_id) & (Visit.status == "in") & (Visit.day <= last_day)
    count = 0
    with db.atomic():
        # Each pass is signed out at its own day's hour, not at the moment the job happened to run.
        for (day,) in Visit.select(Visit.day).where(cond).distinct().tuples():
            count += Visit.update(status="out", sign_out_kind="auto", updated_at=at, version=Visit.version + 1,
                                  signed_out_at=dt.datetime.combine(day, dt.time(hour))).where(
                cond & (Visit.day == day)).execute()
        if count:
            record(by, "auto_sign_out", "visit", None, after={"count": count}, note="automatic")
    return count


@dataclass(frozen=True)
class Purged:
    visits: int
    preregs: int
    before: dt.date


def purge(*, by: Actor, today: dt.date | None = None, action: str = "visitor.daily") -> Purged:
    """Erase the personal fields of visits older than the retention period; the rows (and so the counts) stay."""
    require(by, action)
    today = today or dt.date.today()
    days = int(settings.get(by.site_id, "privacy.retention_days"))
    cutoff = today - dt.timedelta(days=days)
    with db.atomic():
        visits = Visit.update(
            name=PURGED_NAME, id_number="", id_masked="", phone="", phone_tail="", plate="", purged=True,
        ).where((Visit.site == by.site_id) & (Visit.purged == False) & (Visit.day < cutoff)).execute()  # noqa: E712
        preregs = Prereg.update(name=PURGED_NAME, id_number="", phone="", plate="").where(
            (Prereg.site == by.site_id) & (Prereg.expected_on < cutoff) & (Prereg.name != PURGED_NAME)).execute()
        if visits or preregs:
            record(by, "purge", "visit", None, after={"visits": visits, "preregs": preregs, "before": cutoff},
                   note=f"retention {days} days")
    return Purged(visits, preregs, cutoff)


LAST_DAILY_KEY = "visitors.last_daily"


def daily_jobs(*, by: Actor, at: dt.datetime | None = None) -> tuple[int, Purged | None]:
    """What the app runs on a timer: auto sign-out when due, and the purge once a day."""
    at = at or now()
    signed_out = auto_sign_out(by=by, at=at)
    row = Setting.get_or_none((Setting.site == by.site_id) & (Setting.key == LAST_DAILY_KEY))
    if row is not None and json.loads(row.value) == at.date().isoformat():
        return signed_out, None
    result = purge(by=by, today=at.date())
    value = json.dumps(at.date().isoformat())
    Setting.insert(site=by.site_id, key=LAST_DAILY_KEY, value=value).on_conflict(
        conflict_target=[Setting.site, Setting.key], update={Setting.value: value}).execute()
    return signed_out, result
