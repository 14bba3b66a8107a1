"""Fees (收费): charge items, meter readings, posted charges, bills, payments, deposits and reminders."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.building import Unit
from models.tenants import Tenant

ITEM_KINDS = ("area", "water", "power", "fixed", "one_off")  # per m² a month, metered, a fixed monthly sum, posted
BILL_STATES = ("draft", "checked", "issued")  # a draft is rebuilt by the next run; an issued bill is adjusted
PAY_METHODS = ("transfer", "cash", "wechat", "alipay", "card", "cheque")
DEPOSIT_KINDS = ("received", "deducted", "refunded")
REMINDER_KINDS = ("phone", "sms", "letter", "visit")


def money(**kwargs) -> peewee.DecimalField:
    """Yuan to the fen; never rounded by the database layer (the service rounds by the site's rule)."""
    return peewee.DecimalField(max_digits=14, decimal_places=2, auto_round=False, **kwargs)


class ChargeItem(SiteRecord):
    """A charge the site defines: 物业管理费 per m² a month, 水费 per m³, 电费 per kWh, 停车费, 装修垃圾清运费 ..."""

    code = peewee.CharField(max_length=30)
    name = peewee.CharField(max_length=60)
    kind = peewee.CharField(max_length=10)
    unit_price = peewee.DecimalField(max_digits=12, decimal_places=4, auto_round=False)
    unit_label = peewee.CharField(max_length=20, default="")  # 元/m²·月, 元/吨, 元/kWh
    active = peewee.BooleanField(default=True)

    class Meta:
        indexes = ((("site", "code"), True),)


class MeterReading(BaseModel):
    """A unit's water or electricity meter as read at the end of a month, and the month's use."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    unit = peewee.ForeignKeyField(Unit, on_delete="RESTRICT")
    meter = peewee.CharField(max_length=10)  # water or power
    month = peewee.DateField()  # the first day of the month read
    reading = peewee.DecimalField(max_digits=14, decimal_places=2, auto_round=False)
    usage = peewee.DecimalField(max_digits=14, decimal_places=2, auto_round=False)
    jump_confirmed = peewee.BooleanField(default=False)
    read_by = peewee.CharField(max_length=40, default="")
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("unit", "meter", "month"), True), (("site", "month"), False))


class Bill(SiteRecord):
    """A tenant's bill for a month: draft, checked, then issued (never edited after, only adjusted)."""

    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    month = peewee.DateField()
    number = peewee.CharField(max_length=20, default="")  # given at issue: ZD-2026-0001
    status = peewee.CharField(max_length=10, default="draft", index=True)
    total = money(default=0)
    issued_on = peewee.DateField(null=True)
    due_on = peewee.DateField(null=True, index=True)
    checked_by = peewee.CharField(max_length=40, default="")
    issued_by = peewee.CharField(max_length=40, default="")

    class Meta:
        indexes = ((("site", "month", "tenant"), False), (("site", "number"), False))


class BillLine(BaseModel):
    """One line of a bill: what, how much of it, at what price; the amount rounded by the site's rule."""

    bill = peewee.ForeignKeyField(Bill, backref="lines", on_delete="CASCADE")
    item = peewee.ForeignKeyField(ChargeItem, on_delete="RESTRICT")
    unit_code = peewee.CharField(max_length=40, default="")
    description = peewee.CharField(max_length=200, default="")
    quantity = peewee.DecimalField(max_digits=14, decimal_places=2, auto_round=False)
    unit_price = peewee.DecimalField(max_digits=12, decimal_places=4, auto_round=False)
    amount = money()


class Charge(SiteRecord):
    """A one-off charge posted by another area (room hours, lost key, damage, debris removal, a service).

    (source, source_id) is unique per site: posting the same thing twice returns the first charge.
    """

    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    item = peewee.ForeignKeyField(ChargeItem, on_delete="RESTRICT")
    amount = money()
    source = peewee.CharField(max_length=30)
    source_id = peewee.IntegerField()
    note = peewee.CharField(max_length=200, default="")
    posted_on = peewee.DateField()
    posted_by = peewee.CharField(max_length=40, default="")
    bill = peewee.ForeignKeyField(Bill, null=True, on_delete="SET NULL")
    bill_line = peewee.IntegerField(null=True)

    class Meta:
        indexes = ((("site", "source", "source_id"), True),)


class Adjustment(BaseModel):
    """A recorded credit (negative) or debit (positive) on an issued bill, with its reason."""

    bill = peewee.ForeignKeyField(Bill, backref="adjustments", on_delete="RESTRICT")
    item = peewee.ForeignKeyField(ChargeItem, on_delete="RESTRICT")
    amount = money()
    reason = peewee.TextField()
    made_on = peewee.DateField()
    made_by = peewee.CharField(max_length=40, default="")
    created_at = peewee.DateTimeField(default=now)


class Payment(SiteRecord):
    """Money taken at the desk, with its receipt (收费票据) number; what is not allocated is credit on account."""

    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    receipt_no = peewee.CharField(max_length=20)
    amount = money()
    method = peewee.CharField(max_length=10)
    reference = peewee.CharField(max_length=60, default="")
    paid_on = peewee.DateField(index=True)
    taken_by = peewee.CharField(max_length=40, default="")
    note = peewee.CharField(max_length=200, default="")
    voided = peewee.BooleanField(default=False)  # taken by mistake: kept, its receipt number not reused
    void_reason = peewee.TextField(default="")

    class Meta:
        indexes = ((("site", "receipt_no"), True),)


class Allocation(BaseModel):
    """The part of a payment that settles a bill."""

    payment = peewee.ForeignKeyField(Payment, backref="allocations", on_delete="RESTRICT")
    bill = peewee.ForeignKeyField(Bill, backref="allocations", on_delete="RESTRICT")
    amount = money()


class DepositEntry(BaseModel):
    """A deposit held for a tenant (fit-out, keys, ...): received, deducted (with reason) or refunded."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    kind = peewee.CharField(max_length=10)
    purpose = peewee.CharField(max_length=60)
    amount = money()
    day = peewee.DateField()
    note = peewee.CharField(max_length=200, default="")
    by = peewee.CharField(max_length=40, default="")
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("site", "tenant"), False),)


class Reminder(BaseModel):
    """A 催缴 step taken: a phone call, an SMS, a formal letter (催缴函, numbered) or a visit."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    kind = peewee.CharField(max_length=10)
    day = peewee.DateField()
    owed = money()
    letter_no = peewee.CharField(max_length=20, default="")
    note = peewee.CharField(max_length=200, default="")
    by = peewee.CharField(max_length=40, default="")
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("site", "tenant", "day"), False),)


FEE_MODELS: list[type[BaseModel]] = [
    ChargeItem, MeterReading, Bill, BillLine, Charge, Adjustment, Payment, Allocation, DepositEntry, Reminder,
]
