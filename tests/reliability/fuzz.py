"""Hostile input for the property tests: arbitrary text, numbers, dates, huge strings, control characters and
SQL-looking text, swapped into a good input one field at a time or all at once."""
from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from decimal import Decimal

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from models import ALL_MODELS
from services.errors import NotFound, ValidationError

FUZZ = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

SQLISH = ["'; DROP TABLE tenant; --", "\" OR 1=1 --", "1; DELETE FROM audit_entry", "' UNION SELECT * FROM user --",
          "%s", "%(x)s", "{0}", "NULL", "\\", "'", "\u202e反转", "\x00", "a\x00b", "\r\n", "\t", "\x1b[31m", "🙂",
          "𠀀𠀁", "　", "０１２３", "ｆｕｌｌ", "12F-1201", "2026-02-30", "-0", "1e309", "NaN", "Infinity", "-1",
          "99999999999999999999999999", "1" + "0" * 30, "1E+40"]
TEXT = st.one_of(st.text(max_size=40), st.sampled_from(SQLISH),
                 st.builds(lambda s, n: (s or "字") * n, st.text(max_size=3), st.integers(100, 20000)))
INTS = st.one_of(st.integers(-5, 100), st.integers(-(2 ** 63), 2 ** 63 - 1),
                 st.sampled_from([0, -1, 2 ** 31, 2 ** 63 - 1]))
NUMBERS = st.one_of(TEXT, st.decimals(allow_nan=True, allow_infinity=True).map(str),
                    st.floats(allow_nan=True, allow_infinity=True).map(str))
tried = {"inputs": 0}


def hostile(hint: object) -> st.SearchStrategy:
    origin = typing.get_origin(hint)
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if origin in (typing.Union, __import__("types").UnionType):
        return st.one_of(st.none(), *(hostile(a) for a in args))
    if origin is list:
        return st.lists(hostile(args[0]), max_size=4)
    if dataclasses.is_dataclass(hint):
        return st.builds(hint, **{f.name: hostile(t) for f, t in _hints(hint)})
    return {str: TEXT, int: INTS, bool: st.booleans(), bytes: st.binary(max_size=64), Decimal: NUMBERS,
            dt.date: st.dates(), dt.datetime: st.datetimes(), dt.time: st.times()}.get(hint, TEXT)


def _hints(cls) -> list[tuple[dataclasses.Field, object]]:
    hints = typing.get_type_hints(cls)
    return [(f, hints[f.name]) for f in dataclasses.fields(cls)]


def spoiled(base) -> st.SearchStrategy:
    """`base` (a good input dataclass) with any of its fields replaced by hostile values."""
    parts = {f.name: st.one_of(st.just(getattr(base, f.name)), hostile(t)) for f, t in _hints(type(base))}
    return st.fixed_dictionaries(parts).map(lambda values: dataclasses.replace(base, **values))


def row_counts() -> dict[str, int]:
    from models import db

    sql = " UNION ALL ".join(f"SELECT '{m._meta.table_name}', count(*) FROM \"{m._meta.table_name}\""
                             for m in ALL_MODELS)
    return dict(db.execute_sql(sql).fetchall())


def only_success_or_refusal(call, *, audit_ok: bool = False) -> object:
    """Run `call`: a success, or a ValidationError whose every problem names a field with a code the desk
    has words for (and nothing written), or NotFound for an id no picker offers (nothing written)."""
    from ui.messages import TEXTS

    tried["inputs"] += 1
    before = row_counts()
    try:
        return call()
    except ValidationError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.field and isinstance(problem.field, str), exc
            assert problem.code in TEXTS, f"no message for {problem.code}"
    except NotFound:
        pass
    after = row_counts()
    if audit_ok:  # a refusal that must stay on record (a watchlist alert) is the only write allowed
        after["audit_entry"] = before["audit_entry"]
    assert after == before, {k: (before[k], after[k]) for k in after if after[k] != before[k]}
    return None
