"""The counts a duty log shows for a shift: plain functions (site_id, start, end) -> a number, one per figure.

Flow counts take what happened in [start, end); standing counts (still in the building, overdue) are as at
`end`. They read the areas' tables (and `lobbycheck.checks_of_day`) directly, with no actor: the duty log
freezes them at handover, and a range report can call the same functions.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from peewee import fn

from models import Booking, Callback, GoodsPass, Key, KeyMovement, Loan, MailItem, Request, Visit
from models.fitout import Fitout, FitoutPatrol
from services.requests import is_active

HELD_BOOKINGS = ("confirmed", "in_use", "completed")
LOBBY_CHECK_KINDS = ("open", "close")


def _visits(site_id: int, start: dt.datetime, end: dt.datetime):
    """Passes taken in [start, end), not voided; the day bounds let the (site, day) index find them."""
    return Visit.select().where((Visit.site == site_id) & (Visit.day >= start.date()) & (Visit.day <= end.date())
                                & (Visit.checked_in_at >= start) & (Visit.checked_in_at < end)
                                & (Visit.status != "void"))


def visitors_checked_in(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Passes issued in the range (voided ones left out)."""
    return _visits(site_id, start, end).count()


def visitor_people(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """People those passes let in (a pass may be for a party)."""
    return int(_visits(site_id, start, end).select(fn.SUM(Visit.party_size)).scalar() or 0)


def visitors_inside(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Passes of the shift's day (from its midnight) not signed out at `end`: visitors still in the building."""
    midnight = dt.datetime.combine(start.date(), dt.time())
    return _visits(site_id, midnight, end).where(Visit.signed_out_at.is_null() | (Visit.signed_out_at >= end)).count()


def requests_received(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return Request.select().where((Request.site == site_id) & (Request.received_at >= start)
                                  & (Request.received_at < end)).count()


def requests_closed(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return Request.select().where((Request.site == site_id) & (Request.state == "closed")
                                  & (Request.closed_at >= start) & (Request.closed_at < end)).count()


def requests_overdue(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Requests being worked on whose next step was due before `end` (as the dashboard counts them)."""
    return Request.select().where((Request.site == site_id) & is_active()
                                  & (Request.due_at < end)).count()


def callbacks_done(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return (Callback.select().join(Request)
            .where((Request.site == site_id) & (Callback.done_at >= start) & (Callback.done_at < end)).count())


def _movements(site_id: int, kind: str, start: dt.datetime, end: dt.datetime) -> int:
    return KeyMovement.select().where((KeyMovement.site == site_id) & (KeyMovement.kind == kind)
                                      & (KeyMovement.at >= start) & (KeyMovement.at < end)).count()


def keys_lent(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return _movements(site_id, "lend", start, end)


def keys_returned(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return _movements(site_id, "return", start, end)


def keys_overdue(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Keys lent, due back before `end` and not brought back (returned, transferred, lost) by then: those still
    out now (the key's open movement) and those that came back after `end` — two small look-ups by index."""
    late = (KeyMovement.site == site_id) & (KeyMovement.kind == "lend") & (KeyMovement.at < end) & (
        KeyMovement.due_at < end)
    out_now = Key.select(Key.out_movement).where((Key.site == site_id) & (Key.state == "lent"))
    still_out = KeyMovement.select(KeyMovement.id).where(late & KeyMovement.id.in_(out_now))
    closer = KeyMovement.alias()
    closed_later = closer.select(closer.closes).where((closer.site == site_id) & (closer.at >= end)
                                                      & closer.closes.is_null(False))
    back_later = KeyMovement.select(KeyMovement.id).where(late & KeyMovement.id.in_(closed_later))
    return len({i for (i,) in still_out.tuples()} | {i for (i,) in back_later.tuples()})


def bookings_held(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Bookings taking place in the range (not cancelled, not released as no-shows)."""
    # A booking lies within its day: the day bounds let the day's index find the few candidates.
    return Booking.select().where((Booking.site == site_id) & (Booking.day >= start.date() - dt.timedelta(days=1))
                                  & (Booking.day <= end.date()) & Booking.state.in_(HELD_BOOKINGS)
                                  & (Booking.starts < end) & (Booking.ends > start)).count()


def mail_received(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return MailItem.select().where((MailItem.site == site_id) & (MailItem.received_at >= start)
                                   & (MailItem.received_at < end)).count()


def mail_collected(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return MailItem.select().where((MailItem.site == site_id) & (MailItem.state == "collected")
                                   & (MailItem.closed_at >= start) & (MailItem.closed_at < end)).count()


def mail_waiting(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Mail on the shelf at `end`."""
    return MailItem.select().where((MailItem.site == site_id) & (MailItem.received_at < end)
                                   & (MailItem.closed_at.is_null() | (MailItem.closed_at >= end))).count()


def loans_made(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Things lent at the counter (umbrellas, trolleys, tools)."""
    return Loan.select().where((Loan.site == site_id) & (Loan.lent_at >= start) & (Loan.lent_at < end)).count()


def goods_released(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Goods-release passes the gate let through."""
    return GoodsPass.select().where((GoodsPass.site == site_id) & (GoodsPass.state == "used")
                                    & (GoodsPass.used_at >= start) & (GoodsPass.used_at < end)).count()


def _lobby_checks(site_id: int, start: dt.datetime, end: dt.datetime) -> list:
    from services.lobbycheck import checks_of_day

    days = [start.date() + dt.timedelta(days=i) for i in range((end.date() - start.date()).days + 1)]
    return [c for d in days for c in checks_of_day(site_id, d) if start <= c.at < end]


def lobby_checks_done(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return len(_lobby_checks(site_id, start, end))


def lobby_checks_missing(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Of the shift's opening and closing checks, how many are not done."""
    done = {c.kind for c in _lobby_checks(site_id, start, end)}
    return sum(kind not in done for kind in LOBBY_CHECK_KINDS)


def _patrols(site_id: int, start: dt.datetime, end: dt.datetime):
    return (FitoutPatrol.select().join(Fitout)
            .where((Fitout.site == site_id) & (FitoutPatrol.created_at >= start) & (FitoutPatrol.created_at < end)))


def fitouts_patrolled(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    """Fit-outs a patrol went to (each once however often it went)."""
    return _patrols(site_id, start, end).select(FitoutPatrol.fitout).distinct().count()


def patrol_violations(site_id: int, start: dt.datetime, end: dt.datetime) -> int:
    return _patrols(site_id, start, end).where(FitoutPatrol.violation != "").count()


# key -> (the printed label, the group it is printed under, the function). The order is the printed order.
# STANDING are counted as at the end of the range; the others over the range.
COUNTS: dict[str, tuple[str, str, Callable[[int, dt.datetime, dt.datetime], int]]] = {
    "visitors_checked_in": ("访客登记", "访客", visitors_checked_in),
    "visitor_people": ("来访人数", "访客", visitor_people),
    "visitors_inside": ("仍在楼内", "访客", visitors_inside),
    "requests_received": ("受理", "报修投诉", requests_received),
    "requests_closed": ("关闭", "报修投诉", requests_closed),
    "requests_overdue": ("超时未办", "报修投诉", requests_overdue),
    "callbacks_done": ("完成回访", "报修投诉", callbacks_done),
    "keys_lent": ("借出", "钥匙", keys_lent),
    "keys_returned": ("归还", "钥匙", keys_returned),
    "keys_overdue": ("逾期未还", "钥匙", keys_overdue),
    "bookings_held": ("使用场次", "会议室", bookings_held),
    "mail_received": ("收件", "邮件快递", mail_received),
    "mail_collected": ("取件", "邮件快递", mail_collected),
    "mail_waiting": ("待取", "邮件快递", mail_waiting),
    "loans_made": ("物品借用", "前台", loans_made),
    "goods_released": ("物品放行", "前台", goods_released),
    "lobby_checks_done": ("大堂检查已做", "前台", lobby_checks_done),
    "lobby_checks_missing": ("大堂检查未做", "前台", lobby_checks_missing),
    "fitouts_patrolled": ("巡查户数", "装修", fitouts_patrolled),
    "patrol_violations": ("发现违规", "装修", patrol_violations),
}

STANDING = ("visitors_inside", "requests_overdue", "keys_overdue", "mail_waiting")


def all_counts(site_id: int, start: dt.datetime, end: dt.datetime) -> dict[str, int]:
    """Every count of the range, in COUNTS' order."""
    return {key: fn_(site_id, start, end) for key, (_label, _group, fn_) in COUNTS.items()}
