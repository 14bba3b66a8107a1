"""Workers' passes: issued while the permit runs, masked IDs, valid until the permit ends, extended and
revoked with it; the gate's check; the permit and the passes read back from paper."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import Fitout, WorkerPass
from services import fitout, fitout_passes
from services.errors import ValidationError
from services.fitout_passes import WorkerInput
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, run, squeeze
from tests.services.fitout_fixtures import START, fitout_tower, to_permit, walk

A4 = (595.3, 841.9)


@pytest.fixture
def permitted(site):
    tenant = fitout_tower(site)
    return site, to_permit(site, tenant)


def _issue(site, fid):
    return fitout_passes.issue_passes(fid, [WorkerInput("张三", "11010519491231002X"),
                                            WorkerInput("李四", "", "深圳市安捷水电安装有限公司")], by=site.clerk)


def test_passes_issued_with_masked_ids_and_the_permits_end(permitted):
    site, fid = permitted
    numbers = _issue(site, fid)
    year = dt.date.today().year
    assert numbers == [f"SG-{year}-000001", f"SG-{year}-000002"]
    rows = fitout_passes.fitout_passes(fid, by=site.clerk)
    assert [(r.name, r.id_masked, r.company, r.valid_until) for r in rows] == [
        ("张三", "1101**********002X", "深圳市华匠装饰工程有限公司", dt.date(2027, 1, 14)),
        ("李四", "", "深圳市安捷水电安装有限公司", dt.date(2027, 1, 14))]
    assert "11010519491231002X" not in str([p.__data__ for p in WorkerPass.select()])


def test_bad_worker_refused_and_no_pass_lands(permitted):
    site, fid = permitted
    with pytest.raises(ValidationError) as exc:
        fitout_passes.issue_passes(
            fid, [WorkerInput("张三", "11010519491231002X"), WorkerInput(" ", "110105194912310022")], by=site.clerk)
    assert exc.value.codes() == {"workers[1].name": "required", "workers[1].id_number": "id.checksum"}
    assert WorkerPass.select().count() == 0


def test_no_passes_before_the_permit(site):
    tenant = fitout_tower(site)
    from tests.services.fitout_fixtures import application

    fid = fitout.create_fitout(application(tenant), by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        fitout_passes.issue_passes(fid, [WorkerInput("张三")], by=site.clerk)
    assert exc.value.code == "fitout.pass_state"


def test_gate_check_valid_expired_extended_revoked_unknown(permitted):
    site, fid = permitted
    number = _issue(site, fid)[0]

    def status(day: dt.date) -> str:
        return fitout_passes.check_pass(number.lower(), by=site.steward, today=day).status

    assert status(START - dt.timedelta(days=1)) == "expired"  # not yet valid
    assert status(START) == "valid" and status(dt.date(2027, 1, 14)) == "valid"
    assert status(dt.date(2027, 1, 15)) == "expired"
    version = Fitout.get_by_id(fid).version
    with pytest.raises(ValidationError) as exc:
        fitout.transition(fid, version, "extend", by=site.clerk, comment="工期延长", permit_end=dt.date(2027, 1, 1))
    assert exc.value.code == "fitout.extend_later"
    version = fitout.transition(fid, version, "extend", by=site.clerk, comment="甲方增加机房",
                                permit_end=dt.date(2027, 1, 31))
    assert status(dt.date(2027, 1, 20)) == "valid"
    assert WorkerPass.get(WorkerPass.number == number).valid_until == dt.date(2027, 1, 31)
    assert fitout.history(fid, by=site.clerk)[-1].comment == "甲方增加机房"
    check = fitout_passes.check_pass(number, by=site.steward, today=dt.date(2027, 1, 20))
    assert (check.name, check.unit, check.permit_no) == ("张三", "12F-1201", "XK-2026-0001")
    walk(site, fid, [("start_work", "clerk"), ("request_completion", "clerk"), ("accept", "engineer")])
    assert status(dt.date(2027, 1, 20)) == "revoked"
    assert fitout_passes.check_pass("SG-2026-999999", by=site.steward).status == "unknown"
    assert fitout_passes.workers_in_today(site.site_id, dt.date(2027, 1, 20)) == []


def test_permit_printed_and_read_back(permitted, tmp_path: Path):
    site, fid = permitted
    pdf = tmp_path / "permit.pdf"
    pdf.write_bytes(fitout_passes.print_permit(fid, by=site.clerk))
    assert page_size(pdf) == pytest.approx(A4, abs=1) and page_count(pdf) == 1
    text = squeeze(pdf_text(pdf))
    for word in ("装修施工许可证", "XK-2026-0001", "12F-1201", "深圳市前海云帆科技有限公司",
                 "深圳市华匠装饰工程有限公司", "王建国", "2026-12-01至2027-01-14", "18:00", "施工须知",
                 "严禁擅自拆改主体结构"):
        assert word in text, word
    assert decode_codes(pdf, tmp_path) == ["XK-2026-0001", "XK-2026-0001"]  # top right, and large in the body


def test_worker_passes_printed_at_card_size_ten_to_a_sheet_each_qr_read(permitted, tmp_path: Path):
    from services.demo_fitout import silhouette

    site, fid = permitted
    numbers = _issue(site, fid)
    crew = [WorkerInput(f"工人{n:02d}", photo=silhouette(n) if n % 4 == 0 else None) for n in range(10)]
    numbers += fitout_passes.issue_passes(fid, crew, by=site.clerk)
    pdf = tmp_path / "passes.pdf"
    pdf.write_bytes(fitout_passes.print_passes(fid, by=site.clerk))
    assert page_count(pdf) == 2 and page_size(pdf) == pytest.approx(A4, abs=1)  # 12 passes: 10 + 2
    first, second = squeeze(pdf_text(pdf, page=1)), squeeze(pdf_text(pdf, page=2))
    assert first.count("施工人员临时出入证") == 10 and second.count("施工人员临时出入证") == 2
    for word in ("张三", "李四", numbers[0], numbers[1], "1101**********002X", "深圳市安捷水电安装有限公司",
                 "12F-1201", "XK-2026-0001", "有效期至2027-01-14"):
        assert word in first, word
    assert "工人09" in second and numbers[-1] in second
    # Every card's QR is read off the sheet: as many codes as passes, each its own number.
    assert sorted(decode_codes(pdf, tmp_path, page=1)) == sorted(numbers[:10])
    assert sorted(decode_codes(pdf, tmp_path, page=2)) == sorted(numbers[10:])
    # The photos on file print (工人00, 04 on the first sheet, 08 on the second); the others get a box.
    images = [line.split() for line in run("pdfimages", "-list", pdf).splitlines()[2:]]
    assert [int(i[0]) for i in images] == [1, 1, 2]
    assert first.count("照片") == 8


def test_a_workers_photo_is_shrunk_on_the_way_in_and_a_bad_one_refused(permitted):
    from io import BytesIO

    from PIL import Image

    from services.demo_fitout import silhouette

    site, fid = permitted
    big = BytesIO()
    Image.open(BytesIO(silhouette(3))).resize((1500, 2000)).save(big, "PNG")
    with pytest.raises(ValidationError) as exc:
        fitout_passes.issue_passes(fid, [WorkerInput("张三", photo=big.getvalue()),
                                         WorkerInput("李四", photo=b"not a picture")], by=site.clerk)
    assert exc.value.codes() == {"workers[1].photo": "fitout.photo_bad"} and WorkerPass.select().count() == 0
    number = fitout_passes.issue_passes(fid, [WorkerInput("张三", photo=big.getvalue())], by=site.clerk)[0]
    stored = WorkerPass.get(WorkerPass.number == number).photo
    assert len(stored) < 40_000 < len(big.getvalue())
    assert Image.open(BytesIO(stored)).size == fitout_passes.PHOTO_SIZE and Image.open(BytesIO(stored)).format == "JPEG"
    other = fitout_passes.issue_passes(fid, [WorkerInput("李四")], by=site.clerk)[0]
    assert [r.has_photo for r in fitout_passes.fitout_passes(fid, by=site.clerk)] == [True, False]
    fitout_passes.set_photo(other.lower(), silhouette(4), by=site.clerk)
    assert [r.has_photo for r in fitout_passes.fitout_passes(fid, by=site.clerk)] == [True, True]
    with pytest.raises(ValidationError) as exc:
        fitout_passes.set_photo(other, b"GIF89a broken", by=site.clerk)
    assert exc.value.code == "fitout.photo_bad"


def test_workers_with_a_pass_valid_today_are_on_the_evacuation_list(permitted, tmp_path: Path):
    from services import evacuation

    site, fid = permitted
    _issue(site, fid)
    at = dt.datetime(2026, 12, 10, 10, 0)
    section = [s for s in evacuation.who_is_in(by=site.steward, at=at) if s.key == "fitout_workers"][0]
    assert section.people == 2 and [r[0] for r in section.rows] == ["张三", "李四"]
    assert section.rows[0][2:] == ("深圳市华匠装饰工程有限公司", "12F-1201", "王建国", "13912345678")
    before = [s for s in evacuation.who_is_in(by=site.steward, at=dt.datetime(2026, 11, 30, 10))
              if s.key == "fitout_workers"][0]
    assert before.people == 0
    pdf = tmp_path / "evac.pdf"
    pdf.write_bytes(evacuation.print_evacuation_list(by=site.steward, at=at))
    text = squeeze(pdf_text(pdf))
    assert "装修施工人员" in text and "张三" in text and "SG-" in text


def test_pass_deposits_taken_per_pass_and_refunded_as_each_comes_back(permitted):
    from decimal import Decimal

    from models.fees import DepositEntry
    from services.payments import deposits_held

    site, fid = permitted
    tenant = Fitout.get_by_id(fid).tenant_id
    held = deposits_held(site.site_id, tenant)
    numbers = _issue(site, fid)
    assert deposits_held(site.site_id, tenant) - held == Decimal("100.00")  # 2 × 50 (fitout.pass_deposit)
    assert fitout_passes.return_pass(numbers[0].lower(), by=site.clerk) == Decimal("50.00")
    with pytest.raises(ValidationError) as exc:
        fitout_passes.return_pass(numbers[0], by=site.clerk)
    assert exc.value.code == "fitout.pass_returned"
    with pytest.raises(ValidationError) as exc:
        fitout_passes.return_pass("SG-1", by=site.clerk)
    assert exc.value.code == "fitout.pass_unknown"
    assert deposits_held(site.site_id, tenant) - held == Decimal("50.00")
    assert fitout_passes.check_pass(numbers[0], by=site.steward, today=START).status == "revoked"
    assert fitout_passes.check_pass(numbers[1], by=site.steward, today=START).status == "valid"
    refund = DepositEntry.select().where(DepositEntry.kind == "refunded").get()
    assert (refund.amount, refund.note) == (Decimal("50.00"), numbers[0])
    assert [r.returned_on is not None for r in fitout_passes.fitout_passes(fid, by=site.clerk)] == [True, False]


def test_deposit_settlement_printed_with_the_arithmetic(permitted, tmp_path: Path):
    from services.money import add_months

    site, fid = permitted
    walk(site, fid, [("start_work", "clerk")])
    fitout.deduct(fid, "fine", "500", "办公时间噪音施工", by=site.supervisor)
    fitout.deduct(fid, "damage", "1234.56", "电梯厅地砖破损", by=site.supervisor)
    walk(site, fid, [("request_completion", "clerk"), ("accept", "engineer")])
    walk(site, fid, [("approve_refund", "manager")], today=add_months(dt.date.today(), 3))
    pdf = tmp_path / "settlement.pdf"
    pdf.write_bytes(fitout_passes.print_settlement(fid, by=site.clerk))
    assert page_size(pdf) == pytest.approx(A4, abs=1)
    text = squeeze(pdf_text(pdf))
    for word in ("装修押金结算单", "5,000.00元", "罚款", "办公时间噪音施工", "损坏赔偿", "1,234.56", "1,734.56元",
                 "3,265.44元", "叁仟贰佰陆拾伍元肆角肆分", "测试manager"):
        assert word in text, word
    number = Fitout.get_by_id(fid).number
    assert decode_codes(pdf, tmp_path) == [number]
