"""The schema: version 1 migrates to the current one, identical to a fresh schema; SQLite is copied first."""
from __future__ import annotations

from pathlib import Path

import peewee
import pytest

import models
from models import SCHEMA_VERSION, User, db
from models.schema import current_version, ensure_schema

HERE = Path(__file__).parent


def _shape(database: peewee.Database) -> dict:
    """Tables, their columns (name, type, nullable) and their indexes, as the database reports them."""
    shape = {}
    for table in sorted(database.get_tables()):
        columns = {(c.name, c.data_type.upper(), c.null) for c in database.get_columns(table)}
        indexes = {(tuple(i.columns), i.unique) for i in database.get_indexes(table)}
        shape[table] = (columns, indexes)
    return shape


def _load_v1(kind: str) -> None:
    for statement in (HERE / f"schema_v1_{kind}.sql").read_text().split(";\n"):
        lines = [ln for ln in statement.splitlines() if not ln.startswith("--")]
        if "".join(lines).strip():
            db.execute_sql("\n".join(lines))


def _empty(url: str) -> None:
    if url.startswith("postgresql"):
        db.execute_sql("DROP SCHEMA public CASCADE")
        db.execute_sql("CREATE SCHEMA public")
    else:
        for table in db.get_tables():
            db.execute_sql(f'DROP TABLE "{table}"')


def test_version_1_migrates_to_the_fresh_schema(database, tmp_path, request):
    kind = "postgresql" if database.startswith("postgresql") else "sqlite"
    if kind == "postgresql":
        # The server's test schema is shared by the run: put it back however this test ends.
        request.addfinalizer(lambda: (_empty(database), ensure_schema()))
    _empty(database)
    ensure_schema()
    fresh = _shape(db.obj)
    _empty(database)
    _load_v1(kind)
    assert current_version() == 1
    assert "must_change_password" not in {c.name for c in db.get_columns("user")}
    db.execute_sql("""INSERT INTO "site" ("name", "address", "phone", "timezone", "created_at")
                      VALUES ('旧大厦', '', '', 'Asia/Shanghai', '2025-01-01 08:00:00')""")
    db.execute_sql("""INSERT INTO "user" ("site_id", "version", "created_at", "updated_at", "username", "full_name",
                      "role", "password_hash", "failed_attempts", "active")
                      VALUES (1, 1, '2025-01-01 08:00:00', '2025-01-01 08:00:00', 'old', '老用户', 'admin', 'x', 0,
                      TRUE)""")
    found = ensure_schema(backup_dir=tmp_path / "before")
    assert found == 1 and current_version() == SCHEMA_VERSION
    assert _shape(db.obj) == fresh
    old = User.get(User.username == "old")
    assert old.full_name == "老用户" and old.must_change_password is False and old.password_changed_at is None
    if kind == "sqlite":
        copies = list((tmp_path / "before").iterdir())
        assert len(copies) == 1 and "v1-before-migration" in copies[0].name
        copy = peewee.SqliteDatabase(str(copies[0]))
        assert copy.execute_sql('SELECT "version" FROM "schema_info"').fetchone()[0] == 1
        copy.close()
    # Running it again changes nothing.
    assert ensure_schema() == SCHEMA_VERSION


def test_a_newer_database_is_refused(sqlite_db):
    models.schema.SchemaInfo.update(version=SCHEMA_VERSION + 1).execute()
    with pytest.raises(RuntimeError, match="请升级"):
        ensure_schema()


def test_unreachable_or_broken_databases_say_what_to_do(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(models.DatabaseUnavailable) as exc:
        models.open_database(f"sqlite:///{broken}")
    assert "损坏" in exc.value.message and "restore" in exc.value.advice
    with pytest.raises(models.DatabaseUnavailable) as exc:
        models.open_database("postgresql://nobody@127.0.0.1:1/none")
    assert "无法连接数据库服务器" in exc.value.message
    with pytest.raises(ValueError):
        models.parse_url("mysql://x/y")


def test_sqlite_is_opened_with_wal_foreign_keys_and_busy_timeout(sqlite_db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 10000


def test_every_model_has_its_own_table():
    # Two areas once both named a model MeterReading: one table would silently serve both.
    names = [m._meta.table_name for m in models.ALL_MODELS]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
