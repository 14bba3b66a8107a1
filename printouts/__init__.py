"""Every printed form: reportlab only, plain data in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Callable

from printouts.calibration import render_calibration
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
}
