"""Requests at a busy tower's scale: years of requests, and what the desk does to them many times a day."""
from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.report import Result


def _timed(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _bulk(site_id: int, owners: list[int], tenants: list[int], count: int) -> None:
    """`count` closed and open requests over the past years, written directly (the services' rules are not timed)."""
    from models import Request, db, now

    rng = random.Random(9)
    current = now()
    rows = []
    for i in range(count):
        received = current - dt.timedelta(minutes=rng.randrange(60, 60 * 24 * 365 * 3))
        active = rng.random() < 0.02
        rows.append({
            "site": site_id, "number": f"KF-B-{i:06d}", "channel": "phone",
            "category": rng.choice(("repair", "complaint", "enquiry", "suggestion", "help")),
            "tenant": rng.choice(tenants), "caller_name": "批量", "text": "批量生成的历史请求",
            "received_at": received, "clock_from": received, "owner": rng.choice(owners),
            "state": "dispatched" if active else "closed", "due_step": "resolve" if active else "",
            "due_at": received + dt.timedelta(days=3) if active else None,
            "closed_at": None if active else received + dt.timedelta(days=1),
        })
    with db.atomic():
        for start in range(0, len(rows), 500):
            Request.insert_many(rows[start:start + 500]).execute()


def run(quick: bool = False) -> list[Result]:
    import models
    from models import Tenant, User
    from services import callbacks, demo, request_views, requests
    from services.auth import actor_of
    from services.requests import RequestInput, ResolveInput

    rounds = 5 if quick else 15
    extra = 3000 if quick else 30000
    with tempfile.TemporaryDirectory() as tmp:
        models.open_database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        models.ensure_schema()
        result = demo.fill_demo()
        clerk = actor_of(User.get(User.username == "clerk"))
        engineer = actor_of(User.get(User.username == "engineer"))
        _bulk(result.site_id, [u.id for u in User.select()], [t.id for t in Tenant.select()], extra)
        total = models.Request.select().count()

        def phone_repair() -> None:
            match = request_views.find_callers("韩", by=clerk) or request_views.find_callers("12F", by=clerk)
            m = match[0]
            request_id = requests.take_request(RequestInput(
                tenant_id=m.tenant_id, unit_code=m.unit_code, caller_name=m.contact_name, caller_phone=m.phone,
                text="空调不制冷"), by=clerk)
            requests.dispatch(request_id, technician="张师傅", appointment_at=dt.datetime.now(), by=clerk)
            requests.resolve(request_id, ResolveInput(work_done="清洗滤网"), by=engineer)

        figures = [
            Result(f"requests.list_first_page[{total}]", "s",
                   _timed(lambda: request_views.search_requests(by=clerk, state="active"), rounds), None, None),
            Result("requests.list_overdue", "s",
                   _timed(lambda: request_views.search_requests(by=clerk, overdue=True), rounds), None, None),
            Result("requests.search_text", "s",
                   _timed(lambda: request_views.search_requests(by=clerk, text="空调"), rounds), None, None),
            Result("requests.caller_lookup", "s",
                   _timed(lambda: request_views.find_callers("12F-12", by=clerk), rounds), None, None),
            Result("requests.dashboard_figures", "s",
                   _timed(lambda: callbacks.figures(by=clerk), rounds), None, None),
            Result("requests.take_dispatch_done", "s", _timed(phone_repair, rounds), None, None),
        ]
        models.db.close()
    return figures
