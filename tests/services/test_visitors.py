"""Visitor rules on SQLite and PostgreSQL: check-in, pass numbers, sign-out, reprint, void, reveal, search, jobs."""
from __future__ import annotations

import datetime as dt

import pytest

from bench.replay import caught
from models import AuditEntry, Visit, VoidPass, is_postgres
from services import settings, visitor_log, visitors
from services.errors import PermissionDenied, ValidationError
from tests.services.visitor_data import AT, ID, tower_fixture, visit  # noqa: F401  (the tower fixture)


def test_check_in_takes_a_day_number_fills_the_host_and_masks_the_id(tower):
    done = visitors.check_in(visit(tower), by=tower.clerk, at=AT)
    assert done.pass_no == "FK-20260512-0001"
    v = Visit.get_by_id(done.visit_id)
    assert (v.host_unit, v.host_floor, v.host_name) == ("12F-1201", "12F", "深圳市云帆科技有限公司")
    assert v.id_masked == "1101**********002X" and v.phone_tail == "5678" and v.status == "in"
    assert v.valid_until == dt.datetime(2026, 5, 12, 22, 0)  # closing hour by default
    assert visitors.check_in(visit(tower, name="李娜"), by=tower.clerk, at=AT).pass_no == "FK-20260512-0002"
    next_day = visitors.check_in(visit(tower, name="王芳"), by=tower.clerk, at=AT + dt.timedelta(days=1))
    assert next_day.pass_no == "FK-20260513-0001"
    audit = AuditEntry.get((AuditEntry.action == "check_in") & (AuditEntry.record_id == done.visit_id))
    assert ID not in audit.after and "1101**********002X" in audit.after


def test_year_numbering_is_a_site_choice(tower):
    settings.update_settings({"visitors.pass_numbering": "year"}, by=tower.manager)
    assert visitors.check_in(visit(tower), by=tower.clerk, at=AT).pass_no == "FK-2026-000001"


def test_bad_input_is_refused_field_by_field_and_nothing_is_saved(tower):
    with pytest.raises(ValidationError) as exc:
        visitors.check_in(visit(tower, name=" ", id_number="110105194912310021", phone="12345", party_size=0,
                                plate="ABC", host_tenant_id=None), by=tower.clerk, at=AT)
    assert exc.value.codes() == {"name": "required", "id_number": "id.checksum", "phone": "phone.format",
                                 "host": "visit.host_required", "party_size": "visit.party_size",
                                 "plate": "visit.plate"}
    with pytest.raises(ValidationError) as exc:
        visitors.check_in(visit(tower, expected_leave=AT - dt.timedelta(hours=1)), by=tower.clerk, at=AT)
    assert exc.value.codes() == {"expected_leave": "visit.leave_past"}
    assert Visit.select().count() == 0


def test_passport_and_a_unit_alone_are_enough(tower):
    done = visitors.check_in(visit(tower, id_type="护照", id_number="e 1234 5678", host_tenant_id=None,
                                   host_unit="12f-1203", plate="粤B 12345"), by=tower.clerk, at=AT)
    v = Visit.get_by_id(done.visit_id)
    assert (v.id_number, v.host_unit, v.host_floor, v.plate) == ("E12345678", "12F-1203", "12F", "粤B12345")


def test_sign_out_by_scanned_number_and_the_plain_refusals(tower):
    done = visitors.check_in(visit(tower), by=tower.clerk, at=AT)
    out = visitors.sign_out(" fk-20260512-0001\n", by=tower.clerk, at=AT + dt.timedelta(hours=1))
    assert (out.name, out.pass_no) == ("张伟", done.pass_no)
    v = Visit.get_by_id(done.visit_id)
    assert (v.status, v.sign_out_kind, v.signed_out_at) == ("out", "desk", AT + dt.timedelta(hours=1))
    with pytest.raises(ValidationError) as exc:
        visitors.sign_out(done.pass_no, by=tower.clerk)
    assert exc.value.code == "visit.already_out" and exc.value.problems[0].params["at"] == "10:30"
    with pytest.raises(ValidationError) as exc:
        visitors.sign_out("FK-20260512-0999", by=tower.clerk)
    assert exc.value.code == "visit.pass_unknown"


def test_reprint_voids_the_old_pass(tower):
    done = visitors.check_in(visit(tower), by=tower.clerk, at=AT)
    new = visitors.reprint(done.visit_id, "弄丢了", by=tower.clerk, at=AT)
    assert new == "FK-20260512-0002" and Visit.get_by_id(done.visit_id).pass_no == new
    assert VoidPass.get(VoidPass.pass_no == done.pass_no).visit_id == done.visit_id
    with pytest.raises(ValidationError) as exc:
        visitors.sign_out(done.pass_no, by=tower.clerk)
    assert exc.value.code == "visit.pass_replaced" and exc.value.problems[0].params["current"] == new
    assert visitors.sign_out(new, by=tower.clerk).visit_id == done.visit_id


