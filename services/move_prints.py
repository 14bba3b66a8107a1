"""The move printouts' data: the handover confirmation of a move-in and the settlement of a move-out."""
from __future__ import annotations

from decimal import Decimal

from models import MoveOut, now
from services.access import Actor
from services.move_in import get_move_in
from services.move_out import _get as _move_out
from services.move_out import get_move_out, settlement_of
from services.printing import letterhead

# Printed forms are in Chinese whatever the UI language.
PAPER_PRINT = {"id_copy": "身份证", "move_in_notice": "入住通知单", "lease": "租赁/购房合同", "authorisation": "委托书",
               "agent_id": "受托人身份证", "business_licence": "营业执照/单位证明"}
APPLICANT_PRINT = {"own": "业户本人/代表", "agent": "受托人（凭委托书）", "company": "单位"}
METER_PRINT = {"water": "水表", "electricity": "电表", "gas": "燃气表"}
DEDUCTION_PRINT = {"arrears": "欠缴费用", "damage": "损坏赔偿", "key_lost": "钥匙遗失"}


def handover_no(move_id: int) -> str:
    return f"JL-{move_id:06d}"


def settlement_no(move_id: int) -> str:
    return f"TZ-{move_id:06d}"


def _yuan(amount: Decimal | None) -> str:
    return f"{amount:,.2f}" if amount is not None else ""


def print_handover(move_id: int, *, by: Actor) -> bytes:
    """交楼确认书 of one move-in."""
    from printouts.handover_confirmation import CheckLine, Handover, MeterLine, render_handover

    d = get_move_in(move_id, by=by)
    fixed = sum(1 for x in d.defects if x.fixed_at)
    sheet = Handover(
        form_no=handover_no(d.id), tenant=d.tenant, unit=d.unit, applicant=f"{d.applicant_name} {d.applicant_phone}",
        applicant_kind=APPLICANT_PRINT.get(d.applicant_kind, d.applicant_kind), printed_at=now(),
        papers=tuple(PAPER_PRINT.get(p, p) for p in d.papers),
        checks=tuple(CheckLine(i.area, i.item, i.ok, i.note) for i in d.inspection),
        meters=tuple(MeterLine(METER_PRINT.get(m.meter, m.meter), f"{m.reading}", m.desk_by, m.tenant_by)
                     for m in d.meters),
        defects_fixed=f"{len(d.defects)} 项，已整改 {fixed} 项" if d.defects else "",
        reinspected_on=d.reinspect_on, key_slip_no=d.key_slip_no,
        first_fee=f"{_yuan(d.first_fee)} 元" if d.first_fee is not None else "", completed_at=d.completed_at,
    )
    return render_handover(sheet, letterhead(by.site_id))


def print_settlement(move_id: int, *, by: Actor, deposit: Decimal | None = None) -> bytes:
    """退租结算单 of one move-out (a draft with `deposit` before it is settled)."""
    from printouts.move_out_settlement import DeductionLine, MeterPair, SettlementSheet, render_settlement

    d = get_move_out(move_id, by=by)
    amount = d.deposit if d.deposit is not None else (deposit or Decimal("0.00"))
    result = settlement_of(_move_out(move_id, by), amount)
    before = {m.meter: m.reading for m in d.move_in_meters}
    meters = []
    for m in d.meters:
        start = before.get(m.meter)
        meters.append(MeterPair(METER_PRINT.get(m.meter, m.meter), f"{start}" if start is not None else "—",
                                f"{m.reading}", f"{m.reading - start}" if start is not None else "—"))
    sheet = SettlementSheet(
        form_no=settlement_no(d.id), tenant=d.tenant, unit=d.unit, planned_on=d.planned_on, printed_at=now(),
        deposit=_yuan(result.deposit), total=_yuan(result.total), balance=_yuan(abs(result.balance)),
        balance_note="退还业户" if result.balance >= 0 else "业户应补缴",
        deductions=tuple(DeductionLine(DEDUCTION_PRINT.get(x.category, x.category), x.item, _yuan(x.amount))
                         for x in result.deductions),
        meters=tuple(meters),
        override=f"{d.override_by}：{d.override_reason}" if d.override_by else "",
        key_slip_no=d.key_slip_no, passes="、".join(d.passes), completed_at=d.completed_at,
    )
    return render_settlement(sheet, letterhead(by.site_id))


def latest_done_move_out(site_id: int) -> int | None:
    row = (MoveOut.select(MoveOut.id).where((MoveOut.site == site_id) & (MoveOut.state == "done"))
           .order_by(MoveOut.override_by.desc(), MoveOut.id.desc()).first())
    return row.id if row else None
