"""A tower with one tenant on 12F-1201 and a fit-out application for it, for the fit-out tests."""
from __future__ import annotations

import datetime as dt

from services import building, fitout, tenants
from services.fitout import FitoutInput
from services.tenants import TenantInput

START = dt.date(2026, 12, 1)


def fitout_tower(site) -> int:
    """Units 11F–12F; tenant 云帆 holds 12F-1201. Returns the tenant id."""
    building.generate_units(building.GenerateInput(11, 12, 3, "120.5"), by=site.supervisor)
    return tenants.create_tenant(TenantInput(name="深圳市前海云帆科技有限公司", units=["12F-1201"]), by=site.clerk)


def application(tenant_id: int, **over) -> FitoutInput:
    data = FitoutInput(
        unit_code="12F-1201", tenant_id=tenant_id, applicant_name="李雷", applicant_phone="13812345678",
        contractor_name="深圳市华匠装饰工程有限公司", contractor_licence="D244012345", site_manager="王建国",
        contractor_phone="139 1234 5678", scope="办公区隔墙、吊顶、地毯；新增会议室一间", area="120.50",
        planned_start=START, planned_end=START + dt.timedelta(days=44), drawings="平面布置图\n天花图\n电气图",
        insurer="中国平安财产保险", insurance_cover="1000000", insurance_expiry=dt.date(2027, 12, 31),
        applicant_kind="own", papers=["id_copy"])
    for key, value in over.items():
        setattr(data, key, value)
    return data


# The path to the permit: (action, role) in order, from draft.
TO_APPROVAL = [("submit", "clerk"), ("start_review", "clerk"), ("pass_desk", "clerk"),
               ("pass_drawings", "engineer")]


def inspect(site, fitout_id: int, kind: str, *, failing: dict[str, str] | None = None,
            today: dt.date | None = None) -> int:
    """Record the next inspection of `kind` by the engineer, every item passed but those in `failing`
    (item -> what to put right); returns its id."""
    from services import fitout_inspections as fi

    day = today or dt.date.today()
    failing = failing or {}
    plan = fi.to_check(fitout_id, kind, by=site.engineer)
    results = [fi.ItemResult(item, item not in failing, failing.get(item, "")) for item in plan.items]
    return fi.record_inspection(fitout_id, fi.InspectionInput(kind, day, "测试工程师", results), by=site.engineer,
                                today=day)


def walk(site, fitout_id: int, steps: list[tuple[str, str]], **kw) -> int:
    """Take the steps in turn; returns the last version. Before "accept" the completion and fire acceptance are
    passed, before "approve_refund" the follow-up inspection (on the day given), where not done yet."""
    from services.fitout_inspections import not_passed

    version = fitout.get_fitout(fitout_id, by=site.clerk).version
    for action, role in steps:
        needs = {"accept": ("completion", "fire"), "approve_refund": ("follow_up",)}.get(action, ())
        for kind in not_passed(fitout_id, needs):
            inspect(site, fitout_id, kind, today=kw.get("today"))
        version = fitout.transition(fitout_id, version, action, by=site.by_role[role], comment=f"{action} ok", **kw)
    return version


def to_permit(site, tenant_id: int, **over) -> int:
    """An application taken through approval, fees and the permit; returns its id."""
    from services.payments import PaymentInput, take_payment

    fid = fitout.create_fitout(application(tenant_id, **over), by=site.clerk)
    walk(site, fid, TO_APPROVAL + [("approve", "manager")])
    fitout.receive_deposit(fid, by=site.clerk)
    fee = fitout.get_fitout(fid, by=site.clerk).debris_fee
    take_payment(PaymentInput(tenant_id, str(fee), "cash"), by=site.clerk)
    walk(site, fid, [("confirm_fees", "clerk"), ("issue_permit", "clerk")], today=dt.date(2026, 11, 24))
    return fid
