"""Meeting rooms (会议室), their bookings and recurring series, the service record after a meeting, and charges."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.staff import User
from models.tenants import Tenant

BOOKING_STATES = ("tentative", "confirmed", "in_use", "completed", "cancelled", "no_show")


class Room(SiteRecord):
    """A meeting room: where it is, how many it seats, what it has, what an hour costs, when it is open."""

    name = peewee.CharField(max_length=60)
    floor = peewee.CharField(max_length=20, default="")
    capacity = peewee.IntegerField()
    equipment = peewee.CharField(max_length=200, default="")  # codes joined by ","
    layouts = peewee.CharField(max_length=200, default="")  # codes joined by ","
    price_per_hour = peewee.DecimalField(max_digits=10, decimal_places=2, default=0)
    opens = peewee.TimeField(formats=["%H:%M:%S", "%H:%M"])
    closes = peewee.TimeField(formats=["%H:%M:%S", "%H:%M"])
    approver = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    active = peewee.BooleanField(default=True)
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("site", "name"), True),)


class BookingSeries(SiteRecord):
    """A recurring booking: the rule it was made with; its occurrences are Booking rows pointing here."""

    room = peewee.ForeignKeyField(Room, on_delete="RESTRICT")
    rule = peewee.CharField(max_length=10)  # weekly or weekdays
    weekdays = peewee.CharField(max_length=20, default="")  # ISO weekdays joined by ","
    first_day = peewee.DateField()
    weeks = peewee.IntegerField()
    skipped = peewee.IntegerField(default=0)  # occurrences left out because of a clash


class Booking(SiteRecord):
    """One booking of one room for one stretch of time on one day."""

    number = peewee.CharField(max_length=20)
    room = peewee.ForeignKeyField(Room, backref="bookings", on_delete="RESTRICT")
    series = peewee.ForeignKeyField(BookingSeries, null=True, backref="occurrences", on_delete="RESTRICT")
    day = peewee.DateField(index=True)
    starts = peewee.DateTimeField()
    ends = peewee.DateTimeField()
    tenant = peewee.ForeignKeyField(Tenant, null=True, on_delete="RESTRICT")
    organiser = peewee.CharField(max_length=60)  # the contact person
    phone = peewee.CharField(max_length=20, default="")
    attendees = peewee.IntegerField()
    purpose = peewee.CharField(max_length=200, default="")
    layout = peewee.CharField(max_length=20, default="")
    services = peewee.CharField(max_length=200, default="")  # codes joined by ","
    state = peewee.CharField(max_length=12, index=True)
    state_reason = peewee.TextField(default="")
    approved_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    checked_in_at = peewee.DateTimeField(null=True)
    booked_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")

    class Meta:
        indexes = (
            (("site", "number"), True),
            (("room", "starts"), False),
            (("tenant", "day"), False),
        )


class MeetingService(BaseModel):
    """《会议服务记录表》: what was served, equipment used, anything broken — written when the meeting ends."""

    booking = peewee.ForeignKeyField(Booking, unique=True, on_delete="RESTRICT")
    served = peewee.TextField(default="")
    equipment_used = peewee.TextField(default="")
    damage = peewee.TextField(default="")
    note = peewee.TextField(default="")
    recorded_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    recorded_at = peewee.DateTimeField(default=now)


class RoomCharge(BaseModel):
    """The room hours of one completed booking: how many were within the tenant's free monthly quota, the rest
    charged at the room's price. The fees area bills these rows."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    booking = peewee.ForeignKeyField(Booking, unique=True, on_delete="RESTRICT")
    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    month = peewee.CharField(max_length=7, index=True)  # YYYY-MM
    hours = peewee.DecimalField(max_digits=8, decimal_places=2)
    free_hours = peewee.DecimalField(max_digits=8, decimal_places=2)
    charged_hours = peewee.DecimalField(max_digits=8, decimal_places=2)
    rate = peewee.DecimalField(max_digits=10, decimal_places=2)
    amount = peewee.DecimalField(max_digits=12, decimal_places=2)
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("tenant", "month"), False),)
