"""Shared set-up for the front desk's mail, lending and lobby-check tests: two floors of units, three tenants."""
from __future__ import annotations

import datetime as dt

from services import building, tenants
from services.lending import ItemInput, LendInput, save_item
from services.mail import ArrivalInput
from tests.keyfixtures import signature_png


def desk_set(site) -> dict[str, int]:
    """Units 11F-1101..1102 and 12F-1201..1202; tenants 云帆 (12F-1201, 12F-1202), 海岸 (11F-1101), 蓝鲸 (11F-1102);
    an umbrella pool of 3 and a tagged luggage trolley. Returns name -> id."""
    sup = site.supervisor
    building.generate_units(building.GenerateInput(11, 12, 2, "120"), by=sup)
    ids = {
        "yunfan": tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司",
                                                            units=["12F-1201", "12F-1202"]), by=sup),
        "haian": tenants.create_tenant(tenants.TenantInput(name="海岸律师事务所", units=["11F-1101"]), by=sup),
        "lanjing": tenants.create_tenant(tenants.TenantInput(name="蓝鲸数据有限公司", units=["11F-1102"]), by=sup),
        "umbrella": save_item(ItemInput("长柄雨伞", "umbrella", "", 3, "", ""), by=sup),
        "trolley": save_item(ItemInput("行李车 T-02", "trolley", "T-02", 1, "200", ""), by=sup),
    }
    return ids


def arrival(tenant_id: int, tracking: str, **changes) -> ArrivalInput:
    base = ArrivalInput(tenant_id=tenant_id, kind="parcel", recipient="王小姐", sender="京东自营", courier="顺丰",
                        tracking=tracking, count=1, shelf="A")
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def lend_input(item_id: int, **changes) -> LendInput:
    base = LendInput(item_id=item_id, quantity=1, borrower="李先生", phone="13912345678",
                     due_at=dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=4),
                     signature=signature_png())
    for name, value in changes.items():
        setattr(base, name, value)
    return base
