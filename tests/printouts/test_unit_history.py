"""《单元履历》 / 《业户履历》 printed from a unit walked through every area, read back with pdftotext and pdfinfo."""

from __future__ import annotations

import datetime as dt

import pytest

from models import Request
from services import histories
from tests.printouts.pdftools import page_count, page_size, pdf_fonts, pdf_text, squeeze
from tests.services.history_fixtures import walk_everything

A4_POINTS = (595.28, 841.89)


@pytest.fixture
def walked(site):
    return walk_everything(site)


def test_a_units_history_prints_on_a4_grouped_by_year_newest_first(site, walked, save):
    pdf = save(histories.print_history(by=site.clerk, unit_id=walked["unit"], today=dt.datetime(2026, 11, 24, 9)),
               "unit-history.pdf")
    assert page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf, layout=False))  # a wrapped cell reads whole
    events = histories.history(by=site.clerk, unit_id=walked["unit"], page_size=500).items
    for words in ("单元履历", "12F-1201", "深圳市云帆科技有限公司", f"{len(events)}条",
                  "租赁、交楼退租、装修、报修投诉、钥匙、物品放行", "全部日期", "2026年", "报修受理",
                  "违规施工：装修垃圾堆放在公共走道", "竣工验收通过", "钥匙借出",
                  "物品放行出门", "退租申请", "日期时间", "经办/相关人", "第1页"):
        assert words in text, words
    for r in Request.select():
        assert r.number in text
    assert "会议室预订" not in text  # the tenant's bookings are not the unit's
    assert all(embedded for _name, _type, embedded in pdf_fonts(pdf))
    # Newest first: the enquiry of October comes before the repair of September on paper too.
    enquiry, repair = (Request.get(Request.category == c).number for c in ("enquiry", "repair"))
    assert text.index(enquiry) < text.index(repair)


def test_a_tenants_history_has_a_table_per_year_and_keeps_to_the_filters(site, walked, save):
    pdf = save(histories.print_history(by=site.clerk, tenant_id=walked["tenant"]), "tenant-history.pdf")
    text = squeeze(pdf_text(pdf))
    assert "业户履历" in text and "2031年（1条）" in text and "2026年" in text  # the booking is in 2031
    assert text.index("2031年") < text.index("2026年")
    assert "会议室预订" in text and "包裹到达" in text and "收款" in text
    only = save(histories.print_history(by=site.clerk, tenant_id=walked["tenant"], areas=["requests"],
                                        since=dt.date(2026, 9, 1), until=dt.date(2026, 9, 30)), "september.pdf")
    text = squeeze(pdf_text(only))
    assert "2026-09-01至2026-09-30" in text and "类别报修投诉" in text and "3条" in text
    assert "报修受理" in text and "回访（满意）" in text and "咨询受理" not in text and "会议室预订" not in text
    assert page_count(only) == 1


def test_a_history_too_long_for_paper_says_where_it_stops(site, walked, save, monkeypatch):
    monkeypatch.setattr(histories, "PRINT_LIMIT", 5)
    text = squeeze(pdf_text(save(histories.print_history(by=site.clerk, tenant_id=walked["tenant"]))))
    assert "5条" in text and "本表只列最近5条" in text
    empty = squeeze(pdf_text(save(histories.print_history(by=site.clerk, tenant_id=walked["tenant"],
                                                           since=dt.date(2020, 1, 1), until=dt.date(2020, 1, 2)),
                                  "empty.pdf")))
    assert "所选范围内没有记录" in empty and "0条" in empty
