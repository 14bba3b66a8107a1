"""Crashes lose nothing: a desk process is SIGKILLed at random moments while it saves multi-step workflows
(a visitor's check-in with its pass number, a key loan and return on numbered slips, a goods pass with its
items, a payment with its receipt number, a fit-out application walked step by step to its permit); after
every kill the database passes its integrity check and every workflow is wholly there or wholly absent: no
number without its record, no record without its lines or its audit entry, no key half lent, no fit-out step
half taken. On SQLite and on PostgreSQL."""
from __future__ import annotations

import datetime as dt
import os
import random
import signal
import time
from collections import Counter as Tally

import models
from models import (
    AuditEntry,
    Counter,
    Fitout,
    FitoutStep,
    GoodsItem,
    GoodsPass,
    Key,
    KeyMovement,
    TenantUnit,
    Unit,
    Visit,
    db,
)
from models.fees import Payment
from services import fitout, goods, keys, payments, visitors
from services.errors import ValidationError
from tests.keyfixtures import key_set, loan, signature_png
from tests.movefixtures import goods as goods_input
from tests.services.fitout_fixtures import application
from tests.services.visitor_data import visit

KILLS = 30  # per database
# From the application to the permit: the step each state takes next, and who takes it.
FITOUT_PATH = {"draft": ("submit", "clerk"), "submitted": ("start_review", "clerk"),
               "desk_review": ("pass_desk", "clerk"), "drawing_review": ("pass_drawings", "engineer"),
               "manager_approval": ("approve", "manager"), "approved": ("confirm_fees", "clerk"),
               "fees_paid": ("issue_permit", "clerk")}
SEED = 20261124


def _workflows(site, ids):
    sig = signature_png()

    def check_in(rng):
        visitors.check_in(visit(site, name=rng.choice(["张伟", "李娜", "王芳"])), by=site.clerk)

    def key_cycle(rng):
        key_id = ids[rng.choice(["door", "vacant"])]
        if Key.get_by_id(key_id).state == "in":
            keys.lend_keys([key_id], loan(), by=site.clerk)
        else:
            keys.return_keys([key_id], keys.ReturnInput(person="张师傅", signature=sig), by=site.clerk)

    def goods_pass(rng):
        goods.issue_pass(goods_input(tenant_id=ids["tenant"]), by=site.clerk)

    def payment(rng):
        payments.take_payment(payments.PaymentInput(ids["tenant"], f"{rng.randint(1, 999)}.50", "cash"),
                              by=site.clerk)

    def fitout_permit(rng):
        """The next save of a fit-out on its way to the permit (each step one save), or a new application."""
        f = Fitout.select().where((Fitout.tenant == ids["fitter"]) & (Fitout.state != "permit_issued")).first()
        if f is None:
            taken = Fitout.select(Fitout.unit)
            unit = (Unit.select().join(TenantUnit).where((TenantUnit.tenant == ids["fitter"])
                                                         & Unit.id.not_in(taken)).order_by(Unit.code).first())
            if unit is not None:
                fitout.create_fitout(application(ids["fitter"], unit_code=unit.code), by=site.clerk)
            return
        if f.state == "approved":
            if f.deposit_entry_id is None:
                fitout.receive_deposit(f.id, by=site.clerk)
                return
            payments.take_payment(payments.PaymentInput(ids["fitter"], str(f.debris_fee), "cash"), by=site.clerk)
        action, role = FITOUT_PATH[f.state]
        fitout.transition(f.id, f.version, action, by=site.by_role[role], today=dt.date(2026, 11, 24))

    return [check_in, key_cycle, goods_pass, payment, fitout_permit]


def _desk(url: str, site, ids, seed: int, ready_w: int) -> None:
    """The child: a desk saving workflows as fast as it can until it is killed."""
    try:
        db.close()
        models.open_database(url)
        rng = random.Random(seed)
        flows = _workflows(site, ids)
        os.write(ready_w, b"r")
        while True:
            try:
                rng.choice(flows)(rng)
            except ValidationError:
                pass
            os.write(ready_w, b".")  # one more save done: the test kills after a random number of them
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        os._exit(3)


