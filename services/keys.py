"""Keys at the counter (钥匙管理): issue to a tenant, lend, return, transfer back, lost; who holds what.

Move-in calls `issue_keys` (with `unit_keys_in` to pick the keys of a unit); move-out calls
`keys_of_tenant` and `return_keys`. The evacuation list calls `keys_out_now(site_id)`.
"""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, fn

from models import Key, KeyMovement, KeyRing, Tenant, TenantUnit, Unit, db, now
from models.prepared import containing, contains, hole
from services import settings
from services.access import Actor, allowed, require
from services.audit import record
from services.counter_forms import signature_png as _signature
from services.errors import LoginRefused, NotFound, Problems, ValidationError
from services.key_register import normalise_tag
from services.move_fields import phone_field
from services.numbering import next_number
from services.paging import Page, PagedList

SLIP_KIND = "YS"  # 钥匙 slip numbers: YS-2026-0001
OUT_STATES = ("issued", "lent")
# action -> (the states a key may be in for it, the state it ends in). The one table of allowed moves.
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "issue": (("in",), "issued"),
    "lend": (("in",), "lent"),
    "return": (("lent",), "in"),
    "transfer": (("issued",), "in"),  # back to the cabinet from a tenant (move-out)
    "lost": (("in", "issued", "lent"), "lost"),
    "retire": (("in", "lost"), "retired"),  # off the register: lock changed, key destroyed; its hook is free again
}
NEEDS_SUPERVISOR = ("master", "plant_room")
CONDITIONS = ("good", "damaged", "incomplete")


@dataclass
class LoanInput:
    """A loan as typed at the counter: who takes the keys, why, until when; and their signature."""

    borrower: str = ""
    company: str = ""
    phone: str = ""
    purpose: str = ""
    due_at: dt.datetime | None = None
    signature: bytes | None = None
    note: str = ""


@dataclass
class IssueInput:
    """Keys handed to a tenant (at move-in): the tenant, who receives them, their signature."""

    tenant_id: int | None = None
    receiver: str = ""
    phone: str = ""
    signature: bytes | None = None
    note: str = ""


@dataclass
class ReturnInput:
    """Keys coming back: who brings them, in what condition, their signature."""

    person: str = ""
    condition: str = "good"
    signature: bytes | None = None
    note: str = ""


@dataclass
class LostInput:
    """A key reported lost: by whom, the charge to the holder, whether the lock is to be changed."""

    reported_by: str = ""
    charge: str | Decimal = ""
    lock_change: bool = True
    note: str = ""


@dataclass(frozen=True)
class OutRow:
    """A key out now with its holder (plain data: other areas list these, e.g. the evacuation list)."""

    key_id: int
    tag: str
    label: str
    kind: str
    state: str
    holder: str
    company: str
    phone: str
    since: dt.datetime
    due: dt.datetime | None
    slip_no: str

    def overdue(self, moment: dt.datetime) -> bool:
        return self.due is not None and self.due < moment


class KeyRow(NamedTuple):
    """One line of the keys list. A named tuple: a page of 200 is made on every keystroke."""

    id: int
    tag: str
    label: str
    kind: str
    place: str  # unit code or room
    cabinet: str
    hook: str
    ring: str
    copies: int
    state: str
    holder: str
    due: dt.datetime | None
    version: int


@dataclass(frozen=True)
class MovementRow:
    id: int
    slip_no: str
    kind: str
    at: dt.datetime
    person: str
    company: str
    phone: str
    purpose: str
    due: dt.datetime | None
    condition: str
    charge: Decimal | None
    lock_change: bool
    by_name: str
    approved_by: str
    has_signature: bool
    note: str


@dataclass(frozen=True)
class KeyFigures:
    keys: int
    in_cabinet: int
    issued: int
    lent: int
    overdue: int
    lost: int


def _keys(site_id: int, key_ids: list[int], *, with_ring: bool) -> list[Key]:
    """The keys asked for, with the rest of each one's ring when `with_ring` (a ring goes out together)."""
    ids = set(key_ids)
    if not ids:
        raise ValidationError("keys", "key.none_chosen")
    keys = list(Key.select().where((Key.site == site_id) & Key.id.in_(ids)))
    if len(keys) != len(ids):
        raise NotFound("key", sorted(ids - {k.id for k in keys}))
    rings = {k.ring_id for k in keys if k.ring_id}
    if with_ring and rings:
        keys = list(Key.select().where((Key.site == site_id) & (Key.id.in_(ids) | Key.ring.in_(rings))
                                       & (Key.state != "retired")))
    return sorted(keys, key=lambda k: k.tag)


