"""Every public service function that acts for a user (a keyword-only `by`), callable with placeholder input.

The permission matrix calls each one as every role: the permission check comes before anything the input
could make go wrong, so placeholder input is enough to see who is let through and who is refused."""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable

import services

SKIP_MODULES = {"samples", "demo", "records"}  # fillers of demo data; save_versioned is a helper inside services


def service_functions() -> dict[str, Callable]:
    found = {}
    for info in pkgutil.iter_modules(services.__path__):
        if info.name in SKIP_MODULES or info.name.startswith("demo") or info.name.endswith("_demo"):
            continue
        module = importlib.import_module(f"services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            by = inspect.signature(fn).parameters.get("by")
            if by is not None and by.kind == inspect.Parameter.KEYWORD_ONLY:
                found[f"{info.name}.{name}"] = fn
    return found


def _placeholder(hint: object) -> object:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        real = [a for a in args if a is not type(None)]
        return _placeholder(real[0]) if real else None
    if origin in (list, tuple, set):
        return [1]
    if origin is dict or hint is dict:
        return {}
    if dataclasses.is_dataclass(hint):
        try:
            return hint()
        except TypeError:  # a value type with required fields (e.g. a report's Period): any value will do
            return "1"
    table = {int: 1, str: "1", bool: False, bytes: b"", float: 1.0, dt.date: dt.date.today(),
             dt.datetime: dt.datetime.now(), dt.time: dt.time(9)}
    if hint in table:
        return table[hint]
    return "1"


def placeholder_call(fn: Callable, actor) -> Callable[[], object]:
    """fn with placeholder values for every argument without a default, acting as `actor`."""
    hints = typing.get_type_hints(fn)
    kwargs = {}
    for name, param in inspect.signature(fn).parameters.items():
        if name == "by":
            kwargs[name] = actor
        elif param.default is inspect.Parameter.empty:
            kwargs[name] = _placeholder(hints.get(name, str))
    return lambda: fn(**kwargs)
