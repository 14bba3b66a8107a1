"""One unit (12F-1201) walked through every area with the areas' own services, for the history tests."""
from __future__ import annotations

import datetime as dt

from services import fitout, goods, mail, requests
from services.bookings import create_booking
from services.callbacks import CallbackInput, record_callback
from services.fitout_patrols import PatrolInput, close_notice, record_patrol
from services.key_register import KeyInput, create_key
from services.keys import lend_keys
from services.requests import RequestInput, ResolveInput
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
