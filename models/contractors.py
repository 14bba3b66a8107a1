"""Outsourced services (外包服务): contractors, their documents, versioned inspection templates, inspections,
rectification requests and their verifying entries, pest-control visits, and the monthly evaluations."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.fees import money

SERVICES = ("cleaning", "greening", "pest", "facade", "stone")


class Contractor(SiteRecord):
    """外包单位: one contract with one service provider."""

    name = peewee.CharField(max_length=120)
    service = peewee.CharField(max_length=16, index=True)  # a SERVICES key
    contract_no = peewee.CharField(max_length=40, default="")
    contract_start = peewee.DateField()
    contract_end = peewee.DateField(index=True)
    monthly_fee = money()
    contact_name = peewee.CharField(max_length=60, default="")
    contact_phone = peewee.CharField(max_length=20, default="")
    headcount = peewee.IntegerField(default=0)  # on-site staff
    note = peewee.TextField(default="")
    active = peewee.BooleanField(default=True)
    review_flag = peewee.BooleanField(default=False)  # three months in a row below the pass mark
    review_since = peewee.DateField(null=True)


class ContractorDocument(BaseModel):
    """A contract document on file (contract, licence, insurance, qualification), with its scan; voided, never
    deleted."""

    contractor = peewee.ForeignKeyField(Contractor, backref="documents", on_delete="RESTRICT")
    doc_type = peewee.CharField(max_length=40)
    received_on = peewee.DateField()
    note = peewee.TextField(default="")
    file_name = peewee.CharField(max_length=200, default="")
    file_data = peewee.BlobField(null=True)
    voided = peewee.BooleanField(default=False)
    void_reason = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=now)


class InspectionTemplate(BaseModel):
    """One revision of a service's inspection template; an edit adds a revision, old ones stay for the
    inspections that used them."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    service = peewee.CharField(max_length=16)
    revision = peewee.IntegerField()
    name = peewee.CharField(max_length=80)
    note = peewee.TextField(default="")  # what changed
    username = peewee.CharField(max_length=40)
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("site", "service", "revision"), True),)


class TemplateItem(BaseModel):
    """One item of a template revision: area, what is checked, the standard, its points; scored or pass/fail."""

    template = peewee.ForeignKeyField(InspectionTemplate, backref="items", on_delete="RESTRICT")
    seq = peewee.IntegerField()
    area = peewee.CharField(max_length=40)
    item = peewee.CharField(max_length=80)
    standard = peewee.CharField(max_length=200, default="")
    points = peewee.DecimalField(max_digits=6, decimal_places=1, auto_round=False)
    pass_fail = peewee.BooleanField(default=False)


class ContractorInspection(SiteRecord):
    """巡查: one round on one contractor's work, scored against the template revision it used."""

    number = peewee.CharField(max_length=20)  # XC-2026-0001
    contractor = peewee.ForeignKeyField(Contractor, backref="inspections", on_delete="RESTRICT")
    template = peewee.ForeignKeyField(InspectionTemplate, on_delete="RESTRICT")
    day = peewee.DateField()
    username = peewee.CharField(max_length=40)
    full_name = peewee.CharField(max_length=60, default="")
    areas = peewee.CharField(max_length=200, default="")
    note = peewee.TextField(default="")
    points_got = peewee.DecimalField(max_digits=8, decimal_places=1, auto_round=False)
    points_max = peewee.DecimalField(max_digits=8, decimal_places=1, auto_round=False)
    score = peewee.DecimalField(max_digits=6, decimal_places=2, auto_round=False)  # of 100
    nonconformities = peewee.IntegerField(default=0)
    serious = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("site", "number"), True), (("contractor", "day"), False))


class InspectionResult(BaseModel):
    """One item's result in an inspection; a non-conformity carries its note and optional photo."""

    inspection = peewee.ForeignKeyField(ContractorInspection, backref="results", on_delete="RESTRICT")
    item = peewee.ForeignKeyField(TemplateItem, on_delete="RESTRICT")
    points = peewee.DecimalField(max_digits=6, decimal_places=1, auto_round=False)  # points given
    nonconforming = peewee.BooleanField(default=False)
    serious = peewee.BooleanField(default=False)
    note = peewee.CharField(max_length=500, default="")
    photo = peewee.BlobField(null=True)


class Rectification(BaseModel):
    """整改要求: a non-conformity sent to the contractor with a deadline; closed only by a verifying entry."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    number = peewee.CharField(max_length=20)  # WZ-2026-0001
    contractor = peewee.ForeignKeyField(Contractor, backref="rectifications", on_delete="RESTRICT")
    inspection = peewee.ForeignKeyField(ContractorInspection, backref="rectifications", on_delete="RESTRICT")
    result = peewee.ForeignKeyField(InspectionResult, on_delete="RESTRICT")
    deadline = peewee.DateField()
    closed_on = peewee.DateField(null=True, index=True)
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("site", "number"), True),)


class RectificationCheck(BaseModel):
    """复查: the second inspection entry on a rectification; a passed check closes it."""

    rectification = peewee.ForeignKeyField(Rectification, backref="checks", on_delete="RESTRICT")
    day = peewee.DateField()
    username = peewee.CharField(max_length=40)
    full_name = peewee.CharField(max_length=60, default="")
    passed = peewee.BooleanField()
    note = peewee.CharField(max_length=500)
    photo = peewee.BlobField(null=True)
    new_deadline = peewee.DateField(null=True)  # a failed check sets a new deadline
    created_at = peewee.DateTimeField(default=now)


class ServiceVisit(BaseModel):
    """A visit of a per-visit contractor (pest control, façade, stone care); each visit wants an inspection."""

    contractor = peewee.ForeignKeyField(Contractor, backref="visits", on_delete="RESTRICT")
    day = peewee.DateField()
    note = peewee.CharField(max_length=200, default="")
    username = peewee.CharField(max_length=40)
    created_at = peewee.DateTimeField(default=now)


class Evaluation(SiteRecord):
    """月度考评: one revision of a contractor's month; signed by a manager it is frozen, a correction is the next
    revision."""

    contractor = peewee.ForeignKeyField(Contractor, backref="evaluations", on_delete="RESTRICT")
    month = peewee.DateField()  # the first day of the month
    revision = peewee.IntegerField(default=1)
    inspections = peewee.IntegerField(default=0)
    score = peewee.DecimalField(max_digits=6, decimal_places=2, auto_round=False, null=True)
    grade = peewee.CharField(max_length=8)  # full / mid / low / none
    base_fee = money()
    deduction_rate = peewee.DecimalField(max_digits=5, decimal_places=2, auto_round=False)  # percent
    deduction = money()
    serious = peewee.IntegerField(default=0)
    penalty = money()
    fee = money()
    warning = peewee.BooleanField(default=False)
    review = peewee.BooleanField(default=False)
    state = peewee.CharField(max_length=10, default="draft")  # draft / signed
    signed_by = peewee.CharField(max_length=40, default="")
    signed_name = peewee.CharField(max_length=60, default="")
    signed_at = peewee.DateTimeField(null=True)
    reason = peewee.TextField(default="")  # why this revision corrects the one before

    class Meta:
        indexes = ((("contractor", "month", "revision"), True),)


CONTRACTOR_MODELS: list[type[BaseModel]] = [
    Contractor, ContractorDocument, InspectionTemplate, TemplateItem, ContractorInspection, InspectionResult,
    Rectification, RectificationCheck, ServiceVisit, Evaluation,
]
