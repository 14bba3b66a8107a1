"""Accounts: the site's lock-out and password settings are the ones enforced, and lock-outs are on record."""
from __future__ import annotations

import pytest

from models import AuditEntry, User
from services import auth, settings
from services.errors import LoginRefused, ValidationError
from tests.conftest import PASSWORD


def test_the_sites_failure_limit_locks_and_is_audited(site):
    settings.update_settings({"login.max_failures": 3, "login.lock_minutes": 30}, by=site.manager)
    for left in (2, 1):
        with pytest.raises(LoginRefused) as exc:
            auth.login(site.site_id, "steward", "Wrong2026x")
        assert exc.value.attempts_left == left
    with pytest.raises(LoginRefused) as exc:
        auth.login(site.site_id, "steward", "Wrong2026x")
    assert exc.value.code == "locked"
    user = User.get(User.username == "steward")
    assert user.locked_until is not None and 29 * 60 <= (user.locked_until - auth.now()).total_seconds() <= 30 * 60
    assert AuditEntry.select().where((AuditEntry.action == "locked") & (AuditEntry.record_id == user.id)).count() == 1
    with pytest.raises(LoginRefused):
        auth.login(site.site_id, "steward", PASSWORD)
    # The admin unlocks it; the right password works at once.
    auth.unlock_user(user.id, by=site.admin)
    assert auth.login(site.site_id, "steward", PASSWORD).username == "steward"


@pytest.mark.parametrize("password, code", [("Ab1", "password.short"), ("abcdefghij", "password.weak"),
                                            ("1234567890", "password.weak"), ("Desk2026", "password.short")])
def test_password_rules_hold_for_new_users_and_follow_the_sites_minimum(site, password, code):
    settings.update_settings({"password.min_length": 10}, by=site.manager)
    with pytest.raises(ValidationError) as exc:
        auth.create_user(auth.UserInput("newclerk", "新同事", "clerk", password), by=site.admin)
    assert exc.value.codes() == {"password": code}
    assert not User.select().where(User.username == "newclerk").exists()
    with pytest.raises(ValidationError) as exc:
        auth.change_password(PASSWORD, password, by=site.clerk)
    assert exc.value.codes() == {"new": code}
    auth.create_user(auth.UserInput("newclerk", "新同事", "clerk", "Desk2026ok"), by=site.admin)
    assert User.get(User.username == "newclerk").password_hash.startswith("$argon2id$")
