"""Keys (钥匙管理): the register of tagged keys and rings, and every movement of every key."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.building import Unit
from models.tenants import Tenant

KEY_KINDS = ("unit_door", "vacant_unit", "mailbox", "plant_room", "master")
# in: in the cabinet; issued: handed to a tenant (move-in); lent: out on loan; lost: reported lost;
# retired: taken off the register (lock changed, key destroyed).
KEY_STATES = ("in", "issued", "lent", "lost", "retired")
MOVEMENT_KINDS = ("issue", "lend", "return", "transfer", "lost", "retire")


class KeyRing(SiteRecord):
    """A set of keys that goes out together (e.g. a unit's door key and mailbox key)."""

    label = peewee.CharField(max_length=80)
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("site", "label"), True),)


class Key(SiteRecord):
    """One tagged key (or a bundle of identical copies on one tag). The tag shows a number, never the unit."""

    tag = peewee.CharField(max_length=12)
    label = peewee.CharField(max_length=80)
    kind = peewee.CharField(max_length=16, index=True)
    unit = peewee.ForeignKeyField(Unit, null=True, backref="keys", on_delete="RESTRICT")
    room = peewee.CharField(max_length=80, default="")  # plant rooms and other places that are not units
    copies = peewee.IntegerField(default=1)
    cabinet = peewee.CharField(max_length=20, default="")
    hook = peewee.CharField(max_length=20, default="")
    ring = peewee.ForeignKeyField(KeyRing, null=True, backref="keys", on_delete="RESTRICT")
    state = peewee.CharField(max_length=10, default="in", index=True)
    # The movement that took it out (issue/lend) while it is out: holder and due time are read from there.
    out_movement = peewee.IntegerField(null=True)
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("site", "tag"), True), (("site", "cabinet", "hook"), False))


class KeyMovement(BaseModel):
    """One line of the 《钥匙借用登记表》: a key issued, lent, returned, transferred back or lost.

    Only ever inserted. Keys that moved together (a ring, one slip) share the slip number; each line
    carries the signature, so a key's history is complete on its own (a ring is a few keys, a PNG a few KB).
    """

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    key = peewee.ForeignKeyField(Key, backref="movements", on_delete="RESTRICT")
    slip_no = peewee.CharField(max_length=20, index=True)
    kind = peewee.CharField(max_length=10)
    at = peewee.DateTimeField(default=now, index=True)
    closes = peewee.IntegerField(null=True)  # the issue/lend movement a return, transfer or loss ends
    tenant = peewee.ForeignKeyField(Tenant, null=True, backref="key_movements", on_delete="RESTRICT")
    person = peewee.CharField(max_length=60, default="")  # borrower, receiver, or who brought it back
    company = peewee.CharField(max_length=120, default="")
    phone = peewee.CharField(max_length=20, default="")
    purpose = peewee.CharField(max_length=200, default="")
    due_at = peewee.DateTimeField(null=True, index=True)
    condition = peewee.CharField(max_length=20, default="")
    charge = peewee.DecimalField(max_digits=10, decimal_places=2, null=True)
    lock_change = peewee.BooleanField(default=False)
    note = peewee.TextField(default="")
    by_user = peewee.IntegerField(null=True)
    by_name = peewee.CharField(max_length=60, default="")
    approved_by = peewee.CharField(max_length=60, default="")
    # PNG of the signature drawn at the counter; in the database so it travels with backups and every desk.
    signature = peewee.BlobField(null=True)
