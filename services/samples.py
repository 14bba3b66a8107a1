"""One sample of every printout, rendered from the site's own data (to check letterhead and alignment)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models import KeyMovement, Tenant
from services import key_prints, tenants
from services.access import Actor
from services.printing import write_pdf


def _tenant_registration(by: Actor) -> bytes:
    tenant = (Tenant.select().where((Tenant.site == by.site_id) & (Tenant.status == "active"))
              .order_by(Tenant.id).first())
    if tenant is None:
        raise LookupError("no tenant to print: run `main.py demo` first")
    return tenants.print_registration(tenant.id, by=by)


def _key_slip(by: Actor) -> bytes:
    # A loan with a drawn signature: the slip that shows everything (borrower, due time, approval).
    line = (KeyMovement.select().where((KeyMovement.site == by.site_id) & (KeyMovement.kind == "lend")
                                       & KeyMovement.signature.is_null(False))
            .order_by(KeyMovement.approved_by.desc(), KeyMovement.id.desc()).first())
    if line is None:
        raise LookupError("no key loan to print: run `main.py demo` first")
    return key_prints.print_slip(line.slip_no, by=by)


# kind (the file's name) -> renders that printout from the site's data. Every new form adds itself here.
SAMPLES: dict[str, Callable[[Actor], bytes]] = {
    "tenant-registration": _tenant_registration,
    "key-slip": _key_slip,
    "keys-out": lambda by: key_prints.print_keys_out(by=by),
    "key-cabinet-map": lambda by: key_prints.print_cabinet_map(by=by),
}


def render_samples(out_dir: Path, *, by: Actor) -> list[Path]:
    """Write `<kind>.pdf` for every printout into `out_dir`; return the files."""
    return [write_pdf(render(by), out_dir / f"{kind}.pdf") for kind, render in SAMPLES.items()]
