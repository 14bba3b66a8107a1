"""Logging in, passwords (argon2), lock-out after failed attempts, and the admin's user management."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models import User, db, now
from services import settings
from services.access import ROLES, Actor, require
from services.audit import changed, record, snapshot
from services.errors import LoginRefused, NotFound, Problems

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the user does not exist, so timing does not tell usernames apart.

    Made at first need, not at import: hashing is slow on purpose and start-up must not wait for it.
    """
    return _hasher.hash("tower-desk-no-such-user")


def hash_password(password: str) -> str:
    """A slow, salted argon2id hash of the password."""
    return _hasher.hash(password)


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role, user.site_id)


def login(site_id: int, username: str, password: str) -> Actor:
    """Check the password; lock the account for a while after too many failures; audit the outcome."""
    username = username.strip()
    user = User.get_or_none((User.site == site_id) & (User.username == username))
    moment = now()
    if user is None:
        try:
            _hasher.verify(_dummy_hash(), password)
        except VerificationError:
            pass
        with db.atomic():
            record(None, "login_failed", "user", None, note=username[:40], site_id=site_id)
        raise LoginRefused("bad_credentials")
    if not user.active:
        raise LoginRefused("inactive")
    if user.locked_until and user.locked_until > moment:
        raise LoginRefused("locked", until=user.locked_until)
    try:
        ok = _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        ok = False
    max_failures = int(settings.get(site_id, "login.max_failures"))
    if not ok:
        failures = user.failed_attempts + 1
        until = None
        if failures >= max_failures:
            until = moment + dt.timedelta(minutes=int(settings.get(site_id, "login.lock_minutes")))
            failures = 0
        # Committed before raising: the count must survive the refusal.
        with db.atomic():
            User.update(failed_attempts=failures, locked_until=until).where(User.id == user.id).execute()
            record(None, "login_failed" if until is None else "locked", "user", user.id, note=username, site_id=site_id)
        if until is not None:
            raise LoginRefused("locked", until=until)
        raise LoginRefused("bad_credentials", attempts_left=max_failures - failures)
    with db.atomic():
        updates = {User.failed_attempts: 0, User.locked_until: None, User.last_login: moment}
        if _hasher.check_needs_rehash(user.password_hash):
            updates[User.password_hash] = hash_password(password)
        User.update(updates).where(User.id == user.id).execute()
        actor = actor_of(user)
        record(actor, "login", "user", user.id)
    return actor


def password_change_due(*, by: Actor) -> bool:
    """Whether the user must choose a new password before working (set by the admin, or a new account)."""
    return bool(User.select(User.must_change_password).where(User.id == by.user_id).scalar())


def _password_problems(site_id: int, password: str, field: str, problems: Problems) -> None:
    minimum = int(settings.get(site_id, "password.min_length"))
    if len(password) < minimum:
        problems.add(field, "password.short", minimum=minimum)
    elif not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        problems.add(field, "password.weak")


def change_password(old: str, new: str, *, by: Actor) -> None:
    """The user changes their own password (the old one is asked again)."""
    user = User.get_by_id(by.user_id)
    problems = Problems()
    try:
        _hasher.verify(user.password_hash, old)
    except (VerificationError, InvalidHashError):
        problems.add("old", "password.wrong")
    _password_problems(by.site_id, new, "new", problems)
    if not problems.has("new") and new == old:
        problems.add("new", "password.same")
    problems.raise_if_any()
    with db.atomic():
        User.update(
            password_hash=hash_password(new), must_change_password=False, password_changed_at=now(),
            version=User.version + 1, updated_at=now(),
        ).where(User.id == user.id).execute()
        record(by, "password", "user", user.id)


@dataclass
class UserInput:
    """What the admin types for a user."""

    username: str = ""
    full_name: str = ""
    role: str = ""
    password: str = ""  # required for a new user; for an edit, empty keeps the current one
    active: bool = True


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: dt.datetime | None
    last_login: dt.datetime | None
    version: int


def _row(u: User) -> UserRow:
    return UserRow(u.id, u.username, u.full_name, u.role, u.active, u.locked_until, u.last_login, u.version)


