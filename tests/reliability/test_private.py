"""Private data: ID numbers masked everywhere but a supervisor's audited look; watchlist IDs kept only as salted
hashes; the retention purge on a database with old visits; the audit trail only ever appended to."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from models import AuditEntry, Prereg, Site, Visit, WatchEntry, db
from services import evacuation, settings, visitor_log, visitor_prereg, visitors, watchlist
from services.errors import PermissionDenied
from services.visitor_log import PURGED_NAME
from tests.services.visitor_data import ID, furnish, visit


def resident_id(body: str) -> str:
    """A 17-digit body with its GB 11643 check character."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


OTHER_ID = resident_id("44030519800101123")
RECENT_ID = resident_id("44030519900202456")
ROOT = Path(__file__).resolve().parents[2]


def _all_text_of(model) -> str:
    """Every column of every row, as text (what a query of the table could read back)."""
    return "\n".join(repr(row) for row in model.select().tuples())


def test_id_numbers_are_masked_everywhere_but_a_supervisors_audited_look(site):
    tower = furnish(site)
    checked = visitors.check_in(visit(tower), by=tower.clerk)
    visitor_prereg.add_prereg(visitor_prereg.PreregInput(name="李娜", id_number=ID, phone="13812345678",
                                                         host_tenant_id=tower.tenant_id, purpose="面试",
                                                         expected_on=dt.date.today()), by=tower.clerk)
    seen = [visitor_log.search_visits(by=tower.clerk), visitor_log.in_building(by=tower.clerk),
            visitor_log.not_signed_out(by=tower.clerk), evacuation.who_is_in(by=tower.clerk),
            visitor_prereg.expected(by=tower.clerk)]
    shown = repr(seen)
    assert ID not in shown and "1101**********002X" in shown
    # The audit trail never becomes a copy of the ID register.
    assert ID not in _all_text_of(AuditEntry)
    with pytest.raises(PermissionDenied):
        visitors.reveal_id(checked.visit_id, by=tower.clerk)
    denied = AuditEntry.get((AuditEntry.action == "denied") & (AuditEntry.note == "identity.reveal"))
    assert denied.user_id == tower.clerk.user_id and denied.record_id == checked.visit_id
    assert visitors.reveal_id(checked.visit_id, by=tower.supervisor) == ID
    look = AuditEntry.get(AuditEntry.action == "reveal_id")
    assert look.user_id == tower.supervisor.user_id and look.record_id == checked.visit_id and ID not in look.note


def test_watchlist_keeps_ids_only_as_salted_hashes(site, password_hash):
    from tests.conftest import make_site

    entry = watchlist.add_entry(watchlist.WatchInput(name="王某", id_number=ID, reason="多次滋扰"), by=site.supervisor)
    assert ID not in _all_text_of(WatchEntry) and ID[-6:] not in _all_text_of(WatchEntry)
    stored = WatchEntry.get_by_id(entry).id_hash
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    import hashlib

    assert stored != hashlib.sha256(ID.encode()).hexdigest()  # not a bare hash anyone could recompute
    assert ID not in _all_text_of(AuditEntry)
    # Another site salts differently: the same number hashes apart, so lists cannot be joined.
    other = make_site(password_hash, name="另一座大厦")
    assert watchlist.id_hash(other.site_id, ID) != stored
    # Yet the desk still catches the person by the number typed at check-in, with any name.
    hits = watchlist.matches(site.site_id, "换了名字", ID)
    assert [h.entry_id for h in hits] == [entry]
    assert Site.select().count() == 2


def test_retention_purge_on_a_database_with_old_visits(site):
    tower = furnish(site)
    settings.update_settings({"privacy.retention_days": 180}, by=tower.manager)
    today = dt.date.today()
    ids = {}
    for days_ago, id_number in ((400, ID), (200, OTHER_ID), (10, RECENT_ID)):
        at = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(10))
        ids[days_ago] = visitors.check_in(visit(tower, id_number=id_number), by=tower.clerk, at=at).visit_id
    before = Visit.select().count()
    result = visitor_log.purge(by=tower.clerk, today=today)
    assert result.visits == 2 and result.before == today - dt.timedelta(days=180)
    assert Visit.select().count() == before  # the rows (the counts) stay
    for days_ago in (400, 200):
        old = Visit.get_by_id(ids[days_ago])
        assert (old.name, old.id_number, old.id_masked, old.phone, old.plate, old.purged) == (
            PURGED_NAME, "", "", "", "", True)
    recent = Visit.get_by_id(ids[10])
    assert recent.id_number == RECENT_ID and not recent.purged
    text = _all_text_of(Visit) + _all_text_of(Prereg) + _all_text_of(AuditEntry)
    assert ID not in text and OTHER_ID not in text
    assert AuditEntry.get(AuditEntry.action == "purge").after.count('"visits": 2') == 1
    assert visitor_log.purge(by=tower.clerk, today=today).visits == 0  # nothing twice


AUDIT_WRITES = re.compile(r"AuditEntry\s*\.\s*(update|delete|delete_by_id|replace|insert_many|insert|bulk_update)\b"
                          r"|(UPDATE|DELETE\s+FROM)\s+\"?audit_entry|\.delete_instance\(|TRUNCATE\s+\"?audit")


def test_no_code_of_the_app_edits_or_deletes_audit_entries():
    offenders = []
    for folder in ("services", "ui", "models", "printouts"):
        for path in (ROOT / folder).rglob("*.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if AUDIT_WRITES.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == []
    writes = [p.relative_to(ROOT) for folder in ("services", "ui", "models") for p in (ROOT / folder).rglob("*.py")
              if "AuditEntry.create" in p.read_text(encoding="utf-8")]
    assert [str(p) for p in writes] == ["services/audit.py"]  # one writer, and it only appends


def test_the_trail_only_grows_through_a_days_work(site):
    tower = furnish(site)
    visitors.check_in(visit(tower), by=tower.clerk)
    first = list(AuditEntry.select().order_by(AuditEntry.id).tuples())
    checked = visitors.check_in(visit(tower, name="李娜"), by=tower.clerk)
    visitors.void_visit(checked.visit_id, "登记错误", by=tower.supervisor)
    settings.update_settings({"privacy.retention_days": 30}, by=tower.manager)
    visitor_log.purge(by=tower.manager, today=dt.date.today() + dt.timedelta(days=400), action="visitor.purge")
    with pytest.raises(PermissionDenied):
        visitor_log.purge(by=tower.clerk, action="visitor.purge")
    now = list(AuditEntry.select().order_by(AuditEntry.id).tuples())
    assert now[:len(first)] == first  # what was written stays exactly as written, even through a purge
    assert len(now) > len(first) + 3
    db.close()