def _claim(key: Key, action: str) -> None:
    """Move one key to its new state only if it is still in a state the action starts from.

    The check and the write are one UPDATE: when two desks lend the same key at the same moment, the
    second UPDATE waits for the first to commit (row lock on PostgreSQL, write lock on SQLite), then finds
    the key no longer in and changes nothing — so it is refused, never lent twice.
    """
    starts, ends = TRANSITIONS[action]
    done = (Key.update(state=ends, version=Key.version + 1, updated_at=now())
            .where((Key.id == key.id) & Key.state.in_(starts)).execute())
    if done != 1:
        current = Key.get_by_id(key.id).state
        raise ValidationError("keys", f"key.state_{current}" if current != "in" else "key.state_in", tag=key.tag)


def _precheck(keys: list[Key], action: str) -> None:
    starts, _ = TRANSITIONS[action]
    problems = Problems()
    for key in keys:
        if key.state not in starts:
            problems.add("keys", f"key.state_{key.state}", tag=key.tag)
    problems.raise_if_any()


def _move(keys: list[Key], action: str, fields: dict, *, by: Actor, closes: dict[int, int] | None = None,
          slip: str = "") -> str:
    """Claim every key, write one movement line per key under one slip number, audit; return the slip."""
    for key in keys:
        _claim(key, action)  # first: a desk that loses the race waits on the key, not on the slip counter
    slip = slip or next_number(by.site_id, SLIP_KIND)
    moment = fields.pop("at", None) or now()
    for key in keys:
        movement = KeyMovement.create(site=by.site_id, key=key, slip_no=slip, kind=action, at=moment,
                                      closes=(closes or {}).get(key.id), by_user=by.user_id,
                                      by_name=by.full_name, **fields)
        out = movement.id if action in ("issue", "lend") else None
        Key.update(out_movement=out).where(Key.id == key.id).execute()
        record(by, action, "key", key.id, before={"state": key.state},
               after={"state": TRANSITIONS[action][1], "slip_no": slip}, note=fields.get("person", ""))
    return slip


def supervisor_approval(username: str, password: str, *, by: Actor) -> Actor:
    """A supervisor at the counter approves a master or plant-room loan with their own password."""
    from services.auth import login

    problems = Problems()
    if not username.strip():
        problems.add("approver", "required")
    if not password:
        problems.add("approver_password", "required")
    problems.raise_if_any()
    try:
        approver = login(by.site_id, username, password)
    except LoginRefused as exc:
        raise ValidationError("approver_password", "key.approval_refused" if exc.code != "locked"
                              else "key.approver_locked") from None
    if not allowed(approver, "key.approve"):
        raise ValidationError("approver", "key.approver_role")
    return approver


def lend_keys(key_ids: list[int], loan: LoanInput, *, by: Actor, approver: Actor | None = None) -> str:
    """Lend keys (with the rest of their rings) on one slip; return the slip number.

    A key that is out cannot go out again. A master or plant-room key needs a supervisor: the clerk's
    own role, or a supervisor's approval given at the counter (`supervisor_approval`).
    """
    require(by, "key.lend")
    keys = _keys(by.site_id, key_ids, with_ring=True)
    problems = Problems()
    fields = {
        "person": problems.text("borrower", loan.borrower, 60, required=True),
        "company": problems.text("company", loan.company, 120),
        "phone": phone_field(problems, "phone", loan.phone, required=True),
        "purpose": problems.text("purpose", loan.purpose, 200, required=True),
        "note": problems.text("note", loan.note, 500),
    }
    moment = now()
    max_days = int(settings.get(by.site_id, "keys.max_loan_days"))
    if loan.due_at is None:
        problems.add("due_at", "required")
    elif loan.due_at <= moment:
        problems.add("due_at", "key.due_past")
    elif loan.due_at > moment + dt.timedelta(days=max_days):
        problems.add("due_at", "key.due_far", days=max_days)
    fields["due_at"] = loan.due_at
    fields["signature"] = _signature(problems, loan.signature)
    fields["approved_by"] = ""
    guarded = [k for k in keys if k.kind in NEEDS_SUPERVISOR]
    if guarded:
        if allowed(by, "key.approve"):
            fields["approved_by"] = by.full_name
        elif approver is None:
            problems.add("approver", "key.approval_needed", tag=guarded[0].tag)
        elif not allowed(approver, "key.approve") or approver.site_id != by.site_id:
            problems.add("approver", "key.approver_role")
        else:
            fields["approved_by"] = approver.full_name
    problems.raise_if_any()
    _precheck(keys, "lend")
    with db.atomic():
        return _move(keys, "lend", fields, by=by)


