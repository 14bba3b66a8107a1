"""Mail and parcels signed for at the desk (信件/报刊/快递代签收): arrival, pick-up, return to sender.

An arrival is logged for a tenant (and one of its units, which names the floor for the stewards' round),
with the courier from the site's list and the tracking number typed or scanned. A tracking number still on
the shelf cannot be logged twice. Collection is by scanning the tracking number (or the slip's number) or
picking from the tenant's waiting items; who collected signs on the pad.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from peewee import fn

from models import Floor, MailItem, Tenant, TenantUnit, Unit, db, now
from services import settings
from services.access import Actor, require
from services.audit import record
from services.counter_forms import signature_png
from services.errors import NotFound, Problems, ValidationError
from services.move_fields import active_tenant
from services.numbering import next_number
from services.paging import Page, page_of

NUMBER_KIND = "YJ"  # 邮件 numbers: YJ-2026-00001
BATCH_KIND = "YJP"  # one courier drop scanned in together
KINDS = ("parcel", "letter", "newspaper", "document")
NEEDS_TRACKING = ("parcel",)
FILTERS = ("waiting", "uncollected", "collected", "returned", "today", "")
MAX_COUNT = 99
_TRACKING = re.compile(r"^[0-9A-Z-]{6,40}$")


@dataclass
class ArrivalInput:
    """One arrival as typed or scanned at the counter."""

    tenant_id: int | None = None
    unit_code: str = ""
    kind: str = "parcel"
    recipient: str = ""
    sender: str = ""
    courier: str = ""
    tracking: str = ""
    count: int | str = 1
    shelf: str = ""
    note: str = ""


@dataclass
class BatchInput:
    """A courier's drop: the courier and shelf once, then one line per scanned parcel."""

    courier: str = ""
    shelf: str = ""
    lines: list[ArrivalInput] = field(default_factory=list)


@dataclass
class CollectInput:
    """Who takes the items away: their name, the last four digits of their phone, their signature."""

    collector: str = ""
    phone_tail: str = ""
    signature: bytes | None = None
    note: str = ""


@dataclass
class DeliverInput:
    """Items a floor steward carried up on the round, signed for on the paper list by the tenant's staff."""

    steward: str = ""
    receiver: str = ""  # who signed on the list, when the steward brings the name back
    note: str = ""


@dataclass(frozen=True)
class MailRow:
    id: int
    number: str
    kind: str
    tenant_id: int | None
    tenant: str
    unit: str
    floor: str
    recipient: str
    sender: str
    courier: str
    tracking: str
    count: int
    shelf: str
    received_at: dt.datetime
    received_by: str
    state: str
    closed_at: dt.datetime | None
    collector: str
    phone_tail: str
    closed_by: str
    note: str
    delivered_by: str = ""

    def waiting_days(self, moment: dt.datetime) -> int:
        return (moment.date() - self.received_at.date()).days


@dataclass(frozen=True)
class MailFigures:
    waiting: int
    uncollected: int  # waiting longer than the site's mail.uncollected_days
    today: int
    days: int


def split_list(text: str) -> list[str]:
    """A site's list kept as one setting: names separated by 、 , ， ; or new lines."""
    return [p.strip() for p in re.split(r"[、,，;；\n]+", text or "") if p.strip()]


def couriers(site_id: int) -> list[str]:
    return split_list(str(settings.get(site_id, "mail.couriers")))


def shelves(site_id: int) -> list[str]:
    return split_list(str(settings.get(site_id, "mail.shelves")))


def normalise_tracking(text: str) -> str:
    """A tracking number as a scanner or a clerk gives it: spaces gone, letters upper-case."""
    return re.sub(r"\s+", "", text or "").upper()


def _tenant_unit(problems: Problems, site_id: int, tenant_id: int | None, unit_code: str,
                 name: str = "tenant") -> tuple[Tenant | None, Unit | None]:
    tenant = active_tenant(problems, site_id, tenant_id, name=name)
    if tenant is None:
        return None, None
    units = list(Unit.select(Unit, Floor).join(TenantUnit, on=(TenantUnit.unit == Unit.id)).switch(Unit)
                 .join(Floor).where((TenantUnit.tenant == tenant) & TenantUnit.until.is_null()).order_by(Unit.code))
    code = (unit_code or "").strip().upper()
    if code:
        chosen = next((u for u in units if u.code == code), None)
        if chosen is None:
            problems.add(name, "mail.unit_not_tenants", unit=code)
        return tenant, chosen
    return tenant, units[0] if units else None


