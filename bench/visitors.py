"""Visitors on the five-year tower: check-in to the printed pass against reportlab drawing the same pass alone,
and the visitor log opened in a fresh app process: its first page and the memory of the whole app.
(The log's searches are in bench/lists.py with every other list.)"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.report import Result
from bench.tower import Bench

ROOT = Path(__file__).resolve().parent.parent
SEED = 5


def _ms(seconds: list[float]) -> tuple[float, float]:
    ordered = sorted(seconds)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def _check_in_to_pass(rounds: int) -> list[Result]:
    from models import Tenant, User
    from printouts.visitor_pass import VisitorPass, render_visitor_pass
    from services import visitor_bulk, visitors
    from services.auth import actor_of
    from services.printing import letterhead
    from services.visitor_prints import print_pass
    from services.visitors import VisitInput

    clerk = actor_of(User.get(User.username == "clerk"))
    tenant = Tenant.select().where(Tenant.status == "active").first()
    pool = visitor_bulk.people(rounds + 5, SEED + 1)
    with_app, alone = [], []
    for i, person in enumerate(pool):
        data = VisitInput(name=person.name, id_number=person.id_number, phone=person.phone, company=person.company,
                          host_tenant_id=tenant.id, purpose="商务洽谈")
        t0 = time.perf_counter()
        done = visitors.check_in(data, by=clerk)
        pdf = print_pass(done.visit_id, by=clerk)
        t1 = time.perf_counter()
        assert pdf.startswith(b"%PDF")
        # The same pass drawn alone: the data already in hand, only reportlab's work.
        same = VisitorPass(done.pass_no, person.name, "1101**********002X", person.company, tenant.name, "12F",
                           "12F-1201", "", dt.datetime.now(), dt.datetime.now())
        head = letterhead(clerk.site_id)
        t2 = time.perf_counter()
        render_visitor_pass(same, head)
        t3 = time.perf_counter()
        if i >= 5:  # the first few load fonts, opencc and pypinyin
            with_app.append(t1 - t0)
            alone.append(t3 - t2)
    (app_median, app_p95), (alone_median, alone_p95) = _ms(with_app), _ms(alone)
    return [Result("visitors.checkin_to_pass_median", "ms", app_median, alone_median, target=2.5),
            Result("visitors.checkin_to_pass_p95", "ms", app_p95, alone_p95, target=2.5)]


def _log_page(url: str) -> list[Result]:
    """Open the visitor log page on the big database in a fresh app process: time to its first page, and the
    whole process's resident memory with the log open and five more pages fetched."""
    code = (
        "import os, sys, time, tracemalloc\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "import resource\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import models\n"
        "from models import User\n"
        "from services.auth import actor_of\n"
        "from services.site import get_site\n"
        "from ui.context import DeskContext\n"
        "from ui.pages.visitors_page import VisitorsPage\n"
        "app = QApplication([])\n"
        f"models.open_database({url!r})\n"
        "actor = actor_of(User.get(User.username == 'clerk'))\n"
        f"ctx = DeskContext(actor, get_site(actor.site_id), 'bench', {url.split(':')[0]!r})\n"
        "def rss():\n"
        "    return int(open('/proc/self/statm').read().split()[1]) * resource.getpagesize()\n"
        "page = VisitorsPage(ctx)\n"  # widgets, icons and fonts first: only the log's own memory is measured
        "app.processEvents()\n"
        "rss0 = rss()\n"
        "tracemalloc.start()\n"
        "t0 = time.perf_counter()\n"
        "page.show_log_of(None)\n"
        "app.processEvents()\n"
        "t1 = time.perf_counter()\n"
        "for _ in range(5):\n"
        "    page.log_model.fetchMore()\n"
        "_, peak = tracemalloc.get_traced_memory()\n"
        "rss1 = rss()\n"
        "print('log', t1 - t0, peak, rss1 - rss0, len(page.log_model.rows), rss1, flush=True)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True).stdout
    _, first, peak, rss_growth, rows, rss_total = out.split()
    print(f"# log page: {rows} rows loaded after 5 more pages", file=sys.stderr, flush=True)
    return [Result("visitors.log_page_open", "ms", float(first) * 1000, None,
                   note="the page's first show in a fresh process: widgets, model and first page"),
            Result("visitors.app_memory_with_log", "MB", int(rss_total) / 1e6, None, limit=300),
            Result("visitors.log_memory_growth", "MB", int(rss_growth) / 1e6, None,
                   note=f"python peak {int(peak) / 1e6:.1f} MB")]


def run(bench: Bench) -> list[Result]:
    import models

    models.open_database(bench.url)
    try:
        results = _check_in_to_pass(20 if bench.quick else 60)
    finally:
        models.db.close()
    return results + _log_page(bench.url)
