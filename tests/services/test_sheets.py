"""Tests for services.sheets: reading .xlsx and .csv import sheets into rows."""

from __future__ import annotations

import os
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from services.sheets import SheetError, SheetRows, clean_cell, read_sheet

UNIT_COLUMNS = {
    "code": ("单元", "单元号", "unit", "code"),
    "floor": ("楼层", "floor"),
    "area": ("面积", "面积(m²)", "area"),
    "status": ("状态", "status"),
}


def write_xlsx(path: Path, rows: list[list[object]], *, title: str = "单元") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, lines: list[str], encoding: str) -> Path:
    # Excel ends CSV lines with CRLF.
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def values(sheet: SheetRows) -> list[tuple[int, dict[str, str | None]]]:
    return [(row.number, row.values) for row in sheet]


def test_xlsx_with_a_title_above_the_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "units.xlsx", [
        ["金融中心 单元清单"],
        [],
        ["单元号", " 楼层 ", "面积（m²）", "备注"],
        ["12F-1205", 12, 85.5, "朝南"],
        [None, None, None, None],
        ["12F-1206", 12, 120.0, None],
        ["  ", "", None, None],
        ["13F-1301", 13.0, Decimal("99.90"), None],
    ])
    sheet = read_sheet(path, UNIT_COLUMNS, required=("code", "area"))
    assert sheet.header_row == 3
    assert sheet.headers == {"code": "单元号", "floor": "楼层", "area": "面积（m²）"}
    assert values(sheet) == [
        (4, {"code": "12F-1205", "floor": "12", "area": "85.5", "status": None}),
        (6, {"code": "12F-1206", "floor": "12", "area": "120", "status": None}),
        (8, {"code": "13F-1301", "floor": "13", "area": "99.9", "status": None}),
    ]
    assert len(sheet) == 3
    assert sheet.rows[0]["code"] == "12F-1205"
    assert sheet.rows[0].get("status", "vacant") == "vacant"


def test_xlsx_row_numbers_count_rows_with_nothing_in_them(tmp_path: Path) -> None:
    # Excel writes no XML for empty rows; the numbers must still be the ones the user sees.
    workbook = Workbook()
    sheet = workbook.active
    sheet["B3"], sheet["C3"] = "单元", "面积"
    sheet["B6"], sheet["C6"] = "1F-101", 30
    path = tmp_path / "gaps.xlsx"
    workbook.save(path)
    result = read_sheet(path, UNIT_COLUMNS)
    assert result.header_row == 3
    assert [(row.number, row["code"], row["area"]) for row in result] == [(6, "1F-101", "30")]


def test_xlsx_english_headers_in_any_case_and_any_order(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "units.xlsx", [
        ["AREA", "Status", " Unit "],
        [60, "vacant", "3F-301"],
    ])
    sheet = read_sheet(path, UNIT_COLUMNS)
    assert values(sheet) == [
        (2, {"code": "3F-301", "floor": None, "area": "60", "status": "vacant"}),
    ]


def test_xlsx_dates_times_and_odd_numbers(tmp_path: Path) -> None:
    columns = {"name": ("名称",), "start": ("开始",), "at": ("时间",), "fee": ("费用",),
               "flag": ("标志",)}
    path = write_xlsx(tmp_path / "leases.xlsx", [
        ["名称", "开始", "时间", "费用", "标志"],
        ["甲", date(2024, 3, 1), datetime(2024, 3, 1, 9, 30), 85.3, True],
        ["乙", datetime(2024, 12, 31), time(18, 0), 1234567890123, False],
        ["丙", "2024/3/1", "9:30", "  1,200.00 ", None],
    ])
    sheet = read_sheet(path, columns)
    assert [row.values for row in sheet] == [
        {"name": "甲", "start": "2024-03-01", "at": "2024-03-01 09:30:00",
         "fee": "85.3", "flag": "TRUE"},
        {"name": "乙", "start": "2024-12-31", "at": "18:00:00", "fee": "1234567890123",
         "flag": "FALSE"},
        # text cells are only trimmed: parsing them is the import service's business
        {"name": "丙", "start": "2024/3/1", "at": "9:30", "fee": "1,200.00", "flag": None},
    ]


def test_xlsx_formula_cells_give_no_formula_text(tmp_path: Path) -> None:
    # openpyxl writes no cached value, so the reader must not hand back "=B2*2".
    path = write_xlsx(tmp_path / "f.xlsx", [["单元", "面积"], ["1F-101", "=1+1"]])
    assert [row.values["area"] for row in read_sheet(path, UNIT_COLUMNS)] == [None]


def test_xlsx_named_sheet(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["说明：第二页是数据"])
    data = workbook.create_sheet("数据")
    data.append(["单元", "面积"])
    data.append(["2F-201", 50])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    assert values(read_sheet(path, UNIT_COLUMNS, sheet="数据")) == [
        (2, {"code": "2F-201", "floor": None, "area": "50", "status": None}),
    ]
    with pytest.raises(SheetError) as excinfo:
        read_sheet(path, UNIT_COLUMNS, sheet="没有")
    assert excinfo.value.code == "sheet.no_sheet"


