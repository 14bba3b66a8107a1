"""The site's charge items (收费项目): what the site charges for, how, and at what price."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models import db, now
from models.fees import ITEM_KINDS, ChargeItem
from services.access import Actor, require
from services.audit import record
from services.errors import Problems
from services.money import parse_quantity

# The items a new site starts with (a manager changes prices and adds items in settings).
DEFAULT_ITEMS = (
    ("MGMT", "物业管理费", "area", "12.0000", "元/m²·月"),
    ("WATER", "水费", "water", "5.8000", "元/吨"),
    ("POWER", "电费", "power", "1.1000", "元/kWh"),
    ("PARK", "停车费", "one_off", "0", "元/月"),
    ("DEBRIS", "装修垃圾清运费", "one_off", "0", "元/次"),
    ("ROOM", "会议室超时费", "one_off", "0", "元/小时"),
    ("KEY", "钥匙补配/遗失费", "one_off", "0", "元/把"),
    ("DAMAGE", "损坏赔偿", "one_off", "0", "元"),
    ("SERVICE", "便民/特约服务费", "one_off", "0", "元"),
    ("OTHER", "其他费用", "one_off", "0", "元"),
)

@dataclass(frozen=True)
class ItemRow:
    id: int
    code: str
    name: str
    kind: str
    unit_price: Decimal
    unit_label: str
    active: bool


def ensure_items(site_id: int) -> None:
    """Give a site the default charge items the first time fees are used."""
    if ChargeItem.select().where(ChargeItem.site == site_id).exists():
        return
    # Two desks may get here at once: the second's rows meet the unique (site, code) and are skipped.
    ChargeItem.insert_many([
        {"site": site_id, "code": code, "name": name, "kind": kind, "unit_price": Decimal(price), "unit_label": label}
        for code, name, kind, price, label in DEFAULT_ITEMS]).on_conflict_ignore().execute()


def list_items(*, by: Actor, active_only: bool = False) -> list[ItemRow]:
    require(by, "fees.view")
    ensure_items(by.site_id)
    query = ChargeItem.select().where(ChargeItem.site == by.site_id)
    if active_only:
        query = query.where(ChargeItem.active)
    return [ItemRow(i.id, i.code, i.name, i.kind, i.unit_price, i.unit_label, i.active)
            for i in query.order_by(ChargeItem.id)]


@dataclass
class ItemInput:
    code: str = ""
    name: str = ""
    kind: str = "one_off"
    unit_price: str = "0"
    unit_label: str = ""
    active: bool = True


def save_item(data: ItemInput, *, by: Actor) -> int:
    """Create a charge item or change one (by code); prices only move forward: issued bills keep theirs."""
    require(by, "fees.items")
    ensure_items(by.site_id)
    problems = Problems()
    code = data.code.strip().upper()
    if not code or len(code) > 30 or not code.replace("_", "").isalnum():
        problems.add("code", "fees.item_code")
    if not data.name.strip():
        problems.add("name", "required")
    if data.kind not in ITEM_KINDS:
        problems.add("kind", "fees.item_kind")
    price = parse_quantity(data.unit_price, places=4)
    if price is None:
        problems.add("unit_price", "fees.price")
    problems.raise_if_any()
    fields = {"name": data.name.strip()[:60], "kind": data.kind, "unit_price": price,
              "unit_label": data.unit_label.strip()[:20], "active": data.active}
    with db.atomic():
        item = ChargeItem.get_or_none((ChargeItem.site == by.site_id) & (ChargeItem.code == code))
        if item is None:
            item = ChargeItem.create(site=by.site_id, code=code, **fields)
            record(by, "create", "charge_item", item.id, after={"code": code, **fields})
        else:
            before = {k: getattr(item, k) for k in fields}
            ChargeItem.update(**fields, version=ChargeItem.version + 1, updated_at=now()).where(
                ChargeItem.id == item.id).execute()
            record(by, "update", "charge_item", item.id, before=before, after=fields)
    return item.id


def _item(site_id: int, code: str) -> ChargeItem | None:
    ensure_items(site_id)
    return ChargeItem.get_or_none((ChargeItem.site == site_id) & (ChargeItem.code == code.strip().upper()))


