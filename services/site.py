"""The site itself: first-run set-up, its letterhead details and logo."""
from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

from models import Site, User, db
from services.access import Actor, require
from services.audit import changed, record, snapshot
from services.auth import UserInput, actor_of, create_first_admin
from services.building import GenerateInput, generate_units, import_units
from services.errors import NotFound, Problems, ValidationError

MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass
class SiteInput:
    """The site's details as typed in the wizard or the settings page."""

    name: str = ""
    address: str = ""
    phone: str = ""
    timezone: str = "Asia/Shanghai"
    logo: bytes | None = None


@dataclass(frozen=True)
class SiteInfo:
    id: int
    name: str
    address: str
    phone: str
    timezone: str
    logo: bytes | None


@dataclass
class SetupInput:
    """Everything the first-run wizard collects: the site, its first admin, and its units (or none yet)."""

    site: SiteInput = field(default_factory=SiteInput)
    admin: UserInput = field(default_factory=UserInput)
    generate: GenerateInput | None = None
    sheet: Path | None = None


def sites() -> list[SiteInfo]:
    """Every site in the database (a shared server may hold several towers)."""
    return [_info(s) for s in Site.select().order_by(Site.id)]


def needs_setup() -> bool:
    """True when the database has no site with an admin yet: the app opens the wizard."""
    return not User.select().where(User.role == "admin").exists()


def _info(s: Site) -> SiteInfo:
    return SiteInfo(s.id, s.name, s.address, s.phone, s.timezone, s.logo)


def get_site(site_id: int) -> SiteInfo:
    site = Site.get_or_none(Site.id == site_id)
    if site is None:
        raise NotFound("site", site_id)
    return _info(site)


def _check_site(data: SiteInput) -> Problems:
    problems = Problems()
    if not data.name.strip():
        problems.add("name", "required")
    elif len(data.name.strip()) > 100:
        problems.add("name", "too_long", maximum=100)
    if len(data.address.strip()) > 200:
        problems.add("address", "too_long", maximum=200)
    if len(data.phone.strip()) > 40:
        problems.add("phone", "too_long", maximum=40)
    try:
        zoneinfo.ZoneInfo(data.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        problems.add("timezone", "site.timezone")
    if data.logo is not None:
        if len(data.logo) > MAX_LOGO_BYTES:
            problems.add("logo", "site.logo_size")
        elif not (data.logo.startswith(b"\x89PNG") or data.logo.startswith(b"\xff\xd8")):
            problems.add("logo", "site.logo_format")
    return problems


def check_site(data: SiteInput) -> None:
    """Raise ValidationError naming every refused site field (the wizard checks its first page before Next)."""
    _check_site(data).raise_if_any()


def set_up_site(data: SetupInput) -> int:
    """Create the site, its first admin and its units as one step (the wizard's Finish); return the site id.

    A refusal anywhere (site, admin, units, sheet) leaves nothing behind.
    """
    problems = _check_site(data.site)
    if problems.items:
        raise ValidationError(problems.items)
    with db.atomic():
        site = Site.create(
            name=data.site.name.strip(), address=data.site.address.strip(), phone=data.site.phone.strip(),
            timezone=data.site.timezone, logo=data.site.logo,
        )
        record(None, "create", "site", site.id, after=snapshot(site), site_id=site.id)
        admin = actor_of(User.get_by_id(create_first_admin(site.id, data.admin)))
        if data.generate is not None:
            generate_units(data.generate, by=admin)
        elif data.sheet is not None:
            import_units(data.sheet, by=admin)
    return site.id


def update_site(data: SiteInput, *, by: Actor) -> None:
    """Change the site's letterhead details (name, address, phone, timezone, logo)."""
    require(by, "site.edit", entity="site", record_id=by.site_id)
    _check_site(data).raise_if_any()
    site = Site.get_by_id(by.site_id)
    before = snapshot(site)
    with db.atomic():
        Site.update(
            name=data.name.strip(), address=data.address.strip(), phone=data.phone.strip(),
            timezone=data.timezone, logo=data.logo,
        ).where(Site.id == by.site_id).execute()
        b, a = changed(before, snapshot(Site.get_by_id(by.site_id)))
        record(by, "update", "site", by.site_id, before=b, after=a)
