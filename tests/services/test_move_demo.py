"""The demo's moves: move-ins and move-outs in several states, 60 days of passes, and the rules still hold."""
from __future__ import annotations

import datetime as dt

from peewee import fn

from models import GoodsPass, MoveIn, MoveOut, Tenant, Unit
from services import demo, moves
from services.auth import actor_of


def test_demo_has_moves_in_every_state_and_sixty_days_of_passes(sqlite_db):
    result = demo.fill_demo()
    assert (result.move_ins, result.move_outs) == (8, 6) and result.goods_passes > 150
    assert {m.step for m in MoveIn.select()} == {"papers", "registration", "inspection", "acceptance", "handover",
                                                 "done"}
    assert {m.step for m in MoveOut.select()} == {"arrears", "inspection", "keys", "goods", "done"}
    for m in MoveIn.select().where(MoveIn.state == "done"):
        assert m.unit.status == "occupied" and m.completed_at.date() < dt.date.today()
    for m in MoveOut.select().where(MoveOut.state == "done"):
        assert m.unit.status == "vacant" and m.tenant.status == "moved_out"
    first, last = GoodsPass.select(fn.MIN(GoodsPass.valid_on), fn.MAX(GoodsPass.valid_on)).scalar(as_tuple=True)
    assert (dt.date.today() - first).days == 60 and last >= dt.date.today()
    assert {g.state for g in GoodsPass.select()} == {"approved", "used", "voided"}
    numbers = [g.pass_no for g in GoodsPass.select()]
    assert len(numbers) == len(set(numbers))
    from models import User

    clerk = actor_of(User.get(User.username == "clerk"))
    rows = moves.moves_in_progress(by=clerk)
    assert {r.blocker for r in rows} >= {"move.arrears_block", "move.defects_open", "move.paper_missing"}
    assert Tenant.select().where(Tenant.status == "moved_out").count() == 2
    assert Unit.select().where(Unit.status == "vacant").count() > 0
