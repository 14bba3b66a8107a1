"""Goods-release passes (物品放行条): issued by the desk, checked and marked used at the gate.

A pass is approved when the desk issues it (the desk is the approver); the gate types or scans its
number and sees one of: valid (today, inside its hours), not yet, expired, used, voided, unknown.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import SQL, Cast, NodeList, Select, Value, fn

from models import GoodsItem, GoodsPass, MoveOut, db, is_postgres, now
from models.prepared import containing, contains, hole
from services import settings
from services.access import Actor, require
from services.audit import record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.move_fields import active_tenant, holds, phone_field, unit_by_code
from services.numbering import next_number
from services.paging import Page, PagedList

PASS_KIND = "FX"  # 放行: FX-2026-0001
PLATE = re.compile(r"^[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}$")  # 粤B12345, 粤BD12345 (new energy)
PASS_NO = re.compile(r"^FX-?(\d{4})-?(\d{1,6})$")
# What the gate is told about a number: the one place the answer is decided.
CHECK_RESULTS = ("valid", "not_yet", "expired", "used", "voided", "unknown")


@dataclass
class ItemInput:
    name: str = ""
    quantity: int | str = 1
    measure: str = "件"


@dataclass
class PassInput:
    """What the clerk types on the pass form."""

    tenant_id: int | None = None
    unit_code: str = ""
    carrier: str = ""
    carrier_phone: str = ""
    plate: str = ""
    valid_on: dt.date | None = None
    time_from: dt.time | None = None
    time_to: dt.time | None = None
    reason: str = ""
    items: list[ItemInput] = field(default_factory=list)
    move_out_id: int | None = None


class PassRow(NamedTuple):
    """One line of the passes list. A named tuple: a page of 200 is made on every keystroke."""

    id: int
    pass_no: str
    company: str
    unit_code: str
    carrier: str
    plate: str
    valid_on: dt.date
    time_from: dt.time
    time_to: dt.time
    items: str
    state: str
    approved_by: str
    used_at: dt.datetime | None


@dataclass(frozen=True)
class PassDetail:
    id: int
    pass_no: str
    data: PassInput
    company: str
    state: str
    approved_by: str
    created_at: dt.datetime
    used_at: dt.datetime | None
    used_by: str
    void_reason: str


@dataclass(frozen=True)
class GateCheck:
    """The gate's answer for a typed or scanned number."""

    result: str  # one of CHECK_RESULTS
    pass_no: str
    detail: PassDetail | None = None


def normalise_pass_no(text: str) -> str:
    """`fx2026-12`, `FX-2026-0012` → `FX-2026-0012`; anything else unchanged (upper-cased)."""
    raw = re.sub(r"\s+", "", text or "").upper()
    match = PASS_NO.match(raw)
    return f"{PASS_KIND}-{match.group(1)}-{int(match.group(2)):04d}" if match else raw


def _plate(problems: Problems, value: str) -> str:
    plate = re.sub(r"[\s·.-]", "", value or "").upper()
    if plate and not PLATE.match(plate):
        problems.add("plate", "goods.plate")
    return plate


def _quantity(value: int | str) -> int | None:
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if 1 <= number <= 100000 else None


