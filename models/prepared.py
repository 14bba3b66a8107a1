"""Queries built once per shape, then sent straight to the driver with each call's values; rows come back as tuples.

peewee builds a statement anew on every call (0.2–0.5 ms for a list's joins and filters) and turns every row
into a model object. The desk's lists run on every keystroke against statements of 0.02–1 ms, so that work was
most of their cost. Here a list writes its query with peewee as usual, but with `hole("name")` where a call's
value goes. `Prepared` keeps the SQL of each shape of the query (which filters are on) per kind of database;
a call only fills the holes, runs the SQL and reads tuples. Columns come back typed as peewee would give them:
SQLite returns dates, times, booleans and decimals as text or numbers and they are converted here, while
PostgreSQL's driver types them itself.

    _KEYS = Prepared(lambda by_state: Key.select(Key.id, Key.tag)
                     .where((Key.site == hole("site")) & ((Key.state == hole("state")) if by_state else True)))
    rows = _KEYS.rows((bool(state),), site=by.site_id, state=state)
"""
from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass

import peewee

from models.database import db

# The driver's errors raised as peewee's (what DB_ERRORS and every handler expect), for SQL sent to a cursor
# directly: `with driver_errors: cursor.execute(...)`. peewee's own queries pass through the same wrapper.
driver_errors = peewee.__exception_wrapper__


class _Hole:
    __slots__ = ("name", "field")

    def __init__(self, name: str, field: peewee.Field | None) -> None:
        self.name, self.field = name, field

    def __repr__(self) -> str:
        return f"hole({self.name!r})"


def hole(name: str, field: peewee.Field | None = None) -> peewee.Value:
    """A value given at each call by `name`; `field` converts it as that column stores it (e.g. a datetime)."""
    return peewee.Value(_Hole(name, field), converter=False)


def _reading(parse: Callable[[str], object], kind: type[peewee.Field]) -> Callable:
    """A converter of SQLite's text by `parse` (C, exact); text that is not ISO (never written by the app, but an
    imported row or a hand edit might be) is read as peewee's `kind` reads it."""
    as_peewee = kind().python_value

    def convert(value):
        if value.__class__ is str:
            try:
                return parse(value)
            except ValueError:
                return as_peewee(value)
        return value

    return convert


_iso_datetime = _reading(dt.datetime.fromisoformat, peewee.DateTimeField)
_iso_date = _reading(lambda text: dt.date.fromisoformat(text[:10]), peewee.DateField)
_iso_time = _reading(dt.time.fromisoformat, peewee.TimeField)


def _boolean(value):
    return None if value is None else bool(value)


def _decimal(value):
    return value if value is None or value.__class__ is decimal.Decimal else decimal.Decimal(str(value))


# What SQLite's text and numbers become (fromisoformat is C and exact; peewee's parsing tries formats in turn).
_SQLITE_TYPES: tuple[tuple[type, Callable], ...] = (
    (peewee.DateTimeField, _iso_datetime), (peewee.DateField, _iso_date), (peewee.TimeField, _iso_time),
    (peewee.BooleanField, _boolean), (peewee.DecimalField, _decimal),
)


# Each converter as the one C function it is for text (None aside): a column of text converts in one map call,
# not a Python call per value. A column holding anything else (a number in a date column, a date with its time)
# goes value by value through the converter itself, as before.
_FAST: dict[Callable, Callable] = {_iso_datetime: dt.datetime.fromisoformat, _iso_date: dt.date.fromisoformat,
                                   _iso_time: dt.time.fromisoformat, _boolean: bool}


def _converted(rows: list[tuple], converters: tuple[tuple[int, Callable], ...]) -> list[tuple]:
    """`rows` with the converters' columns converted, a column at a time (one row, as it is: a lookup)."""
    height = len(rows)
    if height == 1:
        row = list(rows[0])
        for i, convert in converters:
            if row[i] is not None:
                row[i] = convert(row[i])
        return [tuple(row)]
    columns = list(zip(*rows))
    for i, convert in converters:
        column = columns[i]
        nulls = column.count(None)
        if nulls == height:
            continue  # nothing to convert (e.g. when done, on a list of what is still to do)
        fast = _FAST.get(convert)
        try:
            if fast is None:
                raise TypeError
            columns[i] = list(map(fast, column)) if not nulls else [None if v is None else fast(v) for v in column]
        except (TypeError, ValueError):
            columns[i] = [None if v is None else convert(v) for v in column]
    return list(zip(*columns))


def _column_type(node) -> Callable | None:
    while isinstance(node, peewee.Alias):
        node = node.node
    if isinstance(node, peewee.Function) and node._coerce and node.arguments:
        node = node.arguments[0]  # as peewee: MIN(a date) is a date, SUM(a decimal) a decimal
        while isinstance(node, peewee.Alias):
            node = node.node
    if isinstance(node, peewee.Field):
        for kind, convert in _SQLITE_TYPES:
            if isinstance(node, kind):
                return convert
    return None


