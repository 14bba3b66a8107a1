"""Bad input never escapes as a crash: hostile values in every field of the main services' inputs end in a
success or a refusal naming the field, with nothing half-written (every table's row count unchanged)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services import bookings, fees, goods, key_register, move_in, move_out, payments, requests, tenants, visitors
from services.tenants import ContactInput, TenantInput
from tests.reliability.fuzz import FUZZ, INTS, NUMBERS, TEXT, only_success_or_refusal, spoiled
from tests.services.rooms_setup import DAY, NOW, booking, make_rooms
from tests.services.visitor_data import furnish, visit


@pytest.fixture
def tower(site):
    return furnish(site)


@FUZZ
@given(st.data())
def test_tenants(tower, data):
    base = TenantInput(name="深圳市云帆科技有限公司", credit_code="91350100M000100Y43", units=["12F-1202"],
                       emergency_name="周敏", emergency_phone="13912345678",
                       contacts=[ContactInput("李雷", "13812345678", "行政经理", True)])
    only_success_or_refusal(lambda: tenants.create_tenant(data.draw(spoiled(base)), by=tower.clerk))


@FUZZ
@given(st.data())
def test_keys(tower, data):
    base = key_register.KeyInput("12F-1201 门钥匙", "unit_door", "12F-1201", "", 2, "A", "001")
    only_success_or_refusal(lambda: key_register.create_key(data.draw(spoiled(base)), by=tower.supervisor))


@FUZZ
@given(st.data())
def test_visitor_check_in(tower, data):
    spoilt = data.draw(spoiled(visit(tower)))
    at = data.draw(st.one_of(st.none(), st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))))
    # A watchlist alert is written even when check-in stops: the only write a refusal may leave.
    only_success_or_refusal(lambda: visitors.check_in(spoilt, by=tower.clerk, at=at), audit_ok=True)


@FUZZ
@given(st.data())
def test_requests(tower, data):
    base = requests.RequestInput(channel="phone", category="repair", repair_kind="other", tenant_id=tower.tenant_id,
                                 unit_code="12F-1201", caller_name="李雷", caller_phone="13812345678",
                                 text="会议室空调不制冷", suits_tenant="工作日下午")
    only_success_or_refusal(lambda: requests.take_request(data.draw(spoiled(base)), by=tower.clerk))


@FUZZ
@given(st.data())
def test_bookings(tower, data):
    if not hasattr(tower, "rooms"):
        tower.rooms = make_rooms(tower)
    base = booking(tower.rooms["mid"], "10:00", "11:00", day=DAY, tenant_id=tower.tenant_id)
    only_success_or_refusal(lambda: bookings.create_booking(data.draw(spoiled(base)), by=tower.clerk, at=NOW))


@FUZZ
@given(tenant_id=st.one_of(st.none(), INTS), item=st.one_of(st.sampled_from(["KEY", "ROOM", "DEBRIS"]), TEXT),
       amount=st.one_of(NUMBERS, st.decimals(allow_nan=True, allow_infinity=True)), source=TEXT, source_id=INTS,
       note=TEXT, on=st.one_of(st.none(), st.dates()))
def test_post_charge(tower, tenant_id, item, amount, source, source_id, note, on):
    tenant = tower.tenant_id if tenant_id == 1 else tenant_id
    only_success_or_refusal(lambda: fees.post_charge(tenant, item, amount, source=source, source_id=source_id,
                                                     note=note, by=tower.clerk, on=on))


@FUZZ
@given(st.data())
def test_payments(tower, data):
    base = payments.PaymentInput(tower.tenant_id, "1200.50", "transfer", "招商银行 8899", dt.date.today())
    only_success_or_refusal(lambda: payments.take_payment(data.draw(spoiled(base)), by=tower.clerk))


@FUZZ
@given(st.data())
def test_goods_passes(tower, data):
    from tests.movefixtures import goods as goods_input

    base = goods_input(tenant_id=tower.tenant_id)
    only_success_or_refusal(lambda: goods.issue_pass(data.draw(spoiled(base)), by=tower.clerk))


@FUZZ
@given(st.data())
def test_moves(tower, data):
    base_in = move_in.MoveInInput(tower.tenant_id, "12F-1203", "own", "李雷", "13812345678", dt.date.today())
    only_success_or_refusal(lambda: move_in.start_move_in(data.draw(spoiled(base_in)), by=tower.clerk))
    base_out = move_out.MoveOutInput(tower.tenant_id, "12F-1201", dt.date.today() + dt.timedelta(days=7), "租约到期",
                                     Decimal("0"))
    only_success_or_refusal(lambda: move_out.request_move_out(data.draw(spoiled(base_out)), by=tower.clerk))
