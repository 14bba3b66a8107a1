"""Pieces the fee forms share: yuan as printed, and the amount-in-figures-and-words box."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.platypus import Table

from printouts.flowables import Field, field_grid
from printouts.fonts import FontSet

NONE = "—"


def yuan(value: Decimal) -> str:
    """1234.5 -> '¥1,234.50'; a credit keeps its minus sign."""
    return f"{'-' if value < 0 else ''}¥{abs(value):,.2f}"


def day(value: date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else NONE


def amount_box(label: str, amount: Decimal, words: str, *, fonts: FontSet, width: float) -> Table:
    """'合计金额 ¥1,204.50 | 大写 人民币壹仟贰佰零肆元伍角整' as one ruled row."""
    return field_grid([Field(label, yuan(amount)), Field("大写", words, wide=True)], fonts=fonts, width=width)
