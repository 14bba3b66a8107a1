"""A small fee-paying tower for the fee tests: two tenants on units of known areas, readings, one charge."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import TenantUnit, Unit
from services import building, fees, meters, tenants
from services.meters import ReadingInput
from services.tenants import TenantInput

MARCH = dt.date(2026, 3, 1)


@dataclass
class FeeTower:
    site: object
    a: int  # 甲: 12F-1201 (100.55 m²) and 12F-1202 (80.00 m²)
    b: int  # 乙: 12F-1203 (120.33 m²)

    def __getattr__(self, role: str):
        return getattr(self.site, role)


def fee_tower(site) -> FeeTower:
    building.generate_units(building.GenerateInput(12, 12, 3, "100"), by=site.supervisor)
    for code, area in (("12F-1201", "100.55"), ("12F-1202", "80.00"), ("12F-1203", "120.33")):
        Unit.update(area=Decimal(area)).where(Unit.code == code).execute()
    a = tenants.create_tenant(TenantInput(name="甲科技有限公司", units=["12F-1201", "12F-1202"]), by=site.clerk)
    b = tenants.create_tenant(TenantInput(name="乙贸易有限公司", units=["12F-1203"]), by=site.clerk)
    TenantUnit.update(since=dt.date(2025, 1, 1)).execute()  # held long before the months billed here
    return FeeTower(site, a, b)


def read(tower: FeeTower, month: dt.date, meter: str, values: dict[str, str], confirm: tuple[str, ...] = ()) -> int:
    return meters.record_readings(month, meter, [ReadingInput(code, v, code in confirm) for code, v in values.items()],
                                by=tower.clerk)


def issued_march(tower: FeeTower) -> list[int]:
    """February readings as the baseline, March readings, then March run, checked and issued on 1 April."""
    read(tower, dt.date(2026, 2, 1), "water", {"12F-1201": "100", "12F-1202": "50", "12F-1203": "10"})
    read(tower, MARCH, "water", {"12F-1201": "112.5", "12F-1202": "53", "12F-1203": "30"})
    read(tower, dt.date(2026, 2, 1), "power", {"12F-1201": "1000", "12F-1202": "500", "12F-1203": "100"})
    read(tower, MARCH, "power", {"12F-1201": "1333.3", "12F-1202": "700", "12F-1203": "350"})
    fees.run_month(MARCH, by=tower.clerk)
    ids = [r.id for r in fees.bills_of_month(MARCH, by=tower.clerk)]
    fees.check_bills(ids, by=tower.supervisor)
    fees.issue_bills(ids, by=tower.supervisor, today=dt.date(2026, 4, 1))
    return ids
