"""The permission check refuses in the service layer and leaves a record of the refusal."""
from __future__ import annotations

import pytest

from models import AuditEntry
from services import settings
from services.access import PERMISSIONS, ROLES, allowed, require
from services.errors import PermissionDenied


def test_every_action_names_known_roles():
    for action, roles in PERMISSIONS.items():
        assert roles, action
        assert roles <= set(ROLES), action


def test_clerk_calling_a_manager_only_service_is_refused_there(site):
    with pytest.raises(PermissionDenied) as exc:
        settings.update_settings({"backup.keep": 10}, by=site.clerk)
    assert exc.value.action == "settings.edit"
    assert settings.get(site.site_id, "backup.keep") == 30
    entry = AuditEntry.get(AuditEntry.action == "denied")
    assert (entry.username, entry.note) == ("clerk", "settings.edit")
    settings.update_settings({"backup.keep": 10}, by=site.manager)
    assert settings.get(site.site_id, "backup.keep") == 10


def test_allowed_matches_require(site):
    for actor in site.by_role.values():
        if allowed(actor, "audit.view"):
            require(actor, "audit.view")
        else:
            with pytest.raises(PermissionDenied):
                require(actor, "audit.view")
    assert {r for r in ROLES if allowed(site.by_role[r], "identity.reveal")} == {"supervisor", "manager", "admin"}


def test_unknown_action_is_a_programming_error(site):
    with pytest.raises(KeyError):
        require(site.admin, "no.such.action")
