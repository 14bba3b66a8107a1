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
    move_ins: int = 0
    move_outs: int = 0
    goods_passes: int = 0


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
    return DemoResult(site_id, passwords, floors, building.search_units(by=supervisor).total, tenant_count,
                      key_count, movements, moves.move_ins, moves.move_outs, moves.passes)


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