def _check(data: PassInput, by: Actor) -> tuple[dict, list[dict]]:
    problems = Problems()
    clean: dict = {"tenant": None, "company": "", "move_out": None}
    tenant = active_tenant(problems, by.site_id, data.tenant_id)
    if tenant is not None:
        clean["tenant"], clean["company"] = tenant, tenant.name
    unit_code, unit = unit_by_code(Problems(), by.site_id, data.unit_code, required=False)
    if unit_code and tenant is not None and (unit is None or not holds(tenant, unit)):
        problems.add("unit_code", "goods.unit_not_held", unit=unit_code)  # no property leaves another's unit
    clean["unit_code"] = unit_code
    clean["carrier"] = problems.text("carrier", data.carrier, 60, required=True)
    clean["carrier_phone"] = phone_field(problems, "carrier_phone", data.carrier_phone, required=True)
    clean["plate"] = _plate(problems, data.plate)
    clean["reason"] = problems.text("reason", data.reason, 200)
    today = dt.date.today()
    ahead = int(settings.get(by.site_id, "goods.max_days_ahead"))
    if data.valid_on is None:
        problems.add("valid_on", "required")
    elif data.valid_on < today:
        problems.add("valid_on", "goods.day_past")
    elif data.valid_on > today + dt.timedelta(days=ahead):
        problems.add("valid_on", "goods.day_far", days=ahead)
    clean["valid_on"] = data.valid_on
    if data.time_from is None:
        problems.add("time_from", "required")
    if data.time_to is None:
        problems.add("time_to", "required")
    elif data.time_from is not None and data.time_to <= data.time_from:
        problems.add("time_to", "goods.time_order")
    clean["time_from"], clean["time_to"] = data.time_from, data.time_to
    items = []
    for i, item in enumerate(data.items):
        if not str(item.name).strip() and not str(item.quantity).strip():
            continue
        entry = {"name": problems.text(f"items[{i}].name", item.name, 80, required=True),
                 "measure": problems.text(f"items[{i}].measure", item.measure or "件", 10) or "件",
                 "quantity": _quantity(item.quantity)}
        if entry["quantity"] is None:
            problems.add(f"items[{i}].quantity", "goods.quantity")
        items.append(entry)
    if not items:
        problems.add("items", "goods.no_items")
    elif len(items) > int(settings.get(by.site_id, "goods.max_items")):
        problems.add("items", "goods.too_many", maximum=settings.get(by.site_id, "goods.max_items"))
    if data.move_out_id is not None:
        move_out = MoveOut.get_or_none((MoveOut.id == data.move_out_id) & (MoveOut.site == by.site_id))
        if move_out is None or (tenant is not None and move_out.tenant_id != tenant.id):
            problems.add("tenant", "goods.move_out_other")
        clean["move_out"] = move_out
    problems.raise_if_any()
    return clean, items


def issue_pass(data: PassInput, *, by: Actor) -> str:
    """Issue (and so approve) a goods-release pass; return its number, unique per site and year."""
    require(by, "goods.issue")
    clean, items = _check(data, by)
    with db.atomic():
        pass_no = next_number(by.site_id, PASS_KIND, year=clean["valid_on"].year)
        goods = GoodsPass.create(site=by.site_id, pass_no=pass_no, approved_by=by.full_name, **clean)
        for item in items:
            GoodsItem.create(goods_pass=goods, **item)
        record(by, "issue", "goods_pass", goods.id, after={**snapshot(goods), "items": _items_text(goods.id)})
    return pass_no


def _items_text(pass_id: int) -> str:
    return "、".join(f"{i.name}×{i.quantity}{i.measure}" for i in
                    GoodsItem.select().where(GoodsItem.goods_pass == pass_id).order_by(GoodsItem.id))


def _find(pass_no: str, by: Actor) -> GoodsPass | None:
    return GoodsPass.get_or_none((GoodsPass.site == by.site_id) & (GoodsPass.pass_no == normalise_pass_no(pass_no)))


def _detail(goods: GoodsPass) -> PassDetail:
    items = [ItemInput(i.name, i.quantity, i.measure)
             for i in GoodsItem.select().where(GoodsItem.goods_pass == goods).order_by(GoodsItem.id)]
    data = PassInput(goods.tenant_id, goods.unit_code, goods.carrier, goods.carrier_phone, goods.plate,
                     goods.valid_on, goods.time_from, goods.time_to, goods.reason, items, goods.move_out_id)
    return PassDetail(goods.id, goods.pass_no, data, goods.company, goods.state, goods.approved_by,
                      goods.created_at, goods.used_at, goods.used_by, goods.void_reason)


