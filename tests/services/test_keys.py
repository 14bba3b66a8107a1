"""Key rules on SQLite and PostgreSQL: tags, no double lending, supervisor approval, rings, lost, who holds what."""
from __future__ import annotations

import datetime as dt
import threading
import time
from decimal import Decimal

import pytest

from models import AuditEntry, Key, KeyMovement, db
from services import keys
from services.errors import NotFound, PermissionDenied, ValidationError
from services.key_register import (
    KeyInput,
    check_char,
    create_key,
    find_by_tag,
    key_input,
    normalise_tag,
    tag_for,
    update_key,
)
from services.keys import IssueInput, LostInput, ReturnInput
from tests.keyfixtures import key_set, loan, signature_png


@pytest.fixture
def ks(site):
    return site, key_set(site)


def _state(key_id: int) -> str:
    return Key.get_by_id(key_id).state


def test_tags_are_coded_and_checked():
    assert tag_for(123) == f"K-000123{check_char(123)}"
    tag = tag_for(4567)
    assert normalise_tag(tag.lower().replace("-", "")) == tag
    assert normalise_tag(f"K 004567 {tag[-1]}") == tag
    # One digit mistyped, or two swapped: the check character catches it.
    for typo in (f"K-004568{tag[-1]}", f"K-005467{tag[-1]}", f"K-004576{tag[-1]}"):
        with pytest.raises(ValidationError) as exc:
            normalise_tag(typo)
        assert exc.value.code == "key.tag_check"
    with pytest.raises(ValidationError) as exc:
        normalise_tag("12F-1201")
    assert exc.value.code == "key.tag_format"


def test_register_gives_tags_that_show_no_unit_and_refuses_bad_input(ks):
    site, ids = ks
    door = Key.get_by_id(ids["door"])
    assert door.tag == tag_for(1) and "12F" not in door.tag and door.unit.code == "12F-1201"
    assert find_by_tag(door.tag.replace("-", "").lower(), by=site.clerk) == door.id
    with pytest.raises(ValidationError) as exc:
        find_by_tag(tag_for(999), by=site.clerk)
    assert exc.value.code == "key.tag_unknown"
    with pytest.raises(ValidationError) as exc:
        create_key(KeyInput("", "rocket", "99F-9901", "", 0, "A", "001"), by=site.clerk)
    assert exc.value.codes() == {"label": "required", "kind": "key.kind", "unit": "tenant.unit_unknown",
                                 "copies": "key.copies", "hook": "key.hook_taken"}
    with pytest.raises(ValidationError) as exc:
        create_key(KeyInput("冷冻机房", "plant_room", "", "", 1, "C", "001"), by=site.clerk)
    assert exc.value.codes() == {"room": "key.room_needed"}
    data, version = key_input(ids["vacant"], by=site.clerk)
    data.hook = "010"
    data.copies = 4
    assert update_key(ids["vacant"], data, version=version, by=site.clerk) == version + 1
    assert Key.get_by_id(ids["vacant"]).hook == "010"
    with pytest.raises(PermissionDenied):
        create_key(KeyInput("x", "master", "", "", 1, "Z", "1"), by=site.engineer)


def test_a_key_that_is_out_cannot_go_out_again(ks):
    site, ids = ks
    slip = keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    assert slip.startswith("YS-") and _state(ids["vacant"]) == "lent"
    with pytest.raises(ValidationError) as exc:
        keys.lend_keys([ids["vacant"]], loan(borrower="李四"), by=site.clerk)
    assert exc.value.code == "key.state_lent"
    keys.lend_keys([ids["door"]], loan(), by=site.clerk)  # the ring: door and mailbox
    with pytest.raises(ValidationError) as exc:
        keys.issue_keys([ids["mailbox"]], IssueInput(ids["tenant"], "王五", "13900001111", signature_png()),
                        by=site.clerk)
    assert exc.value.codes() == {"keys": "key.state_lent"} and len(exc.value.problems) == 2
    assert KeyMovement.select().count() == 3


