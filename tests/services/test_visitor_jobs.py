"""Pre-registration, the retention purge, the evacuation list, and four desks checking in at once on PostgreSQL."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from models import AuditEntry, Prereg, Visit, db
from services import evacuation, settings, visitor_log, visitor_prereg, visitors
from services.errors import ValidationError
from services.visitor_prereg import PreregInput
from tests.services.visitor_data import AT, ID, furnish, tower_fixture, visit  # noqa: F401  (the tower fixture)


def test_a_pre_registered_visitor_is_found_as_typed_and_checked_in_with_one_confirmation(tower):
    prereg_id = visitor_prereg.add_prereg(PreregInput(
        name="欧阳娜娜", id_number=ID, phone="13811112222", host_tenant_id=tower.tenant_id, host_person="周总",
        purpose="面试", expected_on=AT.date()), by=tower.clerk, today=AT.date())
    assert [p.name for p in visitor_prereg.expected(by=tower.clerk, text="欧阳", day=AT.date())] == ["欧阳娜娜"]
    assert [p.name for p in visitor_prereg.expected(by=tower.clerk, text="2222", day=AT.date())] == ["欧阳娜娜"]
    assert visitor_prereg.expected(by=tower.clerk, text="王", day=AT.date()) == []
    data = visitor_prereg.visit_input(prereg_id, by=tower.clerk)
    done = visitors.check_in(data, by=tower.clerk, at=AT)
    assert Prereg.get_by_id(prereg_id).status == "arrived" and Visit.get_by_id(done.visit_id).host_person == "周总"
    assert visitor_prereg.expected(by=tower.clerk, day=AT.date()) == []
    with pytest.raises(ValidationError) as exc:
        visitors.check_in(data, by=tower.clerk, at=AT)
    assert exc.value.code == "visit.prereg_used"


def test_a_cancelled_pre_registration_is_kept_but_no_longer_expected(tower):
    prereg_id = visitor_prereg.add_prereg(PreregInput(name="李雷", host_tenant_id=tower.tenant_id,
                                                      expected_on=AT.date()), by=tower.clerk, today=AT.date())
    with pytest.raises(ValidationError):
        visitor_prereg.cancel_prereg(prereg_id, " ", by=tower.clerk)
    visitor_prereg.cancel_prereg(prereg_id, "业户来电取消", by=tower.clerk)
    assert Prereg.get_by_id(prereg_id).status == "cancelled"
    assert visitor_prereg.expected(by=tower.clerk, day=AT.date()) == []
    with pytest.raises(ValidationError) as exc:
        visitor_prereg.cancel_prereg(prereg_id, "again", by=tower.clerk)
    assert exc.value.code == "visit.prereg_used"
    assert AuditEntry.get(AuditEntry.action == "cancel").note == "业户来电取消"


def test_a_tenants_sheet_of_expected_visitors_is_imported_row_by_row(tower, tmp_path):
    sheet = tmp_path / "访客名单.csv"
    sheet.write_text("姓名,手机,来访日期,事由,人数\n李雷,13800001111,2026-05-12,送货,2\n韩梅梅,123,2026-05-12,面试,1\n"
                     ",,,,\n王五,13900002222,2026-05-13,开会,x\n", encoding="utf-8")
    added, refused = visitor_prereg.import_preregs(sheet, host_tenant_id=tower.tenant_id, by=tower.clerk,
                                                   today=AT.date())
    assert added == 1 and refused == [(3, "phone", "phone.format"), (5, "party_size", "visit.party_size")]
    assert [p.name for p in Prereg.select()] == ["李雷"]


def test_hosts_are_picked_by_a_few_characters_a_unit_or_pinyin_initials(tower):
    for text in ("云帆", "12F-1201", "szs", "SZSYF"):
        choices = visitor_prereg.host_choices(text, by=tower.clerk)
        assert [(c.tenant_id, c.unit) for c in choices] == [(tower.tenant_id, "12F-1201")], text
    assert visitor_prereg.host_choices("", by=tower.clerk) == []


def test_retention_purge_erases_personal_fields_and_keeps_the_counts(tower, monkeypatch):
    monkeypatch.setattr(visitor_log, "PURGE_BATCH", 1)  # slice by slice, as on a big database
    visitors.check_in(visit(tower, name="王芳"), by=tower.clerk, at=AT - dt.timedelta(days=190))
    old = visitors.check_in(visit(tower, plate="粤B12345"), by=tower.clerk, at=AT - dt.timedelta(days=181))
    recent = visitors.check_in(visit(tower, name="李娜"), by=tower.clerk, at=AT - dt.timedelta(days=179))
    result = visitor_log.purge(by=tower.clerk, today=AT.date())
    assert (result.visits, result.before) == (2, AT.date() - dt.timedelta(days=180))
    v = Visit.get_by_id(old.visit_id)
    assert (v.name, v.id_number, v.id_masked, v.phone, v.phone_tail, v.plate, v.purged) == (
        visitor_log.PURGED_NAME, "", "", "", "", "", True)
    assert (v.pass_no, v.day, v.host_name, v.party_size) == (old.pass_no, AT.date() - dt.timedelta(days=181),
                                                             "深圳市云帆科技有限公司", 2)
    assert Visit.get_by_id(recent.visit_id).id_number == ID
    assert Visit.select().count() == 3
    assert visitor_log.purge(by=tower.clerk, today=AT.date()).visits == 0
    assert AuditEntry.select().where(AuditEntry.action == "purge").count() == 1
    # A shorter period set by the manager erases more.
    settings.update_settings({"privacy.retention_days": 30}, by=tower.manager)
    signed, purged = visitor_log.daily_jobs(by=tower.clerk, at=AT)
    assert (signed, purged.visits) == (0, 1)
    assert visitor_log.daily_jobs(by=tower.clerk, at=AT)[1] is None  # once a day


def test_evacuation_list_has_the_visitors_in_and_the_holders_of_lent_keys(tower):
    from services.key_register import KeyInput, create_key
    from services.keys import lend_keys
    from tests.keyfixtures import loan

    visitors.check_in(visit(tower, party_size=3), by=tower.clerk, at=AT)
    gone = visitors.check_in(visit(tower, name="李娜"), by=tower.clerk, at=AT)
    visitors.sign_out(gone.pass_no, by=tower.clerk, at=AT)
    pump = create_key(KeyInput("B1 水泵房", "plant_room", "", "B1 水泵房", 1, "B", "001"), by=tower.supervisor)
    create_key(KeyInput("B1 配电房", "plant_room", "", "B1 配电房", 1, "B", "002"), by=tower.supervisor)
    lend_keys([pump], loan(borrower="孙工", company="深圳市机电维保有限公司"), by=tower.supervisor)
    sections = evacuation.who_is_in(by=tower.steward, at=AT.replace(hour=11))
    assert [(s.key, s.people, len(s.rows)) for s in sections] == [("visitors", 3, 1), ("keys", 1, 1),
                                                                          ("fitout_workers", 0, 0)]
    assert sections[0].rows[0][:2] == ("张伟", "FK-20260512-0001")
    assert sections[1].rows[0][:3] == ("孙工", "深圳市机电维保有限公司", "13812345678")


@pytest.fixture
def pg_tower(pg_url, password_hash):
    """The tower on the PostgreSQL server only: the desks of a busy site share one server."""
    import models
    from tests.conftest import _truncate_all, make_site

    models.open_database(pg_url)
    _truncate_all()
    site = make_site(password_hash)
    yield furnish(site)
    db.close()


def test_four_desks_checking_in_at_once_never_share_a_pass_number(pg_tower):
    tower = pg_tower
    per_desk = 15
    barrier = threading.Barrier(4)
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    db.close()  # each thread opens its own connection on the same URL

    def desk(n: int) -> None:
        try:
            db.connect(reuse_if_open=True)
            barrier.wait()
            for i in range(per_desk):
                done = visitors.check_in(visit(tower, name=f"访客{n}-{i}"), by=tower.clerk, at=AT)
                with lock:
                    numbers.append(done.pass_no)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    db.connect(reuse_if_open=True)
    assert errors == []
    assert len(numbers) == 4 * per_desk and len(set(numbers)) == 4 * per_desk
    assert sorted(numbers) == [f"FK-20260512-{i:04d}" for i in range(1, 4 * per_desk + 1)]
    assert Visit.select().count() == 4 * per_desk
