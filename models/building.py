"""Floors and units of the tower."""
from __future__ import annotations

import peewee

from models.base import SiteRecord

UNIT_STATES = ("vacant", "occupied", "fitting_out")


class Floor(SiteRecord):
    """A floor (楼层); `level` orders them (basement floors negative)."""

    name = peewee.CharField(max_length=20)
    level = peewee.IntegerField()

    class Meta:
        indexes = ((("site", "name"), True),)


class Unit(SiteRecord):
    """A unit (单元) such as 12F-1205 with its area and state."""

    floor = peewee.ForeignKeyField(Floor, backref="units", on_delete="RESTRICT")
    code = peewee.CharField(max_length=40)
    area = peewee.DecimalField(max_digits=10, decimal_places=2)
    status = peewee.CharField(max_length=20, default="vacant", index=True)
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("site", "code"), True),)
