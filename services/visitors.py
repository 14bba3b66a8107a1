"""Visitors (访客登记): check-in with the watchlist check, the pass, sign-out by scan, reprint, void."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from models import Floor, Prereg, Tenant, Unit, Visit, VoidPass, db, now
from services import settings, watchlist
from services.access import Actor, require
from services.audit import record
from services.errors import NotFound, Problems, ValidationError
from services.identity import IdType, InvalidIdentity, check_id_number, mask_id
from services.numbering import next_number
from services.tenants import check_phone

PASS_KIND = "FK"  # 访客
MAX_PARTY = 99
# 粤B12345, 粤BD12345 (new energy), 京A·12345: a province character, a letter, five or six letters/digits.
PLATE = re.compile(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}")


@dataclass
class VisitorDetails:
    """Who is coming and to see whom: what check-in and pre-registration both take."""

    name: str = ""
    id_type: str = IdType.RESIDENT_ID.value
    id_number: str = ""
    phone: str = ""
    company: str = ""
    host_tenant_id: int | None = None
    host_unit: str = ""
    host_person: str = ""
    purpose: str = ""
    party_size: int = 1
    plate: str = ""


@dataclass
class VisitInput(VisitorDetails):
    """What the clerk types at check-in (or what a pre-registration filled in)."""

    expected_leave: dt.datetime | None = None
    prereg_id: int | None = None


@dataclass(frozen=True)
class CheckedIn:
    visit_id: int
    pass_no: str
    watch_hit: bool


@dataclass(frozen=True)
class SignedOut:
    visit_id: int
    pass_no: str
    name: str
    at: dt.datetime


def _text(problems: Problems, name: str, value: str, limit: int, *, required: bool = False) -> str:
    value = " ".join((value or "").split())
    if required and not value:
        problems.add(name, "required")
    elif len(value) > limit:
        problems.add(name, "too_long", maximum=limit)
    return value


def _host(problems: Problems, site_id: int, data: VisitInput) -> dict:
    """The host tenant, unit and floor; a unit alone is enough, a tenant alone takes its first unit."""
    tenant = None
    if data.host_tenant_id is not None:
        tenant = Tenant.get_or_none((Tenant.id == data.host_tenant_id) & (Tenant.site == site_id)
                                    & (Tenant.status == "active"))
        if tenant is None:
            problems.add("host", "visit.host_unknown")
    code = (data.host_unit or "").strip().upper()
    unit = None
    if code:
        unit = (Unit.select(Unit.code, Floor.name.alias("floor_name")).join(Floor)
                .where((Unit.site == site_id) & (Unit.code == code)).objects().first())
        if unit is None:
            problems.add("host", "tenant.unit_unknown", unit=code)
    elif tenant is not None:
        from models import TenantUnit

        unit = (Unit.select(Unit.code, Floor.name.alias("floor_name")).join(Floor).switch(Unit).join(TenantUnit)
                .where((TenantUnit.tenant == tenant) & TenantUnit.until.is_null()).order_by(Unit.code)
                .objects().first())
    if tenant is None and not code and not problems.has("host"):
        problems.add("host", "visit.host_required")
    return {
        "host_tenant": tenant.id if tenant else None, "host_name": tenant.name if tenant else "",
        "host_unit": unit.code if unit else "", "host_floor": unit.floor_name if unit else "",
    }


def _closing(site_values: dict, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(int(site_values["visitors.closing_hour"])))


def check_person(problems: Problems, data: VisitorDetails, *, id_required: bool) -> dict:
    """The visitor's own fields, cleaned; every refusal added to `problems` (host and times are the caller's)."""
    clean = {
        "name": _text(problems, "name", data.name, 60, required=True),
        "company": _text(problems, "company", data.company, 120),
        "host_person": _text(problems, "host_person", data.host_person, 60),
        "purpose": _text(problems, "purpose", data.purpose, 120),
    }
    try:
        IdType(data.id_type)
    except ValueError:
        problems.add("id_type", "visit.id_type")
    clean["id_type"] = data.id_type
    clean["id_number"] = ""
    if not (data.id_number or "").strip():
        if id_required:
            problems.add("id_number", "required")
    elif not problems.has("id_type"):
        try:
            clean["id_number"] = check_id_number(data.id_type, data.id_number)
        except InvalidIdentity as exc:
            problems.add("id_number", exc.code)
    clean["phone"] = ""
    if (data.phone or "").strip():
        try:
            clean["phone"] = check_phone(data.phone)
        except InvalidIdentity:
            problems.add("phone", "phone.format")
    if not isinstance(data.party_size, int) or not 1 <= data.party_size <= MAX_PARTY:
        problems.add("party_size", "visit.party_size", maximum=MAX_PARTY)
    clean["party_size"] = data.party_size
    plate = "".join(unicodedata.normalize("NFKC", data.plate or "").split()).upper().replace("·", "")
    if plate and not PLATE.fullmatch(plate):
        problems.add("plate", "visit.plate")
    clean["plate"] = plate
    return clean


def _check(site_id: int, data: VisitInput, at: dt.datetime, site_values: dict) -> dict:
    problems = Problems()
    clean = check_person(problems, data, id_required=True)
    clean.update(_host(problems, site_id, data))
    closing = _closing(site_values, at.date())
    until = data.expected_leave or (closing if closing > at else dt.datetime.combine(at.date(), dt.time(23, 59)))
    if until <= at:
        problems.add("expected_leave", "visit.leave_past")
    elif until.date() != at.date():
        problems.add("expected_leave", "visit.leave_same_day")
    clean["valid_until"] = until.replace(second=0, microsecond=0)
    problems.raise_if_any()
    digits = re.sub(r"\D", "", clean["phone"])
    clean["phone_tail"] = digits[-4:]
    clean["id_masked"] = mask_id(clean["id_number"])
    return clean


def pass_number(site_id: int, at: dt.datetime, numbering: str) -> str:
    """The next pass number: FK-20261124-0001 (per day) or FK-2026-000001 (per year); call in a transaction."""
    if numbering == "year":
        return next_number(site_id, PASS_KIND, year=at.year, width=6)
    # The counter's year column holds the date: the counter restarts every day.
    return next_number(site_id, PASS_KIND, year=int(at.strftime("%Y%m%d")), width=4)


def check_in(data: VisitInput, *, by: Actor, let_through: Actor | None = None, at: dt.datetime | None = None
             ) -> CheckedIn:
    """Register a visit and take its pass number; a watchlist match stops it unless a supervisor lets it through.

    The match is audited even when check-in stops (the alert must stay on record).
    """
    require(by, "visitor.check_in", entity="visit")
    at = (at or now()).replace(microsecond=0)
    site_values = settings.all_settings(by.site_id)
    clean = _check(by.site_id, data, at, site_values)
    hits = watchlist.matches(by.site_id, clean["name"], clean["id_number"])
    if hits:
        note = "; ".join(f"#{m.entry_id} {m.name} ({m.matched_on})" for m in hits)
        if let_through is None:
            with db.atomic():
                record(by, "watch_alert", "visit", None, note=f"{clean['name']}: {note}")
            raise watchlist.WatchlistHit(hits)
        if let_through.site_id != by.site_id:
            raise ValidationError("let_through", "visit.other_site")
        require(let_through, "visitor.let_through", entity="visit")
    prereg = None
    if data.prereg_id is not None:
        prereg = Prereg.get_or_none((Prereg.id == data.prereg_id) & (Prereg.site == by.site_id))
        if prereg is None or prereg.status != "expected":
            raise ValidationError("prereg", "visit.prereg_used")
    with db.atomic():
        number = pass_number(by.site_id, at, str(site_values["visitors.pass_numbering"]))
        visit_id = Visit.insert(
            site=by.site_id, pass_no=number, day=at.date(), checked_in_at=at, created_at=at, updated_at=at,
            checked_in_by=by.user_id, watch_hit=bool(hits), let_through_by=let_through.user_id if hits else None,
            prereg=prereg.id if prereg else None, **clean,
        ).execute()
        if prereg is not None:
            taken = Prereg.update(status="arrived", visit=visit_id, version=Prereg.version + 1).where(
                (Prereg.id == prereg.id) & (Prereg.status == "expected")).execute()
            if taken != 1:  # another desk checked the same pre-registration in a moment ago: nothing is kept
                raise ValidationError("prereg", "visit.prereg_used")
        # The audit keeps the masked number only: the trail must not become a copy of the ID register.
        after = {k: v for k, v in clean.items() if k not in ("id_number", "phone", "phone_tail")}
        record(by, "check_in", "visit", visit_id, after={"pass_no": number, **after})
        if hits:
            record(let_through, "let_through", "visit", visit_id, note=note)
    return CheckedIn(visit_id, number, bool(hits))


def _normalise_pass(text: str) -> str:
    # Scanners in the wrong keyboard layout or an input method may send full-width characters.
    return "".join(unicodedata.normalize("NFKC", text or "").split()).upper()


def sign_out(pass_no: str, *, by: Actor, at: dt.datetime | None = None) -> SignedOut:
    """Sign a visitor out by the pass number (scanned or typed); unknown, void or already-out numbers are refused."""
    require(by, "visitor.sign_out", entity="visit")
    number = _normalise_pass(pass_no)
    if not number:
        raise ValidationError("pass_no", "required")
    at = (at or now()).replace(microsecond=0)
    visit = Visit.get_or_none((Visit.site == by.site_id) & (Visit.pass_no == number))
    if visit is None:
        voided = VoidPass.get_or_none((VoidPass.site == by.site_id) & (VoidPass.pass_no == number))
        if voided is not None:
            current = Visit.get_by_id(voided.visit_id)
            if current.status == "void":
                raise ValidationError("pass_no", "visit.pass_void", number=number)
            raise ValidationError("pass_no", "visit.pass_replaced", number=number, current=current.pass_no)
        raise ValidationError("pass_no", "visit.pass_unknown", number=number)
    if visit.status == "void":
        raise ValidationError("pass_no", "visit.pass_void", number=number)
    if visit.status == "out":
        raise ValidationError("pass_no", "visit.already_out", number=number, name=visit.name,
                              at=visit.signed_out_at.strftime("%H:%M") if visit.signed_out_at else "")
    with db.atomic():
        changed = Visit.update(status="out", signed_out_at=at, sign_out_kind="desk", updated_at=at,
                               version=Visit.version + 1).where(
            (Visit.id == visit.id) & (Visit.status == "in")).execute()
        if changed != 1:  # another desk signed it out a moment ago
            raise ValidationError("pass_no", "visit.already_out", number=number, name=visit.name, at="")
        record(by, "sign_out", "visit", visit.id, before={"status": "in"}, after={"status": "out"})
    return SignedOut(visit.id, number, visit.name, at)


def _get(visit_id: int, by: Actor) -> Visit:
    visit = Visit.get_or_none((Visit.id == visit_id) & (Visit.site == by.site_id))
    if visit is None:
        raise NotFound("visit", visit_id)
    return visit


def reprint(visit_id: int, reason: str, *, by: Actor, at: dt.datetime | None = None) -> str:
    """A lost or spoilt pass: the visit gets a new number, the old one is void. Returns the new number."""
    require(by, "visitor.check_in", entity="visit", record_id=visit_id)
    visit = _get(visit_id, by)
    if visit.status != "in":
        raise ValidationError("pass_no", "visit.not_in")
    reason = " ".join((reason or "").split())[:200]
    at = (at or now()).replace(microsecond=0)
    with db.atomic():
        number = pass_number(by.site_id, at, str(settings.get(by.site_id, "visitors.pass_numbering")))
        VoidPass.create(site=by.site_id, pass_no=visit.pass_no, visit=visit.id, reason=reason or "reprint")
        Visit.update(pass_no=number, updated_at=at, version=Visit.version + 1).where(Visit.id == visit.id).execute()
        record(by, "reprint", "visit", visit.id, before={"pass_no": visit.pass_no}, after={"pass_no": number},
               note=reason)
    return number


def void_visit(visit_id: int, reason: str, *, by: Actor) -> None:
    """A visit entered by mistake: voided with a reason by a supervisor, its pass refused at sign-out."""
    require(by, "visitor.void", entity="visit", record_id=visit_id)
    visit = _get(visit_id, by)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("reason", "required")
    if visit.status == "void":
        raise ValidationError("reason", "visit.already_void")
    with db.atomic():
        Visit.update(status="void", void_reason=reason[:200], updated_at=now(), version=Visit.version + 1).where(
            Visit.id == visit.id).execute()
        record(by, "void", "visit", visit.id, before={"status": visit.status}, after={"status": "void"}, note=reason)


def reveal_id(visit_id: int, *, by: Actor) -> str:
    """The full ID number of a visit, for a supervisor or above; every look is audited."""
    require(by, "identity.reveal", entity="visit", record_id=visit_id)
    visit = _get(visit_id, by)
    with db.atomic():
        record(by, "reveal_id", "visit", visit_id, note=visit.id_masked)
    return visit.id_number
