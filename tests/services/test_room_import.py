"""Rooms imported from a sheet at set-up, as units are: good rows in, bad rows reported with the reason."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook

from models import Room
from services import rooms
from services.errors import PermissionDenied
from services.sheets import SheetError


def _sheet(tmp_path, rows, name="rooms.xlsx"):
    book = Workbook()
    sheet = book.active
    sheet.append(["会议室一览表"])  # a title above the header, as real sheets have
    sheet.append(["会议室名称", "楼层", "容纳人数", "设备", "布置方式", "单价", "开放时间", "关闭时间", "备注"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_rooms_sheet_imports_good_rows_and_reports_bad_ones(site, tmp_path):
    path = _sheet(tmp_path, [
        ["28F 董事会议室", "28F", 24, "视频会议、投影仪、麦克风", "会议桌式", 500, "08:00", "21:00", "需提前一天预订"],
        ["3F 培训室", "3F", 40, "投影，幕布", "课桌式/剧院式", "300", "7:30", "22:00", None],
        ["坏的会议室", "5F", 0, "投影仪", None, "-1", "九点", "18:00", None],
        ["28F 董事会议室", "28F", 10, None, None, None, None, None, None],
    ])
    preview = rooms.import_rooms(path, by=site.supervisor, commit=False)
    assert Room.select().count() == 0 and not preview.committed
    report = rooms.import_rooms(path, by=site.supervisor)
    assert report.accepted == [(3, "28F 董事会议室"), (4, "3F 培训室")] and report.committed
    assert sorted((r.row, r.field, r.code) for r in report.refused) == [
        (5, "opens", "room.time"), (6, "name", "room.name_taken")]
    board = rooms.get_room(Room.get(Room.name == "28F 董事会议室").id, by=site.clerk)
    assert (board.capacity, board.equipment, board.layouts, board.price_per_hour, board.note) == (
        24, ("projector", "microphones", "video_conference"), ("boardroom",), Decimal("500.00"), "需提前一天预订")
    training = rooms.get_room(Room.get(Room.name == "3F 培训室").id, by=site.clerk)
    assert (training.opens, training.closes, training.layouts) == (
        dt.time(7, 30), dt.time(22), ("theatre", "classroom"))
    # A row with a good time but bad values is refused for each of them.
    again = rooms.import_rooms(_sheet(tmp_path, [["坏的会议室", "5F", 0, "投影仪", None, "-1", "9:00", "8:00", None]],
                                      "bad.xlsx"), by=site.supervisor)
    assert {r.field: r.code for r in again.refused} == {
        "capacity": "room.capacity_range", "price_per_hour": "room.price", "closes": "room.hours_order"}
    assert not again.committed and Room.select().count() == 2


def test_a_sheet_without_the_needed_columns_is_refused_whole(site, tmp_path):
    path = tmp_path / "rooms.csv"
    path.write_text("名称,楼层\n会议室,3F\n", encoding="utf-8")
    with pytest.raises(SheetError) as exc:
        rooms.import_rooms(path, by=site.supervisor)
    assert exc.value.code == "sheet.missing_columns"
    with pytest.raises(PermissionDenied):
        rooms.import_rooms(path, by=site.clerk)
