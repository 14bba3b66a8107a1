"""The tenant registry (业户档案): tenants, the units they hold, contacts, documents on file; search."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, SQL, NodeList, Value, fn

from models import TENANT_KINDS, Contact, Floor, Tenant, TenantDocument, TenantUnit, Unit, db, is_postgres, now
from models.prepared import containing, contains, hole, starting, starts
from services.access import Actor, require
from services.audit import changed, record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.identity import InvalidIdentity, check_credit_code, check_mobile
from services.paging import Page, PagedList
from services.records import save_versioned

DOC_TYPES = (
    "business_licence",  # 营业执照 / 单位证明
    "id_copy",  # 身份证复印件
    "authorisation",  # 委托书
    "lease",  # 租赁合同 / 购房合同
    "move_in_notice",  # 入住通知单
    "agreement",  # 管理公约等
    "approval",  # 批准书
    "other",
)
MAX_FILE_BYTES = 20 * 1024 * 1024
LANDLINE = re.compile(r"^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$")


def check_phone(text: str) -> str:
    """A mainland mobile, or a landline such as 0755-86001234 (with an optional extension)."""
    raw = text.strip()
    try:
        return check_mobile(raw)
    except InvalidIdentity:
        compact = raw.replace(" ", "")
        if LANDLINE.match(compact):
            return compact
        raise


@dataclass
class ContactInput:
    name: str = ""
    phone: str = ""
    role: str = ""
    is_primary: bool = False


@dataclass
class TenantInput:
    """What the clerk types on the tenant form."""

    name: str = ""
    kind: str = "lessee"
    credit_code: str = ""
    lease_start: dt.date | None = None
    lease_end: dt.date | None = None
    emergency_name: str = ""
    emergency_phone: str = ""
    notes: str = ""
    units: list[str] = field(default_factory=list)
    contacts: list[ContactInput] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentRow:
    id: int
    doc_type: str
    received_on: dt.date
    note: str
    file_name: str
    has_file: bool
    voided: bool
    void_reason: str


@dataclass(frozen=True)
class TenantDetail:
    """A tenant with everything the form and the registration sheet show."""

    id: int
    version: int
    data: TenantInput
    status: str
    unit_areas: dict[str, Decimal]
    documents: list[DocumentRow]
    updated_at: dt.datetime


class TenantRow(NamedTuple):
    """One line of the tenants list. A named tuple: a page of 200 is made on every keystroke."""

    id: int
    name: str
    kind: str
    credit_code: str
    units: str
    contact: str
    phone: str
    lease_end: dt.date | None
    status: str


def _text(problems: Problems, name: str, value: str, limit: int, *, required: bool = False) -> str:
    return problems.text(name, value, limit, required=required)


def _check(site_id: int, data: TenantInput, tenant_id: int | None) -> tuple[dict, list[Unit], list[dict]]:
    """Validate the whole input; return the clean tenant fields, the units and the contacts."""
    problems = Problems()
    clean = {
        "name": _text(problems, "name", data.name, 120, required=True),
        "emergency_name": _text(problems, "emergency_name", data.emergency_name, 60),
        "notes": _text(problems, "notes", data.notes, 2000),
    }
    if data.kind not in TENANT_KINDS:
        problems.add("kind", "tenant.kind")
    clean["kind"] = data.kind
    clean["credit_code"] = ""
    if data.credit_code.strip():
        try:
            clean["credit_code"] = check_credit_code(data.credit_code)
        except InvalidIdentity as exc:
            problems.add("credit_code", exc.code)
        else:
            other = Tenant.get_or_none(
                (Tenant.site == site_id) & (Tenant.credit_code == clean["credit_code"])
                & (Tenant.status == "active") & (Tenant.id != (tenant_id or 0))
            )
            if other is not None:
                problems.add("credit_code", "tenant.credit_taken", tenant=other.name)
    for name in ("lease_start", "lease_end"):
        value = getattr(data, name)
        if value is not None and not isinstance(value, dt.date):
            problems.add(name, "date")
        elif value is not None and not (dt.date(1990, 1, 1) <= value <= dt.date(2100, 12, 31)):
            problems.add(name, "date_range")
    if (isinstance(data.lease_start, dt.date) and isinstance(data.lease_end, dt.date)
            and data.lease_end < data.lease_start):
        problems.add("lease_end", "tenant.lease_order")
    clean["lease_start"], clean["lease_end"] = data.lease_start, data.lease_end
    clean["emergency_phone"] = ""
    if data.emergency_phone.strip():
        try:
            clean["emergency_phone"] = check_phone(data.emergency_phone)
        except InvalidIdentity:
            problems.add("emergency_phone", "phone.format")
    units: list[Unit] = []
    seen: set[str] = set()
    for code in data.units:
        code = code.strip().upper()
        if not code or code in seen:
            continue
        seen.add(code)
        unit = Unit.get_or_none((Unit.site == site_id) & (Unit.code == code))
        if unit is None:
            problems.add("units", "tenant.unit_unknown", unit=code)
            continue
        holder = (
            Tenant.select(Tenant.name).join(TenantUnit)
            .where((TenantUnit.unit == unit) & TenantUnit.until.is_null() & (Tenant.status == "active")
                   & (Tenant.id != (tenant_id or 0)))
            .first()
        )
        if holder is not None:
            problems.add("units", "tenant.unit_taken", unit=code, tenant=holder.name)
            continue
        units.append(unit)
    contacts = []
    for i, c in enumerate(data.contacts):
        if not (c.name.strip() or c.phone.strip() or c.role.strip()):
            continue  # an empty row left in the table
        entry = {
            "name": _text(problems, f"contacts[{i}].name", c.name, 60, required=True),
            "role": _text(problems, f"contacts[{i}].role", c.role, 40),
            "is_primary": bool(c.is_primary),
            "phone": "",
        }
        if not c.phone.strip():
            problems.add(f"contacts[{i}].phone", "required")
        else:
            try:
                entry["phone"] = check_phone(c.phone)
            except InvalidIdentity:
                problems.add(f"contacts[{i}].phone", "phone.format")
        contacts.append(entry)
    if sum(c["is_primary"] for c in contacts) > 1:
        problems.add("contacts", "tenant.one_primary")
    elif contacts and not any(c["is_primary"] for c in contacts):
        contacts[0]["is_primary"] = True
    problems.raise_if_any()
    from services.pinyin_search import initials  # pypinyin's tables take 0.2 s to load: not at start-up

    clean["name_initials"] = initials(clean["name"])[:60]
    return clean, units, contacts


def _write_children(tenant: Tenant, units: list[Unit], contacts: list[dict], today: dt.date) -> None:
    held = {tu.unit_id: tu for tu in
            TenantUnit.select().where((TenantUnit.tenant == tenant) & TenantUnit.until.is_null())}
    wanted = {u.id for u in units}
    for unit_id, holding in held.items():
        if unit_id not in wanted:
            TenantUnit.update(until=today).where(TenantUnit.id == holding.id).execute()
            Unit.update(status="vacant").where((Unit.id == unit_id) & (Unit.status == "occupied")).execute()
    for unit in units:
        if unit.id not in held:
            TenantUnit.create(tenant=tenant, unit=unit, since=today)
            Unit.update(status="occupied").where((Unit.id == unit.id) & (Unit.status == "vacant")).execute()
    Contact.update(active=False).where((Contact.tenant == tenant) & Contact.active).execute()
    for c in contacts:
        Contact.create(tenant=tenant, **c)


def _children_snapshot(tenant_id: int) -> dict:
    return {
        "units": sorted(
            u.code for u in Unit.select(Unit.code).join(TenantUnit)
            .where((TenantUnit.tenant == tenant_id) & TenantUnit.until.is_null())
        ),
        "contacts": [
            f"{c.name} {c.phone} {c.role}{' *' if c.is_primary else ''}".strip()
            for c in Contact.select().where((Contact.tenant == tenant_id) & Contact.active).order_by(Contact.id)
        ],
    }


def create_tenant(data: TenantInput, *, by: Actor) -> int:
    """Register a tenant with its units and contacts; return its id."""
    require(by, "tenant.edit")
    clean, units, contacts = _check(by.site_id, data, None)
    with db.atomic():
        tenant = Tenant.create(site=by.site_id, **clean)
        _write_children(tenant, units, contacts, dt.date.today())
        record(by, "create", "tenant", tenant.id, after={**snapshot(tenant), **_children_snapshot(tenant.id)})
    return tenant.id


def update_tenant(tenant_id: int, data: TenantInput, *, version: int, by: Actor) -> int:
    """Save the clerk's edit if nobody saved the tenant since it was opened; return the new version."""
    require(by, "tenant.edit", entity="tenant", record_id=tenant_id)
    tenant = _get(tenant_id, by)
    clean, units, contacts = _check(by.site_id, data, tenant_id)
    before = {**snapshot(tenant), **_children_snapshot(tenant_id)}
    with db.atomic():
        new_version = save_versioned(Tenant, tenant_id, version, clean, by=by)
        _write_children(Tenant.get_by_id(tenant_id), units, contacts, dt.date.today())
        after = {**snapshot(Tenant.get_by_id(tenant_id)), **_children_snapshot(tenant_id)}
        b, a = changed(before, after)
        record(by, "update", "tenant", tenant_id, before=b, after=a)
    return new_version