def get_pass(pass_no: str, *, by: Actor) -> PassDetail:
    require(by, "goods.view")
    goods = _find(pass_no, by)
    if goods is None:
        raise NotFound("goods_pass", pass_no)
    return _detail(goods)


def _verdict(goods: GoodsPass | None, moment: dt.datetime) -> str:
    if goods is None:
        return "unknown"
    if goods.state in ("used", "voided"):
        return goods.state
    start = dt.datetime.combine(goods.valid_on, goods.time_from)
    end = dt.datetime.combine(goods.valid_on, goods.time_to)
    if moment < start:
        return "not_yet"
    if moment > end:
        return "expired"
    return "valid"


def check_pass(pass_no: str, *, by: Actor, at: dt.datetime | None = None) -> GateCheck:
    """The gate's look-up: is this number a pass that may go out now?"""
    require(by, "goods.check")
    goods = _find(pass_no, by)
    return GateCheck(_verdict(goods, at or now()), normalise_pass_no(pass_no), _detail(goods) if goods else None)


def mark_used(pass_no: str, *, by: Actor, at: dt.datetime | None = None) -> GateCheck:
    """The goods went out: the pass is used. Refused unless the pass is valid now.

    The state check and the write are one UPDATE, so two gates scanning one pass cannot both use it.
    """
    require(by, "goods.check")
    moment = at or now()
    check = check_pass(pass_no, by=by, at=moment)
    if check.result != "valid":
        raise ValidationError("pass_no", f"goods.{check.result}", pass_no=check.pass_no)
    with db.atomic():
        done = (GoodsPass.update(state="used", used_at=moment, used_by=by.full_name, version=GoodsPass.version + 1,
                                 updated_at=now())
                .where((GoodsPass.id == check.detail.id) & (GoodsPass.state == "approved")).execute())
        if done != 1:
            raise ValidationError("pass_no", "goods.used", pass_no=check.pass_no)
        record(by, "use", "goods_pass", check.detail.id, before={"state": "approved"}, after={"state": "used"})
    return check_pass(pass_no, by=by, at=moment)


def void_pass(pass_no: str, reason: str, *, by: Actor) -> None:
    """Void a pass that will not be used (a supervisor, with a reason); it stays on the list."""
    require(by, "goods.void")
    goods = _find(pass_no, by)
    if goods is None:
        raise NotFound("goods_pass", pass_no)
    if not reason.strip():
        raise ValidationError("reason", "required")
    with db.atomic():
        done = (GoodsPass.update(state="voided", void_reason=reason.strip(), version=GoodsPass.version + 1,
                                 updated_at=now())
                .where((GoodsPass.id == goods.id) & (GoodsPass.state == "approved")).execute())
        if done != 1:
            raise ValidationError("pass_no", f"goods.{goods.state}", pass_no=goods.pass_no)
        record(by, "void", "goods_pass", goods.id, before={"state": "approved"}, after={"state": "voided"},
               note=reason.strip())


