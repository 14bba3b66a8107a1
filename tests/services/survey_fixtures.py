"""A site with tenants, a small questionnaire and a round answered from known paper forms (shared by the surveys'
service, printout and screen tests)."""
from __future__ import annotations

import datetime as dt

from services import building, surveys, tenants
from services.surveys import QuestionInput, RoundInput, SheetInput
from services.tenants import TenantInput

OPENED = dt.date(2026, 6, 1)
ANSWERED = dt.date(2026, 6, 10)
TODAY = dt.date(2026, 7, 1)
NAMES = ["甲科技有限公司", "乙贸易有限公司", "丙咨询有限公司", "丁网络科技有限公司", "戊律师事务所", "己设计有限公司"]

# A short questionnaire: two sections of scores, a single choice, a free text.
QUESTIONS = [
    QuestionInput("前台服务", "scale", "服务态度"),
    QuestionInput("前台服务", "scale", "受理及时性"),
    QuestionInput("保洁", "scale", "卫生间清洁"),
    QuestionInput("总体满意度", "scale", "总体评价"),
    QuestionInput("总体满意度", "choice", "是否愿意推荐", "愿意\n不确定\n不愿意"),
    QuestionInput("意见建议", "text", "意见和建议"),
]
# What each tenant wrote on paper, by question number (1-based seq); "" left blank. 戊 and 己 do not answer.
PAPER = {
    "甲科技有限公司": ["5", "4", "5", "5", "1", ""],
    "乙贸易有限公司": ["4", "4", "2", "3", "2", "卫生间经常没有纸"],
    "丙咨询有限公司": ["3", "", "4", "4", "1", ""],
    "丁网络科技有限公司": ["1", "2", "3", "2", "3", "前台态度差，希望改进"],
}


def make_tenants(site) -> dict[str, int]:
    building.generate_units(building.GenerateInput(10, 12, 2, "100"), by=site.supervisor)
    codes = ["10F-1001", "10F-1002", "11F-1101", "11F-1102", "12F-1201", "12F-1202"]
    return {name: tenants.create_tenant(TenantInput(name=name, units=[code]), by=site.clerk)
            for name, code in zip(NAMES, codes, strict=True)}


def small_questionnaire(site) -> int:
    return surveys.save_questionnaire("测试问卷", QUESTIONS, "测试用", by=site.supervisor)


def open_test_round(site, name: str = "2026年上半年业户满意度调查", opened: dt.date = OPENED) -> int:
    return surveys.open_round(RoundInput(name, opened, opened + dt.timedelta(days=30)), by=site.supervisor,
                              today=opened)


def sheet_of(site, round_id: int, tenant: str) -> surveys.SheetRow:
    return next(s for s in surveys.round_sheets(round_id, by=site.clerk) if s.tenant == tenant)


def paper_input(site, round_id: int, digits: list[str], *, day: dt.date = ANSWERED, respondent: str = "张经理"):
    questions = surveys.round_questions(round_id, by=site.clerk)
    return SheetInput(respondent, "13800138000", day, {q.id: d for q, d in zip(questions, digits, strict=True)})


def type_paper(site, round_id: int, paper: dict[str, list[str]] = PAPER, *, day: dt.date = ANSWERED) -> None:
    for tenant, digits in paper.items():
        surveys.enter_answers(sheet_of(site, round_id, tenant).id, paper_input(site, round_id, digits, day=day),
                              by=site.clerk, today=max(TODAY, day))


def answered_round(site) -> int:
    """Six tenants asked, four answered as PAPER says."""
    make_tenants(site)
    small_questionnaire(site)
    round_id = open_test_round(site)
    type_paper(site, round_id)
    return round_id
