"""Pre-registered visitors (预约访客): typed in ahead or imported from a tenant's sheet; and picking the host."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import Prereg, Tenant, db
from services.access import Actor, require
from services.audit import record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.identity import IdType, mask_id
from services.tenants import search_tenants
from services.visitors import VisitInput, VisitorDetails, check_person

PREREG_COLUMNS = {
    "name": ("姓名", "访客姓名", "来访人", "name"),
    "id_type": ("证件类型", "id type"),
    "id_number": ("证件号码", "身份证号", "证件号", "id number", "id"),
    "phone": ("电话", "手机", "手机号", "联系电话", "phone"),
    "company": ("单位", "来访单位", "公司", "company"),
    "host_person": ("被访人", "接待人", "host"),
    "purpose": ("事由", "来访事由", "purpose"),
    "party_size": ("人数", "随行人数", "party"),
    "plate": ("车牌", "车牌号", "plate"),
    "expected_on": ("日期", "来访日期", "预约日期", "date"),
}


@dataclass(frozen=True)
class HostChoice:
    """A tenant and one of its units, as the host picker lists them."""

    tenant_id: int
    tenant_name: str
    unit: str

    @property
    def label(self) -> str:
        return f"{self.unit}  {self.tenant_name}" if self.unit else self.tenant_name


def host_choices(text: str, *, by: Actor, limit: int = 30) -> list[HostChoice]:
    """Hosts found by a few characters of the tenant's name, a unit, a pinyin initial, a contact or phone."""
    if not text.strip():
        return []
    page = search_tenants(by=by, text=text, page_size=limit)
    choices: list[HostChoice] = []
    upper = text.strip().upper()
    for t in page.items:
        units = [u for u in t.units.split("、") if u] or [""]
        # Typing a unit narrows the tenant's units to that one.
        matching = [u for u in units if upper in u] or units
        choices.extend(HostChoice(t.id, t.name, u) for u in matching)
    return choices[:limit]


@dataclass
class PreregInput(VisitorDetails):
    """A visitor announced in advance: the same details, and the day expected."""

    expected_on: dt.date | None = None


@dataclass(frozen=True)
class PreregRow:
    id: int
    expected_on: dt.date
    name: str
    id_masked: str
    phone: str
    company: str
    host_name: str
    host_unit: str
    host_person: str
    purpose: str
    status: str


def _check(site_id: int, data: PreregInput, today: dt.date) -> dict:
    problems = Problems()
    clean = check_person(problems, data, id_required=False)
    tenant = None
    if data.host_tenant_id is not None:
        tenant = Tenant.get_or_none((Tenant.id == data.host_tenant_id) & (Tenant.site == site_id))
    if tenant is None:
        problems.add("host", "visit.host_required")
    clean["host_tenant"] = tenant.id if tenant else None
    clean["host_unit"] = (data.host_unit or "").strip().upper()
    if data.expected_on is None:
        problems.add("expected_on", "required")
    elif data.expected_on < today:
        problems.add("expected_on", "visit.prereg_past")
    clean["expected_on"] = data.expected_on
    problems.raise_if_any()
    return clean


def add_prereg(data: PreregInput, *, by: Actor, today: dt.date | None = None) -> int:
    require(by, "visitor.prereg", entity="prereg")
    clean = _check(by.site_id, data, today or dt.date.today())
    with db.atomic():
        row = Prereg.create(site=by.site_id, **clean)
        record(by, "create", "prereg", row.id, after=snapshot(row, leave_out=("id_number", "phone")))
    return row.id


