"""Schema version, creating a fresh schema, and the ordered migration steps (a copy of SQLite taken first)."""
from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import peewee
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator, migrate

from models.audit import AuditEntry
from models.base import BaseModel, Site
from models.building import Floor, Unit
from models.contractors import CONTRACTOR_MODELS
from models.database import db, is_postgres
from models.desk_services import DESK_SERVICE_MODELS
from models.duty import DUTY_MODELS
from models.fees import FEE_MODELS
from models.fitout import ACCEPTANCE_MODELS, FITOUT_MODELS, Fitout, WorkerPass
from models.frontdesk import FRONTDESK_MAIL_MODELS
from models.keys import Key, KeyMovement, KeyRing
from models.moves import (
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
from models.requests import Callback, Request, RequestEvent, RequestHold
from models.rooms import Booking, BookingSeries, MeetingService, Room, RoomCharge
from models.site import Counter, Setting
from models.staff import User
from models.surveys import SURVEY_MODELS
from models.tenants import Contact, Tenant, TenantDocument, TenantUnit
from models.visitors import VISITOR_MODELS


class SchemaInfo(BaseModel):
    """The one row that says which schema version the database has."""

    version = peewee.IntegerField()


MOVE_MODELS: list[type[BaseModel]] = [
    MoveIn, MoveOut, MoveStep, ChecklistArea, ChecklistItem, Inspection, Defect, MoveMeter, MoveCharge,
    GoodsPass, GoodsItem,
]

# In the order they can be created (a table after the ones it refers to).
ALL_MODELS: list[type[BaseModel]] = [
    SchemaInfo,
    Site,
    Setting,
    Counter,
    User,
    Floor,
    Unit,
    Tenant,
    TenantUnit,
    Contact,
    TenantDocument,
    AuditEntry,
    KeyRing,
    Key,
    KeyMovement,
    *VISITOR_MODELS,
    Request,
    RequestHold,
    RequestEvent,
    Callback,
    *FEE_MODELS,
    *MOVE_MODELS,
]
ROOM_MODELS: list[type[BaseModel]] = [Room, BookingSeries, Booking, MeetingService, RoomCharge]
ALL_MODELS += ROOM_MODELS
ALL_MODELS += FITOUT_MODELS
ALL_MODELS += ACCEPTANCE_MODELS
ALL_MODELS += CONTRACTOR_MODELS
ALL_MODELS += FRONTDESK_MAIL_MODELS
ALL_MODELS += DESK_SERVICE_MODELS
ALL_MODELS += DUTY_MODELS
ALL_MODELS += SURVEY_MODELS



def _v2_password_tracking(migrator: SchemaMigrator) -> list:
    """v2: remember when a password was set and whether the user must change it at next login."""
    return [
        migrator.add_column("user", "must_change_password", User.must_change_password),
        migrator.add_column("user", "password_changed_at", User.password_changed_at),
    ]


def _v3_keys(migrator: SchemaMigrator) -> list:
    """v3: the key register, key rings and key movements (钥匙管理)."""
    db.create_tables([KeyRing, Key, KeyMovement])
    return []


def _v4_visitors(migrator: SchemaMigrator) -> list:
    """v4: visits and passes, voided pass numbers, pre-registered visitors, the watchlist."""
    db.create_tables(VISITOR_MODELS, safe=True)
    return []


REQUEST_MODELS = [Request, RequestHold, RequestEvent, Callback]


def _v5_requests(migrator: SchemaMigrator) -> list:
    """v5: requests, repairs, complaints and callbacks (issue 9) — new tables only."""
    db.create_tables(REQUEST_MODELS)
    return []


def _v6_rooms(migrator: SchemaMigrator) -> list:
    """v6: meeting rooms, bookings and their series, the meeting service record, room charges."""
    db.create_tables(ROOM_MODELS)
    return []


def _v7_fees(migrator: SchemaMigrator) -> list:
    """v7: the fees area (charge items, readings, bills, payments, deposits, reminders)."""
    db.create_tables(FEE_MODELS)
    return []


def _v8_moves(migrator: SchemaMigrator) -> list:
    """v8: move-in, move-out, the handover checklist, meter readings, move charges, goods-release passes."""
    db.create_tables(MOVE_MODELS)
    return []


def _v9_fitout(migrator: SchemaMigrator) -> list:
    """v9: fit-outs (二次装修), their recorded steps and workers' passes — new tables only."""
    db.create_tables(FITOUT_MODELS)
    return []


def _v10_fitout_acceptance(migrator: SchemaMigrator) -> list:
    """v10: the fit-out's acceptance inspections and their items; the applicant's kind and papers; a worker's
    photo. The columns are added only where missing (a v8 database gets them already from v9's tables)."""
    db.create_tables(ACCEPTANCE_MODELS)
    wanted = {Fitout: [("applicant_kind", Fitout.applicant_kind), ("papers", Fitout.papers)],
              WorkerPass: [("photo", WorkerPass.photo)]}
    ops = []
    for model, fields in wanted.items():
        table = model._meta.table_name
        have = {c.name for c in db.get_columns(table)}
        ops += [migrator.add_column(table, name, field) for name, field in fields if name not in have]
    return ops


def _v11_contractors(migrator: SchemaMigrator) -> list:
    """v11: outsourced services — contractors, templates, inspections, rectifications, monthly evaluations."""
    db.create_tables(CONTRACTOR_MODELS)
    return []


def _v12_frontdesk_mail(migrator: SchemaMigrator) -> list:
    """v12: the lobby's mail and parcels, counter lending, lobby opening/closing checks — new tables only."""
    db.create_tables(FRONTDESK_MAIL_MODELS)
    return []


def _v13_frontdesk_services(migrator: SchemaMigrator) -> list:
    """v13: the front desk's notices and their templates, convenience services, tenant visits — new tables only."""
    db.create_tables(DESK_SERVICE_MODELS)
    return []


def _v14_duty(migrator: SchemaMigrator) -> list:
    """v14: the duty log of each shift, its notes and the matters handed over — new tables only."""
    db.create_tables(DUTY_MODELS)
    return []


def _v15_surveys(migrator: SchemaMigrator) -> list:
    """v15: tenant satisfaction surveys — questionnaire revisions, rounds, sheets, answers, follow-ups."""
    db.create_tables(SURVEY_MODELS)
    return []


def _v16_list_indexes(migrator: SchemaMigrator) -> list:
    """v16: indexes the lists need at five years' scale: the audit trail of one kind of record, newest first."""
    have = {i.name for i in db.get_indexes("audit_entry")}
    return [] if "audit_entry_entity_at" in have else [migrator.add_index("audit_entry", ("entity", "at"), False)]


# version -> the step that brings a database from version-1 to version. Never edit a shipped step.
MIGRATIONS: dict[int, Callable[[SchemaMigrator], list]] = {
    2: _v2_password_tracking,
    3: _v3_keys,
    4: _v4_visitors,
    5: _v5_requests,
    6: _v6_rooms,
    7: _v7_fees,
    8: _v8_moves,
    9: _v9_fitout,
    10: _v10_fitout_acceptance,
    11: _v11_contractors,
    12: _v12_frontdesk_mail,
    13: _v13_frontdesk_services,
    14: _v14_duty,
    15: _v15_surveys,
    16: _v16_list_indexes,
}
SCHEMA_VERSION = max(MIGRATIONS, default=1)


def current_version() -> int | None:
    """The database's schema version, or None for an empty database."""
    if not db.table_exists("schema_info"):
        return None
    row = SchemaInfo.select().first()
    return row.version if row else None


def create_schema() -> None:
    """Create every table of the current version in an empty database."""
    with db.atomic():
        db.create_tables(ALL_MODELS)
        SchemaInfo.create(version=SCHEMA_VERSION)


def ensure_schema(backup_dir: Path | None = None) -> int:
    """Create or migrate the schema to SCHEMA_VERSION; return the version found before (0 if empty)."""
    found = current_version()
    if found is None:
        create_schema()
        return 0
    if found > SCHEMA_VERSION:
        raise RuntimeError(
            f"数据库版本 {found} 比本程序支持的 {SCHEMA_VERSION} 新，请升级客服台程序。"
        )
    if found < SCHEMA_VERSION:
        if not is_postgres():
            _copy_aside(backup_dir, found)
        migrate_from(found)
    return found


def migrate_from(found: int) -> None:
    """Run every step after `found`, each in its own transaction with the version bump."""
    migrator: SchemaMigrator = PostgresqlMigrator(db.obj) if is_postgres() else SqliteMigrator(db.obj)
    for version in sorted(v for v in MIGRATIONS if v > found):
        with db.atomic():
            migrate(*MIGRATIONS[version](migrator))
            SchemaInfo.update(version=version).execute()


def _copy_aside(backup_dir: Path | None, found: int) -> Path | None:
    """Copy the SQLite file (checkpointed) before a migration touches it."""
    path = Path(db.obj.database)
    if not path.exists():
        return None
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    target_dir = backup_dir or path.parent
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{path.stem}.v{found}-before-migration-{stamp}{path.suffix}"
    shutil.copy2(path, target)
    return target


def open_ready(url: str, backup_dir: Path | None = None) -> int:
    """Open the database, check it cheaply and bring its schema up to date; every failure is a
    DatabaseUnavailable in the desk's words (a corrupted page met while reading the schema included)."""
    from models.database import explain, open_database, parse_url

    open_database(url)
    try:
        return ensure_schema(backup_dir=backup_dir)
    except peewee.DatabaseError as exc:
        raise explain(parse_url(url), exc) from exc
