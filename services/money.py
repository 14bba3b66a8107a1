"""Money is exact: reading yuan the clerk typed, the site's rounding rule, months, and 大写 amounts for receipts."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from services import settings

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
RULES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "down": ROUND_DOWN}
MAX_AMOUNT = Decimal("99999999.99")


def parse_amount(raw: object, *, allow_zero: bool = False, allow_negative: bool = False) -> Decimal | None:
    """The yuan amount in `raw` (text such as '1,234.50', a Decimal or an int) to the fen; None if it is not one.

    Floats are refused: 0.1 as a float is not 0.1.
    """
    if isinstance(raw, (float, bool)):
        return None
    try:
        value = Decimal(str(raw).strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", ""))
    except InvalidOperation:
        return None
    # The size first: quantize() of a number longer than the decimal context holds raises, not answers.
    if not value.is_finite() or abs(value) > MAX_AMOUNT or value != value.quantize(CENT, rounding=ROUND_DOWN):
        return None
    if (value == 0 and not allow_zero) or (value < 0 and not allow_negative):
        return None
    return value.quantize(CENT)


def parse_quantity(raw: object, places: int = 2) -> Decimal | None:
    """A non-negative reading or price with at most `places` decimals; None if it is not one."""
    if isinstance(raw, (float, bool)):
        return None
    try:
        value = Decimal(str(raw).strip().replace(",", ""))
    except InvalidOperation:
        return None
    step = Decimal(1).scaleb(-places)
    if not value.is_finite() or value < 0 or value > Decimal(10**11):
        return None
    if value != value.quantize(step, rounding=ROUND_DOWN):
        return None
    return value.quantize(step)


def line_rounder(site_id: int) -> Callable[[Decimal], Decimal]:
    """The site's rule for a bill line's amount (e.g. half up to the fen), always kept with two places."""
    rule = RULES[str(settings.get(site_id, "fees.rounding"))]
    step = Decimal(str(settings.get(site_id, "fees.round_to")))
    return lambda value: value.quantize(step, rounding=rule).quantize(CENT)


def cents(value: object) -> Decimal:
    """A figure read back from the database as yuan with two places.

    PostgreSQL's NUMERIC is exact; SQLite keeps DECIMAL columns as doubles, which give each two-place
    amount back exactly but can leave float dust in a SUM: quantizing to the fen removes it (the dust is
    many orders below half a fen at any tower's scale).
    """
    return Decimal(str(value or 0)).quantize(CENT)


def total(values) -> Decimal:
    return sum(values, ZERO)


def yuan(value: Decimal) -> str:
    """1234.5 -> '1,234.50' as printed and shown."""
    return f"{value:,.2f}"


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), on the month's last day where it has fewer days."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = (dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, min(day.day, last))


def month_label(month: dt.date) -> str:
    return f"{month.year}年{month.month:02d}月"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ("", "拾", "佰", "仟")
_BIG = ("", "万", "亿")


def _four(n: int) -> str:
    """0..9999 in capitals, with 零 for the gaps inside."""
    out, zero = "", False
    for pos in range(3, -1, -1):
        digit = n // 10**pos % 10
        if digit == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[digit] + _SMALL[pos]
    return out


def capital(amount: Decimal) -> str:
    """The amount in 大写 as a receipt writes it: 1204.50 -> 人民币壹仟贰佰零肆元伍角整."""
    negative = amount < 0
    fen_total = int((abs(amount) * 100).quantize(Decimal(1)))
    whole, fen = divmod(fen_total, 100)
    groups = []
    n = whole
    while n:
        groups.append(n % 10000)
        n //= 10000
    text = ""
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            if text and not text.endswith("零"):
                text += "零"
            continue
        if text and g < 1000 and not text.endswith("零"):
            text += "零"
        text += _four(g) + _BIG[i]
    text = text.rstrip("零")
    jiao, cents = divmod(fen, 10)
    if text:
        text += "元"
    if jiao == 0 and cents == 0:
        text = (text or "零元") + "整"
    else:
        if jiao:
            text += _DIGITS[jiao] + "角"
        elif text:
            text += "零"
        text += _DIGITS[cents] + "分" if cents else "整"
    return ("负" if negative else "") + "人民币" + text