def test_loan_input_is_checked_and_nothing_is_half_saved(ks):
    site, ids = ks
    past = dt.datetime.now() - dt.timedelta(hours=1)
    with pytest.raises(ValidationError) as exc:
        keys.lend_keys([ids["vacant"]], loan(borrower=" ", phone="12345", purpose="", due_at=past, signature=None),
                       by=site.clerk)
    assert exc.value.codes() == {"borrower": "required", "phone": "phone.format", "purpose": "required",
                                 "due_at": "key.due_past", "signature": "key.signature_needed"}
    with pytest.raises(ValidationError) as exc:
        keys.lend_keys([ids["vacant"]], loan(due_at=dt.datetime.now() + dt.timedelta(days=90),
                                             signature=b"GIF89a not a png"), by=site.clerk)
    assert exc.value.codes() == {"due_at": "key.due_far", "signature": "key.signature_bad"}
    assert _state(ids["vacant"]) == "in" and KeyMovement.select().count() == 0


def test_master_and_plant_room_keys_need_a_supervisor(ks, password_hash):
    site, ids = ks
    with pytest.raises(ValidationError) as exc:
        keys.lend_keys([ids["master"]], loan(), by=site.clerk)
    assert exc.value.codes() == {"approver": "key.approval_needed"}
    # A steward's word is not a supervisor's approval.
    with pytest.raises(ValidationError) as exc:
        keys.lend_keys([ids["plant"]], loan(), by=site.clerk, approver=site.steward)
    assert exc.value.codes() == {"approver": "key.approver_role"}
    # The supervisor approves at the counter with their own password.
    from tests.conftest import PASSWORD

    with pytest.raises(ValidationError) as exc:
        keys.supervisor_approval("supervisor", "wrong", by=site.clerk)
    assert exc.value.code == "key.approval_refused"
    with pytest.raises(ValidationError) as exc:
        keys.supervisor_approval("clerk", PASSWORD, by=site.clerk)
    assert exc.value.code == "key.approver_role"
    approver = keys.supervisor_approval("supervisor", PASSWORD, by=site.clerk)
    slip = keys.lend_keys([ids["plant"]], loan(), by=site.clerk, approver=approver)
    line = KeyMovement.get(KeyMovement.slip_no == slip)
    assert line.approved_by == site.supervisor.full_name and line.by_name == site.clerk.full_name
    # A supervisor lending approves it themselves.
    slip = keys.lend_keys([ids["master"]], loan(), by=site.supervisor)
    assert KeyMovement.get(KeyMovement.slip_no == slip).approved_by == site.supervisor.full_name
    # Keys that open plant rooms or every door are never handed to a tenant.
    keys.return_keys([ids["master"]], ReturnInput("刘主管", "good", signature_png()), by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        keys.issue_keys([ids["master"]], IssueInput(ids["tenant"], "王五", "13900001111", signature_png()),
                        by=site.supervisor)
    assert exc.value.code == "key.not_for_tenant"


def test_a_ring_goes_out_and_comes_back_together(ks):
    site, ids = ks
    slip = keys.issue_keys([ids["door"]], IssueInput(ids["tenant"], "李雷", "13812345678", signature_png()),
                           by=site.clerk)
    assert _state(ids["door"]) == _state(ids["mailbox"]) == "issued"
    assert {m.key_id for m in KeyMovement.select().where(KeyMovement.slip_no == slip)} == {ids["door"], ids["mailbox"]}
    held = keys.keys_of_tenant(ids["tenant"], by=site.clerk)
    assert [(r.tag, r.holder, r.company) for r in held] == [
        (Key.get_by_id(ids["door"]).tag, "李雷", "深圳市云帆科技有限公司"),
        (Key.get_by_id(ids["mailbox"]).tag, "李雷", "深圳市云帆科技有限公司")]
    assert all(r.due is None for r in held)
    # Typing the tenant's name on the keys page finds the keys it holds.
    assert {r.id for r in keys.search_keys(by=site.clerk, text="云帆").items} == {ids["door"], ids["mailbox"]}
    back = keys.return_keys([ids["mailbox"]], ReturnInput("李雷", "good", signature_png()), by=site.clerk)
    assert _state(ids["door"]) == _state(ids["mailbox"]) == "in"
    lines = list(KeyMovement.select().where(KeyMovement.slip_no == back))
    assert {m.kind for m in lines} == {"transfer"} and all(m.tenant_id == ids["tenant"] for m in lines)
    assert {m.closes for m in lines} == {m.id for m in KeyMovement.select().where(KeyMovement.slip_no == slip)}
    assert keys.keys_of_tenant(ids["tenant"], by=site.clerk) == []


def test_move_out_takes_back_every_key_the_tenant_holds(ks):
    site, ids = ks
    signed = signature_png()
    keys.issue_keys([ids["door"]], IssueInput(ids["tenant"], "李雷", "13812345678", signed), by=site.clerk)
    keys.lend_keys([ids["vacant"]], loan(borrower="李雷"), by=site.clerk)  # lent, not the tenant's: stays out
    with pytest.raises(ValidationError):
        keys.return_tenant_keys(ids["tenant"], ReturnInput("", "good", signed), by=site.clerk)
    assert _state(ids["door"]) == "issued"
    slip = keys.return_tenant_keys(ids["tenant"], ReturnInput("李雷", "good", signed), by=site.clerk)
    assert {(m.key_id, m.kind) for m in KeyMovement.select().where(KeyMovement.slip_no == slip)} == {
        (ids["door"], "transfer"), (ids["mailbox"], "transfer")}
    assert _state(ids["vacant"]) == "lent"
    assert keys.return_tenant_keys(ids["tenant"], ReturnInput("李雷", "good", signed), by=site.clerk) is None


def test_return_and_history_of_a_key(ks):
    site, ids = ks
    first = keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        keys.return_keys([ids["vacant"]], ReturnInput("", "broken", None), by=site.clerk)
    assert exc.value.codes() == {"person": "required", "signature": "key.signature_needed",
                                 "condition": "key.condition"}
    back = keys.return_keys([ids["vacant"]], ReturnInput("张师傅", "damaged", signature_png(2), "齿口磨损"),
                            by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        keys.return_keys([ids["vacant"]], ReturnInput("张师傅", "good", signature_png()), by=site.clerk)
    assert exc.value.code == "key.state_in"
    keys.lend_keys([ids["vacant"]], loan(borrower="陈工", company=""), by=site.clerk)
    history = keys.key_history(ids["vacant"], by=site.clerk)
    assert [(h.kind, h.person) for h in history] == [("lend", "陈工"), ("return", "张师傅"), ("lend", "张师傅")]
    assert history[1].slip_no == back and history[1].condition == "damaged" and history[2].slip_no == first
    assert all(h.has_signature for h in history)
    assert keys.signature_of(history[1].id, by=site.clerk) == signature_png(2)
    audit = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "key").order_by(AuditEntry.id)]
    assert audit[-3:] == ["lend", "return", "lend"]


