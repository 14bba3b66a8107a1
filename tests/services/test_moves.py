"""Move-in and move-out rules on SQLite and PostgreSQL: papers, steps, defects, arrears and the override, keys,
unit and tenant states, settlement, charges for the fees area; two desks on one step."""
from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest

from models import (
    AuditEntry,
    Defect,
    Key,
    MoveCharge,
    MoveIn,
    MoveOut,
    MoveStep,
    Tenant,
    TenantDocument,
    TenantUnit,
    Unit,
    db,
)
from services import move_in, move_out, moves
from services.checklist import AreaInput, checklist, save_checklist
from services.errors import PermissionDenied, StaleRecord, ValidationError
from services.move_in import RegistrationInput
from services.move_out import DamageInput, KeysBackInput, LostKey, OutInspectionInput
from tests.keyfixtures import signature_png
from tests.movefixtures import all_ok, goods, handover, meters, move_set, request, start, walk_move_in


@pytest.fixture
def ms(site):
    return site, move_set(site)


def _unit(code: str = "12F-1201") -> str:
    return Unit.get(Unit.code == code).status


def test_papers_required_depend_on_who_applies(ms):
    site, ids = ms
    assert moves.missing_papers("own", ["id_copy", "lease"]) == ["move_in_notice"]
    assert moves.missing_papers("agent", ["id_copy", "move_in_notice", "lease"]) == ["authorisation", "agent_id"]
    assert moves.missing_papers("company", ["id_copy", "move_in_notice", "lease"]) == ["business_licence"]
    agent = start(site, ids, "agent")
    with pytest.raises(ValidationError) as exc:
        move_in.verify_papers(agent, ["id_copy", "move_in_notice", "lease", "agent_id"], version=1, by=site.clerk)
    assert exc.value.codes() == {"papers.authorisation": "move.paper_missing"}
    detail = move_in.get_move_in(agent, by=site.clerk)
    assert detail.step == "papers" and detail.blocker == "move.paper_missing"
    assert MoveStep.select().where(MoveStep.move_id == agent).count() == 0  # nothing passed
    move_in.verify_papers(agent, ["id_copy", "move_in_notice", "lease", "agent_id", "authorisation"], version=1,
                          by=site.clerk)
    assert move_in.get_move_in(agent, by=site.clerk).step == "registration"


def test_company_needs_its_certificate(ms):
    site, ids = ms
    move_id = start(site, ids, "company")
    with pytest.raises(ValidationError) as exc:
        move_in.verify_papers(move_id, ["id_copy", "move_in_notice", "lease"], version=1, by=site.clerk)
    assert exc.value.codes() == {"papers.business_licence": "move.paper_missing"}


def test_a_move_in_walks_its_steps_and_occupies_the_unit_only_at_the_end(ms):
    site, ids = ms
    move_id = walk_move_in(site, ids, until="handover")
    assert _unit() == "vacant"  # every step but the last done: still vacant
    with pytest.raises(ValidationError) as exc:  # one bad input: no handbook, fee not a number
        move_in.hand_over(move_id, handover(ids, handbook_given=False, first_fee="三千"), version=5, by=site.clerk)
    assert exc.value.codes() == {"handbook_given": "move.handbook", "first_fee": "move.money"}
    move_in.hand_over(move_id, handover(ids), version=5, by=site.clerk)
    assert _unit() == "occupied"
    detail = move_in.get_move_in(move_id, by=site.clerk)
    assert detail.state == "done" and detail.step == "done" and detail.key_slip_no.startswith("YS-")
    assert [s.step for s in detail.steps] == ["papers", "registration", "inspection", "acceptance", "handover",
                                              "done"]
    assert {s.by_name for s in detail.steps} == {site.clerk.full_name}
    assert {m.meter: m.reading for m in detail.meters} == {"water": Decimal("123.40"),
                                                          "electricity": Decimal("5678.90")}
    # The ring goes out together: door and mailbox are the tenant's now.
    assert {Key.get_by_id(ids["door"]).state, Key.get_by_id(ids["mailbox"]).state} == {"issued"}
    assert Key.get_by_id(ids["door"]).kind == "unit_door"
    assert TenantUnit.get(TenantUnit.tenant == ids["tenant"]).until is None
    docs = {d.doc_type for d in TenantDocument.select().where(TenantDocument.tenant == ids["tenant"])}
    assert docs == {"id_copy", "move_in_notice", "lease"}
    assert [(c.category, c.amount) for c in detail.charges] == [("first_fee", Decimal("3600.00"))]
    assert [c.item for c in moves.charges_to_post(site.site_id)] == ["12F-1201 首期物业管理费"]
    assert AuditEntry.select().where((AuditEntry.entity == "unit") & (AuditEntry.action == "occupy")).count() == 1