def _check_whole(site, ids, url: str) -> dict[str, int]:
    """The database's own integrity check, then every workflow wholly before or after."""
    if url.startswith("sqlite"):
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    else:  # PostgreSQL's own check: every B-tree index of the schema against its table (amcheck)
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS amcheck")
        indexes = db.execute_sql(
            "SELECT c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public'"
        ).fetchall()
        assert indexes
        for (oid,) in indexes:
            db.execute_sql("SELECT bt_index_check(%s, true)", (oid,))
    counters = {(c.kind, c.year): c.last for c in Counter.select().where(Counter.site == site.site_id)}
    audits = Tally((a.entity, a.action) for a in AuditEntry.select(AuditEntry.entity, AuditEntry.action))
    # Visitor passes: every number taken belongs to a visit, with its check-in in the audit trail.
    visits = list(Visit.select(Visit.pass_no, Visit.day))
    for (kind, year), last in counters.items():
        if kind == visitors.PASS_KIND:
            taken = sorted(v.pass_no for v in visits if v.pass_no.startswith(f"FK-{year}-"))
            assert taken == [f"FK-{year}-{n:04d}" for n in range(1, last + 1)]
    assert audits[("visit", "check_in")] == len(visits)
    # Goods passes: numbered without a gap, each with both its items and its audit entry.
    passes = list(GoodsPass.select())
    year = dt.date.today().year
    assert sorted(p.pass_no for p in passes) == [f"FX-{year}-{n:04d}" for n in range(1, counters.get(("FX", year), 0)
                                                                                    + 1)]
    items = Tally(i.goods_pass_id for i in GoodsItem.select())
    assert all(items[p.id] == 2 for p in passes)
    assert audits[("goods_pass", "issue")] == len(passes)
    # Payments: every receipt number has its payment and audit entry.
    paid = list(Payment.select())
    assert sorted(p.receipt_no for p in paid) == [f"SF-{year}-{n:04d}" for n in range(1, counters.get(("SF", year), 0)
                                                                                  + 1)]
    assert audits[("payment", "create")] == len(paid)
    # Keys: each slip number has its movements; a key's state agrees with its open loan; every movement audited.
    movements = list(KeyMovement.select().order_by(KeyMovement.id))
    slips = {m.slip_no for m in movements}
    assert sorted(slips) == [f"YS-{year}-{n:04d}" for n in range(1, counters.get(("YS", year), 0) + 1)]
    assert audits[("key", "lend")] + audits[("key", "return")] == len(movements)
    for name in ("door", "mailbox", "vacant"):
        key = Key.get_by_id(ids[name])
        own = [m for m in movements if m.key_id == key.id]
        if key.state == "lent":
            assert own and own[-1].kind == "lend" and key.out_movement == own[-1].id
        else:
            assert key.state == "in" and key.out_movement is None and (not own or own[-1].kind == "return")
    # Fit-outs: every step wholly taken (state, step line, audit entry together); a permit number exactly where the
    # permit step was taken, with the unit fitting out; numbers without a gap.
    fits = list(Fitout.select())
    steps = list(FitoutStep.select().order_by(FitoutStep.id))
    for f in fits:
        own = [st for st in steps if st.fitout_id == f.id]
        assert f.state == (own[-1].to_state if own else "draft")
        issued = any(st.action == "issue_permit" for st in own)
        assert bool(f.permit_no) == issued
        assert (Unit.get_by_id(f.unit_id).status == "fitting_out") == issued
        assert f.version == len(own)  # the application (its "create" step) then one version a step
    assert sum(audits[("fitout", a)] for a in {st.action for st in steps}) == len(steps)
    assert sorted(f.number for f in fits) == [f"ZX-{year}-{n:04d}" for n in range(1, counters.get(("ZX", year), 0) + 1)]
    permits = sorted(f.permit_no for f in fits if f.permit_no)
    assert permits == [f"XK-2026-{n:04d}" for n in range(1, counters.get(("XK", 2026), 0) + 1)]
    return {"visits": len(visits), "goods_passes": len(passes), "payments": len(paid), "key_movements": len(movements),
            "fitout_steps": len(steps), "permits": len(permits)}


def test_sigkill_at_random_points_loses_nothing(site, database):
    ids = key_set(site)
    site.tenant_id = ids["tenant"]
    from services import building, tenants

    building.generate_units(building.GenerateInput(20, 59, 3, "120.5"), by=site.supervisor)
    units = [u.code for u in Unit.select().where(Unit.code.startswith("2") | Unit.code.startswith("3")
                                                   | Unit.code.startswith("4") | Unit.code.startswith("5"))]
    ids["fitter"] = tenants.create_tenant(tenants.TenantInput(name="深圳市前海华匠科技有限公司", units=units),
                                          by=site.clerk)
    url = database
    rng = random.Random(SEED)
    db.close()
    done = {}
    for n in range(KILLS):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            os.close(ready_r)
            _desk(url, site, ids, SEED + n, ready_w)
        os.close(ready_w)
        assert os.read(ready_r, 1) == b"r"
        for _ in range(rng.randint(0, 3)):  # let it finish a few saves whatever the machine's load ...
            assert os.read(ready_r, 1) == b"."
        time.sleep(rng.uniform(0, 0.15))  # ... then somewhere inside the next one, most of the time
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(ready_r)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        models.open_database(url)  # "restart": a fresh connection, as the next start of the app
        done = _check_whole(site, ids, url)
        db.close()
    print(f"{KILLS} kills on {url.split(':')[0]}: {done}")
    assert sum(done.values()) > KILLS  # the desks really worked between the kills
