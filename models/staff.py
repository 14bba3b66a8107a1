"""Staff accounts with their role."""
from __future__ import annotations

import peewee

from models.base import SiteRecord


class User(SiteRecord):
    """A desk user; the role decides what the services let them do."""

    username = peewee.CharField(max_length=40)
    full_name = peewee.CharField(max_length=60)
    role = peewee.CharField(max_length=20)
    password_hash = peewee.CharField(max_length=200)
    failed_attempts = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    active = peewee.BooleanField(default=True)
    must_change_password = peewee.BooleanField(default=False)
    last_login = peewee.DateTimeField(null=True)
    password_changed_at = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("site", "username"), True),)
