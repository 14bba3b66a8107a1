"""Lending at the counter (公共服务借用): umbrellas, luggage trolleys, small tools, chargers.

Like keys but lighter: an inventory of items (a counted pool, or one tagged item), a loan to a borrower until
a due time, its return, what is out now and overdue, and what never came back (written off after the site's
`lending.write_off_days` past due, by a supervisor). A pool never lends more than it holds: the check and the
loan are one transaction that locks the item row first.
"""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from models import LendItem, Loan, Tenant, db, is_postgres, now
from services import settings
from services.access import Actor, require
from services.audit import record
from services.counter_forms import signature_png
from services.errors import NotFound, Problems, ValidationError
from services.move_fields import phone_field
from services.numbering import next_number
from services.paging import Page, page_of

NUMBER_KIND = "JY"  # 借用 numbers: JY-2026-0001
FILTERS = ("out", "overdue", "write_off_due", "returned", "written_off", "")
CATEGORIES = ("umbrella", "trolley", "tool", "charger", "other")


@dataclass
class ItemInput:
    name: str = ""
    category: str = "other"
    tag: str = ""
    quantity: int | str = 1
    deposit: str | Decimal = ""
    note: str = ""


@dataclass
class LendInput:
    """A loan as typed at the counter."""

    item_id: int | None = None
    quantity: int | str = 1
    borrower: str = ""
    tenant_id: int | None = None
    unit_code: str = ""
    phone: str = ""
    pledge: str = ""  # 押证件 / 押金 note
    deposit: str | Decimal = ""
    due_at: dt.datetime | None = None
    signature: bytes | None = None
    note: str = ""


@dataclass(frozen=True)
class ItemRow:
    id: int
    name: str
    category: str
    tag: str
    quantity: int
    out: int
    deposit: Decimal | None
    active: bool
    note: str
    version: int

    @property
    def available(self) -> int:
        return self.quantity - self.out


@dataclass(frozen=True)
class LoanRow:
    id: int
    number: str
    item_id: int
    item: str
    tag: str
    quantity: int
    borrower: str
    tenant: str
    unit: str
    phone: str
    pledge: str
    deposit: Decimal | None
    lent_at: dt.datetime
    due_at: dt.datetime
    lent_by: str
    state: str
    closed_at: dt.datetime | None
    closed_by: str
    returned_by: str
    note: str

    def overdue(self, moment: dt.datetime) -> bool:
        return self.state == "out" and self.due_at < moment


@dataclass(frozen=True)
class LendingFigures:
    out: int
    overdue: int
    write_off_due: int