def unit_keys_in(unit_code: str, *, by: Actor) -> list[KeyRow]:
    """The keys of a unit that are in the cabinet (what move-in can hand over)."""
    require(by, "key.view")
    unit = Unit.get_or_none((Unit.site == by.site_id) & (Unit.code == unit_code.strip().upper()))
    if unit is None:
        raise ValidationError("unit", "tenant.unit_unknown", unit=unit_code)
    return _key_rows(_key_query(by.site_id).where((Key.unit == unit) & (Key.state == "in")).order_by(Key.tag))


def issue_keys(key_ids: list[int], data: IssueInput, *, by: Actor) -> str:
    """Hand keys (with their rings) to a tenant for their unit, e.g. at move-in; return the slip number."""
    require(by, "key.issue")
    keys = _keys(by.site_id, key_ids, with_ring=True)
    problems = Problems()
    tenant = None
    if data.tenant_id is None:
        problems.add("tenant", "required")
    else:
        tenant = Tenant.get_or_none((Tenant.id == data.tenant_id) & (Tenant.site == by.site_id)
                                    & (Tenant.status == "active"))
        if tenant is None:
            problems.add("tenant", "key.tenant_unknown")
    fields = {
        "tenant": tenant,
        "person": problems.text("receiver", data.receiver, 60, required=True),
        "company": tenant.name if tenant else "",
        "phone": phone_field(problems, "phone", data.phone, required=True),
        "note": problems.text("note", data.note, 500),
        "signature": _signature(problems, data.signature),
    }
    held = set()
    if tenant is not None:
        held = {u for (u,) in TenantUnit.select(TenantUnit.unit)
                .where((TenantUnit.tenant == tenant) & TenantUnit.until.is_null()).tuples()}
    for key in keys:
        if key.kind in NEEDS_SUPERVISOR:
            problems.add("keys", "key.not_for_tenant", tag=key.tag)
        elif tenant is not None and key.unit_id is not None and key.unit_id not in held:
            problems.add("keys", "key.not_tenants_unit", tag=key.tag)  # a tenant gets the keys of its own units
    problems.raise_if_any()
    _precheck(keys, "issue")
    with db.atomic():
        return _move(keys, "issue", fields, by=by)


def return_keys(key_ids: list[int], data: ReturnInput, *, by: Actor) -> str:
    """Keys come back to the cabinet (with the rest of their rings that are out): a lent key is returned, a
    tenant's key transferred back (move-out). Return the slip number of the return."""
    require(by, "key.return")
    keys = _coming_back(by.site_id, key_ids)
    problems = Problems()
    fields = {
        "person": problems.text("person", data.person, 60, required=True),
        "note": problems.text("note", data.note, 500),
        "signature": _signature(problems, data.signature),
    }
    if data.condition not in CONDITIONS:
        problems.add("condition", "key.condition")
    fields["condition"] = data.condition
    problems.raise_if_any()
    problems = Problems()
    for key in keys:
        if key.state not in OUT_STATES:
            problems.add("keys", f"key.state_{key.state}", tag=key.tag)
    problems.raise_if_any()
    lent = [k for k in keys if k.state == "lent"]
    issued = [k for k in keys if k.state == "issued"]
    closes = {k.id: k.out_movement for k in keys}
    with db.atomic():
        slip = ""
        # One slip number for the counter, even when a lent key and a tenant's key come back together.
        for action, group in (("return", lent), ("transfer", issued)):
            if group:
                first = KeyMovement.get_by_id(group[0].out_movement) if group[0].out_movement else None
                extra = {"tenant": first.tenant_id if first and action == "transfer" else None}
                slip = _move(group, action, {**fields, **extra}, by=by, closes=closes, slip=slip)
        return slip


def return_tenant_keys(tenant_id: int, data: ReturnInput, *, by: Actor) -> str | None:
    """Move-out: every key the tenant holds comes back to the cabinet on one slip; None if they hold none."""
    held = keys_of_tenant(tenant_id, by=by)
    return return_keys([r.key_id for r in held], data, by=by) if held else None


