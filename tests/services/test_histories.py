"""Unit and tenant histories: one unit walked through every area with the areas' own services, its history read
back and checked against counts taken from the tables in the test; two tenants of one unit; paging; rights."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from models import Callback, FitoutInspection, FitoutStep, GoodsPass, Key, KeyMovement, MoveStep, Request, TenantUnit
from models.fees import Payment
from models.fitout import FitoutPatrol
from services import building, fitout, goods, histories, mail, move_in, requests, tenants
from services.bookings import create_booking
from services.callbacks import CallbackInput, record_callback
from services.errors import NotFound, ValidationError
from services.fitout_patrols import PatrolInput, close_notice, record_patrol
from services.key_register import KeyInput, create_key
from services.keys import lend_keys
from services.requests import RequestInput, ResolveInput
from services.tenants import TenantInput
from tests.conftest import make_site
from tests.frontdeskfixtures import arrival
from tests.keyfixtures import loan
from tests.movefixtures import goods as pass_input
from tests.movefixtures import move_set, request, walk_move_in
from tests.services.fitout_fixtures import to_permit, walk
from tests.services.rooms_setup import booking, make_rooms

T = dt.datetime
UNIT = "12F-1201"


def unit_id(code: str) -> int:
    from models import Unit

    return Unit.get(Unit.code == code).id


def walk_everything(site) -> dict:
    """12F-1201 through every area, by the areas' own services: move-in, a fit-out to acceptance with a patrol
    that found a violation (put right), a repair to its callback, an enquiry, a key lent, a booking, a goods
    pass used at the gate, a parcel, and the move-out asked for. Also a key of 12F-1202 lent (not 12F-1201's)."""
    ids = move_set(site)
    tenant = ids["tenant"]
    move_id = walk_move_in(site, ids)
    fid = to_permit(site, tenant)
    version = walk(site, fid, [("start_work", "clerk")])
    day = dt.date.today()
    patrol = record_patrol(fid, version, PatrolInput("走道堆放装修垃圾", "debris", deadline=day + dt.timedelta(days=2)),
                           by=site.steward, today=day)
    close_notice(patrol, "已清运", by=site.clerk, today=day)
    record_patrol(fid, fitout.get_fitout(fid, by=site.clerk).version, PatrolInput("施工有序"), by=site.steward,
                  today=day)
    walk(site, fid, [("request_completion", "clerk"), ("accept", "engineer")])
    repair = requests.take_request(RequestInput(
        category="repair", repair_kind="other", tenant_id=tenant, unit_code=UNIT, caller_name="李雷",
        caller_phone="13812345678", text="会议室空调不制冷", received_at=T(2026, 9, 28, 10, 0)), by=site.clerk)
    requests.dispatch(repair, technician="张师傅", appointment_at=T(2026, 9, 28, 14, 0), by=site.clerk,
                      at=T(2026, 9, 28, 10, 10))
    callback = requests.resolve(repair, ResolveInput(work_done="清洗滤网、补充冷媒"), by=site.engineer,
                                at=T(2026, 9, 28, 16, 0))
    record_callback(callback, CallbackInput(True, "满意"), by=site.clerk, at=T(2026, 9, 29, 10, 0))
    requests.take_request(RequestInput(category="enquiry", tenant_id=tenant, unit_code=UNIT, caller_name="韩梅梅",
                                       caller_phone="13700001111", text="发票开具流程",
                                       received_at=T(2026, 10, 9, 9, 0)), by=site.clerk)
    spare = create_key(KeyInput("12F-1201 门钥匙（前台备用）", "unit_door", UNIT, "", 1, "A", "010"),
                       by=site.supervisor)
    lend_keys([spare], loan(), by=site.clerk)
    other = create_key(KeyInput("12F-1202 门钥匙", "vacant_unit", "12F-1202", "", 1, "A", "011"), by=site.supervisor)
    lend_keys([other], loan(), by=site.clerk)
    rooms = make_rooms(site)
    create_booking(booking(rooms["small"], "09:00", "10:00", tenant_id=tenant), by=site.clerk,
                   at=T(2031, 3, 1, 9, 0))
    pass_no = goods.issue_pass(pass_input(tenant_id=tenant, reason="旧家具搬离"), by=site.clerk)
    goods.mark_used(pass_no, by=site.clerk)
    mail.log_arrival(arrival(tenant, "SF1234567890"), by=site.clerk)
    move_out = request(site, ids)
    return {"tenant": tenant, "move_in": move_id, "move_out": move_out, "fitout": fid, "spare": spare,
            "other": other, "unit": unit_id(UNIT)}


def everything(by, **kw) -> list[histories.Event]:
    page = histories.history(by=by, page_size=500, **kw)
    assert not page.has_more
    return page.items


def expected_unit_counts(seed: dict) -> Counter:
    """Counted straight from the tables, the way a clerk would tick the registers."""
    unit = seed["unit"]
    moves = (MoveStep.select().where((MoveStep.move_kind == "in") & (MoveStep.move_id == seed["move_in"])).count()
             + MoveStep.select().where((MoveStep.move_kind == "out")
                                       & (MoveStep.move_id == seed["move_out"])).count())
    patrols = FitoutPatrol.select().where(FitoutPatrol.fitout == seed["fitout"])
    fitouts = (FitoutStep.select().where(FitoutStep.fitout == seed["fitout"]).count() + patrols.count()
               + patrols.where(FitoutPatrol.closed_on.is_null(False)).count()
               + FitoutInspection.select().where(FitoutInspection.fitout == seed["fitout"]).count())
    reqs = Request.select().where(Request.unit == unit)
    callbacks = Callback.select().join(Request).where((Request.unit == unit) & Callback.done_at.is_null(False))
    holdings = TenantUnit.select().where(TenantUnit.unit == unit)
    passes = GoodsPass.select().where(GoodsPass.unit_code == UNIT)
    return Counter({
        "tenancy": holdings.where(TenantUnit.since.is_null(False)).count()
        + holdings.where(TenantUnit.until.is_null(False)).count(),
        "moves": moves,
        "fitout": fitouts,
        "requests": reqs.count() + reqs.where(Request.closed_at.is_null(False)).count() + callbacks.count(),
        "keys": KeyMovement.select().join(Key).where(Key.unit == unit).count(),
        "goods": passes.count() + passes.where(GoodsPass.used_at.is_null(False)).count(),
    })


def test_a_unit_walked_through_every_area_has_each_event_once_newest_first(site):
    seed = walk_everything(site)
    events = everything(site.clerk, unit_id=seed["unit"])
    assert Counter(e.area for e in events) == expected_unit_counts(seed)
    assert [e.when for e in events] == sorted((e.when for e in events), reverse=True)
    assert len({(e.kind, e.ref, e.when, e.title, e.detail) for e in events}) == len(events)  # each once
    kinds = Counter(e.kind for e in events)
    # The walk's milestones, by kind.
    assert kinds["move_in.handover"] == kinds["move_in.done"] == kinds["move_out.request"] == 1
    assert kinds["fitout.issue_permit"] == kinds["fitout.accept"] == kinds["fitout.violation"] == 1
    assert kinds["fitout.patrol"] == kinds["fitout.rectified"] == 1
    assert kinds["fitout.inspection_completion"] == kinds["fitout.inspection_fire"] == 1
    assert kinds["request.repair"] == kinds["request.enquiry"] == kinds["request.callback"] == 1
    assert kinds["request.closed"] == 1  # the repair, closed by its callback; the enquiry is still open
    assert kinds["key.issue"] == KeyMovement.select().where(KeyMovement.kind == "issue").count() >= 1
    assert kinds["key.lend"] == 1  # the spare of 12F-1201, not the key of 12F-1202
    assert kinds["goods.issued"] == kinds["goods.used"] == 1
    # A unit's history has no bookings, fees or front-desk lines: those belong to the tenant.
    assert not {"rooms", "fees", "frontdesk"} & {e.area for e in events}
    repair = next(e for e in events if e.kind == "request.repair")
    assert (repair.when, repair.title, repair.who, repair.target.page) == (T(2026, 9, 28, 10, 0), "报修受理", "李雷",
                                                                           "requests")
    assert repair.target.text == Request.get_by_id(repair.target.record_id).number == repair.ref
    violation = next(e for e in events if e.kind == "fitout.violation")
    assert violation.title == "违规施工：装修垃圾堆放在公共走道" and violation.ref.startswith("ZX-")
    assert violation.target == histories.Target("fitout", violation.ref, seed["fitout"])
    lend = next(e for e in events if e.kind == "key.lend")
    assert lend.target.record_id == seed["spare"] and Key.get_by_id(seed["spare"]).tag in lend.detail


def test_the_tenants_history_adds_bookings_fees_and_the_front_desk(site):
    seed = walk_everything(site)
    tenant = seed["tenant"]
    events = everything(site.clerk, tenant_id=tenant)
    areas = Counter(e.area for e in events)
    assert areas["rooms"] == 1
    assert areas["fees"] == Payment.select().where(Payment.tenant == tenant).count() == 1
    assert areas["frontdesk"] == 1  # the parcel
    # Its keys: those issued to it (and their coming back); a loan to a borrower off the street is the unit's.
    assert areas["keys"] == KeyMovement.select().where(KeyMovement.tenant == tenant).count()
    assert [e.when for e in events] == sorted((e.when for e in events), reverse=True)
    assert {e.kind for e in events} >= {"tenancy.start", "move_in.done", "fitout.accept", "request.callback",
                                        "booking.tentative" if any(e.kind == "booking.tentative" for e in events)
                                        else "booking.confirmed", "goods.used", "fees.payment", "mail.received"}


def test_two_tenants_of_one_unit_each_see_only_their_own(site):
    building.generate_units(building.GenerateInput(12, 12, 3, "120"), by=site.supervisor)
    first = tenants.create_tenant(TenantInput(name="深圳市旧邻贸易有限公司", units=["12F-1203"]), by=site.clerk)

    def take(tenant_id: int, text: str, at: T) -> int:
        return requests.take_request(RequestInput(category="enquiry", tenant_id=tenant_id, unit_code="12F-1203",
                                                  caller_name="王先生", caller_phone="13800001111", text=text,
                                                  received_at=at), by=site.clerk)

    old = [take(first, "空调开放时间", T(2026, 3, 2, 10)), take(first, "停车月卡", T(2026, 4, 1, 9))]
    version = tenants.get_tenant(first, by=site.clerk).version
    tenants.update_tenant(first, TenantInput(name="深圳市旧邻贸易有限公司", units=[]), version=version, by=site.clerk)
    second = tenants.create_tenant(TenantInput(name="深圳市新邻科技有限公司", units=["12F-1203"]), by=site.clerk)
    new = [take(second, "门禁卡办理", T(2026, 6, 1, 9))]

    def numbers(**kw) -> list[str]:
        return [e.ref for e in everything(site.clerk, areas=["requests"], **kw)]

    number = {r.id: r.number for r in Request.select()}
    assert numbers(tenant_id=first) == [number[old[1]], number[old[0]]]
    assert numbers(tenant_id=second) == [number[new[0]]]
    assert numbers(unit_id=unit_id("12F-1203")) == [number[new[0]], number[old[1]], number[old[0]]]
    tenancy = [(e.kind, e.detail) for e in everything(site.clerk, unit_id=unit_id("12F-1203"), areas=["tenancy"])]
    assert sorted(tenancy) == sorted([("tenancy.start", "深圳市旧邻贸易有限公司"), ("tenancy.end", "深圳市旧邻贸易有限公司"),
                                      ("tenancy.start", "深圳市新邻科技有限公司")])
    assert [e.kind for e in everything(site.clerk, tenant_id=second, areas=["tenancy"])] == ["tenancy.start"]


def test_paging_filters_and_the_date_window(site):
    seed = walk_everything(site)
    whole = everything(site.clerk, tenant_id=seed["tenant"])
    assert len(whole) > 20
    pages, page = [], 0
    while True:
        got = histories.history(by=site.clerk, tenant_id=seed["tenant"], page=page, page_size=7)
        pages += got.items
        assert len(got.items) <= 7 and got.total == -1
        if not got.has_more:
            break
        page += 1
    assert pages == whole and page == (len(whole) - 1) // 7
    assert histories.history(by=site.clerk, tenant_id=seed["tenant"], page=page + 1, page_size=7).items == []
    fitouts = everything(site.clerk, tenant_id=seed["tenant"], areas=["fitout"])
    assert fitouts == [e for e in whole if e.area == "fitout"] and fitouts
    both = everything(site.clerk, tenant_id=seed["tenant"], areas=["fitout", "requests"])
    assert both == [e for e in whole if e.area in ("fitout", "requests")]
    since, until = dt.date(2026, 9, 28), dt.date(2026, 9, 29)
    window = everything(site.clerk, tenant_id=seed["tenant"], since=since, until=until)
    assert window == [e for e in whole if since <= e.when.date() <= until]
    assert {e.kind for e in window} == {"request.repair", "request.callback", "request.closed"}
    with pytest.raises(ValidationError) as exc:
        histories.history(by=site.clerk, tenant_id=seed["tenant"], since=until, until=since)
    assert exc.value.codes() == {"until": "history.range"}
    with pytest.raises(ValidationError) as exc:
        histories.history(by=site.clerk, tenant_id=seed["tenant"], areas=["nonsense"])
    assert exc.value.codes() == {"areas": "history.area"}


def test_an_area_the_user_may_not_view_is_left_out_and_other_sites_are_not_found(site, password_hash):
    seed = walk_everything(site)
    tenant = seed["tenant"]
    engineer = site.engineer  # may not view fees (services/access.py): its payments are not in its history
    assert "fees" not in histories.areas_for("tenant", by=engineer)
    assert "fees" in histories.areas_for("tenant", by=site.clerk)
    assert histories.areas_for("unit", by=site.clerk) == ["tenancy", "moves", "fitout", "requests", "keys", "goods"]
    clerk_view = everything(site.clerk, tenant_id=tenant)
    engineer_view = everything(engineer, tenant_id=tenant)
    assert engineer_view == [e for e in clerk_view if e.area != "fees"]
    assert everything(engineer, tenant_id=tenant, areas=["fees"]) == []
    other = make_site(password_hash, name="另一座大厦")
    with pytest.raises(NotFound):
        histories.history(by=other.clerk, tenant_id=tenant)
    with pytest.raises(NotFound):
        histories.history(by=other.clerk, unit_id=seed["unit"])


def test_lease_changes_and_documents_are_in_the_tenants_history(site):
    building.generate_units(building.GenerateInput(12, 12, 3, "120"), by=site.supervisor)
    tenant = tenants.create_tenant(TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"],
                                               lease_start=dt.date(2026, 1, 1), lease_end=dt.date(2028, 12, 31)),
                                   by=site.clerk)
    version = tenants.get_tenant(tenant, by=site.clerk).version
    tenants.update_tenant(tenant, TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"],
                                              lease_start=dt.date(2026, 1, 1), lease_end=dt.date(2030, 12, 31)),
                          version=version, by=site.clerk)
    tenants.add_document(tenant, tenants.DocumentInput("lease", dt.date(2026, 1, 2), "续租合同"), by=site.clerk)
    events = everything(site.clerk, tenant_id=tenant, areas=["tenancy"])
    lease = [e for e in events if e.kind == "tenancy.lease"]
    assert [e.title for e in lease] == ["租期变更", "租期登记"]
    assert lease[0].detail == "租期止：2028-12-31 → 2030-12-31"
    assert lease[1].detail == "租期起：2026-01-01；租期止：2028-12-31"
    document = next(e for e in events if e.kind == "tenancy.document")
    assert (document.title, document.detail, document.when) == ("收到文件：租赁/购房合同", "续租合同", T(2026, 1, 2))
    assert sum(e.kind == "tenancy.start" for e in events) == 1
