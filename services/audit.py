"""The audit trail: record every change made through a service, and search it."""
from __future__ import annotations

import datetime as dt
import decimal
import json
from typing import NamedTuple

from models import AuditEntry, BaseModel
from models.prepared import hole
from services.access import Actor, require
from services.paging import Page, PagedList


def _jsonable(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(instance: BaseModel, *, leave_out: tuple[str, ...] = ()) -> dict:
    """The record's field values as plain JSON-safe data (foreign keys as ids; blobs by size only)."""
    out = {}
    for name, fld in instance._meta.fields.items():
        if name in leave_out:
            continue
        out[name] = _jsonable(instance.__data__.get(fld.name))
    return out


def changed(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the fields that differ, before and after."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def record(
    actor: Actor | None,
    action: str,
    entity: str,
    record_id: int | None,
    *,
    before: dict | None = None,
    after: dict | None = None,
    note: str = "",
    site_id: int | None = None,
) -> None:
    """Write one audit entry; call inside the service's transaction so it lands with the change."""
    AuditEntry.create(
        site=site_id if site_id is not None else (actor.site_id if actor else None),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else "",
        action=action,
        entity=entity,
        record_id=record_id,
        before=json.dumps(before, ensure_ascii=False, default=_jsonable) if before else "",
        after=json.dumps(after, ensure_ascii=False, default=_jsonable) if after else "",
        note=note,
    )


class AuditRow(NamedTuple):
    """One line of the audit page. A named tuple: a page of them is made on every filter."""

    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    record_id: int | None
    before: str
    after: str
    note: str


COUNT_UP_TO = 10_000  # the trail grows by hundreds a day: past this the list says "10000+"


def _audit_list(by_entity: bool, by_record: bool, by_user: bool, by_from: bool, by_to: bool):
    """The trail for one shape of search (which filters are on), newest first."""
    query = (AuditEntry.select(AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.action,
                               AuditEntry.entity, AuditEntry.record_id, AuditEntry.before, AuditEntry.after,
                               AuditEntry.note)
             .where(AuditEntry.site == hole("site")))
    if by_entity:
        query = query.where(AuditEntry.entity == hole("entity"))
    if by_record:
        query = query.where(AuditEntry.record_id == hole("record_id"))
    if by_user:
        query = query.where(AuditEntry.username == hole("username"))
    if by_from:
        query = query.where(AuditEntry.at >= hole("from", AuditEntry.at))
    if by_to:
        query = query.where(AuditEntry.at < hole("to", AuditEntry.at))
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


_AUDIT_LIST = PagedList(_audit_list)
_new_row = tuple.__new__


def _audit_row(r: tuple) -> AuditRow:
    return _new_row(AuditRow, r)


def search_audit(
    *,
    by: Actor,
    entity: str = "",
    record_id: int | None = None,
    username: str = "",
    day_from: dt.date | None = None,
    day_to: dt.date | None = None,
    page: int = 0,
    page_size: int = 100,
) -> Page[AuditRow]:
    """Audit entries of the actor's site, newest first, filtered by record, user and date."""
    require(by, "audit.view")
    given: dict = {"site": by.site_id, "entity": entity, "record_id": record_id, "username": username}
    if day_from:
        given["from"] = dt.datetime.combine(day_from, dt.time.min)
    if day_to:
        given["to"] = dt.datetime.combine(day_to + dt.timedelta(days=1), dt.time.min)
    shape = (bool(entity), record_id is not None, bool(username), bool(day_from), bool(day_to))
    return _AUDIT_LIST.page(shape, given, page, page_size, _audit_row, count_up_to=COUNT_UP_TO)
