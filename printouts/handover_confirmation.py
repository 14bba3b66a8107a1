"""交楼确认书: the handover confirmation of a move-in: checklist results, meter readings, keys, signature lines."""

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
class CheckLine:
    area: str
    item: str
    ok: bool
    note: str = ""


@dataclass(frozen=True)
class MeterLine:
    meter: str  # as printed: 水表 / 电表 / 燃气表
    reading: str
    desk_by: str
    tenant_by: str


@dataclass(frozen=True)
class Handover:
    form_no: str
    tenant: str
    unit: str
    applicant: str
    applicant_kind: str  # as printed
    printed_at: datetime
    papers: Sequence[str] = field(default_factory=tuple)  # as printed
    checks: Sequence[CheckLine] = field(default_factory=tuple)
    meters: Sequence[MeterLine] = field(default_factory=tuple)
    defects_fixed: str = ""
    reinspected_on: date | None = None
    key_slip_no: str = ""
    first_fee: str = ""
    completed_at: datetime | None = None


def _story(h: Handover, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    info = [Field("业户", h.tenant), Field("单元", h.unit), Field("办理人", h.applicant),
            Field("申请人类别", h.applicant_kind),
            Field("已核验资料", "、".join(h.papers) or NONE, wide=True),
            Field("复验日期", f"{h.reinspected_on:%Y-%m-%d}" if h.reinspected_on else NONE),
            Field("整改项", h.defects_fixed or "无"),
            Field("钥匙领用单号", h.key_slip_no or NONE), Field("首期管理费", h.first_fee or NONE),
            Field("交楼完成", f"{h.completed_at:%Y-%m-%d %H:%M}" if h.completed_at else "办理中")]
    checks = [[str(i), c.area, c.item, "合格" if c.ok else "不合格", c.note] for i, c in enumerate(h.checks, 1)]
    meters = [[m.meter, m.reading, m.desk_by, m.tenant_by] for m in h.meters]
    bad = sum(not c.ok for c in h.checks)
    return [
        section("一、基本信息", field_grid(info, fonts=fonts, width=width), fonts, keep_whole=True),
        section("二、房屋质量验收", data_table(
            [Column("序号", 0.5, "center"), Column("部位", 1.1), Column("项目", 1.8), Column("结果", 0.8, "center"),
             Column("说明", 2.4)], checks, fonts=fonts, width=width,
            total=["合计", f"{len(checks)} 项", "", f"不合格 {bad}", ""]), fonts),
        section("三、表计读数（双方确认）", data_table(
            [Column("表计", 1.0), Column("读数", 1.2, "right"), Column("物业确认", 1.2), Column("业户确认", 1.2)],
            meters, fonts=fonts, width=width), fonts, keep_whole=True),
        KeepTogether([
            Spacer(1, 3 * mm),
            para("业户已会同物业对上述单元进行验收，确认验收结果及表计读数无误；不合格项已整改并复验合格。"
                 "钥匙、《住户手册》及水电图纸已交付。", fonts, "note"),
            Spacer(1, 3 * mm),
            SignatureLines(["业户签字（盖章）", "物业经办人", "工程部"], fonts, row_height=11 * mm),
        ]),
    ]


def render_handover(h: Handover, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    """The handover confirmation as PDF bytes (A4), its number in the QR code."""
    fonts = fonts or cjk_fonts()
    info = FormInfo(title="交楼确认书", form_no=h.form_no, printed_at=h.printed_at, letterhead=letterhead,
                    subtitle=f"{h.tenant} · {h.unit}", qr=h.form_no)
    return render_form(_story(h, fonts), info, fonts=fonts, pagesize=A4)
