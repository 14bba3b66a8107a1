"""Goods-release pass, handover confirmation and move-out settlement, rendered from real moves and read back."""
from __future__ import annotations

import datetime as dt

import pytest

from services import goods, move_out, move_prints, tenants
from services.goods import ItemInput
from services.move_out import DamageInput, KeysBackInput, LostKey, OutInspectionInput
from tests.keyfixtures import signature_png
from tests.movefixtures import goods as pass_input
from tests.movefixtures import meters, move_set, request, walk_move_in
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, squeeze

A4_POINTS = (595.28, 841.89)
A6_POINTS = (297.64, 419.53)


@pytest.fixture
def moved_in(sqlite_site):
    ids = move_set(sqlite_site)
    ids["move_in"] = walk_move_in(sqlite_site, ids, defects=1)
    return sqlite_site, ids


def test_goods_pass_is_one_a6_page_with_the_number_large_and_in_its_qr(moved_in, save, tmp_path):
    site, ids = moved_in
    items = [ItemInput(f"办公椅{i}号", i + 1, "把") for i in range(12)]
    pass_no = goods.issue_pass(pass_input(tenant_id=ids["tenant"], items=items, time_from=dt.time(9, 30),
                                          time_to=dt.time(11)), by=site.clerk)
    pdf = save(goods.print_pass(pass_no, by=site.clerk), "pass.pdf")
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A6_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    for words in ("物品放行条", pass_no, "深圳市云帆科技有限公司", "12F-1201", "张师傅", "13912345678", "粤B12345",
                  f"有效日期：{dt.date.today():%Y-%m-%d}", "09:30–11:00", "办公椅0号", "另5项", "合计12项，78件",
                  site.clerk.full_name, "门岗核查"):
        assert squeeze(words) in text, words
    assert decode_codes(pdf, tmp_path) == [pass_no]


def test_a_used_pass_reprints_stamped_used(moved_in, save):
    site, ids = moved_in
    pass_no = goods.issue_pass(pass_input(tenant_id=ids["tenant"]), by=site.clerk)
    goods.mark_used(pass_no, by=site.clerk)
    assert "已使用·不得放行" in squeeze(pdf_text(save(goods.print_pass(pass_no, by=site.clerk))))


def test_handover_confirmation_lists_checklist_meters_and_signature_lines(moved_in, save, tmp_path):
    site, ids = moved_in
    pdf = save(move_prints.print_handover(ids["move_in"], by=site.clerk), "handover.pdf")
    assert page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    number = move_prints.handover_no(ids["move_in"])
    for words in ("交楼确认书", number, "深圳市云帆科技有限公司", "12F-1201", "房屋质量验收", "入户门", "不合格",
                  "入户门有划痕", "水表", "123.40", "电表", "5678.90", "李雷", "业户签字（盖章）", "物业经办人",
                  "工程部", "3,600.00元", "1项，已整改1项", "身份证、入住通知单、租赁/购房合同"):
        assert squeeze(words) in text, words
    assert decode_codes(pdf, tmp_path) == [number]


def test_move_out_settlement_lists_deductions_and_the_balance(moved_in, save, tmp_path):
    site, ids = moved_in
    out_id = request(site, ids, arrears="500")
    v = move_out.override_arrears(out_id, "经理同意押金抵扣欠费", version=1, by=site.manager)
    v = move_out.record_out_inspection(out_id, OutInspectionInput([DamageInput("地毯烧焦", "1200")],
                                                                  meters(water="150.4")), version=v, by=site.clerk)
    v = move_out.take_keys_back(out_id, KeysBackInput("李雷", "good", signature_png(),
                                                      [LostKey(ids["mailbox"], "150")]), version=v, by=site.clerk)
    v, pass_no = move_out.release_goods(out_id, pass_input(), version=v, by=site.clerk)
    move_out.settle(out_id, "1000", version=v, by=site.clerk)
    tenants.get_tenant(ids["tenant"], by=site.clerk)
    pdf = save(move_prints.print_settlement(out_id, by=site.clerk), "settlement.pdf")
    assert page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    number = move_prints.settlement_no(out_id)
    for words in ("退租结算单", number, "扣款明细", "欠缴费用", "500.00", "损坏赔偿", "地毯烧焦", "1,200.00",
                  "钥匙遗失", "150.00", "押金", "1,000.00", "扣款合计", "1,850.00", "业户应补缴", "850.00",
                  "经理同意押金抵扣欠费", pass_no, "123.40", "150.40", "27.00", "客服经理"):
        assert squeeze(words) in text, words
    assert decode_codes(pdf, tmp_path) == [number]
