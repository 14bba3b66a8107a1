"""Contractors (外包单位): the contract, its documents on file, visits of per-visit services, and the
dashboard's figures (contracts ending, inspections due, open rectifications)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from decimal import Decimal

from peewee import fn

from models import db
from models.contractors import (
    SERVICES,
    Contractor,
    ContractorDocument,
    ContractorInspection,
    Rectification,
    ServiceVisit,
)
from services import settings
from services.access import Actor, require
from services.audit import record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.money import cents, parse_amount
from services.records import save_versioned
from services.tenants import DocumentInput, DocumentRow  # the same paper-on-file shapes as a tenant's

# How often each service is inspected (SPEC §6): daily for cleaning, weekly for greening, per visit for pest
# control; façade cleaning and stone care are done in visits too.
CYCLES = {"cleaning": "daily", "greening": "weekly", "pest": "visit", "facade": "visit", "stone": "visit"}
# Printed forms are in Chinese whatever the UI language.
SERVICE_PRINT = {"cleaning": "保洁", "greening": "绿化及花木租摆", "pest": "消杀及白蚁防治", "facade": "外墙清洗",
                 "stone": "石材养护"}
DOC_TYPES = ("contract", "licence", "qualification", "insurance", "staff_list", "other")
DOC_TYPE_PRINT = {"contract": "服务合同", "licence": "营业执照", "qualification": "资质证书", "insurance": "保险单",
                  "staff_list": "驻场人员名单", "other": "其他"}
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class ContractorInput:
    name: str = ""
    service: str = ""
    contract_no: str = ""
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    monthly_fee: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    headcount: int = 0
    note: str = ""
    active: bool = True


@dataclass(frozen=True)
class ContractorRow:
    id: int
    version: int
    name: str
    service: str
    contract_no: str
    contract_start: dt.date
    contract_end: dt.date
    monthly_fee: Decimal
    contact_name: str
    contact_phone: str
    headcount: int
    note: str
    active: bool
    review_flag: bool
    review_since: dt.date | None


def _row(c: Contractor) -> ContractorRow:
    return ContractorRow(c.id, c.version, c.name, c.service, c.contract_no, c.contract_start, c.contract_end,
                         cents(c.monthly_fee), c.contact_name, c.contact_phone, c.headcount, c.note, c.active,
                         c.review_flag, c.review_since)


def _clean(data: ContractorInput) -> dict:
    problems = Problems()
    name = problems.text("name", data.name, 120, required=True)
    if data.service not in SERVICES:
        problems.add("service", "required")
    contract_no = problems.text("contract_no", data.contract_no, 40)
    if data.contract_start is None:
        problems.add("contract_start", "required")
    if data.contract_end is None:
        problems.add("contract_end", "required")
    elif data.contract_start and data.contract_end < data.contract_start:
        problems.add("contract_end", "contractor.end_before_start")
    fee = parse_amount(data.monthly_fee)
    if fee is None:
        problems.add("monthly_fee", "fees.amount")
    contact_name = problems.text("contact_name", data.contact_name, 60)
    phone = problems.text("contact_phone", data.contact_phone, 20)
    if phone and not all(c.isdigit() or c in "-+ " for c in phone):
        problems.add("contact_phone", "contractor.phone")
    if not isinstance(data.headcount, int) or not 0 <= data.headcount <= 2000:
        problems.add("headcount", "contractor.headcount")
    note = problems.text("note", data.note, 2000)
    problems.raise_if_any()
    return {"name": name, "service": data.service, "contract_no": contract_no, "contract_start": data.contract_start,
            "contract_end": data.contract_end, "monthly_fee": fee, "contact_name": contact_name,
            "contact_phone": phone, "headcount": data.headcount, "note": note, "active": bool(data.active)}


def create_contractor(data: ContractorInput, *, by: Actor) -> int:
    require(by, "contractor.edit", entity="contractor")
    values = _clean(data)
    with db.atomic():
        c = Contractor.create(site=by.site_id, **values)
        record(by, "create", "contractor", c.id, after=snapshot(c))
    return c.id


def update_contractor(contractor_id: int, version: int, data: ContractorInput, *, by: Actor) -> int:
    """Save an edit made on an open contractor; StaleRecord if another desk saved it first."""
    require(by, "contractor.edit", entity="contractor", record_id=contractor_id)
    before = asdict(get_contractor(contractor_id, by=by))
    values = _clean(data)
    with db.atomic():
        new_version = save_versioned(Contractor, contractor_id, version, values, by=by)
        record(by, "update", "contractor", contractor_id, before={k: before[k] for k in values},
               after=values)
    return new_version


def get_contractor(contractor_id: int, *, by: Actor) -> ContractorRow:
    require(by, "contractor.view")
    c = Contractor.get_or_none((Contractor.id == contractor_id) & (Contractor.site == by.site_id))
    if c is None:
        raise NotFound("contractor", contractor_id)
    return _row(c)


def list_contractors(*, by: Actor, active_only: bool = False, service: str = "") -> list[ContractorRow]:
    """The site's contractors by service and name (a tower has a handful, not thousands)."""
    require(by, "contractor.view")
    query = Contractor.select().where(Contractor.site == by.site_id)
    if active_only:
        query = query.where(Contractor.active)
    if service:
        query = query.where(Contractor.service == service)
    order = {s: i for i, s in enumerate(SERVICES)}
    return sorted((_row(c) for c in query), key=lambda r: (not r.active, order.get(r.service, 9), r.name))


