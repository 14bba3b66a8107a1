"""The surveys' paper read back with the real tools: one A4 questionnaire per tenant whose QR code opens that
tenant's sheet; the results with their figures, charts' labels and the follow-up list; the answers workbook."""
from __future__ import annotations

from io import BytesIO

from openpyxl import load_workbook

from services import survey_prints, survey_results, surveys
from services.survey_results import FollowUpInput
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_fonts, pdf_text, squeeze
from tests.services.survey_fixtures import NAMES, PAPER, QUESTIONS, answered_round, sheet_of

A4 = (595.3, 841.9)


def _a4(path) -> None:
    w, h = page_size(path)
    assert abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1
    assert all(embedded for _, _, embedded in pdf_fonts(path))


def test_one_questionnaire_per_tenant_whose_code_opens_its_sheet(sqlite_site, save, tmp_path):
    round_id = answered_round(sqlite_site)
    path = save(survey_prints.print_forms(round_id, by=sqlite_site.clerk), "forms.pdf")
    _a4(path)
    assert page_count(path) == len(NAMES)  # the short questionnaire fits one page each
    for page, name in enumerate(sorted(NAMES, key=lambda n: sheet_of(sqlite_site, round_id, n).units), 1):
        text = squeeze(pdf_text(path, page=page, layout=False))
        assert name in text and "业户满意度调查问卷" in text and "DC-2026-0001" in text
        assert all(squeeze(q.text) in text for q in QUESTIONS)
        assert "非常满意" in text and "不满意" in text and "愿意" in text and "不确定" in text
        [code] = decode_codes(path, tmp_path, page=page)
        assert surveys.find_sheet(code, by=sqlite_site.clerk).id == sheet_of(sqlite_site, round_id, name).id
    left = save(survey_prints.print_forms(round_id, by=sqlite_site.clerk, unanswered_only=True), "left.pdf")
    assert page_count(left) == len(NAMES) - len(PAPER)


def test_the_default_questionnaire_prints_on_one_page(sqlite_site, save, tmp_path):
    from tests.services.survey_fixtures import make_tenants, open_test_round

    make_tenants(sqlite_site)
    round_id = open_test_round(sqlite_site)  # the 22 default questions
    path = save(survey_prints.print_forms(round_id, by=sqlite_site.clerk, tenant_ids=[
        sheet_of(sqlite_site, round_id, "甲科技有限公司").tenant_id]), "default.pdf")
    assert page_count(path) == 1
    text = squeeze(pdf_text(path))
    for section in ("前台服务", "保洁", "绿化", "安保", "工程维修", "会议室", "投诉处理", "总体满意度", "意见建议"):
        assert section in text
    tenant = sheet_of(sqlite_site, round_id, "甲科技有限公司").tenant_id
    assert decode_codes(path, tmp_path) == [f"DC-2026-0001/{tenant}"]


def test_the_results_print_their_figures_charts_and_follow_ups(sqlite_site, save):
    round_id = answered_round(sqlite_site)
    ding = survey_results.follow_up_list(round_id, by=sqlite_site.clerk)[0]
    survey_results.follow_up(ding.sheet_id, FollowUpInput("call", "", "主管已致歉"), by=sqlite_site.clerk)
    path = save(survey_prints.print_results(round_id, by=sqlite_site.clerk), "results.pdf")
    _a4(path)
    text = squeeze(pdf_text(path))
    every = [int(p[n]) for n in (0, 1, 2, 3) for p in PAPER.values() if p[n]]
    assert "回收率66.7%" in text and f"总体平均分{sum(every) / len(every):.2f}" in text
    assert f"总体满意率{100 * len([v for v in every if v >= 4]) / len(every):.1f}%" in text
    first = [int(p[0]) for p in PAPER.values() if p[0]]
    assert f"1.服务态度{len(first)}{sum(first) / len(first):.2f}" in text  # the table's row
    # The charts' labels are drawn as text: the sections' bars, the legend of the distribution.
    for label in ("前台服务", "保洁", "总体满意度", "非常满意", "不满意", "非常不满意", "满意率"):
        assert label in text
    assert "是否愿意推荐" in text and "愿意2户" in text  # 甲 and 丙 chose 1
    assert "卫生间经常没有纸" in text and "前台态度差，希望改进" in text
    assert "丁网络科技有限公司" in text and "主管已致歉" in text and "乙贸易有限公司" in text and "待跟进" in text


def test_the_answers_workbook_reads_back(sqlite_site):
    round_id = answered_round(sqlite_site)
    wb = load_workbook(BytesIO(survey_prints.answers_xlsx(round_id, by=sqlite_site.clerk)))
    assert wb.sheetnames == ["答卷", "各题结果", "待跟进"]
    rows = list(wb["答卷"].iter_rows(values_only=True))
    assert rows[0][:7] == ("业户", "单元", "填表日期", "填表人", "联系电话", "录入人", "平均分")
    by_tenant = {r[0]: r for r in rows[1:]}
    assert set(by_tenant) == set(PAPER)
    yi = by_tenant["乙贸易有限公司"]
    assert yi[7:] == (4, 4, 2, 3, "不确定", "卫生间经常没有纸")
    assert by_tenant["丙咨询有限公司"][8] is None  # left blank on paper
    results = list(wb["各题结果"].iter_rows(values_only=True))
    first = [int(p[0]) for p in PAPER.values() if p[0]]
    assert results[1][:5] == (1, "前台服务", "服务态度", len(first), round(sum(first) / len(first), 2))
    follow = [r[0] for r in wb["待跟进"].iter_rows(min_row=2, values_only=True)]
    assert follow == ["丁网络科技有限公司", "乙贸易有限公司"]
