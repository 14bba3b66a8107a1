"""A4 lists of visitors: the day's visitor log (访客登记簿) and the evacuation list (在楼人员清单)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.flowables import Column, SignatureLines, data_table, para, section
from printouts.fonts import FontSet, cjk_fonts

LOG_PAGE = landscape(A4)


@dataclass(frozen=True)
class LogLine:
    """One visit in the printed log (ID masked)."""

    pass_no: str
    name: str
    id_masked: str
    company: str
    host: str
    time_in: str
    time_out: str
    party_size: int


def render_visitor_log(day: date, lines: Sequence[LogLine], letterhead: Letterhead, *, printed_at: datetime,
                       fonts: FontSet | None = None) -> bytes:
    """《访客登记簿》 of one day, A4 landscape (one line per visit), oldest first."""
    fonts = fonts or cjk_fonts()
    width = content_width(LOG_PAGE)
    table = data_table(
        [Column("序号", 0.7, "center"), Column("出入证号", 2.2), Column("姓名", 1.2), Column("证件号码", 2.6),
         Column("来访单位", 2.8), Column("被访单位/单元", 4.4), Column("来访", 0.8, "center"),
         Column("离开", 0.8, "center"), Column("人数", 0.7, "center")],
        [[str(i), x.pass_no, x.name, x.id_masked, x.company, x.host, x.time_in, x.time_out, str(x.party_size)]
         for i, x in enumerate(lines, 1)],
        fonts=fonts, width=width,
        total=["合计", f"{len(lines)} 次来访", "", "", "", "", "", "", str(sum(x.party_size for x in lines))],
    )
    form_no = f"FK-LOG-{day:%Y%m%d}"
    info = FormInfo(title="访客登记簿", form_no=form_no, printed_at=printed_at, letterhead=letterhead,
                    subtitle=f"日期：{day:%Y-%m-%d}")
    story: list[Flowable] = [table, Spacer(1, 6 * mm), SignatureLines(["值班客服", "客服主管"], fonts)]
    return render_form(story, info, fonts=fonts, pagesize=LOG_PAGE)


@dataclass(frozen=True)
class EvacuationSection:
    """One group of people in the building (visitors, fit-out workers, key holders...), as rows of text."""

    title: str
    columns: Sequence[tuple[str, float]]  # header and its share of the width
    rows: Sequence[Sequence[str]] = field(default_factory=tuple)
    people: int = 0  # heads counted (a visit may bring several)


def render_evacuation_list(sections: Sequence[EvacuationSection], letterhead: Letterhead, *,
                           printed_at: datetime, fonts: FontSet | None = None) -> bytes:
    """《在楼人员清单》 for an evacuation: every section with its head count, ticked off at the assembly point."""
    fonts = fonts or cjk_fonts()
    width = content_width(A4)
    total = sum(s.people for s in sections)
    story: list[Flowable] = [
        para(f"截至 {printed_at:%Y-%m-%d %H:%M}，在楼人员共 {total} 人（各类合计）。请在集合点逐一清点并打勾。",
             fonts, "note"),
        Spacer(1, 3 * mm),
    ]
    for number, s in enumerate(sections, 1):
        cols = [Column("序号", 0.6, "center")] + [Column(h, w) for h, w in s.columns] + [Column("已到", 0.6, "center")]
        body = data_table(cols, [[str(i), *r, "□"] for i, r in enumerate(s.rows, 1)], fonts=fonts, width=width)
        story.append(section(f"{_NUMERALS[number - 1]}、{s.title}（{s.people} 人）", body, fonts))
    story += [Spacer(1, 6 * mm), SignatureLines(["清点人", "安全负责人"], fonts)]
    info = FormInfo(title="在楼人员清单", form_no=f"EVAC-{printed_at:%Y%m%d-%H%M}", printed_at=printed_at,
                    letterhead=letterhead, subtitle="紧急疏散用")
    return render_form(story, info, fonts=fonts, pagesize=A4)


_NUMERALS = "一二三四五六七八九十"