def cancel_tenant(tenant_id: int, reason: str, *, by: Actor) -> None:
    """Void a tenant entered by mistake (a supervisor, with a reason); its units are released."""
    require(by, "tenant.cancel", entity="tenant", record_id=tenant_id)
    tenant = _get(tenant_id, by)
    if not reason.strip():
        raise ValidationError("reason", "required")
    with db.atomic():
        Tenant.update(status="cancelled", status_reason=reason.strip(), version=Tenant.version + 1,
                      updated_at=now()).where(Tenant.id == tenant_id).execute()
        _write_children(tenant, [], [
            {"name": c.name, "phone": c.phone, "role": c.role, "is_primary": c.is_primary}
            for c in Contact.select().where((Contact.tenant == tenant) & Contact.active)
        ], dt.date.today())
        record(by, "cancel", "tenant", tenant_id, before={"status": tenant.status},
               after={"status": "cancelled"}, note=reason.strip())


def _get(tenant_id: int, by: Actor) -> Tenant:
    tenant = Tenant.get_or_none((Tenant.id == tenant_id) & (Tenant.site == by.site_id))
    if tenant is None:
        raise NotFound("tenant", tenant_id)
    return tenant


def get_tenant(tenant_id: int, *, by: Actor) -> TenantDetail:
    require(by, "tenant.view")
    t = _get(tenant_id, by)
    holdings = list(
        Unit.select(Unit.code, Unit.area).join(TenantUnit)
        .where((TenantUnit.tenant == t) & TenantUnit.until.is_null()).order_by(Unit.code)
    )
    contacts = [
        ContactInput(c.name, c.phone, c.role, c.is_primary)
        for c in Contact.select().where((Contact.tenant == t) & Contact.active).order_by(Contact.id)
    ]
    data = TenantInput(
        name=t.name, kind=t.kind, credit_code=t.credit_code, lease_start=t.lease_start, lease_end=t.lease_end,
        emergency_name=t.emergency_name, emergency_phone=t.emergency_phone, notes=t.notes,
        units=[u.code for u in holdings], contacts=contacts,
    )
    return TenantDetail(t.id, t.version, data, t.status, {u.code: u.area for u in holdings},
                        list_documents(tenant_id, by=by), t.updated_at)


