"""First-run set-up is one step: the site, its admin and its units land together or not at all."""
from __future__ import annotations

import pytest

from models import AuditEntry, Site, Unit, User
from services import auth, building
from services.auth import UserInput
from services.errors import ValidationError
from services.site import SetupInput, SiteInput, needs_setup, set_up_site


def _setup(**over) -> SetupInput:
    data = SetupInput(SiteInput("深圳湾创新中心", "科苑南路 2888 号", "0755-86001234"),
                      UserInput("admin", "管理员", "admin", "Admin2026x"))
    for key, value in over.items():
        setattr(data, key, value)
    return data


def test_set_up_site_with_generated_units(database):
    assert needs_setup()
    site_id = set_up_site(_setup(generate=building.GenerateInput(1, 2, 3, "150")))
    assert not needs_setup()
    assert Unit.select().where(Unit.site == site_id).count() == 6
    assert auth.login(site_id, "admin", "Admin2026x").role == "admin"
    assert AuditEntry.select().where(AuditEntry.entity == "unit").count() == 6


def test_a_refused_part_leaves_nothing(database):
    with pytest.raises(ValidationError) as exc:
        set_up_site(_setup(generate=building.GenerateInput(5, 2, 3, "150")))
    assert exc.value.codes() == {"last_floor": "unit.floor_range"}
    with pytest.raises(ValidationError) as exc:
        set_up_site(_setup(admin=UserInput("admin", "管理员", "admin", "short")))
    assert exc.value.codes() == {"password": "password.short"}
    with pytest.raises(ValidationError) as exc:
        set_up_site(_setup(site=SiteInput(" ", timezone="Mars/Base", logo=b"GIF89a")))
    assert exc.value.codes() == {"name": "required", "timezone": "site.timezone", "logo": "site.logo_format"}
    assert (Site.select().count(), User.select().count(), Unit.select().count(), AuditEntry.select().count()) == (
        0, 0, 0, 0)


def test_set_up_site_from_a_sheet_with_a_preview_first(database, tmp_path):
    sheet = tmp_path / "units.csv"
    sheet.write_text("单元号,楼层,面积\n3F-301,3F,88\n3F-302,3F,abc\n", encoding="utf-8-sig")
    preview = building.preview_units(sheet)
    assert preview.accepted == [(2, "3F-301")]
    assert [(r.row, r.unit, r.code) for r in preview.refused] == [(3, "3F-302", "unit.area")]
    site_id = set_up_site(_setup(sheet=sheet))
    assert [u.code for u in Unit.select().where(Unit.site == site_id)] == ["3F-301"]
