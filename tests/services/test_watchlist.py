"""The watchlist: matching survives traditional/simplified, homophones, spacing and case; IDs only as hashes."""
from __future__ import annotations

import pytest

from models import AuditEntry, Visit, WatchEntry
from services import visitors, watchlist
from services.errors import PermissionDenied
from services.watchlist import WatchInput, WatchlistHit
from tests.services.visitor_data import AT, ID, tower_fixture, visit  # noqa: F401  (the tower fixture)

OTHER_ID = "440305199001011234"


@pytest.fixture
def barred(tower):
    entry = WatchInput(name="陳小明", id_number=ID, reason="多次强行闯入", barred_by="深圳市云帆科技有限公司")
    watchlist.add_entry(entry, by=tower.supervisor)
    return tower


@pytest.mark.parametrize("typed", ["陈小明", "陳小明", "陈 小 明", "沉晓鸣", "陈小明 "])
def test_names_match_however_they_are_typed(barred, typed):
    found = watchlist.matches(barred.site_id, typed)
    assert [m.name for m in found] == ["陳小明"]
    assert found[0].matched_on == ("name" if typed.replace(" ", "") in ("陈小明", "陳小明") else "pinyin")


def test_latin_names_match_across_case_spacing_and_full_width(tower):
    watchlist.add_entry(WatchInput(name="John SMITH", reason="骚扰前台"), by=tower.supervisor)
    for typed in ("john smith", "JohnSmith", "ＪＯＨＮ　ｓｍｉｔｈ"):
        assert [m.name for m in watchlist.matches(tower.site_id, typed)] == ["John SMITH"]
    assert watchlist.matches(tower.site_id, "John Smyth") == []


def test_the_id_number_matches_by_salted_hash_and_is_never_stored(barred, password_hash):
    from tests.conftest import make_site

    other = make_site(password_hash, "另一座大厦")
    found = watchlist.matches(barred.site_id, "化名", ID.lower())
    assert [(m.name, m.matched_on) for m in found] == [("陳小明", "id")]
    entry = WatchEntry.get()
    assert ID not in str(entry.__data__) and entry.id_hint == "1101**********002X"
    assert len(entry.id_hash) == 64 and entry.id_hash != watchlist.id_hash(other.site_id, ID)  # each site its own salt
    assert ID not in AuditEntry.get(AuditEntry.entity == "watch_entry").after
    assert watchlist.matches(barred.site_id, "王五", OTHER_ID) == []


def test_a_match_stops_check_in_with_an_audited_alert_until_a_supervisor_lets_through(barred):
    with pytest.raises(WatchlistHit) as exc:
        visitors.check_in(visit(barred, name="陈 小明"), by=barred.clerk, at=AT)
    assert exc.value.matches[0].reason == "多次强行闯入"
    assert Visit.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.action == "watch_alert").count() == 1
    with pytest.raises(PermissionDenied):
        visitors.check_in(visit(barred, name="陈小明"), by=barred.clerk, let_through=barred.clerk, at=AT)
    done = visitors.check_in(visit(barred, name="陈小明"), by=barred.clerk, let_through=barred.supervisor, at=AT)
    v = Visit.get_by_id(done.visit_id)
    assert v.watch_hit and v.let_through_by == barred.supervisor.user_id
    entry = AuditEntry.get(AuditEntry.action == "let_through")
    assert entry.username == "supervisor" and entry.record_id == done.visit_id


def test_only_supervisors_edit_the_list_and_a_lifted_bar_no_longer_matches(barred):
    with pytest.raises(PermissionDenied):
        watchlist.add_entry(WatchInput(name="某人", reason="x"), by=barred.clerk)
    entry = watchlist.list_entries(by=barred.clerk)[0]
    watchlist.remove_entry(entry.id, "业户撤销", by=barred.supervisor)
    assert watchlist.matches(barred.site_id, "陈小明", ID) == []
    assert visitors.check_in(visit(barred, name="陈小明"), by=barred.clerk, at=AT).watch_hit is False
    assert [e.active for e in watchlist.list_entries(by=barred.clerk, include_removed=True)] == [False]


def test_an_entry_needs_a_name_and_a_reason_and_a_valid_id(tower):
    from services.errors import ValidationError

    with pytest.raises(ValidationError) as exc:
        watchlist.add_entry(WatchInput(name="", id_number="123", reason=""), by=tower.supervisor)
    assert exc.value.codes() == {"name": "required", "reason": "required", "id_number": "id.length"}
    assert WatchEntry.select().count() == 0
