"""The demo tower: the size the issue asks for, repeatable from its seed, only into an empty database."""
from __future__ import annotations

import pytest

from models import Contact, Floor, Key, Tenant, Unit, User
from services import auth, demo


def _fingerprint():
    return (
        [t.name for t in Tenant.select().order_by(Tenant.id)],
        [(c.name, c.phone) for c in Contact.select().order_by(Contact.id)],
        [str(u.area) for u in Unit.select().order_by(Unit.id)],
        [(k.tag, k.label, k.cabinet, k.hook) for k in Key.select().order_by(Key.id)],
    )


def test_demo_tower_is_full_size_and_repeatable(sqlite_db, tmp_path):
    import models

    result = demo.fill_demo()
    assert (result.floors, result.units, result.tenants) == (30, 300, 150)
    assert Floor.select().count() == 30 and Unit.select().count() == 300
    assert Contact.select().count() >= 150
    assert {u.role for u in User.select()} == {"clerk", "steward", "supervisor", "manager", "engineer", "admin"}
    for username, password in result.passwords.items():
        assert auth.login(result.site_id, username, password).username == username
    first = _fingerprint()
    with pytest.raises(demo.NotEmpty):
        demo.fill_demo()
    models.db.close()
    models.open_database(f"sqlite:///{tmp_path / 'again.db'}")
    models.ensure_schema()
    demo.fill_demo()
    assert _fingerprint() == first
