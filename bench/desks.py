"""Four desks on one PostgreSQL server at once: visitors checked in and rooms booked for a minute.

Each desk is its own process with its own connection, as the site's PCs are. They check visitors in as fast
as they can and, every few visitors, try to book a quarter hour of one room that all four desks want.
Afterwards the database is asked, independently of what the desks said: does any pass number appear twice,
and does any room hold two bookings that overlap?

Without `--db postgresql://...` a throwaway server is started (the one the tests use) with the demo tower.
"""
from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.report import Result
from bench.tower import Bench

ROOT = Path(__file__).resolve().parent.parent
DESKS = 4
SLOTS = 160  # quarter hours of the contested room, half an hour apart, on days far ahead


def desk(url: str, number: int, seconds: float, start_at: float, out) -> None:
    """One desk's minute: check-ins and contested bookings; sends its figures back through `out`."""
    import random

    import models
    from models import Tenant, User
    from services import bookings, visitor_bulk, visitors
    from services.auth import actor_of
    from services.bookings import BookingInput
    from services.errors import ValidationError
    from services.visitors import VisitInput
    from services.watchlist import WatchlistHit

    models.open_database(url)
    clerk = actor_of(User.get(User.username == "clerk"))
    hosts = [t.id for t in Tenant.select(Tenant.id).where(Tenant.status == "active")]
    room = models.Room.select().order_by(models.Room.id).first().id
    people = visitor_bulk.people(400, 100 + number)
    rng = random.Random(number)
    day0 = dt.date.today() + dt.timedelta(days=400)
    latencies: list[float] = []
    booked = refused = failed = stopped = 0
    while time.time() < start_at:
        time.sleep(0.01)
    end = start_at + seconds
    n = 0
    while time.time() < end:
        person = people[n % len(people)]
        n += 1
        t0 = time.perf_counter()
        try:
            visitors.check_in(VisitInput(name=person.name, id_number=person.id_number, phone=person.phone,
                                         company=person.company, host_tenant_id=rng.choice(hosts),
                                         purpose="商务洽谈"), by=clerk)
        except WatchlistHit:
            stopped += 1  # a name on the site's watchlist: the desk calls a supervisor, as it should
            continue
        except Exception as exc:  # noqa: BLE001 - a failure is counted and reported, not hidden
            failed += 1
            print(f"# desk {number}: check-in failed: {exc!r}", file=sys.stderr, flush=True)
            continue
        latencies.append(time.perf_counter() - t0)
        if n % 4 == 0:
            k = rng.randrange(SLOTS)
            starts = dt.datetime.combine(day0 + dt.timedelta(days=k // 20), dt.time(8)) + dt.timedelta(
                minutes=(k % 20) * 30)
            try:
                bookings.create_booking(BookingInput(room, starts.date(), starts.time(),
                                                     (starts + dt.timedelta(minutes=15)).time(), None,
                                                     f"前台{number}", "", 2), by=clerk)
                booked += 1
            except ValidationError:
                refused += 1  # the slot was taken (by this desk or another): the clash check said no
    models.db.close()
    out.put({"desk": number, "latencies": latencies, "booked": booked, "refused": refused, "failed": failed,
             "stopped": stopped})


def _audit_database(url: str, since: dt.datetime) -> tuple[int, int, int]:
    """(check-ins since `since`, duplicated pass numbers, overlapping bookings), asked of the database itself."""
    import models
    from services.bookings import HOLDING

    models.open_database(url)
    try:
        db = models.db
        visits = db.execute_sql('SELECT COUNT(*) FROM "visit" WHERE "checked_in_at" >= %s', (since,)).fetchone()[0]
        duplicates = db.execute_sql('SELECT COUNT(*) FROM (SELECT "pass_no" FROM "visit" GROUP BY "site_id", '
                                    '"pass_no" HAVING COUNT(*) > 1) d').fetchone()[0]
        states = ", ".join(f"'{s}'" for s in HOLDING)
        overlaps = db.execute_sql(
            f'SELECT COUNT(*) FROM "booking" a JOIN "booking" b ON a."room_id" = b."room_id" AND a."id" < b."id" '
            f'AND a."starts" < b."ends" AND b."starts" < a."ends" WHERE a."state" IN ({states}) '
            f'AND b."state" IN ({states})').fetchone()[0]
        return visits, duplicates, overlaps
    finally:
        db.close()


def _forget_bookings(url: str) -> None:
    """The contested bookings are the run's own: take them out so the next run contests the same slots."""
    import models

    models.open_database(url)
    try:
        far = dt.date.today() + dt.timedelta(days=390)
        with models.db.atomic():
            models.Booking.delete().where(models.Booking.day >= far).execute()
    finally:
        models.db.close()


def _sign_out_run(url: str, since: dt.datetime) -> None:
    """The run's visitors leave, as a day's visitors do by closing time: else every run would leave some 14,000
    passes 'in' on the tower, and the lists measured after it would read a building no site ever has."""
    import models

    models.open_database(url)
    try:
        visit = models.Visit
        with models.db.atomic():
            visit.update(status="out", sign_out_kind="auto", signed_out_at=models.now(),
                         version=visit.version + 1).where((visit.status == "in")
                                                          & (visit.checked_in_at >= since)).execute()
    finally:
        models.db.close()


def run(bench: Bench) -> list[Result]:
    seconds = 15.0 if bench.quick else 60.0
    server = None
    url = bench.url
    if not bench.postgres:
        sys.path.insert(0, str(ROOT))
        from tests.pg_server import PgServer

        server = PgServer()
        server.start()
        url = server.create_database("desks")
        subprocess.run([sys.executable, "main.py", "--db", url, "demo"], cwd=ROOT, check=True, capture_output=True)
    try:
        _forget_bookings(url)
        since = dt.datetime.now()
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        start_at = time.time() + 8  # every desk connected and its modules loaded before the minute starts
        procs = [context.Process(target=desk, args=(url, n, seconds, start_at, queue)) for n in range(DESKS)]
        for p in procs:
            p.start()
        reports = [queue.get(timeout=seconds + 120) for _ in procs]
        for p in procs:
            p.join(timeout=30)
        visits, duplicates, overlaps = _audit_database(url, since)
        _sign_out_run(url, since)
    finally:
        if server is not None:
            server.stop()
    latencies = sorted(x for r in reports for x in r["latencies"])
    p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000 if latencies else float("nan")
    booked = sum(r["booked"] for r in reports)
    refused = sum(r["refused"] for r in reports)
    failed = sum(r["failed"] for r in reports)
    stopped = sum(r["stopped"] for r in reports)
    print("# desks: " + json.dumps({"check_ins": len(latencies), "in_database": visits, "booked": booked,
                                    "refused_clash": refused, "watchlist_stops": stopped, "failed": failed}),
          file=sys.stderr, flush=True)
    return [
        Result("desks.check_ins_per_second", "1/s", len(latencies) / seconds, None,
               note=f"{DESKS} desks for {seconds:.0f} s on PostgreSQL"),
        Result("desks.check_in_p95", "ms", p95, None, note=f"median {statistics.median(latencies) * 1000:.1f} ms"),
        Result("desks.check_ins_lost", "n", abs(visits - len(latencies)) + failed, None, limit=0),
        Result("desks.duplicate_pass_numbers", "n", duplicates, None, limit=0),
        Result("desks.double_bookings", "n", overlaps, None, limit=0,
               note=f"{booked} booked, {refused} refused as taken"),
    ]