def list_users(*, by: Actor) -> list[UserRow]:
    require(by, "user.manage")
    return [_row(u) for u in User.select().where(User.site == by.site_id).order_by(User.username)]


def _check_user(site_id: int, data: UserInput, *, new: bool, user_id: int | None = None) -> Problems:
    problems = Problems()
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,40}", data.username.strip()):
        problems.add("username", "user.username")
    elif User.select().where(
        (User.site == site_id) & (User.username == data.username.strip()) & (User.id != (user_id or 0))
    ).exists():
        problems.add("username", "user.taken")
    if not data.full_name.strip():
        problems.add("full_name", "required")
    elif len(data.full_name.strip()) > 60:
        problems.add("full_name", "too_long", maximum=60)
    if data.role not in ROLES:
        problems.add("role", "user.role")
    if new or data.password:
        _password_problems(site_id, data.password, "password", problems)
    return problems


def create_first_admin(site_id: int, data: UserInput) -> int:
    """The site's first admin, made by the set-up wizard before anyone can log in."""
    data.role = "admin"
    _check_user(site_id, data, new=True).raise_if_any()
    with db.atomic():
        user = User.create(
            site=site_id, username=data.username.strip(), full_name=data.full_name.strip(), role="admin",
            password_hash=hash_password(data.password), password_changed_at=now(),
        )
        record(None, "create", "user", user.id, after=snapshot(user, leave_out=("password_hash",)), site_id=site_id)
    return user.id


def create_user(data: UserInput, *, by: Actor) -> int:
    require(by, "user.manage")
    _check_user(by.site_id, data, new=True).raise_if_any()
    with db.atomic():
        user = User.create(
            site=by.site_id, username=data.username.strip(), full_name=data.full_name.strip(), role=data.role,
            password_hash=hash_password(data.password), active=data.active, must_change_password=True,
            password_changed_at=now(),
        )
        record(by, "create", "user", user.id, after=snapshot(user, leave_out=("password_hash",)))
    return user.id


def update_user(user_id: int, data: UserInput, *, version: int, by: Actor) -> None:
    """The admin edits a user; a new password (if typed) must be changed at the user's next login."""
    require(by, "user.manage", entity="user", record_id=user_id)
    user = User.get_or_none((User.id == user_id) & (User.site == by.site_id))
    if user is None:
        raise NotFound("user", user_id)
    problems = _check_user(by.site_id, data, new=False, user_id=user_id)
    if user_id == by.user_id and (data.role != "admin" or not data.active):
        problems.add("role", "user.self_demote")
    problems.raise_if_any()
    from services.records import save_versioned

    before = snapshot(user, leave_out=("password_hash",))
    changes = {
        "username": data.username.strip(), "full_name": data.full_name.strip(), "role": data.role,
        "active": data.active,
    }
    if data.password:
        changes.update(password_hash=hash_password(data.password), must_change_password=True, password_changed_at=now())
    if data.active and not user.active:
        changes.update(failed_attempts=0, locked_until=None)
    with db.atomic():
        save_versioned(User, user_id, version, changes, by=by)
        after = snapshot(User.get_by_id(user_id), leave_out=("password_hash",))
        b, a = changed(before, after)
        record(by, "update", "user", user_id, before=b, after=a)


def unlock_user(user_id: int, *, by: Actor) -> None:
    require(by, "user.manage", entity="user", record_id=user_id)
    with db.atomic():
        User.update(failed_attempts=0, locked_until=None).where(
            (User.id == user_id) & (User.site == by.site_id)
        ).execute()
        record(by, "unlock", "user", user_id)


def idle_lock_minutes(site_id: int) -> int:
    """After how many idle minutes a desk locks itself (0: never), the site's setting."""
    return int(settings.get(site_id, "login.idle_lock_minutes"))


def unlock_desk(password: str, *, by: Actor) -> None:
    """The user of a locked desk gives their password again. Counted like a login (a wrong password
    brings the account nearer its lock-out; a locked account stays locked); LoginRefused if refused."""
    actor = login(by.site_id, by.username, password)
    if actor.user_id != by.user_id:  # pragma: no cover - usernames are unique per site
        raise LoginRefused("bad_credentials")
    with db.atomic():
        record(by, "unlock_desk", "user", by.user_id)
