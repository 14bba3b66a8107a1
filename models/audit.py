"""The audit trail: who changed what, when, with the values before and after."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, now


class AuditEntry(BaseModel):
    """One change (or refusal, or sensitive look) made through a service. Only ever inserted."""

    site = peewee.ForeignKeyField(Site, null=True, on_delete="RESTRICT")
    at = peewee.DateTimeField(default=now, index=True)
    user_id = peewee.IntegerField(null=True, index=True)
    username = peewee.CharField(max_length=40, default="")
    action = peewee.CharField(max_length=30)
    entity = peewee.CharField(max_length=40, index=True)
    record_id = peewee.IntegerField(null=True)
    before = peewee.TextField(default="")
    after = peewee.TextField(default="")
    note = peewee.TextField(default="")

    class Meta:
        # (entity, at): one kind of record's trail, newest first, without sorting years of entries.
        indexes = ((("entity", "record_id"), False), (("entity", "at"), False))
