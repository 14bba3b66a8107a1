"""Meter readings (抄表): each held unit's water and electricity meters read monthly, a jump over the site's
factor times the three-month average refused until the clerk confirms it."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from models import Tenant, TenantUnit, Unit, db
from models.fees import Bill, BillLine, MeterReading
from services import settings
from services.access import Actor, require
from services.audit import record
from services.charge_items import _item
from services.errors import Problems, ValidationError
from services.money import ZERO, add_months, cents, month_start, parse_quantity, total

METERS = {"water": "WATER", "power": "POWER"}  # meter -> the charge item billed from it


@dataclass
class ReadingInput:
    unit_code: str
    reading: str
    confirm_jump: bool = False  # the clerk looked at the warning and says the figure is right


@dataclass(frozen=True)
class GridRow:
    """One unit's line on the readings grid."""

    unit_id: int
    unit_code: str
    tenant: str
    previous: Decimal | None
    reading: Decimal | None
    usage: Decimal | None
    average: Decimal | None  # of the last three months' use: what a jump is measured against


def _history(site_id: int, meter: str, month: dt.date, unit_ids: list[int]) -> dict[int, list[MeterReading]]:
    """Each unit's readings before `month`, newest first (the last year is enough for previous and average)."""
    out: dict[int, list[MeterReading]] = defaultdict(list)
    query = (MeterReading.select().where(
        (MeterReading.site == site_id) & (MeterReading.meter == meter) & (MeterReading.month < month)
        & (MeterReading.month >= add_months(month, -12)) & MeterReading.unit.in_(unit_ids))
        .order_by(MeterReading.month.desc()))
    for r in query:
        out[r.unit_id].append(r)
    return out


def _average(history: list[MeterReading]) -> Decimal | None:
    # The first reading of a unit is its baseline (use 0): it says nothing about a normal month.
    used = [cents(r.usage) for r in history[:3] if r.usage > 0]
    return (total(used) / len(used)).quantize(Decimal("0.01")) if used else None


def _held_units(site_id: int) -> list[tuple[int, str, str]]:
    """(unit id, code, tenant name) of every unit an active tenant holds now, in code order."""
    return list(Unit.select(Unit.id, Unit.code, Tenant.name).join(TenantUnit).join(Tenant)
                .where((Unit.site == site_id) & TenantUnit.until.is_null() & (Tenant.status == "active"))
                .order_by(Unit.code).tuples())


def meter_grid(month: dt.date, meter: str, *, by: Actor) -> list[GridRow]:
    """The readings grid of a month: every held unit, its previous reading, this month's if entered."""
    require(by, "fees.view")
    month = month_start(month)
    units = _held_units(by.site_id)
    ids = [u[0] for u in units]
    history = _history(by.site_id, meter, month, ids)
    this = {r.unit_id: r for r in MeterReading.select().where(
        (MeterReading.site == by.site_id) & (MeterReading.meter == meter) & (MeterReading.month == month))}
    rows = []
    for unit_id, code, tenant in units:
        past = history.get(unit_id, [])
        now_r = this.get(unit_id)
        rows.append(GridRow(unit_id, code, tenant, cents(past[0].reading) if past else None,
                            cents(now_r.reading) if now_r else None, cents(now_r.usage) if now_r else None,
                            _average(past)))
    return rows


def record_readings(month: dt.date, meter: str, readings: list[ReadingInput], *, by: Actor) -> int:
    """Save a month's readings of one meter kind, all or nothing; a jump over the site's factor times the
    three-month average is refused until confirmed. Returns how many were saved."""
    require(by, "fees.read_meters")
    if meter not in METERS:
        raise ValidationError("meter", "fees.meter")
    month = month_start(month)
    problems = Problems()
    units = {code: uid for uid, code, _ in _held_units(by.site_id)}
    factor = Decimal(int(settings.get(by.site_id, "fees.jump_factor")))
    wanted: list[tuple[int, int, Decimal]] = []
    for i, r in enumerate(readings):
        if not str(r.reading).strip():
            continue  # not read yet: the row stays empty
        code = r.unit_code.strip().upper()
        if code not in units:
            problems.add(f"readings[{i}].unit", "fees.unit_not_held", unit=code)
            continue
        value = parse_quantity(r.reading)
        if value is None:
            problems.add(f"readings[{i}].reading", "fees.reading")
            continue
        wanted.append((i, units[code], value))
    history = _history(by.site_id, meter, month, [w[1] for w in wanted])
    billed = set(BillLine.select(BillLine.unit_code).join(Bill).where(
        (Bill.site == by.site_id) & (Bill.month == month) & (Bill.status == "issued")
        & (BillLine.item == _item(by.site_id, METERS[meter]))).tuples())
    rows = []
    for i, unit_id, value in wanted:
        past = history.get(unit_id, [])
        previous = cents(past[0].reading) if past else None
        usage = value - previous if previous is not None else ZERO
        code = readings[i].unit_code.strip().upper()
        if (code,) in billed:
            problems.add(f"readings[{i}].reading", "fees.reading_billed", unit=code)
        elif previous is not None and value < previous:
            problems.add(f"readings[{i}].reading", "fees.reading_back", previous=str(previous))
        else:
            average = _average(past)
            jump = average is not None and usage > factor * average
            if jump and not readings[i].confirm_jump:
                problems.add(f"readings[{i}].reading", "fees.reading_jump", usage=str(usage), average=str(average),
                             factor=int(factor))
            rows.append({"site": by.site_id, "unit": unit_id, "meter": meter, "month": month, "reading": value,
                         "usage": usage, "jump_confirmed": bool(jump), "read_by": by.username})
    problems.raise_if_any()
    with db.atomic():
        MeterReading.delete().where((MeterReading.meter == meter) & (MeterReading.month == month)
                                    & MeterReading.unit.in_([r["unit"] for r in rows])).execute()
        for chunk in range(0, len(rows), 200):
            MeterReading.insert_many(rows[chunk:chunk + 200]).execute()
        record(by, "record", "meter_reading", None, after={
            "meter": meter, "month": month.isoformat(), "count": len(rows),
            "jumps_confirmed": [r["unit"] for r in rows if r["jump_confirmed"]]})
    return len(rows)


