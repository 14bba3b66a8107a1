"""Move-in (交楼), move-out (退租) and goods-release passes (放行条): the records, their steps and lines."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.building import Unit
from models.tenants import Tenant

APPLICANT_KINDS = ("own", "agent", "company")
MOVE_STATES = ("open", "done", "cancelled")
PASS_STATES = ("approved", "used", "voided")


class MoveIn(SiteRecord):
    """One tenant taking over one unit; `step` is the next step to do (done when finished)."""

    tenant = peewee.ForeignKeyField(Tenant, backref="move_ins", on_delete="RESTRICT")
    unit = peewee.ForeignKeyField(Unit, backref="move_ins", on_delete="RESTRICT")
    applicant_kind = peewee.CharField(max_length=10)
    applicant_name = peewee.CharField(max_length=60)
    applicant_phone = peewee.CharField(max_length=20, default="")
    planned_on = peewee.DateField(null=True)
    step = peewee.CharField(max_length=16, default="papers", index=True)
    state = peewee.CharField(max_length=10, default="open", index=True)
    papers = peewee.TextField(default="")  # the paper codes received, comma separated
    reinspect_on = peewee.DateField(null=True)
    key_slip_no = peewee.CharField(max_length=20, default="")
    first_fee = peewee.DecimalField(max_digits=12, decimal_places=2, null=True)
    completed_at = peewee.DateTimeField(null=True)
    note = peewee.TextField(default="")
    cancel_reason = peewee.TextField(default="")


class MoveOut(SiteRecord):
    """One tenant giving back one unit; the arrears typed at the request stand in for the fees area's figure."""

    tenant = peewee.ForeignKeyField(Tenant, backref="move_outs", on_delete="RESTRICT")
    unit = peewee.ForeignKeyField(Unit, backref="move_outs", on_delete="RESTRICT")
    move_in = peewee.ForeignKeyField(MoveIn, null=True, backref="move_outs", on_delete="RESTRICT")
    planned_on = peewee.DateField()
    reason = peewee.TextField(default="")
    arrears_declared = peewee.DecimalField(max_digits=12, decimal_places=2, default=0)
    override_by = peewee.CharField(max_length=60, default="")
    override_reason = peewee.TextField(default="")
    step = peewee.CharField(max_length=16, default="request", index=True)
    state = peewee.CharField(max_length=10, default="open", index=True)
    deposit = peewee.DecimalField(max_digits=12, decimal_places=2, null=True)
    key_slip_no = peewee.CharField(max_length=20, default="")
    completed_at = peewee.DateTimeField(null=True)
    note = peewee.TextField(default="")
    cancel_reason = peewee.TextField(default="")


class MoveStep(BaseModel):
    """Who did which step of a move-in or move-out, and when (only ever inserted)."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    move_kind = peewee.CharField(max_length=4)  # in / out
    move_id = peewee.IntegerField()
    step = peewee.CharField(max_length=16)
    at = peewee.DateTimeField(default=now)
    by_user = peewee.IntegerField(null=True)
    by_name = peewee.CharField(max_length=60, default="")
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("move_kind", "move_id"), False),)


class ChecklistArea(BaseModel):
    """An area of the site's handover checklist (门锁、窗户、墙面…); the site edits it."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    name = peewee.CharField(max_length=40)
    position = peewee.IntegerField(default=0)
    active = peewee.BooleanField(default=True)


class ChecklistItem(BaseModel):
    """One thing to look at in an area of the handover checklist."""

    area = peewee.ForeignKeyField(ChecklistArea, backref="items", on_delete="RESTRICT")
    name = peewee.CharField(max_length=80)
    position = peewee.IntegerField(default=0)
    active = peewee.BooleanField(default=True)


class Inspection(BaseModel):
    """One checklist item as found at an inspection (move-in or move-out); names copied so the template may change."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    move_kind = peewee.CharField(max_length=4)
    move_id = peewee.IntegerField()
    area = peewee.CharField(max_length=40)
    item = peewee.CharField(max_length=80)
    ok = peewee.BooleanField(default=True)
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("move_kind", "move_id"), False),)


class Defect(BaseModel):
    """A defect found at the move-in inspection; each becomes a rectification work order (requests area)."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    move_in = peewee.ForeignKeyField(MoveIn, backref="defects", on_delete="RESTRICT")
    area = peewee.CharField(max_length=40)
    item = peewee.CharField(max_length=80)
    note = peewee.TextField(default="")
    needs_work_order = peewee.BooleanField(default=True, index=True)
    work_order_no = peewee.CharField(max_length=20, default="")
    fixed_at = peewee.DateTimeField(null=True)
    fixed_by = peewee.CharField(max_length=60, default="")


class MoveMeter(BaseModel):
    """A meter read at move-in or move-out, confirmed by both sides (the desk and the tenant's signer)."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    move_kind = peewee.CharField(max_length=4)
    move_id = peewee.IntegerField()
    meter = peewee.CharField(max_length=12)  # water, electricity, gas
    reading = peewee.DecimalField(max_digits=12, decimal_places=2)
    desk_by = peewee.CharField(max_length=60)
    tenant_by = peewee.CharField(max_length=60)
    at = peewee.DateTimeField(default=now)

    class Meta:
        table_name = "move_meter_reading"  # the fees area's monthly readings are `meter_reading`
        indexes = ((("move_kind", "move_id"), False),)


class MoveCharge(BaseModel):
    """A charge a move creates (first fee, damage, lost key, arrears deducted) for the fees area to post."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    tenant = peewee.ForeignKeyField(Tenant, backref="move_charges", on_delete="RESTRICT")
    move_kind = peewee.CharField(max_length=4)
    move_id = peewee.IntegerField()
    category = peewee.CharField(max_length=16)  # first_fee, damage, key_lost, arrears
    item = peewee.CharField(max_length=120)
    amount = peewee.DecimalField(max_digits=12, decimal_places=2)
    posted_ref = peewee.CharField(max_length=30, default="", index=True)  # the fees area's bill number once posted
    at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("move_kind", "move_id"), False),)


class GoodsPass(SiteRecord):
    """A goods-release pass (放行条): what leaves, who carries it, which vehicle, on which day and hours."""

    pass_no = peewee.CharField(max_length=20)
    tenant = peewee.ForeignKeyField(Tenant, null=True, backref="goods_passes", on_delete="RESTRICT")
    company = peewee.CharField(max_length=120)
    unit_code = peewee.CharField(max_length=40, default="")
    move_out = peewee.ForeignKeyField(MoveOut, null=True, backref="passes", on_delete="RESTRICT")
    carrier = peewee.CharField(max_length=60)
    carrier_phone = peewee.CharField(max_length=20, default="")
    plate = peewee.CharField(max_length=12, default="")
    valid_on = peewee.DateField(index=True)
    time_from = peewee.TimeField()
    time_to = peewee.TimeField()
    reason = peewee.CharField(max_length=200, default="")
    state = peewee.CharField(max_length=10, default="approved", index=True)
    approved_by = peewee.CharField(max_length=60)
    used_at = peewee.DateTimeField(null=True)
    used_by = peewee.CharField(max_length=60, default="")
    void_reason = peewee.TextField(default="")

    class Meta:
        indexes = ((("site", "pass_no"), True),)


class GoodsItem(BaseModel):
    """One line of a pass: what, how many, counted in what."""

    goods_pass = peewee.ForeignKeyField(GoodsPass, backref="items", on_delete="RESTRICT")
    name = peewee.CharField(max_length=80)
    quantity = peewee.IntegerField()
    measure = peewee.CharField(max_length=10, default="件")
