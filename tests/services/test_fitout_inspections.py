"""Completion of a fit-out: acceptance and fire acceptance with items, re-inspection of the failed items, the
"accept" step refused until both have passed, the follow-up before the refund; the acceptance record on paper;
the applicant's papers as at move-in; the v10 migration of a v9 database."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from models import Fitout, FitoutInspection, FitoutInspectionItem, Unit, db
from services import fitout
from services import fitout_inspections as fi
from services.errors import PermissionDenied, ValidationError
from services.fitout_inspections import InspectionInput, ItemResult
from tests.printouts.pdftools import decode_codes, page_size, pdf_text, squeeze
from tests.services.fitout_fixtures import application, fitout_tower, inspect, to_permit, walk

A4 = (595.3, 841.9)
TODAY = dt.date.today()


@pytest.fixture
def completing(site):
    """A fit-out at work whose completion is requested."""
    tenant = fitout_tower(site)
    fid = to_permit(site, tenant)
    walk(site, fid, [("start_work", "clerk"), ("request_completion", "clerk")])
    return site, fid


def _version(fid: int) -> int:
    return Fitout.get_by_id(fid).version


def test_failed_acceptance_is_inspected_again_on_its_failed_items_until_both_pass(completing):
    site, fid = completing
    items = fi.default_items(site.site_id, "completion")
    assert len(items) == 7 and items[4] == "吊顶检修口预留到位"
    first = inspect(site, fid, "completion", failing={items[4]: "会议室吊顶未留检修口", items[6]: "走道有余料"})
    assert FitoutInspection.get_by_id(first).passed is False
    assert [(i.item, i.ok) for i in FitoutInspectionItem.select().where(FitoutInspectionItem.inspection == first)
            .order_by(FitoutInspectionItem.position)][4] == (items[4], False)
    # Not accepted: the completion failed, the fire acceptance not done — both said, each in its place.
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, _version(fid), "accept", by=site.engineer)
    assert exc.value.codes() == {"inspection.completion": "fitout.completion_not_passed",
                                 "inspection.fire": "fitout.fire_not_passed"}
    again = fi.to_check(fid, "completion", by=site.engineer)
    assert (again.items, again.retry_of, again.passed) == ([items[4], items[6]], first, False)
    second = inspect(site, fid, "completion", failing={items[6]: "仍有余料"})
    third = inspect(site, fid, "completion")
    assert FitoutInspection.get_by_id(third).retry_of_id == second and FitoutInspection.get_by_id(third).passed
    assert fi.to_check(fid, "completion", by=site.engineer).passed
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, _version(fid), "accept", by=site.engineer)
    assert exc.value.codes() == {"inspection.fire": "fitout.fire_not_passed"}
    assert Unit.get(Unit.code == "12F-1201").status == "fitting_out"
    inspect(site, fid, "fire")
    fitout.transition(fid, _version(fid), "accept", by=site.engineer, comment="验收合格")
    assert Fitout.get_by_id(fid).state == "accepted" and Unit.get(Unit.code == "12F-1201").status == "occupied"
    rows = fi.inspections(fid, by=site.clerk)
    assert [(r.kind, r.round, r.passed, len(r.items), len(r.failed)) for r in rows] == [
        ("completion", 1, False, 7, 2), ("completion", 2, False, 2, 1), ("completion", 3, True, 1, 0),
        ("fire", 1, True, 6, 0)]


def test_inspection_refusals(completing):
    site, fid = completing
    items = fi.default_items(site.site_id, "fire")
    with pytest.raises(PermissionDenied):
        fi.record_inspection(fid, InspectionInput("fire", TODAY, "张工", [ItemResult(i) for i in items]),
                             by=site.steward)
    results = [ItemResult(items[0], False, " "), *[ItemResult(i) for i in items[1:-1]], ItemResult("乱写的项目")]
    with pytest.raises(ValidationError) as exc:
        fi.record_inspection(fid, InspectionInput("fire", TODAY + dt.timedelta(days=1), " ", results),
                             by=site.engineer)
    assert exc.value.codes() == {"inspector": "required", "day": "fitout.day_future", "results[0].note": "required",
                                 "results": "fitout.item_unknown"}
    with pytest.raises(ValidationError) as exc:
        fi.record_inspection(fid, InspectionInput("fire", TODAY, "张工", [ItemResult(i) for i in items[:-1]]),
                             by=site.engineer)
    assert (exc.value.code, exc.value.problems[0].params) == (
        "fitout.items_unanswered", {"count": 1, "item": items[-1]})
    assert FitoutInspection.select().count() == 0
    inspect(site, fid, "fire")
    with pytest.raises(ValidationError) as exc:
        inspect(site, fid, "fire")
    assert exc.value.code == "fitout.inspection_passed"
    with pytest.raises(ValidationError) as exc:  # the follow-up comes after the acceptance
        inspect(site, fid, "follow_up")
    assert exc.value.code == "fitout.not_allowed"


def test_acceptance_record_printed_with_items_and_reinspections(completing, tmp_path: Path):
    site, fid = completing
    items = fi.default_items(site.site_id, "completion")
    inspect(site, fid, "completion", failing={items[4]: "会议室吊顶未留检修口"})
    inspect(site, fid, "completion")
    inspect(site, fid, "fire")
    walk(site, fid, [("accept", "engineer")])
    pdf = tmp_path / "acceptance.pdf"
    pdf.write_bytes(fi.print_acceptance(fid, by=site.clerk))
    assert page_size(pdf) == pytest.approx(A4, abs=1)
    text = squeeze(pdf_text(pdf))
    f = Fitout.get_by_id(fid)
    for word in ("装修竣工验收单", f.number, "XK-2026-0001", "12F-1201", "深圳市前海云帆科技有限公司",
                 "深圳市华匠装饰工程有限公司", "竣工验收", "不合格（1项）", "会议室吊顶未留检修口",
                 "竣工验收（第2次，复查上次不合格项）", "消防验收", "疏散通道及安全出口畅通", "测试工程师",
                 "均已合格", "工程部验收人", "施工单位", "业户"):
        assert word in text, word
    assert decode_codes(pdf, tmp_path) == [f.number]


def test_acceptance_printout_needs_an_inspection(completing):
    site, fid = completing
    with pytest.raises(ValidationError) as exc:
        fi.print_acceptance(fid, by=site.clerk)
    assert exc.value.code == "fitout.completion_not_passed"


@pytest.fixture
def pg_completing(pg_url, password_hash):
    """As `completing`, on PostgreSQL only: the race below needs two real connections and the row lock."""
    import models
    from tests.conftest import _truncate_all, make_site

    models.open_database(pg_url)
    _truncate_all()
    site = make_site(password_hash)
    fid = to_permit(site, fitout_tower(site))
    walk(site, fid, [("start_work", "clerk"), ("request_completion", "clerk")])
    yield site, fid
    db.close()


def test_two_engineers_recording_the_same_inspection_at_once_one_lands(pg_completing):
    """Each engineer on their own connection: the fit-out's row lock lets one record the fire acceptance; the
    other, let through after it, finds it passed and is refused — one inspection, no stray items."""
    site, fid = pg_completing
    items = fi.default_items(site.site_id, "fire")
    start = threading.Barrier(2)
    outcomes: list[object] = [None, None]
    connections: list[object] = [None, None]

    def desk(i: int) -> None:
        try:
            start.wait()
            connections[i] = db.connection()  # kept, so no id is reused
            outcomes[i] = fi.record_inspection(fid, InspectionInput("fire", TODAY, f"工程师{i}",
                                                                    [ItemResult(x) for x in items]),
                                               by=site.engineer)
        except Exception as exc:  # noqa: BLE001 - the test inspects whatever each desk got
            outcomes[i] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len({id(c) for c in connections}) == 2
    lost = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(lost) == 1 and lost[0].code == "fitout.inspection_passed", outcomes
    assert FitoutInspection.select().count() == 1 and FitoutInspectionItem.select().count() == len(items)


# ---------------------------------------------------------------- the applicant's papers (as at move-in)
def test_applicant_papers_follow_the_move_in_rule(site):
    tenant = fitout_tower(site)
    with pytest.raises(ValidationError) as exc:
        fitout.create_fitout(application(tenant, applicant_kind="agent", papers=["id_copy"]), by=site.clerk)
    assert exc.value.codes() == {"papers.authorisation": "papers.missing", "papers.agent_id": "papers.missing"}
    with pytest.raises(ValidationError) as exc:
        fitout.create_fitout(application(tenant, applicant_kind="company", papers=[]), by=site.clerk)
    assert exc.value.codes() == {"papers.id_copy": "papers.missing", "papers.business_licence": "papers.missing"}
    with pytest.raises(ValidationError) as exc:
        fitout.create_fitout(application(tenant, applicant_kind="boss"), by=site.clerk)
    assert exc.value.codes() == {"applicant_kind": "move.applicant_kind"}
    assert Fitout.select().count() == 0
    fid = fitout.create_fitout(application(tenant, applicant_kind="agent",
                                           papers=["agent_id", "authorisation", "id_copy", "lease"]), by=site.clerk)
    f = Fitout.get_by_id(fid)
    assert (f.applicant_kind, f.papers) == ("agent", "id_copy,authorisation,agent_id")
    back = fitout.input_of(f)
    assert (back.applicant_kind, back.papers) == ("agent", ["id_copy", "authorisation", "agent_id"])


def test_move_in_keeps_its_papers_through_the_shared_rule():
    from services.moves import PAPERS, missing_papers

    assert PAPERS["agent"] == ("id_copy", "move_in_notice", "lease", "authorisation", "agent_id")
    assert missing_papers("company", ["id_copy", "lease"]) == ["move_in_notice", "business_licence"]


# ---------------------------------------------------------------- the migration of a v9 database
def test_a_v9_database_migrates_to_v10(sqlite_db, password_hash):
    from playhouse.migrate import SqliteMigrator, migrate

    from models import WorkerPass
    from models.schema import SCHEMA_VERSION, SchemaInfo, ensure_schema
    from tests.conftest import make_site

    site = make_site(password_hash)
    fid = fitout.create_fitout(application(fitout_tower(site)), by=site.clerk)  # a fit-out of the v9 days
    migrator = SqliteMigrator(db.obj)
    db.drop_tables([FitoutInspectionItem, FitoutInspection])
    migrate(migrator.drop_column("fitout", "applicant_kind"), migrator.drop_column("fitout", "papers"),
            migrator.drop_column("worker_pass", "photo"))
    SchemaInfo.update(version=9).execute()
    assert ensure_schema(Path(db.obj.database).parent) == 9
    assert SchemaInfo.get().version == SCHEMA_VERSION  # v10, and every step after it
    assert {"applicant_kind", "papers"} <= {c.name for c in db.get_columns("fitout")}
    assert "photo" in {c.name for c in db.get_columns(WorkerPass._meta.table_name)}
    assert db.table_exists("fitout_inspection") and db.table_exists("fitout_inspection_item")
    f = Fitout.get_by_id(fid)
    assert (f.applicant_kind, f.papers, f.number) == ("own", "", f"ZX-{TODAY.year}-0001")


# ---------------------------------------------------------------- what was paid and when (the fees tab)
def test_fee_lines_show_what_was_paid_and_when_from_the_ledger(site):
    from decimal import Decimal

    from services.fitout_fees import fee_lines
    from services.fitout_passes import WorkerInput, issue_passes, return_pass

    fid = to_permit(site, fitout_tower(site))
    f = Fitout.get_by_id(fid)
    numbers = issue_passes(fid, [WorkerInput("张三"), WorkerInput("李四")], by=site.clerk)
    return_pass(numbers[0], by=site.clerk)
    fitout.deduct(fid, "fine", "500", "办公时间噪音施工", by=site.supervisor)
    lines = [(line.what, line.kind, line.amount, line.day) for line in fee_lines(fid, by=site.clerk)]
    assert lines == [
        ("装修垃圾清运费", "charged", Decimal("602.50"), TODAY),
        ("装修垃圾清运费", "paid", Decimal("602.50"), TODAY),
        ("装修押金", "received", Decimal("5000.00"), TODAY),
        ("出入证押金", "received", Decimal("100.00"), TODAY),
        ("出入证押金", "refunded", Decimal("50.00"), TODAY),
        ("装修押金", "deducted", Decimal("500.00"), TODAY)]
    paid = fee_lines(fid, by=site.clerk)[1]
    assert paid.reference.startswith("收据 ") and paid.by == "clerk"
    assert f.number in fee_lines(fid, by=site.clerk)[0].reference


def test_an_unpaid_debris_fee_says_so(site):
    from services.fitout_fees import fee_lines
    from tests.services.fitout_fixtures import TO_APPROVAL

    fid = fitout.create_fitout(application(fitout_tower(site)), by=site.clerk)
    walk(site, fid, TO_APPROVAL + [("approve", "manager")])
    assert [line.kind for line in fee_lines(fid, by=site.clerk)] == ["charged", "unpaid"]


def test_an_accepted_fitout_waits_on_engineering_for_the_follow_up_then_on_the_manager(completing):
    site, fid = completing
    walk(site, fid, [("accept", "engineer")])
    row = fitout.list_fitouts(by=site.engineer, waiting_on_me=True)[0]
    assert (row.id, row.waits_for, row.waits_on) == (fid, "follow_up", "fitout.drawings")
    assert fitout.list_fitouts(by=site.manager, state="accepted", waiting_on_me=True) == []
    settings_module().update_settings({"fitout.follow_up_months": 0}, by=site.admin)
    inspect(site, fid, "follow_up")
    assert fitout.list_fitouts(by=site.engineer, waiting_on_me=True) == []
    row = fitout.list_fitouts(by=site.manager, state="accepted", waiting_on_me=True)[0]
    assert (row.waits_for, row.waits_on) == ("approve_refund", "fitout.approve")


def test_a_failed_follow_up_still_waits_on_engineering_until_the_latest_passes(completing):
    site, fid = completing
    walk(site, fid, [("accept", "engineer")])
    settings_module().update_settings({"fitout.follow_up_months": 0}, by=site.admin)
    first_item = fi.to_check(fid, "follow_up", by=site.engineer).items[0]
    inspect(site, fid, "follow_up", failing={first_item: "墙面仍有裂缝"})
    row = fitout.list_fitouts(by=site.engineer, waiting_on_me=True)[0]
    assert (row.id, row.waits_for, row.waits_on, row.waits_on_me) == (fid, "follow_up", "fitout.drawings", True)
    assert [r.waits_for for r in fitout.list_fitouts(by=site.manager, open_only=True)] == ["follow_up"]
    inspect(site, fid, "follow_up")
    assert fitout.list_fitouts(by=site.engineer, waiting_on_me=True) == []
    assert [(r.waits_for, r.waits_on_me) for r in fitout.list_fitouts(by=site.manager, open_only=True)] == [
        ("approve_refund", True)]


def test_an_inspection_of_an_emptied_list_is_refused(completing):
    site, fid = completing
    settings_module().update_settings({"fitout.fire_items": " ；; "}, by=site.admin)
    with pytest.raises(ValidationError) as exc:
        inspect(site, fid, "fire")
    assert exc.value.codes() == {"kind": "fitout.no_items"}


def settings_module():
    from services import settings

    return settings


def test_a_billed_debris_fee_shows_the_receipts_allocated_to_its_bill(site):
    from decimal import Decimal

    from services import fees
    from services.fitout_fees import fee_lines
    from services.payments import PaymentInput, take_payment
    from tests.services.fitout_fixtures import TO_APPROVAL

    tenant = fitout_tower(site)
    fid = fitout.create_fitout(application(tenant), by=site.clerk)
    walk(site, fid, TO_APPROVAL + [("approve", "manager")])
    month = TODAY.replace(day=1)
    fees.run_month(month, by=site.supervisor)
    bill = fees.bills_of_month(month, by=site.clerk)[0]
    fees.check_bills([bill.id], by=site.supervisor)
    fees.issue_bills([bill.id], by=site.supervisor)
    assert Fitout.get_by_id(fid).charge_id is not None
    take_payment(PaymentInput(tenant, "100", "cash"), by=site.clerk)
    take_payment(PaymentInput(tenant, str(fees.owes(tenant, by=site.clerk)), "wechat"), by=site.clerk)
    paid = [line for line in fee_lines(fid, by=site.clerk) if line.kind == "paid"]
    assert [line.amount for line in paid][0] == Decimal("100.00") and len(paid) == 2
    assert all(line.reference.startswith("收据 ") for line in paid)


def test_a_batch_of_pass_deposits_names_its_first_and_last_pass(site):
    from services.fitout_fees import fee_lines
    from services.fitout_passes import WorkerInput, issue_passes

    fid = to_permit(site, fitout_tower(site))
    numbers = issue_passes(fid, [WorkerInput(f"工人{n}") for n in range(4)], by=site.clerk)
    line = [line for line in fee_lines(fid, by=site.clerk) if line.what == "出入证押金"][0]
    assert line.reference == f"4 张：{numbers[0]} 至 {numbers[-1]}"
