"""The manager's weekly and monthly reports (周报 / 月报, or any range of days): each section's figures come from
its area's range counts (moves, fit-out, visitors, rooms, requests and callbacks, contractors); here they are
gathered section by section (with progress for the screen), laid out as tables the page, the PDF and the
workbook share, and rendered (services → printouts; the workbook with openpyxl)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO

from models import Site, now
from services.access import Actor, require
from services.callbacks import callback_counts
from services.contractor_evaluations import ContractorScore, contractor_scores
from services.contractors import SERVICE_PRINT
from services.fitout import FitoutCounts, fitout_counts
from services.moves import MoveCounts, move_counts
from services.periods import Period, bounds, parse_period
from services.request_prints import CATEGORY_PRINT, LEVEL_PRINT
from services.request_views import RequestCount, request_counts
from services.room_calendar import RoomUse, room_use
from services.visitor_log import visits_per_day

TITLES = {"weekly": "客服中心周报", "monthly": "客服中心月报", "range": "客服中心工作报告"}
FITOUT_STATE_PRINT = {
    "draft": "草稿", "submitted": "已提交", "desk_review": "客服初审", "drawing_review": "工程部审图",
    "manager_approval": "经理审批", "approved": "已批准待缴费", "fees_paid": "已缴费",
    "permit_issued": "已发许可证", "in_progress": "施工中", "completion_requested": "申请竣工验收",
    "accepted": "已验收", "deposit_refunded": "押金已退", "closed": "已结案", "revision": "退回修改",
    "rejected": "已驳回", "withdrawn": "已撤回", "suspended": "已停工",
}
GRADE_PRINT = {"full": "优", "mid": "合格", "low": "不合格", "none": "无巡查"}
EVALUATION_STATE_PRINT = {"draft": "未签认", "signed": "已签认"}
WEEKDAYS = "一二三四五六日"


def share(part: int | Decimal, whole: int | Decimal) -> float | None:
    """part / whole, or None when there is nothing to divide (printed as "—", never as 0 %)."""
    return float(part) / float(whole) if whole else None


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


@dataclass(frozen=True)
class Table:
    """One section as rows: the page shows it, the PDF prints it, the workbook gets it as a sheet."""

    key: str
    title: str  # the section's title, also the sheet's name
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]  # ints, Decimals, floats (shares, formatted as %) or text
    percent_columns: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()  # one line each under the table: what the figures mean
    weights: tuple[float, ...] = ()  # the printed columns' shares of the width (default: the first wider)


@dataclass(frozen=True)
class CallbackFigures:
    owed: int
    made: int
    satisfied: int

    @property
    def rate(self) -> float | None:
        return share(self.made, self.owed)

    @property
    def satisfaction(self) -> float | None:
        return share(self.satisfied, self.made)


@dataclass(frozen=True)
class Report:
    """Every section's figures of one period at one site."""

    period: Period
    site_id: int
    site_name: str
    printed_at: dt.datetime
    moves: MoveCounts
    fitouts: FitoutCounts
    visits: tuple[tuple[dt.date, int, int], ...]  # every day of the period: (day, visits, people)
    rooms: tuple[RoomUse, ...]
    requests: tuple[RequestCount, ...]
    callbacks: CallbackFigures
    contractors: tuple[ContractorScore, ...]
    tables: tuple[Table, ...] = field(default=(), compare=False)

    @property
    def title(self) -> str:
        return TITLES[self.period.kind]

    def by_category(self) -> list[tuple[str, int, int, int, int]]:
        """(category, received, cancelled, resolved, in time), a complaint's levels added up."""
        out: dict[str, list[int]] = {}
        for r in self.requests:
            row = out.setdefault(r.category, [0, 0, 0, 0])
            for i, v in enumerate((r.received, r.cancelled, r.resolved, r.in_time)):
                row[i] += v
        return [(c, *v) for c, v in out.items()]

    def complaints(self) -> list[RequestCount]:
        return [r for r in self.requests if r.category == "complaint"]


# -- gathering, section by section -------------------------------------------------------------------------------
def _visits(site_id: int, p: Period) -> tuple[tuple[dt.date, int, int], ...]:
    counted = visits_per_day(site_id, p.start, p.end)
    return tuple((day, *counted.get(day, (0, 0))) for day in p.days)


def _callbacks(site_id: int, p: Period) -> CallbackFigures:
    return CallbackFigures(*callback_counts(site_id, *bounds(p.start, p.end)))


