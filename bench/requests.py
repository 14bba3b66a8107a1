"""Requests on the five-year tower (50,000 requests): a phone repair taken, dispatched and done, and the
dashboard's request figures. (The request lists and searches are in bench/lists.py.)"""
from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable

from bench.report import Result
from bench.tower import Bench


def _timed_ms(action: Callable[[], object], rounds: int) -> float:
    action()  # warm
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(bench: Bench) -> list[Result]:
    import models
    from models import User
    from services import callbacks, request_views, requests
    from services.auth import actor_of
    from services.requests import RequestInput, ResolveInput

    rounds = 5 if bench.quick else 15
    models.open_database(bench.url)
    try:
        clerk = actor_of(User.get(User.username == "clerk"))
        engineer = actor_of(User.get(User.username == "engineer"))

        def phone_repair() -> None:
            match = request_views.find_callers("12F", by=clerk)[0]
            request_id = requests.take_request(RequestInput(
                tenant_id=match.tenant_id, unit_code=match.unit_code, caller_name=match.contact_name,
                caller_phone=match.phone, text="空调不制冷"), by=clerk)
            requests.dispatch(request_id, technician="张师傅", appointment_at=dt.datetime.now(), by=clerk)
            requests.resolve(request_id, ResolveInput(work_done="清洗滤网"), by=engineer)

        return [
            Result("requests.take_dispatch_done", "ms", _timed_ms(phone_repair, rounds), None),
            Result("requests.dashboard_figures", "ms", _timed_ms(lambda: callbacks.figures(by=clerk), rounds), None,
                   limit=50),
        ]
    finally:
        models.db.close()
