"""The tenant registry: create, edit, search, documents, and every refusal keeping the database clean."""
from __future__ import annotations

import datetime as dt

import pytest

from models import AuditEntry, Contact, Tenant, TenantDocument, Unit
from services import building, tenants
from services.errors import PermissionDenied, StaleRecord, ValidationError
from services.tenants import ContactInput, DocumentInput, TenantInput

GOOD_CODE = "91350100M000100Y43"


@pytest.fixture
def units(site):
    building.generate_units(building.GenerateInput(11, 12, 3, "120.5"), by=site.supervisor)
    return site


def _tenant(**over) -> TenantInput:
    data = TenantInput(
        name="深圳市前海云帆科技有限公司", kind="lessee", credit_code=GOOD_CODE,
        lease_start=dt.date(2026, 1, 1), lease_end=dt.date(2028, 12, 31),
        emergency_name="周敏", emergency_phone="13912345678", notes="前台在 12 楼",
        units=["12F-1201", "12F-1202"],
        contacts=[ContactInput("李雷", "138 1234 5678", "行政经理"), ContactInput("韩梅梅", "0755-86001234", "前台")],
    )
    for key, value in over.items():
        setattr(data, key, value)
    return data


def test_create_tenant_lands_whole(units):
    tenant_id = tenants.create_tenant(_tenant(), by=units.clerk)
    t = Tenant.get_by_id(tenant_id)
    assert (t.name, t.credit_code, t.name_initials) == ("深圳市前海云帆科技有限公司", GOOD_CODE, "SZSQHYFKJYXGS")
    assert [c.phone for c in Contact.select().where(Contact.tenant == t)] == ["13812345678", "0755-86001234"]
    assert Contact.get(Contact.name == "李雷").is_primary
    assert {u.code: u.status for u in Unit.select().where(Unit.code.startswith("12F-120"))} == {
        "12F-1201": "occupied", "12F-1202": "occupied", "12F-1203": "vacant"}
    entry = AuditEntry.get((AuditEntry.entity == "tenant") & (AuditEntry.action == "create"))
    assert "12F-1201" in entry.after and entry.username == "clerk"


def test_bad_input_is_refused_field_by_field_and_nothing_lands(units):
    bad = _tenant(
        name="  ", credit_code="91350100M000100Y44", emergency_phone="12345",
        lease_start=dt.date(2027, 1, 1), lease_end=dt.date(2026, 1, 1), units=["12F-1201", "99F-9901"],
        contacts=[ContactInput("", "13812345678"), ContactInput("王五", "555")],
    )
    with pytest.raises(ValidationError) as exc:
        tenants.create_tenant(bad, by=units.clerk)
    assert exc.value.codes() == {
        "name": "required", "credit_code": "uscc.checksum", "emergency_phone": "phone.format",
        "lease_end": "tenant.lease_order", "units": "tenant.unit_unknown",
        "contacts[0].name": "required", "contacts[1].phone": "phone.format",
    }
    assert Tenant.select().count() == 0 and Contact.select().count() == 0
    assert Unit.get(Unit.code == "12F-1201").status == "vacant"


def test_a_unit_held_by_another_tenant_is_refused_with_its_name(units):
    tenants.create_tenant(_tenant(), by=units.clerk)
    with pytest.raises(ValidationError) as exc:
        tenants.create_tenant(_tenant(name="另一家公司", credit_code="", units=["12F-1202"]), by=units.clerk)
    problem = exc.value.problems[0]
    assert (problem.field, problem.code, problem.params["tenant"]) == (
        "units", "tenant.unit_taken", "深圳市前海云帆科技有限公司")


def test_same_credit_code_twice_is_refused(units):
    tenants.create_tenant(_tenant(), by=units.clerk)
    with pytest.raises(ValidationError) as exc:
        tenants.create_tenant(_tenant(name="重复", units=[]), by=units.clerk)
    assert exc.value.codes() == {"credit_code": "tenant.credit_taken"}


def test_edit_moves_units_and_refuses_a_stale_copy(units):
    tenant_id = tenants.create_tenant(_tenant(), by=units.clerk)
    opened = tenants.get_tenant(tenant_id, by=units.clerk)
    edited = opened.data
    edited.units = ["12F-1203"]
    edited.contacts.append(ContactInput("赵六", "13700001111", "财务"))
    new_version = tenants.update_tenant(tenant_id, edited, version=opened.version, by=units.steward)
    assert new_version == opened.version + 1
    again = tenants.get_tenant(tenant_id, by=units.clerk)
    assert again.data.units == ["12F-1203"] and [c.name for c in again.data.contacts] == ["李雷", "韩梅梅", "赵六"]
    assert Unit.get(Unit.code == "12F-1201").status == "vacant"
    # A second desk still holding the first version is refused with who changed it.
    with pytest.raises(StaleRecord) as exc:
        tenants.update_tenant(tenant_id, _tenant(name="改名"), version=opened.version, by=units.clerk)
    assert exc.value.changed_by == "steward"
    assert Tenant.get_by_id(tenant_id).name == "深圳市前海云帆科技有限公司"


