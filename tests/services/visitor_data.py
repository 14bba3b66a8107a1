"""A small tower with one tenant and the check-in input the visitor tests start from."""
from __future__ import annotations

import datetime as dt

import pytest

from services import building, tenants
from services.visitors import VisitInput

ID = "11010519491231002X"  # a valid GB 11643 number
AT = dt.datetime(2026, 5, 12, 9, 30)


def furnish(site):
    """Floor 12 (four units) and a tenant in 12F-1201 on a test site."""
    building.generate_units(building.GenerateInput(12, 12, 4, "120"), by=site.supervisor)
    site.tenant_id = tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"]),
                                           by=site.clerk)
    return site


def visit(tower, **kw) -> VisitInput:
    base = dict(name="张伟", id_number=ID, phone="13812345678", company="华为", host_tenant_id=tower.tenant_id,
                purpose="商务洽谈", party_size=2)
    base.update(kw)
    return VisitInput(**base)


@pytest.fixture(name="tower")
def tower_fixture(site):
    """The `site` fixture, furnished."""
    return furnish(site)
