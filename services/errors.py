"""The errors services raise: a refused input names its field; a refused action names the permission."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldProblem:
    """One refused field: the field's name in the input dataclass and a message code for the UI."""

    field: str
    code: str
    params: dict = field(default_factory=dict)


class ValidationError(Exception):
    """The input was refused; `problems` lists every field at fault, so the form can mark them all."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem | str, code: str = "", **params) -> None:
        if isinstance(problems, str):
            problems = [FieldProblem(problems, code, params)]
        elif isinstance(problems, FieldProblem):
            problems = [problems]
        self.problems: list[FieldProblem] = list(problems)
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in self.problems))

    @property
    def field(self) -> str:
        return self.problems[0].field

    @property
    def code(self) -> str:
        return self.problems[0].code

    def codes(self) -> dict[str, str]:
        """field -> first code, for tests and simple callers."""
        out: dict[str, str] = {}
        for p in self.problems:
            out.setdefault(p.field, p.code)
        return out


class Problems:
    """Collects every problem of an input before raising, so the clerk sees them all at once."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, field_name: str, code: str, **params) -> None:
        self.items.append(FieldProblem(field_name, code, params))

    def has(self, field_name: str) -> bool:
        return any(p.field == field_name for p in self.items)

    def text(self, name: str, value: str, limit: int, *, required: bool = False) -> str:
        """A typed text trimmed; a problem added if it is required and empty, too long, or holds control
        characters."""
        value = (value or "").strip()
        if required and not value:
            self.add(name, "required")
        elif len(value) > limit:
            self.add(name, "too_long", maximum=limit)
        elif any(ord(c) < 32 and c not in "\n\t" for c in value):
            self.add(name, "control_chars")
        return value

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)


class PermissionDenied(Exception):
    """The acting user's role may not do this; refused in the service, whatever the UI showed."""

    def __init__(self, action: str, role: str) -> None:
        super().__init__(f"role {role!r} may not {action!r}")
        self.action = action
        self.role = role


class NotFound(Exception):
    """The record asked for does not exist at this site."""

    def __init__(self, entity: str, record_id: object) -> None:
        super().__init__(f"{entity} {record_id} not found")
        self.entity = entity
        self.record_id = record_id


class StaleRecord(Exception):
    """Someone else saved this record since it was opened: who and when, so the clerk can decide."""

    def __init__(self, entity: str, record_id: int, changed_by: str, changed_at: dt.datetime | None) -> None:
        super().__init__(f"{entity} {record_id} was changed by {changed_by} at {changed_at}")
        self.entity = entity
        self.record_id = record_id
        self.changed_by = changed_by
        self.changed_at = changed_at


class LoginRefused(Exception):
    """Login failed; `code` is bad_credentials, locked (with `until`) or inactive."""

    def __init__(self, code: str, until: dt.datetime | None = None, attempts_left: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.until = until
        self.attempts_left = attempts_left
