"""Mail and parcel rules on SQLite and PostgreSQL: arrival, duplicates, batch intake, collection, returns, lists."""
from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from models import AuditEntry, MailItem, db
from services import mail, settings
from services.errors import PermissionDenied, ValidationError
from services.mail import BatchInput, CollectInput
from tests.frontdeskfixtures import arrival, desk_set
from tests.keyfixtures import signature_png


@pytest.fixture
def ds(site):
    return site, desk_set(site)


def _collect(**changes) -> CollectInput:
    base = CollectInput(collector="王小姐", phone_tail="5678", signature=signature_png())
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def test_an_arrival_is_logged_for_the_tenants_unit_and_floor(ds):
    site, ids = ds
    item_id = mail.log_arrival(arrival(ids["yunfan"], " sf 1234 5678 90", unit_code="12f-1202"), by=site.clerk)
    row = mail.mail_row(item_id, by=site.clerk)
    assert row.number.startswith("YJ-") and row.tracking == "SF1234567890"
    assert (row.unit, row.floor, row.state, row.received_by) == ("12F-1202", "12F", "waiting", site.clerk.full_name)
    # No unit typed: the tenant's first unit names the floor.
    other = mail.mail_row(mail.log_arrival(arrival(ids["haian"], "YT0000000001"), by=site.clerk), by=site.clerk)
    assert (other.unit, other.floor) == ("11F-1101", "11F")
    assert AuditEntry.select().where((AuditEntry.entity == "mail") & (AuditEntry.action == "receive")).count() == 2


def test_bad_arrivals_are_refused_field_by_field_and_nothing_is_saved(ds):
    site, ids = ds
    with pytest.raises(ValidationError) as exc:
        mail.log_arrival(arrival(None, "", courier="", count="0"), by=site.clerk)
    assert exc.value.codes() == {"tenant": "required", "tracking": "required", "courier": "required",
                                 "count": "mail.count"}
    with pytest.raises(ValidationError) as exc:
        mail.log_arrival(arrival(ids["haian"], "中文单号", courier="火箭快递", unit_code="12F-1201"), by=site.clerk)
    assert exc.value.codes() == {"tenant": "mail.unit_not_tenants", "tracking": "mail.tracking_format",
                                 "courier": "mail.courier_unknown"}
    # A letter needs neither tracking number nor courier.
    mail.log_arrival(arrival(ids["haian"], "", kind="letter", courier=""), by=site.clerk)
    assert MailItem.select().count() == 1
    with pytest.raises(PermissionDenied):
        mail.log_arrival(arrival(ids["haian"], "SF0000000001"), by=site.engineer)


