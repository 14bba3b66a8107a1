"""The mail printouts' data: the per-floor pick-up list and the pick-up slips, gathered and rendered."""
from __future__ import annotations

from models import MailItem, now
from services import settings
from services.access import Actor, require
from services.errors import NotFound
from services.mail import mail_row, search_mail, waiting_floors
from services.printing import letterhead


def print_pickup_list(*, by: Actor, floor: str = "") -> bytes:
    """《待取邮件快递清单》: every item waiting, a page per floor (or the one floor asked for)."""
    from printouts.mail_pickup import FloorPart, PickupLine, render_pickup_list

    require(by, "mail.view")
    moment = now()
    days = int(settings.get(by.site_id, "mail.uncollected_days"))
    floors = [floor] if floor else waiting_floors(by=by)
    parts = []
    for name in floors:
        rows = search_mail(by=by, state="waiting", floor=name, page_size=1000).items
        rows.sort(key=lambda r: (r.unit, r.received_at))
        lines = [PickupLine(r.number, r.unit, r.tenant, r.recipient, r.kind, r.courier, r.tracking, r.count, r.shelf,
                            r.received_at, r.waiting_days(moment) >= days) for r in rows]
        if lines:
            parts.append(FloorPart(name, lines))
    return render_pickup_list(parts, letterhead(by.site_id), printed_at=moment, late_days=days)


def print_pickup_slips(item_ids: list[int], *, by: Actor) -> bytes:
    """The 取件通知 label of each item, in the order given."""
    from printouts.mail_pickup import PickupSlip, render_pickup_slips

    require(by, "mail.view")
    if not item_ids:
        raise NotFound("mail", item_ids)
    slips = []
    for item_id in item_ids:
        r = mail_row(item_id, by=by)
        slips.append(PickupSlip(r.number, r.tenant, r.unit, r.floor, r.recipient, r.kind, r.courier, r.tracking,
                                r.count, r.shelf, r.received_at, r.received_by))
    return render_pickup_slips(slips, letterhead(by.site_id))


def batch_items(batch_no: str, *, by: Actor) -> list[int]:
    """The items of one courier drop, in the order scanned (to print their slips together)."""
    require(by, "mail.view")
    return [i for (i,) in MailItem.select(MailItem.id).where((MailItem.site == by.site_id)
                                                             & (MailItem.batch_no == batch_no))
            .order_by(MailItem.id).tuples()]

