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


def test_units_list_holders_filters_and_pages(site):
    """Each unit with its active holder, in floor order; code or floor-name search (wildcards literal), state, pages."""
    from services import tenants

    building.generate_units(building.GenerateInput(11, 12, 3, "120.5"), by=site.supervisor)
    building.add_unit(building.UnitInput("5F-501", "6F", "99"), by=site.supervisor)
    tenants.create_tenant(tenants.TenantInput(name="云帆科技", units=["12F-1201", "11F-1102"]), by=site.clerk)
    gone = tenants.create_tenant(tenants.TenantInput(name="旧租户", units=["11F-1103"]), by=site.clerk)
    tenants.cancel_tenant(gone, "录入错误", by=site.supervisor)
    page = building.search_units(by=site.clerk)
    assert [(r.code, r.floor, r.level, r.area, r.status, r.tenant) for r in page.items] == [
        ("5F-501", "6F", 6, Decimal("99.00"), "vacant", ""),
        ("11F-1101", "11F", 11, Decimal("120.50"), "vacant", ""),
        ("11F-1102", "11F", 11, Decimal("120.50"), "occupied", "云帆科技"),
        ("11F-1103", "11F", 11, Decimal("120.50"), "vacant", ""),
        ("12F-1201", "12F", 12, Decimal("120.50"), "occupied", "云帆科技"),
        ("12F-1202", "12F", 12, Decimal("120.50"), "vacant", ""),
        ("12F-1203", "12F", 12, Decimal("120.50"), "vacant", ""),
    ]
    assert all(r.version == 1 for r in page.items) and page.total == 7

    def codes(**search):
        return [r.code for r in building.search_units(by=site.clerk, **search).items]

    assert codes(text="6f") == ["5F-501"] and codes(text=" 1102 ") == ["11F-1102"]
    assert codes(text="12F") == ["12F-1201", "12F-1202", "12F-1203"]
    assert codes(text="_") == [] and codes(text="%") == [] and codes(text="没有") == []
    assert codes(status="occupied") == ["11F-1102", "12F-1201"] and codes(text="12", status="occupied") == ["12F-1201"]
    first, second = (building.search_units(by=site.clerk, page=p, page_size=4) for p in (0, 1))
    assert [r.code for r in first.items + second.items] == [r.code for r in page.items]
    assert (first.total, second.total, first.has_more, second.has_more) == (7, 7, True, False)


def test_import_units_reports_row_by_row_and_takes_only_good_rows(site, tmp_path):
    import openpyxl

    from services.sheets import SheetError

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某某大厦单元清单"])
    sheet.append(["单元号", "楼层", "面积(㎡)", "备注"])
    sheet.append(["12F-1201", "12F", 120.5, "朝南"])
    sheet.append(["12F-1202", None, 98, None])  # floor read from the code
    sheet.append(["12F-1201", "12F", 50, "重复"])
    sheet.append(["13F-1301", "十三", -5, None])
    sheet.append([None, None, None, None])
    sheet.append(["B1-01", "B1", "300", None])
    path = tmp_path / "units.xlsx"
    book.save(path)

    preview = building.import_units(path, by=site.supervisor, commit=False)
    assert preview.accepted == [(3, "12F-1201"), (4, "12F-1202"), (8, "B1-01")]
    assert [(r.row, r.field, r.code) for r in preview.refused] == [
        (5, "code", "unit.taken"), (6, "floor", "unit.floor"), (6, "area", "unit.area")]
    assert Unit.select().count() == 0 and not preview.committed

    report = building.import_units(path, by=site.supervisor)
    assert report.committed
    assert {u.code: (u.floor.name, u.area) for u in Unit.select()} == {
        "12F-1201": ("12F", Decimal("120.50")), "12F-1202": ("12F", Decimal("98.00")),
        "B1-01": ("B1", Decimal("300.00"))}
    # Importing the same sheet again refuses every row as taken and adds nothing.
    again = building.import_units(path, by=site.supervisor)
    assert again.accepted == [] and Unit.select().count() == 3

    csv_path = tmp_path / "bad.csv"
    csv_path.write_text("楼层,备注\n12F,x\n", encoding="utf-8")
    with pytest.raises(SheetError) as exc:
        building.import_units(csv_path, by=site.supervisor)
    assert exc.value.code == "sheet.missing_columns"
    with pytest.raises(PermissionDenied):
        building.import_units(path, by=site.clerk)
