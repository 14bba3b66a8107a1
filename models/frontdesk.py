"""The lobby's small jobs (issue 14, part one): mail and parcels, lending at the counter, lobby checks."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.tenants import Tenant

MAIL_KINDS = ("parcel", "letter", "newspaper", "document")
# waiting: on the shelf; collected: taken by the tenant; returned: sent back to the sender.
MAIL_STATES = ("waiting", "collected", "returned")
LOAN_STATES = ("out", "returned", "written_off")
CHECK_KINDS = ("open", "close")


class MailItem(SiteRecord):
    """One arrival for a tenant: a parcel, a letter, a newspaper bundle; on the shelf until collected."""

    number = peewee.CharField(max_length=24, index=True)  # YJ-2026-00001: printed on the pick-up slip
    kind = peewee.CharField(max_length=12, default="parcel")
    tenant = peewee.ForeignKeyField(Tenant, null=True, backref="mail", on_delete="RESTRICT")
    unit_code = peewee.CharField(max_length=20, default="", index=True)
    floor_label = peewee.CharField(max_length=20, default="")  # for the floor stewards' round
    recipient = peewee.CharField(max_length=60, default="")  # the person named on the parcel
    sender = peewee.CharField(max_length=120, default="")
    courier = peewee.CharField(max_length=40, default="")
    tracking = peewee.CharField(max_length=40, default="", index=True)
    count = peewee.IntegerField(default=1)
    shelf = peewee.CharField(max_length=20, default="")
    batch_no = peewee.CharField(max_length=24, default="")  # one courier drop scanned in together
    received_at = peewee.DateTimeField(default=now, index=True)
    received_by = peewee.CharField(max_length=60, default="")
    state = peewee.CharField(max_length=10, default="waiting", index=True)
    closed_at = peewee.DateTimeField(null=True)  # collected or returned
    collector = peewee.CharField(max_length=60, default="")
    collector_phone_tail = peewee.CharField(max_length=4, default="")
    delivered_by = peewee.CharField(max_length=60, default="")  # the floor steward who carried it up
    closed_by = peewee.CharField(max_length=60, default="")
    signature = peewee.BlobField(null=True)  # PNG from the pad, as keys keep theirs
    note = peewee.TextField(default="")


class LendItem(SiteRecord):
    """A thing the counter lends: a pool counted together (8 umbrellas) or one tagged item (trolley T-02)."""

    name = peewee.CharField(max_length=60)
    category = peewee.CharField(max_length=30, default="")
    tag = peewee.CharField(max_length=20, default="")  # tagged items only; "" for a counted pool
    quantity = peewee.IntegerField(default=1)
    deposit = peewee.DecimalField(max_digits=10, decimal_places=2, null=True)  # asked for by default
    active = peewee.BooleanField(default=True)
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("site", "name"), True),)


class Loan(SiteRecord):
    """One loan at the counter: what, how many, to whom, until when; and how it ended."""

    number = peewee.CharField(max_length=24, index=True)
    item = peewee.ForeignKeyField(LendItem, backref="loans", on_delete="RESTRICT")
    quantity = peewee.IntegerField(default=1)
    borrower = peewee.CharField(max_length=60)
    tenant = peewee.ForeignKeyField(Tenant, null=True, backref="loans", on_delete="RESTRICT")
    unit_code = peewee.CharField(max_length=20, default="")
    phone = peewee.CharField(max_length=20, default="")
    pledge = peewee.CharField(max_length=60, default="")  # ID card left, or what the deposit was
    deposit = peewee.DecimalField(max_digits=10, decimal_places=2, null=True)
    lent_at = peewee.DateTimeField(default=now, index=True)
    due_at = peewee.DateTimeField(index=True)
    lent_by = peewee.CharField(max_length=60, default="")
    state = peewee.CharField(max_length=12, default="out", index=True)
    closed_at = peewee.DateTimeField(null=True)
    closed_by = peewee.CharField(max_length=60, default="")
    returned_by = peewee.CharField(max_length=60, default="")
    signature = peewee.BlobField(null=True)
    note = peewee.TextField(default="")


class LobbyCheckItem(BaseModel):
    """One line of the site's lobby checklist template (设备、标识、公告栏、卫生、消防器材…)."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    text = peewee.CharField(max_length=80)
    position = peewee.IntegerField(default=0)
    active = peewee.BooleanField(default=True)


class LobbyCheck(SiteRecord):
    """An opening or closing check of the lobby desk for one shift."""

    day = peewee.DateField(index=True)
    kind = peewee.CharField(max_length=6)
    shift = peewee.CharField(max_length=20, default="")
    at = peewee.DateTimeField(default=now)
    by_name = peewee.CharField(max_length=60, default="")
    note = peewee.TextField(default="")


class LobbyCheckResult(BaseModel):
    """One item as found at a check; its text copied so the template may change."""

    check = peewee.ForeignKeyField(LobbyCheck, backref="results", on_delete="CASCADE")
    position = peewee.IntegerField()
    text = peewee.CharField(max_length=80)
    ok = peewee.BooleanField(default=True)
    note = peewee.CharField(max_length=200, default="")
    work_order = peewee.IntegerField(null=True)  # the request raised for a failed item


FRONTDESK_MAIL_MODELS: list[type[BaseModel]] = [MailItem, LendItem, Loan, LobbyCheckItem, LobbyCheck,
                                                LobbyCheckResult]
