"""Many visits at once, for the demo's two months and the benchmark's five years: rows made fast, inserted in bulk.

One generator, two sinks: `insert_visits` through the app's connection (demo), and the benchmark's raw sqlite3.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from services.identity import mask_id

# The columns written, in the order the generated tuples hold them.
COLUMNS = (
    "site_id", "version", "created_at", "updated_at", "pass_no", "day", "name", "id_type", "id_number", "id_masked",
    "phone", "phone_tail", "company", "host_tenant_id", "host_name", "host_unit", "host_floor", "host_person",
    "purpose", "party_size", "plate", "checked_in_at", "valid_until", "checked_in_by", "status", "signed_out_at",
    "sign_out_kind", "void_reason", "prereg", "watch_hit", "let_through_by", "purged",
)
PURPOSES = ("商务洽谈", "面试", "送货", "开会", "拜访", "维修", "快递", "培训", "签合同", "参观")
PROVINCES = "粤京沪浙苏湘鄂川闽"


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str
    phone: str
    company: str


@dataclass(frozen=True)
class Host:
    tenant_id: int
    name: str
    unit: str
    floor: str
    person: str


def people(count: int, seed: int) -> list[Person]:
    """A pool of visitors (Faker is slow per call: made once, then drawn from)."""
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return [Person(fake.name(), fake.ssn(), fake.phone_number(), fake.company()) for _ in range(count)]


def hosts(site_id: int) -> list[Host]:
    """Every unit held by an active tenant, with the tenant's primary contact as the person visited."""
    from peewee import JOIN, fn

    from models import Contact, Floor, Tenant, TenantUnit, Unit

    query = (Tenant.select(Tenant.id, Tenant.name, Unit.code, Floor.name, fn.MIN(Contact.name))
             .join(TenantUnit).join(Unit).join(Floor).switch(Tenant)
             .join(Contact, JOIN.LEFT_OUTER, on=(Contact.tenant == Tenant.id) & Contact.is_primary & Contact.active)
             .where((Tenant.site == site_id) & (Tenant.status == "active") & TenantUnit.until.is_null())
             .group_by(Tenant.id, Tenant.name, Unit.code, Floor.name).order_by(Unit.code))
    return [Host(t_id, name, code, floor, person or "") for t_id, name, code, floor, person in query.tuples()]


def _masked(pool: Sequence[Person]) -> dict[str, str]:
    return {p.id_number: mask_id(p.id_number) for p in pool}


def visit_rows(rng: random.Random, *, site_id: int, days: Iterable[dt.date], per_day: int, pool: Sequence[Person],
               hosts: Sequence[Host], clerk_id: int | None, until: dt.datetime, closing_hour: int = 22
               ) -> Iterator[tuple]:
    """Visits of each day from 08:00 on, numbered FK-YYYYMMDD-NNNN in check-in order; signed out unless recent."""
    masked = _masked(pool)
    for day in days:
        count = max(1, int(per_day * rng.uniform(0.7, 1.3))) if day.weekday() < 5 else per_day // 5
        start = dt.datetime.combine(day, dt.time(8))
        minutes = sorted(rng.randrange(0, 11 * 60) for _ in range(count))
        closing_text = dt.datetime.combine(day, dt.time(closing_hour)).isoformat(" ")
        day_text = day.isoformat()
        for n, minute in enumerate(minutes, 1):
            at = start + dt.timedelta(minutes=minute, seconds=rng.randrange(60))
            if at > until:
                break
            person = rng.choice(pool)
            host = rng.choice(hosts)
            out = at + dt.timedelta(minutes=rng.randrange(20, 240))
            inside = out > until
            # Now and then a pass nobody signed out in the last days: the closing-time list shows it.
            forgotten = (until.date() - day).days <= 2 and rng.random() < 0.003
            plate = f"{rng.choice(PROVINCES)}{rng.choice('ABCDE')}{rng.randrange(10000, 99999)}" if rng.random() < .15 \
                else ""
            # Text as peewee stores it: the driver's date adapters would cost more than the rest of the row.
            stamp = at.isoformat(" ")
            yield (
                site_id, 1, stamp, stamp, f"FK-{day:%Y%m%d}-{n:04d}", day_text, person.name, "身份证", person.id_number,
                masked[person.id_number], person.phone, person.phone[-4:], person.company, host.tenant_id,
                host.name, host.unit, host.floor, host.person, rng.choice(PURPOSES), rng.choice((1, 1, 1, 2, 3)),
                plate, stamp, closing_text, clerk_id, "in" if inside or forgotten else "out",
                None if inside or forgotten else out.isoformat(" "),
                "" if inside or forgotten else "desk", "", None, False, None, False,
            )


def insert_visits(rows: Iterable[tuple], *, batch: int = 5000) -> int:
    """Write generated visits through the app's connection, in big executemany batches in one transaction."""
    from models import db

    sql = 'INSERT INTO "visit" ({}) VALUES ({})'.format(
        ", ".join(f'"{c}"' for c in COLUMNS), ", ".join([db.obj.param] * len(COLUMNS)))
    total = 0
    chunk: list[tuple] = []
    with db.atomic():
        cursor = db.cursor()
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                cursor.executemany(sql, chunk)
                total += len(chunk)
                chunk = []
        if chunk:
            cursor.executemany(sql, chunk)
            total += len(chunk)
    return total
