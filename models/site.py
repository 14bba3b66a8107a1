"""Site-wide business settings and the number counters (passes, permits, slips)."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site


class Setting(BaseModel):
    """One business setting of a site, stored as JSON text so every desk of the site sees the same."""

    site = peewee.ForeignKeyField(Site, on_delete="CASCADE")
    key = peewee.CharField(max_length=80)
    value = peewee.TextField()

    class Meta:
        indexes = ((("site", "key"), True),)


class Counter(BaseModel):
    """The last number handed out per site, kind and year (ZX-2026-0001, FX-2026-0001, ...)."""

    site = peewee.ForeignKeyField(Site, on_delete="CASCADE")
    kind = peewee.CharField(max_length=20)
    year = peewee.IntegerField()
    last = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("site", "kind", "year"), True),)