def _coming_back(site_id: int, key_ids: list[int]) -> list[Key]:
    """The keys asked for and those of their rings that are out: a ring mate already back stays put."""
    return [k for k in _keys(site_id, key_ids, with_ring=True) if k.id in key_ids or k.state in OUT_STATES]


def report_lost(key_id: int, data: LostInput, *, by: Actor) -> str:
    """A key is lost: it leaves the cabinet's count, the holder is charged, a lock change is asked for."""
    require(by, "key.lost", entity="key", record_id=key_id)
    keys = _keys(by.site_id, [key_id], with_ring=False)
    problems = Problems()
    fields = {
        "person": problems.text("reported_by", data.reported_by, 60, required=True),
        "note": problems.text("note", data.note, 500),
        "lock_change": bool(data.lock_change),
    }
    text = str(data.charge).strip()
    if text:
        try:
            charge = Decimal(text.replace(",", "").replace("¥", "").replace("元", ""))
        except decimal.InvalidOperation:
            charge = Decimal(-1)
        if not charge.is_finite() or charge < 0 or charge > 100000:
            problems.add("charge", "key.charge")
        fields["charge"] = charge.quantize(Decimal("0.01")) if charge.is_finite() and charge >= 0 else None
    else:
        fields["charge"] = Decimal(int(settings.get(by.site_id, "keys.lost_charge")))
    problems.raise_if_any()
    _precheck(keys, "lost")
    key = keys[0]
    if key.out_movement:
        holder = KeyMovement.get_by_id(key.out_movement)
        fields.update(tenant=holder.tenant_id, company=holder.company, phone=holder.phone)
    with db.atomic():
        slip = _move(keys, "lost", fields, by=by, closes={key.id: key.out_movement})
        if fields.get("tenant") and fields["charge"]:  # a tenant's lost key goes onto its next bill
            from services.fees import post_charge

            movement = KeyMovement.get(KeyMovement.slip_no == slip)
            post_charge(fields["tenant"], "KEY", fields["charge"], source="key-lost", source_id=movement.id,
                        note=f"钥匙 {key.tag}（{key.label}）遗失，单号 {slip}", by=by)
        if fields["lock_change"]:
            _ask_for_lock_change(key, slip, fields, by)
        return slip


def _ask_for_lock_change(key: Key, slip: str, fields: dict, by: Actor) -> int:
    """A lost key's lock is to be changed: a repair work order to engineering, in the loss's own transaction
    (the loss and its work order are recorded together or not at all)."""
    from services.requests import create_work_order

    unit_code = key.unit.code if key.unit_id else ""
    place = unit_code or key.room
    text = f"更换门锁：{place} 的钥匙 {key.tag}（{key.label}）遗失（单号 {slip}），请更换锁芯并配新钥匙。"
    return create_work_order(tenant_id=fields.get("tenant"), unit_code=unit_code, text=text,
                             source=f"key-lost:{slip}", by=by, caller_name=fields["person"],
                             caller_phone=fields.get("phone", ""))


def retire_key(key_id: int, reason: str, *, by: Actor) -> str:
    """Take a key off the register (a supervisor, with a reason): after a lost key's lock was changed, or a
    key was destroyed. Its history stays; its hook takes a new key."""
    require(by, "key.retire", entity="key", record_id=key_id)
    keys = _keys(by.site_id, [key_id], with_ring=False)
    problems = Problems()
    note = problems.text("reason", reason, 500, required=True)
    problems.raise_if_any()
    _precheck(keys, "retire")
    with db.atomic():
        slip = _move(keys, "retire", {"person": by.full_name, "note": note}, by=by)
        Key.update(ring=None).where(Key.id == key_id).execute()
        return slip


def lock_changes_wanted(site_id: int) -> list[OutRow]:
    """Lost keys whose lock is to be changed and that are not yet off the register: the work the engineers
    owe (the requests area can raise its work orders from these rows)."""
    query = (Key.select(Key, KeyMovement).join(KeyMovement, on=(KeyMovement.key == Key.id), attr="out")
             .where((Key.site == site_id) & (Key.state == "lost") & (KeyMovement.kind == "lost")
                    & KeyMovement.lock_change).order_by(KeyMovement.at))
    return _out_rows(query)


