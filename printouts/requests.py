"""《维修工作单》, 《投诉处理记录表》 and the day's 《回访清单》: plain data in, A4 PDF bytes out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section, text_box
from printouts.fonts import FontSet, cjk_fonts

NONE = "—"
A4_LANDSCAPE = (A4[1], A4[0])


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else NONE


@dataclass(frozen=True)
class RequestHead:
    """Who asked for what, as every request form prints it."""

    number: str
    received_at: datetime
    channel: str  # display text: 电话, 来访 …
    kind: str  # display text: 报修（消防安全设施）, 投诉（重大）…
    tenant: str
    unit: str
    caller: str
    phone: str
    text: str
    suits_tenant: str = ""
    owner: str = ""
    source: str = ""


@dataclass(frozen=True)
class WorkOrderSheet:
    """A work order for the technician (维修工作单)."""

    work_order_no: str
    head: RequestHead
    printed_at: datetime
    appointment_at: datetime | None = None
    technician: str = ""
    dispatched_at: datetime | None = None
    work_done: str = ""
    materials: str = ""
    leak_test_at: datetime | None = None
    resolved_at: datetime | None = None
    reopen_count: int = 0


@dataclass(frozen=True)
class StepLine:
    step: str  # display text: 上报, 答复业户, 处理完毕, 告知结果
    due_at: datetime | None
    done_at: datetime | None
    on_time: str  # display text: 按时 / 超时 / 未完成 / 挂起中


@dataclass(frozen=True)
class EventLine:
    at: datetime
    what: str
    who: str
    note: str


@dataclass(frozen=True)
class ComplaintSheet:
    """A complaint and how it was dealt with (投诉处理记录表)."""

    head: RequestHead
    level: str  # display text: 重大投诉 …
    printed_at: datetime
    steps: Sequence[StepLine] = field(default_factory=tuple)
    events: Sequence[EventLine] = field(default_factory=tuple)
    escalated_to: str = ""
    reply: str = ""
    resolution: str = ""
    outcome_told_at: datetime | None = None
    held: str = ""  # the hold periods, one per line


@dataclass(frozen=True)
class CallbackLine:
    number: str
    tenant: str
    unit: str
    contact: str
    phone: str
    work: str
    done_at: datetime | None
    due_at: datetime
    result: str  # 满意 / 不满意 / "" (to fill in by hand)
    note: str = ""
    round: int = 1


@dataclass(frozen=True)
class CallbackListSheet:
    day: date
    printed_at: datetime
    lines: Sequence[CallbackLine] = field(default_factory=tuple)


def _head_fields(h: RequestHead) -> list[Field]:
    fields = [
        Field("受理编号", h.number), Field("受理时间", _when(h.received_at)),
        Field("来源方式", h.channel), Field("类别", h.kind),
        Field("业户", h.tenant or NONE, wide=True),
        Field("单元", h.unit or NONE), Field("联系人", h.caller or NONE),
        Field("联系电话", h.phone or NONE), Field("负责人", h.owner or NONE),
    ]
    if h.suits_tenant:
        fields.append(Field("业户方便时间", h.suits_tenant, wide=True))
    if h.source:
        fields.append(Field("来源单据", h.source, wide=True))
    return fields


def render_work_order(sheet: WorkOrderSheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    """The 《维修工作单》 for the technician, with the tenant's signature line (A4)."""
    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    dispatch = field_grid([
        Field("维修人员", sheet.technician or NONE), Field("派工时间", _when(sheet.dispatched_at)),
        Field("预约上门时间", _when(sheet.appointment_at)),
        Field("返修次数", str(sheet.reopen_count) if sheet.reopen_count else "无"),
    ], fonts=fonts, width=width)
    done = field_grid([
        Field("完工时间", _when(sheet.resolved_at) if sheet.resolved_at else "____年__月__日 __:__"),
        Field("闭水试验", _when(sheet.leak_test_at) if sheet.leak_test_at else NONE),
    ], fonts=fonts, width=width)
    story: list[Flowable] = [
        section("一、报修信息", field_grid(_head_fields(sheet.head), fonts=fonts, width=width), fonts,
                keep_whole=True),
        section("二、报修内容", text_box(sheet.head.text, fonts=fonts, width=width), fonts),
        section("三、派工", dispatch, fonts, keep_whole=True),
        section("四、维修记录", text_box(sheet.work_done, fonts=fonts, width=width, blank_height=26 * mm), fonts),
        section("五、所用材料", text_box(sheet.materials, fonts=fonts, width=width, blank_height=16 * mm), fonts),
        Spacer(1, 2 * mm), done,
        KeepTogether([
            Spacer(1, 3 * mm),
            para("业户意见：□ 满意    □ 基本满意    □ 不满意    "
                 "（维修完毕请业户检查确认后签字；如有问题请致电客服中心。）", fonts, "note"),
            Spacer(1, 2 * mm),
            SignatureLines(["维修人员", "业户签字确认", "客服回访人"], fonts, row_height=9 * mm),
        ]),
    ]
    info = FormInfo(title="维修工作单", form_no=sheet.work_order_no, printed_at=sheet.printed_at,
                    letterhead=letterhead, subtitle=f"工单号：{sheet.work_order_no}", qr=sheet.work_order_no)
    return render_form(story, info, fonts=fonts, pagesize=A4)


