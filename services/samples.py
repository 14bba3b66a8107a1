"""One sample of every printout, rendered from the site's own data (to check letterhead and alignment)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models import GoodsPass, KeyMovement, MoveIn, Tenant
from services import goods, key_prints, move_prints, tenants
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


def _handover(by: Actor) -> bytes:
    # A finished move-in with a defect fixed: the confirmation that shows everything.
    move = (MoveIn.select().where((MoveIn.site == by.site_id) & (MoveIn.state == "done"))
            .order_by(MoveIn.reinspect_on.desc(), MoveIn.id.desc()).first())
    if move is None:
        raise LookupError("no finished move-in to print: run `main.py demo` first")
    return move_prints.print_handover(move.id, by=by)


def _goods_pass(by: Actor) -> bytes:
    line = (GoodsPass.select().where((GoodsPass.site == by.site_id) & (GoodsPass.state == "approved"))
            .order_by(GoodsPass.valid_on.desc(), GoodsPass.id.desc()).first())
    if line is None:
        raise LookupError("no goods-release pass to print: run `main.py demo` first")
    return goods.print_pass(line.pass_no, by=by)


def _settlement(by: Actor) -> bytes:
    move_id = move_prints.latest_done_move_out(by.site_id)
    if move_id is None:
        raise LookupError("no settled move-out to print: run `main.py demo` first")
    return move_prints.print_settlement(move_id, by=by)


# kind (the file's name) -> renders that printout from the site's data. Every new form adds itself here.
SAMPLES: dict[str, Callable[[Actor], bytes]] = {
    "tenant-registration": _tenant_registration,
    "key-slip": _key_slip,
    "keys-out": lambda by: key_prints.print_keys_out(by=by),
    "key-cabinet-map": lambda by: key_prints.print_cabinet_map(by=by),
    "handover-confirmation": _handover,
    "goods-release-pass": _goods_pass,
    "move-out-settlement": _settlement,
}


def render_samples(out_dir: Path, *, by: Actor) -> list[Path]:
    """Write `<kind>.pdf` for every printout into `out_dir`; return the files."""
    return [write_pdf(render(by), out_dir / f"{kind}.pdf") for kind, render in SAMPLES.items()]