def _tenant_list(by_status: bool, by_lease: bool, by_text: bool):
    """The tenants list for one shape of search, with each tenant's units (joined by 、, in code order) and its
    primary contact (a tenant has at most one active) read in the same statement."""
    held = TenantUnit.select(
        fn.string_agg(Unit.code, NodeList((Value("、"), SQL("ORDER BY"), Unit.code))) if is_postgres()
        else fn.GROUP_CONCAT(Unit.code, "、")  # SQLite's order is arbitrary: sorted by _sqlite_row
    ).join(Unit).where((TenantUnit.tenant == Tenant.id) & TenantUnit.until.is_null())
    query = (Tenant.select(Tenant.id, Tenant.name, Tenant.kind, Tenant.credit_code, held, Contact.name,
                           Contact.phone, Tenant.lease_end, Tenant.status)
             .join(Contact, JOIN.LEFT_OUTER,
                   on=(Contact.tenant == Tenant.id) & Contact.active & Contact.is_primary)
             .where(Tenant.site == hole("site")))
    if by_status:
        query = query.where(Tenant.status == hole("status"))
    if by_lease:
        query = query.where(Tenant.lease_end.between(hole("today", Tenant.lease_end), hole("until", Tenant.lease_end)))
    if by_text:
        query = query.where(text_match())
    return query.order_by(Tenant.name_initials, Tenant.id)


