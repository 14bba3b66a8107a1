"""The prepared-query layer on SQLite and PostgreSQL: the same rows, typed the same, as peewee's own query gives,
its holes filled per call, LIKE patterns taken literally, pages and counts as `page_of` makes them."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee
import pytest

from models import Key, KeyMovement, Site, db
from models.prepared import Prepared, containing, contains, filled, hole, listed, one_of, starting, starts
from services.paging import PagedList, page_of

WHEN = dt.datetime(2026, 11, 24, 9, 30, 15, 250000)


@pytest.fixture
def rows(site):
    """Keys labelled with LIKE's own wildcards, and movements with every converted column type."""
    site_id = site.clerk.site_id
    labels = ["100% 大堂门", "1_0 大堂门", "100X 大堂门", "机房 A", r"back\slash"]
    keys = [Key.create(site=site_id, tag=f"K-00000{i}X", label=label, kind="door", state="in")
            for i, label in enumerate(labels)]
    for i, key in enumerate(keys):
        KeyMovement.create(site=site_id, key=key, slip_no=f"YS-{i}", kind="lend", at=WHEN + dt.timedelta(hours=i),
                           due_at=None if i == 0 else WHEN + dt.timedelta(days=i), charge=Decimal(f"{i}.50"),
                           lock_change=i % 2 == 1, person="张三" if i < 3 else "")
    return site_id, [k.id for k in keys]


def _movements(with_key: bool):
    query = (KeyMovement.select(KeyMovement.id, KeyMovement.at, KeyMovement.due_at, KeyMovement.charge,
                                KeyMovement.lock_change, peewee.fn.DATE(KeyMovement.at).alias("day"), Key.label)
             .join(Key).where(KeyMovement.site == hole("site")))
    if with_key:
        query = query.where(KeyMovement.key == hole("key"))
    return query.order_by(KeyMovement.id)


def test_rows_are_peewees_rows_with_the_holes_filled(rows):
    site_id, key_ids = rows
    listed = Prepared(_movements)
    plain = (KeyMovement.select(KeyMovement.id, KeyMovement.at, KeyMovement.due_at, KeyMovement.charge,
                                KeyMovement.lock_change, peewee.fn.DATE(KeyMovement.at).alias("day"), Key.label)
             .join(Key).where(KeyMovement.site == site_id).order_by(KeyMovement.id))
    got = listed.rows((False,), site=site_id)
    assert got == list(plain.tuples())  # a function of a column typed as peewee types it (DATE(at) as `at` is)
    first = got[0]
    assert first[1] == WHEN and type(first[1]) is dt.datetime and first[2] is None
    assert first[3] == Decimal("0.50") and type(first[3]) is Decimal
    assert got[1][4] is True and got[0][4] is False
    # One shape's SQL is made once and kept; another shape makes its own.
    assert listed.statement((False,)) is listed.statement((False,))
    assert listed.rows((True,), site=site_id, key=key_ids[2]) == [got[2]]  # one row converts as many do
    assert listed.rows((False,), site=site_id + 999) == []


def test_aggregates_are_typed_as_peewee_types_them(rows):
    site_id, _ = rows
    columns = (KeyMovement.person, peewee.fn.MIN(KeyMovement.due_at), peewee.fn.MAX(KeyMovement.charge),
               peewee.fn.SUM(KeyMovement.charge), peewee.fn.COUNT(KeyMovement.id))
    summed = Prepared(lambda: KeyMovement.select(*columns).where(KeyMovement.site == hole("site"))
                      .group_by(KeyMovement.person).order_by(KeyMovement.person))
    plain = (KeyMovement.select(*columns).where(KeyMovement.site == site_id)
             .group_by(KeyMovement.person).order_by(KeyMovement.person))
    got = summed.rows(site=site_id)
    assert got == list(plain.tuples())
    assert [tuple(type(v) for v in r[1:3]) for r in got] == [(dt.datetime, Decimal)] * 2


def test_a_hole_with_a_field_is_stored_as_that_column_is(rows):
    site_id, _ = rows
    due = Prepared(lambda: KeyMovement.select(KeyMovement.slip_no)
                   .where((KeyMovement.site == hole("site")) & (KeyMovement.due_at < hole("at", KeyMovement.due_at)))
                   .order_by(KeyMovement.slip_no))
    assert [r[0] for r in due.rows(site=site_id, at=WHEN + dt.timedelta(days=2, seconds=1))] == ["YS-1", "YS-2"]


@pytest.mark.parametrize(("match", "pattern", "peewees"), [(contains, containing, "contains"),
                                                        (starts, starting, "startswith")])
def test_like_takes_the_clerks_wildcards_literally(rows, match, pattern, peewees):
    site_id, key_ids = rows
    found = Prepared(lambda: Key.select(Key.id).where((Key.site == hole("site")) & match(Key.label, "text"))
                     .order_by(Key.id))

    def ids(text):
        return [r[0] for r in found.rows(site=site_id, text=pattern(text))]

    anywhere = match is contains
    assert ids("100%") == [key_ids[0]]
    assert ids("1_0") == [key_ids[1]]
    assert ids("大堂门") == (key_ids[:3] if anywhere else [])
    assert ids("\\" if anywhere else "back\\") == [key_ids[4]]  # r"back\slash"
    assert ids("机房 a") == [key_ids[3]]  # case aside, as peewee's contains and startswith
    # The same answers as peewee's own.
    for text in ("100%", "1_0", "1_", "1", "大堂门", "\\", "b", "X"):
        assert ids(text) == [k.id for k in Key.select(Key.id).where(
            (Key.site == site_id) & getattr(Key.label, peewees)(text)).order_by(Key.id)]


