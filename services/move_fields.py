"""Input checks the move and goods-pass services share: the active tenant picked, the unit typed, a phone."""
from __future__ import annotations

from models import Tenant, TenantUnit, Unit
from services.errors import Problems


def phone_field(problems: Problems, name: str, value: str, *, required: bool) -> str:
    """A mobile or landline typed in field `name`, checked; "" when left empty (a problem if required)."""
    from services.identity import InvalidIdentity
    from services.tenants import check_phone

    if not (value or "").strip():
        if required:
            problems.add(name, "required")
        return ""
    try:
        return check_phone(value)
    except InvalidIdentity:
        problems.add(name, "phone.format")
        return ""


def active_tenant(problems: Problems, site_id: int, tenant_id: int | None, *, name: str = "tenant") -> Tenant | None:
    """The active tenant picked on the form, or a problem on field `name`."""
    if tenant_id is None:
        problems.add(name, "required")
        return None
    tenant = Tenant.get_or_none((Tenant.id == tenant_id) & (Tenant.site == site_id) & (Tenant.status == "active"))
    if tenant is None:
        problems.add(name, "key.tenant_unknown")
    return tenant


def unit_by_code(problems: Problems, site_id: int, text: str, *, name: str = "unit",
                 required: bool = True) -> tuple[str, Unit | None]:
    """The unit typed (code upper-cased) and its record, or a problem on field `name`."""
    code = (text or "").strip().upper()
    if not code:
        if required:
            problems.add(name, "required")
        return code, None
    unit = Unit.get_or_none((Unit.site == site_id) & (Unit.code == code))
    if unit is None:
        problems.add(name, "tenant.unit_unknown", unit=code)
    return code, unit


def holds(tenant: Tenant | int, unit: Unit | int) -> bool:
    """Whether the tenant holds the unit now."""
    return TenantUnit.select().where((TenantUnit.tenant == tenant) & (TenantUnit.unit == unit)
                                     & TenantUnit.until.is_null()).exists()