# (key, title as printed, gather(site_id, period)). The order is the report's order.
SECTIONS: tuple[tuple[str, str, Callable[[int, Period], object]], ...] = (
    ("moves", "交楼与退租", lambda s, p: move_counts(s, p.start, p.end)),
    ("fitouts", "装修管理", lambda s, p: fitout_counts(s, p.start, p.end)),
    ("visits", "访客", _visits),
    ("rooms", "会议室使用", lambda s, p: tuple(room_use(s, p.start, p.end))),
    ("requests", "报修投诉（按类别）", lambda s, p: tuple(request_counts(s, p.start, p.end))),
    ("callbacks", "回访", _callbacks),
    ("contractors", "外包服务考评", lambda s, p: tuple(contractor_scores(s, p.start, p.end))),
)
Progress = Callable[[int, int, str], None]  # (sections done, sections in all, the one just done)


def build_report(period: Period, *, by: Actor, progress: Progress | None = None) -> Report:
    """Gather every section of the period; `progress` hears after each one (the page's progress bar)."""
    require(by, "report.view")
    found: dict[str, object] = {}
    for n, (key, title, gather) in enumerate(SECTIONS, start=1):
        found[key] = gather(by.site_id, period)
        if progress:
            progress(n, len(SECTIONS), title)
    report = Report(period, by.site_id, Site.get_by_id(by.site_id).name, now(), **found)  # type: ignore[arg-type]
    return Report(**{**report.__dict__, "tables": tables_of(report)})


def report_for(kind: str, text: str, *, by: Actor, progress: Progress | None = None) -> Report:
    """The report the manager asked for: `weekly`/`monthly`/`range` and the period as typed."""
    require(by, "report.view")
    return build_report(parse_period(kind, text), by=by, progress=progress)


# -- the sections as tables --------------------------------------------------------------------------------------
def tables_of(r: Report) -> tuple[Table, ...]:
    return (_moves_table(r), _fitouts_table(r), _visits_table(r), _rooms_table(r), _requests_table(r),
            _complaints_table(r), _callbacks_table(r), _contractors_table(r))


def _moves_table(r: Report) -> Table:
    m = r.moves
    return Table("moves", "交楼与退租", ("项目", "交楼（入驻）", "退租（迁出）"), (
        ("本期受理", m.ins_started, m.outs_started),
        ("本期办结", m.ins_completed, m.outs_completed),
        ("本期取消", m.ins_cancelled, m.outs_cancelled),
    ), notes=("受理按登记日期，办结按办完最后一步的日期计。",))


def _fitouts_table(r: Report) -> Table:
    f = r.fitouts
    rows = tuple((FITOUT_STATE_PRINT.get(s, s), n) for s, n in f.by_state.items())
    note = f"本期新申请 {f.applied} 宗，开工 {f.started} 宗，竣工验收通过 {f.accepted} 宗，结案 {f.closed} 宗。"
    return Table("fitouts", "装修管理", ("状态（期末）", "宗数"), rows + (("合计", sum(f.by_state.values())),),
                 notes=(note,))


def _visits_table(r: Report) -> Table:
    visits, people, days = sum(v for _, v, _ in r.visits), sum(p for _, _, p in r.visits), len(r.visits)
    rows = tuple((day, f"周{WEEKDAYS[day.weekday()]}", v, p) for day, v, p in r.visits)
    note = f"日均来访 {visits / days:.1f} 人次，{people / days:.1f} 人；作废的出入证不计。"
    return Table("visits", "访客", ("日期", "星期", "来访（人次）", "人数"), rows + (("合计", "", visits, people),),
                 notes=(note,))


def _rooms_table(r: Report) -> Table:
    hours, open_hours = sum((u.hours for u in r.rooms), Decimal(0)), sum((u.open_hours for u in r.rooms), Decimal(0))
    rows = tuple((u.room, u.bookings, u.hours, u.open_hours, u.use, u.no_shows, u.cancelled) for u in r.rooms)
    total = ("合计", sum(u.bookings for u in r.rooms), hours, open_hours, share(hours, open_hours),
             sum(u.no_shows for u in r.rooms), sum(u.cancelled for u in r.rooms))
    headers = ("会议室", "预订（场）", "使用（小时）", "可用（小时）", "使用率", "未到场", "取消")
    return Table("rooms", "会议室使用", headers, rows + (total,), percent_columns=(4,),
                 notes=("可用小时 = 开放时间 × 天数；预订含待审批、已确认、使用中、已完成。",))


_REQUEST_HEADERS = ("受理", "其中已取消", "办结", "按期办结", "按期办结率")


