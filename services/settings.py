"""The site's business settings: defaults, validation, and the values every desk of the site shares."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from models import Setting, db
from models.prepared import Prepared, hole
from services import shifts
from services.access import Actor, require
from services.audit import record
from services.errors import Problems


@dataclass(frozen=True)
class SettingDef:
    """One setting: its type, default and bounds. Later areas add theirs to SETTINGS."""

    key: str
    kind: type  # int, str or bool
    default: object
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    check: Callable[[str], str] | None = None  # a text setting's own check: '' or a message code


# Deadline rules of requests (SPEC §8): rule name -> default (amount, unit). Complaints count calendar
# days as the SPEC words them (a major complaint does not wait for a holiday to end); callbacks count
# working days, as the desk makes them on working days. `repair.resolve` and `other.resolve` are the
# site's own service promise for repairs and for enquiries, suggestions and help.
DEADLINE_RULES: dict[str, tuple[int, str]] = {
    "complaint_major.escalate": (0, "days"),  # to the office head the same day
    "complaint_major.reply": (2, "days"),  # a clear answer to the tenant within 2 days
    "complaint_major.resolve": (10, "days"),
    "complaint_important.escalate": (1, "hours"),  # to the supervisor within 1 hour
    "complaint_important.resolve": (3, "days"),
    "complaint_minor.resolve": (2, "days"),  # or by the time the tenant asked for
    "complaint.tell": (0, "days"),  # the outcome told the same day it is reached
    "repair.resolve": (3, "days"),
    "other.resolve": (2, "workdays"),
    "callback.safety": (2, "workdays"),
    "callback.leak": (3, "workdays"),  # after the leak test
    "callback.other": (2, "workdays"),
}
DEADLINE_UNITS = ("hours", "workhours", "days", "workdays")  # the units services/deadlines.py counts in


def _rule_settings(rule: str, default: tuple[int, str]) -> tuple[SettingDef, SettingDef]:
    return (SettingDef(f"requests.{rule}.amount", int, default[0], 0, 720),
            SettingDef(f"requests.{rule}.unit", str, default[1], choices=DEADLINE_UNITS))


SETTINGS: dict[str, SettingDef] = {
    d.key: d
    for d in (
        SettingDef("login.max_failures", int, 5, 3, 20),
        SettingDef("login.lock_minutes", int, 15, 1, 1440),
        SettingDef("login.idle_lock_minutes", int, 15, 0, 480),
        SettingDef("password.min_length", int, 8, 6, 64),
        SettingDef("backup.keep", int, 30, 3, 365),
        SettingDef("privacy.retention_days", int, 180, 30, 3650),
        SettingDef("ui.language", str, "zh_CN", choices=("zh_CN", "en")),
        SettingDef("print.pass_format", str, "A6", choices=("A6", "LABEL_62")),
        SettingDef("keys.default_loan_hours", int, 4, 1, 720),
        SettingDef("keys.max_loan_days", int, 30, 1, 365),
        SettingDef("keys.lost_charge", int, 100, 0, 10000),
        # Visitor passes: numbered per day (FK-20261124-0001) or per year (FK-2026-000001).
        SettingDef("visitors.pass_numbering", str, "day", choices=("day", "year")),
        # Passes still out at closing time are listed; valid-until defaults to it.
        SettingDef("visitors.closing_hour", int, 22, 12, 23),
        SettingDef("visitors.auto_sign_out", bool, False),
        SettingDef("visitors.auto_sign_out_hour", int, 23, 0, 23),
        *(d for rule in DEADLINE_RULES.items() for d in _rule_settings(*rule)),
        SettingDef("rooms.buffer_minutes", int, 15, 0, 120),
        SettingDef("rooms.no_show_minutes", int, 15, 5, 240),
        SettingDef("rooms.free_hours_per_month", int, 4, 0, 744),
        SettingDef("fees.rounding", str, "half_up", choices=("half_up", "half_even", "down")),
        SettingDef("fees.round_to", str, "0.01", choices=("0.01", "0.1", "1")),
        SettingDef("fees.due_days", int, 15, 0, 90),
        SettingDef("fees.jump_factor", int, 3, 2, 20),
        SettingDef("fees.letter_after_months", int, 3, 1, 12),
        SettingDef("goods.max_days_ahead", int, 30, 1, 365),
        SettingDef("goods.max_items", int, 40, 1, 200),
        SettingDef("fitout.debris_rate", str, "5.00"),  # 装修垃圾清运费, yuan per m²
        SettingDef("fitout.deposit", int, 5000, 0, 1000000),  # 装修押金, yuan
        SettingDef("fitout.pass_deposit", int, 50, 0, 10000),  # 出入证押金 per worker's pass, yuan
        SettingDef("fitout.follow_up_months", int, 3, 0, 24),  # 复验 after acceptance, before the deposit refund
        # Monthly contractor evaluation (SPEC §6): >= full_mark full fee; >= pass_mark the mid deduction; below it
        # the low deduction and a written warning; review_months in a row below the pass mark flag the contract.
        SettingDef("contractors.full_mark", int, 90, 1, 100),
        SettingDef("contractors.pass_mark", int, 80, 1, 100),
        SettingDef("contractors.mid_deduction", int, 5, 0, 100),  # percent of the monthly fee
        SettingDef("contractors.low_deduction", int, 10, 0, 100),  # percent of the monthly fee
        SettingDef("contractors.serious_penalty", int, 500, 0, 100000),  # yuan per serious non-conformity
        SettingDef("contractors.review_months", int, 3, 2, 12),
        SettingDef("contractors.rectify_days", int, 2, 0, 30),  # default deadline of a rectification request
        SettingDef("contractors.expiry_days", int, 60, 7, 365),  # contracts ending within it are on the dashboard
        # A sheet is followed up when any score is at or below this (2: 不满意), or its average is below the next.
        SettingDef("surveys.dissatisfied_score", int, 2, 1, 4),
        SettingDef("surveys.overall_below", int, 3, 1, 5),
        SettingDef("mail.uncollected_days", int, 3, 1, 90),  # waiting longer shows on the dashboard
        SettingDef("mail.couriers", str, "顺丰、京东、中通、圆通、申通、韵达、EMS、邮政、极兔、德邦、闪送"),
        SettingDef("mail.shelves", str, "A、B、C、D、大件区、文件柜"),
        SettingDef("lending.default_loan_hours", int, 4, 1, 720),
        SettingDef("lending.write_off_days", int, 30, 1, 365),  # out this long past due: written off
        SettingDef("visits.interval_days", int, 90, 7, 730),  # 走访: days between visits to a tenant
        SettingDef("visits.plan_ahead_days", int, 30, 0, 365),  # a plan takes the visits falling due this soon
        SettingDef("fitout.working_hours", str, "工作日 18:00–次日 08:00 及周末全天可进行噪音施工"),
        # The items each inspection checks (services/fitout_inspections.py), separated by ；
        SettingDef("fitout.completion_items", str,
                   "按批准图纸施工，未擅自变更；未拆改主体结构及承重构件；强弱电线路穿管规范，配电箱标识清楚；"
                   "给排水管道试压无渗漏；吊顶检修口预留到位；公共部位及设施无损坏；装修垃圾已清运完毕"),
        SettingDef("fitout.fire_items", str, "喷淋头、烟感未被遮挡，位置符合图纸；疏散通道及安全出口畅通；"
                   "应急照明及疏散指示完好；装饰材料达到防火等级要求；消火栓、灭火器可正常取用；管线穿墙处防火封堵完好"),
        # 值班日志: the site's shifts, '名称 开始-结束' separated by ；(services/shifts.py reads them).
        SettingDef("duty.shifts", str, shifts.DEFAULT, check=shifts.check),
        SettingDef("fitout.follow_up_items", str, "墙面、吊顶无开裂渗水；公共管线及设备无损坏；消防设施完好；"
                   "外立面及公共区域无损坏"),
    )
}


# Read by lists on every call: the statement is kept (models.prepared), not rebuilt each time.
_VALUE = Prepared(lambda: Setting.select(Setting.value)
                  .where((Setting.site == hole("site")) & (Setting.key == hole("key"))).limit(1))


def get(site_id: int, key: str) -> object:
    """A setting's value for the site, or its default."""
    spec = SETTINGS[key]
    rows = _VALUE.rows(site=site_id, key=key)
    return spec.default if not rows else json.loads(rows[0][0])


