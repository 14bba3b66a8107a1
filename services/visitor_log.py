"""The visitor log and searches (pass number, phone tail, name prefix, host, day), who is in, and the daily jobs."""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from typing import NamedTuple

from peewee import fn

from models import Prereg, Setting, Visit, db, is_postgres, now
from models.prepared import driver_errors
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


_iso_time = dt.datetime.fromisoformat
_iso_day = dt.date.fromisoformat
_new_row = tuple.__new__


def _when(value):
    # SQLite hands back text; fromisoformat is C and exact where peewee's field parsing guesses formats.
    return _iso_time(value) if value.__class__ is str else value


def _phone(value: str) -> str:
    # Stored numbers are already checked: a bare 11-digit mobile, or a landline.
    if len(value) == 11:
        return value[:3] + "****" + value[7:]
    return mask_phone(value) if value else ""


def _row(r: tuple) -> VisitRow:
    # Pages of these are made on every keystroke: built straight from the database's tuple, no keyword handling.
    day, at, until, out = r[2], r[3], r[16], r[18]
    if at.__class__ is str:
        day, at, until = _iso_day(day), _iso_time(at), _iso_time(until)
        out = _iso_time(out) if out else None
    return _new_row(VisitRow, (r[0], r[1], day, at, r[4], r[5], r[6], _phone(r[7]), r[8], r[9], r[10], r[11], r[12],
                               r[13], r[14], r[15], until, r[17], out, r[19], bool(r[20]), bool(r[21])))


def _search_condition(text: str) -> tuple[str, str, tuple]:
    """How the clerk's text narrows the log: (kind, SQL, values) for a pass number, phone tail, unit or name prefix."""
    needle = " ".join(text.split())
    upper = needle.upper().replace(" ", "")
    if PASS_NO.fullmatch(upper):
        return "pass_no", '"pass_no" = {p}', (upper,)
    if upper.isdigit() and len(upper) == 4:
        return "phone_tail", '"phone_tail" = {p}', (upper,)
    if upper.isdigit() and len(upper) == 11:
        return "phone", '"phone_tail" = {p} AND "phone" = {p}', (upper[-4:], upper)
    if UNIT_CODE.fullmatch(upper):
        return "unit", '"host_unit" = {p}', (upper,)
    # A prefix as a range, so the (site, name) index serves it on SQLite and PostgreSQL alike.
    return "name", '"name" >= {p} AND "name" < {p}', (needle, needle + "\U0010ffff")


_COLUMNS = ", ".join(f'"{f.column_name}"' for f in LIST_FIELDS)
# A name prefix shared by this many visits (a surname alone) is found faster walking the newest visits.
COMMON_NAME = 20_000
# The same expression with its index switched off ("name" || '' is not the indexed column): SQLite and PostgreSQL.
_NAME_SCAN = '("name" || \'\') >= {p} AND ("name" || \'\') < {p}'


@functools.lru_cache(maxsize=256)
def _select(where: tuple[str, ...], paged: bool, limit: int, param: str, by_key: bool,
            fenced: bool = False) -> tuple[str, str]:
    """The page's SQL and the day count's SQL for one shape of filter (built once, reused per keystroke).

    by_key: pick the page's ids off the index first (only the ids are sorted), then read those rows: a name
    matching thousands of visits then costs a sort of integers, not thousands of row reads.
    fenced (PostgreSQL, walking the newest visits for a common surname): the walk down the primary key is
    written as a subquery the planner cannot flatten. Its statistics put a surname's share far too low and it
    would otherwise read and sort all five million visits; the `after` id then comes first among the values.
    """
    condition = " AND ".join(where).replace("{p}", param)
    order = f'ORDER BY "id" DESC LIMIT {limit + 1}'
    if fenced:
        newest = f'SELECT "site_id", {_COLUMNS} FROM "visit"' + (f' WHERE "id" < {param}' if paged else "")
        return (f'SELECT {_COLUMNS} FROM ({newest} ORDER BY "id" DESC OFFSET 0) AS "newest" WHERE {condition} '
                f'{order}', f'SELECT COUNT(*) FROM "visit" WHERE {condition}')
    page = condition + (f' AND "id" < {param}' if paged else "")
    if by_key:
        select = (f'SELECT {_COLUMNS} FROM "visit" WHERE "id" IN (SELECT "id" FROM "visit" WHERE {page} {order}) '
                  'ORDER BY "id" DESC')
    else:
        select = f'SELECT {_COLUMNS} FROM "visit" WHERE {page} {order}'
    return select, f'SELECT COUNT(*) FROM "visit" WHERE {condition}'


def _walks_a_name(where: list[str]) -> bool:
    """Whether the filter walks the newest visits for a common name prefix."""
    return _NAME_SCAN in where


def _common_name(site_id: int, low: str, high: str) -> bool:
    """Whether at least COMMON_NAME visits match the prefix (counted off the covering index, stopping there)."""
    param = db.obj.param
    cursor = db.cursor()
    with driver_errors:
        cursor.execute(f'SELECT COUNT(*) FROM (SELECT 1 FROM "visit" WHERE "site_id" = {param} AND "name" >= {param} '
                       f'AND "name" < {param} LIMIT {COMMON_NAME}) AS probe', (site_id, low, high))
        return cursor.fetchone()[0] >= COMMON_NAME


