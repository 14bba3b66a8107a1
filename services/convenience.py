"""Convenience and paid services (便民服务 / 特约服务): the site's price list, a tenant's order from agreement to
acceptance, the charge onto the tenant's bill, and the service confirmation printed as the receipt."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import Tenant, TenantUnit, Unit, db, now
from models.desk_services import ServiceItem, ServiceOrder
from services.access import Actor, require
from services.audit import record, snapshot
from services.errors import Problems, ValidationError
from services.money import CENT, line_rounder, parse_amount, parse_quantity
from services.numbering import next_number
from services.paging import Page, page_of
from services.records import of_site, save_versioned

SOURCE = "service-order"  # the charge's source in fees: one charge per order, however often acceptance is sent
STATES = ("ordered", "dispatched", "done", "accepted", "cancelled")
SATISFACTION = ("very", "satisfied", "ok", "unsatisfied")
SATISFACTION_TEXT = {"very": "非常满意", "satisfied": "满意", "ok": "基本满意", "unsatisfied": "不满意"}
# action -> the states it may start from, and the state it leads to: the order's course in one place.
TRANSITIONS = {
    "dispatch": (("ordered", "dispatched"), "dispatched"),  # a dispatched order may be passed to someone else
    "complete": (("dispatched",), "done"),
    "accept": (("done",), "accepted"),
    "cancel": (("ordered",), "cancelled"),
}

# The list a new site starts with (a supervisor keeps prices and adds items).
DEFAULT_ITEMS = (
    ("室内保洁", "元/m²", "3.00", "保洁部"),
    ("地毯清洗", "元/m²", "8.00", "保洁部"),
    ("石材结晶养护", "元/m²", "25.00", "保洁部"),
    ("玻璃清洁（室内）", "元/m²", "4.50", "保洁部"),
    ("绿植租摆", "元/盆·月", "35.00", "绿化部"),
    ("搬运协助", "元/人·小时", "60.00", "客服部"),
    ("配钥匙", "元/把", "15.00", "工程部"),
    ("灯具更换（不含材料）", "元/次", "30.00", "工程部"),
    ("空调清洗", "元/台", "120.00", "工程部"),
)


# ---------------------------------------------------------------- the price list
@dataclass(frozen=True)
class PriceRow:
    id: int
    version: int
    name: str
    unit_label: str
    price: Decimal
    department: str
    active: bool


def ensure_price_list(site_id: int) -> None:
    if ServiceItem.select().where(ServiceItem.site == site_id).exists():
        return
    ServiceItem.insert_many([{"site": site_id, "name": n, "unit_label": u, "price": Decimal(p), "department": d}
                             for n, u, p, d in DEFAULT_ITEMS]).on_conflict_ignore().execute()


def price_list(*, by: Actor, active_only: bool = True) -> list[PriceRow]:
    require(by, "service.view")
    ensure_price_list(by.site_id)
    query = ServiceItem.select().where(ServiceItem.site == by.site_id)
    if active_only:
        query = query.where(ServiceItem.active)
    return [PriceRow(i.id, i.version, i.name, i.unit_label, i.price, i.department, i.active)
            for i in query.order_by(ServiceItem.department, ServiceItem.id)]


@dataclass
class PriceInput:
    name: str = ""
    unit_label: str = ""
    price: str = ""
    department: str = ""
    active: bool = True


def save_price(data: PriceInput, *, by: Actor, item_id: int | None = None, version: int = 0) -> int:
    """Add a line to the price list or change one; orders keep the price they were agreed at."""
    require(by, "service.prices")
    ensure_price_list(by.site_id)
    problems = Problems()
    name = problems.text("name", data.name, 60, required=True)
    unit_label = problems.text("unit_label", data.unit_label, 20, required=True)
    department = problems.text("department", data.department, 40, required=True)
    price = parse_amount(data.price, allow_zero=True)
    if price is None:
        problems.add("price", "service.price")
    clash = ServiceItem.get_or_none((ServiceItem.site == by.site_id) & (ServiceItem.name == name))
    if name and clash is not None and clash.id != item_id:
        problems.add("name", "service.item_taken")
    problems.raise_if_any()
    values = {"name": name, "unit_label": unit_label, "price": price, "department": department,
              "active": data.active}
    with db.atomic():
        if item_id is None:
            item = ServiceItem.create(site=by.site_id, **values)
            record(by, "create", "service_item", item.id, after=snapshot(item))
            return item.id
        before = of_site(ServiceItem, item_id, by)
        save_versioned(ServiceItem, item_id, version, values, by=by)
        record(by, "update", "service_item", item_id, before=snapshot(before),
               after=snapshot(ServiceItem.get_by_id(item_id)))
    return item_id


def list_amount(site_id: int, price: Decimal, quantity: Decimal) -> Decimal:
    """Price × quantity by the site's rounding rule (e.g. 3.00 元/m² × 126.35 m² = 379.05 元)."""
    return line_rounder(site_id)(price * quantity)


