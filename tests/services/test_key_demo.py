"""The demo's keys: about 1,500 in cabinets, 60 days of movements, some out, overdue and lost — consistent
with the rules the services keep (on SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt

import pytest
from peewee import fn

from models import Key, KeyMovement, KeyRing, now
from services import demo, keys
from services.access import Actor
from services.errors import ValidationError
from tests.keyfixtures import loan


def test_demo_keys_are_many_consistent_and_lendable(database):
    result = demo.fill_demo()
    assert 1400 <= result.keys == Key.select().count() <= 1600
    assert result.key_movements == KeyMovement.select().count() > 1500
    kinds = dict(Key.select(Key.kind, fn.COUNT(Key.id)).group_by(Key.kind).tuples())
    assert set(kinds) == {"unit_door", "vacant_unit", "mailbox", "plant_room", "master"}
    # Every hook holds one key; tags are unique and carry no unit.
    assert Key.select(Key.cabinet, Key.hook).distinct().count() == result.keys
    assert all("F-" not in k.tag for k in Key.select(Key.tag))
    # Out keys point at the movement that took them out; every return ends an earlier loan of the same key.
    out = Key.select().where(Key.state.in_(("issued", "lent")))
    assert out.count() > 500 and out.where(Key.out_movement.is_null()).count() == 0
    for m in KeyMovement.select().where(KeyMovement.kind == "return").limit(50):
        opened = KeyMovement.get_by_id(m.closes)
        assert opened.key_id == m.key_id and opened.kind == "lend" and opened.at <= m.at
    first = KeyMovement.select(fn.MIN(KeyMovement.at)).where(KeyMovement.kind == "lend").scalar()
    assert now() - first >= dt.timedelta(days=59)
    moment = now()
    rows = keys.keys_out_now(result.site_id)
    overdue = [r for r in rows if r.overdue(moment)]
    lent = [r for r in rows if r.state == "lent"]
    assert len(overdue) >= 2 and len(lent) - len(overdue) >= 10
    assert Key.select().where(Key.state == "lost").count() >= 2
    assert KeyRing.select().count() >= 250
    # The demo data keeps the rules: a key out cannot go out again.
    clerk = Actor(1, "admin", "系统管理员", "admin", result.site_id)
    with pytest.raises(ValidationError) as exc:
        keys.lend_keys([lent[0].key_id], loan(), by=clerk)
    assert exc.value.code == "key.state_lent"
    figures = keys.key_figures(by=clerk)
    assert figures.overdue == len(overdue) and figures.lent == len(lent) and figures.keys == result.keys
