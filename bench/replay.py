"""The bare baseline of a list or search: the very SQL the service sent, replayed through the raw driver.

A service call is run once with the app's connection watched, so every statement it sends (the page, its
count, a lookup) is caught with its parameters; the baseline is those statements run on a plain sqlite3 or
psycopg2 connection, fetching every row, with none of the app's work around them (no models, no rows
turned into objects, no permission check). The ratio is then the cost of the app's own layers.
"""
from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import contextmanager

from bench.report import Result

Statement = tuple[str, tuple]


class _Watched:
    """A driver cursor that notes what it executes (peewee's queries and the services' own SQL alike)."""

    def __init__(self, cursor, statements: list[Statement]) -> None:
        self._cursor = cursor
        self._statements = statements

    def execute(self, sql, params=()):
        self._statements.append((sql, tuple(params or ())))
        result = self._cursor.execute(sql, params)
        return self if result is self._cursor else result

    def __getattr__(self, name):
        return getattr(self._cursor, name)

    def __iter__(self):
        return iter(self._cursor)


@contextmanager
def caught():
    """Catch every statement the app's database sends inside the block."""
    from models import db

    database = db.obj
    statements: list[Statement] = []
    real = type(database).cursor

    def cursor(self, *args, **kwargs):
        return _Watched(real(self, *args, **kwargs), statements)

    database.cursor = cursor.__get__(database)
    try:
        yield statements
    finally:
        del database.cursor


class Raw:
    """A plain driver connection to the same database, with the app's SQLite pragmas (same cache, same WAL)."""

    def __init__(self, url: str) -> None:
        from models.database import SQLITE_PRAGMAS, parse_url

        where = parse_url(url)
        if where.kind == "sqlite":
            self.conn = sqlite3.connect(str(where.path))
            for name, value in SQLITE_PRAGMAS.items():
                self.conn.execute(f"PRAGMA {name} = {value}")
            self.postgres = False
        else:
            import psycopg2

            self.conn = psycopg2.connect(dbname=where.name, host=where.host, port=where.port,
                                         user=where.user or None, password=where.password or None)
            self.conn.autocommit = True
            self.postgres = True

    def run(self, statements: list[Statement]) -> int:
        rows = 0
        cursor = self.conn.cursor()
        for sql, params in statements:
            cursor.execute(sql, params)
            if cursor.description is not None:
                rows += len(cursor.fetchall())
        return rows

    def close(self) -> None:
        self.conn.close()


def measure(name: str, action: Callable[[], object], raw: Raw, *, rounds: int, target: float = 1.5,
            limit_ms: float = 50.0) -> list[Result]:
    """The service call against its own SQL replayed raw: best of 5 alternated runs, median over `rounds`.

    Gives two figures: the ratio to the raw SQL (target 1.5x) and the time itself (limit 50 ms).
    """
    with caught() as statements:
        action()
    if not statements:
        raise RuntimeError(f"{name} sent no SQL: nothing to compare with")
    raw.run(statements)  # both find their pages in the cache
    app, bare = [], []
    for _ in range(rounds):
        best_app = best_bare = float("inf")
        for _ in range(5):
            t0 = time.perf_counter()
            action()
            t1 = time.perf_counter()
            raw.run(statements)
            t2 = time.perf_counter()
            best_app, best_bare = min(best_app, t1 - t0), min(best_bare, t2 - t1)
        app.append(best_app)
        bare.append(best_bare)
    value, base = statistics.median(app) * 1000, statistics.median(bare) * 1000
    return [Result(name, "ms", value, base, target=target, limit=limit_ms)]


def run_cases(bench, prefix: str, cases: Callable[[], list[tuple[str, Callable[[], object]]]]) -> list[Result]:
    """Open the tower, measure each (name, service call) of `cases()` against its raw SQL, close again."""
    import models

    rounds = 5 if bench.quick else 15
    models.open_database(bench.url)
    raw = Raw(bench.url)
    results: list[Result] = []
    try:
        for name, action in cases():
            results += measure(f"{prefix}.{name}", action, raw, rounds=rounds)
    finally:
        raw.close()
        models.db.close()
    return results
