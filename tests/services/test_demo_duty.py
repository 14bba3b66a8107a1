"""The demo's duty logs: three weeks of shifts handed over in turn, the last one before now waiting."""
from __future__ import annotations

import random

from models import now
from models.duty import DutyLog, DutyMatter
from services import duty
from services.demo_duty import DAYS, fill_duty


def test_three_weeks_of_shifts_handed_over_and_acknowledged(site):
    staff = {"clerk": site.clerk, "steward": site.steward, "supervisor": site.supervisor}
    moment = now()  # one moment throughout: a shift may end while the test runs
    result = fill_duty(random.Random(3), site.site_id, staff, moment.date(), at=moment)
    logs = list(DutyLog.select().order_by(DutyLog.starts))
    assert result.logs == len(logs) and len(logs) >= 3 * (DAYS - 1)
    current = duty.current_slot(by=site.clerk, at=moment)
    assert current is not None and current.log_id == logs[-1].id and logs[-1].state == "open"
    assert logs[-2].state == "closed"
    assert duty.waiting_acknowledgement(by=site.clerk) == 1
    assert {log.state for log in logs[:-2]} == {"acknowledged"}
    for log, following in zip(logs, logs[1:], strict=False):
        assert following.starts == log.ends  # no shift missed
        if log.state == "acknowledged":
            assert log.acknowledged_by != log.closed_by and log.acknowledged_at >= log.closed_at
            assert log.counts and log.close_signature and log.ack_signature
    assert logs[-1].starts <= moment < logs[-1].ends
    raised = DutyMatter.select().count()
    assert result.matters == raised and raised > 0
    # Matters handed over show up carried in the next log.
    first = DutyMatter.select().order_by(DutyMatter.raised_at).first()
    later = next(log for log in logs if log.starts >= first.raised_at)
    assert first.id in [m.id for m in duty.get_log(later.id, by=site.clerk, count=False).matters if m.carried]
