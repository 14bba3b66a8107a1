"""《收费对账表》: the month's reconciliation for the finance department (A4): billed, received, outstanding,
deposits held — each block adding up, and the closing balance checked both ways."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.fee_bits import yuan
from printouts.flowables import Column, data_table, para, section
from printouts.fonts import FontSet, cjk_fonts

TITLE = "收费对账表"


class StatementData(Protocol):
    """What the statement prints (services.fee_reports.Statement has these fields)."""

    month: object
    opening: Decimal
    billed_by_item: list
    billed: Decimal
    received_by_method: list
    received: Decimal
    closing: Decimal
    outstanding: Decimal
    credit: Decimal
    outstanding_by_age: list
    deposits_opening: Decimal
    deposits_moves: list
    deposits_closing: Decimal
    bills_issued: int
    payments: int
    printed_at: object


def _pairs(rows, fonts: FontSet, width: float, total_label: str, total: Decimal):
    return data_table([Column("项目", 3.0), Column("金额（元）", 1.4, "right")],
                      [[name, yuan(v)] for name, v in rows], fonts=fonts, width=width,
                      total=[total_label, yuan(total)])


def render_finance_statement(s: StatementData, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    period = f"{s.month.year}年{s.month.month:02d}月"
    summary = _pairs([("期初应收余额", s.opening), ("加：本月应收", s.billed), ("减：本月实收", -s.received)],
                     fonts, width, "期末应收余额", s.closing)
    # The closing balance again, built from the open bills by age less what was paid in advance.
    check = _pairs([*((f"未收账款：{name}", v) for name, v in s.outstanding_by_age), ("减：预收款", -s.credit)],
                   fonts, width, "期末应收余额（核对）", s.outstanding - s.credit)
    deposits = _pairs([("押金期初", s.deposits_opening)]
                      + [(f"本月{name}", v if name == "收取" else -v) for name, v in s.deposits_moves],
                      fonts, width, "押金期末（代管）", s.deposits_closing)
    story = [
        section("一、应收余额", summary, fonts, keep_whole=True),
        section("二、本月应收（按收费项目，含调整）", _pairs(s.billed_by_item, fonts, width, "合计", s.billed), fonts),
        section("三、本月实收（按收款方式）", _pairs(s.received_by_method, fonts, width, "合计", s.received), fonts),
        section("四、期末余额核对（未收账款按账龄）", check, fonts, keep_whole=True),
        section("五、押金（与收费分开核算）", deposits, fonts, keep_whole=True),
        Spacer(1, 2 * mm),
        para(f"本月开具账单 {s.bills_issued} 张，收款 {s.payments} 笔。" + (
            "期末余额两种算法一致。" if s.closing == s.outstanding - s.credit else "期末余额核对不符，请查明原因！"),
            fonts, "note"),
        Spacer(1, 3 * mm),
        # One line of signatures: the month's figures and who vouches for them stay on one page.
        para("客服中心制表：＿＿＿＿＿＿　　客服经理：＿＿＿＿＿＿　　财务部核对：＿＿＿＿＿＿", fonts, "value"),
    ]
    info = FormInfo(title=TITLE, form_no=f"DZ-{s.month.year}{s.month.month:02d}", printed_at=s.printed_at,
                    letterhead=letterhead, subtitle=f"对账期间：{period}")
    return render_form(story, info, fonts=fonts, pagesize=A4)