def test_search_by_name_initials_unit_contact_and_phone(units):
    a = tenants.create_tenant(_tenant(), by=units.clerk)
    b = tenants.create_tenant(_tenant(name="华南贸易有限公司", credit_code="", units=["11F-1101"],
                                      contacts=[ContactInput("王芳", "13600002222")]), by=units.clerk)

    def ids(text):
        return [r.id for r in tenants.search_tenants(by=units.clerk, text=text).items]

    assert ids("云帆") == [a]
    assert ids("hnmy") == [b]
    assert ids("12F-1202") == [a]
    assert ids("1101") == [b]
    assert ids("王芳") == [b]
    assert ids("2222") == [b]
    assert ids(GOOD_CODE.lower()) == [a]
    assert set(ids("")) == {a, b}
    row = tenants.search_tenants(by=units.clerk, text="云帆").items[0]
    assert (row.units, row.contact, row.phone) == ("12F-1201、12F-1202", "李雷", "13812345678")


def test_tenant_list_rows_pages_and_filters(units):
    """The list's row (units in code order, the primary contact), its pages and count, and each filter."""
    a = tenants.create_tenant(_tenant(units=["12F-1203", "11F-1102", "12F-1201"]), by=units.clerk)
    b = tenants.create_tenant(_tenant(name="百分_百%贸易", credit_code="", units=[], contacts=[],
                                      lease_end=dt.date.today() + dt.timedelta(days=30)), by=units.clerk)
    c = tenants.create_tenant(_tenant(name="百分之百贸易", credit_code="", units=["11F-1101"],
                                      contacts=[ContactInput("王芳", "13600002222"),
                                                ContactInput("张伟", "13600003333", is_primary=True)]), by=units.clerk)
    rows = {r.id: r for r in tenants.search_tenants(by=units.clerk).items}
    assert (rows[a].units, rows[a].contact, rows[a].phone, rows[a].lease_end) == (
        "11F-1102、12F-1201、12F-1203", "李雷", "13812345678", dt.date(2028, 12, 31))
    assert (rows[b].units, rows[b].contact, rows[b].phone) == ("", "", "")
    assert (rows[c].units, rows[c].contact, rows[c].phone) == ("11F-1101", "张伟", "13600003333")

    def ids(**search):
        return [r.id for r in tenants.search_tenants(by=units.clerk, **search).items]

    # % and _ are the clerk's characters, not wildcards; initials match from the start only.
    assert ids(text="_") == [b] and ids(text="%") == [b] and ids(text="分_百") == [b]
    assert ids(text="bfzb") == [c] and ids(text="fzb") == [] and ids(text="1102") == [a]
    assert ids(text="没有这家") == [] and ids(lease_ending_within=90) == [b]
    everyone = ids()
    first, second = (tenants.search_tenants(by=units.clerk, page=p, page_size=2) for p in (0, 1))
    assert [r.id for r in first.items + second.items] == everyone and (first.total, second.total) == (3, 3)
    assert first.has_more and not second.has_more
    tenants.cancel_tenant(c, "录入错误", by=units.supervisor)
    assert ids(text="百") == [b] and ids(text="百", status="cancelled") == [c]
    assert sorted(ids(status="")) == sorted(everyone)


def test_documents_on_file_with_scans_are_voided_not_deleted(units):
    tenant_id = tenants.create_tenant(_tenant(), by=units.clerk)
    doc_id = tenants.add_document(tenant_id, DocumentInput("business_licence", dt.date(2026, 1, 2), "副本",
                                                           "licence.pdf", b"%PDF-1.4 scan"), by=units.clerk)
    tenants.add_document(tenant_id, DocumentInput("lease", dt.date(2026, 1, 3)), by=units.clerk)
    docs = tenants.list_documents(tenant_id, by=units.clerk)
    assert [(d.doc_type, d.has_file) for d in docs] == [("lease", False), ("business_licence", True)]
    assert tenants.document_file(doc_id, by=units.clerk) == ("licence.pdf", b"%PDF-1.4 scan")
    with pytest.raises(PermissionDenied):
        tenants.void_document(doc_id, "扫描错误", by=units.clerk)
    tenants.void_document(doc_id, "扫描错误", by=units.supervisor)
    assert TenantDocument.get_by_id(doc_id).voided
    with pytest.raises(ValidationError) as exc:
        tenants.add_document(tenant_id, DocumentInput("nonsense", dt.date.today() + dt.timedelta(days=3)),
                             by=units.clerk)
    assert exc.value.codes() == {"doc_type": "document.type", "received_on": "date_future"}


def test_cancel_needs_a_supervisor_and_a_reason(units):
    tenant_id = tenants.create_tenant(_tenant(), by=units.clerk)
    with pytest.raises(PermissionDenied):
        tenants.cancel_tenant(tenant_id, "录入错误", by=units.clerk)
    with pytest.raises(ValidationError):
        tenants.cancel_tenant(tenant_id, " ", by=units.supervisor)
    tenants.cancel_tenant(tenant_id, "录入错误", by=units.supervisor)
    assert Tenant.get_by_id(tenant_id).status == "cancelled"
    assert Unit.get(Unit.code == "12F-1201").status == "vacant"
    assert tenants.search_tenants(by=units.clerk, text="云帆").total == 0