def _key_query(site_id: int):
    return (Key.select(Key, Unit.code.alias("unit_code"), KeyRing.label.alias("ring_label"),
                       KeyMovement.person.alias("holder"), KeyMovement.company.alias("holder_company"),
                       KeyMovement.due_at.alias("due"))
            .join(Unit, JOIN.LEFT_OUTER, on=(Key.unit == Unit.id))
            .switch(Key).join(KeyRing, JOIN.LEFT_OUTER, on=(Key.ring == KeyRing.id))
            .switch(Key).join(KeyMovement, JOIN.LEFT_OUTER, on=(Key.out_movement == KeyMovement.id))
            .where(Key.site == site_id).objects())


def _key_rows(query) -> list[KeyRow]:
    rows = []
    for k in query:
        holder = " · ".join(x for x in (k.holder, k.holder_company) if x) if k.state in OUT_STATES else ""
        rows.append(KeyRow(k.id, k.tag, k.label, k.kind, k.unit_code or k.room, k.cabinet, k.hook,
                           k.ring_label or "", k.copies, k.state, holder, k.due if k.state == "lent" else None,
                           k.version))
    return rows


def key_row(key_id: int, *, by: Actor) -> KeyRow:
    """One key as the lists show it: where it is, or who holds it and until when."""
    require(by, "key.view")
    rows = _key_rows(_key_query(by.site_id).where(Key.id == key_id))
    if not rows:
        raise NotFound("key", key_id)
    return rows[0]


def keys_going_together(key_ids: list[int], action: str, *, by: Actor) -> list[KeyRow]:
    """The keys that `action` on `key_ids` will move, rings included (what the dialog lists before saving)."""
    require(by, "key.view")
    if action == "lost":
        found = _keys(by.site_id, key_ids, with_ring=False)
    elif action in ("return", "transfer"):
        found = _coming_back(by.site_id, key_ids)
    else:
        found = _keys(by.site_id, key_ids, with_ring=True)
    ids = [k.id for k in found]
    return _key_rows(_key_query(by.site_id).where(Key.id.in_(ids)).order_by(Key.tag))


def _key_list(state_mode: str, by_kind: bool, text_mode: str):
    """The keys list for one shape of search: `state_mode` out / overdue / state / '' (all but retired),
    `text_mode` tag (an exact tag) / text (anywhere in label, unit, room, ring, tag or an out key's holder) / ''."""
    query = (Key.select(Key.id, Key.tag, Key.label, Key.kind, Unit.code, Key.room, Key.cabinet, Key.hook,
                        KeyRing.label, Key.copies, Key.state, KeyMovement.person, KeyMovement.company,
                        KeyMovement.due_at, Key.version)
             .join(Unit, JOIN.LEFT_OUTER, on=(Key.unit == Unit.id))
             .switch(Key).join(KeyRing, JOIN.LEFT_OUTER, on=(Key.ring == KeyRing.id))
             .switch(Key).join(KeyMovement, JOIN.LEFT_OUTER, on=(Key.out_movement == KeyMovement.id))
             .where(Key.site == hole("site")))
    if state_mode == "out":
        query = query.where(Key.state.in_(OUT_STATES))
    elif state_mode == "overdue":
        query = query.where((Key.state == "lent") & (KeyMovement.due_at < hole("now", KeyMovement.due_at)))
    elif state_mode == "state":
        query = query.where(Key.state == hole("state"))
    else:
        query = query.where(Key.state != "retired")
    if by_kind:
        query = query.where(Key.kind == hole("kind"))
    if text_mode == "tag":
        query = query.where(Key.tag == hole("tag"))
    elif text_mode == "text":
        query = query.where(contains(Key.label, "text") | contains(Unit.code, "upper") | contains(Key.room, "text")
                            | contains(KeyRing.label, "text") | contains(Key.tag, "upper")
                            | (Key.state.in_(OUT_STATES) & (contains(KeyMovement.person, "text")
                                                            | contains(KeyMovement.company, "text"))))
    return query.order_by(KeyMovement.due_at.asc(nulls="LAST") if state_mode == "overdue" else Key.tag)


_KEY_LIST = PagedList(_key_list)
_new_row = tuple.__new__


def _key_list_row(r: tuple) -> KeyRow:
    state = r[10]
    if state in OUT_STATES:
        person, company = r[11], r[12]
        holder = f"{person} · {company}" if person and company else (person or company or "")
    else:
        holder = ""
    return _new_row(KeyRow, (r[0], r[1], r[2], r[3], r[4] or r[5], r[6], r[7], r[8] or "", r[9], state, holder,
                             r[13] if state == "lent" else None, r[14]))


