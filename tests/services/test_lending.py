"""Lending rules on SQLite and PostgreSQL: the inventory, lend within what is there, return, overdue, write-off."""
from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest

from models import LendItem, Loan, db
from services import lending, settings
from services.errors import PermissionDenied, ValidationError
from services.lending import ItemInput
from tests.frontdeskfixtures import desk_set, lend_input


@pytest.fixture
def ds(site):
    return site, desk_set(site)


def test_the_inventory_is_kept_by_supervisors_and_refuses_bad_items(ds):
    site, ids = ds
    with pytest.raises(ValidationError) as exc:
        lending.save_item(ItemInput("长柄雨伞", "rocket", "", "0", "-5"), by=site.supervisor)
    assert exc.value.codes() == {"name": "lending.name_taken", "category": "lending.category",
                                 "quantity": "lending.quantity", "deposit": "lending.money"}
    with pytest.raises(PermissionDenied):
        lending.save_item(ItemInput("充电宝", "charger", "", 5), by=site.clerk)
    charger = lending.save_item(ItemInput("充电宝", "charger", "", 5, "50"), by=site.supervisor)
    rows = {r.name: r for r in lending.items(by=site.clerk)}
    assert rows["充电宝"].available == 5 and rows["充电宝"].deposit == Decimal("50")
    assert rows["行李车 T-02"].tag == "T-02" and rows["行李车 T-02"].quantity == 1
    lending.set_item_active(charger, False, by=site.supervisor)
    assert "充电宝" not in {r.name for r in lending.items(by=site.clerk)}


def test_a_pool_never_lends_more_than_it_holds_and_returns_bring_it_back(ds):
    site, ids = ds
    first = lending.lend(lend_input(ids["umbrella"], quantity=2), by=site.clerk)
    assert first.startswith("JY-")
    with pytest.raises(ValidationError) as exc:
        lending.lend(lend_input(ids["umbrella"], quantity=2), by=site.clerk)
    assert exc.value.code == "lending.none_left" and exc.value.problems[0].params["available"] == 1
    lending.lend(lend_input(ids["umbrella"], borrower="赵女士"), by=site.clerk)
    assert {r.name: r.available for r in lending.items(by=site.clerk)}["长柄雨伞"] == 0
    # The pool cannot shrink below what is out.
    with pytest.raises(ValidationError) as exc:
        lending.save_item(ItemInput("长柄雨伞", "umbrella", "", 2), by=site.supervisor, item_id=ids["umbrella"])
    assert exc.value.codes() == {"quantity": "lending.quantity_below_out"}
    loan = lending.loan_by_number(first, by=site.clerk)
    with pytest.raises(ValidationError) as exc:
        lending.return_loan(loan.id, "", by=site.clerk)
    assert exc.value.codes() == {"returned_by": "required"}
    lending.return_loan(loan.id, "李先生", by=site.clerk, note="伞骨完好")
    assert {r.name: r.available for r in lending.items(by=site.clerk)}["长柄雨伞"] == 2
    row = lending.loan_by_number(first, by=site.clerk)
    assert (row.state, row.returned_by, row.closed_by) == ("returned", "李先生", site.clerk.full_name)
    with pytest.raises(ValidationError) as exc:
        lending.return_loan(loan.id, "李先生", by=site.clerk)
    assert exc.value.code == "lending.already_returned"


def test_a_loan_needs_borrower_phone_due_time_and_signature(ds):
    site, ids = ds
    with pytest.raises(ValidationError) as exc:
        lending.lend(lend_input(ids["trolley"], borrower="", phone="12", signature=None,
                                due_at=dt.datetime.now() - dt.timedelta(hours=1), deposit="abc"), by=site.clerk)
    assert exc.value.codes() == {"borrower": "required", "phone": "phone.format", "deposit": "lending.money",
                                 "signature": "key.signature_needed", "due_at": "key.due_past"}
    with pytest.raises(ValidationError) as exc:
        lending.lend(lend_input(None), by=site.clerk)
    assert exc.value.codes() == {"item": "required"}
    assert Loan.select().count() == 0
    number = lending.lend(lend_input(ids["trolley"], tenant_id=ids["haian"], unit_code="11f-1101", pledge="身份证",
                                     deposit="200"), by=site.clerk)
    row = lending.loan_by_number(number, by=site.clerk)
    assert (row.tenant, row.unit, row.pledge, row.deposit) == ("海岸律师事务所", "11F-1101", "身份证", Decimal(200))
    with pytest.raises(ValidationError) as exc:  # a tagged item is one piece: it is out
        lending.lend(lend_input(ids["trolley"]), by=site.clerk)
    assert exc.value.code == "lending.none_left"


def test_overdue_and_never_came_back_are_listed_and_written_off_only_when_due(ds):
    site, ids = ds
    now = dt.datetime.now().replace(microsecond=0)
    long_ago = lending.lend(lend_input(ids["umbrella"], due_at=now - dt.timedelta(days=40)), by=site.clerk,
                            at=now - dt.timedelta(days=41))
    late = lending.lend(lend_input(ids["umbrella"], due_at=now - dt.timedelta(hours=2)), by=site.clerk,
                        at=now - dt.timedelta(hours=5))
    lending.lend(lend_input(ids["umbrella"]), by=site.clerk)
    figures = lending.lending_figures(by=site.clerk)
    assert (figures.out, figures.overdue, figures.write_off_due) == (3, 2, 1)
    assert [r.number for r in lending.search_loans(by=site.clerk, state="write_off_due").items] == [long_ago]
    assert [r.number for r in lending.search_loans(by=site.clerk, state="overdue").items] == [long_ago, late]
    late_id = lending.loan_by_number(late, by=site.clerk).id
    with pytest.raises(ValidationError) as exc:
        lending.write_off(late_id, "未归还", by=site.supervisor)
    assert exc.value.code == "lending.write_off_early"
    with pytest.raises(PermissionDenied):
        lending.write_off(late_id, "未归还", by=site.clerk)
    old_id = lending.loan_by_number(long_ago, by=site.clerk).id
    lending.write_off(old_id, "多次联系未归还", by=site.supervisor)
    assert LendItem.get_by_id(ids["umbrella"]).quantity == 2  # the lost umbrella left the stand
    assert lending.loan_by_number(long_ago, by=site.clerk).state == "written_off"
    assert lending.search_loans(by=site.clerk, state="written_off").total == 1
    settings.update_settings({"lending.write_off_days": 1}, by=site.manager)
    assert lending.lending_figures(by=site.clerk).write_off_due == 0  # late is 2 hours past due: not yet
    assert lending.search_loans(by=site.clerk, text="李先生", state="").total == 3


def test_two_desks_lending_the_last_umbrella_only_one_wins(ds, database):
    """Two threads on their own connections lend the last umbrella together: one loan is made, the other refused."""
    site, ids = ds
    lending.lend(lend_input(ids["umbrella"], quantity=2), by=site.clerk)
    barrier, results, errors = threading.Barrier(2), {}, {}

    def desk(name: str, actor) -> None:
        try:
            barrier.wait(5)
            results[name] = lending.lend(lend_input(ids["umbrella"], borrower=name), by=actor)
        except Exception as exc:  # noqa: BLE001 - reported to the main thread
            errors[name] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=("甲", site.clerk)),
               threading.Thread(target=desk, args=("乙", site.steward))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert len(results) == 1 and len(errors) == 1
    assert all(isinstance(e, ValidationError) and e.code == "lending.none_left" for e in errors.values())
    assert Loan.select().where(Loan.state == "out").count() == 2
