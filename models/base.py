"""Base model classes: every table binds to the proxy; every top-level record carries its site and a version."""
from __future__ import annotations

import datetime as dt

import peewee

from models.database import db


def now() -> dt.datetime:
    """The site's local time, to the second (times are stored as the site's local wall-clock time)."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(peewee.Model):
    """Every table binds to the one database proxy."""

    class Meta:
        database = db
        legacy_table_names = False


class Site(BaseModel):
    """One tower (项目); a PostgreSQL server may hold several towers of one company."""

    name = peewee.CharField(max_length=100)
    address = peewee.CharField(max_length=200, default="")
    phone = peewee.CharField(max_length=40, default="")
    logo = peewee.BlobField(null=True)
    timezone = peewee.CharField(max_length=64, default="Asia/Shanghai")
    created_at = peewee.DateTimeField(default=now)


class SiteRecord(BaseModel):
    """A top-level record: it belongs to a site and carries a version for edits from several desks."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    version = peewee.IntegerField(default=1)
    created_at = peewee.DateTimeField(default=now)
    updated_at = peewee.DateTimeField(default=now)
