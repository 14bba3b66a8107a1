"""Saving a record that several desks may have open: refused if someone saved it in between."""
from __future__ import annotations

from models import AuditEntry, SiteRecord, now
from services.access import Actor
from services.errors import NotFound, StaleRecord


def of_site(model: type[SiteRecord], record_id: int, by: Actor) -> SiteRecord:
    """The record `record_id` of the actor's site, or NotFound (another site's ids are not ours to see)."""
    found = model.get_or_none((model.id == record_id) & (model.site == by.site_id))
    if found is None:
        raise NotFound(model._meta.table_name, record_id)
    return found


def save_versioned(model: type[SiteRecord], record_id: int, version: int, changes: dict, *, by: Actor) -> int:
    """Apply `changes` only if the record is still at `version`; return the new version.

    Call inside the service's transaction. The check and the write are one UPDATE, so two desks
    saving at the same moment cannot both pass it.
    """
    updated = (
        model.update({**changes, "version": model.version + 1, "updated_at": now()})
        .where((model.id == record_id) & (model.site == by.site_id) & (model.version == version))
        .execute()
    )
    if updated == 1:
        return version + 1
    current = model.get_or_none((model.id == record_id) & (model.site == by.site_id))
    if current is None:
        raise NotFound(model._meta.table_name, record_id)
    entity = model._meta.table_name
    last = (
        AuditEntry.select()
        .where((AuditEntry.entity == entity) & (AuditEntry.record_id == record_id))
        .order_by(AuditEntry.id.desc())
        .first()
    )
    raise StaleRecord(entity, record_id, last.username if last else "", current.updated_at)
