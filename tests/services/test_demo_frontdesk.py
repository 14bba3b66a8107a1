"""The demo's lobby: 60 days of mail, loans and checks, within the rules the services keep."""
from __future__ import annotations

import datetime as dt

from peewee import fn

from models import LendItem, Loan, LobbyCheck, MailItem, Request, now
from services import lending, mail
from services.demo_frontdesk import fill_frontdesk
from tests.frontdeskfixtures import arrival, desk_set


def test_sixty_days_of_lobby_work_that_keeps_the_rules(sqlite_site):
    site = sqlite_site
    desk_set(site)
    LendItem.delete().execute()  # the demo brings its own inventory
    staff = {role: site.by_role[role] for role in ("clerk", "steward", "supervisor")}
    result = fill_frontdesk(site.site_id, staff, 2026)
    assert result.mail_items == MailItem.select().count() > 60 * 20
    assert result.loans == Loan.select().count() > 60 and result.lobby_checks == LobbyCheck.select().count()
    oldest = MailItem.select(fn.MIN(MailItem.received_at)).scalar()
    assert oldest.date() <= now().date() - dt.timedelta(days=58)
    # No tracking number twice on the shelf; every collected item signed for; numbers carry on after the demo.
    waiting = [m.tracking for m in MailItem.select().where((MailItem.state == "waiting") & (MailItem.tracking != ""))]
    assert len(waiting) == len(set(waiting)) and waiting
    collected = MailItem.select().where(MailItem.state == "collected")
    assert not collected.where(MailItem.signature.is_null() & (MailItem.delivered_by == "")).exists()
    assert collected.where(MailItem.delivered_by != "").count() > collected.count() // 5  # the stewards' rounds
    new = mail.mail_row(mail.log_arrival(arrival(1, "SF9999999999"), by=site.clerk), by=site.clerk)
    assert int(new.number.rsplit("-", 1)[1]) > MailItem.select().where(
        MailItem.received_at >= dt.datetime(now().year, 1, 1)).count() - 1
    # A pool never lent more than it holds at any moment.
    for item in LendItem.select():
        loans = list(Loan.select().where(Loan.item == item))
        for loan in loans:
            at = loan.lent_at
            busy = sum(x.quantity for x in loans if x.lent_at <= at and (x.closed_at is None or x.closed_at > at)
                       and x.state != "written_off")
            assert busy <= item.quantity, (item.name, at)
    figures = lending.lending_figures(by=site.clerk)
    assert figures.out >= 2 and figures.write_off_due >= 1
    assert Loan.select().where(Loan.state == "written_off").count() == 1
    failed_orders = Request.select().where(Request.source.startswith("lobbycheck:")).count()
    assert 0 < failed_orders < result.lobby_checks // 4
