"""Convenience and paid services: the price list, Decimal prices, the order's course, the charge posted once."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.desk_services import ServiceOrder
from models.fees import Charge
from services import building, convenience, tenants
from services.convenience import AcceptInput, OrderInput, PriceInput
from services.errors import PermissionDenied, ValidationError
from services.tenants import TenantInput
from tests.services.two_desks import at_once

AGREED = dt.datetime(2026, 11, 20, 9, 0)
PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 40


@pytest.fixture
def tenant(site) -> int:
    building.generate_units(building.GenerateInput(12, 12, 2, "100"), by=site.supervisor)
    return tenants.create_tenant(TenantInput(name="甲科技有限公司", units=["12F-1201"]), by=site.clerk)


def _item(site, name: str):
    return next(i for i in convenience.price_list(by=site.clerk) if i.name == name)


def _order(site, tenant, **changes) -> OrderInput:
    data = OrderInput(tenant_id=tenant, unit_code="12F-1201", item_id=_item(site, "地毯清洗").id, quantity="126.35",
                      agreed_at=AGREED, contact_name="李娜", contact_phone="13812345678")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_the_price_is_exact_decimal_by_the_sites_rule(site, tenant):
    # 8.00 元/m² × 126.35 m² = 1010.80 exactly; 3.33 × 0.35 = 1.1655 → 1.17 (half up to the fen)
    order_id = convenience.order_service(_order(site, tenant), by=site.clerk)
    row = convenience.get_order(order_id, by=site.clerk)
    assert (row.list_amount, row.amount) == (Decimal("1010.80"), Decimal("1010.80"))
    assert row.number == f"FW-{dt.date.today().year}-0001"
    assert convenience.list_amount(site.site_id, Decimal("3.33"), Decimal("0.35")) == Decimal("1.17")
    stored = ServiceOrder.get_by_id(order_id)
    assert Decimal(str(stored.amount)) == Decimal("1010.80")


def test_an_agreed_price_other_than_the_list_needs_a_reason(site, tenant):
    with pytest.raises(ValidationError) as err:
        convenience.order_service(_order(site, tenant, amount="900"), by=site.clerk)
    assert err.value.codes() == {"price_reason": "service.price_reason"}
    order_id = convenience.order_service(_order(site, tenant, amount="900.00", price_reason="老客户九折"),
                                         by=site.clerk)
    row = convenience.get_order(order_id, by=site.clerk)
    assert (row.list_amount, row.amount, row.price_reason) == (Decimal("1010.80"), Decimal("900.00"), "老客户九折")


def test_bad_order_input_is_refused_field_by_field(site, tenant):
    with pytest.raises(ValidationError) as err:
        convenience.order_service(_order(site, tenant, quantity="12.345", unit_code="12F-1202", contact_name="",
                                         contact_phone="123", amount="abc"), by=site.clerk)
    assert err.value.codes() == {"unit_code": "service.unit_not_tenants", "quantity": "service.quantity",
                                 "amount": "service.price", "contact_name": "required",
                                 "contact_phone": "phone.format"}
    assert ServiceOrder.select().count() == 0


def test_the_price_list_is_the_supervisors_and_orders_keep_their_price(site, tenant):
    carpet = _item(site, "地毯清洗")
    order_id = convenience.order_service(_order(site, tenant, quantity="10"), by=site.clerk)
    with pytest.raises(PermissionDenied):
        convenience.save_price(PriceInput("地毯清洗", "元/m²", "9.50", "保洁部"), item_id=carpet.id,
                               version=carpet.version, by=site.clerk)
    with pytest.raises(ValidationError) as err:
        convenience.save_price(PriceInput("室内保洁", "元/m²", "9.5.0", "保洁部"), item_id=carpet.id,
                               version=carpet.version, by=site.supervisor)
    assert err.value.codes() == {"price": "service.price", "name": "service.item_taken"}
    convenience.save_price(PriceInput("地毯清洗", "元/m²", "9.50", "保洁部"), item_id=carpet.id,
                           version=carpet.version, by=site.supervisor)
    assert _item(site, "地毯清洗").price == Decimal("9.50")
    assert convenience.get_order(order_id, by=site.clerk).amount == Decimal("80.00")


def test_from_order_to_acceptance_the_charge_is_posted_once(site, tenant):
    order_id = convenience.order_service(_order(site, tenant), by=site.clerk)
    with pytest.raises(ValidationError) as err:
        convenience.complete_order(order_id, by=site.clerk)
    assert err.value.codes() == {"state": "service.state"}
    convenience.dispatch_order(order_id, department="保洁部", assignee="周阿姨", by=site.clerk,
                               at=AGREED + dt.timedelta(hours=1))
    convenience.complete_order(order_id, note="已清洗完毕", by=site.engineer, at=AGREED + dt.timedelta(hours=5))
    with pytest.raises(ValidationError) as err:
        convenience.accept_order(order_id, AcceptInput("李娜", "unsatisfied", "", None), by=site.clerk)
    assert err.value.codes() == {"comment": "service.unsatisfied_why", "signature": "service.signature"}
    assert Charge.select().count() == 0
    charge_id = convenience.accept_order(order_id, AcceptInput("李娜", "very", "", PNG), by=site.clerk)
    charge = Charge.get_by_id(charge_id)
    assert (charge.tenant_id, charge.item.code, Decimal(str(charge.amount)), charge.source, charge.source_id) == (
        tenant, "SERVICE", Decimal("1010.80"), "service-order", order_id)
    # The same order posted again (a second desk, a retry) charges nothing more.
    from services.fees import post_charge

    assert post_charge(tenant, "SERVICE", Decimal("1010.80"), source="service-order", source_id=order_id,
                       by=site.clerk) == charge_id
    with pytest.raises(ValidationError):
        convenience.accept_order(order_id, AcceptInput("李娜", "very", "", PNG), by=site.clerk)
    assert Charge.select().count() == 1
    row = convenience.get_order(order_id, by=site.clerk)
    assert (row.state, row.charge_id, row.satisfaction) == ("accepted", charge_id, "very")
    assert convenience.signature_of(order_id, by=site.clerk) == PNG


def test_a_free_service_posts_no_charge(site, tenant):
    free = convenience.save_price(PriceInput("雨伞套袋", "元/次", "0", "客服部"), by=site.supervisor)
    order_id = convenience.order_service(_order(site, tenant, item_id=free, quantity="1"), by=site.clerk)
    convenience.dispatch_order(order_id, department="客服部", assignee="", by=site.clerk)
    convenience.complete_order(order_id, by=site.clerk)
    assert convenience.accept_order(order_id, AcceptInput("李娜", "ok", "", PNG), by=site.clerk) is None
    assert Charge.select().count() == 0


def test_cancel_only_before_dispatch_and_with_a_reason(site, tenant):
    first = convenience.order_service(_order(site, tenant), by=site.clerk)
    second = convenience.order_service(_order(site, tenant), by=site.clerk)
    with pytest.raises(ValidationError) as err:
        convenience.cancel_order(first, "", by=site.clerk)
    assert err.value.codes() == {"reason": "required"}
    convenience.cancel_order(first, "业户改期另约", by=site.clerk)
    convenience.dispatch_order(second, department="保洁部", assignee="周阿姨", by=site.clerk)
    with pytest.raises(ValidationError) as err:
        convenience.cancel_order(second, "不要了", by=site.clerk)
    assert err.value.codes() == {"state": "service.state"}
    assert [r.state for r in convenience.search_orders(by=site.clerk, state="open").items] == ["dispatched"]
    assert convenience.search_orders(by=site.clerk, text="周阿姨").total == 1


def test_two_desks_accepting_the_same_order_at_once_charge_it_once(site, tenant, monkeypatch):
    import time

    from services.errors import StaleRecord

    order_id = convenience.order_service(_order(site, tenant), by=site.clerk)
    convenience.dispatch_order(order_id, department="保洁部", assignee="周阿姨", by=site.clerk)
    convenience.complete_order(order_id, by=site.clerk)
    real = convenience._step

    def checked_then_pause(order, action):
        to = real(order, action)
        time.sleep(0.3)  # both desks are past the state check before either writes
        return to

    monkeypatch.setattr(convenience, "_step", checked_then_pause)
    outcomes = at_once(
        lambda: convenience.accept_order(order_id, AcceptInput("李娜", "very", "", PNG), by=site.clerk),
        lambda: convenience.accept_order(order_id, AcceptInput("李娜", "ok", "", PNG), by=site.steward))
    charged = [o for o in outcomes if isinstance(o, int)]
    refused = [o for o in outcomes if isinstance(o, (StaleRecord, ValidationError))]
    assert len(charged) == 1 and len(refused) == 1, outcomes
    assert [c.id for c in Charge.select()] == charged
    assert convenience.get_order(order_id, by=site.clerk).charge_id == charged[0]


def test_an_order_is_changed_until_it_is_dispatched(site, tenant):
    order_id = convenience.order_service(_order(site, tenant), by=site.clerk)
    row = convenience.get_order(order_id, by=site.clerk)
    version = convenience.update_order(order_id, row.version, _order(site, tenant, quantity="80"), by=site.clerk)
    changed = convenience.get_order(order_id, by=site.clerk)
    assert (changed.quantity, changed.amount, changed.version) == (Decimal("80.00"), Decimal("640.00"), version)
    from services.errors import StaleRecord

    with pytest.raises(StaleRecord):  # a second desk still holding the first version
        convenience.update_order(order_id, row.version, _order(site, tenant, quantity="90"), by=site.steward)
    convenience.dispatch_order(order_id, department="保洁部", assignee="周阿姨", by=site.clerk)
    with pytest.raises(ValidationError) as err:
        convenience.update_order(order_id, version + 1, _order(site, tenant, quantity="90"), by=site.clerk)
    assert err.value.codes() == {"state": "service.state"}
