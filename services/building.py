"""Floors and units: typed in, generated floor by floor, or imported from a sheet; unit list and state."""
from __future__ import annotations

import decimal
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from models import UNIT_STATES as UNIT_STATES  # re-exported: the UI lists unit states from here
from models import Floor, Tenant, TenantUnit, Unit, db
from models.prepared import containing, contains, hole
from services.access import Actor, require
from services.audit import changed, record, snapshot
from services.errors import NotFound, Problems
from services.paging import Page, PagedList
from services.records import save_versioned

UNIT_CODE = re.compile(r"^[A-Za-z0-9\-]{1,40}$")
MAX_AREA = Decimal("100000")


def floor_name(level: int) -> str:
    """Level 12 -> '12F', level -2 -> 'B2'."""
    return f"B{-level}" if level < 0 else f"{level}F"


def level_of(name: str) -> int | None:
    """'12F' / '12' / '12层' -> 12, 'B2' / '-2' -> -2; None if it is not a floor name."""
    text = name.strip().upper().removesuffix("层").removesuffix("F").removesuffix("L")
    if re.fullmatch(r"B\d{1,2}", text):
        return -int(text[1:])
    if re.fullmatch(r"-?\d{1,3}", text) and int(text) != 0:
        return int(text)
    return None


def parse_area(text: str) -> Decimal | None:
    """An area in m² (two decimals), or None if it is not a positive number within reason."""
    try:
        value = Decimal(str(text).strip().replace("㎡", "").replace("m²", "").replace(",", ""))
    except (decimal.InvalidOperation, ValueError):
        return None
    if not value.is_finite() or value <= 0 or value >= MAX_AREA:
        return None
    return value.quantize(Decimal("0.01"))


@dataclass
class UnitInput:
    """A unit as typed or read from one sheet row."""

    code: str = ""
    floor: str = ""
    area: str = ""
    note: str = ""


@dataclass
class GenerateInput:
    """Units generated floor by floor: floors first..last, `per_floor` units each, one area."""

    first_floor: int = 1
    last_floor: int = 1
    per_floor: int = 1
    area: str = ""
    skip_floors: list[int] = field(default_factory=list)


class UnitRow(NamedTuple):
    """One line of the units list. A named tuple: a page of 200 is made on every keystroke."""

    id: int
    code: str
    floor: str
    level: int
    area: Decimal
    status: str
    tenant: str
    version: int


def _floor(site_id: int, level: int) -> Floor:
    floor, _ = Floor.get_or_create(site=site_id, name=floor_name(level), defaults={"level": level})
    return floor


def check_unit(
    site_id: int, data: UnitInput, *, taken: set[str] | None = None
) -> tuple[Problems, int | None, Decimal | None]:
    """Every problem of one unit's input; also its floor level and area when they are good."""
    problems = Problems()
    code = data.code.strip().upper()
    if not code:
        problems.add("code", "required")
    elif not UNIT_CODE.match(code):
        problems.add("code", "unit.code")
    elif (taken is not None and code in taken) or Unit.select().where(
        (Unit.site == site_id) & (Unit.code == code)
    ).exists():
        problems.add("code", "unit.taken")
    level = level_of(data.floor) if data.floor.strip() else None
    if not data.floor.strip():
        problems.add("floor", "required")
    elif level is None:
        problems.add("floor", "unit.floor")
    area = parse_area(data.area) if str(data.area).strip() else None
    if not str(data.area).strip():
        problems.add("area", "required")
    elif area is None:
        problems.add("area", "unit.area")
    if len(data.note) > 500:
        problems.add("note", "too_long", maximum=500)
    return problems, level, area


def add_unit(data: UnitInput, *, by: Actor) -> int:
    require(by, "unit.edit")
    problems, level, area = check_unit(by.site_id, data)
    problems.raise_if_any()
    with db.atomic():
        unit = Unit.create(site=by.site_id, floor=_floor(by.site_id, level), code=data.code.strip().upper(),
                           area=area, note=data.note.strip())
        record(by, "create", "unit", unit.id, after=snapshot(unit))
    return unit.id


def generate_units(data: GenerateInput, *, by: Actor) -> int:
    """Create `per_floor` units on each floor as `<floor>F-<floor><nn>` (12F-1201 ...); return the count."""
    require(by, "unit.edit")
    problems = Problems()
    if not (-9 <= data.first_floor <= 200) or data.first_floor == 0:
        problems.add("first_floor", "unit.floor")
    if not (-9 <= data.last_floor <= 200) or data.last_floor == 0 or data.last_floor < data.first_floor:
        problems.add("last_floor", "unit.floor_range")
    if not (1 <= data.per_floor <= 99):
        problems.add("per_floor", "unit.per_floor")
    area = parse_area(data.area)
    if area is None:
        problems.add("area", "unit.area")
    problems.raise_if_any()
    count = 0
    with db.atomic():
        for level in range(data.first_floor, data.last_floor + 1):
            if level == 0 or level in data.skip_floors:
                continue
            floor = _floor(by.site_id, level)
            for n in range(1, data.per_floor + 1):
                code = f"{floor.name}-{abs(level)}{n:02d}" if level > 0 else f"{floor.name}-{n:02d}"
                if Unit.select().where((Unit.site == by.site_id) & (Unit.code == code)).exists():
                    continue
                unit = Unit.create(site=by.site_id, floor=floor, code=code, area=area)
                record(by, "create", "unit", unit.id, after=snapshot(unit))
                count += 1
    return count


