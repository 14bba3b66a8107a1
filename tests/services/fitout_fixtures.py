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
        insurer="中国平安财产保险", insurance_cover="1000000", insurance_expiry=dt.date(2027, 12, 31))
    for key, value in over.items():
        setattr(data, key, value)
    return data


# The path to the permit: (action, role) in order, from draft.
TO_APPROVAL = [("submit", "clerk"), ("start_review", "clerk"), ("pass_desk", "clerk"),
               ("pass_drawings", "engineer")]


def walk(site, fitout_id: int, steps: list[tuple[str, str]], **kw) -> int:
    """Take the steps in turn; returns the last version."""
    version = fitout.get_fitout(fitout_id, by=site.clerk).version
    for action, role in steps:
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
