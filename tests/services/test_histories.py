"""Unit and tenant histories: one unit walked through every area with the areas' own services, its history read
back and checked against counts taken from the tables in the test; two tenants of one unit; paging; rights."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from models import Callback, FitoutInspection, FitoutStep, GoodsPass, Key, KeyMovement, MoveStep, Request, TenantUnit
from models.fees import Payment
from models.fitout import FitoutPatrol
from services import building, histories, requests, tenants
from services.errors import NotFound, ValidationError
from services.requests import RequestInput
from services.tenants import TenantInput
from tests.conftest import make_site
from tests.services.history_fixtures import UNIT, T, unit_id, walk_everything


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
    old_name, new_name = "深圳市旧邻贸易有限公司", "深圳市新邻科技有限公司"
    assert sorted(tenancy) == sorted([("tenancy.start", old_name), ("tenancy.end", old_name),
                                      ("tenancy.start", new_name)])
    assert [e.kind for e in everything(site.clerk, tenant_id=second, areas=["tenancy"])] == ["tenancy.start"]


def test_paging_filters_and_the_date_window(site):
    seed = walk_everything(site)
    whole = everything(site.clerk, tenant_id=seed["tenant"])
    assert len(whole) > 20
    for size in (7, 1, 3):  # 1 and 3 end pages among lines of one moment (the keys of a ring issued together)
        pages, after, count = [], None, 0
        while True:
            got = histories.history(by=site.clerk, tenant_id=seed["tenant"], after=after, page_size=size)
            pages += got.items
            count += 1
            assert len(got.items) <= size and got.total == -1
            if not got.has_more:
                assert got.after is None
                break
            after = got.after
        assert pages == whole and count == (len(whole) - 1) // size + 1, size
    moments = Counter(e.when for e in whole)
    assert max(moments.values()) >= 2  # the paging above did cross equal times
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


def test_each_line_reads_as_its_record_and_either_end_of_the_days_alone_keeps_to_it(site):
    """The lines whose words come from dates, times, money and yes/no columns (which SQLite keeps as text and
    numbers), as the clerk reads them; and a window open at one end."""
    seed = walk_everything(site)
    whole = everything(site.clerk, tenant_id=seed["tenant"])
    line = {e.kind: e for e in reversed(whole)}  # the newest of each kind
    pass_ = GoodsPass.get()
    assert (line["goods.issued"].title, line["goods.issued"].detail) == (
        "物品放行条（已放行）", f"{pass_.valid_on.isoformat()} 00:00–23:59；张师傅；粤B12345；旧家具搬离")
    booking = line["booking.confirmed"] if "booking.confirmed" in line else line["booking.tentative"]
    assert booking.detail == "小会议室 A 09:00–10:00，6 人；季度例会" and booking.when.hour == 9
    assert not booking.dated_only and booking.target.page == "rooms"
    patrol = FitoutPatrol.get(FitoutPatrol.notice_no.is_null(False))
    assert line["fitout.violation"].detail == (f"走道堆放装修垃圾；整改通知 {patrol.notice_no}，"
                                               f"限 {patrol.deadline.isoformat()} 前")
    assert line["fitout.violation"].dated_only and line["fitout.violation"].when == T.combine(patrol.day, dt.time())
    assert line["fitout.rectified"].detail == f"{patrol.notice_no}；已清运"
    assert line["fitout.issue_permit"].detail.startswith("XK-")
    payment = Payment.get(Payment.tenant == seed["tenant"])
    assert (line["fees.payment"].title, line["fees.payment"].detail) == ("收款", f"{payment.amount:,.2f} 元")
    assert line["fees.payment"].when == T.combine(payment.paid_on, dt.time()) and line["fees.payment"].dated_only
    assert line["request.callback"].title == "回访（满意）" and line["request.closed"].title == "报修办结"
    assert line["mail.received"].title == "包裹到达（待领取）"
    assert line["move_in.handover"].ref.startswith("YS-") and line["move_in.done"].title == "交楼完成"
    assert line["tenancy.start"].dated_only and line["tenancy.start"].title == "起租 12F-1201"
    for since, until in ((dt.date(2026, 9, 29), None), (None, dt.date(2026, 9, 28))):
        window = everything(site.clerk, tenant_id=seed["tenant"], since=since, until=until)
        assert window == [e for e in whole if (since is None or e.when.date() >= since)
                          and (until is None or e.when.date() <= until)], (since, until)
    assert [e.kind for e in everything(site.clerk, tenant_id=seed["tenant"], until=dt.date(2026, 9, 28))] == [
        "request.repair"]
