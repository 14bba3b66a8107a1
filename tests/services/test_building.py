"""Floors and units: generated, typed, listed, edited."""
from __future__ import annotations

from decimal import Decimal

import pytest

from models import Floor, Unit
from services import building
from services.errors import PermissionDenied, ValidationError


@pytest.mark.parametrize(("name", "level"), [("12F", 12), ("12", 12), ("12层", 12), ("B2", -2), ("-1", -1),
                                             ("0", None), ("F", None), ("屋顶", None)])
def test_floor_names(name, level):
    assert building.level_of(name) == level


@pytest.mark.parametrize(("text", "area"), [("120.5", Decimal("120.50")), ("1,200㎡", Decimal("1200.00")),
                                            ("0", None), ("-3", None), ("abc", None), ("NaN", None), ("1e9", None)])
def test_areas(text, area):
    assert building.parse_area(text) == area


def test_generate_units_floor_by_floor(site):
    count = building.generate_units(building.GenerateInput(-1, 3, 2, "88", skip_floors=[2]), by=site.supervisor)
    assert count == 6
    assert [u.code for u in Unit.select().order_by(Unit.id)] == [
        "B1-01", "B1-02", "1F-101", "1F-102", "3F-301", "3F-302"]
    assert [f.name for f in Floor.select().order_by(Floor.level)] == ["B1", "1F", "3F"]
    # Running it again adds nothing twice.
    assert building.generate_units(building.GenerateInput(1, 3, 2, "88"), by=site.supervisor) == 2


def test_clerk_cannot_change_the_building(site):
    with pytest.raises(PermissionDenied):
        building.add_unit(building.UnitInput("5F-501", "5F", "100"), by=site.clerk)


def test_add_and_edit_a_unit_with_checks(site):
    unit_id = building.add_unit(building.UnitInput("5f-501", "5", "100.456"), by=site.supervisor)
    unit = Unit.get_by_id(unit_id)
    assert (unit.code, unit.area, unit.floor.name) == ("5F-501", Decimal("100.46"), "5F")
    with pytest.raises(ValidationError) as exc:
        building.add_unit(building.UnitInput("5F-501", "五楼", "-1"), by=site.supervisor)
    assert exc.value.codes() == {"code": "unit.taken", "floor": "unit.floor", "area": "unit.area"}
    building.update_unit(unit_id, building.UnitInput(floor="6F", area="99", note="朝南"), version=1,
                         by=site.supervisor)
    rows = building.search_units(by=site.clerk, text="5F-501").items
    assert [(r.floor, r.area, r.version) for r in rows] == [("6F", Decimal("99.00"), 2)]
