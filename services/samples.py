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


# kind (the file's name) -> renders that printout from the site's data. Every new form adds itself here.
SAMPLES: dict[str, Callable[[Actor], bytes]] = {
    "tenant-registration": _tenant_registration,
}


def render_samples(out_dir: Path, *, by: Actor) -> list[Path]:
    """Write `<kind>.pdf` for every printout into `out_dir`; return the files."""
    return [write_pdf(render(by), out_dir / f"{kind}.pdf") for kind, render in SAMPLES.items()]
