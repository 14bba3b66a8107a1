"""Visits and their passes, pre-registered visitors, voided pass numbers, and the watchlist."""
from __future__ import annotations

import peewee

from models.base import SiteRecord, now
from models.tenants import Tenant

VISIT_STATES = ("in", "out", "void")
SIGN_OUT_KINDS = ("desk", "auto")
PREREG_STATES = ("expected", "arrived", "cancelled")


class Visit(SiteRecord):
    """One visitor's visit and the pass printed for it (访客登记 + 访客出入证).

    The look-ups the desk makes all day have their own index: the pass number (unique per site),
    the phone's last four digits, the name (prefix searches), the day (log, counts, purge).
    """

    pass_no = peewee.CharField(max_length=24)
    day = peewee.DateField()
    name = peewee.CharField(max_length=60)
    id_type = peewee.CharField(max_length=20, default="身份证")
    id_number = peewee.CharField(max_length=30, default="")  # erased by the retention purge
    id_masked = peewee.CharField(max_length=30, default="")
    phone = peewee.CharField(max_length=20, default="")
    phone_tail = peewee.CharField(max_length=4, default="")
    company = peewee.CharField(max_length=120, default="")
    host_tenant = peewee.ForeignKeyField(Tenant, null=True, on_delete="RESTRICT")
    host_name = peewee.CharField(max_length=120, default="")  # the tenant's name as it was on the day
    host_unit = peewee.CharField(max_length=40, default="")
    host_floor = peewee.CharField(max_length=20, default="")
    host_person = peewee.CharField(max_length=60, default="")
    purpose = peewee.CharField(max_length=120, default="")
    party_size = peewee.IntegerField(default=1)
    plate = peewee.CharField(max_length=12, default="")
    checked_in_at = peewee.DateTimeField(default=now)
    valid_until = peewee.DateTimeField()
    checked_in_by = peewee.IntegerField(null=True)
    status = peewee.CharField(max_length=6, default="in")
    signed_out_at = peewee.DateTimeField(null=True)
    sign_out_kind = peewee.CharField(max_length=6, default="")
    void_reason = peewee.CharField(max_length=200, default="")
    prereg = peewee.IntegerField(null=True)
    watch_hit = peewee.BooleanField(default=False)
    let_through_by = peewee.IntegerField(null=True)  # the supervisor who let a watchlist match in
    purged = peewee.BooleanField(default=False)

    class Meta:
        indexes = (
            (("site", "pass_no"), True),
            (("site", "day"), False),
            (("site", "phone_tail"), False),
            (("site", "name"), False),
            (("site", "status"), False),
            (("site", "host_tenant"), False),
            (("site", "purged", "day"), False),  # the daily purge finds what is left to erase at once
        )


class VoidPass(SiteRecord):
    """A pass number no longer valid (the pass was reprinted or the visit voided): scanning it says so."""

    pass_no = peewee.CharField(max_length=24)
    visit = peewee.ForeignKeyField(Visit, on_delete="RESTRICT")
    reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("site", "pass_no"), True),)


class Prereg(SiteRecord):
    """A visitor a tenant announced in advance (预约), checked in with one confirmation."""

    expected_on = peewee.DateField()
    name = peewee.CharField(max_length=60)
    id_type = peewee.CharField(max_length=20, default="身份证")
    id_number = peewee.CharField(max_length=30, default="")
    phone = peewee.CharField(max_length=20, default="")
    company = peewee.CharField(max_length=120, default="")
    host_tenant = peewee.ForeignKeyField(Tenant, null=True, on_delete="RESTRICT")
    host_unit = peewee.CharField(max_length=40, default="")
    host_person = peewee.CharField(max_length=60, default="")
    purpose = peewee.CharField(max_length=120, default="")
    party_size = peewee.IntegerField(default=1)
    plate = peewee.CharField(max_length=12, default="")
    status = peewee.CharField(max_length=10, default="expected")
    visit = peewee.IntegerField(null=True)

    class Meta:
        indexes = ((("site", "expected_on", "status"), False),)


class WatchEntry(SiteRecord):
    """A barred person. The ID number is kept only as a salted hash; names by matching keys."""

    name = peewee.CharField(max_length=60)
    name_key = peewee.CharField(max_length=60)  # simplified, no spaces, casefolded
    pinyin_key = peewee.CharField(max_length=120, default="")  # toneless pinyin: homophones match
    id_hash = peewee.CharField(max_length=64, default="")
    id_hint = peewee.CharField(max_length=30, default="")  # masked, to tell two entries apart
    reason = peewee.CharField(max_length=200)
    barred_by = peewee.CharField(max_length=120, default="")  # the tenant or office that asked
    added_by = peewee.CharField(max_length=60, default="")
    active = peewee.BooleanField(default=True)
    removed_reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = (
            (("site", "name_key"), False),
            (("site", "pinyin_key"), False),
            (("site", "id_hash"), False),
        )


VISITOR_MODELS = [Visit, VoidPass, Prereg, WatchEntry]
