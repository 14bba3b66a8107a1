"""Shared set-up for the move tests: a floor of units, a tenant about to move in, its keys; walking the steps."""
from __future__ import annotations

import datetime as dt

from services import building, move_in, move_out, tenants
from services.checklist import checklist
from services.goods import ItemInput, PassInput
from services.key_register import KeyInput, create_key
from services.move_in import AcceptanceInput, HandoverInput, InspectionInput, ItemResult, MoveInInput, RegistrationInput
from services.moves import MeterInput
from tests.keyfixtures import signature_png


def move_set(site) -> dict[str, int]:
    """Units 12F-1201..1203 (vacant), a tenant holding none yet, the keys of 12F-1201 on one ring."""
    sup = site.supervisor
    building.generate_units(building.GenerateInput(12, 12, 3, "120"), by=sup)
    tenant_id = tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司"), by=sup)
    door = create_key(KeyInput("12F-1201 门钥匙", "vacant_unit", "12F-1201", "", 2, "A", "001", ring="12F-1201 套"),
                      by=sup)
    mailbox = create_key(KeyInput("12F-1201 信箱", "mailbox", "12F-1201", "", 1, "A", "002", ring="12F-1201 套"),
                         by=sup)
    return {"tenant": tenant_id, "door": door, "mailbox": mailbox}


def meters(**changes) -> MeterInput:
    base = MeterInput(water="123.4", electricity="5678.9", gas="", tenant_by="李雷", desk_confirmed=True)
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def all_ok(by, *, bad: int = 0) -> InspectionInput:
    """Every checklist item answered; the first `bad` ones as defects with a note."""
    items = [i for area in checklist(by=by) for i in area.items]
    return InspectionInput([ItemResult(i.id, n >= bad, "" if n >= bad else f"{i.name}有划痕")
                            for n, i in enumerate(items)], meters())


def start(site, ids, kind: str = "own", unit: str = "12F-1201") -> int:
    return move_in.start_move_in(MoveInInput(ids["tenant"], unit, kind, "李雷", "13812345678",
                                             dt.date.today()), by=site.clerk)


def walk_move_in(site, ids, *, defects: int = 0, until: str = "done") -> int:
    """A move-in of 12F-1201 taken step by step up to (not including) `until`."""
    by = site.clerk
    move_id = start(site, ids)
    steps = [
        ("papers", lambda v: move_in.verify_papers(move_id, ["id_copy", "move_in_notice", "lease"], version=v, by=by)),
        ("registration", lambda v: move_in.record_registration(move_id, RegistrationInput(True, True), version=v,
                                                               by=by)),
        ("inspection", lambda v: move_in.record_inspection(move_id, all_ok(by, bad=defects), version=v, by=by)),
        ("acceptance", lambda v: _accept(move_id, v, by)),
        ("handover", lambda v: move_in.hand_over(move_id, handover(ids), version=v, by=by)),
    ]
    version = 1
    for step, do in steps:
        if step == until:
            break
        version = do(version)
    return move_id


def _accept(move_id: int, version: int, by) -> int:
    for d in move_in.get_move_in(move_id, by=by).defects:
        move_in.fix_defect(d.id, by=by)
    return move_in.record_acceptance(move_id, AcceptanceInput(dt.date.today(), "李雷"), version=version, by=by)


def handover(ids, **changes) -> HandoverInput:
    base = HandoverInput([ids["door"]], "李雷", "13812345678", signature_png(), True, True, "3600")
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def goods(**changes) -> PassInput:
    base = PassInput(None, "12F-1201", "张师傅", "13912345678", "粤B12345", dt.date.today(), dt.time(0, 0),
                     dt.time(23, 59), "退租搬离", [ItemInput("办公桌", 4, "张"), ItemInput("文件柜", 2, "个")])
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def request(site, ids, arrears: str = "0") -> int:
    return move_out.request_move_out(move_out.MoveOutInput(ids["tenant"], "12F-1201",
                                                           dt.date.today() + dt.timedelta(days=7), "租约到期", arrears),
                                     by=site.clerk)
