"""The request forms printed from the database: what the service gathers lands on paper, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest

from services import building, callbacks, request_prints, requests, tenants
from services.callbacks import CallbackInput
from services.errors import ValidationError
from services.requests import RequestInput, ResolveInput
from services.tenants import ContactInput, TenantInput
from tests.printouts.pdftools import pdf_text, squeeze

T = dt.datetime


@pytest.fixture
def tower(site):
    building.generate_units(building.GenerateInput(12, 12, 2, "120"), by=site.supervisor)
    site.tenant_id = tenants.create_tenant(TenantInput(
        name="深圳市前海云帆科技有限公司", units=["12F-1201"], contacts=[ContactInput("李雷", "13812345678")],
    ), by=site.clerk)
    return site


def _take(tower, **over) -> int:
    data = RequestInput(tenant_id=tower.tenant_id, unit_code="12F-1201", caller_name="李雷",
                        caller_phone="13812345678", received_at=T(2026, 3, 2, 10, 0))
    for key, value in over.items():
        setattr(data, key, value)
    return requests.take_request(data, by=tower.clerk)


def test_complaint_record_and_callback_list_from_the_database(tower, tmp_path):
    complaint = _take(tower, category="complaint", level="important", text="保安态度恶劣")
    requests.escalate(complaint, "客服主管 刘主管", by=tower.clerk, at=T(2026, 3, 2, 12, 0))  # 1 h late
    requests.hold(complaint, "业户出差", by=tower.clerk, at=T(2026, 3, 2, 13, 0))
    requests.resume(complaint, by=tower.clerk, at=T(2026, 3, 3, 9, 0))
    requests.resolve(complaint, ResolveInput(resolution="保安调岗并致歉"), by=tower.supervisor, at=T(2026, 3, 4, 9))
    requests.tell_outcome(complaint, "电话告知", by=tower.clerk, at=T(2026, 3, 4, 10, 0))
    path = tmp_path / "complaint.pdf"
    path.write_bytes(request_prints.print_complaint_record(complaint, by=tower.clerk))
    text = squeeze(pdf_text(path))
    for words in ("投诉处理记录表", "重要投诉", "保安态度恶劣", "深圳市前海云帆科技有限公司", "客服主管刘主管",
                  "2026-03-0211:00", "超时", "按时", "保安调岗并致歉", "2026-03-0213:00至2026-03-0309:00：业户出差",
                  "告知结果", "电话告知"):
        assert words in text, words

    repair = _take(tower, category="repair", repair_kind="other", text="插座没电")
    requests.dispatch(repair, technician="王师傅", appointment_at=T(2026, 3, 2, 14), by=tower.clerk,
                      at=T(2026, 3, 2, 10, 5))
    first = requests.resolve(repair, ResolveInput(work_done="更换插座"), by=tower.engineer, at=T(2026, 3, 2, 15))
    callbacks.record_callback(first, CallbackInput(False, "还是没电"), by=tower.clerk, at=T(2026, 3, 3, 9, 0))
    requests.resolve(repair, ResolveInput(work_done="更换线路"), by=tower.engineer, at=T(2026, 3, 3, 15))
    listing = tmp_path / "callbacks.pdf"
    listing.write_bytes(request_prints.print_callback_list(dt.date(2026, 3, 3), by=tower.clerk))
    text = squeeze(pdf_text(listing))
    assert "回访日期：2026-03-03" in text
    # Made that day (unsatisfied) and the second round, not yet due that day (due Mar 5): only the first.
    assert "不满意" in text and "还是没电" in text and "共1单，已回访1单" in text
    later = tmp_path / "later.pdf"
    later.write_bytes(request_prints.print_callback_list(dt.date(2026, 3, 5), by=tower.clerk))
    text = squeeze(pdf_text(later))
    assert "（第2次）" in text and "共1单，已回访0单，待回访1单" in text

    work_order = tmp_path / "work-order.pdf"
    work_order.write_bytes(request_prints.print_work_order(repair, by=tower.clerk))
    text = squeeze(pdf_text(work_order))
    assert "维修工作单" in text and "更换线路" in text and "返修次数1" in text and "王师傅" in text
    with pytest.raises(ValidationError) as exc:
        request_prints.print_work_order(complaint, by=tower.clerk)
    assert exc.value.code == "request.not_repair"
