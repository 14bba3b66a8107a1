"""Requests from tenants (报修 / 投诉 / 咨询 …), their work orders, hold periods, timeline and callbacks (回访)."""
from __future__ import annotations

import peewee

from models.base import BaseModel, SiteRecord, now
from models.building import Unit
from models.staff import User
from models.tenants import Tenant

CHANNELS = ("phone", "visit", "letter", "online")
CATEGORIES = ("repair", "complaint", "enquiry", "suggestion", "help")
LEVELS = ("major", "important", "minor")
REPAIR_KINDS = ("safety", "leak", "other")
REQUEST_STATES = ("open", "dispatched", "resolved", "closed", "cancelled")


class Request(SiteRecord):
    """One request from a tenant; a repair carries its work order (维修工作单) on the same row."""

    number = peewee.CharField(max_length=20, index=True)
    channel = peewee.CharField(max_length=10)
    category = peewee.CharField(max_length=12, index=True)
    level = peewee.CharField(max_length=10, default="", index=True)  # complaints only
    repair_kind = peewee.CharField(max_length=10, default="")  # repairs only
    tenant = peewee.ForeignKeyField(Tenant, null=True, on_delete="RESTRICT", index=True)
    unit = peewee.ForeignKeyField(Unit, null=True, on_delete="RESTRICT", index=True)
    caller_name = peewee.CharField(max_length=60, default="")
    caller_phone = peewee.CharField(max_length=20, default="", index=True)
    text = peewee.TextField()
    suits_tenant = peewee.CharField(max_length=200, default="")  # "when it suits them", as said
    wanted_by = peewee.DateTimeField(null=True)  # a time the tenant asked for, if any
    received_at = peewee.DateTimeField(index=True)
    clock_from = peewee.DateTimeField()  # received_at, or the time a work order was reopened
    owner = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", index=True)
    state = peewee.CharField(max_length=12, default="open", index=True)
    on_hold = peewee.BooleanField(default=False, index=True)
    # The next step due and when (None while on hold or when nothing is due): kept on the row so the
    # lists and the dashboard find overdue items with one indexed query.
    due_step = peewee.CharField(max_length=12, default="")
    due_at = peewee.DateTimeField(null=True, index=True)
    source = peewee.CharField(max_length=60, default="")  # e.g. "movein:12/3" for a rectification order
    # Work order (repairs)
    work_order_no = peewee.CharField(max_length=20, default="", index=True)
    appointment_at = peewee.DateTimeField(null=True)
    technician = peewee.CharField(max_length=60, default="")
    dispatched_at = peewee.DateTimeField(null=True)
    work_done = peewee.TextField(default="")
    materials = peewee.TextField(default="")
    leak_test_at = peewee.DateTimeField(null=True)
    reopen_count = peewee.IntegerField(default=0)
    # Complaint milestones
    escalated_at = peewee.DateTimeField(null=True)
    escalated_to = peewee.CharField(max_length=60, default="")
    replied_at = peewee.DateTimeField(null=True)
    reply = peewee.TextField(default="")
    # The outcome
    resolved_at = peewee.DateTimeField(null=True)
    resolution = peewee.TextField(default="")
    outcome_told_at = peewee.DateTimeField(null=True)
    closed_at = peewee.DateTimeField(null=True)
    cancel_reason = peewee.TextField(default="")


class RequestHold(BaseModel):
    """A time the request waited on the tenant: its clock stopped from `started_at` to `ended_at`."""

    request = peewee.ForeignKeyField(Request, backref="holds", on_delete="RESTRICT")
    started_at = peewee.DateTimeField()
    ended_at = peewee.DateTimeField(null=True)
    reason = peewee.CharField(max_length=200)


class RequestEvent(BaseModel):
    """One line of a request's timeline: what was done, by whom, when."""

    request = peewee.ForeignKeyField(Request, backref="events", on_delete="RESTRICT")
    at = peewee.DateTimeField(default=now)
    kind = peewee.CharField(max_length=20)
    username = peewee.CharField(max_length=60, default="")
    note = peewee.TextField(default="")


class Callback(BaseModel):
    """The callback (回访) owed after a repair is done; an unsatisfied answer reopens the work order."""

    request = peewee.ForeignKeyField(Request, backref="callbacks", on_delete="RESTRICT")
    round = peewee.IntegerField(default=1)
    created_at = peewee.DateTimeField()
    due_at = peewee.DateTimeField(index=True)
    done_at = peewee.DateTimeField(null=True, index=True)
    satisfied = peewee.BooleanField(null=True)
    note = peewee.TextField(default="")
    done_by = peewee.CharField(max_length=60, default="")