def test_a_tracking_number_still_on_the_shelf_is_refused_but_may_come_again_after_collection(ds):
    site, ids = ds
    first = mail.log_arrival(arrival(ids["yunfan"], "SF1111111111"), by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        mail.log_arrival(arrival(ids["haian"], "sf1111111111"), by=site.clerk)
    assert exc.value.code == "mail.duplicate" and exc.value.problems[0].params["number"].startswith("YJ-")
    mail.collect([first], _collect(), by=site.clerk)
    mail.log_arrival(arrival(ids["yunfan"], "SF1111111111"), by=site.clerk)  # a re-delivery after collection


def test_a_batch_is_all_or_nothing_and_names_the_bad_line(ds):
    site, ids = ds
    lines = [arrival(ids["yunfan"], "ZT100", courier=""), arrival(ids["haian"], "ZT100", courier=""),
             arrival(None, "ZT3000003", courier="")]
    with pytest.raises(ValidationError) as exc:
        mail.log_batch(BatchInput("中通", "B", lines), by=site.clerk)
    assert exc.value.codes() == {"line0.tracking": "mail.tracking_format", "line1.tracking": "mail.tracking_format",
                                 "line2.tenant": "required"}
    lines = [arrival(ids["yunfan"], "ZT1000001", courier="", shelf=""),
             arrival(ids["haian"], "ZT1000001", courier="", shelf=""),
             arrival(ids["lanjing"], "ZT1000003", courier="", shelf="")]
    with pytest.raises(ValidationError) as exc:
        mail.log_batch(BatchInput("中通", "B", lines), by=site.clerk)
    assert exc.value.codes() == {"line1.tracking": "mail.tracking_twice"}
    assert MailItem.select().count() == 0
    lines[1].tracking = "ZT1000002"
    made = mail.log_batch(BatchInput("中通", "B", lines), by=site.clerk)
    rows = [MailItem.get_by_id(i) for i in made]
    assert {(r.courier, r.shelf) for r in rows} == {("中通", "B")} and len({r.batch_no for r in rows}) == 1


def test_collecting_by_scan_needs_name_phone_tail_and_signature_and_happens_once(ds):
    site, ids = ds
    item_id = mail.log_arrival(arrival(ids["yunfan"], "JD0012345678"), by=site.clerk)
    found = mail.find_waiting("jd0012345678", by=site.clerk)
    assert found.id == item_id
    assert mail.find_waiting(found.number, by=site.clerk).id == item_id  # the slip's own number scans too
    with pytest.raises(ValidationError) as exc:
        mail.collect([item_id], _collect(collector="", phone_tail="56", signature=None), by=site.clerk)
    assert exc.value.codes() == {"collector": "required", "phone_tail": "mail.phone_tail",
                                 "signature": "key.signature_needed"}
    assert mail.collect([item_id], _collect(), by=site.clerk) == 1
    item = MailItem.get_by_id(item_id)
    assert (item.state, item.collector, item.collector_phone_tail) == ("collected", "王小姐", "5678")
    assert bytes(item.signature).startswith(b"\x89PNG") and mail.signature_of(item_id, by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        mail.collect([item_id], _collect(), by=site.clerk)
    assert exc.value.code == "mail.already_collected"
    with pytest.raises(ValidationError) as exc:
        mail.find_waiting("JD0012345678", by=site.clerk)
    assert exc.value.code == "mail.already_collected"
    with pytest.raises(ValidationError) as exc:
        mail.find_waiting("NOSUCH0001", by=site.clerk)
    assert exc.value.code == "mail.not_found"


def test_return_to_sender_keeps_the_reason_and_leaves_the_shelf(ds):
    site, ids = ds
    item_id = mail.log_arrival(arrival(ids["lanjing"], "EMS00000001", courier="EMS"), by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        mail.return_to_sender(item_id, " ", by=site.clerk)
    assert exc.value.codes() == {"reason": "required"}
    mail.return_to_sender(item_id, "查无此人", by=site.clerk)
    item = MailItem.get_by_id(item_id)
    assert item.state == "returned" and "查无此人" in item.note
    assert mail.waiting_of_tenant(ids["lanjing"], by=site.clerk) == []


def test_uncollected_after_the_sites_days_show_in_figures_and_list(ds):
    site, ids = ds
    now = dt.datetime.now().replace(microsecond=0)
    old = mail.log_arrival(arrival(ids["yunfan"], "SF2000000001"), by=site.clerk, at=now - dt.timedelta(days=5))
    mail.log_arrival(arrival(ids["yunfan"], "SF2000000002"), by=site.clerk, at=now - dt.timedelta(days=1))
    mail.log_arrival(arrival(ids["haian"], "SF2000000003"), by=site.clerk)
    figures = mail.mail_figures(by=site.clerk)
    assert (figures.waiting, figures.uncollected, figures.today, figures.days) == (3, 1, 1, 3)
    assert [r.id for r in mail.search_mail(by=site.clerk, state="uncollected").items] == [old]
    settings.update_settings({"mail.uncollected_days": 1}, by=site.manager)
    assert mail.mail_figures(by=site.clerk).uncollected == 2
    assert [r.tracking for r in mail.waiting_of_tenant(ids["yunfan"], by=site.clerk)] == ["SF2000000001",
                                                                                         "SF2000000002"]
    assert mail.search_mail(by=site.clerk, text="海岸").total == 1
    assert mail.search_mail(by=site.clerk, text="2000000002").total == 1
    assert mail.waiting_floors(by=site.clerk) == ["11F", "12F"]


def test_couriers_and_shelves_are_the_sites_lists():
    assert mail.split_list("顺丰、京东, 中通；EMS\n邮政") == ["顺丰", "京东", "中通", "EMS", "邮政"]


def test_two_desks_handing_out_the_same_parcel_only_one_wins(ds, database):
    """Each desk on its own connection: desk A holds its transaction open after the hand-over; desk B waits on
    the row and is refused once A commits."""
    site, ids = ds
    item_id = mail.log_arrival(arrival(ids["yunfan"], "SF3000000001"), by=site.clerk)
    done, results, errors = threading.Event(), {}, {}

    def desk_a() -> None:
        try:
            with db.atomic():
                results["a"] = mail.collect([item_id], _collect(collector="甲"), by=site.clerk)
                done.set()
                time.sleep(0.6)
        except Exception as exc:  # noqa: BLE001 - reported to the main thread
            errors["a"] = exc
        finally:
            done.set()
            db.close()

    def desk_b() -> None:
        done.wait(5)
        try:
            results["b"] = mail.collect([item_id], _collect(collector="乙"), by=site.steward)
        except Exception as exc:  # noqa: BLE001
            errors["b"] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=desk_a), threading.Thread(target=desk_b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert results.get("a") == 1 and "a" not in errors
    assert isinstance(errors.get("b"), ValidationError) and errors["b"].code == "mail.already_collected"
    assert MailItem.get_by_id(item_id).collector == "甲"


def test_a_stewards_round_takes_the_signed_items_off_the_shelf(ds):
    site, ids = ds
    first = mail.log_arrival(arrival(ids["yunfan"], "SF4000000001"), by=site.clerk)
    second = mail.log_arrival(arrival(ids["haian"], "SF4000000002"), by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        mail.deliver([first], mail.DeliverInput(steward=" "), by=site.steward)
    assert exc.value.codes() == {"steward": "required"}
    with pytest.raises(ValidationError) as exc:
        mail.deliver([], mail.DeliverInput(steward="赵管家"), by=site.steward)
    assert exc.value.code == "mail.none_chosen"
    assert mail.deliver([first], mail.DeliverInput(steward="赵管家", receiver="前台小李"), by=site.steward) == 1
    row = mail.mail_row(first, by=site.clerk)
    assert (row.state, row.delivered_by, row.collector, row.closed_by) == ("collected", "赵管家", "前台小李",
                                                                           site.steward.full_name)
    assert mail.search_mail(by=site.clerk, state="collected", text="赵管家").total == 1
    assert [r.id for r in mail.search_mail(by=site.clerk).items] == [second]
    with pytest.raises(ValidationError) as exc:
        mail.deliver([first, second], mail.DeliverInput(steward="赵管家"), by=site.steward)
    assert exc.value.code == "mail.already_collected" and MailItem.get_by_id(second).state == "waiting"
