"""Bulk visits (the demo's two months, the benchmark's five years) land as real visits on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import random

from models import Visit
from services import visitor_bulk, visitor_log, visitors
from tests.services.visitor_data import AT, tower_fixture, visit  # noqa: F401  (the tower fixture)


def test_generated_visits_are_searchable_and_numbered_like_real_ones(tower):
    hosts = visitor_bulk.hosts(tower.site_id)
    assert [(h.name, h.unit, h.floor) for h in hosts] == [("深圳市云帆科技有限公司", "12F-1201", "12F")]
    pool = visitor_bulk.people(30, seed=1)
    days = [AT.date() - dt.timedelta(days=n) for n in (2, 1)]
    rows = visitor_bulk.visit_rows(random.Random(1), site_id=tower.site_id, days=days, per_day=40, pool=pool,
                                   hosts=hosts, clerk_id=tower.clerk.user_id, until=AT)
    written = visitor_bulk.insert_visits(rows, batch=25)
    assert written == Visit.select().count() > 40
    first = Visit.select().order_by(Visit.id).first()
    assert first.pass_no == f"FK-{days[0]:%Y%m%d}-0001" and first.host_unit == "12F-1201"
    assert first.id_masked[:4] == first.id_number[:4] and "*" in first.id_masked
    tail = first.phone_tail
    found = visitor_log.search_visits(by=tower.clerk, text=tail)
    assert first.id in {r.id for r in found.items} and all(r.phone_masked.endswith(tail) for r in found.items)
    page = visitor_log.search_visits(by=tower.clerk, day=days[0])
    assert page.total == Visit.select().where(Visit.day == days[0]).count()
    assert isinstance(page.items[0].checked_in_at, dt.datetime) and page.items[0].day == days[0]
    # A check-in after the bulk rows takes its own number; the day's counter is the caller's to set.
    assert visitors.check_in(visit(tower), by=tower.clerk, at=AT).pass_no == f"FK-{AT:%Y%m%d}-0001"
