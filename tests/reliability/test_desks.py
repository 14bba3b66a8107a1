"""Several desks on one PostgreSQL server, as real processes each with its own connection: numbers never
duplicate, a key never goes out twice, a room slot is never booked twice, and of two clerks saving the same
record the second is refused with who changed it and when."""
from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import traceback
from collections import Counter as Tally

import pytest

import models
from models import Booking, Key, KeyMovement, Tenant, db
from services import bookings, goods, keys, payments, tenants, visitors
from services.errors import StaleRecord, ValidationError
from services.key_register import KeyInput, create_key
from tests.conftest import _truncate_all, make_site
from tests.keyfixtures import key_set, loan, signature_png
from tests.movefixtures import goods as goods_input
from tests.services.rooms_setup import DAY, NOW, booking, make_rooms
from tests.services.visitor_data import visit

DESKS = 4
ROUNDS = 15
FORK = mp.get_context("fork")  # each desk a real process; it opens its own connection after the fork


@pytest.fixture
def pg_site(pg_url, password_hash):
    models.open_database(pg_url)
    _truncate_all()
    site = make_site(password_hash)
    yield site
    db.close()


def _run_desks(url: str, job, args_of) -> list:
    """Start DESKS processes running job(desk_no, barrier, *args); return what each sent back (or raise)."""
    db.close()
    barrier = FORK.Barrier(DESKS)
    results = FORK.Queue()

    def main(n: int) -> None:
        try:
            models.open_database(url)
            results.put((n, job(n, barrier, *args_of(n))))
        except BaseException:  # noqa: BLE001 - sent back to the test, which fails on it
            results.put((n, traceback.format_exc()))
        finally:
            db.close()

    procs = [FORK.Process(target=main, args=(n,)) for n in range(DESKS)]
    for p in procs:
        p.start()
    got = dict(results.get(timeout=240) for _ in procs)
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    models.open_database(url)
    for n, value in got.items():
        assert not isinstance(value, str), f"desk {n} failed:\n{value}"
    return [got[n] for n in range(DESKS)]


def _numbers_job(n, barrier, site, key_id):
    sig = signature_png()
    taken: dict[str, list[str]] = {"visit": [], "goods": [], "receipt": [], "slip": []}
    barrier.wait()
    for i in range(ROUNDS):
        taken["visit"].append(visitors.check_in(visit(site, name=f"访客{n}{i}"), by=site.clerk).pass_no)
        taken["goods"].append(goods.issue_pass(goods_input(tenant_id=site.tenant_id), by=site.clerk))
        taken["receipt"].append(payments.take_payment(
            payments.PaymentInput(site.tenant_id, "100.00", "cash"), by=site.clerk).receipt_no)
        taken["slip"].append(keys.lend_keys([key_id], loan(), by=site.clerk))
        taken["slip"].append(keys.return_keys([key_id], keys.ReturnInput(person="张师傅", signature=sig),
                                              by=site.clerk))
    return taken


def test_numbers_never_duplicate_across_desk_processes(pg_site, pg_url):
    ids = key_set(pg_site)
    pg_site.tenant_id = ids["tenant"]
    own_keys = [create_key(KeyInput(f"12F-1203 门钥匙 {n}", "vacant_unit", "12F-1203", "", 1, "C", f"{n:03d}"),
                           by=pg_site.supervisor) for n in range(DESKS)]
    results = _run_desks(pg_url, _numbers_job, lambda n: (pg_site, own_keys[n]))
    year = dt.date.today().year
    for kind, prefix in (("goods", "FX"), ("receipt", "SF"), ("slip", "YS")):
        every = [no for r in results for no in r[kind]]
        assert len(every) == len(set(every)), kind
        assert sorted(every) == [f"{prefix}-{year}-{i:04d}" for i in range(1, len(every) + 1)]
    passes = [no for r in results for no in r["visit"]]
    assert len(passes) == len(set(passes)) == DESKS * ROUNDS
    # Each desk's own numbers rise: a desk never got a number another desk had already used.
    assert all(r[kind] == sorted(r[kind]) for r in results for kind in r)
    total = sum(len(v) for r in results for v in r.values())
    assert total == DESKS * ROUNDS * 5
    print(f"{DESKS} desks x {ROUNDS} rounds: {total} numbered saves, no duplicate")


def _one_key_job(n, barrier, site, key_id):
    sig = signature_png()
    won = []
    for round_no in range(ROUNDS):
        barrier.wait()  # all desks lend the same key at the same moment
        lent = False
        try:
            keys.lend_keys([key_id], loan(borrower=f"借用人{n}"), by=site.clerk)
            lent = True
            won.append(round_no)
        except ValidationError as exc:
            assert exc.problems[0].field == "keys"
        barrier.wait()  # every desk has tried before the key comes back
        if lent:
            keys.return_keys([key_id], keys.ReturnInput(person=f"借用人{n}", signature=sig), by=site.clerk)
    return won


def test_a_key_never_goes_to_two_desks(pg_site, pg_url):
    ids = key_set(pg_site)
    results = _run_desks(pg_url, _one_key_job, lambda n: (pg_site, ids["vacant"]))
    rounds = sorted(r for won in results for r in won)
    assert rounds == list(range(ROUNDS))  # exactly one desk lent it each round
    kinds = [m.kind for m in KeyMovement.select().where(KeyMovement.key == ids["vacant"]).order_by(KeyMovement.id)]
    assert kinds == ["lend", "return"] * ROUNDS  # never lent while out
    assert Key.get_by_id(ids["vacant"]).state == "in"
    print(f"{DESKS} desks x {ROUNDS} rounds: {DESKS * ROUNDS} simultaneous loans of one key, {ROUNDS} lent")