def _requests_table(r: Report) -> Table:
    cats = r.by_category()
    rows = tuple((CATEGORY_PRINT.get(cat, cat), rec, can, res, ok, share(ok, res)) for cat, rec, can, res, ok in cats)
    sums = [sum(x[i] for x in cats) for i in (1, 2, 3, 4)]
    return Table("requests", "报修投诉（按类别）", ("类别", *_REQUEST_HEADERS),
                 rows + (("合计", *sums, share(sums[3], sums[2])),), percent_columns=(5,),
                 notes=("办结按解决日期计；按期 = 在期限内解决（挂起等待业户的时间不计）。",))


def _complaints_table(r: Report) -> Table:
    rows = tuple((LEVEL_PRINT.get(x.level, x.level or "未分级"), x.received, x.cancelled, x.resolved, x.in_time,
                  x.in_time_share) for x in r.complaints())
    return Table("complaints", "投诉（按级别）", ("级别", *_REQUEST_HEADERS), rows, percent_columns=(5,))


def _callbacks_table(r: Report) -> Table:
    c = r.callbacks
    rows = (("应回访", c.owed), ("已回访", c.made), ("回访率", c.rate), ("满意", c.satisfied),
            ("满意率", c.satisfaction))
    return Table("callbacks", "回访", ("项目", "数量"), rows,
                 notes=("应回访 = 本期到期或本期已做的回访；回访率 = 已回访 / 应回访；满意率 = 满意 / 已回访。",))


def _contractors_table(r: Report) -> Table:
    rows = tuple((x.contractor, SERVICE_PRINT.get(x.service, x.service), x.inspections, x.mean, x.passed,
                  x.pass_rate, x.nonconformities, x.serious, _evaluations_text(x)) for x in r.contractors)
    return Table("contractors", "外包服务考评",
                 ("外包单位", "服务", "巡查（次）", "平均得分", "合格（次）", "合格率", "不合格项", "严重", "月度考评"),
                 rows, percent_columns=(5,), weights=(2.2, 1.2, 0.8, 0.9, 0.8, 1.1, 0.8, 0.6, 2.4),
                 notes=("合格 = 单次巡查得分不低于合格分；月度考评为各月最新一版（得分 等级 签认）。",))


def _evaluations_text(x: ContractorScore) -> str:
    return "；".join(f"{month.month}月 {'—' if score is None else f'{score:.2f}'} {GRADE_PRINT.get(grade, grade)}"
                    f"（{EVALUATION_STATE_PRINT.get(state, state)}）" for month, score, grade, state in x.evaluations
                    ) or "—"


def cell_text(value: object, as_percent: bool = False) -> str:
    """A figure as the page and the PDF show it."""
    if as_percent or isinstance(value, float):
        return percent(value if isinstance(value, float) else None)
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, dt.date):
        return f"{value:%m-%d}"
    return str(value)


# -- renderings --------------------------------------------------------------------------------------------------
def _chart(r: Report, key: str):
    """The chart printed above a section's table."""
    from printouts.manager_report import Chart

    if key == "visits":
        every = 1 if len(r.visits) <= 14 else 3
        return Chart("bar", tuple(f"{d.day}" for d, _, _ in r.visits), (tuple(v for _, v, _ in r.visits),
                                                                          tuple(p for _, _, p in r.visits)),
                     names=("来访人次", "人数"), label_every=every)
    if key == "fitouts":
        return Chart("hbar", tuple(FITOUT_STATE_PRINT.get(s, s) for s in r.fitouts.by_state),
                     (tuple(r.fitouts.by_state.values()),))
    if key == "moves":
        m = r.moves
        return Chart("bar", ("受理", "办结", "取消"), ((m.ins_started, m.ins_completed, m.ins_cancelled),
                                                  (m.outs_started, m.outs_completed, m.outs_cancelled)),
                     names=("交楼", "退租"))
    if key == "rooms":
        return Chart("hbar", tuple(u.room for u in r.rooms), (tuple(round((u.use or 0) * 100, 1) for u in r.rooms),),
                     fmt="%.1f%%")
    if key == "requests":
        cats = r.by_category()
        return Chart("pie", tuple(CATEGORY_PRINT.get(c[0], c[0]) for c in cats), (tuple(c[1] for c in cats),))
    if key == "complaints":
        rows = r.complaints()
        return Chart("bar", tuple(LEVEL_PRINT.get(x.level, x.level) for x in rows),
                     (tuple(x.received for x in rows), tuple(x.resolved for x in rows), tuple(x.in_time for x in rows)),
                     names=("受理", "办结", "按期办结"))
    if key == "contractors":
        from services.contractor_evaluations import site_rule

        scored = [x for x in r.contractors if x.mean is not None]  # no inspection is no score, not a zero
        return Chart("bar", tuple(SERVICE_PRINT.get(x.service, x.service) for x in scored),
                     (tuple(float(x.mean) for x in scored),), names=("平均得分",), fmt="%.1f",
                     fixed_top=100, mark=(float(site_rule(r.site_id).pass_mark), "合格分"))
    return None