def _unit_list(by_text: bool, by_status: bool):
    """The units list for one shape of search, each unit with the name of the active tenant holding it (one at
    most: a unit held is refused to another tenant)."""
    holder = (Tenant.select(Tenant.name).join(TenantUnit)
              .where((TenantUnit.unit == Unit.id) & TenantUnit.until.is_null() & (Tenant.status == "active"))
              .limit(1))
    query = (Unit.select(Unit.id, Unit.code, Floor.name, Floor.level, Unit.area, Unit.status, holder, Unit.version)
             .join(Floor).where(Unit.site == hole("site")))
    if by_text:
        query = query.where(contains(Unit.code, "anywhere") | (Floor.name == hole("upper")))
    if by_status:
        query = query.where(Unit.status == hole("status"))
    return query.order_by(Floor.level, Unit.code)


_UNIT_LIST = PagedList(_unit_list)
_new_row = tuple.__new__


def _unit_row(r: tuple) -> UnitRow:
    return _new_row(UnitRow, (r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7]))


def search_units(*, by: Actor, text: str = "", status: str = "", page: int = 0, page_size: int = 200) -> Page[UnitRow]:
    """Units by code or floor, in floor order, with who holds each."""
    require(by, "unit.view")
    given: dict = {"site": by.site_id}
    needle = text.strip().upper()
    if needle:
        given["anywhere"], given["upper"] = containing(needle), needle
    if status:
        given["status"] = status
    return _UNIT_LIST.page((bool(needle), bool(status)), given, page, page_size, _unit_row)


def update_unit(unit_id: int, data: UnitInput, *, version: int, by: Actor) -> None:
    """Change a unit's area, floor or note (its code stays: other records print it)."""
    require(by, "unit.edit", entity="unit", record_id=unit_id)
    unit = Unit.get_or_none((Unit.id == unit_id) & (Unit.site == by.site_id))
    if unit is None:
        raise NotFound("unit", unit_id)
    problems, level, area = check_unit(by.site_id, UnitInput("X", data.floor, data.area, data.note))
    problems.raise_if_any()
    before = snapshot(unit)
    with db.atomic():
        save_versioned(Unit, unit_id, version, {"floor": _floor(by.site_id, level), "area": area,
                                                "note": data.note.strip()}, by=by)
        b, a = changed(before, snapshot(Unit.get_by_id(unit_id)))
        record(by, "update", "unit", unit_id, before=b, after=a)


def floors(*, by: Actor) -> list[tuple[str, int]]:
    require(by, "unit.view")
    return [(f.name, f.level) for f in Floor.select().where(Floor.site == by.site_id).order_by(Floor.level)]


UNIT_COLUMNS = {
    "code": ("单元", "单元号", "单元编号", "房号", "unit", "code"),
    "floor": ("楼层", "层", "floor"),
    "area": ("面积", "建筑面积", "面积(m²)", "面积(㎡)", "面积m2", "area"),
    "note": ("备注", "说明", "note", "notes"),
}


@dataclass(frozen=True)
class RowRefusal:
    """Why one sheet row was not imported."""

    row: int
    field: str
    code: str
    params: dict
    unit: str = ""  # the unit code as the row has it, to show beside the reason


@dataclass(frozen=True)
class ImportReport:
    """What an import took and what it refused, row by row."""

    accepted: list[tuple[int, str]]
    refused: list[RowRefusal]
    committed: bool


def _floor_from_code(code: str) -> str:
    """'12F-1205' -> '12F'; 'B1-03' -> 'B1' (sheets often leave the floor column out)."""
    head = code.strip().upper().split("-")[0]
    return head if level_of(head) is not None else ""


def preview_units(path, *, site_id: int = 0) -> ImportReport:
    """Check a units sheet without storing anything (the wizard's preview, before the site exists)."""
    accepted, refused = _check_sheet(site_id, path)
    return ImportReport([(n, c) for n, c, *_ in accepted], refused, False)


def import_units(path, *, by: Actor, commit: bool = True) -> ImportReport:
    """Import units from an .xlsx/.csv sheet: every good row in one transaction, every bad row reported.

    With commit=False it only checks. A sheet that cannot be read raises SheetError; a row is never
    half-imported.
    """
    require(by, "unit.import")
    accepted, refused = _check_sheet(by.site_id, path)
    if commit and accepted:
        with db.atomic():
            for _, code, level, area, note in accepted:
                unit = Unit.create(site=by.site_id, floor=_floor(by.site_id, level), code=code, area=area, note=note)
                record(by, "create", "unit", unit.id, after=snapshot(unit), note="import")
    return ImportReport([(n, c) for n, c, *_ in accepted], refused, commit and bool(accepted))


def _check_sheet(site_id: int, path) -> tuple[list[tuple[int, str, int, Decimal, str]], list[RowRefusal]]:
    from services.sheets import read_sheet

    sheet = read_sheet(path, UNIT_COLUMNS, required=("code", "area"))
    accepted: list[tuple[int, str, int, Decimal, str]] = []
    refused: list[RowRefusal] = []
    taken: set[str] = set()
    for row in sheet:
        code = row.get("code", "")
        data = UnitInput(code=code, floor=row.get("floor") or _floor_from_code(code), area=row.get("area", ""),
                         note=row.get("note", ""))
        problems, level, area = check_unit(site_id, data, taken=taken)
        if problems.items:
            refused.extend(RowRefusal(row.number, p.field, p.code, p.params, (code or "").strip().upper())
                           for p in problems.items)
            continue
        taken.add(code.strip().upper())
        accepted.append((row.number, code.strip().upper(), level, area, data.note.strip()))
    return accepted, refused
