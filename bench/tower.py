"""The benchmark's tower: one database of a busy tower's five years, made once and kept.

SQLite: `bench/data/tower-<scale>.db` beside the code (not in git). PostgreSQL: the database `--db` names;
made there when it is empty. A setting `bench.complete` marks a finished database, so an interrupted build
is thrown away and made again rather than measured.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.history import FULL, QUICK, Scale, fill, log

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
MARK = "bench.complete"


@dataclass(frozen=True)
class Bench:
    """Where the suites measure: the tower's URL, its kind, and its scale."""

    url: str
    scale: Scale
    quick: bool

    @property
    def postgres(self) -> bool:
        return self.url.startswith("postgresql")

    @property
    def path(self) -> Path | None:
        from models.database import parse_url

        return None if self.postgres else parse_url(self.url).path


def _complete(url: str) -> bool | None:
    """True when finished (a tower of an older schema is migrated forward first, as a site's database is when
    the desk is upgraded: five years are not rebuilt for a new table), False when empty, None when something
    half-made is there."""
    import models
    from models import Setting
    from models.schema import SCHEMA_VERSION, current_version, migrate_from

    models.open_database(url)
    try:
        if not models.db.table_exists("setting"):
            return False
        if Setting.select().where(Setting.key == MARK).exists():
            found = current_version() or 0
            if found < SCHEMA_VERSION:
                log(f"tower at schema {found}: migrating it to {SCHEMA_VERSION} (the new tables start empty)")
                migrate_from(found)
            return True
        return None if models.db.table_exists("site") and models.Site.select().exists() else False
    finally:
        models.db.close()


def tower(quick: bool, url: str | None = None) -> Bench:
    """The tower to measure: made if it is not there yet (minutes at full scale, once)."""
    scale = QUICK if quick else FULL
    if url is None:
        DATA.mkdir(parents=True, exist_ok=True)
        path = DATA / f"tower-{scale.name}.db"
        url = f"sqlite:///{path}"
        if path.exists() and not _complete(url):
            for stale in DATA.glob(f"{path.name}*"):
                stale.unlink()
    state = _complete(url)
    if state is None:
        raise SystemExit(f"{url} holds a half-made tower; give an empty database")
    if not state:
        build(url, scale)
    return Bench(url, scale, quick)


def build(url: str, scale: Scale) -> dict[str, int]:
    """The demo's tower and its last 60 days through the services (a child process), then five years in bulk."""
    import models
    from models import Setting, Site

    started = time.perf_counter()
    subprocess.run([sys.executable, "main.py", "--db", url, "demo"], cwd=ROOT, check=True, capture_output=True)
    log(f"demo tower in {time.perf_counter() - started:.0f} s")
    models.open_database(url)
    try:
        written = fill(scale)
        Setting.create(site=Site.select().first(), key=MARK, value=json.dumps(scale.name))
    finally:
        models.db.close()
    log(f"tower {scale.name} built in {time.perf_counter() - started:.0f} s: {written}")
    return written
