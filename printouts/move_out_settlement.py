"""退租结算单: the move-out settlement: the deposit, every deduction listed, the balance; meters and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

NONE = "—"


@dataclass(frozen=True)
class DeductionLine:
    kind: str  # as printed: 欠费 / 损坏赔偿 / 钥匙遗失
    item: str
    amount: str


@dataclass(frozen=True)
class MeterPair:
    meter: str
    at_move_in: str
    at_move_out: str
    used: str


@dataclass(frozen=True)
class SettlementSheet:
    form_no: str
    tenant: str
    unit: str
    planned_on: date
    printed_at: datetime
    deposit: str
    total: str
    balance: str
    balance_note: str  # 退还业户 / 业户应补缴
    deductions: Sequence[DeductionLine] = field(default_factory=tuple)
    meters: Sequence[MeterPair] = field(default_factory=tuple)
    override: str = ""  # the manager's written reason when arrears were overridden
    key_slip_no: str = ""
    passes: str = ""
    completed_at: datetime | None = None


def _story(s: SettlementSheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    info = [Field("业户", s.tenant), Field("单元", s.unit), Field("计划退租日", f"{s.planned_on:%Y-%m-%d}"),
            Field("办结时间", f"{s.completed_at:%Y-%m-%d %H:%M}" if s.completed_at else "办理中"),
            Field("钥匙交回单号", s.key_slip_no or NONE), Field("放行条", s.passes or NONE)]
    if s.override:
        info.append(Field("欠费放行审批", s.override, wide=True))
    rows = [[str(i), d.kind, d.item, d.amount] for i, d in enumerate(s.deductions, 1)]
    meters = [[m.meter, m.at_move_in, m.at_move_out, m.used] for m in s.meters]
    money = [Field("押金", s.deposit), Field("扣款合计", s.total), Field(s.balance_note, s.balance, wide=True)]
    return [
        section("一、基本信息", field_grid(info, fonts=fonts, width=width), fonts, keep_whole=True),
        section("二、扣款明细", data_table(
            [Column("序号", 0.5, "center"), Column("类别", 1.0), Column("项目", 3.0),
             Column("金额（元）", 1.2, "right")],
            rows, fonts=fonts, width=width, total=["合计", "", f"{len(rows)} 项", s.total],
            empty="（无扣款）"), fonts),
        section("三、押金结算", field_grid(money, fonts=fonts, width=width), fonts, keep_whole=True),
        section("四、表计读数", data_table(
            [Column("表计", 1.0), Column("入驻读数", 1.2, "right"), Column("退租读数", 1.2, "right"),
             Column("用量", 1.0, "right")], meters, fonts=fonts, width=width), fonts, keep_whole=True),
        KeepTogether([
            Spacer(1, 3 * mm),
            para("业户确认以上扣款及结算金额无误；单元已收回，钥匙已全部交回或按遗失赔偿。", fonts, "note"),
            Spacer(1, 3 * mm),
            SignatureLines(["业户签字（盖章）", "客服经办人", "客服经理"], fonts, row_height=11 * mm),
        ]),
    ]


def render_settlement(s: SettlementSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    """The move-out settlement as PDF bytes (A4), its number in the QR code."""
    fonts = fonts or cjk_fonts()
    info = FormInfo(title="退租结算单", form_no=s.form_no, printed_at=s.printed_at, letterhead=letterhead,
                    subtitle=f"{s.tenant} · {s.unit}", qr=s.form_no)
    return render_form(_story(s, fonts), info, fonts=fonts, pagesize=A4)