def search_visits(*, by: Actor, text: str = "", day: dt.date | None = None, status: str = "",
                  host_tenant_id: int | None = None, after: int | None = None, limit: int = 100
                  ) -> KeysetPage[VisitRow]:
    """Visits newest first, read by key (`after` = the id of the last row already shown), never the whole table.

    The SQL is written out here rather than built by peewee: these searches run on every keystroke against
    millions of rows, and the query builder and its field conversions would cost more than the indexed read.
    """
    require(by, "visitor.view")
    limit = max(1, min(limit, 500))
    where: list[str] = ['"site_id" = {p}']
    values: list = [by.site_id]
    narrowed = day is not None or bool(status) or host_tenant_id is not None
    by_key = False
    walk = not narrowed
    if text.strip():
        kind, sql, params = _search_condition(text)
        by_key = True
        if kind == "name" and not narrowed and _common_name(by.site_id, *params):
            sql, by_key = _NAME_SCAN, False
        else:
            walk = False
        where.append(sql)
        values.extend(params)
    if walk:
        # Read the newest visits off the table's own order: the site's index would make it sort them all.
        where[0] = '"site_id" + 0 = {p}'
    if day is not None:
        where.append('"day" = {p}')
        values.append(day.isoformat())
    if status:
        where.append('"status" = {p}')
        values.append(status)
    if host_tenant_id is not None:
        where.append('"host_tenant_id" = {p}')
        values.append(host_tenant_id)
    fenced = walk and _walks_a_name(where) and is_postgres()
    page_sql, count_sql = _select(tuple(where), after is not None, limit, db.obj.param, by_key, fenced)
    cursor = db.cursor()
    with driver_errors:
        if after is None:
            cursor.execute(page_sql, tuple(values))
        else:
            cursor.execute(page_sql, (after, *values) if fenced else (*values, after))
        rows = cursor.fetchall()
    more = len(rows) > limit
    items = [_row(r) for r in rows[:limit]] if more else [_row(r) for r in rows]
    total = -1
    if day is not None:
        # A day's count comes off the (site, day) index; counting five years of visits would not.
        with driver_errors:
            cursor.execute(count_sql, tuple(values))
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


def visits_per_day(site_id: int, start: dt.date, end: dt.date) -> dict[dt.date, tuple[int, int]]:
    """day -> (visits, people) of a range of days, voided passes left out; days without visits are absent.
    One grouped query on the (site, day) index (the reports, the duty log)."""
    rows = (Visit.select(Visit.day, fn.COUNT(Visit.id), fn.SUM(Visit.party_size))
            .where((Visit.site == site_id) & (Visit.day >= start) & (Visit.day <= end) & (Visit.status != "void"))
            .group_by(Visit.day).tuples())
    return {_as_date(day): (visits, int(people or 0)) for day, visits, people in rows}


def _as_date(value) -> dt.date:
    # SQLite hands a grouped date column back as text.
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def auto_sign_out(*, by: Actor, at: dt.datetime | None = None) -> int:
    """Sign out, as automatic, every pass still out once the site's hour has come (if the site chose to)."""
    require(by, "visitor.daily")
    at = (at or now()).replace(microsecond=0)
    if not settings.get(by.site_id, "visitors.auto_sign_out"):
        return 0
    hour = dt.time(int(settings.get(by.site_id, "visitors.auto_sign_out_hour")))
    # The hour's last stroke: passes taken before it and still out are signed out.
    cutoff = dt.datetime.combine(at.date() if at.time() >= hour else at.date() - dt.timedelta(days=1), hour)
    cond = (Visit.site == by.site_id) & (Visit.status == "in") & (Visit.checked_in_at < cutoff)
    count = 0
    with db.atomic():
        # Each pass is signed out at the first stroke of the hour after it was taken (recorded as automatic),
        # not at the moment the job happened to run.
        for (day,) in Visit.select(Visit.day).where(cond).distinct().tuples():
            same_day = dt.datetime.combine(day, hour)
            for when, taken in ((same_day, Visit.checked_in_at < same_day),
                                (same_day + dt.timedelta(days=1), Visit.checked_in_at >= same_day)):
                count += Visit.update(status="out", sign_out_kind="auto", signed_out_at=when, updated_at=at,
                                      version=Visit.version + 1).where(cond & (Visit.day == day) & taken).execute()
        if count:
            record(by, "auto_sign_out", "visit", None, after={"count": count}, note="automatic")
    return count


PURGE_BATCH = 5000


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
    old = (Visit.site == by.site_id) & (Visit.purged == False) & (Visit.day < cutoff)  # noqa: E712
    visits = 0
    while True:
        # In slices, each its own short transaction: the first purge of years of visits must not hold
        # SQLite's one write lock for a minute while the desks are checking visitors in.
        with db.atomic():
            batch = [v.id for v in Visit.select(Visit.id).where(old).limit(PURGE_BATCH)]  # in index order: no sort
            if not batch:
                break
            visits += Visit.update(
                name=PURGED_NAME, id_number="", id_masked="", phone="", phone_tail="", plate="", purged=True,
            ).where(Visit.id.in_(batch) & old).execute()
    with db.atomic():
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