def _money(problems: Problems, name: str, value: str | Decimal) -> Decimal | None:
    text = str(value if value is not None else "").strip().replace(",", "").replace("¥", "").replace("元", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except decimal.InvalidOperation:
        amount = Decimal(-1)
    if not amount.is_finite() or amount < 0 or amount > 100000:
        problems.add(name, "lending.money")
        return None
    return amount.quantize(Decimal("0.01"))


def _count(problems: Problems, name: str, value: int | str, maximum: int) -> int:
    try:
        count = int(str(value).strip())
    except ValueError:
        count = 0
    if not 1 <= count <= maximum:
        problems.add(name, "lending.quantity", maximum=maximum)
    return count


def _out_counts(site_id: int) -> dict[int, int]:
    return dict(Loan.select(Loan.item, fn.SUM(Loan.quantity)).where((Loan.site == site_id) & (Loan.state == "out"))
                .group_by(Loan.item).tuples())


# -- the inventory -----------------------------------------------------------------------------------------------
def save_item(data: ItemInput, *, by: Actor, item_id: int | None = None) -> int:
    """Add an item to the inventory, or change one; a tagged item is always one piece."""
    require(by, "lending.items")
    problems = Problems()
    clean = {
        "name": problems.text("name", data.name, 60, required=True),
        "tag": problems.text("tag", data.tag, 20).upper(),
        "note": problems.text("note", data.note, 500),
        "deposit": _money(problems, "deposit", data.deposit),
    }
    if data.category not in CATEGORIES:
        problems.add("category", "lending.category")
    clean["category"] = data.category
    clean["quantity"] = 1 if clean["tag"] else _count(problems, "quantity", data.quantity, 999)
    same = LendItem.select().where((LendItem.site == by.site_id) & (LendItem.name == clean["name"]))
    if item_id is not None:
        same = same.where(LendItem.id != item_id)
    if clean["name"] and same.exists():
        problems.add("name", "lending.name_taken")
    if item_id is not None and not problems.has("quantity"):
        out = _out_counts(by.site_id).get(item_id, 0)
        if clean["quantity"] < out:
            problems.add("quantity", "lending.quantity_below_out", out=out)
    problems.raise_if_any()
    with db.atomic():
        if item_id is None:
            item = LendItem.create(site=by.site_id, **clean)
            record(by, "create", "lend_item", item.id, after={"name": item.name, "quantity": item.quantity})
            return item.id
        item = _item(by.site_id, item_id)
        LendItem.update(version=LendItem.version + 1, updated_at=now(), **clean).where(LendItem.id == item_id).execute()
        record(by, "update", "lend_item", item_id, before={"name": item.name, "quantity": item.quantity},
               after={"name": clean["name"], "quantity": clean["quantity"]})
        return item_id


def set_item_active(item_id: int, active: bool, *, by: Actor) -> None:
    """Take an item off the counter's list (its loans stay on record), or put it back."""
    require(by, "lending.items", entity="lend_item", record_id=item_id)
    _item(by.site_id, item_id)
    with db.atomic():
        LendItem.update(active=active, version=LendItem.version + 1).where(LendItem.id == item_id).execute()
        record(by, "update", "lend_item", item_id, after={"active": active})


def _item(site_id: int, item_id: int | None) -> LendItem:
    item = LendItem.get_or_none((LendItem.id == item_id) & (LendItem.site == site_id)) if item_id else None
    if item is None:
        raise NotFound("lend_item", item_id)
    return item


def items(*, by: Actor, active_only: bool = True) -> list[ItemRow]:
    """The inventory with how many of each are out now."""
    require(by, "lending.view")
    out = _out_counts(by.site_id)
    query = LendItem.select().where(LendItem.site == by.site_id)
    if active_only:
        query = query.where(LendItem.active)
    return [ItemRow(i.id, i.name, i.category, i.tag, i.quantity, out.get(i.id, 0), i.deposit, i.active, i.note,
                    i.version) for i in query.order_by(LendItem.category, LendItem.name)]


# -- loans ---------------------------------------------------------------------------------------------------------
def lend(data: LendInput, *, by: Actor, at: dt.datetime | None = None) -> str:
    """Lend an item (or several of a pool) on one slip; return the slip number."""
    require(by, "lending.lend")
    moment = at or now()
    problems = Problems()
    item = LendItem.get_or_none((LendItem.id == data.item_id) & (LendItem.site == by.site_id)) \
        if data.item_id else None
    if item is None or not item.active:
        problems.add("item", "required" if data.item_id is None else "lending.item_unknown")
    quantity = _count(problems, "quantity", data.quantity, item.quantity if item else 999)
    tenant = None
    if data.tenant_id is not None:
        tenant = Tenant.get_or_none((Tenant.id == data.tenant_id) & (Tenant.site == by.site_id))
        if tenant is None:
            problems.add("tenant", "key.tenant_unknown")
    fields = {
        "borrower": problems.text("borrower", data.borrower, 60, required=True),
        "unit_code": problems.text("unit_code", data.unit_code, 20).upper(),
        "phone": phone_field(problems, "phone", data.phone, required=True),
        "pledge": problems.text("pledge", data.pledge, 60),
        "deposit": _money(problems, "deposit", data.deposit),
        "note": problems.text("note", data.note, 500),
        "signature": signature_png(problems, data.signature),
        "tenant": tenant,
    }
    max_days = int(settings.get(by.site_id, "keys.max_loan_days"))
    if data.due_at is None:
        problems.add("due_at", "required")
    elif data.due_at <= moment:
        problems.add("due_at", "key.due_past")
    elif data.due_at > moment + dt.timedelta(days=max_days):
        problems.add("due_at", "key.due_far", days=max_days)
    problems.raise_if_any()
    with db.atomic():
        # Lock the item first: two desks lending the last umbrella queue here, the second sees none left.
        lock = LendItem.select().where(LendItem.id == item.id)
        if is_postgres():
            lock = lock.for_update()
        else:
            LendItem.update(version=LendItem.version).where(LendItem.id == item.id).execute()  # take the write lock
        lock.get()
        out = _out_counts(by.site_id).get(item.id, 0)
        if out + quantity > item.quantity:
            raise ValidationError("quantity", "lending.none_left", available=item.quantity - out, name=item.name)
        number = next_number(by.site_id, NUMBER_KIND)
        loan = Loan.create(site=by.site_id, number=number, item=item, quantity=quantity, lent_at=moment,
                           due_at=data.due_at, lent_by=by.full_name, **fields)
        record(by, "lend", "loan", loan.id, after={"number": number, "item": item.name, "quantity": quantity},
               note=fields["borrower"])
        return number


def _loan(site_id: int, loan_id: int) -> Loan:
    loan = Loan.get_or_none((Loan.id == loan_id) & (Loan.site == site_id))
    if loan is None:
        raise NotFound("loan", loan_id)
    return loan


def _end(loan: Loan, state: str, fields: dict, by: Actor, moment: dt.datetime) -> None:
    done = (Loan.update(state=state, closed_at=moment, closed_by=by.full_name, version=Loan.version + 1,
                        updated_at=now(), **fields)
            .where((Loan.id == loan.id) & (Loan.state == "out")).execute())
    if done != 1:
        raise ValidationError("loan", f"lending.already_{Loan.get_by_id(loan.id).state}", number=loan.number)
    record(by, state if state != "returned" else "return", "loan", loan.id, before={"state": "out"},
           after={"state": state}, note=fields.get("returned_by", ""))


def return_loan(loan_id: int, returned_by: str, *, by: Actor, note: str = "", at: dt.datetime | None = None) -> None:
    """The item is back at the counter (the deposit or ID card goes back with it)."""
    require(by, "lending.return", entity="loan", record_id=loan_id)
    loan = _loan(by.site_id, loan_id)
    problems = Problems()
    fields = {"returned_by": problems.text("returned_by", returned_by, 60, required=True)}
    extra = problems.text("note", note, 500)
    if loan.state != "out":
        problems.add("loan", f"lending.already_{loan.state}", number=loan.number)
    problems.raise_if_any()
    if extra:
        fields["note"] = f"{loan.note} {extra}".strip()
    with db.atomic():
        _end(loan, "returned", fields, by, at or now())


def write_off(loan_id: int, reason: str, *, by: Actor, at: dt.datetime | None = None) -> None:
    """A loan that never came back leaves the counter's count: only after `lending.write_off_days` past due."""
    require(by, "lending.write_off", entity="loan", record_id=loan_id)
    loan = _loan(by.site_id, loan_id)
    moment = at or now()
    problems = Problems()
    text = problems.text("reason", reason, 500, required=True)
    days = int(settings.get(by.site_id, "lending.write_off_days"))
    if loan.state != "out":
        problems.add("loan", f"lending.already_{loan.state}", number=loan.number)
    elif loan.due_at + dt.timedelta(days=days) > moment:
        problems.add("loan", "lending.write_off_early", days=days)
    problems.raise_if_any()
    with db.atomic():
        _end(loan, "written_off", {"note": f"{loan.note} 核销：{text}".strip()}, by, moment)
        # The pool holds fewer from now on: a lost umbrella is no longer on the stand.
        LendItem.update(quantity=LendItem.quantity - loan.quantity, version=LendItem.version + 1).where(
            LendItem.id == loan.item_id).execute()


def _loan_query(site_id: int):
    return (Loan.select(Loan, LendItem.name.alias("item_name"), LendItem.tag.alias("item_tag"),
                        Tenant.name.alias("tenant_name"))
            .join(LendItem, on=(Loan.item == LendItem.id))
            .switch(Loan).join(Tenant, JOIN.LEFT_OUTER, on=(Loan.tenant == Tenant.id))
            .where(Loan.site == site_id).objects())


def _loan_row(m) -> LoanRow:
    return LoanRow(m.id, m.number, m.item_id, m.item_name, m.item_tag, m.quantity, m.borrower, m.tenant_name or "",
                   m.unit_code, m.phone, m.pledge, m.deposit, m.lent_at, m.due_at, m.lent_by, m.state, m.closed_at,
                   m.closed_by, m.returned_by, m.note)


def search_loans(*, by: Actor, text: str = "", state: str = "out", page: int = 0,
                 page_size: int = 200) -> Page[LoanRow]:
    """Loans by borrower, phone, item, tag or number; `state` one of FILTERS ('write_off_due': out and past due
    longer than the site's lending.write_off_days — the ones that never came back)."""
    require(by, "lending.view")
    moment = now()
    query = _loan_query(by.site_id)
    if state == "overdue":
        query = query.where((Loan.state == "out") & (Loan.due_at < moment))
    elif state == "write_off_due":
        days = int(settings.get(by.site_id, "lending.write_off_days"))
        query = query.where((Loan.state == "out") & (Loan.due_at < moment - dt.timedelta(days=days)))
    elif state:
        query = query.where(Loan.state == state)
    needle = text.strip()
    if needle:
        query = query.where(Loan.borrower.contains(needle) | Loan.phone.contains(needle)
                            | LendItem.name.contains(needle) | (LendItem.tag == needle.upper())
                            | (Loan.number == needle.upper()) | Tenant.name.contains(needle)
                            | Loan.unit_code.contains(needle.upper()))
    order = Loan.due_at.asc() if state in ("out", "overdue", "write_off_due") else Loan.lent_at.desc()
    return page_of(query.order_by(order, Loan.id), page, page_size, _loan_row)


def loan_by_number(number: str, *, by: Actor) -> LoanRow:
    require(by, "lending.view")
    m = _loan_query(by.site_id).where(Loan.number == number.strip().upper()).first()
    if m is None:
        raise NotFound("loan", number)
    return _loan_row(m)


def lending_figures(*, by: Actor) -> LendingFigures:
    require(by, "lending.view")
    moment = now()
    out = Loan.select().where((Loan.site == by.site_id) & (Loan.state == "out"))
    days = int(settings.get(by.site_id, "lending.write_off_days"))
    return LendingFigures(out.count(), out.where(Loan.due_at < moment).count(),
                          out.where(Loan.due_at < moment - dt.timedelta(days=days)).count())
