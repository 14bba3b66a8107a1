"""The mail printouts read back: the per-floor pick-up list (A4) and the pick-up slip (62 mm label, Code128)."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from printouts.mail_pickup import FloorPart, PickupLine, PickupSlip, render_pickup_list, render_pickup_slips
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, squeeze

AT = datetime(2026, 5, 12, 9, 30)


def _line(n: int, unit: str, tenant: str, late: bool = False) -> PickupLine:
    return PickupLine(f"YJ-2026-{n:05d}", unit, tenant, "王小姐", "parcel", "顺丰", f"SF10000000{n:02d}", n % 3 + 1,
                      "A", AT, late)


def test_the_pickup_list_goes_floor_by_floor_with_every_item(letterhead, save):
    floors = [FloorPart("11F", [_line(1, "11F-1101", "海岸律师事务所", late=True)]),
              FloorPart("12F", [_line(n, "12F-1201", "深圳市云帆科技有限公司") for n in range(2, 40)])]
    pdf = save(render_pickup_list(floors, letterhead, printed_at=AT, late_days=3), "mail-pickup-list.pdf")
    width, height = page_size(pdf)
    assert (round(width / mm), round(height / mm)) == (210, 297)
    assert page_count(pdf) == 2  # the floors follow each other; 12F's 38 lines run over onto page two
    first = squeeze(pdf_text(pdf, page=1))
    for words in ("待取邮件快递清单", "待取39件，其中超过3天未取1件", "11F（1件）",
                  "SF1000000001", "1★"):
        assert words in first, words
    assert "海岸律师事务所/王小姐" in squeeze(pdf_text(pdf, page=1, layout=False))  # the cell wraps; read in order
    everything = squeeze(pdf_text(pdf))
    assert "12F（38件）" in everything and "楼层管家" in everything and "前台核对" in everything
    assert all(f"SF10000000{n:02d}" in everything for n in range(1, 40))


def test_an_empty_pickup_list_says_so(letterhead, save):
    pdf = save(render_pickup_list([], letterhead, printed_at=AT, late_days=3))
    assert "目前没有待取的邮件快递" in squeeze(pdf_text(pdf))


def test_the_pickup_slip_is_a_label_whose_barcode_scans_to_the_tracking_number(letterhead, save, tmp_path):
    slips = [PickupSlip("YJ-2026-00042", "深圳市云帆科技有限公司", "12F-1201", "12F", "王小姐", "parcel", "顺丰",
                        "SF1234567890", 2, "A", AT, "测试clerk"),
             PickupSlip("YJ-2026-00043", "海岸律师事务所", "11F-1101", "11F", "", "letter", "", "", 1, "文件柜", AT,
                        "测试clerk")]
    pdf = save(render_pickup_slips(slips, letterhead), "slip.pdf")
    width, height = page_size(pdf)
    assert (round(width / mm), round(height / mm)) == (62, 100) and page_count(pdf) == 2
    text = squeeze(pdf_text(pdf, page=1))
    for words in ("取件通知", "12F-1201", "深圳市云帆科技有限公司", "王小姐", "快递2件", "顺丰", "SF1234567890",
                  "YJ-2026-00042", "凭本通知及手机尾号到前台取件"):
        assert words in text, words
    assert decode_codes(pdf, tmp_path) == ["SF1234567890"]
    # A letter has no tracking number: its slip carries the slip's own number, which the desk scans as well.
    assert decode_codes(pdf, tmp_path, page=2) == ["YJ-2026-00043"]