def text_match():
    """A tenant matching the clerk's text, its holes filled by `text_values`: the name anywhere, the pinyin
    initials from the start, the credit code exactly, or a current unit's code or an active contact's name or
    phone anywhere. (The tenants list and the requests' caller lookup both search so.)"""
    by_unit = TenantUnit.select(TenantUnit.tenant).join(Unit).where(
        contains(Unit.code, "upper_anywhere") & TenantUnit.until.is_null())
    by_contact = Contact.select(Contact.tenant).where(
        Contact.active & (contains(Contact.name, "anywhere") | contains(Contact.phone, "anywhere")))
    return (contains(Tenant.name, "anywhere") | starts(Tenant.name_initials, "upper_first")
            | (Tenant.credit_code == hole("upper")) | Tenant.id.in_(by_unit) | Tenant.id.in_(by_contact))


def text_values(needle: str) -> dict[str, str]:
    """The values of `text_match`'s holes for the (stripped) text the clerk typed."""
    upper = needle.upper()
    return {"anywhere": containing(needle), "upper_anywhere": containing(upper), "upper_first": starting(upper),
            "upper": upper}


_TENANT_LIST = PagedList(_tenant_list)
_new_row = tuple.__new__


def _tenant_row(r: tuple) -> TenantRow:
    return _new_row(TenantRow, (r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6] or "", r[7], r[8]))


def _sqlite_row(r: tuple) -> TenantRow:
    units = r[4] or ""
    if "、" in units:
        units = "、".join(sorted(units.split("、")))  # ORDER BY code: SQLite compares text as Python does
    return _new_row(TenantRow, (r[0], r[1], r[2], r[3], units, r[5] or "", r[6] or "", r[7], r[8]))


def search_tenants(*, by: Actor, text: str = "", status: str = "active", lease_ending_within: int | None = None,
                   page: int = 0, page_size: int = 200) -> Page[TenantRow]:
    """Tenants by name, pinyin initials, credit code, unit, contact name or phone; or leases ending soon."""
    require(by, "tenant.view")
    given: dict = {"site": by.site_id}
    if status:
        given["status"] = status
    if lease_ending_within is not None:
        today = dt.date.today()
        given["today"], given["until"] = today, today + dt.timedelta(days=lease_ending_within)
    needle = text.strip()
    if needle:
        given.update(text_values(needle))
    shape = (bool(status), lease_ending_within is not None, bool(needle))
    return _TENANT_LIST.page(shape, given, page, page_size, _tenant_row if is_postgres() else _sqlite_row)


@dataclass
class DocumentInput:
    doc_type: str = "other"
    received_on: dt.date | None = None
    note: str = ""
    file_name: str = ""
    file_data: bytes | None = None


def add_document(tenant_id: int, data: DocumentInput, *, by: Actor) -> int:
    """List a document received from the tenant on its record, with its scan if there is one."""
    require(by, "tenant.document", entity="tenant", record_id=tenant_id)
    _get(tenant_id, by)
    problems = Problems()
    if data.doc_type not in DOC_TYPES:
        problems.add("doc_type", "document.type")
    if data.received_on is None:
        problems.add("received_on", "required")
    elif data.received_on > dt.date.today():
        problems.add("received_on", "date_future")
    note = _text(problems, "note", data.note, 500)
    if data.file_data is not None and len(data.file_data) > MAX_FILE_BYTES:
        problems.add("file_data", "document.too_big")
    problems.raise_if_any()
    with db.atomic():
        doc = TenantDocument.create(
            tenant=tenant_id, doc_type=data.doc_type, received_on=data.received_on, note=note,
            file_name=data.file_name.strip()[:200] if data.file_data is not None else "", file_data=data.file_data,
        )
        record(by, "create", "tenant_document", doc.id, after=snapshot(doc), note=f"tenant {tenant_id}")
    return doc.id