def render_complaint_record(sheet: ComplaintSheet, letterhead: Letterhead, *,
                            fonts: FontSet | None = None) -> bytes:
    """The 《投诉处理记录表》: the complaint, its deadlines met or missed, what was done, the outcome."""
    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    steps = data_table(
        [Column("环节", 1.4), Column("时限", 1.6, "center"), Column("完成时间", 1.6, "center"),
         Column("情况", 1.0, "center")],
        [[s.step, _when(s.due_at), _when(s.done_at), s.on_time] for s in sheet.steps], fonts=fonts, width=width)
    events = data_table(
        [Column("时间", 1.5, "center"), Column("处理", 1.1), Column("经办人", 1.1), Column("说明", 3.3)],
        [[_when(e.at), e.what, e.who, e.note] for e in sheet.events], fonts=fonts, width=width)
    result = field_grid([
        Field("上报对象", sheet.escalated_to or NONE), Field("告知业户时间", _when(sheet.outcome_told_at)),
        Field("答复业户", sheet.reply or NONE, wide=True),
        Field("处理结果", sheet.resolution or NONE, wide=True),
        Field("挂起（等待业户）", sheet.held or "无", wide=True),
    ], fonts=fonts, width=width)
    story = [
        section("一、投诉信息", field_grid([*_head_fields(sheet.head), Field("投诉级别", sheet.level, wide=True)],
                                       fonts=fonts, width=width), fonts, keep_whole=True),
        section("二、投诉内容", text_box(sheet.head.text, fonts=fonts, width=width), fonts),
        section("三、处理时限", steps, fonts),
        section("四、处理经过", events, fonts),
        section("五、处理结果", result, fonts),
        KeepTogether([Spacer(1, 4 * mm),
                      SignatureLines(["受理人", "客服主管", "业户确认"], fonts, row_height=9 * mm)]),
    ]
    info = FormInfo(title="投诉处理记录表", form_no=sheet.head.number, printed_at=sheet.printed_at,
                    letterhead=letterhead, subtitle=f"{sheet.level} · 编号：{sheet.head.number}", qr=sheet.head.number)
    return render_form(story, info, fonts=fonts, pagesize=A4)


def render_callback_list(sheet: CallbackListSheet, letterhead: Letterhead, *,
                         fonts: FontSet | None = None) -> bytes:
    """The day's 《回访清单》 on landscape A4: every repair to call back, with room to write the answer."""
    fonts = fonts or cjk_fonts()
    width = content_width(A4_LANDSCAPE)
    rows = [[str(i), f"{c.number}" + (f"（第{c.round}次）" if c.round > 1 else ""),
             f"{c.tenant}\n{c.unit}".strip(), f"{c.contact}\n{c.phone}".strip(), c.work,
             _when(c.done_at), _when(c.due_at), c.result or "□满意 □不满意", c.note]
            for i, c in enumerate(sheet.lines, 1)]
    table = data_table(
        [Column("序号", 0.45, "center"), Column("工单号", 1.25), Column("业户/单元", 2.5),
         Column("联系人/电话", 1.25), Column("维修内容", 2.0), Column("完工", 1.0, "center"),
         Column("回访期限", 1.0, "center"), Column("回访结果", 1.35, "center"), Column("备注", 1.2)],
        rows, fonts=fonts, width=width,
        empty="今日无待回访工单")
    done = sum(1 for c in sheet.lines if c.result)
    summary = para(f"共 {len(sheet.lines)} 单，已回访 {done} 单，待回访 {len(sheet.lines) - done} 单。"
                   "回访不满意的工单须当日转工程部返修。", fonts, "note")
    story = [table, Spacer(1, 3 * mm), summary,
             KeepTogether([Spacer(1, 4 * mm), SignatureLines(["回访人", "客服主管"], fonts, row_height=9 * mm)])]
    day = sheet.day.strftime("%Y-%m-%d")
    info = FormInfo(title="回访清单", form_no=f"HF-{sheet.day:%Y%m%d}", printed_at=sheet.printed_at,
                    letterhead=letterhead, subtitle=f"回访日期：{day}")
    return render_form(story, info, fonts=fonts, pagesize=A4_LANDSCAPE)
