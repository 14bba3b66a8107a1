"""The database proxy and opening a database by URL (SQLite by default, PostgreSQL for shared sites)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee
from peewee import DatabaseProxy

db = DatabaseProxy()


class DatabaseUnavailable(Exception):
    """The database cannot be opened; `advice` says what the desk can do about it."""

    def __init__(self, message: str, advice: str = "", code: str = "other") -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice
        self.code = code  # corrupt, locked, disk_full, server_down, login, no_database or other

    def __str__(self) -> str:
        return f"{self.message} {self.advice}".strip()


@dataclass(frozen=True)
class DatabaseUrl:
    """A parsed database URL."""

    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None
    host: str = ""
    port: int = 5432
    user: str = ""
    password: str = ""
    name: str = ""

    @property
    def display(self) -> str:
        """Where the data is, without a password, for the status bar and messages."""
        if self.kind == "sqlite":
            return f"SQLite {self.path}"
        return f"PostgreSQL {self.user}@{self.host}:{self.port}/{self.name}"


def parse_url(url: str) -> DatabaseUrl:
    """Read `sqlite:///path` or `postgresql://user[:pw]@host[:port]/db`; raise ValueError if neither."""
    parts = urlparse(url)
    if parts.scheme == "sqlite":
        # As SQLAlchemy reads it: sqlite:///relative.db, sqlite:////abs/path.db, sqlite:///C:/desk/t.db
        raw = unquote(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else ""
        if not raw:
            raise ValueError(f"SQLite URL needs a file path: {url!r} (e.g. sqlite:///C:/desk/tower.db)")
        return DatabaseUrl("sqlite", path=Path(raw).expanduser().absolute())
    if parts.scheme in ("postgresql", "postgres"):
        name = parts.path.lstrip("/")
        if not parts.hostname or not name:
            raise ValueError(f"PostgreSQL URL needs a host and a database: {url!r}")
        return DatabaseUrl(
            "postgresql",
            host=parts.hostname,
            port=parts.port or 5432,
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            name=name,
        )
    raise ValueError(f"unknown database URL {url!r}: use sqlite:///path or postgresql://user@host:port/db")


SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # Several desks (or the app and a backup) may touch the file: wait rather than fail at once.
    "busy_timeout": 10000,
    "synchronous": "normal",
}


OPEN_BUSY_MS = 3000
# What a database can raise while working: peewee wraps execute(), but a damaged page met while
# fetching rows comes up as sqlite3's own error.
DB_ERRORS = (peewee.DatabaseError, peewee.InterfaceError, sqlite3.DatabaseError, sqlite3.InterfaceError)


def open_database(url: str) -> peewee.Database:
    """Open the database at `url`, bind the proxy to it and return it; raise DatabaseUnavailable."""
    where = parse_url(url)
    if where.kind == "sqlite":
        assert where.path is not None
        if not where.path.parent.exists():
            try:
                where.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(
                    f"无法创建数据库文件夹 {where.path.parent}：{exc.strerror}",
                    "请检查磁盘空间和文件夹权限。",
                ) from exc
        database: peewee.Database = peewee.SqliteDatabase(str(where.path), pragmas=SQLITE_PRAGMAS)
    else:
        _refuse_nul_quietly()
        database = peewee.PostgresqlDatabase(
            where.name,
            host=where.host,
            port=where.port,
            user=where.user or None,
            password=where.password or None,
            connect_timeout=5,
        )
    try:
        database.connect(reuse_if_open=True)
        if where.kind == "sqlite":
            # A file that is not a database only shows itself at the first read. The cheap check of every
            # start (the full one runs daily in the background: services/integrity.py); a file another
            # program holds locked is reported after a few seconds, not the busy timeout of a save.
            database.execute_sql(f"PRAGMA busy_timeout = {OPEN_BUSY_MS}")
            database.execute_sql("PRAGMA schema_version").fetchone()
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            database.execute_sql(f"PRAGMA busy_timeout = {SQLITE_PRAGMAS['busy_timeout']}")
    except peewee.OperationalError as exc:
        raise explain(where, exc) from exc
    except peewee.DatabaseError as exc:
        raise explain(where, exc) from exc
    db.initialize(database)
    return database


def _first_cause(exc: BaseException) -> str:
    """The first line of the error that started it: SQLite rolls a transaction back itself on a full
    disk, and the rollback peewee then tries ("no transaction is active") must not hide why."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    for error in reversed(chain):
        text = str(error).strip()
        if text and "no transaction is active" not in text:
            return text.splitlines()[0]
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _refuse_nul_quietly() -> None:
    """PostgreSQL text cannot hold NUL: psycopg2 raises ValueError for a query that carries one, so a NUL
    typed or pasted into a search or a code would crash the look-up. Sent as U+FFFD instead, it matches
    nothing (a lookup finds no row, as on SQLite); fields a service stores are refused before that
    (services/errors.Problems.text: control characters)."""
    from psycopg2.extensions import QuotedString, register_adapter

    def adapt(value: str) -> QuotedString:
        return QuotedString(value.replace("\x00", "\ufffd") if "\x00" in value else value)

    register_adapter(str, adapt)


