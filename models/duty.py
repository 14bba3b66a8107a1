"""The duty log (值班日志) of each shift and its handover (交接班): notes, matters handed on, frozen counts."""
from __future__ import annotations

import peewee

from models.base import BaseModel, SiteRecord, now

# open: the shift is writing it; closed: handed over, waiting for the next shift; acknowledged: taken over.
LOG_STATES = ("open", "closed", "acknowledged")
NOTE_CATEGORIES = ("safety", "equipment", "tenant", "other")


class DutyLog(SiteRecord):
    """One shift's log: which day and shift, who was on duty; once closed, the counts as they stood."""

    day = peewee.DateField(index=True)  # the day the shift starts on
    shift = peewee.CharField(max_length=20)  # the shift's name as the site's setting had it (早班)
    starts = peewee.DateTimeField()
    ends = peewee.DateTimeField()
    staff = peewee.CharField(max_length=200, default="")  # on duty, as written: 王小丽、赵管家
    opened_by = peewee.IntegerField(null=True)
    opened_by_name = peewee.CharField(max_length=60, default="")
    state = peewee.CharField(max_length=12, default="open", index=True)
    closed_at = peewee.DateTimeField(null=True)
    closed_by = peewee.IntegerField(null=True)
    closed_by_name = peewee.CharField(max_length=60, default="")
    close_signature = peewee.BlobField(null=True)  # PNG from the pad, as keys keep theirs
    counts = peewee.TextField(default="")  # JSON of the counts frozen at closing
    acknowledged_at = peewee.DateTimeField(null=True)
    acknowledged_by = peewee.IntegerField(null=True)
    acknowledged_by_name = peewee.CharField(max_length=60, default="")
    ack_signature = peewee.BlobField(null=True)
    ack_note = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("site", "day", "shift"), True),)


class DutyNote(BaseModel):
    """A free note of the shift under a category; a supervisor's correction of a closed log is one too."""

    log = peewee.ForeignKeyField(DutyLog, backref="notes", on_delete="RESTRICT")
    category = peewee.CharField(max_length=12, default="other")
    text = peewee.TextField()
    correction = peewee.BooleanField(default=False)
    at = peewee.DateTimeField(default=now)
    by_name = peewee.CharField(max_length=60, default="")


class DutyMatter(SiteRecord):
    """A matter handed on to the next shift; it stays in each later log until someone marks it done."""

    log = peewee.ForeignKeyField(DutyLog, backref="matters", on_delete="RESTRICT")  # the log it was raised in
    text = peewee.TextField()
    raised_at = peewee.DateTimeField(default=now, index=True)
    raised_by_name = peewee.CharField(max_length=60, default="")
    done_at = peewee.DateTimeField(null=True, index=True)
    done_by_name = peewee.CharField(max_length=60, default="")
    done_note = peewee.CharField(max_length=200, default="")


DUTY_MODELS: list[type[BaseModel]] = [DutyLog, DutyNote, DutyMatter]
