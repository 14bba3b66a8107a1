"""Pages of long lists: a short first page is the whole list and is not counted again; a count can stop at a
bound and say 'at least'; the pages walk on until a short one."""
from __future__ import annotations

from bench.replay import caught
from models import Tenant, db
from services.paging import page_of


def _tenants(site_id: int, count: int) -> None:
    with db.atomic():
        Tenant.insert_many([{"site": site_id, "name": f"业户{i:04d}"} for i in range(count)]).execute()


def _names(page) -> list[str]:
    return [t.name for t in page.items]


def test_a_short_first_page_is_the_whole_list_without_a_count(site):
    _tenants(site.site_id, 7)
    query = Tenant.select().where(Tenant.site == site.site_id).order_by(Tenant.name)
    with caught() as statements:
        page = page_of(query, 0, 10, lambda t: t)
    assert (len(page.items), page.total, page.has_more, page.capped) == (7, 7, False, False)
    assert len(statements) == 1 and "COUNT" not in statements[0][0].upper()
    assert _names(page) == [f"业户{i:04d}" for i in range(7)]


def test_full_pages_are_counted_and_a_bound_stops_the_count(site):
    _tenants(site.site_id, 250)
    query = Tenant.select().where(Tenant.site == site.site_id).order_by(Tenant.name)
    exact = page_of(query, 0, 100, lambda t: t)
    assert (exact.total, exact.capped, exact.has_more) == (250, False, True)
    assert not page_of(query, 2, 100, lambda t: t).has_more  # rows 200–249: the last page

    bounded = page_of(query, 0, 100, lambda t: t, count_up_to=120)
    assert (bounded.total, bounded.capped, bounded.has_more) == (120, True, True)
    assert _names(bounded) == _names(exact)
    # Page after page until a short one, whatever the count said.
    seen, n = [], 0
    while True:
        page = page_of(query, n, 100, lambda t: t, count_up_to=120)
        seen += _names(page)
        if not page.has_more:
            break
        n += 1
    assert seen == [f"业户{i:04d}" for i in range(250)]
    # A bound above the list's length counts it exactly.
    assert (page_of(query, 0, 100, lambda t: t, count_up_to=1000).total,
            page_of(query, 0, 100, lambda t: t, count_up_to=1000).capped) == (250, False)