def _slot_job(n, barrier, site, room_id):
    won = []
    actor = (site.clerk, site.steward, site.supervisor, site.manager)[n]
    for round_no in range(ROUNDS):
        start = dt.time(8 + round_no % 10, 0)
        day = DAY + dt.timedelta(days=round_no // 10)
        data = booking(room_id, start.isoformat("minutes"), dt.time(start.hour, 45).isoformat("minutes"), day=day,
                       organiser=f"组织者{n}")
        barrier.wait()
        try:
            won.append((round_no, bookings.create_booking(data, by=actor, at=NOW).numbers[0]))
        except ValidationError as exc:
            assert exc.problems[0].code == "room.clash"
    return won


def test_a_room_slot_is_never_booked_twice(pg_site, pg_url):
    rooms = make_rooms(pg_site)
    results = _run_desks(pg_url, _slot_job, lambda n: (pg_site, rooms["mid"]))
    won = sorted(w for r in results for w in r)
    assert [w[0] for w in won] == list(range(ROUNDS))
    assert Booking.select().where(Booking.room == rooms["mid"]).count() == ROUNDS
    print(f"{DESKS} desks x {ROUNDS} rounds: {DESKS * ROUNDS} simultaneous bookings of one slot, {ROUNDS} booked")


def _stale_job(n, barrier, site, tenant_id):
    actor = (site.clerk, site.steward, site.supervisor, site.manager)[n]
    outcomes = []
    for round_no in range(ROUNDS):
        opened = tenants.get_tenant(tenant_id, by=actor)  # every desk opens the record ...
        barrier.wait()  # ... then all save what they typed at once
        data = tenants.TenantInput(name=f"深圳市云帆科技有限公司{round_no}-{n}")
        try:
            tenants.update_tenant(tenant_id, data, version=opened.version, by=actor)
            outcomes.append(("saved", round_no, actor.username, None))
        except StaleRecord as exc:
            outcomes.append(("stale", round_no, exc.changed_by, exc.changed_at))
        barrier.wait()
    return outcomes


def test_two_clerks_saving_one_record_the_later_is_told_who_and_when(pg_site, pg_url):
    tenant_id = tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司"), by=pg_site.clerk)
    results = _run_desks(pg_url, _stale_job, lambda n: (pg_site, tenant_id))
    for round_no in range(ROUNDS):
        this = [o for r in results for o in r if o[1] == round_no]
        saved = [o for o in this if o[0] == "saved"]
        stale = [o for o in this if o[0] == "stale"]
        assert len(saved) == 1 and len(stale) == DESKS - 1
        winner = saved[0][2]
        assert all(o[2] == winner and o[3] is not None for o in stale)  # who, and when
    tenant = Tenant.get_by_id(tenant_id)
    assert tenant.version == 1 + ROUNDS
    assert Tally(o[0] for r in results for o in r) == {"saved": ROUNDS, "stale": ROUNDS * (DESKS - 1)}


PERMIT_ROUNDS = 5


def _fees_paid(site, tenant_id: int, unit_code: str) -> int:
    """A fit-out taken to the step before its permit."""
    from services import fitout
    from tests.services.fitout_fixtures import TO_APPROVAL, application, walk

    fid = fitout.create_fitout(application(tenant_id, unit_code=unit_code), by=site.clerk)
    walk(site, fid, TO_APPROVAL + [("approve", "manager")])
    fitout.receive_deposit(fid, by=site.clerk)
    payments.take_payment(payments.PaymentInput(tenant_id, str(fitout.get_fitout(fid, by=site.clerk).debris_fee),
                                                "cash"), by=site.clerk)
    walk(site, fid, [("confirm_fees", "clerk")])
    return fid


def _permit_job(n, barrier, site, fitout_ids):
    from services import fitout

    numbers = []
    for fid in fitout_ids:
        version = fitout.get_fitout(fid, by=site.clerk).version
        barrier.wait()  # the four desks issue a permit at the same moment
        fitout.transition(fid, version, "issue_permit", by=site.clerk, today=dt.date(2026, 11, 24))
        numbers.append(fitout.get_fitout(fid, by=site.clerk).permit_no)
    return numbers


def test_fitout_permit_numbers_never_duplicate(pg_site, pg_url):
    from services import building

    building.generate_units(building.GenerateInput(20, 21 + DESKS * PERMIT_ROUNDS // 3, 3, "120.5"),
                            by=pg_site.supervisor)
    units = [u.code for u in models.Unit.select().order_by(models.Unit.code)][:DESKS * PERMIT_ROUNDS]
    tenant_id = tenants.create_tenant(tenants.TenantInput(name="深圳市前海华匠科技有限公司", units=units),
                                      by=pg_site.clerk)
    ready = [_fees_paid(pg_site, tenant_id, code) for code in units]
    results = _run_desks(pg_url, _permit_job,
                         lambda n: (pg_site, ready[n * PERMIT_ROUNDS:(n + 1) * PERMIT_ROUNDS]))
    every = [no for r in results for no in r]
    assert sorted(every) == [f"XK-2026-{i:04d}" for i in range(1, DESKS * PERMIT_ROUNDS + 1)]
    print(f"{DESKS} desks x {PERMIT_ROUNDS} simultaneous permits: {len(every)} numbers, no duplicate")
