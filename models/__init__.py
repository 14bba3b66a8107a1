"""peewee models, the database proxy, schema version and migrations."""
from __future__ import annotations

from models.audit import AuditEntry
from models.base import BaseModel, Site, SiteRecord, now
from models.building import UNIT_STATES, Floor, Unit
from models.database import (
    DB_ERRORS,
    DatabaseUnavailable,
    db,
    explain,
    explain_live,
    is_postgres,
    open_database,
    parse_url,
    rare,
    refresh_statistics,
)
from models.fitout import Fitout, FitoutDeduction, FitoutInspection, FitoutInspectionItem, FitoutStep, WorkerPass
from models.frontdesk import (
    LendItem,
    Loan,
    LobbyCheck,
    LobbyCheckItem,
    LobbyCheckResult,
    MailItem,
)
from models.keys import KEY_KINDS, KEY_STATES, MOVEMENT_KINDS, Key, KeyMovement, KeyRing
from models.moves import (
    APPLICANT_KINDS,
    ChecklistArea,
    ChecklistItem,
    Defect,
    GoodsItem,
    GoodsPass,
    Inspection,
    MoveCharge,
    MoveIn,
    MoveMeter,
    MoveOut,
    MoveStep,
)
from models.requests import (
    CATEGORIES,
    CHANNELS,
    LEVELS,
    REPAIR_KINDS,
    REQUEST_STATES,
    Callback,
    Request,
    RequestEvent,
    RequestHold,
)
from models.rooms import BOOKING_STATES, Booking, BookingSeries, MeetingService, Room, RoomCharge
from models.schema import ALL_MODELS, SCHEMA_VERSION, create_schema, current_version, ensure_schema, open_ready
from models.site import Counter, Setting
from models.staff import User
from models.tenants import TENANT_KINDS, TENANT_STATES, Contact, Tenant, TenantDocument, TenantUnit
from models.visitors import Prereg, Visit, VoidPass, WatchEntry

__all__ = [
    "rare", "refresh_statistics",
    "ALL_MODELS", "APPLICANT_KINDS", "ChecklistArea", "ChecklistItem", "Defect", "GoodsItem", "GoodsPass",
    "Inspection", "MoveMeter", "MoveCharge", "MoveIn", "MoveOut", "MoveStep",
    "BOOKING_STATES", "Booking", "BookingSeries", "MeetingService", "Room",
    "RoomCharge", "KEY_KINDS", "KEY_STATES", "MOVEMENT_KINDS", "SCHEMA_VERSION", "TENANT_KINDS",
    "TENANT_STATES", "UNIT_STATES",
    "CATEGORIES", "CHANNELS", "LEVELS", "REPAIR_KINDS", "REQUEST_STATES", "Callback", "Request", "RequestEvent",
    "RequestHold",
    "AuditEntry", "BaseModel", "Contact", "Counter", "DatabaseUnavailable", "Floor", "Key", "KeyMovement",
    "KeyRing", "Setting",
    "Site", "SiteRecord", "Tenant", "TenantDocument", "TenantUnit", "Unit", "User",
    "Fitout", "FitoutDeduction", "FitoutInspection", "FitoutInspectionItem", "FitoutStep", "WorkerPass",
    "LendItem", "LobbyCheck", "LobbyCheckItem", "LobbyCheckResult", "Loan", "MailItem",
    "Prereg", "Visit", "VoidPass", "WatchEntry",
    "create_schema", "current_version", "db", "ensure_schema", "is_postgres", "now",
    "open_database", "open_ready", "DB_ERRORS", "explain", "explain_live", "parse_url",
]