def test_void_needs_a_supervisor_and_a_voided_pass_is_refused(tower):
    done = visitors.check_in(visit(tower), by=tower.clerk, at=AT)
    with pytest.raises(PermissionDenied):
        visitors.void_visit(done.visit_id, "登记错了", by=tower.clerk)
    visitors.void_visit(done.visit_id, "登记错了", by=tower.supervisor)
    with pytest.raises(ValidationError) as exc:
        visitors.sign_out(done.pass_no, by=tower.clerk)
    assert exc.value.code == "visit.pass_void"


def test_full_id_only_for_a_supervisor_and_every_look_is_audited(tower):
    done = visitors.check_in(visit(tower), by=tower.clerk, at=AT)
    with pytest.raises(PermissionDenied):
        visitors.reveal_id(done.visit_id, by=tower.clerk)
    assert visitors.reveal_id(done.visit_id, by=tower.supervisor) == ID
    looks = AuditEntry.select().where((AuditEntry.action == "reveal_id") & (AuditEntry.record_id == done.visit_id))
    assert [a.username for a in looks] == ["supervisor"]
    row = visitor_log.search_visits(by=tower.clerk, text="张").items[0]
    assert row.id_masked == "1101**********002X" and row.phone_masked == "138****5678"
    assert ID not in repr(row)


def test_search_by_pass_number_phone_tail_name_prefix_unit_and_day(tower):
    a = visitors.check_in(visit(tower), by=tower.clerk, at=AT)
    b = visitors.check_in(visit(tower, name="张伟明", phone="13900001111", host_tenant_id=None, host_unit="12F-1204"),
                          by=tower.clerk, at=AT + dt.timedelta(days=1))
    visitors.check_in(visit(tower, name="李娜", phone="13700002222"), by=tower.clerk, at=AT)

    def names(**kw):
        return [r.name for r in visitor_log.search_visits(by=tower.clerk, **kw).items]

    assert names(text=a.pass_no.lower()) == ["张伟"]
    assert names(text="1111") == ["张伟明"]
    assert names(text="13812345678") == ["张伟"]
    assert names(text="张伟") == ["张伟明", "张伟"]  # newest first
    assert names(text="12F-1204") == ["张伟明"]
    page = visitor_log.search_visits(by=tower.clerk, day=AT.date())
    assert [r.name for r in page.items] == ["李娜", "张伟"] and page.total == 2
    assert b.pass_no == "FK-20260513-0001"


def test_the_log_is_read_by_key_page_after_page(tower):
    for i in range(7):
        visitors.check_in(visit(tower, name=f"访客{i}"), by=tower.clerk, at=AT)
    first = visitor_log.search_visits(by=tower.clerk, limit=3)
    assert [r.name for r in first.items] == ["访客6", "访客5", "访客4"] and first.has_more and first.total == -1
    second = visitor_log.search_visits(by=tower.clerk, limit=3, after=first.items[-1].id)
    third = visitor_log.search_visits(by=tower.clerk, limit=3, after=second.items[-1].id)
    assert [r.name for r in third.items] == ["访客0"] and not third.has_more


def test_not_signed_out_by_closing_time_and_automatic_sign_out(tower):
    visitors.check_in(visit(tower), by=tower.clerk, at=AT)
    left = visitors.check_in(visit(tower, name="李娜"), by=tower.clerk, at=AT)
    visitors.sign_out(left.pass_no, by=tower.clerk, at=AT + dt.timedelta(hours=2))
    assert visitor_log.not_signed_out(by=tower.clerk, at=AT.replace(hour=21)) == []
    late = visitor_log.not_signed_out(by=tower.clerk, at=AT.replace(hour=22, minute=5))
    assert [r.name for r in late] == ["张伟"]
    assert visitor_log.auto_sign_out(by=tower.clerk, at=AT.replace(hour=23, minute=30)) == 0  # not chosen
    settings.update_settings({"visitors.auto_sign_out": True, "visitors.auto_sign_out_hour": 23}, by=tower.manager)
    assert visitor_log.auto_sign_out(by=tower.clerk, at=AT.replace(hour=22, minute=30)) == 0  # not yet
    assert visitor_log.auto_sign_out(by=tower.clerk, at=AT + dt.timedelta(days=1)) == 1  # the app was closed
    v = Visit.get(Visit.name == "张伟")
    assert (v.status, v.sign_out_kind, v.signed_out_at) == ("out", "auto", AT.replace(hour=23, minute=0))
    assert visitor_log.not_signed_out(by=tower.clerk, at=AT.replace(hour=23, minute=30)) == []


