"""One sample of every printout, rendered from the site's own data (to check letterhead and alignment)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models import Tenant
from services import tenants
from services.access import Actor
from services.printing import write_pdf


def _tenant_registration(by: Actor) -> bytes:
    tenant = (Tenant.select().where((Tenant.site == by.site_id) & (Tenant.status == "active"))
              .order_by(Tenant.id).first())
    if tenant is None:
        raise LookupError("no tenant to print: run `main.py demo` first")
    return tenants.print_registration(tenant.id, by=by)


def _request(by: Actor, category: str, state: str = "") -> int:
    from models import Request

    query = Request.select(Request.id).where((Request.site == by.site_id) & (Request.category == category))
    chosen = query.where(Request.state == state).order_by(Request.id).first() if state else None
    chosen = chosen or query.order_by(Request.id).first()
    if chosen is None:
        raise LookupError(f"no {category} request to print: run `main.py demo` first")
    return chosen.id


def _work_order(by: Actor) -> bytes:
    from services.request_prints import print_work_order

    return print_work_order(_request(by, "repair", "closed"), by=by)


def _complaint_record(by: Actor) -> bytes:
    from services.request_prints import print_complaint_record

    return print_complaint_record(_request(by, "complaint", "closed"), by=by)


def _callback_list(by: Actor) -> bytes:
    from services.request_prints import print_callback_list

    return print_callback_list(by=by)


# kind (the file's name) -> renders that printout from the site's data. Every new form adds itself here.
SAMPLES: dict[str, Callable[[Actor], bytes]] = {
    "tenant-registration": _tenant_registration,
    "work-order": _work_order,
    "complaint-record": _complaint_record,
    "callback-list": _callback_list,
}


def render_samples(out_dir: Path, *, by: Actor) -> list[Path]:
    """Write `<kind>.pdf` for every printout into `out_dir`; return the files."""
    return [write_pdf(render(by), out_dir / f"{kind}.pdf") for kind, render in SAMPLES.items()]