def test_one_of_a_list_of_any_length(rows):
    site_id, key_ids = rows
    assert [listed(range(n)) for n in (1, 2, 3, 4, 5, 9)] == [1, 2, 4, 4, 8, 16]
    found = Prepared(lambda size: Key.select(Key.id).where((Key.site == hole("site")) & one_of(Key.id, "ids", size))
                     .order_by(Key.id))
    for chosen in ([key_ids[2]], key_ids[:2], [key_ids[4], key_ids[0], key_ids[3]], key_ids, [key_ids[1], -1]):
        size = listed(chosen)
        assert [r[0] for r in found.rows((size,), site=site_id, **filled("ids", chosen, size))] == sorted(
            k for k in key_ids if k in chosen)


def test_a_paged_list_pages_and_counts_as_page_of(rows):
    site_id, key_ids = rows
    listing = PagedList(lambda: Key.select(Key.id, Key.label).where(Key.site == hole("site")).order_by(Key.id))
    query = Key.select(Key.id, Key.label).where(Key.site == site_id).order_by(Key.id)
    for page, size in ((0, 2), (1, 2), (2, 2), (0, 10), (5, 2)):
        mine = listing.page((), {"site": site_id}, page, size, lambda r: r)
        theirs = page_of(query.tuples(), page, size, lambda r: r)
        assert mine == theirs
    capped = listing.page((), {"site": site_id}, 0, 2, lambda r: r, count_up_to=3)
    assert capped.total == 3 and capped.capped and capped.has_more


def test_the_sql_is_kept_per_kind_of_database(site, tmp_path):
    """A shape made on one kind of database is not sent to the other (their SQL and placeholders differ)."""
    listing = Prepared(lambda: Site.select(Site.id).where(Site.id == hole("id")))
    here = listing.statement()
    assert ("%s" if isinstance(db.obj, peewee.PostgresqlDatabase) else "?") in here.sql
    assert listing.rows(id=site.clerk.site_id) == [(site.clerk.site_id,)]


def test_a_column_converts_whole_or_value_by_value_as_peewee_types_it(site):
    """Dates as text, a date stored with its time (imported data), nulls: the same as peewee's own."""
    from models import Tenant

    site_id = site.clerk.site_id
    made = [Tenant.create(site=site_id, name=f"租户{i}", lease_start=dt.date(2026, 1, i + 1) if i else None,
                          lease_end=dt.date(2026, 12, i + 1)).id for i in range(3)]
    db.execute_sql(f"UPDATE tenant SET lease_end = '2027-06-30 00:00:00' WHERE id = {made[1]}")
    listed = Prepared(lambda: Tenant.select(Tenant.id, Tenant.lease_start, Tenant.lease_end)
                      .where(Tenant.site == hole("site")).order_by(Tenant.id))
    plain = (Tenant.select(Tenant.id, Tenant.lease_start, Tenant.lease_end).where(Tenant.site == site_id)
             .order_by(Tenant.id))
    got = listed.rows(site=site_id)
    assert got == list(plain.tuples())
    assert [r[1:] for r in got] == [(None, dt.date(2026, 12, 1)), (dt.date(2026, 1, 2), dt.date(2027, 6, 30)),
                                     (dt.date(2026, 1, 3), dt.date(2026, 12, 3))]
    assert all(type(r[2]) is dt.date for r in got)
    first = Prepared(lambda: Tenant.select(Tenant.id, Tenant.lease_start, Tenant.lease_end)
                     .where(Tenant.id == hole("id")))
    assert first.rows(id=made[0]) == [(made[0], None, dt.date(2026, 12, 1))]  # a column of nulls only


def test_the_drivers_errors_come_as_peewees(rows):
    """A statement the driver refuses raises peewee's error, which every handler (DB_ERRORS) expects: the driver's
    own (psycopg2's) would pass them by and reach the clerk as a crash."""
    site_id, _ = rows
    listed = Prepared(lambda: Key.select(Key.id).where(Key.site == hole("site")))
    with pytest.raises(peewee.PeeweeException):
        listed.rows(site=object())  # nothing the driver can bind
    assert listed.rows(site=site_id)  # and the connection serves the next call


def test_text_that_is_not_iso_reads_as_peewee_reads_it(sqlite_site):
    """SQLite keeps whatever text a column was given (an imported row, a hand edit): read as peewee reads it."""
    site_id = sqlite_site.clerk.site_id
    key = Key.create(site=site_id, tag="K-000001X", label="门", kind="door", state="in")
    for at, due in (("2026-1-5 9:30:00", "2026-11-24T09:30:00"), ("24/11/2026", None), ("2026-11-24", "")):
        KeyMovement.delete().execute()
        db.execute_sql('INSERT INTO "key_movement" ("site_id", "key_id", "slip_no", "kind", "at", "due_at", '
                       '"person", "company", "phone", "purpose", "condition", "lock_change", "note", "by_name", '
                       '"approved_by") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                       (site_id, key.id, "YS-1", "lend", at, due, "", "", "", "", "", 0, "", "", ""))
        query = KeyMovement.select(KeyMovement.at, KeyMovement.due_at).where(KeyMovement.site == site_id)
        mine = Prepared(lambda q=query: KeyMovement.select(KeyMovement.at, KeyMovement.due_at)
                        .where(KeyMovement.site == hole("site"))).rows(site=site_id)
        assert mine == list(query.tuples()), at
