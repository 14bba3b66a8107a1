"""《值班日志》: one shift's log — the shift's counts, the notes by category, the matters handed on, and the
handover: who closed it and who took it over, each with the signature drawn on the pad and the time (A4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.fee_bits import NONE, day
from printouts.flowables import Column, Field, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts
from printouts.key_slip import SignatureImage

TITLE = "值班日志"
PAIRS = 4  # counts printed per row of the table: a group's figures side by side


@dataclass(frozen=True)
class DutySheet:
    day: date
    shift: str
    starts: datetime
    ends: datetime
    staff: str
    state: str
    counted_until: datetime
    frozen: bool  # counts frozen at the handover (False: as counted when printed, the log still open)
    counts: list[tuple[str, list[tuple[str, int]]]]  # group -> (label, number)
    notes: list[tuple[str, str, datetime, str, bool]]  # category, text, at, by, is a supervisor's correction
    # text, raised at, raised by, carried over from an earlier shift, done at, done by, done note
    matters: list[tuple[str, datetime, str, bool, datetime | None, str, str]]
    closed_by: str
    closed_at: datetime | None
    close_signature: bytes | None
    acknowledged_by: str
    acknowledged_at: datetime | None
    ack_signature: bytes | None
    ack_note: str
    printed_at: datetime
    standing: tuple[str, ...] = ()  # the labels of the counts taken as at the end, not over the shift


def _hm(value: datetime | None) -> str:
    return value.strftime("%m-%d %H:%M") if value else NONE


def _counts_table(s: DutySheet, fonts: FontSet, width: float) -> Flowable:
    columns = [Column("类别", 1.7, "center")]
    for _ in range(PAIRS):
        columns += [Column("项目", 2.2), Column("数量", 1.0, "right")]
    rows = []
    for group, items in s.counts:
        for start in range(0, len(items), PAIRS):
            chunk = items[start:start + PAIRS]
            row = [group if start == 0 else ""]
            for label, value in chunk:
                row += [label, str(value)]
            row += [""] * (2 * (PAIRS - len(chunk)))
            rows.append(row)
    return data_table(columns, rows, fonts=fonts, width=width)


def _story(s: DutySheet, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    until = s.counted_until.strftime("%Y-%m-%d %H:%M")
    fields = [Field("日期", day(s.day)), Field("班次", s.shift),
              Field("时段", f"{s.starts:%m-%d %H:%M} 至 {s.ends:%m-%d %H:%M}"), Field("状态", s.state),
              Field("值班人员", s.staff or NONE, wide=True),
              Field("统计截至", f"{until}（交班时冻结）" if s.frozen else f"{until}（打印时统计，尚未交班）",
                    wide=True)]
    notes = data_table([Column("时间", 1.8, "center"), Column("类别", 1.4, "center"), Column("内容", 6),
                        Column("记录人", 1.9, "center")],
                       [[_hm(at), "主管更正" if corr else cat, text, by] for cat, text, at, by, corr in s.notes],
                       fonts=fonts, width=width, empty="本班无记录")
    matters = data_table([Column("序号", 0.8, "center"), Column("交接事项", 4.8), Column("提出", 2.6, "center"),
                          Column("办理情况", 2.8)],
                         [[str(i), text + ("（上班移交）" if carried else ""), f"{_hm(at)} {by}",
                           f"已办结 {_hm(done)} {done_by}{('：' + note) if note else ''}" if done else "未办结"]
                          for i, (text, at, by, carried, done, done_by, note) in enumerate(s.matters, start=1)],
                         fonts=fonts, width=width, empty="无交接事项")
    handover = [Spacer(1, 4 * mm),
                SignatureImage(f"交班人 {s.closed_by}" if s.closed_by else "交班人", s.close_signature,
                               s.closed_at, fonts),
                SignatureImage(f"接班人 {s.acknowledged_by}" if s.acknowledged_by else "接班人", s.ack_signature,
                               s.acknowledged_at, fonts)]
    if s.ack_note:
        handover.append(field_grid([Field("接班说明", s.ack_note, wide=True)], fonts=fonts, width=width))
    return [
        section("一、班次信息", field_grid(fields, fonts=fonts, width=width), fonts, keep_whole=True),
        section("二、本班统计", _counts_table(s, fonts, width), fonts),
        para(f"{'、'.join(s.standing)}为统计截至时的数量，其余为本班时段内的数量。", fonts, "note"),
        section("三、值班记录", notes, fonts),
        section("四、交接事项", matters, fonts),
        KeepTogether(handover),
    ]


def render_duty_log(sheet: DutySheet, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    fonts = fonts or cjk_fonts()
    number = f"{sheet.day:%Y%m%d}-{sheet.shift}"
    info = FormInfo(title=TITLE, form_no=number, printed_at=sheet.printed_at, letterhead=letterhead,
                    subtitle=f"{day(sheet.day)} {sheet.shift}")
    return render_form(_story(sheet, fonts), info, fonts=fonts, pagesize=A4)