@dataclass(frozen=True)
class Statement:
    """One shape's SQL, its parameters (constants, or holes to fill) and the columns' converters."""

    sql: str
    params: tuple
    holes: tuple[int, ...]  # positions in params that are holes
    converters: tuple[tuple[int, Callable], ...]  # (column, converter) for columns needing one

    def values(self, given: Mapping[str, object]) -> tuple:
        if not self.holes:
            return self.params
        params = list(self.params)
        for i in self.holes:
            h = params[i]
            value = given[h.name]
            params[i] = h.field.db_value(value) if h.field is not None else value
        return tuple(params)

    def rows(self, given: Mapping[str, object]) -> list[tuple]:
        cursor = db.obj.cursor()  # past the proxy: this is on every keystroke's path
        with driver_errors:
            cursor.execute(self.sql, self.values(given))
            rows = cursor.fetchall()
        if self.converters and rows:
            return _converted(rows, self.converters)
        return rows

    def scalar(self, given: Mapping[str, object]):
        cursor = db.obj.cursor()  # past the proxy: this is on every keystroke's path
        with driver_errors:
            cursor.execute(self.sql, self.values(given))
            row = cursor.fetchone()
        return None if row is None else row[0]


def compile_query(query: peewee.Query) -> Statement:
    """The SQL of `query` as the open database writes it, with its holes found and its columns' converters."""
    sql, params = db.obj.get_sql_context().sql(query).query()  # not query.sql(): a bare Select knows no database
    holes = tuple(i for i, p in enumerate(params) if isinstance(p, _Hole))
    converters: tuple = ()
    if isinstance(db.obj, peewee.SqliteDatabase):
        found = ((i, _column_type(node)) for i, node in enumerate(getattr(query, "_returning", ()) or ()))
        converters = tuple((i, c) for i, c in found if c is not None)
    return Statement(sql, tuple(params), holes, converters)


class Prepared:
    """A query written once with peewee and kept as SQL per shape: `build(*shape)` makes the shape's query."""

    def __init__(self, build: Callable[..., peewee.Query]) -> None:
        self._build = build
        self._by_kind: dict[type, dict[tuple, Statement]] = {}  # SQLite and PostgreSQL write a query differently

    def statement(self, shape: tuple[Hashable, ...] = ()) -> Statement:
        kind = db.obj.__class__
        kept = self._by_kind.get(kind)
        if kept is None:
            kept = self._by_kind.setdefault(kind, {})
        found = kept.get(shape)
        if found is None:
            found = kept[shape] = compile_query(self._build(*shape))
        return found

    def rows(self, shape: tuple[Hashable, ...] = (), **given) -> list[tuple]:
        return self.statement(shape).rows(given)

    def scalar(self, shape: tuple[Hashable, ...] = (), **given):
        return self.statement(shape).scalar(given)


def paged(query: peewee.SelectQuery) -> peewee.SelectQuery:
    """`query` with its page left open: holes `_limit` and `_offset`."""
    return query.limit(hole("_limit")).offset(hole("_offset"))


def counted(query: peewee.SelectQuery, up_to: bool = False) -> peewee.Query:
    """The count of `query`'s rows, as peewee counts (`up_to`: stop at the hole `_up_to`)."""
    inner = query.order_by()
    if inner._count_can_project_one():  # as peewee's count: no columns read (a LIMIT keeps SQLite from dropping them)
        inner = inner.select(peewee.SQL("1"))
    if up_to:
        inner = inner.limit(hole("_up_to"))
    return peewee.Select([inner.alias("_wrapped")], [peewee.fn.COUNT(peewee.SQL("1"))])


def contains(field: peewee.Node, name: str) -> peewee.Expression:
    """`field` contains the call's text `name`, given through `containing(text)`: peewee's `contains`, prepared
    (given through `starting(text)`, peewee's `startswith`)."""
    return peewee.Expression(field, peewee.OP.ILIKE, peewee.NodeList(
        (hole(name), peewee.SQL("ESCAPE"), peewee.Value("\\", converter=False))))


def containing(text: str) -> str:
    """The pattern for `contains`: the text anywhere, its own % and _ taken literally."""
    return "%" + _literal(text) + "%"


def starts(field: peewee.Node, name: str) -> peewee.Expression:
    """`field` starts with the call's text `name`, given through `starting(text)`: peewee's `startswith`, prepared."""
    return contains(field, name)  # the same LIKE ... ESCAPE; the pattern puts the text first


def starting(text: str) -> str:
    """The pattern for `starts`: the text at the start, its own % and _ taken literally."""
    return _literal(text) + "%"


def _literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")


def listed(values: Sequence) -> int:
    """The shape of a (non-empty) list of values for `one_of`: its length rounded up to a power of two, so that
    a few statements serve every length (`filled` repeats the last value, which IN ignores)."""
    return 1 << (len(values) - 1).bit_length()


def one_of(field: peewee.Node, name: str, size: int) -> peewee.Expression:
    """`field` is one of the call's values `name`, given through `filled(name, values, size)`."""
    return field.in_([hole(f"{name}#{i}") for i in range(size)])


def filled(name: str, values: Sequence, size: int) -> dict[str, object]:
    """The holes of `one_of(field, name, size)` filled with `values` (the last one repeated to the size)."""
    last = len(values) - 1
    return {f"{name}#{i}": values[i if i < last else last] for i in range(size)}
