"""Site settings shared by every desk, and the per-site, per-year numbers."""
from __future__ import annotations

import pytest

from models import AuditEntry
from services import settings
from services.errors import ValidationError
from services.numbering import next_number


def test_defaults_then_stored_values(site):
    values = settings.all_settings(site.site_id)
    assert values["login.max_failures"] == 5 and values["privacy.retention_days"] == 180
    settings.update_settings({"privacy.retention_days": "365", "ui.language": "en"}, by=site.manager)
    assert settings.get(site.site_id, "privacy.retention_days") == 365
    assert settings.get(site.site_id, "ui.language") == "en"
    entry = AuditEntry.get((AuditEntry.entity == "setting") & (AuditEntry.after.contains("retention")))
    assert '"privacy.retention_days": 180' in entry.before


def test_bad_values_are_refused_all_or_nothing(site):
    with pytest.raises(ValidationError) as exc:
        settings.update_settings(
            {"backup.keep": 12, "login.max_failures": "lots", "privacy.retention_days": 1, "ui.language": "fr"},
            by=site.manager,
        )
    assert exc.value.codes() == {
        "login.max_failures": "setting.int", "privacy.retention_days": "setting.range", "ui.language": "setting.choice",
    }
    assert settings.get(site.site_id, "backup.keep") == 30


def test_numbers_count_per_kind_and_year(site):
    assert next_number(site.site_id, "FX", year=2026) == "FX-2026-0001"
    assert next_number(site.site_id, "FX", year=2026) == "FX-2026-0002"
    assert next_number(site.site_id, "ZX", year=2026) == "ZX-2026-0001"
    assert next_number(site.site_id, "FX", year=2027) == "FX-2027-0001"


def test_a_failed_save_does_not_spend_its_number(site):
    from models import db

    with pytest.raises(RuntimeError), db.atomic():
        next_number(site.site_id, "FX", year=2026)
        raise RuntimeError("the save failed")
    assert next_number(site.site_id, "FX", year=2026) == "FX-2026-0001"
