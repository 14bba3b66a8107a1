"""The work order, the complaint record and the callback list, read back with pdftotext, pdfinfo and zbarimg."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from printouts.requests import (
    CallbackLine,
    CallbackListSheet,
    ComplaintSheet,
    EventLine,
    RequestHead,
    StepLine,
    WorkOrderSheet,
    render_callback_list,
    render_complaint_record,
    render_work_order,
)
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, squeeze

A4_POINTS = (595.28, 841.89)
HEAD = RequestHead(
    number="KF-2026-0042", received_at=datetime(2026, 9, 29, 9, 5), channel="电话", kind="报修（渗漏）",
    tenant="深圳市前海云帆科技有限公司", unit="12F-1201", caller="李雷", phone="13812345678",
    text="卫生间天花板渗水，滴到工位上", suits_tenant="工作日 14:00 以后", owner="王小丽",
    source="movein:7/defect:3",
)


def test_work_order_for_the_technician_with_the_tenants_signature_line(save, letterhead, tmp_path):
    sheet = WorkOrderSheet(
        work_order_no="WX-2026-0042", head=HEAD, printed_at=datetime(2026, 9, 29, 9, 10),
        appointment_at=datetime(2026, 9, 29, 14, 0), technician="张师傅", dispatched_at=datetime(2026, 9, 29, 9, 8),
        reopen_count=1,
    )
    pdf = save(render_work_order(sheet, letterhead))
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    for words in ("维修工作单", "WX-2026-0042", "KF-2026-0042", "报修（渗漏）", "深圳市前海云帆科技有限公司",
                  "12F-1201", "李雷", "13812345678", "卫生间天花板渗水", "工作日14:00以后", "张师傅",
                  "2026-09-2914:00", "movein:7/defect:3", "维修记录", "所用材料", "业户签字确认", "维修人员",
                  "客服回访人", "□满意", "返修次数1"):
        assert words in text, words
    assert decode_codes(pdf, tmp_path) == ["WX-2026-0042"]


def test_complaint_record_shows_deadlines_met_and_missed_and_the_outcome(save, letterhead):
    sheet = ComplaintSheet(
        head=RequestHead(**{**HEAD.__dict__, "kind": "投诉（重大投诉）", "text": "电梯困人 40 分钟", "source": ""}),
        level="重大投诉", printed_at=datetime(2026, 10, 9, 10, 0),
        steps=[StepLine("上报", datetime(2026, 9, 29, 23, 59), datetime(2026, 9, 29, 9, 30), "按时"),
               StepLine("答复业户", datetime(2026, 10, 1, 23, 59), datetime(2026, 10, 2, 10, 0), "超时"),
               StepLine("处理完毕", datetime(2026, 10, 9, 23, 59), datetime(2026, 10, 8, 16, 0), "按时")],
        events=[EventLine(datetime(2026, 9, 29, 9, 5), "受理", "王小丽", "电梯困人 40 分钟"),
                EventLine(datetime(2026, 9, 29, 9, 30), "上报", "王小丽", "项目经理 陈经理")],
        escalated_to="项目经理 陈经理", reply="维保单位明日到场", resolution="更换控制板",
        outcome_told_at=datetime(2026, 10, 8, 17, 0), held="2026-09-30 10:00 至 2026-10-01 10:00：业户出差",
    )
    pdf = save(render_complaint_record(sheet, letterhead))
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    for words in ("投诉处理记录表", "重大投诉", "电梯困人40分钟", "上报", "答复业户", "超时", "处理完毕",
                  "项目经理陈经理", "维保单位明日到场", "更换控制板", "2026-10-0817:00", "业户出差",
                  "受理人", "客服主管", "业户确认"):
        assert words in text, words


def test_callback_list_has_a_line_per_repair_and_room_to_write_the_answer(save, letterhead):
    lines = [CallbackLine(f"WX-2026-{i:04d}", "云帆科技", f"12F-120{i % 9 + 1}", "李雷", "13812345678",
                          f"第 {i} 号维修：更换灯管", datetime(2026, 10, 8, 9, 0), datetime(2026, 10, 9, 23, 59),
                          "满意" if i % 3 == 0 else "", round=2 if i == 4 else 1) for i in range(1, 31)]
    pdf = save(render_callback_list(CallbackListSheet(date(2026, 10, 9), datetime(2026, 10, 9, 8, 0), lines),
                                    letterhead))
    assert page_count(pdf) >= 2 and page_size(pdf) == pytest.approx(A4_POINTS[::-1], abs=0.05)  # landscape
    text = squeeze(pdf_text(pdf))
    assert "回访清单" in text and "回访日期：2026-10-09" in text
    assert all(f"WX-2026-{i:04d}" in text for i in range(1, 31))
    assert "第2次" in text and "□满意□不满意" in text
    assert "共30单，已回访10单，待回访20单。" in text
    assert "回访人" in text and "第2页/共" in text
    empty = save(render_callback_list(CallbackListSheet(date(2026, 10, 9), datetime(2026, 10, 9, 8, 0)), letterhead),
                 "empty.pdf")
    assert "今日无待回访工单" in squeeze(pdf_text(empty))
