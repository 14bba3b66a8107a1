"""peewee models, the database proxy, schema version and migrations."""
from __future__ import annotations

from models.audit import AuditEntry
from models.base import BaseModel, Site, SiteRecord, now
from models.building import UNIT_STATES, Floor, Unit
from models.database import DatabaseUnavailable, db, is_postgres, open_database, parse_url
from models.keys import KEY_KINDS, KEY_STATES, MOVEMENT_KINDS, Key, KeyMovement, KeyRing
from models.moves import (
    APPLICANT_KINDS,
    ChecklistArea,
    ChecklistItem,
    Defect,
    GoodsItem,
    GoodsPass,
    Inspection,
    MeterReading,
    MoveCharge,
    MoveIn,
    MoveOut,
    MoveStep,
)
from models.schema import ALL_MODELS, SCHEMA_VERSION, create_schema, current_version, ensure_schema
from models.site import Counter, Setting
from models.staff import User
from models.tenants import TENANT_KINDS, TENANT_STATES, Contact, Tenant, TenantDocument, TenantUnit

__all__ = [
    "ALL_MODELS", "APPLICANT_KINDS", "ChecklistArea", "ChecklistItem", "Defect", "GoodsItem", "GoodsPass",
    "Inspection", "MeterReading", "MoveCharge", "MoveIn", "MoveOut", "MoveStep",
    "KEY_KINDS", "KEY_STATES", "MOVEMENT_KINDS", "SCHEMA_VERSION", "TENANT_KINDS",
    "TENANT_STATES", "UNIT_STATES",
    "AuditEntry", "BaseModel", "Contact", "Counter", "DatabaseUnavailable", "Floor", "Key", "KeyMovement",
    "KeyRing", "Setting",
    "Site", "SiteRecord", "Tenant", "TenantDocument", "TenantUnit", "Unit", "User",
    "create_schema", "current_version", "db", "ensure_schema", "is_postgres", "now",
    "open_database", "parse_url",
]