def highlights(r: Report) -> tuple[tuple[str, str], ...]:
    """The key figures at the top of the report (and of the page)."""
    cats = r.by_category()
    hours, open_hours = sum((u.hours for u in r.rooms), Decimal(0)), sum((u.open_hours for u in r.rooms), Decimal(0))
    scored = [x.mean for x in r.contractors if x.mean is not None]
    return (
        ("交楼办结 / 退租办结", f"{r.moves.ins_completed} / {r.moves.outs_completed}"),
        ("施工中装修（期末）", str(r.fitouts.by_state.get("in_progress", 0))),
        ("来访人次 / 人数", f"{sum(v for _, v, _ in r.visits)} / {sum(p for _, _, p in r.visits)}"),
        ("会议室预订 / 使用率", f"{sum(u.bookings for u in r.rooms)} 场 / {percent(share(hours, open_hours))}"),
        ("报修投诉受理", str(sum(c[1] for c in cats))),
        ("按期办结率", percent(share(sum(c[4] for c in cats), sum(c[3] for c in cats)))),
        ("回访率", percent(r.callbacks.rate)),
        ("外包平均得分", "—" if not scored else f"{sum(scored) / len(scored):.2f}"),
    )


def sheet_of(r: Report):
    """The report as the printout takes it: plain text rows and the charts to draw."""
    from printouts.manager_report import ReportSheet, SheetSection

    sections = []
    for t in r.tables:
        rows = tuple(tuple(cell_text(v, i in t.percent_columns) for i, v in enumerate(row)) for row in t.rows)
        right = tuple(i for i in range(1, len(t.headers))
                      if all(isinstance(row[i], (int, float, Decimal)) or row[i] is None for row in t.rows))
        sections.append(SheetSection(t.title, t.headers, rows, right, bool(t.rows) and t.rows[-1][0] == "合计",
                                     _chart(r, t.key), t.notes, t.weights))
    number = {"weekly": "ZB", "monthly": "YB"}.get(r.period.kind, "BB")
    return ReportSheet(r.title, f"{number}-{r.period.start:%Y%m%d}-{r.period.end:%m%d}", r.period.label,
                       highlights(r), tuple(sections), r.printed_at)


def report_pdf(report: Report) -> bytes:
    from printouts.manager_report import render_report
    from services.printing import letterhead

    return render_report(sheet_of(report), letterhead(report.site_id))


def report_xlsx(report: Report) -> bytes:
    """One sheet per section (a summary first), the figures as numbers, shares as percentages."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    wb = Workbook()
    summary = wb.active
    summary.title = "概要"
    for row in (("报表", report.title), ("项目", report.site_name), ("期间", report.period.label),
                ("起", report.period.start), ("止", report.period.end), ("制表时间", report.printed_at)):
        summary.append(list(row))
        summary.cell(summary.max_row, 1).font = bold
    summary.column_dimensions["A"].width = 12
    summary.column_dimensions["B"].width = 40
    for table in report.tables:
        ws = wb.create_sheet(table.title[:31])
        ws.append(list(table.headers))
        for cell in ws[1]:
            cell.font = bold
        for row in table.rows:
            ws.append([float(v) if isinstance(v, Decimal) else v for v in row])
            for col, value in enumerate(row, start=1):
                cell = ws.cell(ws.max_row, col)
                if col - 1 in table.percent_columns or isinstance(value, float):
                    cell.number_format = "0.0%"
                elif isinstance(value, Decimal):
                    cell.number_format = "#,##0.00"
                elif isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        if table.rows and table.rows[-1][0] == "合计":
            for cell in ws[ws.max_row]:
                cell.font = bold
        for note in table.notes:
            ws.append([])
            ws.append([note])
        for col, header in enumerate(table.headers, start=1):
            ws.column_dimensions[get_column_letter(col)].width = max(10, len(header) * 2 + 4)
        ws.freeze_panes = "A2"
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_report(report: Report, path) -> None:
    """Write the report where asked: `.pdf` or `.xlsx` by the file's suffix (the command line, the page)."""
    from pathlib import Path

    from services.printing import write_pdf

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_pdf(report_pdf(report), path)
    elif suffix == ".xlsx":
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".xlsx.part")
        tmp.write_bytes(report_xlsx(report))
        tmp.replace(path)
    else:
        raise ValueError(f"unknown report format {path.suffix!r}: .pdf or .xlsx")