def all_settings(site_id: int) -> dict[str, object]:
    """Every setting with the site's value where it has one."""
    stored = {s.key: json.loads(s.value) for s in Setting.select().where(Setting.site == site_id)}
    return {key: stored.get(key, spec.default) for key, spec in SETTINGS.items()}


def _coerce(spec: SettingDef, raw: object, problems: Problems) -> object:
    if spec.kind is bool:
        if isinstance(raw, bool):
            return raw
        problems.add(spec.key, "setting.bool")
        return None
    if spec.kind is int:
        try:
            value = int(str(raw).strip())
        except ValueError:
            problems.add(spec.key, "setting.int")
            return None
        if (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum):
            problems.add(spec.key, "setting.range", minimum=spec.minimum, maximum=spec.maximum)
            return None
        return value
    value = str(raw).strip()
    if spec.choices and value not in spec.choices:
        problems.add(spec.key, "setting.choice")
        return None
    if spec.check and (code := spec.check(value)):
        problems.add(spec.key, code)
        return None
    return value


def update_settings(values: dict[str, object], *, by: Actor) -> dict[str, object]:
    """Validate and store changed settings; all or nothing, each change audited."""
    require(by, "settings.edit")
    problems = Problems()
    clean: dict[str, object] = {}
    for key, raw in values.items():
        if key not in SETTINGS:
            problems.add(key, "setting.unknown")
            continue
        clean[key] = _coerce(SETTINGS[key], raw, problems)
    problems.raise_if_any()
    current = all_settings(by.site_id)
    with db.atomic():
        for key, value in clean.items():
            if current[key] == value:
                continue
            Setting.insert(site=by.site_id, key=key, value=json.dumps(value)).on_conflict(
                conflict_target=[Setting.site, Setting.key], update={Setting.value: json.dumps(value)}
            ).execute()
            record(by, "update", "setting", None, before={key: current[key]}, after={key: value})
    return all_settings(by.site_id)