def test_steps_in_order_only_and_every_item_answered(ms):
    site, ids = ms
    move_id = walk_move_in(site, ids, until="inspection")
    with pytest.raises(ValidationError) as exc:
        move_in.record_registration(move_id, RegistrationInput(True, True), version=3, by=site.clerk)
    assert exc.value.code == "move.wrong_step"
    data = all_ok(site.clerk)
    data.results = data.results[1:]
    data.meters = meters(electricity="", desk_confirmed=False)
    with pytest.raises(ValidationError) as exc:
        move_in.record_inspection(move_id, data, version=3, by=site.clerk)
    assert exc.value.codes() == {"results": "move.items_unanswered", "electricity": "required",
                                 "desk_confirmed": "move.meters_unconfirmed"}
    bad = all_ok(site.clerk, bad=1)
    bad.results[0].note = ""
    with pytest.raises(ValidationError) as exc:
        move_in.record_inspection(move_id, bad, version=3, by=site.clerk)
    assert exc.value.codes() == {"results[0].note": "required"}  # a defect says what is wrong


def test_defects_become_work_orders_and_block_acceptance_until_fixed(ms):
    site, ids = ms
    move_id = walk_move_in(site, ids, until="acceptance", defects=2)
    # Each defect raised its rectification work order in the requests area, its number kept on the defect.
    from models import Request

    raised = list(Request.select().where(Request.source.startswith(f"movein:{move_id}/defect:")).order_by(Request.id))
    assert len(raised) == 2 and all(r.category == "repair" and r.work_order_no for r in raised)
    assert "交楼整改" in raised[0].text and raised[0].unit.code == MoveIn.get_by_id(move_id).unit.code
    defects = list(Defect.select().order_by(Defect.id))
    assert [d.work_order_no for d in defects] == [r.work_order_no for r in raised]
    assert all(d.needs_work_order for d in defects) and move_in.defects_needing_work_orders(by=site.clerk) == []
    with pytest.raises(ValidationError) as exc:
        move_in.record_acceptance(move_id, move_in.AcceptanceInput(dt.date.today(), "李雷"), version=4, by=site.clerk)
    assert exc.value.codes() == {"defects": "move.defects_open"}
    assert moves.moves_in_progress(by=site.clerk)[0].blocker == "move.defects_open"
    for d in defects:
        move_in.fix_defect(d.id, by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        move_in.fix_defect(defects[0].id, by=site.clerk)
    assert exc.value.code == "move.defect_fixed"
    move_in.record_acceptance(move_id, move_in.AcceptanceInput(dt.date.today(), "李雷"), version=4, by=site.clerk)
    assert move_in.get_move_in(move_id, by=site.clerk).step == "handover"


def test_the_handover_checklist_is_the_sites_own(ms):
    site, ids = ms
    default = checklist(by=site.clerk)
    assert [a.name for a in default][:3] == ["门锁", "窗户", "墙面"] and any(a.name == "消防" for a in default)
    with pytest.raises(PermissionDenied):
        save_checklist([AreaInput("门锁", ["入户门"])], by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        save_checklist([AreaInput("门锁", ["入户门"]), AreaInput("门锁", [""])], by=site.supervisor)
    assert exc.value.codes() == {"areas[1].name": "checklist.duplicate", "areas[1].items": "checklist.no_items"}
    edited = save_checklist([AreaInput("门锁", ["入户门", "门禁"]), AreaInput("卫生间", ["洁具"])], by=site.supervisor)
    assert [(a.name, [i.name for i in a.items]) for a in edited] == [("门锁", ["入户门", "门禁"]), ("卫生间", ["洁具"])]
    move_id = walk_move_in(site, ids, until="acceptance", defects=1)
    rows = move_in.get_move_in(move_id, by=site.clerk).inspection
    assert [(r.area, r.item, r.ok) for r in rows] == [("门锁", "入户门", False), ("门锁", "门禁", True),
                                                      ("卫生间", "洁具", True)]


def test_two_desks_doing_the_same_step_one_is_refused(ms):
    site, ids = ms
    move_id = walk_move_in(site, ids, until="registration")
    move_in.record_registration(move_id, RegistrationInput(True, True), version=2, by=site.clerk)
    with pytest.raises(StaleRecord):
        move_in.record_registration(move_id, RegistrationInput(True, True), version=2, by=site.steward)
    assert MoveStep.select().where((MoveStep.move_id == move_id) & (MoveStep.step == "registration")).count() == 1


def test_a_unit_taken_or_in_progress_cannot_start_again(ms):
    site, ids = ms
    start(site, ids)
    with pytest.raises(ValidationError) as exc:
        start(site, ids)
    assert exc.value.codes() == {"unit": "move.unit_in_progress"}
    with pytest.raises(ValidationError) as exc:
        move_in.start_move_in(move_in.MoveInInput(ids["tenant"], "12F-9999", "boss", "", "123"), by=site.clerk)
    assert exc.value.codes() == {"unit": "tenant.unit_unknown", "applicant_kind": "move.applicant_kind",
                                 "applicant_name": "required", "applicant_phone": "phone.format"}


def _moved_in(site, ids) -> None:
    walk_move_in(site, ids)


def test_arrears_block_the_move_out_unless_a_manager_overrides_with_a_reason(ms):
    site, ids = ms
    _moved_in(site, ids)
    out_id = request(site, ids, arrears="1,250.00")
    assert moves.arrears_of(ids["tenant"]) == Decimal("1250.00")
    row = [r for r in moves.moves_in_progress(by=site.clerk) if r.kind == "out"][0]
    assert row.step == "arrears" and row.blocker == "move.arrears_block"
    with pytest.raises(ValidationError) as exc:
        move_out.record_out_inspection(out_id, OutInspectionInput([], meters()), version=1, by=site.clerk)
    assert exc.value.codes() == {"arrears": "move.arrears_block"}
    for role in ("clerk", "supervisor"):
        with pytest.raises(PermissionDenied):
            move_out.override_arrears(out_id, "业户承诺一周内结清", version=1, by=getattr(site, role))
    denied = AuditEntry.select().where((AuditEntry.action == "denied") & (AuditEntry.note == "move.override"))
    assert denied.count() == 2
    with pytest.raises(ValidationError) as exc:
        move_out.override_arrears(out_id, "  ", version=1, by=site.manager)
    assert exc.value.codes() == {"override_reason": "required"}
    move_out.override_arrears(out_id, "业户承诺一周内结清，押金抵扣", version=1, by=site.manager)
    detail = move_out.get_move_out(out_id, by=site.clerk)
    assert detail.step == "inspection" and detail.override_by == site.manager.full_name and detail.blocker == ""
    assert AuditEntry.select().where((AuditEntry.entity == "move_out") & (AuditEntry.action == "step_arrears")
                                     & (AuditEntry.username == "manager")).count() == 1


def test_arrears_paid_at_the_counter_let_the_move_out_go_on(ms):
    site, ids = ms
    _moved_in(site, ids)
    out_id = request(site, ids, arrears="300")
    with pytest.raises(ValidationError) as exc:
        move_out.update_arrears(out_id, "-5", version=1, by=site.clerk)
    assert exc.value.codes() == {"arrears": "move.money"}
    move_out.update_arrears(out_id, "0", version=1, by=site.clerk)
    assert move_out.get_move_out(out_id, by=site.clerk).step == "inspection"
    assert moves.arrears_of(ids["tenant"]) == 0


def test_a_move_out_to_settlement_vacates_the_unit_and_keeps_the_tenant_as_moved_out(ms):
    site, ids = ms
    _moved_in(site, ids)
    out_id = request(site, ids, arrears="500")
    v = move_out.override_arrears(out_id, "经理同意押金抵扣欠费", version=1, by=site.manager)
    v = move_out.record_out_inspection(out_id, OutInspectionInput(
        [DamageInput("墙面大面积污损", "800"), DamageInput("", "")], meters(water="150.4", electricity="7000")),
        version=v, by=site.clerk)
    held = move_out.get_move_out(out_id, by=site.clerk).keys_held
    assert {r.key_id for r in held} == {ids["door"], ids["mailbox"]}
    with pytest.raises(ValidationError) as exc:
        move_out.take_keys_back(out_id, KeysBackInput("李雷", "good", None, []), version=v, by=site.clerk)
    assert exc.value.codes() == {"signature": "key.signature_needed"}
    assert Key.get_by_id(ids["door"]).state == "issued"  # nothing half-done
    v = move_out.take_keys_back(out_id, KeysBackInput("李雷", "good", signature_png(),
                                                      [LostKey(ids["mailbox"], "150")]), version=v, by=site.clerk)
    assert Key.get_by_id(ids["door"]).state == "in" and Key.get_by_id(ids["mailbox"]).state == "lost"
    with pytest.raises(ValidationError) as exc:
        move_out.settle(out_id, "x", version=v, by=site.clerk)
    assert exc.value.code == "move.wrong_step"
    v, pass_no = move_out.release_goods(out_id, goods(), version=v, by=site.clerk)
    assert pass_no.startswith(f"FX-{dt.date.today().year}-")
    result = move_out.settle(out_id, "10000", version=v, by=site.clerk)
    assert [(d.category, d.amount) for d in result.deductions] == [
        ("arrears", Decimal("500.00")), ("damage", Decimal("800.00")), ("key_lost", Decimal("150.00"))]
    assert result.total == Decimal("1450.00") and result.balance == Decimal("8550.00")
    assert _unit() == "vacant"
    # The door key back in the cabinet is a vacant-unit key again (the one lent for viewings).
    assert Key.get_by_id(ids["door"]).kind == "vacant_unit"
    tenant = Tenant.get_by_id(ids["tenant"])
    assert tenant.status == "moved_out" and TenantUnit.get(TenantUnit.tenant == tenant).until == dt.date.today()
    detail = move_out.get_move_out(out_id, by=site.clerk)
    assert detail.state == "done" and detail.passes == [pass_no] and detail.deposit == Decimal("10000.00")
    # The damage went onto the tenant's bill through the fees ledger; the lost key through the keys area.
    from models.fees import Charge

    damage = MoveCharge.get(MoveCharge.category == "damage")
    posted = Charge.get_by_id(int(damage.posted_ref.split(":")[1]))
    assert (posted.item.code, Decimal(posted.amount), posted.tenant_id) == ("DAMAGE", Decimal("800.00"), ids["tenant"])
    ledger_keys = Charge.select().where(Charge.source == "key-lost").count()
    assert MoveCharge.select().where((MoveCharge.category == "key_lost") & (MoveCharge.posted_ref != "")).count() \
        == ledger_keys
    assert [c.category for c in moves.charges_to_post(site.site_id)] == (
        ["first_fee", "arrears"] if ledger_keys else ["first_fee", "key_lost", "arrears"])
    history = moves.move_history(by=site.clerk, unit_code="12f-1201")
    assert [(r.kind, r.state) for r in history] == [("out", "done"), ("in", "done")]
    assert [r.kind for r in moves.move_history(by=site.clerk, tenant_id=ids["tenant"])] == ["out", "in"]


def test_the_moves_list_filters_and_blockers(ms):
    """Planned date first; each filter (a tenant's name anywhere, wildcards literal; a unit exactly), each kind's
    blocker, and a finished move only when asked for."""
    site, ids = ms
    done_in = walk_move_in(site, ids)
    out_id = request(site, ids, arrears="1,250.00")
    papers_in = start(site, ids, unit="12F-1202")

    def listed(**search):
        return [(r.kind, r.id, r.unit, r.step, r.blocker, r.blocker_params, r.state)
                for r in moves.moves_in_progress(by=site.clerk, **search)]

    waiting = ("in", papers_in, "12F-1202", "papers", "move.paper_missing",
               {"papers": "id_copy,move_in_notice,lease"}, "open")
    blocked = ("out", out_id, "12F-1201", "arrears", "move.arrears_block", {"amount": "1250.00"}, "open")
    finished = ("in", done_in, "12F-1201", "done", "", {}, "done")
    assert listed() == [waiting, blocked]
    assert listed(kind="in") == [waiting] and listed(kind="out") == [blocked]
    assert listed(state="") == [finished, waiting, blocked] and listed(state="done") == [finished]
    assert listed(text="云帆") == [waiting, blocked] and listed(text="12f-1202") == [waiting]
    assert listed(text="1202") == [] and listed(text="_") == [] and listed(text="%") == []
    assert listed(tenant_id=ids["tenant"]) == [waiting, blocked] and listed(tenant_id=ids["tenant"] + 1) == []
    assert listed(unit_code=" 12f-1201 ", state="") == [finished, blocked]
    row = moves.moves_in_progress(by=site.clerk, kind="out")[0]
    assert (row.tenant, row.planned_on, type(row.updated_at)) == (
        "深圳市云帆科技有限公司", dt.date.today() + dt.timedelta(days=7), dt.datetime)
    move_out.override_arrears(out_id, "业户承诺一周内结清", version=1, by=site.manager)
    assert [r.blocker for r in moves.moves_in_progress(by=site.clerk, kind="out")] == [""]


def test_a_move_out_needs_a_unit_the_tenant_holds(ms):
    site, ids = ms
    with pytest.raises(ValidationError) as exc:
        request(site, ids)
    assert exc.value.codes() == {"unit": "goods.unit_not_held"}


def test_cancelling_needs_a_supervisor_and_a_reason(ms):
    site, ids = ms
    move_id = start(site, ids)
    with pytest.raises(PermissionDenied):
        move_in.cancel_move_in(move_id, "业户改期", by=site.clerk)
    move_in.cancel_move_in(move_id, "业户改期", by=site.supervisor)
    assert MoveIn.get_by_id(move_id).state == "cancelled"
    with pytest.raises(ValidationError) as exc:
        move_in.verify_papers(move_id, [], version=2, by=site.clerk)
    assert exc.value.code == "move.state_cancelled"


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_two_desks_completing_one_step_at_once_on_postgresql(ms):
    """Two threads, each on its own connection, complete the same registration step from the same version:
    exactly one is refused with StaleRecord and one step is logged."""
    site, ids = ms
    move_id = walk_move_in(site, ids, until="registration")
    barrier = threading.Barrier(2)
    outcome: list[str] = []

    def desk(actor) -> None:
        barrier.wait(5)
        try:
            move_in.record_registration(move_id, RegistrationInput(True, True), version=2, by=actor)
            outcome.append("ok")
        except StaleRecord:
            outcome.append("stale")
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(a,)) for a in (site.clerk, site.steward)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert sorted(outcome) == ["ok", "stale"]
    assert MoveStep.select().where((MoveStep.move_id == move_id) & (MoveStep.step == "registration")).count() == 1
    assert MoveOut.select().count() == 0


def test_what_the_fees_ledger_says_is_owed_blocks_the_move_out(ms):
    from services import fees

    site, ids = ms
    _moved_in(site, ids)
    fees.post_charge(ids["tenant"], "DAMAGE", Decimal("400.00"), source="test", source_id=1, note="门禁卡损坏",
                     by=site.clerk)
    out_id = request(site, ids)  # the desk typed no arrears: the ledger knows
    assert moves.arrears_of(ids["tenant"]) == fees.owes(ids["tenant"], by=site.clerk) == Decimal("400.00")
    with pytest.raises(ValidationError) as exc:
        move_out.record_out_inspection(out_id, OutInspectionInput([], meters()), version=1, by=site.clerk)
    assert exc.value.codes() == {"arrears": "move.arrears_block"}