def explain(where: DatabaseUrl, exc: Exception) -> DatabaseUnavailable:
    text = _first_cause(exc)
    if isinstance(exc, peewee.IntegrityError):  # a rule of the schema, met while saving: not a broken database
        return DatabaseUnavailable(f"保存未完成：与已有记录冲突（{text}）",
                                   "可能另一台客服台刚刚保存了相同的内容；请刷新后重试。", "conflict")
    if where.kind == "sqlite":
        return explain_sqlite(where.path, text)
    if "password authentication failed" in text or "no password supplied" in text or (
            "role" in text and "does not exist" in text):
        return DatabaseUnavailable(
            f"数据库服务器拒绝登录 {where.display}：用户名或密码不对",
            "请检查 site.ini 中的数据库地址（用户名和密码），或请系统管理员核对数据库账户。", "login")
    if "database" in text and "does not exist" in text:
        return DatabaseUnavailable(
            f"数据库服务器上没有这个数据库：{where.display}",
            "请检查 site.ini 中的数据库名称，或请系统管理员建立该数据库。", "no_database")
    return DatabaseUnavailable(
        f"无法连接数据库服务器 {where.display}：{text}",
        "请检查网络和数据库服务器是否已启动，或联系系统管理员。", "server_down",
    )


def explain_sqlite(path: Path | None, text: str) -> DatabaseUnavailable:
    """The desk's words for what SQLite said about the file, with what to do."""
    if "not a database" in text or "malformed" in text:
        return DatabaseUnavailable(
            f"数据库文件已损坏：{path}（{text}）",
            "请用“恢复备份”从最近的备份恢复：python main.py restore <备份文件>", "corrupt",
        )
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(
            f"数据库文件被其他程序锁定：{path}",
            "请关闭其他正在使用该文件的程序（或另一台客服台上的本程序）后重试。", "locked",
        )
    if "disk" in text or "full" in text:
        return DatabaseUnavailable(f"磁盘已满，无法写入数据库：{path}", "请清理磁盘空间后重试。", "disk_full")
    return DatabaseUnavailable(f"无法打开数据库 {path}：{text}", "请检查文件路径和权限。")


def is_postgres(database: peewee.Database | None = None) -> bool:
    """Whether the bound database is PostgreSQL (for the few places that lock rows differently)."""
    target = database or db.obj
    return isinstance(target, peewee.PostgresqlDatabase)


def rare(condition: peewee.Expression) -> peewee.Node:
    """Tell SQLite's planner that `condition` holds for few rows (an open request among years of closed ones):
    with statistics it averages a state's rows over all states and would scan the table rather than use the
    state's index. PostgreSQL's statistics know the skew; the condition goes to it as it is."""
    return condition if is_postgres() else peewee.fn.unlikely(condition)


ANALYSIS_LIMIT = 1000  # rows SQLite reads per index for its statistics: a tenth of a second on five years


def refresh_statistics() -> None:
    """Give the query planner fresh statistics (the daily check does, the bench's tower too, so both are read
    with the same plans). On SQLite a sampled ANALYZE; PostgreSQL's autovacuum keeps its own, this adds one now."""
    if not is_postgres():
        db.execute_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    db.execute_sql("ANALYZE")


def explain_live(exc: Exception) -> DatabaseUnavailable:
    """The desk's words for a database error met while working (disk full, server gone, file locked)."""
    target = db.obj
    if isinstance(target, peewee.SqliteDatabase):
        where = DatabaseUrl("sqlite", path=Path(target.database))
    else:
        params = getattr(target, "connect_params", {}) or {}
        where = DatabaseUrl("postgresql", host=str(params.get("host") or ""), port=int(params.get("port") or 5432),
                            user=str(params.get("user") or ""), name=str(getattr(target, "database", "")))
    return explain(where, exc)
