"""Tenant satisfaction surveys (满意度调查): the questionnaire's revisions, survey rounds with their frozen copy of
the questions, one answer sheet per tenant per round, the answers, and the follow-up of dissatisfied tenants."""
from __future__ import annotations

import peewee

from models.base import BaseModel, Site, SiteRecord, now
from models.requests import Request
from models.tenants import Tenant

QUESTION_KINDS = ("scale", "choice", "text")  # 1–5 满意度 / single choice / free text


class SurveyTemplate(BaseModel):
    """One revision of the site's questionnaire; an edit adds a revision, a round keeps its own copy."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    revision = peewee.IntegerField()
    name = peewee.CharField(max_length=80)
    note = peewee.TextField(default="")  # what changed
    username = peewee.CharField(max_length=40)
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("site", "revision"), True),)


class SurveyTemplateQuestion(BaseModel):
    """One question of a questionnaire revision, in its section, in order."""

    template = peewee.ForeignKeyField(SurveyTemplate, backref="questions", on_delete="RESTRICT")
    seq = peewee.IntegerField()
    section = peewee.CharField(max_length=40)
    kind = peewee.CharField(max_length=8)  # a QUESTION_KINDS key
    text = peewee.CharField(max_length=200)
    choices = peewee.TextField(default="")  # single choice: the options, one a line


class SurveyRound(SiteRecord):
    """One survey (e.g. 2026年下半年业户满意度调查): the tenants asked, open until closed."""

    number = peewee.CharField(max_length=20)  # DC-2026-0001
    name = peewee.CharField(max_length=80)
    template = peewee.ForeignKeyField(SurveyTemplate, on_delete="RESTRICT")  # the revision copied
    opened_on = peewee.DateField(index=True)
    closes_on = peewee.DateField()
    state = peewee.CharField(max_length=8, default="open")  # open / closed
    closed_at = peewee.DateTimeField(null=True)
    closed_by = peewee.CharField(max_length=40, default="")
    note = peewee.TextField(default="")
    username = peewee.CharField(max_length=40)

    class Meta:
        indexes = ((("site", "number"), True),)


class SurveyQuestion(BaseModel):
    """The round's frozen copy of a question: editing the questionnaire later never changes it."""

    round = peewee.ForeignKeyField(SurveyRound, backref="questions", on_delete="RESTRICT")
    seq = peewee.IntegerField()
    section = peewee.CharField(max_length=40)
    kind = peewee.CharField(max_length=8)
    text = peewee.CharField(max_length=200)
    choices = peewee.TextField(default="")


class SurveySheet(BaseModel):
    """A tenant asked in a round: its paper form, and once typed in, who answered and who entered it.
    One per tenant per round; answered once (a second entry is refused)."""

    round = peewee.ForeignKeyField(SurveyRound, backref="sheets", on_delete="RESTRICT")
    tenant = peewee.ForeignKeyField(Tenant, on_delete="RESTRICT")
    tenant_name = peewee.CharField(max_length=120)  # as printed on the form
    units = peewee.CharField(max_length=200, default="")
    answered_on = peewee.DateField(null=True, index=True)
    respondent = peewee.CharField(max_length=60, default="")
    phone = peewee.CharField(max_length=20, default="")
    entered_by = peewee.CharField(max_length=40, default="")
    entered_at = peewee.DateTimeField(null=True)
    lowest = peewee.IntegerField(null=True)  # the lowest score given
    average = peewee.DecimalField(max_digits=4, decimal_places=2, auto_round=False, null=True)

    class Meta:
        indexes = ((("round", "tenant"), True),)


class SurveyAnswer(BaseModel):
    """One question answered on a sheet: a score 1–5, the number of the option chosen, or the text written."""

    sheet = peewee.ForeignKeyField(SurveySheet, backref="answers", on_delete="RESTRICT")
    question = peewee.ForeignKeyField(SurveyQuestion, on_delete="RESTRICT")
    score = peewee.IntegerField(null=True)
    choice = peewee.IntegerField(null=True)  # 1-based
    text = peewee.TextField(default="")

    class Meta:
        indexes = ((("sheet", "question"), True),)


class SurveyFollowUp(BaseModel):
    """回访 of a dissatisfied tenant: who followed up, how, the outcome, and the request it raised if any."""

    site = peewee.ForeignKeyField(Site, on_delete="RESTRICT")
    sheet = peewee.ForeignKeyField(SurveySheet, backref="follow_ups", on_delete="RESTRICT", unique=True)
    action = peewee.CharField(max_length=12)  # work_order / complaint / call
    request = peewee.ForeignKeyField(Request, null=True, on_delete="RESTRICT")
    outcome = peewee.TextField()
    username = peewee.CharField(max_length=40)
    full_name = peewee.CharField(max_length=60, default="")
    done_at = peewee.DateTimeField(default=now)


SURVEY_MODELS: list[type[BaseModel]] = [
    SurveyTemplate, SurveyTemplateQuestion, SurveyRound, SurveyQuestion, SurveySheet, SurveyAnswer, SurveyFollowUp,
]
