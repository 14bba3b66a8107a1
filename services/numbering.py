"""Numbers for permits, passes and slips: unique per site, kind and year, also with several desks at once."""
from __future__ import annotations

import datetime as dt

from models import Counter, db


def next_number(site_id: int, kind: str, *, year: int | None = None, width: int = 4) -> str:
    """Take the next number of `kind` (e.g. `FX-2026-0001`) inside the caller's transaction.

    The counter row is bumped with one UPDATE ... RETURNING: on PostgreSQL the row lock makes a
    second desk wait for the first to commit; on SQLite the write lock does the same. If the caller's
    save fails, the transaction rolls back and the number is not spent.
    """
    year = year or dt.date.today().year
    last = _bump(site_id, kind, year, 1)
    return f"{kind}-{year}-{last:0{width}d}"


def take_serials(site_id: int, kind: str, count: int = 1) -> range:
    """Take `count` running numbers of `kind` that never restart (key tags): the range taken, inside the
    caller's transaction like next_number."""
    last = _bump(site_id, kind, 0, count)
    return range(last - count + 1, last + 1)


def _bump(site_id: int, kind: str, year: int, count: int) -> int:
    with db.atomic():
        Counter.insert(site=site_id, kind=kind, year=year, last=0).on_conflict_ignore().execute()
        cursor = db.execute_sql(
            'UPDATE "counter" SET "last" = "last" + %s WHERE "site_id" = %s AND "kind" = %s AND "year" = %s '
            'RETURNING "last"'.replace("%s", db.obj.param),
            (count, site_id, kind, year),
        )
        return cursor.fetchone()[0]
