"""Screen names of request categories, levels, states, steps and timeline events; time left as the desk reads it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CHANNEL_NAMES = {
    "phone": QT_TRANSLATE_NOOP("request_names", "电话"),
    "visit": QT_TRANSLATE_NOOP("request_names", "来访"),
    "letter": QT_TRANSLATE_NOOP("request_names", "来函"),
    "online": QT_TRANSLATE_NOOP("request_names", "网上"),
}
CATEGORY_NAMES = {
    "repair": QT_TRANSLATE_NOOP("request_names", "报修"),
    "complaint": QT_TRANSLATE_NOOP("request_names", "投诉"),
    "enquiry": QT_TRANSLATE_NOOP("request_names", "咨询"),
    "suggestion": QT_TRANSLATE_NOOP("request_names", "建议"),
    "help": QT_TRANSLATE_NOOP("request_names", "求助"),
}
LEVEL_NAMES = {
    "major": QT_TRANSLATE_NOOP("request_names", "重大"),
    "important": QT_TRANSLATE_NOOP("request_names", "重要"),
    "minor": QT_TRANSLATE_NOOP("request_names", "一般"),
}
REPAIR_KIND_NAMES = {
    "safety": QT_TRANSLATE_NOOP("request_names", "消防安全设施"),
    "leak": QT_TRANSLATE_NOOP("request_names", "渗漏"),
    "other": QT_TRANSLATE_NOOP("request_names", "一般维修"),
}
STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("request_names", "待处理"),
    "dispatched": QT_TRANSLATE_NOOP("request_names", "已派工"),
    "resolved": QT_TRANSLATE_NOOP("request_names", "已完成"),
    "closed": QT_TRANSLATE_NOOP("request_names", "已关闭"),
    "cancelled": QT_TRANSLATE_NOOP("request_names", "已作废"),
}
STEP_NAMES = {
    "escalate": QT_TRANSLATE_NOOP("request_names", "上报"),
    "reply": QT_TRANSLATE_NOOP("request_names", "答复业户"),
    "resolve": QT_TRANSLATE_NOOP("request_names", "处理完毕"),
    "tell": QT_TRANSLATE_NOOP("request_names", "告知结果"),
}
UNIT_NAMES = {
    "hours": QT_TRANSLATE_NOOP("request_names", "{n} 小时内"),
    "workhours": QT_TRANSLATE_NOOP("request_names", "{n} 个工作小时内"),
    "days": QT_TRANSLATE_NOOP("request_names", "{n} 天内"),
    "workdays": QT_TRANSLATE_NOOP("request_names", "{n} 个工作日内"),
}
CALLBACK_NAMES = {
    "callback.safety": QT_TRANSLATE_NOOP("request_names", "回访（消防安全设施）"),
    "callback.leak": QT_TRANSLATE_NOOP("request_names", "回访（渗漏，自闭水试验起）"),
    "callback.other": QT_TRANSLATE_NOOP("request_names", "回访（一般维修）"),
}
EVENT_NAMES = {
    "taken": QT_TRANSLATE_NOOP("request_names", "受理"),
    "dispatched": QT_TRANSLATE_NOOP("request_names", "派工"),
    "held": QT_TRANSLATE_NOOP("request_names", "挂起"),
    "resumed": QT_TRANSLATE_NOOP("request_names", "恢复"),
    "escalated": QT_TRANSLATE_NOOP("request_names", "上报"),
    "replied": QT_TRANSLATE_NOOP("request_names", "答复"),
    "resolved": QT_TRANSLATE_NOOP("request_names", "完成"),
    "told": QT_TRANSLATE_NOOP("request_names", "告知结果"),
    "assigned": QT_TRANSLATE_NOOP("request_names", "转交"),
    "cancelled": QT_TRANSLATE_NOOP("request_names", "作废"),
    "reopened": QT_TRANSLATE_NOOP("request_names", "返修"),
    "closed": QT_TRANSLATE_NOOP("request_names", "关闭"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("request_names", text)


def name(table: dict[str, str], key: str) -> str:
    return _tr(table[key]) if key in table else key


def kind_name(category: str, level: str, repair_kind: str) -> str:
    """报修 · 渗漏, 投诉 · 重大 …"""
    base = name(CATEGORY_NAMES, category)
    extra = name(LEVEL_NAMES, level) if category == "complaint" and level else (
        name(REPAIR_KIND_NAMES, repair_kind) if category == "repair" and repair_kind else "")
    return f"{base} · {extra}" if extra else base


def rule_text(step: str, amount: int, unit: str) -> str:
    """上报：1 小时内 / 告知结果：当天 / 回访（渗漏，自闭水试验起）：3 个工作日内"""
    label = name(STEP_NAMES, step) if step in STEP_NAMES else name(CALLBACK_NAMES, step)
    if amount == 0 and unit in ("days", "workdays"):
        limit = _tr("当天") if unit == "days" else _tr("当个工作日")
    else:
        limit = name(UNIT_NAMES, unit).format(n=amount)
    return _tr("{step}：{limit}").format(step=label, limit=limit)


def when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def span(delta: dt.timedelta) -> str:
    """2 天 3 小时, 45 分钟 — the larger two units of a stretch of time."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _tr("{d} 天 {h} 小时").format(d=days, h=hours)
    if hours:
        return _tr("{h} 小时 {m} 分钟").format(h=hours, m=mins)
    return _tr("{m} 分钟").format(m=mins)


def time_left(due_at: dt.datetime | None, on_hold: bool, *, at: dt.datetime | None = None) -> str:
    """剩 5 小时 10 分钟 / 超时 2 天 1 小时 / 挂起中 — what the lists show next to the due time."""
    if on_hold:
        return _tr("挂起中")
    if due_at is None:
        return ""
    delta = due_at - (at or dt.datetime.now())
    if delta.total_seconds() < 0:
        return _tr("超时 {span}").format(span=span(delta))
    return _tr("剩 {span}").format(span=span(delta))