def search_keys(*, by: Actor, text: str = "", state: str = "", kind: str = "", page: int = 0,
                page_size: int = 200) -> Page[KeyRow]:
    """Keys by tag, label, unit, room, ring or holder; `state` may also be 'out' or 'overdue'."""
    require(by, "key.view")
    given: dict = {"site": by.site_id}
    state_mode = state if state in ("out", "overdue") else ("state" if state else "")
    if state == "overdue":
        given["now"] = now()
    elif state_mode == "state":
        given["state"] = state
    if kind:
        given["kind"] = kind
    needle = text.strip()
    text_mode = ""
    if needle:
        try:
            given["tag"] = normalise_tag(needle)
            text_mode = "tag"
        except ValidationError:
            given["text"], given["upper"] = containing(needle), containing(needle.upper())
            text_mode = "text"
    return _KEY_LIST.page((state_mode, bool(kind), text_mode), given, page, page_size, _key_list_row)


def key_history(key_id: int, *, by: Actor) -> list[MovementRow]:
    """Every movement of a key, newest first: who had it, when, and how it came back."""
    require(by, "key.view")
    Key.get_or_none((Key.id == key_id) & (Key.site == by.site_id)) or _missing(key_id)
    query = (KeyMovement.select(KeyMovement, KeyMovement.signature.is_null(False).alias("signed"))
             .where(KeyMovement.key == key_id).order_by(KeyMovement.at.desc(), KeyMovement.id.desc()))
    return [MovementRow(m.id, m.slip_no, m.kind, m.at, m.person, m.company, m.phone, m.purpose, m.due_at,
                        m.condition, m.charge, m.lock_change, m.by_name, m.approved_by, bool(m.signed), m.note)
            for m in query]


def _missing(key_id: int):
    raise NotFound("key", key_id)


def _out_rows(query) -> list[OutRow]:
    return [OutRow(k.id, k.tag, k.label, k.kind, k.state, m.person, m.company, m.phone, m.at,
                   m.due_at if k.state == "lent" else None, m.slip_no)
            for k, m in ((r, r.out) for r in query)]


def _out_query(site_id: int):
    return (Key.select(Key, KeyMovement).join(KeyMovement, on=(Key.out_movement == KeyMovement.id), attr="out")
            .where((Key.site == site_id) & Key.state.in_(OUT_STATES)))


def keys_out_now(site_id: int, *, overdue_only: bool = False, lent_only: bool = False) -> list[OutRow]:
    """Every key out now with its holder, oldest first (for the evacuation list and the keys-out sheet).

    Read-only and plain rows, so another area may list them without knowing the key tables.
    """
    query = _out_query(site_id)
    if overdue_only:
        query = query.where((Key.state == "lent") & (KeyMovement.due_at < now()))
    elif lent_only:
        query = query.where(Key.state == "lent")
    return _out_rows(query.order_by(KeyMovement.at, KeyMovement.id))


def keys_of_tenant(tenant_id: int, *, by: Actor) -> list[OutRow]:
    """The keys a tenant holds now (issued to them, or lent to them), e.g. for move-out."""
    require(by, "key.view")
    return _out_rows(_out_query(by.site_id).where(KeyMovement.tenant == tenant_id).order_by(Key.tag))


def key_figures(*, by: Actor) -> KeyFigures:
    """Counts for the dashboard: in the cabinet, issued, lent, overdue, lost."""
    require(by, "key.view")
    states = dict(Key.select(Key.state, fn.COUNT(Key.id)).where(Key.site == by.site_id)
                  .group_by(Key.state).tuples())
    overdue = (Key.select().join(KeyMovement, on=(Key.out_movement == KeyMovement.id))
               .where((Key.site == by.site_id) & (Key.state == "lent") & (KeyMovement.due_at < now())).count())
    return KeyFigures(sum(v for s, v in states.items() if s != "retired"), states.get("in", 0),
                      states.get("issued", 0), states.get("lent", 0), overdue, states.get("lost", 0))


def tenant_choices(*, by: Actor) -> list[tuple[int, str]]:
    """Active tenants (id, name) for the issue form's picker."""
    require(by, "key.view")
    return list(Tenant.select(Tenant.id, Tenant.name)
                .where((Tenant.site == by.site_id) & (Tenant.status == "active"))
                .order_by(Tenant.name_initials).tuples())


def signature_of(movement_id: int, *, by: Actor) -> bytes | None:
    require(by, "key.view")
    m = KeyMovement.get_or_none((KeyMovement.id == movement_id) & (KeyMovement.site == by.site_id))
    return bytes(m.signature) if m and m.signature else None