def clear_review(contractor_id: int, note: str, *, by: Actor) -> None:
    """The contract has been reviewed (a manager's decision): the flag is lowered, the note kept in the trail."""
    require(by, "contractor.sign", entity="contractor", record_id=contractor_id)
    get_contractor(contractor_id, by=by)
    problems = Problems()
    note = problems.text("note", note, 500, required=True)
    problems.raise_if_any()
    with db.atomic():
        Contractor.update(review_flag=False, review_since=None).where(Contractor.id == contractor_id).execute()
        record(by, "clear_review", "contractor", contractor_id, before={"review_flag": True},
               after={"review_flag": False}, note=note)


# ---- documents on file (contract, licence, insurance …) -----------------------------------------------------

def add_document(contractor_id: int, data: DocumentInput, *, by: Actor, today: dt.date | None = None) -> int:
    """Put a contract document on file, with its scan if there is one."""
    require(by, "contractor.edit", entity="contractor", record_id=contractor_id)
    get_contractor(contractor_id, by=by)
    problems = Problems()
    if data.doc_type not in DOC_TYPES:
        problems.add("doc_type", "document.type")
    if data.received_on is None:
        problems.add("received_on", "required")
    elif data.received_on > (today or dt.date.today()):
        problems.add("received_on", "date_future")
    note = problems.text("note", data.note, 500)
    if data.file_data is not None and len(data.file_data) > MAX_FILE_BYTES:
        problems.add("file_data", "document.too_big")
    problems.raise_if_any()
    with db.atomic():
        doc = ContractorDocument.create(
            contractor=contractor_id, doc_type=data.doc_type, received_on=data.received_on, note=note,
            file_name=data.file_name.strip()[:200] if data.file_data is not None else "", file_data=data.file_data)
        record(by, "create", "contractor_document", doc.id, after=snapshot(doc), note=f"contractor {contractor_id}")
    return doc.id


def list_documents(contractor_id: int, *, by: Actor) -> list[DocumentRow]:
    get_contractor(contractor_id, by=by)
    query = (ContractorDocument.select(
        ContractorDocument.id, ContractorDocument.doc_type, ContractorDocument.received_on, ContractorDocument.note,
        ContractorDocument.file_name, ContractorDocument.file_data.is_null(False).alias("has_file"),
        ContractorDocument.voided, ContractorDocument.void_reason)
        .where(ContractorDocument.contractor == contractor_id)
        .order_by(ContractorDocument.received_on.desc(), ContractorDocument.id.desc()))
    return [DocumentRow(d.id, d.doc_type, d.received_on, d.note, d.file_name, bool(d.has_file), d.voided,
                        d.void_reason) for d in query]


def _document(doc_id: int, by: Actor) -> ContractorDocument:
    doc = (ContractorDocument.select().join(Contractor)
           .where((ContractorDocument.id == doc_id) & (Contractor.site == by.site_id)).first())
    if doc is None:
        raise NotFound("contractor_document", doc_id)
    return doc


def document_file(doc_id: int, *, by: Actor) -> tuple[str, bytes]:
    require(by, "contractor.view")
    doc = _document(doc_id, by)
    if doc.file_data is None:
        raise NotFound("contractor_document", doc_id)
    return doc.file_name, bytes(doc.file_data)


def void_document(doc_id: int, reason: str, *, by: Actor) -> None:
    require(by, "contractor.edit", entity="contractor_document", record_id=doc_id)
    _document(doc_id, by)
    if not reason.strip():
        raise ValidationError("reason", "required")
    with db.atomic():
        ContractorDocument.update(voided=True, void_reason=reason.strip()).where(
            ContractorDocument.id == doc_id).execute()
        record(by, "void", "contractor_document", doc_id, before={"voided": False}, after={"voided": True},
               note=reason.strip())


