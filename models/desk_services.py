"""The front desk's notices (公告), convenience and paid services (便民/特约服务) and tenant visits (走访)."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.fees import money
from models.tenants import Tenant


class NoticeTemplate(SiteRecord):
    """A notice the desk writes again and again; `{占位}` marks in title and text are filled from a small form."""

    code = peewee.CharField(max_length=30)  # weather, water_cut, ... or the site's own
    name = peewee.CharField(max_length=40)
    title = peewee.CharField(max_length=80)
    body = peewee.TextField()
    active = peewee.BooleanField(default=True)

    class Meta:
        indexes = ((("site", "code"), True),)


class Notice(SiteRecord):
    """One notice: drafted, published (current while its dates run, then expired), or withdrawn."""

    number = peewee.CharField(max_length=20)  # GG-2026-0001
    template_code = peewee.CharField(max_length=30, default="")
    title = peewee.CharField(max_length=80)
    body = peewee.TextField()
    audience = peewee.CharField(max_length=10, default="all")  # all / floors / tenants
    floors = peewee.CharField(max_length=200, default="")  # "3F,5F,12F" for audience floors
    tenant_ids = peewee.TextField(default="")  # "12,40" for audience tenants
    valid_from = peewee.DateField()
    valid_to = peewee.DateField()
    state = peewee.CharField(max_length=12, default="draft", index=True)
    drafted_by = peewee.CharField(max_length=60, default="")
    published_at = peewee.DateTimeField(null=True)
    published_by = peewee.CharField(max_length=60, default="")
    withdrawn_at = peewee.DateTimeField(null=True)
    withdrawn_by = peewee.CharField(max_length=60, default="")
    withdraw_reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("site", "number"), True), (("site", "valid_to"), False))


class ServiceItem(SiteRecord):
    """One line of the site's price list of convenience and paid services."""

    name = peewee.CharField(max_length=60)
    unit_label = peewee.CharField(max_length=20)  # 元/m², 元/小时, 元/次
    price = money()
    department = peewee.CharField(max_length=40)
    active = peewee.BooleanField(default=True)

    class Meta:
        indexes = ((("site", "name"), True),)


class ServiceOrder(SiteRecord):
    """A tenant's order of a service: agreed, dispatched, done, accepted (and charged), or cancelled."""

    number = peewee.CharField(max_length=20)  # FW-2026-0001
    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    unit_code = peewee.CharField(max_length=20, default="")
    item = peewee.ForeignKeyField(ServiceItem, on_delete="RESTRICT")
    item_name = peewee.CharField(max_length=60)  # the price list as it was when agreed
    unit_label = peewee.CharField(max_length=20)
    unit_price = money()
    quantity = peewee.DecimalField(max_digits=10, decimal_places=2, auto_round=False)
    list_amount = money()
    amount = money()  # the agreed price: the list amount unless changed with a reason
    price_reason = peewee.CharField(max_length=200, default="")
    agreed_at = peewee.DateTimeField()
    contact_name = peewee.CharField(max_length=60)
    contact_phone = peewee.CharField(max_length=20, default="")
    note = peewee.TextField(default="")
    state = peewee.CharField(max_length=12, default="ordered", index=True)
    ordered_by = peewee.CharField(max_length=60, default="")
    department = peewee.CharField(max_length=40, default="")
    assignee = peewee.CharField(max_length=60, default="")
    dispatched_at = peewee.DateTimeField(null=True)
    done_at = peewee.DateTimeField(null=True)
    done_note = peewee.TextField(default="")
    accepted_at = peewee.DateTimeField(null=True)
    accepted_name = peewee.CharField(max_length=60, default="")
    satisfaction = peewee.CharField(max_length=12, default="")  # very / satisfied / ok / unsatisfied
    accept_comment = peewee.CharField(max_length=200, default="")
    signature = peewee.BlobField(null=True)  # the tenant's signature on the pad, PNG
    charge_id = peewee.IntegerField(null=True)
    cancelled_at = peewee.DateTimeField(null=True)
    cancel_reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("site", "number"), True),)


class VisitCycle(BaseModel):
    """A tenant visited more or less often than the site's default (days between visits)."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    days = peewee.IntegerField()

    class Meta:
        indexes = ((("site", "tenant"), True),)


class TenantVisit(SiteRecord):
    """One visit: planned (whom, by whom, by when), then recorded (who was met, topics, issues) or cancelled."""

    number = peewee.CharField(max_length=20)  # ZF-2026-0001
    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    due_on = peewee.DateField(index=True)
    assignee = peewee.CharField(max_length=60, default="")
    state = peewee.CharField(max_length=12, default="planned", index=True)  # planned / done / cancelled
    visited_on = peewee.DateField(null=True)
    visited_by = peewee.CharField(max_length=60, default="")
    met = peewee.CharField(max_length=120, default="")
    topics = peewee.CharField(max_length=200, default="")
    notes = peewee.TextField(default="")
    cancel_reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("site", "number"), True), (("site", "tenant", "state"), False))


class VisitIssue(BaseModel):
    """An issue the tenant raised on a visit, and the request it became when it needs action."""

    visit = peewee.ForeignKeyField(TenantVisit, backref="issues", on_delete="CASCADE")
    text = peewee.TextField()
    action = peewee.CharField(max_length=12, default="none")  # none / repair / complaint / suggestion
    request_id = peewee.IntegerField(null=True)
    created_at = peewee.DateTimeField(default=now)


DESK_SERVICE_MODELS: list[type[BaseModel]] = [
    NoticeTemplate, Notice, ServiceItem, ServiceOrder, VisitCycle, TenantVisit, VisitIssue,
]