# ---------------------------------------------------------------- orders
@dataclass
class OrderInput:
    tenant_id: int | None = None
    unit_code: str = ""
    item_id: int | None = None
    quantity: str = ""
    amount: str = ""  # empty: the list amount; otherwise the agreed price, with a reason
    price_reason: str = ""
    agreed_at: dt.datetime | None = None
    contact_name: str = ""
    contact_phone: str = ""
    note: str = ""


def _check_order(data: OrderInput, site_id: int) -> dict:
    problems = Problems()
    tenant = Tenant.get_or_none((Tenant.id == (data.tenant_id or 0)) & (Tenant.site == site_id))
    if tenant is None:
        problems.add("tenant_id", "required")
    unit_code = data.unit_code.strip().upper()
    if unit_code and tenant is not None:
        held = (TenantUnit.select().join(Unit).where((TenantUnit.tenant == tenant.id) & (Unit.code == unit_code)
                                                     & TenantUnit.until.is_null()).exists())
        if not held:
            problems.add("unit_code", "service.unit_not_tenants")
    item = ServiceItem.get_or_none((ServiceItem.id == (data.item_id or 0)) & (ServiceItem.site == site_id))
    if item is None or not item.active:
        problems.add("item_id", "required")
    quantity = parse_quantity(data.quantity)
    if quantity is None or quantity == 0:
        problems.add("quantity", "service.quantity")
    computed = list_amount(site_id, item.price, quantity) if item is not None and quantity else None
    agreed = computed
    reason = problems.text("price_reason", data.price_reason, 200)
    if str(data.amount).strip():
        agreed = parse_amount(data.amount, allow_zero=True)
        if agreed is None:
            problems.add("amount", "service.price")
        elif computed is not None and agreed != computed and not reason:
            problems.add("price_reason", "service.price_reason")
    if data.agreed_at is None:
        problems.add("agreed_at", "required")
    contact = problems.text("contact_name", data.contact_name, 60, required=True)
    phone = ""
    if data.contact_phone.strip():
        from services.tenants import InvalidIdentity, check_phone

        try:
            phone = check_phone(data.contact_phone)
        except InvalidIdentity:
            problems.add("contact_phone", "phone.format")
    note = problems.text("note", data.note, 1000)
    problems.raise_if_any()
    return {"tenant": tenant.id, "unit_code": unit_code, "item": item.id, "item_name": item.name,
            "unit_label": item.unit_label, "unit_price": item.price, "quantity": quantity, "list_amount": computed,
            "amount": agreed, "price_reason": reason if agreed != computed else "", "agreed_at": data.agreed_at,
            "contact_name": contact, "contact_phone": phone, "note": note, "department": item.department}


def _load(order_id: int, by: Actor) -> ServiceOrder:
    return of_site(ServiceOrder, order_id, by)


def _step(order: ServiceOrder, action: str) -> str:
    starts, to = TRANSITIONS[action]
    if order.state not in starts:
        raise ValidationError("state", "service.state", state=order.state)
    return to


