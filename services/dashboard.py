"""The figures of the desk's day for the dashboard; each area adds its own tiles' figures here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from models import Tenant, Unit
from services.access import Actor, require

LEASE_SOON_DAYS = 90


@dataclass(frozen=True)
class BuildingFigures:
    units: int
    occupied: int
    vacant: int
    fitting_out: int
    tenants: int
    leases_ending_soon: int


def building_figures(*, by: Actor, today: dt.date | None = None) -> BuildingFigures:
    """Units by state, active tenants, and leases ending within LEASE_SOON_DAYS — a few grouped counts."""
    require(by, "unit.view")
    today = today or dt.date.today()
    states = dict(Unit.select(Unit.status, fn.COUNT(Unit.id)).where(Unit.site == by.site_id)
                  .group_by(Unit.status).tuples())
    active = Tenant.select().where((Tenant.site == by.site_id) & (Tenant.status == "active"))
    ending = active.where(Tenant.lease_end.between(today, today + dt.timedelta(days=LEASE_SOON_DAYS)))
    return BuildingFigures(
        units=sum(states.values()), occupied=states.get("occupied", 0), vacant=states.get("vacant", 0),
        fitting_out=states.get("fitting_out", 0), tenants=active.count(), leases_ending_soon=ending.count(),
    )
