"""Crashes lose nothing: a desk process is SIGKILLed at random moments while it saves multi-step workflows
(a visitor's check-in with its pass number, a key loan and return on numbered slips, a goods pass with its
items, a payment with its receipt number); after every kill the database passes its integrity check and every
workflow is wholly there or wholly absent: no number without its record, no record without its lines or its
audit entry, no key half lent. On SQLite and on PostgreSQL."""
from __future__ import annotations

import datetime as dt
import os
import random
import signal
import time
from collections import Counter as Tally

import models
from models import AuditEntry, Counter, GoodsItem, GoodsPass, Key, KeyMovement, Visit, db
from models.fees import Payment
from services import goods, keys, payments, visitors
from services.errors import ValidationError
from tests.keyfixtures import key_set, loan, signature_png
from tests.movefixtures import goods as goods_input
from tests.services.visitor_data import visit

KILLS = 40  # per database
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

    return [check_in, key_cycle, goods_pass, payment]


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
    return {"visits": len(visits), "goods_passes": len(passes), "payments": len(paid), "key_movements": len(movements)}


def test_sigkill_at_random_points_loses_nothing(site, database):
    ids = key_set(site)
    site.tenant_id = ids["tenant"]
    url = database
    rng = random.Random(SEED)
    ready_r, ready_w = os.pipe()
    db.close()
    done = {}
    for n in range(KILLS):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            os.close(ready_r)
            _desk(url, site, ids, SEED + n, ready_w)
        assert os.read(ready_r, 1) == b"r"
        time.sleep(rng.uniform(0.005, 0.25))  # somewhere inside a save, most of the time
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        models.open_database(url)  # "restart": a fresh connection, as the next start of the app
        done = _check_whole(site, ids, url)
        db.close()
    os.close(ready_r)
    os.close(ready_w)
    print(f"{KILLS} kills on {url.split(':')[0]}: {done}")
    assert sum(done.values()) > KILLS  # the desks really worked between the kills