def _check(site_id: int, data: ArrivalInput, known_couriers: list[str], seen: set[str],
           prefix: str = "") -> dict:
    problems = Problems()
    tenant, unit = _tenant_unit(problems, site_id, data.tenant_id, data.unit_code, prefix + "tenant")
    if data.kind not in KINDS:
        problems.add(prefix + "kind", "mail.kind")
    tracking = normalise_tracking(data.tracking)
    if not tracking:
        if data.kind in NEEDS_TRACKING:
            problems.add(prefix + "tracking", "required")
    elif not _TRACKING.match(tracking):
        problems.add(prefix + "tracking", "mail.tracking_format")
    elif tracking in seen:
        problems.add(prefix + "tracking", "mail.tracking_twice", tracking=tracking)
    else:
        dup = MailItem.get_or_none((MailItem.site == site_id) & (MailItem.tracking == tracking)
                                   & (MailItem.state == "waiting"))
        if dup is not None:
            problems.add(prefix + "tracking", "mail.duplicate", number=dup.number, tracking=tracking)
    courier = (data.courier or "").strip()
    if not courier and data.kind in NEEDS_TRACKING:
        problems.add(prefix + "courier", "required")
    elif courier and courier not in known_couriers:
        problems.add(prefix + "courier", "mail.courier_unknown", courier=courier)
    try:
        count = int(str(data.count).strip())
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_COUNT:
        problems.add(prefix + "count", "mail.count", maximum=MAX_COUNT)
    clean = {
        "tenant": tenant, "unit_code": unit.code if unit else "", "floor_label": unit.floor.name if unit else "",
        "kind": data.kind, "tracking": tracking, "courier": courier, "count": count,
        "recipient": problems.text(prefix + "recipient", data.recipient, 60),
        "sender": problems.text(prefix + "sender", data.sender, 120),
        "shelf": problems.text(prefix + "shelf", data.shelf, 20),
        "note": problems.text(prefix + "note", data.note, 500),
    }
    problems.raise_if_any()
    return clean


def _create(clean: dict, by: Actor, at: dt.datetime | None, batch_no: str = "") -> int:
    number = next_number(by.site_id, NUMBER_KIND, width=5)
    item = MailItem.create(site=by.site_id, number=number, received_at=at or now(), received_by=by.full_name,
                           batch_no=batch_no, **clean)
    record(by, "receive", "mail", item.id, after={"number": number, "tracking": clean["tracking"],
                                                  "tenant": clean["tenant"].name})
    return item.id


