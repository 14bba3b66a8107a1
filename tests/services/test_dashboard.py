"""Dashboard figures come from the registry's own records."""
from __future__ import annotations

import datetime as dt

from services import building, dashboard, tenants
from services.tenants import TenantInput


def test_building_figures(site):
    building.generate_units(building.GenerateInput(1, 2, 5, "100"), by=site.supervisor)
    today = dt.date.today()
    tenants.create_tenant(TenantInput(name="甲公司", units=["1F-101", "1F-102"], lease_start=today,
                                      lease_end=today + dt.timedelta(days=30)), by=site.clerk)
    tenants.create_tenant(TenantInput(name="乙公司", units=["2F-201"], lease_end=today + dt.timedelta(days=400)),
                          by=site.clerk)
    figures = dashboard.building_figures(by=site.clerk)
    assert figures == dashboard.BuildingFigures(10, 3, 7, 0, 2, 1)
    soon = tenants.search_tenants(by=site.clerk, lease_ending_within=90).items
    assert [t.name for t in soon] == ["甲公司"]
