"""A busy unit's and a busy tenant's history, first page and a later one, on the five-year tower, against the
very SQL the service sent replayed raw (bench/replay.py).

Each area's gatherer reads at most a page's worth of its newest rows; the merge is in Python. Targets: the first
page within 50 ms; the ratio to the raw SQL is reported against 1.5x like the lists (the rows become events).
"""
from __future__ import annotations

from collections.abc import Callable

from bench.replay import run_cases
from bench.report import Result
from bench.tower import Bench


def _busiest(column) -> int:
    """The unit (or tenant) with the most requests and key movements over the five years."""
    from peewee import fn

    from models import Request

    row = (Request.select(column, fn.COUNT(Request.id).alias("n")).where(column.is_null(False))
           .group_by(column).order_by(fn.COUNT(Request.id).desc()).first())
    return getattr(row, column.name + "_id")


def cases() -> list[tuple[str, Callable[[], object]]]:
    from models import Request, User
    from services import histories
    from services.auth import actor_of

    clerk = actor_of(User.select().where(User.role == "clerk").order_by(User.id).first())
    unit, tenant = _busiest(Request.unit), _busiest(Request.tenant)
    def third(**subject):
        """Where the second page ended: the third is read from there (as the clerk scrolls)."""
        after = histories.history(by=clerk, **subject).after
        return histories.history(by=clerk, after=after, **subject).after

    unit_third, tenant_third = third(unit_id=unit), third(tenant_id=tenant)
    return [
        ("unit.first_page", lambda: histories.history(by=clerk, unit_id=unit)),
        ("unit.third_page", lambda: histories.history(by=clerk, unit_id=unit, after=unit_third)),
        ("unit.requests_only", lambda: histories.history(by=clerk, unit_id=unit, areas=["requests"])),
        ("tenant.first_page", lambda: histories.history(by=clerk, tenant_id=tenant)),
        ("tenant.third_page", lambda: histories.history(by=clerk, tenant_id=tenant, after=tenant_third)),
    ]


def run(bench: Bench) -> list[Result]:
    return run_cases(bench, "history", cases)