def _pass_list(by_text: bool, by_from: bool, by_to: bool, by_state: bool, by_move_out: bool):
    """The passes list for one shape of search, newest day first, each pass with its items ("name×3件", in the
    order entered, joined by 、) read in the same statement."""
    item = GoodsItem.name.concat("×").concat(Cast(GoodsItem.quantity, "TEXT")).concat(GoodsItem.measure)
    of_pass = GoodsItem.goods_pass == GoodsPass.id
    if is_postgres():
        in_order = NodeList((Value("、"), SQL("ORDER BY"), GoodsItem.id))
        items = GoodsItem.select(fn.string_agg(item, in_order)).where(of_pass)
    else:
        # SQLite keeps a FROM subquery's ORDER BY under an aggregate other than count/min/max: it neither
        # flattens it there nor drops the ORDER BY, so that GROUP_CONCAT sees the rows in order (select.c).
        entered = GoodsItem.select(item.alias("item")).where(of_pass).order_by(GoodsItem.id).alias("entered")
        items = Select([entered], [fn.GROUP_CONCAT(entered.c.item, "、")])
    query = (GoodsPass.select(GoodsPass.id, GoodsPass.pass_no, GoodsPass.company, GoodsPass.unit_code,
                              GoodsPass.carrier, GoodsPass.plate, GoodsPass.valid_on, GoodsPass.time_from,
                              GoodsPass.time_to, items, GoodsPass.state, GoodsPass.approved_by, GoodsPass.used_at)
             .where(GoodsPass.site == hole("site")))
    if by_text:
        query = query.where((GoodsPass.pass_no == hole("pass_no")) | contains(GoodsPass.company, "anywhere")
                            | contains(GoodsPass.carrier, "anywhere") | contains(GoodsPass.plate, "upper_anywhere")
                            | (GoodsPass.unit_code == hole("upper")))
    if by_from:
        query = query.where(GoodsPass.valid_on >= hole("day_from", GoodsPass.valid_on))
    if by_to:
        query = query.where(GoodsPass.valid_on <= hole("day_to", GoodsPass.valid_on))
    if by_state:
        query = query.where(GoodsPass.state == hole("state"))
    if by_move_out:
        query = query.where(GoodsPass.move_out == hole("move_out"))
    return query.order_by(GoodsPass.valid_on.desc(), GoodsPass.id.desc())


_PASS_LIST = PagedList(_pass_list)
_new_row = tuple.__new__


def _pass_row(r: tuple) -> PassRow:
    return _new_row(PassRow, (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] or "", r[10], r[11], r[12]))


def search_passes(*, by: Actor, text: str = "", day_from: dt.date | None = None, day_to: dt.date | None = None,
                  state: str = "", move_out_id: int | None = None, page: int = 0,
                  page_size: int = 200) -> Page[PassRow]:
    """Passes newest day first, by number, company, carrier or plate, day range and state."""
    require(by, "goods.view")
    given: dict = {"site": by.site_id, "day_from": day_from, "day_to": day_to, "state": state,
                   "move_out": move_out_id}
    needle = (text or "").strip()
    if needle:
        upper = needle.upper()
        given.update(pass_no=normalise_pass_no(needle), anywhere=containing(needle),
                     upper_anywhere=containing(upper), upper=upper)
    shape = (bool(needle), bool(day_from), bool(day_to), bool(state), move_out_id is not None)
    return _PASS_LIST.page(shape, given, page, page_size, _pass_row)


def passes_today(*, by: Actor) -> int:
    """Passes valid today and not yet used, for the dashboard."""
    require(by, "goods.view")
    return (GoodsPass.select(fn.COUNT(GoodsPass.id))
            .where((GoodsPass.site == by.site_id) & (GoodsPass.valid_on == dt.date.today())
                   & (GoodsPass.state == "approved")).scalar())


# Printed in Chinese whatever the UI language.
RESULT_PRINT = {"valid": "有效", "not_yet": "未到时间", "expired": "已过期", "used": "已使用", "voided": "已作废",
                "unknown": "无此放行条"}


def print_pass(pass_no: str, *, by: Actor) -> bytes:
    """The 放行条 (A6): large number, its QR code, items, carrier, vehicle, validity."""
    from printouts.goods_pass import PassItem, PrintedPass, render_goods_pass
    from services.printing import letterhead

    d = get_pass(pass_no, by=by)
    printed = PrintedPass(
        pass_no=d.pass_no, company=d.company, unit_code=d.data.unit_code, carrier=d.data.carrier,
        carrier_phone=d.data.carrier_phone, plate=d.data.plate, valid_on=d.data.valid_on,
        time_from=d.data.time_from, time_to=d.data.time_to, reason=d.data.reason, approved_by=d.approved_by,
        issued_at=d.created_at, items=tuple(PassItem(i.name, int(i.quantity), i.measure) for i in d.data.items),
        state=RESULT_PRINT.get(d.state, "") if d.state != "approved" else "",
    )
    return render_goods_pass(printed, letterhead(by.site_id))
