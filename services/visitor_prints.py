"""What the visitor area prints: the pass (at once, at check-in) and the day's log; drawn in printouts/."""
from __future__ import annotations

import datetime as dt

from models import Visit, VoidPass, now
from services import settings
from services.access import Actor, require
from services.errors import NotFound
from services.visitor_log import search_visits


def print_pass(visit_id: int, *, by: Actor, pass_format: str | None = None) -> bytes:
    """The visit's current pass as PDF bytes, in the site's format (print.pass_format) unless one is asked for."""
    from printouts.visitor_pass import VisitorPass, render_visitor_pass
    from services.printing import letterhead

    require(by, "visitor.view")
    v = (Visit.select(Visit.pass_no, Visit.name, Visit.id_masked, Visit.company, Visit.host_name, Visit.host_floor,
                      Visit.host_unit, Visit.host_person, Visit.checked_in_at, Visit.valid_until, Visit.party_size,
                      Visit.plate, Visit.status)
         .where((Visit.id == visit_id) & (Visit.site == by.site_id)).first())
    if v is None or v.status == "void":
        raise NotFound("visit", visit_id)
    reprint = VoidPass.select().where((VoidPass.site == by.site_id) & (VoidPass.visit == visit_id)).exists()
    data = VisitorPass(v.pass_no, v.name, v.id_masked, v.company, v.host_name, v.host_floor, v.host_unit,
                       v.host_person, v.checked_in_at, v.valid_until, v.party_size, v.plate, reprint)
    fmt = pass_format or str(settings.get(by.site_id, "print.pass_format"))
    return render_visitor_pass(data, letterhead(by.site_id), pass_format=fmt)


def print_log(day: dt.date, *, by: Actor) -> bytes:
    """《访客登记簿》 of one day (visitor-log.pdf), oldest first, IDs masked."""
    from printouts.visitor_lists import LogLine, render_visitor_log
    from services.printing import letterhead

    rows = []
    after = None
    while True:
        page = search_visits(by=by, day=day, after=after, limit=500)
        rows.extend(page.items)
        if not page.has_more:
            break
        after = page.items[-1].id
    if not rows and day > dt.date.today():
        raise NotFound("visit_log", day)
    lines = [LogLine(r.pass_no, r.name, r.id_masked, r.company, f"{r.host_unit} {r.host_name}".strip(),
                     r.checked_in_at.strftime("%H:%M"), r.signed_out_at.strftime("%H:%M") if r.signed_out_at else "",
                     r.party_size) for r in reversed(rows) if r.status != "void"]
    return render_visitor_log(day, lines, letterhead(by.site_id), printed_at=now())
