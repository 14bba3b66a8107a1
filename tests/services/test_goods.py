"""Goods-release pass rules on SQLite and PostgreSQL: input checks, numbering per site and year, the gate's answers
(valid, not yet, expired, used, voided, unknown), marking used once; two desks issuing at once."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from models import AuditEntry, GoodsPass, db
from services import goods, tenants
from services.errors import NotFound, PermissionDenied, ValidationError
from services.goods import ItemInput, check_pass, issue_pass, mark_used, normalise_pass_no, void_pass
from tests.movefixtures import goods as pass_input
from tests.movefixtures import move_set


@pytest.fixture
def gs(site):
    ids = move_set(site)
    tenants.update_tenant(ids["tenant"], tenants.TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"]),
                          version=1, by=site.supervisor)
    return site, ids


def _issue(site, ids, **changes) -> str:
    return issue_pass(pass_input(tenant_id=ids["tenant"], **changes), by=site.clerk)


def test_a_pass_is_numbered_per_year_and_lists_its_items(gs):
    site, ids = gs
    year = dt.date.today().year
    first, second = _issue(site, ids), _issue(site, ids, plate="粤 b·d12345")
    assert (first, second) == (f"FX-{year}-0001", f"FX-{year}-0002")
    detail = goods.get_pass(second, by=site.steward)
    assert detail.data.plate == "粤BD12345" and detail.approved_by == site.clerk.full_name
    assert [(i.name, i.quantity, i.measure) for i in detail.data.items] == [("办公桌", 4, "张"), ("文件柜", 2, "个")]
    rows = goods.search_passes(by=site.clerk, text="粤BD").items
    assert [r.pass_no for r in rows] == [second] and rows[0].items == "办公桌×4张、文件柜×2个"
    assert normalise_pass_no(f" fx{year}-2 ") == second
    assert AuditEntry.select().where((AuditEntry.entity == "goods_pass") & (AuditEntry.action == "issue")).count() == 2


def test_the_passes_list_rows_filters_and_pages(gs):
    """Newest day first, items in the order entered, each filter (wildcards literal), the pages and their count."""
    site, ids = gs
    today = dt.date.today()
    first = _issue(site, ids, valid_on=today + dt.timedelta(days=2),
                   items=[ItemInput("文件柜", 12, "个"), ItemInput("办公桌", 4, "张"), ItemInput("电脑", 1, "台")])
    second = _issue(site, ids, carrier="李师傅_搬家", plate="粤BD12345", time_from=dt.time(9), time_to=dt.time(12))
    third = _issue(site, ids, valid_on=today + dt.timedelta(days=1))
    mark_used(second, by=site.clerk, at=dt.datetime.combine(today, dt.time(10, 30, 15)))
    void_pass(third, "业户取消搬运", by=site.supervisor)
    rows = goods.search_passes(by=site.clerk).items
    assert [(r.pass_no, r.items, r.state) for r in rows] == [
        (first, "文件柜×12个、办公桌×4张、电脑×1台", "approved"), (third, "办公桌×4张、文件柜×2个", "voided"),
        (second, "办公桌×4张、文件柜×2个", "used")]
    used = rows[2]
    assert (used.company, used.unit_code, used.carrier, used.plate, used.valid_on, used.time_from, used.time_to,
            used.approved_by, used.used_at) == (
        "深圳市云帆科技有限公司", "12F-1201", "李师傅_搬家", "粤BD12345", today, dt.time(9), dt.time(12),
        site.clerk.full_name, dt.datetime.combine(today, dt.time(10, 30, 15)))

    def numbers(**search):
        return [r.pass_no for r in goods.search_passes(by=site.clerk, **search).items]

    assert numbers(text=second.lower().replace("-", "")) == [second]
    assert numbers(text="_") == [second] and numbers(text="%") == [] and numbers(text="粤bd") == [second]
    assert numbers(text="12f-1201") == [first, third, second] and numbers(text="云帆") == [first, third, second]
    assert numbers(state="voided") == [third] and numbers(text="李师傅", state="approved") == []
    assert numbers(day_from=today + dt.timedelta(days=1)) == [first, third] and numbers(day_to=today) == [second]
    assert numbers(day_from=today, day_to=today + dt.timedelta(days=1)) == [third, second]
    assert numbers(move_out_id=ids["tenant"] + 1000) == []
    pages = [goods.search_passes(by=site.clerk, page=p, page_size=2) for p in (0, 1)]
    assert [[r.pass_no for r in p.items] for p in pages] == [[first, third], [second]]
    assert [(p.total, p.has_more) for p in pages] == [(3, True), (3, False)]


def test_bad_input_is_refused_field_by_field(gs):
    site, ids = gs
    with pytest.raises(ValidationError) as exc:
        _issue(site, ids, carrier="", carrier_phone="12345", plate="ABC", valid_on=dt.date.today() - dt.timedelta(1),
               time_from=dt.time(14), time_to=dt.time(9), items=[ItemInput("", "")], unit_code="12F-1202")
    assert exc.value.codes() == {
        "unit_code": "goods.unit_not_held", "carrier": "required", "carrier_phone": "phone.format",
        "plate": "goods.plate", "valid_on": "goods.day_past", "time_to": "goods.time_order", "items": "goods.no_items"}
    with pytest.raises(ValidationError) as exc:
        _issue(site, ids, valid_on=dt.date.today() + dt.timedelta(days=400), items=[ItemInput("电脑", "0")])
    assert exc.value.codes() == {"valid_on": "goods.day_far", "items[0].quantity": "goods.quantity"}
    assert GoodsPass.select().count() == 0


def test_the_gate_sees_valid_not_yet_expired_used_voided_unknown(gs):
    site, ids = gs
    today = dt.date.today()
    pass_no = _issue(site, ids, time_from=dt.time(9), time_to=dt.time(12))
    at = lambda h, m=0: dt.datetime.combine(today, dt.time(h, m))  # noqa: E731
    assert check_pass(pass_no, by=site.clerk, at=at(8, 59)).result == "not_yet"
    assert check_pass(pass_no, by=site.clerk, at=at(9)).result == "valid"
    assert check_pass(pass_no, by=site.clerk, at=at(12, 1)).result == "expired"
    assert check_pass("FX-1999-0001", by=site.clerk).result == "unknown"
    with pytest.raises(ValidationError) as exc:
        mark_used(pass_no, by=site.clerk, at=at(13))
    assert exc.value.code == "goods.expired"
    used = mark_used(pass_no.lower().replace("-", ""), by=site.clerk, at=at(10, 30))
    assert used.result == "used" and used.detail.used_by == site.clerk.full_name
    with pytest.raises(ValidationError) as exc:
        mark_used(pass_no, by=site.steward, at=at(10, 31))
    assert exc.value.code == "goods.used"
    other = _issue(site, ids)
    with pytest.raises(PermissionDenied):
        void_pass(other, "业户取消搬运", by=site.clerk)
    void_pass(other, "业户取消搬运", by=site.supervisor)
    assert check_pass(other, by=site.clerk).result == "voided"
    with pytest.raises(NotFound):
        void_pass("FX-1999-0009", "x", by=site.supervisor)


def test_the_engineer_cannot_issue_a_pass(gs):
    site, ids = gs
    with pytest.raises(PermissionDenied):
        issue_pass(pass_input(tenant_id=ids["tenant"]), by=site.engineer)


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_desks_issuing_passes_at_once_never_share_a_number_on_postgresql(gs):
    site, ids = gs
    barrier = threading.Barrier(4)
    numbers: list[str] = []
    errors: list[Exception] = []

    def desk(n: int) -> None:
        barrier.wait(5)
        try:
            for _ in range(3):
                numbers.append(issue_pass(pass_input(tenant_id=ids["tenant"], carrier=f"搬运工{n}"), by=site.clerk))
        except Exception as exc:  # noqa: BLE001 - reported to the main thread
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    year = dt.date.today().year
    assert sorted(numbers) == [f"FX-{year}-{n:04d}" for n in range(1, 13)]
    assert GoodsPass.select().count() == 12


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_two_gates_scanning_one_pass_at_once_only_one_lets_it_out_on_postgresql(gs):
    site, ids = gs
    pass_no = _issue(site, ids)
    barrier = threading.Barrier(2)
    outcome: list[str] = []

    def gate(actor) -> None:
        barrier.wait(5)
        try:
            mark_used(pass_no, by=actor)
            outcome.append("ok")
        except ValidationError as exc:
            outcome.append(exc.code)
        finally:
            db.close()

    threads = [threading.Thread(target=gate, args=(a,)) for a in (site.clerk, site.steward)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert sorted(outcome) == ["goods.used", "ok"]
    assert AuditEntry.select().where((AuditEntry.entity == "goods_pass") & (AuditEntry.action == "use")).count() == 1