# ---- visits of per-visit services ---------------------------------------------------------------------------

def record_visit(contractor_id: int, day: dt.date, note: str = "", *, by: Actor,
                 today: dt.date | None = None) -> int:
    """A pest-control (façade, stone-care) visit: it makes an inspection due."""
    require(by, "contractor.inspect", entity="contractor", record_id=contractor_id)
    c = get_contractor(contractor_id, by=by)
    problems = Problems()
    if CYCLES[c.service] != "visit":
        problems.add("day", "contractor.not_per_visit")
    elif day > (today or dt.date.today()):
        problems.add("day", "date_future")
    note = problems.text("note", note, 200)
    problems.raise_if_any()
    with db.atomic():
        visit = ServiceVisit.create(contractor=contractor_id, day=day, note=note, username=by.username)
        record(by, "visit", "contractor", contractor_id, after={"visit": visit.id, "day": day})
    return visit.id


# ---- what is due ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DueInspection:
    contractor_id: int
    name: str
    service: str
    cycle: str  # daily / weekly / visit
    last: dt.date | None  # the last inspection
    visit: dt.date | None  # the visit waiting for its inspection


def _current(by: Actor, today: dt.date):
    return Contractor.select().where((Contractor.site == by.site_id) & Contractor.active
                                     & (Contractor.contract_start <= today) & (Contractor.contract_end >= today))


def inspections_due(*, by: Actor, today: dt.date | None = None) -> list[DueInspection]:
    """Contracts running today whose round is due: cleaning not inspected today, greening not this week (since
    Monday), a visit not inspected on or after its day."""
    require(by, "contractor.view")
    today = today or dt.date.today()
    contractors = list(_current(by, today))
    ids = [c.id for c in contractors]
    last = dict(ContractorInspection.select(ContractorInspection.contractor, fn.MAX(ContractorInspection.day))
                .where(ContractorInspection.contractor.in_(ids) & (ContractorInspection.day <= today))
                .group_by(ContractorInspection.contractor).tuples()) if ids else {}
    visits = dict(ServiceVisit.select(ServiceVisit.contractor, fn.MAX(ServiceVisit.day))
                  .where(ServiceVisit.contractor.in_(ids) & (ServiceVisit.day <= today))
                  .group_by(ServiceVisit.contractor).tuples()) if ids else {}
    monday = today - dt.timedelta(days=today.weekday())
    due = []
    for c in contractors:
        cycle, seen, visit = CYCLES[c.service], last.get(c.id), visits.get(c.id)
        if (cycle == "daily" and seen != today) or (cycle == "weekly" and (seen is None or seen < monday)):
            due.append(DueInspection(c.id, c.name, c.service, cycle, seen, None))
        elif cycle == "visit" and visit is not None and (seen is None or seen < visit):
            due.append(DueInspection(c.id, c.name, c.service, cycle, seen, visit))
    return due


@dataclass(frozen=True)
class ContractorFigures:
    expiring: int  # contracts ending within the site's warning days
    inspections_due: int
    rectifications_open: int
    rectifications_overdue: int
    under_review: int


def contractor_figures(*, by: Actor, today: dt.date | None = None) -> ContractorFigures:
    require(by, "contractor.view")
    today = today or dt.date.today()
    days = int(settings.get(by.site_id, "contractors.expiry_days"))
    expiring = len(expiring_contracts(by=by, today=today, days=days))
    open_ = (Rectification.select().where((Rectification.site == by.site_id) & Rectification.closed_on.is_null()))
    return ContractorFigures(
        expiring, len(inspections_due(by=by, today=today)), open_.count(),
        open_.where(Rectification.deadline < today).count(),
        Contractor.select().where((Contractor.site == by.site_id) & Contractor.review_flag & Contractor.active).count())


def expiring_contracts(*, by: Actor, today: dt.date | None = None, days: int | None = None) -> list[ContractorRow]:
    """Active contracts ending between today and `days` ahead (the site's setting by default)."""
    require(by, "contractor.view")
    today = today or dt.date.today()
    if days is None:
        days = int(settings.get(by.site_id, "contractors.expiry_days"))
    query = (Contractor.select().where((Contractor.site == by.site_id) & Contractor.active
                                       & Contractor.contract_end.between(today, today + dt.timedelta(days=days)))
             .order_by(Contractor.contract_end))
    return [_row(c) for c in query]
