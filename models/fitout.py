"""Fit-out (二次装修): the one record from application to deposit refund, its steps, and workers' passes."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.building import Unit
from models.fees import money
from models.tenants import Tenant


class Fitout(SiteRecord):
    """One fit-out: the application, its state, the permit and the money it carries."""

    number = peewee.CharField(max_length=20)  # ZX-2026-0001, given at the application
    unit = peewee.ForeignKeyField(Unit, on_delete="RESTRICT")
    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    applicant_name = peewee.CharField(max_length=60)
    applicant_phone = peewee.CharField(max_length=20, default="")
    applicant_kind = peewee.CharField(max_length=10, default="own")  # own / agent / company (as at move-in)
    papers = peewee.CharField(max_length=200, default="")  # the applicant's papers seen, comma-separated
    contractor_name = peewee.CharField(max_length=120)
    contractor_licence = peewee.CharField(max_length=40, default="")
    site_manager = peewee.CharField(max_length=60, default="")
    contractor_phone = peewee.CharField(max_length=20, default="")
    scope = peewee.TextField(default="")
    area = peewee.DecimalField(max_digits=10, decimal_places=2, auto_round=False)
    planned_start = peewee.DateField()
    planned_end = peewee.DateField()
    drawings = peewee.TextField(default="")  # one received drawing per line
    structural = peewee.BooleanField(default=False)  # 拆改主体结构 / 明显加大荷载
    hot_work = peewee.BooleanField(default=False)  # 动火
    fire_hvac = peewee.BooleanField(default=False)  # 消防或空调系统改动
    authority_letter = peewee.CharField(max_length=60, default="")  # 房地产行政主管部门批准书 (its number)
    insurer = peewee.CharField(max_length=60, default="")  # 公众责任险
    insurance_cover = money(null=True)
    insurance_expiry = peewee.DateField(null=True)
    state = peewee.CharField(max_length=24, default="draft", index=True)
    debris_fee = money(null=True)
    deposit = money(null=True)
    charge_id = peewee.IntegerField(null=True)  # the debris charge posted through fees
    deposit_entry_id = peewee.IntegerField(null=True)  # the deposit received through fees
    permit_no = peewee.CharField(max_length=20, default="")  # XK-2026-0001
    permit_start = peewee.DateField(null=True)
    permit_end = peewee.DateField(null=True)
    refunded = money(null=True)

    class Meta:
        indexes = ((("site", "number"), True),)


class FitoutStep(BaseModel):
    """One transition of a fit-out: who, when, from what to what, and the comment."""

    fitout = peewee.ForeignKeyField(Fitout, backref="steps", on_delete="CASCADE")
    action = peewee.CharField(max_length=24)
    from_state = peewee.CharField(max_length=24)
    to_state = peewee.CharField(max_length=24)
    username = peewee.CharField(max_length=40)
    full_name = peewee.CharField(max_length=60, default="")
    role = peewee.CharField(max_length=20, default="")
    comment = peewee.TextField(default="")
    at = peewee.DateTimeField(default=now)


class WorkerPass(BaseModel):
    """施工人员临时出入证: one per worker, valid until the permit's end, revoked with it."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    fitout = peewee.ForeignKeyField(Fitout, backref="passes", on_delete="RESTRICT")
    number = peewee.CharField(max_length=24)  # SG-2026-000001
    name = peewee.CharField(max_length=60)
    id_masked = peewee.CharField(max_length=24, default="")
    company = peewee.CharField(max_length=120, default="")
    valid_until = peewee.DateField()
    revoked = peewee.BooleanField(default=False)
    deposit = money(null=True)  # 出入证押金 taken for this pass
    returned_on = peewee.DateField(null=True)  # the pass came back (its deposit refunded)
    # The worker's photo (JPEG, shrunk at the desk), in the database like the keys' signatures.
    photo = peewee.BlobField(null=True)
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("site", "number"), True),)


class FitoutDeduction(BaseModel):
    """A fine (罚款, for a violation) or damages (损坏赔偿) taken from the fit-out deposit through the fees area."""

    fitout = peewee.ForeignKeyField(Fitout, backref="deductions", on_delete="RESTRICT")
    kind = peewee.CharField(max_length=10)  # fine / damage
    amount = money()
    reason = peewee.CharField(max_length=200)
    deposit_entry_id = peewee.IntegerField()
    username = peewee.CharField(max_length=40)
    at = peewee.DateTimeField(default=now)


class FitoutPatrol(BaseModel):
    """装修巡查: a patrol's findings; a violation issues a rectification notice (整改通知单) with a deadline."""

    fitout = peewee.ForeignKeyField(Fitout, backref="patrols", on_delete="RESTRICT")
    day = peewee.DateField()
    username = peewee.CharField(max_length=40)
    full_name = peewee.CharField(max_length=60, default="")
    findings = peewee.TextField()
    violation = peewee.CharField(max_length=20, default="")  # a VIOLATIONS key, "" when all was in order
    notice_no = peewee.CharField(max_length=20, default="")  # ZG-2026-0001
    deadline = peewee.DateField(null=True)
    fine = money(null=True)
    closed_on = peewee.DateField(null=True)
    closed_by = peewee.CharField(max_length=40, default="")
    close_note = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=now)


FITOUT_MODELS: list[type[BaseModel]] = [Fitout, FitoutStep, WorkerPass, FitoutDeduction, FitoutPatrol]


class FitoutInspection(BaseModel):
    """竣工验收 / 消防验收 / 复验 of a fit-out: its items checked, who inspected and when; a failed one is
    inspected again (a new record pointing at it) on its failed items only."""

    fitout = peewee.ForeignKeyField(Fitout, backref="inspections", on_delete="RESTRICT")
    kind = peewee.CharField(max_length=12)  # completion / fire / follow_up
    day = peewee.DateField()
    inspector = peewee.CharField(max_length=60)
    passed = peewee.BooleanField()
    retry_of = peewee.ForeignKeyField("self", null=True, backref="retries", on_delete="RESTRICT")
    note = peewee.TextField(default="")
    username = peewee.CharField(max_length=40)
    created_at = peewee.DateTimeField(default=now)


class FitoutInspectionItem(BaseModel):
    """One item of an inspection: passed, or failed with what is to be put right."""

    inspection = peewee.ForeignKeyField(FitoutInspection, backref="items", on_delete="CASCADE")
    position = peewee.IntegerField()
    item = peewee.CharField(max_length=100)
    ok = peewee.BooleanField()
    note = peewee.CharField(max_length=200, default="")


ACCEPTANCE_MODELS: list[type[BaseModel]] = [FitoutInspection, FitoutInspectionItem]