def test_automatic_sign_out_at_midnight_comes_after_the_visit(tower):
    settings.update_settings({"visitors.auto_sign_out": True, "visitors.auto_sign_out_hour": 0}, by=tower.manager)
    evening = visitors.check_in(visit(tower), by=tower.clerk, at=AT.replace(hour=20))
    assert visitor_log.auto_sign_out(by=tower.clerk, at=AT.replace(hour=23)) == 0  # midnight has not come
    late = visitors.check_in(visit(tower, name="李娜"), by=tower.clerk, at=AT.replace(hour=23, minute=50))
    assert visitor_log.auto_sign_out(by=tower.clerk, at=AT + dt.timedelta(days=1, hours=-9)) == 2
    midnight = dt.datetime.combine(AT.date() + dt.timedelta(days=1), dt.time(0))
    assert {Visit.get_by_id(v.visit_id).signed_out_at for v in (evening, late)} == {midnight}
    settings.update_settings({"visitors.auto_sign_out_hour": 23}, by=tower.manager)
    after_hour = visitors.check_in(visit(tower, name="王芳"), by=tower.clerk, at=AT.replace(hour=23, minute=30))
    assert visitor_log.auto_sign_out(by=tower.clerk, at=AT.replace(hour=23, minute=40)) == 0  # came after 23:00
    assert Visit.get_by_id(after_hour.visit_id).status == "in"


def test_figures_for_the_dashboard(tower):
    visitors.check_in(visit(tower, party_size=3), by=tower.clerk, at=AT)
    gone = visitors.check_in(visit(tower, name="李娜", party_size=1), by=tower.clerk, at=AT)
    visitors.sign_out(gone.pass_no, by=tower.clerk, at=AT)
    f = visitor_log.figures(by=tower.clerk, at=AT.replace(hour=12))
    assert (f.in_building, f.today, f.people_today, f.not_signed_out) == (1, 2, 4, 0)


def test_the_pass_prints_in_the_sites_format_and_a_reprint_says_so(tower, tmp_path):
    from services.errors import NotFound
    from services.visitor_prints import print_pass
    from tests.printouts.pdftools import page_size, pdf_text, squeeze

    done = visitors.check_in(visit(tower), by=tower.clerk, at=AT)
    (tmp_path / "a6.pdf").write_bytes(print_pass(done.visit_id, by=tower.clerk))
    assert [round(x) for x in page_size(tmp_path / "a6.pdf")] == [298, 420]
    settings.update_settings({"print.pass_format": "LABEL_62"}, by=tower.manager)
    new = visitors.reprint(done.visit_id, "", by=tower.clerk, at=AT)
    (tmp_path / "label.pdf").write_bytes(print_pass(done.visit_id, by=tower.clerk))
    text = squeeze(pdf_text(tmp_path / "label.pdf"))
    assert [round(x) for x in page_size(tmp_path / "label.pdf")] == [176, 283]
    assert "访客出入证（补）" in text and new in text and done.pass_no not in text
    visitors.void_visit(done.visit_id, "登记错了", by=tower.supervisor)
    with pytest.raises(NotFound):
        print_pass(done.visit_id, by=tower.clerk)


def test_a_common_name_is_found_by_walking_the_newest_visits_with_the_same_result(tower, monkeypatch):
    for i, name in enumerate(("张伟", "张伟明", "李娜", "张伟", "张三")):
        visitors.check_in(visit(tower, name=name), by=tower.clerk, at=AT + dt.timedelta(minutes=i))
    indexed = visitor_log.search_visits(by=tower.clerk, text="张伟", limit=2)
    monkeypatch.setattr(visitor_log, "COMMON_NAME", 2)
    with caught() as statements:
        walked = visitor_log.search_visits(by=tower.clerk, text="张伟", limit=2)
    # PostgreSQL's planner is kept to the walk down the primary key (a subquery it cannot flatten).
    assert ("OFFSET 0" in statements[-1][0]) == is_postgres()
    assert walked == indexed and [r.name for r in walked.items] == ["张伟", "张伟明"] and walked.has_more
    rest = visitor_log.search_visits(by=tower.clerk, text="张伟", limit=2, after=walked.items[-1].id)
    assert [r.name for r in rest.items] == ["张伟"] and not rest.has_more
    newest_first = ["张三", "张伟", "李娜", "张伟明", "张伟"]
    assert [r.name for r in visitor_log.search_visits(by=tower.clerk).items] == newest_first
