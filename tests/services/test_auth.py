"""Login, lock-out, password changes and the admin's user management."""
from __future__ import annotations

import datetime as dt

import pytest

from models import AuditEntry, User
from services import auth
from services.errors import LoginRefused, PermissionDenied, StaleRecord, ValidationError
from tests.conftest import PASSWORD


def test_login_gives_the_actor_and_audits(site):
    actor = auth.login(site.site_id, "clerk", PASSWORD)
    assert actor.role == "clerk" and actor.site_id == site.site_id
    assert AuditEntry.select().where((AuditEntry.action == "login") & (AuditEntry.user_id == actor.user_id)).exists()


def test_password_is_stored_as_argon2_not_plain(site):
    stored = User.get(User.username == "clerk").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_wrong_password_counts_down_then_locks_for_15_minutes(site):
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginRefused) as exc:
            auth.login(site.site_id, "clerk", "wrong")
        assert exc.value.code == "bad_credentials" and exc.value.attempts_left == left
    with pytest.raises(LoginRefused) as exc:
        auth.login(site.site_id, "clerk", "wrong")
    assert exc.value.code == "locked"
    minutes = (exc.value.until - dt.datetime.now()).total_seconds() / 60
    assert 14 <= minutes <= 15.1
    # Even the right password is refused while locked.
    with pytest.raises(LoginRefused) as exc:
        auth.login(site.site_id, "clerk", PASSWORD)
    assert exc.value.code == "locked"
    # Once the lock has run out, the right password works again.
    User.update(locked_until=dt.datetime.now() - dt.timedelta(seconds=1)).where(User.username == "clerk").execute()
    assert auth.login(site.site_id, "clerk", PASSWORD).username == "clerk"


def test_unknown_user_and_inactive_user_are_refused(site):
    with pytest.raises(LoginRefused) as exc:
        auth.login(site.site_id, "nobody", PASSWORD)
    assert exc.value.code == "bad_credentials"
    User.update(active=False).where(User.username == "steward").execute()
    with pytest.raises(LoginRefused) as exc:
        auth.login(site.site_id, "steward", PASSWORD)
    assert exc.value.code == "inactive"


def test_change_password_checks_old_and_rules(site):
    with pytest.raises(ValidationError) as exc:
        auth.change_password("nope", "short", by=site.clerk)
    assert exc.value.codes() == {"old": "password.wrong", "new": "password.short"}
    with pytest.raises(ValidationError) as exc:
        auth.change_password(PASSWORD, "onlyletters", by=site.clerk)
    assert exc.value.codes() == {"new": "password.weak"}
    auth.change_password(PASSWORD, "NewPass2027", by=site.clerk)
    assert auth.login(site.site_id, "clerk", "NewPass2027").username == "clerk"
    with pytest.raises(LoginRefused):
        auth.login(site.site_id, "clerk", PASSWORD)


def test_only_admin_manages_users(site):
    data = auth.UserInput("wang.fang", "王芳", "clerk", "Welcome2026")
    for role in ("clerk", "steward", "supervisor", "manager", "engineer"):
        with pytest.raises(PermissionDenied):
            auth.create_user(data, by=site.by_role[role])
    denied = AuditEntry.select().where(AuditEntry.action == "denied").count()
    assert denied == 5
    user_id = auth.create_user(data, by=site.admin)
    row = next(u for u in auth.list_users(by=site.admin) if u.id == user_id)
    assert (row.username, row.full_name, row.role) == ("wang.fang", "王芳", "clerk")
    assert User.get_by_id(user_id).must_change_password


def test_user_input_is_checked(site):
    with pytest.raises(ValidationError) as exc:
        auth.create_user(auth.UserInput("clerk", "", "boss", "x"), by=site.admin)
    assert exc.value.codes() == {
        "username": "user.taken", "full_name": "required", "role": "user.role", "password": "password.short",
    }
    assert User.select().count() == 6


def test_update_user_refuses_a_stale_version(site):
    user = User.get(User.username == "clerk")
    auth.update_user(user.id, auth.UserInput("clerk", "李四", "steward"), version=user.version, by=site.admin)
    with pytest.raises(StaleRecord) as exc:
        auth.update_user(user.id, auth.UserInput("clerk", "李五", "clerk"), version=user.version, by=site.admin)
    assert exc.value.changed_by == "admin"
    assert User.get_by_id(user.id).full_name == "李四"


def test_admin_cannot_demote_themselves(site):
    admin = User.get(User.username == "admin")
    with pytest.raises(ValidationError) as exc:
        auth.update_user(admin.id, auth.UserInput("admin", "管理员", "clerk"), version=admin.version, by=site.admin)
    assert exc.value.codes() == {"role": "user.self_demote"}


def test_new_users_must_change_their_password_first(site):
    user_id = auth.create_user(auth.UserInput("li.na", "李娜", "clerk", "Welcome2026"), by=site.admin)
    actor = auth.login(site.site_id, "li.na", "Welcome2026")
    assert actor.user_id == user_id and auth.password_change_due(by=actor)
    auth.change_password("Welcome2026", "MyOwn2026pw", by=actor)
    assert not auth.password_change_due(by=actor)
    assert not auth.password_change_due(by=site.clerk)
