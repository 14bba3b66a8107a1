"""The area's paper: the blank inspection sheet from the template, the inspection record with its rectification
requests, the monthly evaluation with fee settlement, trend chart and sign-off — read back with real tools."""
from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from services import contractor_evaluations as ev
from services import contractor_templates as templates
from services.contractor_prints import print_blank_sheet, print_evaluation, print_inspection
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_fonts, pdf_text, squeeze
from tests.services.contractor_fixtures import inspect, make_contractor

A4 = (595.3, 841.9)
TODAY = dt.date(2026, 11, 24)


def _write(tmp_path: Path, pdf: bytes, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _a4(path: Path) -> None:
    w, h = page_size(path)
    assert abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1


def test_blank_sheet_lists_every_item_of_the_template(sqlite_site, tmp_path):
    path = _write(tmp_path, print_blank_sheet("cleaning", by=sqlite_site.clerk), "blank.pdf")
    _a4(path)
    text = squeeze(pdf_text(path, layout=False))
    t = templates.current_template("cleaning", by=sqlite_site.clerk)
    assert "外包服务巡查表" in text and "保洁服务日常巡查表" in text and "第1版" in text
    for item in t.items:
        assert squeeze(item.standard) in text, item.standard
    assert "合计" in text and "100" in text and "巡查人" in text and "外包单位现场负责人" in text
    assert all(embedded for _, _, embedded in pdf_fonts(path))


def test_inspection_record_with_its_rectification_requests(sqlite_site, tmp_path):
    cid = make_contractor(sqlite_site, "cleaning", "深圳市洁美物业清洁服务有限公司")
    iid = inspect(sqlite_site, cid, TODAY, {1: "3.5", 14: "0"}, nonconforming={14: "3F 男卫无擦手纸"})
    path = _write(tmp_path, print_inspection(iid, by=sqlite_site.clerk), "record.pdf")
    _a4(path)
    text = squeeze(pdf_text(path, layout=False))
    for words in ("外包服务巡查记录", "XC-2026-0001", "深圳市洁美物业清洁服务有限公司", "2026-11-24", "测试steward",
                  "不合格：3F男卫无擦手纸", "WZ-2026-0001", "2026-11-26", "整改中", "得分95.50", "3.5"):
        assert words in text, words
    assert decode_codes(path, tmp_path) == ["XC-2026-0001"]


def test_evaluation_with_fee_settlement_trend_and_sign_off(sqlite_site, tmp_path):
    site = sqlite_site
    cid = make_contractor(site, "greening", "深圳市绿源园林绿化有限公司", start=dt.date(2025, 1, 1))
    for month, scores in ((dt.date(2026, 8, 1), {1: "0", 6: "0"}), (dt.date(2026, 9, 1), {1: "0", 6: "0", 2: "8"}),
                          (dt.date(2026, 10, 1), {1: "2", 6: "3", 2: "5"})):
        inspect(site, cid, month + dt.timedelta(days=3), scores, serious={7} if month.month == 10 else set(),
                nonconforming={7: "大堂发财树叶面积尘"} if month.month == 10 else None)
        e = ev.evaluate_month(cid, month, by=site.supervisor, today=TODAY)
        e = ev.sign_off(e.id, e.version, by=site.manager, today=TODAY)
    assert (e.score, e.grade, e.serious, e.review) == (ev.Decimal("78.00"), "low", 1, True)
    path = _write(tmp_path, print_evaluation(e.id, by=site.clerk), "evaluation.pdf")
    _a4(path)
    assert page_count(path) == 1
    text = squeeze(pdf_text(path, layout=False))
    for words in ("外包服务月度考评表", "深圳市绿源园林绿化有限公司", "绿化及花木租摆", "2026年10月", "78.00",
                  "不合格（扣减并书面警告）", "12,000.00", "-1,200.00", "-500.00", "10,300.00",
                  "人民币壹万零叁佰元整", "大堂发财树叶面积尘", "近12个月得分走势", "书面警告", "提请评审",
                  "已由测试manager于", "客服经理", "外包单位确认"):
        assert words in text, words
    # The chart is drawn (vector text of its axis and points), not pasted as a picture.
    assert "10月" in text and "76.0" in text and "全额90" in text
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
    assert len(images.splitlines()) <= 2 + 1  # header lines and at most the QR code
    assert decode_codes(path, tmp_path) == [f"KP-202610-{cid:03d}-V1"]