def log_arrival(data: ArrivalInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Log one arrival for a tenant; return its id. A tracking number still on the shelf is refused."""
    require(by, "mail.receive")
    clean = _check(by.site_id, data, couriers(by.site_id), set())
    with db.atomic():
        return _create(clean, by, at)


def log_batch(data: BatchInput, *, by: Actor, at: dt.datetime | None = None) -> list[int]:
    """A courier's drop scanned in one go: every line checked, all saved under one batch number or none.

    A refused line's fields are named `line<i>.<field>` (i from 0), so the list can mark the line."""
    require(by, "mail.receive")
    if not data.lines:
        raise ValidationError("lines", "mail.batch_empty")
    known = couriers(by.site_id)
    problems: list = []
    cleans: list[dict] = []
    seen: set[str] = set()
    for i, line in enumerate(data.lines):
        line.courier = line.courier or data.courier
        line.shelf = line.shelf or data.shelf
        try:
            clean = _check(by.site_id, line, known, seen, prefix=f"line{i}.")
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        seen.add(clean["tracking"])
        cleans.append(clean)
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        batch_no = next_number(by.site_id, BATCH_KIND)
        return [_create(clean, by, at, batch_no) for clean in cleans]


def _waiting(site_id: int, item_ids: list[int]) -> list[MailItem]:
    ids = set(item_ids)
    if not ids:
        raise ValidationError("items", "mail.none_chosen")
    items = list(MailItem.select().where((MailItem.site == site_id) & MailItem.id.in_(ids)))
    if len(items) != len(ids):
        raise NotFound("mail", sorted(ids - {i.id for i in items}))
    problems = Problems()
    for item in items:
        if item.state != "waiting":
            problems.add("items", f"mail.already_{item.state}", number=item.number)
    problems.raise_if_any()
    return items


def _close(items: list[MailItem], state: str, fields: dict, by: Actor, moment: dt.datetime) -> None:
    """Move each item off the shelf only if it is still waiting: one UPDATE, so two desks cannot both hand it
    out (the second finds it no longer waiting and is refused)."""
    for item in items:
        done = (MailItem.update(state=state, closed_at=moment, closed_by=by.full_name, version=MailItem.version + 1,
                                updated_at=now(), **fields)
                .where((MailItem.id == item.id) & (MailItem.state == "waiting")).execute())
        if done != 1:
            current = MailItem.get_by_id(item.id).state
            raise ValidationError("items", f"mail.already_{current}", number=item.number)
        record(by, state, "mail", item.id, before={"state": "waiting"}, after={"state": state},
               note=" ".join(x for x in (fields.get("delivered_by", ""), fields.get("collector", "")) if x)
               or fields.get("note", ""))


def collect(item_ids: list[int], data: CollectInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Items handed over at the counter, signed for once; return how many."""
    require(by, "mail.collect")
    items = _waiting(by.site_id, item_ids)
    problems = Problems()
    tail = (data.phone_tail or "").strip()
    fields = {
        "collector": problems.text("collector", data.collector, 60, required=True),
        "collector_phone_tail": tail,
        "signature": signature_png(problems, data.signature),
    }
    if not re.fullmatch(r"\d{4}", tail):
        problems.add("phone_tail", "mail.phone_tail")
    note = problems.text("note", data.note, 500)
    problems.raise_if_any()
    with db.atomic():
        _close(items, "collected", fields, by, at or now())
        if note:
            MailItem.update(note=fn.TRIM(MailItem.note.concat(" ").concat(note))).where(
                MailItem.id.in_([i.id for i in items])).execute()
    return len(items)


def deliver(item_ids: list[int], data: DeliverInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Items carried up by a floor steward and signed for on the pick-up list (the paper is the receipt):
    off the shelf, with who carried them and who signed; return how many."""
    require(by, "mail.collect")
    items = _waiting(by.site_id, item_ids)
    problems = Problems()
    fields = {
        "delivered_by": problems.text("steward", data.steward, 60, required=True),
        "collector": problems.text("receiver", data.receiver, 60),
    }
    note = problems.text("note", data.note, 500)
    problems.raise_if_any()
    with db.atomic():
        _close(items, "collected", fields, by, at or now())
        if note:
            MailItem.update(note=note).where(MailItem.id.in_([i.id for i in items])).execute()
    return len(items)


def return_to_sender(item_id: int, reason: str, *, by: Actor, at: dt.datetime | None = None) -> None:
    """An item goes back to the sender (refused, no such tenant, kept too long): the reason is kept."""
    require(by, "mail.return", entity="mail", record_id=item_id)
    items = _waiting(by.site_id, [item_id])
    problems = Problems()
    note = problems.text("reason", reason, 500, required=True)
    problems.raise_if_any()
    with db.atomic():
        _close(items, "returned", {"note": f"{items[0].note} 退回原因：{note}".strip()}, by, at or now())


def _query(site_id: int):
    return (MailItem.select(MailItem, Tenant.name.alias("tenant_name"))
            .join(Tenant, on=(MailItem.tenant == Tenant.id)).where(MailItem.site == site_id).objects())


def _row(m) -> MailRow:
    return MailRow(m.id, m.number, m.kind, m.tenant_id, m.tenant_name, m.unit_code, m.floor_label, m.recipient,
                   m.sender, m.courier, m.tracking, m.count, m.shelf, m.received_at, m.received_by, m.state,
                   m.closed_at, m.collector, m.collector_phone_tail, m.closed_by, m.note, m.delivered_by)


def _uncollected_since(site_id: int, moment: dt.datetime) -> dt.datetime:
    days = int(settings.get(site_id, "mail.uncollected_days"))
    return dt.datetime.combine(moment.date() - dt.timedelta(days=days - 1), dt.time())


def search_mail(*, by: Actor, text: str = "", state: str = "waiting", floor: str = "", page: int = 0,
                page_size: int = 200) -> Page[MailRow]:
    """Mail by tenant, unit, recipient, tracking or number; `state` one of FILTERS ('uncollected' = waiting
    longer than the site's mail.uncollected_days, oldest first; 'today' = arrived today)."""
    require(by, "mail.view")
    moment = now()
    query = _query(by.site_id)
    if state == "uncollected":
        query = query.where((MailItem.state == "waiting")
                            & (MailItem.received_at < _uncollected_since(by.site_id, moment)))
    elif state == "today":
        query = query.where(MailItem.received_at >= dt.datetime.combine(moment.date(), dt.time()))
    elif state:
        query = query.where(MailItem.state == state)
    if floor:
        query = query.where(MailItem.floor_label == floor)
    needle = text.strip()
    if needle:
        upper = normalise_tracking(needle)
        query = query.where(Tenant.name.contains(needle) | Tenant.name_initials.contains(upper)
                            | MailItem.unit_code.contains(upper) | MailItem.recipient.contains(needle)
                            | MailItem.tracking.contains(upper) | (MailItem.number == upper)
                            | MailItem.collector.contains(needle) | MailItem.delivered_by.contains(needle))
    oldest_first = state in ("waiting", "uncollected")
    query = query.order_by(MailItem.received_at.asc() if oldest_first else MailItem.received_at.desc(), MailItem.id)
    return page_of(query, page, page_size, _row)


def find_waiting(text: str, *, by: Actor) -> MailRow:
    """A scanned tracking number (or a slip's YJ number) to the item on the shelf; refused with the reason."""
    require(by, "mail.view")
    code = normalise_tracking(text)
    if not code:
        raise ValidationError("scan", "required")
    found = list(_query(by.site_id).where((MailItem.tracking == code) | (MailItem.number == code))
                 .order_by(MailItem.received_at.desc()))
    waiting = [m for m in found if m.state == "waiting"]
    if waiting:
        return _row(waiting[0])
    if found:
        m = found[0]
        raise ValidationError("scan", f"mail.already_{m.state}", number=m.number,
                              when=m.closed_at.strftime("%m-%d %H:%M") if m.closed_at else "")
    raise ValidationError("scan", "mail.not_found", scanned=code)


def waiting_of_tenant(tenant_id: int, *, by: Actor) -> list[MailRow]:
    """What a tenant has on the shelf now, oldest first."""
    require(by, "mail.view")
    query = _query(by.site_id).where((MailItem.tenant == tenant_id) & (MailItem.state == "waiting"))
    return [_row(m) for m in query.order_by(MailItem.received_at, MailItem.id)]


def mail_row(item_id: int, *, by: Actor) -> MailRow:
    require(by, "mail.view")
    m = _query(by.site_id).where(MailItem.id == item_id).first()
    if m is None:
        raise NotFound("mail", item_id)
    return _row(m)


def mail_figures(*, by: Actor) -> MailFigures:
    """For the dashboard: on the shelf, uncollected past the site's days, arrived today."""
    require(by, "mail.view")
    moment = now()
    waiting = MailItem.select().where((MailItem.site == by.site_id) & (MailItem.state == "waiting"))
    late = waiting.where(MailItem.received_at < _uncollected_since(by.site_id, moment)).count()
    today = MailItem.select().where((MailItem.site == by.site_id)
                                    & (MailItem.received_at >= dt.datetime.combine(moment.date(), dt.time())))
    return MailFigures(waiting.count(), late, today.count(), int(settings.get(by.site_id, "mail.uncollected_days")))


def waiting_floors(*, by: Actor) -> list[str]:
    """The floors with items waiting, in the building's order (for the per-floor pick-up list)."""
    require(by, "mail.view")
    levels = dict(Floor.select(Floor.name, Floor.level).where(Floor.site == by.site_id).tuples())
    names = {f for (f,) in MailItem.select(MailItem.floor_label).where(
        (MailItem.site == by.site_id) & (MailItem.state == "waiting")).distinct().tuples()}
    return sorted(names, key=lambda n: (levels.get(n, 10**6), n))


def signature_of(item_id: int, *, by: Actor) -> bytes | None:
    require(by, "mail.view")
    m = MailItem.get_or_none((MailItem.id == item_id) & (MailItem.site == by.site_id))
    return bytes(m.signature) if m and m.signature else None
