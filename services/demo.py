"""A realistic demo tower, seeded and repeatable: floors, units, tenants with contacts and papers, staff."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from faker import Faker

from models import Site, User
from services import building, tenants
from services.access import ROLES, Actor
from services.auth import UserInput, actor_of, create_user
from services.demo_requests import fill_requests
from services.identity import credit_code_check_char
from services.site import SetupInput, SiteInput, set_up_site
from services.tenants import ContactInput, DocumentInput, TenantInput

SEED = 2026
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
STAFF = {
    "admin": ("admin", "系统管理员"),
    "manager": ("manager", "陈经理"),
    "supervisor": ("supervisor", "刘主管"),
    "clerk": ("clerk", "王小丽"),
    "steward": ("steward", "赵管家"),
    "engineer": ("engineer", "孙工"),
}
CONTACT_ROLES = ("行政经理", "前台", "财务", "总经理助理", "IT 主管", "办公室主任")
INDUSTRIES = ("科技", "信息技术", "贸易", "咨询", "投资", "网络科技", "电子商务", "文化传媒", "律师事务所", "设计")


@dataclass(frozen=True)
class DemoResult:
    site_id: int
    passwords: dict[str, str]
    floors: int
    units: int
    tenants: int
    keys: int = 0
    key_movements: int = 0
    visits: int = 0
    preregs: int = 0
    watchlist: int = 0
    requests: int = 0
    rooms: int = 0
    bookings: int = 0
    bills: int = 0
    payments: int = 0
    move_ins: int = 0
    move_outs: int = 0
    goods_passes: int = 0
    fitouts: int = 0
    worker_passes: int = 0
    notices: int = 0
    service_orders: int = 0
    tenant_visits: int = 0
    contractors: int = 0
    contractor_inspections: int = 0
    mail_items: int = 0
    loans: int = 0
    lobby_checks: int = 0
    duty_logs: int = 0
    survey_sheets: int = 0


class NotEmpty(Exception):
    """The database already holds a site: the demo only fills an empty one."""


def demo_password(role: str) -> str:
    return f"{role}2026"


def _credit_code(rng: random.Random) -> str:
    body = "91" + "440305" + "".join(rng.choice(USCC_CHARS) for _ in range(9))
    return body + credit_code_check_char(body)


def _company(fake: Faker, rng: random.Random, used: set[str]) -> str:
    while True:
        city = rng.choice(("深圳市", "深圳", "广东", "深圳前海"))
        name = f"{city}{fake.company_prefix()}{rng.choice(INDUSTRIES)}有限公司"
        if name not in used:
            used.add(name)
            return name


def fill_demo(seed: int = SEED) -> DemoResult:
    """Fill an empty database with the demo tower; raise NotEmpty if a site exists."""
    if Site.select().exists():
        raise NotEmpty()
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    site_id = set_up_site(SetupInput(
        site=SiteInput(name="深圳湾创新中心 A 座", address="深圳市南山区科苑南路 2888 号", phone="0755-86001234"),
        admin=UserInput("admin", STAFF["admin"][1], "admin", demo_password("admin")),
    ))
    admin = actor_of(User.get((User.site == site_id) & (User.username == "admin")))
    passwords = {"admin": demo_password("admin")}
    for role in ROLES:
        if role == "admin":
            continue
        username, full_name = STAFF[role]
        create_user(UserInput(username, full_name, role, demo_password(role)), by=admin)
        passwords[username] = demo_password(role)
    # Demo users need not change their password at first login.
    User.update(must_change_password=False).where(User.site == site_id).execute()

    supervisor = Actor(admin.user_id, admin.username, admin.full_name, "admin", site_id)
    building.generate_units(building.GenerateInput(-2, -1, 10, "260"), by=supervisor)
    building.generate_units(building.GenerateInput(1, 28, 10, "120"), by=supervisor)
    _vary_areas(rng, site_id)
    office_units = [r.code for r in building.search_units(by=supervisor, page_size=1000).items if r.level > 1]
    tenant_count = _tenants(fake, rng, supervisor, office_units)
    floors = len(building.floors(by=supervisor))
    from services.key_demo import fill_keys

    key_count, movements = fill_keys(site_id, supervisor, seed)
    from services.move_demo import fill_moves

    moves = fill_moves(site_id, seed)
    from models import KeyMovement

    # The moves hand keys over and take them back through the register: count every movement.
    movements = KeyMovement.select().where(KeyMovement.site == site_id).count()
    visits, preregs, barred = _visitors(rng, supervisor, seed)
    staff = {role: actor_of(User.get((User.site == site_id) & (User.username == STAFF[role][0]))) for role in STAFF}
    request_count = fill_requests(rng, site_id, staff)
    from services.demo_rooms import fill_rooms

    rooms = fill_rooms(supervisor, seed)
    from services.demo_fees import fill_fees

    money = fill_fees(rng, site_id, dt.date.today())
    from services.demo_fitout import fill_fitouts

    fit = fill_fitouts(rng, site_id, staff, dt.date.today(), seed)
    from services.demo_contractors import fill_contractors

    outsourced = fill_contractors(rng, site_id, staff, dt.date.today())
    from services.demo_desk import fill_desk_services

    desk = fill_desk_services(random.Random(seed + 14), site_id, staff, dt.date.today())
    from services.demo_frontdesk import fill_frontdesk

    lobby = fill_frontdesk(site_id, staff, seed)
    from services.demo_surveys import fill_surveys

    survey = fill_surveys(random.Random(seed + 15), staff, dt.date.today())
    from services.demo_duty import fill_duty

    # Last: each handover freezes the counts of the other areas' demo work.
    shifts = fill_duty(random.Random(seed + 10), site_id, staff, dt.date.today())
    return DemoResult(site_id, passwords, floors, building.search_units(by=supervisor).total, tenant_count,
                      key_count, movements, visits, preregs, barred, request_count, rooms.rooms, rooms.bookings,
                      money.bills, money.payments + fit.payments, moves.move_ins, moves.move_outs, moves.passes,
                      fit.fitouts, fit.passes, desk.notices, desk.orders, desk.visits, outsourced.contractors,
                      outsourced.inspections, lobby.mail_items, lobby.loans, lobby.lobby_checks, shifts.logs,
                      survey.sheets)


VISITS_PER_DAY = 2500


def _visitors(rng: random.Random, by: Actor, seed: int) -> tuple[int, int, int]:
    """60 days of visits (bulk-inserted: ~150,000 rows), today's expected visitors, a few barred people."""
    from peewee import fn

    from models import Counter, Visit, now
    from services import visitor_bulk, visitor_prereg, watchlist

    hosts = visitor_bulk.hosts(by.site_id)
    pool = visitor_bulk.people(3000, seed)
    moment = now()
    today = moment.date()
    days = [today - dt.timedelta(days=n) for n in range(59, -1, -1)]
    clerk = User.get((User.site == by.site_id) & (User.username == "clerk"))
    # The visits have their own generator, seeded from the main one: how many of today's have happened by now
    # (which depends on the clock) never changes what the areas filled after them get.
    visits = visitor_bulk.insert_visits(visitor_bulk.visit_rows(
        random.Random(rng.getrandbits(64)), site_id=by.site_id, days=days, per_day=VISITS_PER_DAY, pool=pool,
        hosts=hosts, clerk_id=clerk.id, until=moment))
    # The pass counters carry on from the last number of each day.
    last = (Visit.select(Visit.day, fn.COUNT(Visit.id)).where(Visit.site == by.site_id).group_by(Visit.day).tuples())
    Counter.insert_many([(by.site_id, "FK", int(f"{d:%Y%m%d}"), n) for d, n in last],
                        fields=[Counter.site, Counter.kind, Counter.year, Counter.last]).execute()
    preregs = 0
    for person in rng.sample(pool, 12):
        host = rng.choice(hosts)
        visitor_prereg.add_prereg(visitor_prereg.PreregInput(
            name=person.name, id_number=person.id_number, phone=person.phone, company=person.company,
            host_tenant_id=host.tenant_id, host_unit=host.unit, host_person=host.person,
            purpose=rng.choice(visitor_bulk.PURPOSES), expected_on=today + dt.timedelta(days=preregs % 3 // 2),
        ), by=by)
        preregs += 1
    barred = [("陳建國", "多次在大堂推销，业户投诉", "物业客服中心"),
              ("李伟", "与业户存在纠纷，业户要求禁止进入", hosts[0].name),
              ("王海涛", "曾盗窃办公设备", "物业安防部")]
    for name, reason, who in barred:
        watchlist.add_entry(watchlist.WatchInput(name=name, id_number=rng.choice(pool).id_number, reason=reason,
                                                 barred_by=who), by=by)
    return visits, preregs, len(barred)


def _vary_areas(rng: random.Random, site_id: int) -> None:
    from decimal import Decimal

    from models import Unit

    for unit in Unit.select().where(Unit.site == site_id):
        unit.area = Decimal(rng.randrange(6000, 42000)) / 100
        unit.save()


def _tenants(fake: Faker, rng: random.Random, by: Actor, units: list[str]) -> int:
    used: set[str] = set()
    free = list(units)
    today = dt.date.today()
    count = 0
    while count < 150 and free:
        take = min(rng.choice((1, 1, 1, 2, 2, 3)), len(free))
        start = rng.randrange(0, len(free) - take + 1)
        held = free[start:start + take]
        del free[start:start + take]
        lease_start = today - dt.timedelta(days=rng.randrange(30, 1500))
        contacts = [
            ContactInput(fake.name(), fake.phone_number(), rng.choice(CONTACT_ROLES), is_primary=(i == 0))
            for i in range(rng.choice((1, 2, 2, 3)))
        ]
        tenant_id = tenants.create_tenant(TenantInput(
            name=_company(fake, rng, used), kind=rng.choice(("lessee",) * 9 + ("owner",)),
            credit_code=_credit_code(rng), lease_start=lease_start,
            lease_end=lease_start + dt.timedelta(days=365 * rng.choice((2, 3, 5))),
            emergency_name=fake.name(), emergency_phone=fake.phone_number(),
            notes=rng.choice(("", "", "前台在电梯口右侧", "周末有员工加班", "需提前预约访客")),
            units=held, contacts=contacts,
        ), by=by)
        for doc_type in ("business_licence", "lease", "move_in_notice", "agreement"):
            tenants.add_document(tenant_id, DocumentInput(doc_type, lease_start), by=by)
        count += 1
    return count