def order_service(data: OrderInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Take a tenant's order at the agreed details and price; returns its id (number FW-yyyy-nnnn)."""
    require(by, "service.order")
    values = _check_order(data, by.site_id)
    at = at or now()
    with db.atomic():
        order = ServiceOrder.create(site=by.site_id, number=next_number(by.site_id, "FW", year=at.year),
                                    ordered_by=by.full_name, created_at=at, updated_at=at, **values)
        record(by, "create", "service_order", order.id, after=snapshot(order, leave_out=("signature",)))
    return order.id


def update_order(order_id: int, version: int, data: OrderInput, *, by: Actor) -> int:
    """Change what was agreed, as long as nobody has been sent yet."""
    require(by, "service.order", entity="service_order", record_id=order_id)
    order = _load(order_id, by)
    if order.state != "ordered":
        raise ValidationError("state", "service.state", state=order.state)
    values = _check_order(data, by.site_id)
    with db.atomic():
        new_version = save_versioned(ServiceOrder, order_id, version, values, by=by)
        record(by, "update", "service_order", order_id, before=snapshot(order, leave_out=("signature",)),
               after=snapshot(ServiceOrder.get_by_id(order_id), leave_out=("signature",)))
    return new_version


def _move(order: ServiceOrder, action: str, changes: dict, by: Actor, note: str = "") -> None:
    to = _step(order, action)
    with db.atomic():
        save_versioned(ServiceOrder, order.id, order.version, {"state": to, **changes}, by=by)
        record(by, action, "service_order", order.id, before={"state": order.state},
               after={"state": to, **{k: v for k, v in changes.items() if k != "signature"}}, note=note)


def dispatch_order(order_id: int, *, department: str, assignee: str, by: Actor,
                   at: dt.datetime | None = None) -> None:
    """Send the order to the department that does it (and to a person there)."""
    require(by, "service.dispatch", entity="service_order", record_id=order_id)
    order = _load(order_id, by)
    problems = Problems()
    department = problems.text("department", department, 40, required=True)
    assignee = problems.text("assignee", assignee, 60)
    problems.raise_if_any()
    _move(order, "dispatch", {"department": department, "assignee": assignee, "dispatched_at": at or now()}, by)


def complete_order(order_id: int, *, note: str = "", by: Actor, at: dt.datetime | None = None) -> None:
    require(by, "service.complete", entity="service_order", record_id=order_id)
    order = _load(order_id, by)
    problems = Problems()
    note = problems.text("done_note", note, 1000)
    problems.raise_if_any()
    done_at = at or now()
    if order.dispatched_at and done_at < order.dispatched_at:
        raise ValidationError("done_at", "service.before_dispatch")
    _move(order, "complete", {"done_at": done_at, "done_note": note}, by)


@dataclass
class AcceptInput:
    name: str = ""  # the tenant's person who accepted the work
    satisfaction: str = ""
    comment: str = ""
    signature: bytes | None = None  # PNG from the signature pad


def accept_order(order_id: int, data: AcceptInput, *, by: Actor, at: dt.datetime | None = None) -> int | None:
    """The tenant accepts the work (signature and satisfaction); the agreed price goes onto the tenant's bill.

    The charge is posted through fees, idempotent per order: returns its id (None for a free service).
    """
    from services.fees import post_charge

    require(by, "service.accept", entity="service_order", record_id=order_id)
    order = _load(order_id, by)
    problems = Problems()
    name = problems.text("name", data.name, 60, required=True)
    if data.satisfaction not in SATISFACTION:
        problems.add("satisfaction", "service.satisfaction")
    comment = problems.text("comment", data.comment, 200)
    if data.satisfaction == "unsatisfied" and not comment:
        problems.add("comment", "service.unsatisfied_why")
    if not data.signature:
        problems.add("signature", "service.signature")
    problems.raise_if_any()
    _step(order, "accept")
    at = at or now()
    with db.atomic():
        # The order's row first: a second desk accepting the same order at the same moment waits here, then finds
        # it changed (StaleRecord) and charges nothing; the charge itself is idempotent per order besides.
        _move(order, "accept", {"accepted_at": at, "accepted_name": name, "satisfaction": data.satisfaction,
                                "accept_comment": comment, "signature": data.signature}, by)
        charge_id = None
        if order.amount > 0:
            note = f"{order.number} {order.item_name} {order.quantity.normalize():f}{order.unit_label.split('/')[-1]}"
            charge_id = post_charge(order.tenant_id, "SERVICE", Decimal(order.amount).quantize(CENT), source=SOURCE,
                                    source_id=order.id, note=note, by=by, on=at.date())
            ServiceOrder.update(charge_id=charge_id).where(ServiceOrder.id == order.id).execute()
    return charge_id


def cancel_order(order_id: int, reason: str, *, by: Actor, at: dt.datetime | None = None) -> None:
    """Cancel before anyone was sent, with the tenant's or the desk's reason."""
    require(by, "service.cancel", entity="service_order", record_id=order_id)
    order = _load(order_id, by)
    problems = Problems()
    reason = problems.text("reason", reason, 200, required=True)
    problems.raise_if_any()
    _move(order, "cancel", {"cancelled_at": at or now(), "cancel_reason": reason}, by, note=reason)


# ---------------------------------------------------------------- the list
@dataclass(frozen=True)
class OrderRow:
    id: int
    version: int
    number: str
    tenant_id: int
    tenant: str
    unit_code: str
    item_id: int
    item_name: str
    unit_label: str
    unit_price: Decimal
    quantity: Decimal
    list_amount: Decimal
    amount: Decimal
    price_reason: str
    agreed_at: dt.datetime
    contact_name: str
    contact_phone: str
    note: str
    state: str
    ordered_by: str
    department: str
    assignee: str
    dispatched_at: dt.datetime | None
    done_at: dt.datetime | None
    done_note: str
    accepted_at: dt.datetime | None
    accepted_name: str
    satisfaction: str
    accept_comment: str
    charge_id: int | None
    cancel_reason: str
    created_at: dt.datetime


def _row(o: ServiceOrder) -> OrderRow:
    return OrderRow(o.id, o.version, o.number, o.tenant_id, o.tenant.name, o.unit_code, o.item_id, o.item_name,
                    o.unit_label, Decimal(o.unit_price).quantize(CENT), Decimal(o.quantity).quantize(CENT),
                    Decimal(o.list_amount).quantize(CENT), Decimal(o.amount).quantize(CENT), o.price_reason,
                    o.agreed_at, o.contact_name, o.contact_phone, o.note, o.state, o.ordered_by, o.department,
                    o.assignee, o.dispatched_at, o.done_at, o.done_note, o.accepted_at, o.accepted_name,
                    o.satisfaction, o.accept_comment, o.charge_id, o.cancel_reason, o.created_at)


def search_orders(*, by: Actor, state: str = "", text: str = "", page: int = 0,
                  page_size: int = 200) -> Page[OrderRow]:
    """Orders newest first; `state` "open" is every order not yet accepted or cancelled."""
    require(by, "service.view")
    query = ServiceOrder.select(ServiceOrder, Tenant).join(Tenant).where(ServiceOrder.site == by.site_id)
    if state == "open":
        query = query.where(ServiceOrder.state.in_(("ordered", "dispatched", "done")))
    elif state:
        query = query.where(ServiceOrder.state == state)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where((ServiceOrder.number ** like) | (Tenant.name ** like) | (ServiceOrder.item_name ** like)
                            | (ServiceOrder.unit_code ** like) | (ServiceOrder.assignee ** like))
    return page_of(query.order_by(ServiceOrder.agreed_at.desc(), ServiceOrder.id.desc()), page, page_size, _row)


def get_order(order_id: int, *, by: Actor) -> OrderRow:
    require(by, "service.view")
    return _row(_load(order_id, by))


def signature_of(order_id: int, *, by: Actor) -> bytes | None:
    require(by, "service.view")
    order = _load(order_id, by)
    return bytes(order.signature) if order.signature else None


def print_receipt(order_id: int, *, by: Actor) -> bytes:
    """《便民服务确认单》: what was agreed and done, the tenant's acceptance and signature, the charge."""
    from printouts.service_receipt import ServiceReceipt, render_service_receipt
    from services.money import capital
    from services.printing import letterhead

    row = get_order(order_id, by=by)
    if row.state == "cancelled":
        raise ValidationError("state", "service.state", state=row.state)
    receipt = ServiceReceipt(
        number=row.number, tenant=row.tenant, unit_code=row.unit_code, contact=row.contact_name,
        phone=row.contact_phone, item=row.item_name, unit_label=row.unit_label, unit_price=row.unit_price,
        quantity=row.quantity, list_amount=row.list_amount, amount=row.amount, amount_words=capital(row.amount),
        price_reason=row.price_reason, agreed_at=row.agreed_at, note=row.note, department=row.department,
        assignee=row.assignee, done_at=row.done_at, done_note=row.done_note, accepted_at=row.accepted_at,
        accepted_name=row.accepted_name, satisfaction=SATISFACTION_TEXT.get(row.satisfaction, ""),
        accept_comment=row.accept_comment, signature=signature_of(order_id, by=by),
        charged=row.charge_id is not None, ordered_by=row.ordered_by, printed_at=now())
    return render_service_receipt(receipt, letterhead(by.site_id))
