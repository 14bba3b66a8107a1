"""Tenants (业户), the units they hold, their contacts and the documents on file (业户档案)."""
from __future__ import annotations

import peewee

from models.base import BaseModel, SiteRecord, now
from models.building import Unit

TENANT_KINDS = ("lessee", "owner")
TENANT_STATES = ("active", "moved_out", "cancelled")


class Tenant(SiteRecord):
    """A tenant company (or person): owner or lessee."""

    name = peewee.CharField(max_length=120, index=True)
    name_initials = peewee.CharField(max_length=60, default="", index=True)
    kind = peewee.CharField(max_length=10, default="lessee")
    credit_code = peewee.CharField(max_length=18, default="", index=True)
    lease_start = peewee.DateField(null=True)
    lease_end = peewee.DateField(null=True)
    emergency_name = peewee.CharField(max_length=60, default="")
    emergency_phone = peewee.CharField(max_length=20, default="")
    notes = peewee.TextField(default="")
    status = peewee.CharField(max_length=12, default="active", index=True)
    status_reason = peewee.TextField(default="")


class TenantUnit(BaseModel):
    """A unit a tenant holds (or held: `until` set when it moved out of it)."""

    tenant = peewee.ForeignKeyField(Tenant, backref="holdings", on_delete="RESTRICT")
    unit = peewee.ForeignKeyField(Unit, backref="holdings", on_delete="RESTRICT")
    since = peewee.DateField(null=True)
    until = peewee.DateField(null=True)


class Contact(BaseModel):
    """A person to call at the tenant."""

    tenant = peewee.ForeignKeyField(Tenant, backref="contacts", on_delete="RESTRICT")
    name = peewee.CharField(max_length=60, index=True)
    phone = peewee.CharField(max_length=20, default="", index=True)
    role = peewee.CharField(max_length=40, default="")
    is_primary = peewee.BooleanField(default=False)
    active = peewee.BooleanField(default=True)


class TenantDocument(BaseModel):
    """A document received from the tenant, optionally with its scan; voided, never deleted."""

    tenant = peewee.ForeignKeyField(Tenant, backref="documents", on_delete="RESTRICT")
    doc_type = peewee.CharField(max_length=40)
    received_on = peewee.DateField()
    note = peewee.TextField(default="")
    file_name = peewee.CharField(max_length=200, default="")
    file_data = peewee.BlobField(null=True)
    voided = peewee.BooleanField(default=False)
    void_reason = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=now)