def list_documents(tenant_id: int, *, by: Actor) -> list[DocumentRow]:
    require(by, "tenant.view")
    query = (TenantDocument.select(
        TenantDocument.id, TenantDocument.doc_type, TenantDocument.received_on, TenantDocument.note,
        TenantDocument.file_name, TenantDocument.file_data.is_null(False).alias("has_file"),
        TenantDocument.voided, TenantDocument.void_reason,
    ).join(Tenant).where((TenantDocument.tenant == tenant_id) & (Tenant.site == by.site_id))
        .order_by(TenantDocument.received_on.desc(), TenantDocument.id.desc()))
    return [DocumentRow(d.id, d.doc_type, d.received_on, d.note, d.file_name, bool(d.has_file), d.voided,
                        d.void_reason) for d in query]


def document_file(doc_id: int, *, by: Actor) -> tuple[str, bytes]:
    """The scanned file of a document (name and bytes) to open or save."""
    require(by, "tenant.view")
    doc = (TenantDocument.select().join(Tenant)
           .where((TenantDocument.id == doc_id) & (Tenant.site == by.site_id)).first())
    if doc is None or doc.file_data is None:
        raise NotFound("tenant_document", doc_id)
    return doc.file_name, bytes(doc.file_data)


def void_document(doc_id: int, reason: str, *, by: Actor) -> None:
    require(by, "tenant.document.void", entity="tenant_document", record_id=doc_id)
    doc = (TenantDocument.select().join(Tenant)
           .where((TenantDocument.id == doc_id) & (Tenant.site == by.site_id)).first())
    if doc is None:
        raise NotFound("tenant_document", doc_id)
    if not reason.strip():
        raise ValidationError("reason", "required")
    with db.atomic():
        TenantDocument.update(voided=True, void_reason=reason.strip()).where(TenantDocument.id == doc_id).execute()
        record(by, "void", "tenant_document", doc_id, before={"voided": False}, after={"voided": True},
               note=reason.strip())


# Printed forms are in Chinese whatever the UI language: they are the desk's paper forms.
DOC_TYPE_PRINT = {
    "business_licence": "营业执照/单位证明", "id_copy": "身份证复印件", "authorisation": "委托书",
    "lease": "租赁/购房合同", "move_in_notice": "入住通知单", "agreement": "管理公约/协议",
    "approval": "批准文件", "other": "其他",
}
KIND_PRINT = {"lessee": "租户", "owner": "业主"}


def record_no(tenant_id: int) -> str:
    """The tenant's record number as printed and encoded in the QR code."""
    return f"T-{tenant_id:06d}"


def print_registration(tenant_id: int, *, by: Actor) -> bytes:
    """The 《住户登记表》 of a tenant as PDF bytes."""
    from printouts.tenant_registration import ContactRow, TenantSheet, render_tenant_registration
    from printouts.tenant_registration import DocumentRow as PrintedDocument
    from printouts.tenant_registration import UnitRow as PrintedUnit
    from services.printing import letterhead

    detail = get_tenant(tenant_id, by=by)
    d = detail.data
    floors = dict(Unit.select(Unit.code, Floor.name).join(Floor)
                  .where((Unit.site == by.site_id) & Unit.code.in_(d.units or [""])).tuples())
    sheet = TenantSheet(
        record_no=record_no(tenant_id), name=d.name, kind=KIND_PRINT.get(d.kind, d.kind), credit_code=d.credit_code,
        printed_at=now(),
        units=tuple(PrintedUnit(code, floors.get(code, ""), detail.unit_areas.get(code)) for code in d.units),
        lease_start=d.lease_start, lease_end=d.lease_end,
        contacts=tuple(ContactRow(c.name, c.phone, c.role, c.is_primary) for c in d.contacts),
        emergency_name=d.emergency_name, emergency_phone=d.emergency_phone, notes=d.notes,
        documents=tuple(PrintedDocument(DOC_TYPE_PRINT.get(doc.doc_type, doc.doc_type), doc.received_on, doc.note)
                        for doc in detail.documents if not doc.voided),
    )
    return render_tenant_registration(sheet, letterhead(by.site_id))
