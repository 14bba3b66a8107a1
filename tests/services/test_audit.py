"""The audit trail's search: the site's entries newest first, each filter, the pages and their count."""
from __future__ import annotations

import datetime as dt

import pytest

from models import AuditEntry
from services.audit import AuditRow, record, search_audit
from services.errors import PermissionDenied

BASE = dt.datetime(2021, 3, 10, 9, 0, 30, 125000)


@pytest.fixture
def trail(site):
    """Seven entries on four days (two to a moment, so the id breaks the tie), and one of no site."""
    ids = []
    for i in range(7):
        record(site.steward if i % 2 else site.supervisor, "update", "meter" if i < 5 else "gauge", 100 + i % 3,
               before={"reading": i}, after={"reading": i + 1}, note=f"第{i}次")
        entry = AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).first()
        AuditEntry.update(at=BASE + dt.timedelta(days=i // 2)).where(AuditEntry.id == entry.id).execute()
        ids.append(entry.id)
    record(None, "update", "meter", 100, note="no site")
    return ids


def test_audit_search_filters_in_order_with_pages(site, trail):
    def ids(**search):
        return [r.id for r in search_audit(by=site.supervisor, **search).items]

    newest_first = trail[::-1]
    assert ids(entity="meter") == newest_first[2:]
    row = search_audit(by=site.supervisor, entity="gauge").items[-1]
    assert row == AuditRow(trail[5], BASE + dt.timedelta(days=2), "steward", "update", "gauge", 102,
                           '{"reading": 5}', '{"reading": 6}', "第5次")
    assert isinstance(row.at, dt.datetime)
    assert ids(entity="meter", record_id=100) == [trail[3], trail[0]]
    assert ids(entity="meter", username="steward") == [trail[3], trail[1]]
    assert ids(entity="meter", day_from=dt.date(2021, 3, 11), day_to=dt.date(2021, 3, 11)) == [trail[3], trail[2]]
    assert ids(day_to=dt.date(2021, 3, 10)) == [trail[1], trail[0]]
    assert ids(entity="meter", day_from=dt.date(2021, 3, 12)) == [trail[4]]
    assert ids(entity="nothing") == []
    pages = [search_audit(by=site.supervisor, entity="meter", page=p, page_size=2) for p in range(3)]
    assert [r.id for p in pages for r in p.items] == newest_first[2:]
    assert [(p.total, p.has_more, p.capped) for p in pages] == [(5, True, False), (5, True, False), (5, False, False)]
    with pytest.raises(PermissionDenied):
        search_audit(by=site.clerk)