def test_xlsx_is_closed_after_reading(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "u.xlsx", [["单元"], ["1F-101"]])
    read_sheet(path, UNIT_COLUMNS)
    # On Windows an open read-only workbook would block this rename.
    os.replace(path, tmp_path / "moved.xlsx")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk", "gb18030", "utf-16"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "units.csv", [
        "单元号,楼层,面积(m²),状态" if encoding not in ("gbk",) else "单元号,楼层,面积,状态",
        "12F-1205,12,85.5,空置",
        ",,,",
        '"13F-1301, 东",13,"120",已入驻',
    ], encoding)
    sheet = read_sheet(path, UNIT_COLUMNS, required=("code",))
    assert sheet.header_row == 1
    assert values(sheet) == [
        (2, {"code": "12F-1205", "floor": "12", "area": "85.5", "status": "空置"}),
        (4, {"code": "13F-1301, 东", "floor": "13", "area": "120", "status": "已入驻"}),
    ]


def test_gbk_csv_with_header_on_row_three_and_tabs(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "租户.txt", [
        "业户导入表",
        "",
        "名称\t信用代码\t联系人",
        "深圳市腾讯计算机系统有限公司\t91440300708461136T\t张三",
    ], "gbk")
    columns = {"name": ("名称", "业户名称"), "uscc": ("信用代码", "统一社会信用代码"),
               "contact": ("联系人",)}
    sheet = read_sheet(path, columns)
    assert values(sheet) == [
        (4, {"name": "深圳市腾讯计算机系统有限公司", "uscc": "91440300708461136T",
             "contact": "张三"}),
    ]


def test_short_csv_rows_give_none_for_missing_cells(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", ["单元,楼层,面积", "1F-101"], "utf-8")
    assert values(read_sheet(path, UNIT_COLUMNS)) == [
        (2, {"code": "1F-101", "floor": None, "area": None, "status": None}),
    ]


def test_header_with_stars_and_spaces(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "u.csv", ["单 元 号*,ＡＲＥＡ", "1F-101,30"], "utf-8-sig")
    assert values(read_sheet(path, UNIT_COLUMNS, required=("code", "area"))) == [
        (2, {"code": "1F-101", "floor": None, "area": "30", "status": None}),
    ]


def test_missing_required_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "u.xlsx", [["单元号", "楼层"], ["1F-101", 1]])
    with pytest.raises(SheetError) as excinfo:
        read_sheet(path, UNIT_COLUMNS, required=("code", "area", "status"))
    assert excinfo.value.code == "sheet.missing_columns"
    assert excinfo.value.missing == ("area", "status")
    assert excinfo.value.detail == "面积, 状态"


def test_no_header_in_the_first_ten_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [[f"说明 {n}"] for n in range(10)]
    rows += [["单元", "面积"], ["1F-101", 30]]
    path = write_xlsx(tmp_path / "u.xlsx", rows)
    with pytest.raises(SheetError) as excinfo:
        read_sheet(path, UNIT_COLUMNS)
    assert excinfo.value.code == "sheet.no_header"


@pytest.mark.parametrize("name", ["empty.xlsx", "empty.csv"])
def test_empty_sheet_has_no_header(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".xlsx"):
        write_xlsx(path, [])
    else:
        path.write_bytes(b"")
    with pytest.raises(SheetError) as excinfo:
        read_sheet(path, UNIT_COLUMNS)
    assert excinfo.value.code == "sheet.no_header"


def test_header_only_gives_no_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "u.xlsx", [["单元", "面积"], [None, None]])
    sheet = read_sheet(path, UNIT_COLUMNS)
    assert sheet.rows == []
    assert sheet.header_row == 1


def test_corrupt_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.xlsx"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(SheetError) as excinfo:
        read_sheet(path, UNIT_COLUMNS)
    assert excinfo.value.code == "sheet.unreadable"


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not excel")
    with pytest.raises(SheetError) as excinfo:
        read_sheet(path, UNIT_COLUMNS)
    assert excinfo.value.code == "sheet.unreadable"


def test_binary_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(SheetError) as excinfo:
        read_sheet(path, UNIT_COLUMNS)
    assert excinfo.value.code in ("sheet.unreadable", "sheet.no_header")


def test_missing_file(tmp_path: Path) -> None:
    for name in ("nope.xlsx", "nope.csv"):
        with pytest.raises(SheetError) as excinfo:
            read_sheet(tmp_path / name, UNIT_COLUMNS)
        assert excinfo.value.code == "sheet.unreadable"


@pytest.mark.parametrize("name", ["old.xls", "units.ods", "noext"])
def test_unsupported_format(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"x")
    with pytest.raises(SheetError) as excinfo:
        read_sheet(path, UNIT_COLUMNS)
    assert excinfo.value.code == "sheet.format"


def test_str_path_is_accepted(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "U.CSV", ["code", "A-1"], "utf-8")
    assert [row.values["code"] for row in read_sheet(str(path), UNIT_COLUMNS)] == ["A-1"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None), ("", None), ("  ", None), (" a ", "a"), (0, "0"), (12, "12"),
        (12.0, "12"), (-3.0, "-3"), (85.3, "85.3"), (0.1 + 0.2, "0.30000000000000004"),
        (1e-7, "0.0000001"), (1e20, "100000000000000000000"),
        (Decimal("120.500"), "120.5"), (Decimal(100), "100"), (Decimal("1E+2"), "100"),
        (True, "TRUE"), (date(2024, 2, 29), "2024-02-29"),
        (datetime(2024, 2, 29, 0, 0), "2024-02-29"),
        (datetime(2024, 2, 29, 8, 59, 59, 999_000), "2024-02-29 09:00:00"),
        (time(7, 5), "07:05:00"),
    ],
)
def test_clean_cell(value: object, expected: str | None) -> None:
    assert clean_cell(value) == expected
