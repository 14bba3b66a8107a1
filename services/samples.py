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


def _first(query, what: str) -> int:
    row = query.order_by(query.model.id).first()
    if row is None:
        raise LookupError(f"no {what} to print: run `main.py demo` first")
    return row.id


def _bill(by: Actor) -> bytes:
    from models.fees import Bill
    from services import fees

    return fees.print_bill(_first(Bill.select().where((Bill.site == by.site_id) & (Bill.status == "issued")), "bill"),
                           by=by)


def _receipt(by: Actor) -> bytes:
    from models.fees import Allocation, Payment
    from services import payments

    paid = Payment.select().where((Payment.site == by.site_id) & Payment.id.in_(Allocation.select(Allocation.payment)))
    return payments.print_receipt(_first(paid, "payment"), by=by)


def _reminder_letter(by: Actor) -> bytes:
    from models.fees import Reminder
    from services import arrears

    letters = Reminder.select().where((Reminder.site == by.site_id) & (Reminder.kind == "letter"))
    return arrears.print_letter(_first(letters, "reminder letter"), by=by)


def _finance_statement(by: Actor) -> bytes:
    import datetime as dt

    from services import fee_reports
    from services.money import add_months

    return fee_reports.statement_pdf(add_months(dt.date.today().replace(day=1), -1), by=by)


# kind (the file's name) -> renders that printout from the site's data. Every new form adds itself here.
SAMPLES: dict[str, Callable[[Actor], bytes]] = {
    "tenant-registration": _tenant_registration,
    "bill": _bill,
    "receipt": _receipt,
    "reminder-letter": _reminder_letter,
    "finance-statement": _finance_statement,
}


def render_samples(out_dir: Path, *, by: Actor) -> list[Path]:
    """Write `<kind>.pdf` for every printout into `out_dir`; return the files."""
    return [write_pdf(render(by), out_dir / f"{kind}.pdf") for kind, render in SAMPLES.items()]
