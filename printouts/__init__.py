"""Every printed form: reportlab only, plain data in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Callable

from printouts.bill import render_bill
from printouts.calibration import render_calibration
from printouts.finance_statement import render_finance_statement
from printouts.receipt import render_receipt
from printouts.reminder_letter import render_reminder_letter
from printouts.requests import render_callback_list, render_complaint_record, render_work_order
from printouts.tenant_registration import render_tenant_registration

# Kind name -> render function, for a command that renders one sample of every printout.
# Each function takes its own input dataclass and a Letterhead and returns PDF bytes.
RENDERERS: dict[str, Callable[..., bytes]] = {
    "tenant-registration": render_tenant_registration,
    "print-calibration": render_calibration,
    "work-order": render_work_order,
    "complaint-record": render_complaint_record,
    "callback-list": render_callback_list,
    "bill": render_bill,
    "receipt": render_receipt,
    "reminder-letter": render_reminder_letter,
    "finance-statement": render_finance_statement,
}