def test_lost_key_is_charged_asks_for_a_lock_change_and_stays_out_of_the_cabinet(ks):
    site, ids = ks
    keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        keys.report_lost(ids["vacant"], LostInput("张师傅", "-5"), by=site.clerk)
    assert exc.value.codes() == {"charge": "key.charge"}
    slip = keys.report_lost(ids["vacant"], LostInput("张师傅", "150", True, "在地铁上丢失"), by=site.clerk)
    line = KeyMovement.get(KeyMovement.slip_no == slip)
    assert (line.kind, line.charge, line.lock_change, line.company) == ("lost", Decimal("150.00"), True,
                                                                       "深圳市安居中介有限公司")
    assert _state(ids["vacant"]) == "lost"
    with pytest.raises(ValidationError) as exc:
        keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    assert exc.value.code == "key.state_lost"
    # Without a charge typed, the site's default charge applies.
    keys.report_lost(ids["mailbox"], LostInput("前台"), by=site.clerk)
    assert KeyMovement.select().where(KeyMovement.kind == "lost").order_by(KeyMovement.id.desc()).first().charge \
        == Decimal("100")
    figures = keys.key_figures(by=site.clerk)
    assert (figures.lost, figures.lent, figures.in_cabinet) == (2, 0, 3)


def test_a_lost_key_is_retired_after_the_lock_change_and_its_hook_takes_a_new_key(ks):
    site, ids = ks
    keys.report_lost(ids["vacant"], LostInput("前台", "", True), by=site.clerk)
    keys.report_lost(ids["mailbox"], LostInput("前台", "", False), by=site.clerk)
    assert [r.key_id for r in keys.lock_changes_wanted(site.site_id)] == [ids["vacant"]]
    data, _ = key_input(ids["vacant"], by=site.clerk)
    with pytest.raises(ValidationError) as exc:  # the lost key still holds its hook on the register
        create_key(data, by=site.clerk)
    assert exc.value.codes() == {"hook": "key.hook_taken"}
    with pytest.raises(PermissionDenied):
        keys.retire_key(ids["vacant"], "已换锁", by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        keys.retire_key(ids["vacant"], " ", by=site.supervisor)
    assert exc.value.codes() == {"reason": "required"}
    keys.lend_keys([ids["master"]], loan(), by=site.supervisor)
    with pytest.raises(ValidationError) as exc:  # a key out on loan is not taken off the register
        keys.retire_key(ids["master"], "作废", by=site.supervisor)
    assert exc.value.code == "key.state_lent"
    slip = keys.retire_key(ids["vacant"], "锁芯已更换，旧钥匙作废", by=site.supervisor)
    assert _state(ids["vacant"]) == "retired" and keys.lock_changes_wanted(site.site_id) == []
    new_id = create_key(data, by=site.clerk)
    assert Key.get_by_id(new_id).hook == Key.get_by_id(ids["vacant"]).hook and Key.get_by_id(new_id).tag != \
        Key.get_by_id(ids["vacant"]).tag
    assert [h.kind for h in keys.key_history(ids["vacant"], by=site.clerk)] == ["retire", "lost"]
    assert keys.search_keys(by=site.clerk, text="12F-1202").total == 1  # the retired key is off the list
    from services.key_prints import print_slip

    assert print_slip(slip, by=site.clerk).startswith(b"%PDF")


def test_keys_out_now_and_overdue(ks, password_hash):
    site, ids = ks
    keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    keys.lend_keys([ids["plant"]], loan(borrower="孙工", company="机电维保公司"), by=site.supervisor)
    # Make the plant-room loan run past its due time (as if it were lent yesterday).
    line = KeyMovement.get(KeyMovement.key == ids["plant"])
    KeyMovement.update(at=line.at - dt.timedelta(days=1), due_at=line.at - dt.timedelta(hours=2)).where(
        KeyMovement.id == line.id).execute()
    keys.issue_keys([ids["door"]], IssueInput(ids["tenant"], "李雷", "13812345678", signature_png()), by=site.clerk)
    out = keys.keys_out_now(site.site_id)
    assert [r.holder for r in out] == ["孙工", "张师傅", "李雷", "李雷"]
    plant = out[0]
    assert plant.overdue(dt.datetime.now()) and not out[1].overdue(dt.datetime.now())
    assert [r.key_id for r in keys.keys_out_now(site.site_id, overdue_only=True)] == [ids["plant"]]
    figures = keys.key_figures(by=site.clerk)
    assert (figures.keys, figures.lent, figures.issued, figures.overdue, figures.in_cabinet) == (5, 2, 2, 1, 1)
    found = keys.search_keys(by=site.clerk, state="overdue")
    assert [r.id for r in found.items] == [ids["plant"]] and found.items[0].holder == "孙工 · 机电维保公司"
    assert keys.search_keys(by=site.clerk, state="out").total == 4
    assert [r.id for r in keys.search_keys(by=site.clerk, text="孙工").items] == [ids["plant"]]
    assert [r.id for r in keys.search_keys(by=site.clerk, text="12F-1202").items] == [ids["vacant"]]
    tag = Key.get_by_id(ids["master"]).tag
    assert [r.id for r in keys.search_keys(by=site.clerk, text=tag.lower()).items] == [ids["master"]]
    # A second site sees none of it.
    from tests.conftest import make_site

    other = make_site(password_hash, "另一座大厦")
    assert keys.keys_out_now(other.site_id) == [] and keys.search_keys(by=other.clerk).total == 0
    with pytest.raises(NotFound):
        keys.lend_keys([ids["vacant"]], loan(), by=other.clerk)


def test_unit_keys_in_lists_what_move_in_can_hand_over(ks):
    site, ids = ks
    # 12F-1202 is not the tenant's: its key is not handed to them.
    with pytest.raises(ValidationError) as exc:
        keys.issue_keys([ids["vacant"]], IssueInput(ids["tenant"], "李雷", "13812345678", signature_png()),
                        by=site.clerk)
    assert exc.value.code == "key.not_tenants_unit"
    rows = keys.unit_keys_in("12f-1201", by=site.clerk)
    assert {r.id for r in rows} == {ids["door"], ids["mailbox"]} and rows[0].ring == "12F-1201 套"
    keys.issue_keys([r.id for r in rows], IssueInput(ids["tenant"], "李雷", "13812345678", signature_png()),
                    by=site.clerk)
    assert keys.unit_keys_in("12F-1201", by=site.clerk) == []


def test_two_desks_lending_the_same_key_at_once_only_one_wins(ks, database):
    """Two threads, each on its own connection: desk A holds its transaction open after claiming the
    key; desk B tries the same key meanwhile, waits for A's lock, and is refused once A commits."""
    site, ids = ks
    claimed, results, errors = threading.Event(), {}, {}

    def desk_a() -> None:
        try:
            with db.atomic():
                results["a"] = keys.lend_keys([ids["vacant"]], loan(borrower="甲"), by=site.clerk)
                claimed.set()
                time.sleep(0.6)  # still uncommitted while desk B tries
        except Exception as exc:  # noqa: BLE001 - reported to the main thread
            errors["a"] = exc
        finally:
            claimed.set()
            db.close()

    def desk_b() -> None:
        claimed.wait(5)
        started = time.monotonic()
        try:
            results["b"] = keys.lend_keys([ids["vacant"]], loan(borrower="乙"), by=site.steward)
        except Exception as exc:  # noqa: BLE001
            errors["b"] = exc
        finally:
            results["b_waited"] = time.monotonic() - started
            db.close()

    threads = [threading.Thread(target=desk_a), threading.Thread(target=desk_b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert "a" in results and "a" not in errors
    assert isinstance(errors.get("b"), ValidationError) and errors["b"].code == "key.state_lent"
    assert results["b_waited"] > 0.3  # B really waited on A's lock, it did not just read a committed state
    lines = list(KeyMovement.select().where(KeyMovement.key == ids["vacant"]))
    assert [m.person for m in lines] == ["甲"] and _state(ids["vacant"]) == "lent"


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_many_desks_racing_for_one_key_on_postgresql(ks):
    site, ids = ks
    barrier = threading.Barrier(6)
    outcome: list[str] = []

    def desk(n: int) -> None:
        barrier.wait(5)
        try:
            keys.lend_keys([ids["vacant"]], loan(borrower=f"借用人{n}"), by=site.clerk)
            outcome.append("ok")
        except ValidationError as exc:
            outcome.append(exc.code)
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert sorted(outcome) == ["key.state_lent"] * 5 + ["ok"]
    assert KeyMovement.select().where(KeyMovement.key == ids["vacant"]).count() == 1


def test_import_key_list_from_xlsx_row_by_row(ks, tmp_path):
    from openpyxl import Workbook

    from services.key_register import import_keys

    site, ids = ks
    book = Workbook()
    sheet = book.active
    sheet.append(["钥匙清单（2026 年盘点）"])
    sheet.append(["名称", "类型", "单元", "机房", "把数", "钥匙柜", "挂钩", "钥匙串", "备注"])
    sheet.append(["12F-1203 门钥匙", "单元门", "12F-1203", None, 2, "C", 1, "12F-1203 套", None])
    sheet.append(["12F-1203 信箱", "信箱", "12f-1203", None, None, "C", 2, "12F-1203 套", "备用"])
    sheet.append(["屋顶风机房", "机房", None, "屋顶风机房", 1, "C", 2, None, None])  # hook 2 taken by the row above
    sheet.append(["消防总钥匙", "火箭", None, None, "三", "A", "001", None, None])
    path = tmp_path / "keys.xlsx"
    book.save(path)
    with pytest.raises(PermissionDenied):
        import_keys(path, by=site.clerk)
    checked = import_keys(path, by=site.supervisor, commit=False)
    assert not checked.committed and Key.select().count() == 5
    report = import_keys(path, by=site.supervisor)
    assert report.committed and report.accepted == [(3, "12F-1203 门钥匙"), (4, "12F-1203 信箱")]
    assert {(r.row, r.field, r.code) for r in report.refused} == {
        (5, "hook", "key.hook_taken"), (6, "kind", "key.kind"), (6, "copies", "key.copies"),
        (6, "hook", "key.hook_taken")}
    new = list(Key.select().where(Key.cabinet == "C").order_by(Key.hook))
    assert [(k.hook, k.copies, k.unit.code, k.ring.label, k.note) for k in new] == [
        ("001", 2, "12F-1203", "12F-1203 套", ""), ("002", 1, "12F-1203", "12F-1203 套", "备用")]
    assert len({k.tag for k in Key.select()}) == 7
    assert AuditEntry.select().where((AuditEntry.entity == "key") & (AuditEntry.note == "import")).count() == 2


def test_a_lock_change_for_a_lost_key_raises_a_repair_work_order_with_it(ks):
    from models import Request

    site, ids = ks
    keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    slip = keys.report_lost(ids["vacant"], LostInput("张师傅", "150", True), by=site.clerk)
    order = Request.get(Request.source == f"key-lost:{slip}")
    assert (order.category, order.unit.code, order.caller_name, order.caller_phone) == (
        "repair", "12F-1202", "张师傅", "13812345678")
    assert "更换门锁" in order.text and Key.get_by_id(ids["vacant"]).tag in order.text and order.work_order_no
    # A plant-room key has no unit: the order names the room; no lock change, no order.
    slip = keys.report_lost(ids["plant"], LostInput("前台", "", True), by=site.supervisor)
    assert "B1 水泵房" in Request.get(Request.source == f"key-lost:{slip}").text
    keys.report_lost(ids["mailbox"], LostInput("前台", "", False), by=site.clerk)
    assert Request.select().count() == 2


def test_a_refused_work_order_leaves_the_key_as_it_was(ks, monkeypatch):
    from models import Request
    from services import requests

    site, ids = ks
    monkeypatch.setattr(requests, "take_request", lambda *a, **k: (_ for _ in ()).throw(ValidationError("text", "x")))
    with pytest.raises(ValidationError):
        keys.report_lost(ids["vacant"], LostInput("前台", "", True), by=site.clerk)
    assert _state(ids["vacant"]) == "in" and Request.select().count() == 0
    assert KeyMovement.select().where(KeyMovement.kind == "lost").count() == 0


def test_a_tenants_lost_key_goes_onto_its_next_bill_and_a_contractors_does_not(ks):
    from models.fees import Charge
    from services import fees

    site, ids = ks
    keys.issue_keys([ids["door"]], IssueInput(ids["tenant"], "王五", "13900001111", signature_png()), by=site.clerk)
    slip = keys.report_lost(ids["door"], LostInput("王五", "80"), by=site.clerk)
    [posted] = Charge.select().where(Charge.source == "key-lost")
    assert (posted.tenant_id, Decimal(posted.amount), posted.item.code) == (ids["tenant"], Decimal("80.00"), "KEY")
    assert slip in posted.note and fees.owes(ids["tenant"], by=site.clerk) == Decimal("80.00")
    keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)  # a contractor's loan: charged at the desk, not billed
    keys.report_lost(ids["vacant"], LostInput("张师傅", "150"), by=site.clerk)
    assert Charge.select().where(Charge.source == "key-lost").count() == 1
