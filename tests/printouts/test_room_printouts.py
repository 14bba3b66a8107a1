"""The room area's printouts, made from real bookings and read back with pdftotext, pdfinfo and zbarimg."""
from __future__ import annotations

import datetime as dt

import pytest

from services import bookings, room_attendance, room_charges, room_prints, settings
from services.bookings import RepeatInput
from services.room_charges import ServiceInput
from services.samples import SAMPLES, render_samples
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, squeeze
from tests.services.rooms_setup import DAY, NOW, booking, make_rooms, make_tenant

A4_POINTS = (595.28, 841.89)


@pytest.fixture
def booked(sqlite_site):
    site = sqlite_site
    rooms = make_rooms(site)
    tenant = make_tenant(site)
    series = bookings.create_booking(
        booking(rooms["mid"], "09:00", "11:00", tenant_id=tenant, layout="u_shape",
                services=["tea_water", "flowers", "name_plates"]),
        by=site.clerk, at=NOW, repeat=RepeatInput(weeks=3))
    bookings.create_booking(booking(rooms["mid"], "14:00", "15:30", organiser="韩梅梅", purpose="客户洽谈"),
                            by=site.clerk, at=NOW)
    return site, rooms, tenant, series


def test_booking_confirmation_names_the_room_time_organiser_and_rules(booked, save, tmp_path):
    site, _rooms, _tenant, series = booked
    pdf = save(room_prints.print_confirmation(series.ids[0], by=site.clerk), "confirmation.pdf")
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    for words in ("会议室预订确认单", series.numbers[0], "中会议室B（12F）", "2031-03-12（周三）09:00–11:00",
                  "深圳市云帆科技有限公司", "李雷13812345678", "U形", "茶水、台花、桌牌", "每周三，共3周3次",
                  "开始后15分钟仍未签到", "预留15分钟", "预订人签字"):
        assert words in text, words
    assert decode_codes(pdf, tmp_path) == [series.numbers[0]]


def test_door_schedule_lists_the_day_and_carries_the_rooms_qr(booked, save, tmp_path):
    site, rooms, _tenant, _series = booked
    pdf = save(room_prints.print_day_schedule(rooms["mid"], DAY, by=site.clerk), "door.pdf")
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    for words in ("会议室当日安排", "中会议室B", "2031年03月12日星期三", "容纳：16人", "投影仪、幕布",
                  "09:00–11:00", "季度例会", "14:00–15:30", "客户洽谈", "物业内部韩梅梅"):
        assert words in text, words
    assert text.index("09:00–11:00") < text.index("14:00–15:30")
    assert decode_codes(pdf, tmp_path) == [f"ROOM-{rooms['mid']:04d}"]
    empty = save(room_prints.print_day_schedule(rooms["small"], DAY, by=site.clerk), "empty.pdf")
    assert "今日无预订" in pdf_text(empty)


def test_service_record_and_statement_show_the_charge_beyond_the_quota(booked, save, tmp_path):
    site, _rooms, tenant, series = booked
    settings.update_settings({"rooms.free_hours_per_month": 3}, by=site.manager)
    for i, booking_id in enumerate(series.ids[:2]):
        room_attendance.check_in(booking_id, by=site.clerk,
                                 at=dt.datetime.combine(DAY + dt.timedelta(weeks=i), dt.time(9)))
        room_charges.finish_booking(booking_id, ServiceInput("茶水 12 杯、台花", "投影仪", "激光笔丢失", "准时结束"),
                                    by=site.steward)
    record = save(room_prints.print_service_record(series.ids[1], by=site.clerk), "service.pdf")
    text = squeeze(pdf_text(record))
    for words in ("会议服务记录表", "茶水12杯、台花", "激光笔丢失", "2.00小时", "免费时长1.00小时", "计费时长1.00小时",
                  "150.00元/小时", "应收金额150.00元", "会务服务员", "使用单位确认", "测试steward"):
        assert words in text, words
    assert decode_codes(record, tmp_path) == [series.numbers[1]]
    statement = save(room_prints.print_statement(tenant, "2031-03", by=site.clerk), "statement.pdf")
    text = squeeze(pdf_text(statement))
    for words in ("会议室使用月结单", "深圳市云帆科技有限公司", "2031年3月", "每月免费时长3.00小时", "使用次数2次",
                  "使用时长4.00小时", "计费时长1.00小时", "应收合计150.00元", series.numbers[0], series.numbers[1],
                  "合计4.003.001.00150.00"):
        assert words in text, words
    assert decode_codes(statement, tmp_path) == [f"HYJ-203103-{tenant:04d}"]


def test_every_room_sample_renders_from_the_demo(sqlite_db, tmp_path):
    from models import User
    from services import demo
    from services.auth import actor_of

    result = demo.fill_demo()
    assert {"booking-confirmation", "room-day-schedule", "meeting-service-record", "room-statement"} <= set(SAMPLES)
    admin = actor_of(User.get((User.site == result.site_id) & (User.username == "admin")))
    written, missing = render_samples(tmp_path / "samples", by=admin)
    assert missing == {}
    files = {p.stem: p for p in written}
    door = files["room-day-schedule"]
    assert decode_codes(door, tmp_path)[0].startswith("ROOM-")
    assert "应收合计" in pdf_text(files["room-statement"])
    assert "会议服务记录表" in squeeze(pdf_text(files["meeting-service-record"]))