def import_preregs(path, *, host_tenant_id: int, by: Actor, today: dt.date | None = None
                   ) -> tuple[int, list[tuple[int, str, str]]]:
    """A tenant's list of expected visitors (.xlsx/.csv): good rows stored together; bad rows (row, field, code)."""
    from services.sheets import read_sheet

    require(by, "visitor.prereg", entity="prereg")
    today = today or dt.date.today()
    sheet = read_sheet(path, PREREG_COLUMNS, required=("name",))
    good: list[dict] = []
    refused: list[tuple[int, str, str]] = []
    for row in sheet:
        raw_day = row.get("expected_on")
        try:
            day = dt.date.fromisoformat(raw_day[:10]) if raw_day else today
        except ValueError:
            refused.append((row.number, "expected_on", "date"))
            continue
        try:
            party = int(row.get("party_size") or 1)
        except ValueError:
            party = 0
        data = PreregInput(
            name=row.get("name", ""), id_type=row.get("id_type") or IdType.RESIDENT_ID.value,
            id_number=row.get("id_number", ""), phone=row.get("phone", ""), company=row.get("company", ""),
            host_tenant_id=host_tenant_id, host_person=row.get("host_person", ""), purpose=row.get("purpose", ""),
            party_size=party, plate=row.get("plate", ""), expected_on=day,
        )
        try:
            good.append(_check(by.site_id, data, today))
        except ValidationError as exc:
            refused.extend((row.number, p.field, p.code) for p in exc.problems)
    with db.atomic():
        for clean in good:
            Prereg.create(site=by.site_id, **clean)
        if good:
            record(by, "import", "prereg", None, after={"rows": len(good)}, note=str(path)[-120:])
    return len(good), refused


def cancel_prereg(prereg_id: int, reason: str, *, by: Actor) -> None:
    """The tenant called it off: the pre-registration stays on record as cancelled, with the reason."""
    require(by, "visitor.prereg", entity="prereg", record_id=prereg_id)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("reason", "required")
    with db.atomic():
        cancelled = Prereg.update(status="cancelled", version=Prereg.version + 1).where(
            (Prereg.id == prereg_id) & (Prereg.site == by.site_id) & (Prereg.status == "expected")).execute()
        if cancelled != 1:
            if Prereg.get_or_none((Prereg.id == prereg_id) & (Prereg.site == by.site_id)) is None:
                raise NotFound("prereg", prereg_id)
            raise ValidationError("reason", "visit.prereg_used")
        record(by, "cancel", "prereg", prereg_id, before={"status": "expected"}, after={"status": "cancelled"},
               note=reason[:200])


def expected(*, by: Actor, text: str = "", day: dt.date | None = None, limit: int = 20) -> list[PreregRow]:
    """Today's expected visitors not yet arrived, narrowed as the clerk types the name or the phone."""
    require(by, "visitor.view")
    day = day or dt.date.today()
    query = (Prereg.select(Prereg, Tenant.name.alias("tenant_name")).join(Tenant, on=(Prereg.host_tenant == Tenant.id))
             .where((Prereg.site == by.site_id) & (Prereg.expected_on == day) & (Prereg.status == "expected")))
    needle = "".join(text.split())
    if needle:
        query = query.where(Prereg.name.startswith(needle) | Prereg.phone.endswith(needle))
    return [PreregRow(p.id, p.expected_on, p.name, mask_id(p.id_number) if p.id_number else "", p.phone, p.company,
                      p.tenant_name, p.host_unit, p.host_person, p.purpose, p.status)
            for p in query.order_by(Prereg.name).limit(limit).objects()]


def visit_input(prereg_id: int, *, by: Actor) -> VisitInput:
    """The check-in form filled from a pre-registration, for the clerk to confirm."""
    require(by, "visitor.view")
    p = Prereg.get_or_none((Prereg.id == prereg_id) & (Prereg.site == by.site_id))
    if p is None:
        raise NotFound("prereg", prereg_id)
    return VisitInput(name=p.name, id_type=p.id_type, id_number=p.id_number, phone=p.phone, company=p.company,
                      host_tenant_id=p.host_tenant_id, host_unit=p.host_unit, host_person=p.host_person,
                      purpose=p.purpose, party_size=p.party_size, plate=p.plate, prereg_id=p.id)
