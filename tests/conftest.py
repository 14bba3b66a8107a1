"""Shared fixtures: no screen for Qt, a real SQLite file and a real PostgreSQL server, a set-up site."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

import models  # noqa: E402
from models import ALL_MODELS, Site, User, db  # noqa: E402
from services.access import ROLES, Actor  # noqa: E402
from services.auth import hash_password  # noqa: E402
from tests.pg_server import PgServer  # noqa: E402

PASSWORD = "Desk2026pass"


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the whole run; fails (never skips) where PostgreSQL is missing."""
    server = PgServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_url(pg_server) -> str:
    url = pg_server.create_database("towerdesk_test")
    models.open_database(url)
    models.ensure_schema()
    db.close()
    return url


def _truncate_all() -> None:
    tables = ", ".join(f'"{m._meta.table_name}"' for m in ALL_MODELS if m._meta.table_name != "schema_info")
    db.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path: Path):
    """A fresh, empty schema on a real SQLite file, then on the real PostgreSQL server."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'tower.db'}"
        models.open_database(url)
        models.ensure_schema()
    else:
        url = request.getfixturevalue("pg_url")
        models.open_database(url)
        _truncate_all()
    yield url
    db.close()


@pytest.fixture
def sqlite_db(tmp_path: Path):
    """A fresh schema on a real SQLite file only (UI tests, backups)."""
    url = f"sqlite:///{tmp_path / 'tower.db'}"
    models.open_database(url)
    models.ensure_schema()
    yield url
    db.close()


@pytest.fixture(scope="session")
def password_hash() -> str:
    # argon2 is slow on purpose: hash the test password once for every fixture user.
    return hash_password(PASSWORD)


@dataclass
class SiteActors:
    """A site with one user of every role."""

    site_id: int
    by_role: dict[str, Actor]

    def __getattr__(self, role: str) -> Actor:
        try:
            return self.by_role[role]
        except KeyError:
            raise AttributeError(role) from None


def make_site(password_hash: str, name: str = "深圳湾科技大厦") -> SiteActors:
    site = Site.create(name=name, address="深圳市南山区科苑南路 3009 号", phone="0755-86001234")
    actors = {}
    for role in ROLES:
        user = User.create(site=site, username=role, full_name=f"测试{role}", role=role, password_hash=password_hash)
        actors[role] = Actor(user.id, role, user.full_name, role, site.id)
    return SiteActors(site.id, actors)


@pytest.fixture
def site(database, password_hash) -> SiteActors:
    return make_site(password_hash)


@pytest.fixture
def sqlite_site(sqlite_db, password_hash) -> SiteActors:
    return make_site(password_hash)


@pytest.fixture
def desk(sqlite_site):
    """A DeskContext for the site's users, for building pages and dialogs in UI tests."""
    from services.site import get_site
    from ui.context import DeskContext

    def make(role: str = "clerk") -> DeskContext:
        return DeskContext(sqlite_site.by_role[role], get_site(sqlite_site.site_id), "SQLite test", "sqlite")

    return make


@pytest.fixture
def desk_printing(tmp_path):
    """This desk's print settings (saved under tmp_path), put back to the defaults after the test."""
    from services.site_config import SiteConfig
    from ui import printing

    before = printing.desk_printing()
    desk = printing.DeskPrinting(SiteConfig(None), tmp_path / "config", tmp_path / "unprinted")
    printing.configure(desk)
    yield desk
    printing.configure(before)
