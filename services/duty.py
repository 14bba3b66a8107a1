"""The duty log (值班日志) and the shift handover (交接班).

A shift's staff start the log of the shift they are in, write notes under a category and raise matters for the
next shift. Closing hands it over: the counts of the shift (services/duty_counts.py) are frozen into the log
and nothing more is written in it. The next shift's clerk — never the one who closed it — acknowledges it.
A supervisor may still add a correction to a closed log (audited). A matter stays open, and is shown in every
later log, until someone marks it done. Closing and acknowledging are versioned saves: of two desks doing it at
once, one lands and the other is told who was first.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import peewee

from models import db, now
from models.duty import NOTE_CATEGORIES, DutyLog, DutyMatter, DutyNote
from services import duty_counts, settings, shifts
from services.access import Actor, require
from services.audit import record
from services.errors import Problems, ValidationError
from services.paging import Page, page_of
from services.records import of_site, save_versioned

STATE_PRINT = {"open": "值班中", "closed": "已交班，待接班确认", "acknowledged": "已接班确认"}
CATEGORY_PRINT = {"safety": "安全", "equipment": "设备", "tenant": "业户", "other": "其他"}
MAX_SIGNATURE = 512 * 1024


@dataclass(frozen=True)
class Slot:
    """A shift of a day: the one the desk is in now, with its log if it has been started."""

    day: dt.date
    shift: str
    label: str
    starts: dt.datetime
    ends: dt.datetime
    log_id: int | None


@dataclass(frozen=True)
class NoteRow:
    id: int
    category: str
    text: str
    correction: bool
    at: dt.datetime
    by_name: str


@dataclass(frozen=True)
class MatterRow:
    id: int
    version: int
    log_id: int
    text: str
    raised_at: dt.datetime
    raised_by_name: str
    done_at: dt.datetime | None
    done_by_name: str
    done_note: str
    carried: bool  # raised in an earlier shift's log and handed on to this one


@dataclass(frozen=True)
class LogRow:
    id: int
    version: int
    day: dt.date
    shift: str
    starts: dt.datetime
    ends: dt.datetime
    staff: str
    state: str
    closed_at: dt.datetime | None
    closed_by_name: str
    acknowledged_at: dt.datetime | None
    acknowledged_by_name: str


@dataclass(frozen=True)
class LogView:
    row: LogRow
    closed_by: int | None
    ack_note: str
    notes: list[NoteRow]
    matters: list[MatterRow]
    counts: dict[str, int]  # frozen at closing; counted now while the log is open
    counted_until: dt.datetime
    close_signature: bytes | None
    ack_signature: bytes | None


@dataclass
class NoteInput:
    category: str = "other"
    text: str = ""


@dataclass
class HandoverInput:
    signature: bytes | None = None  # PNG from the pad; the login and the time are recorded whatever
    note: str = ""  # on acknowledging: what the incoming clerk found (optional)


@dataclass
class LogFilter:
    day_from: dt.date | None = None
    day_to: dt.date | None = None
    staff: str = ""  # anyone on duty, who closed or who acknowledged (part of the name)
    state: str = ""  # "" = all, or one of LOG_STATES


def site_shifts(site_id: int) -> list[shifts.Shift]:
    return shifts.parse(str(settings.get(site_id, "duty.shifts")))


def _log_row(log: DutyLog) -> LogRow:
    return LogRow(log.id, log.version, log.day, log.shift, log.starts, log.ends, log.staff, log.state,
                  log.closed_at, log.closed_by_name, log.acknowledged_at, log.acknowledged_by_name)


def current_slot(*, by: Actor, at: dt.datetime | None = None) -> Slot | None:
    """The shift the desk is in (None in a gap between the site's shifts) and its log's id if started."""
    require(by, "duty.view")
    found = shifts.shift_at(site_shifts(by.site_id), at or now())
    if found is None:
        return None
    day, shift = found
    starts, ends = shift.span(day)
    log = DutyLog.get_or_none((DutyLog.site == by.site_id) & (DutyLog.day == day) & (DutyLog.shift == shift.name))
    return Slot(day, shift.name, shift.label, starts, ends, log.id if log else None)


def start_log(staff: str, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Start the log of the shift the desk is in, with who is on duty; the one already started if a colleague
    was first (two desks starting it at once get the same log)."""
    require(by, "duty.write")
    problems = Problems()
    staff = problems.text("staff", staff, 200, required=True)
    moment = at or now()
    found = shifts.shift_at(site_shifts(by.site_id), moment)
    if found is None:
        problems.add("staff", "duty.no_shift")
    problems.raise_if_any()
    day, shift = found
    starts, ends = shift.span(day)
    where = (DutyLog.site == by.site_id) & (DutyLog.day == day) & (DutyLog.shift == shift.name)
    try:
        with db.atomic():
            log = DutyLog.create(site=by.site_id, day=day, shift=shift.name, starts=starts, ends=ends, staff=staff,
                                 opened_by=by.user_id, opened_by_name=by.full_name, created_at=moment,
                                 updated_at=moment)
            record(by, "create", "duty_log", log.id, after={"day": day, "shift": shift.name, "staff": staff})
            return log.id
    except peewee.IntegrityError:
        return DutyLog.get(where).id


def _open_log(log_id: int, by: Actor) -> DutyLog:
    """The log, touched (version + 1) only if it is still open: a note cannot land on a handed-over log, and
    a desk closing it with the version it loaded learns that something was written since."""
    # The write first: on SQLite a transaction that read before writing fails when another desk wrote between.
    bumped = (DutyLog.update(version=DutyLog.version + 1, updated_at=now())
              .where((DutyLog.id == log_id) & (DutyLog.site == by.site_id) & (DutyLog.state == "open")).execute())
    log = of_site(DutyLog, log_id, by)
    if not bumped:
        raise ValidationError("log", "duty.closed")
    return log


def set_staff(log_id: int, version: int, staff: str, *, by: Actor) -> int:
    """Change who is on duty while the log is open; returns the new version."""
    require(by, "duty.write")
    problems = Problems()
    staff = problems.text("staff", staff, 200, required=True)
    problems.raise_if_any()
    # Read and checked before the transaction, whose first statement is the versioned write (as every save here):
    # a desk that saved in between makes it stale.
    log = of_site(DutyLog, log_id, by)
    if log.state != "open":
        raise ValidationError("staff", "duty.closed")
    with db.atomic():
        new = save_versioned(DutyLog, log_id, version, {"staff": staff}, by=by)
        record(by, "update", "duty_log", log_id, before={"staff": log.staff}, after={"staff": staff})
        return new


def add_note(log_id: int, data: NoteInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """A note of the shift under its category, while the log is open."""
    require(by, "duty.write")
    problems = Problems()
    if data.category not in NOTE_CATEGORIES:
        problems.add("category", "duty.category")
    text = problems.text("text", data.text, 2000, required=True)
    problems.raise_if_any()
    with db.atomic():
        _open_log(log_id, by)
        note = DutyNote.create(log=log_id, category=data.category, text=text, at=at or now(), by_name=by.full_name)
        # Audited on the log, so a desk whose save went stale is told who wrote in it since.
        record(by, "note", "duty_log", log_id, after={"note": note.id, "category": data.category, "text": text})
        return note.id


def add_matter(log_id: int, text: str, *, by: Actor, at: dt.datetime | None = None) -> int:
    """A matter for the next shift to see to; it stays in each later log until marked done."""
    require(by, "duty.write")
    problems = Problems()
    text = problems.text("matter", text, 500, required=True)
    problems.raise_if_any()
    moment = at or now()
    with db.atomic():
        _open_log(log_id, by)
        matter = DutyMatter.create(site=by.site_id, log=log_id, text=text, raised_at=moment,
                                   raised_by_name=by.full_name, created_at=moment, updated_at=moment)
        record(by, "matter", "duty_log", log_id, after={"matter": matter.id, "text": text})
        return matter.id


def mark_done(matter_id: int, version: int, note: str = "", *, by: Actor, at: dt.datetime | None = None) -> int:
    """A handed-on matter seen to: who and when, with what was done (optional)."""
    require(by, "duty.write")
    problems = Problems()
    note = problems.text("done_note", note, 200)
    problems.raise_if_any()
    moment = at or now()
    matter = of_site(DutyMatter, matter_id, by)
    if matter.done_at is not None:
        raise ValidationError("done_note", "duty.matter_done")
    with db.atomic():
        new = save_versioned(DutyMatter, matter_id, version,
                             {"done_at": moment, "done_by_name": by.full_name, "done_note": note}, by=by)
        record(by, "done", "duty_matter", matter_id, after={"done_at": moment, "note": note})
        return new


def _signature(problems: Problems, png: bytes | None) -> bytes | None:
    if png is not None and (len(png) > MAX_SIGNATURE or not png.startswith(b"\x89PNG")):
        problems.add("signature", "duty.signature")
    return png


def close_log(log_id: int, version: int, data: HandoverInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Close the log and hand it over: the shift's counts frozen as they stand now; returns the new version."""
    require(by, "duty.write")
    problems = Problems()
    png = _signature(problems, data.signature)
    problems.raise_if_any()
    moment = at or now()
    log = of_site(DutyLog, log_id, by)
    if log.state != "open":
        raise ValidationError("log", "duty.closed")
    until = min(moment, log.ends)
    counts = duty_counts.all_counts(by.site_id, log.starts, until)
    frozen = json.dumps({"until": until.isoformat(), "values": counts}, ensure_ascii=False)
    with db.atomic():
        new = save_versioned(DutyLog, log_id, version, {
            "state": "closed", "closed_at": moment, "closed_by": by.user_id, "closed_by_name": by.full_name,
            "close_signature": png, "counts": frozen}, by=by)
        record(by, "close", "duty_log", log_id, before={"state": "open"},
               after={"state": "closed", "counts": counts, "signed": png is not None})
        return new


def acknowledge(log_id: int, version: int, data: HandoverInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """The next shift takes the handover over; the one who closed the log cannot acknowledge it."""
    require(by, "duty.write")
    problems = Problems()
    png = _signature(problems, data.signature)
    note = problems.text("ack_note", data.note, 200)
    problems.raise_if_any()
    moment = at or now()
    log = of_site(DutyLog, log_id, by)
    if log.state != "closed":
        raise ValidationError("log", "duty.not_closed" if log.state == "open" else "duty.acknowledged")
    if log.closed_by == by.user_id:
        raise ValidationError("log", "duty.same_person")
    with db.atomic():
        new = save_versioned(DutyLog, log_id, version, {
            "state": "acknowledged", "acknowledged_at": moment, "acknowledged_by": by.user_id,
            "acknowledged_by_name": by.full_name, "ack_signature": png, "ack_note": note}, by=by)
        record(by, "acknowledge", "duty_log", log_id, before={"state": "closed"},
               after={"state": "acknowledged", "note": note, "signed": png is not None})
        return new


def add_correction(log_id: int, text: str, *, by: Actor, at: dt.datetime | None = None) -> int:
    """A supervisor's correction of a handed-over log: a note of its own, marked as a correction, audited."""
    require(by, "duty.correct", entity="duty_log", record_id=log_id)
    problems = Problems()
    text = problems.text("correction", text, 2000, required=True)
    problems.raise_if_any()
    log = of_site(DutyLog, log_id, by)
    if log.state == "open":
        raise ValidationError("correction", "duty.still_open")
    with db.atomic():
        DutyLog.update(version=DutyLog.version + 1, updated_at=now()).where(DutyLog.id == log_id).execute()
        note = DutyNote.create(log=log_id, category="other", text=text, correction=True, at=at or now(),
                               by_name=by.full_name)
        record(by, "correct", "duty_log", log_id, after={"correction": text})
        return note.id


def _matter_row(m: DutyMatter, log_id: int) -> MatterRow:
    return MatterRow(m.id, m.version, m.log_id, m.text, m.raised_at, m.raised_by_name, m.done_at, m.done_by_name,
                     m.done_note, m.log_id != log_id)


def _matters(log: DutyLog) -> list[MatterRow]:
    """Matters raised in this log, and those raised earlier still open when it was started (carried over)."""
    query = DutyMatter.select().where(
        (DutyMatter.site == log.site_id)
        & ((DutyMatter.log == log.id)
           | ((DutyMatter.raised_at < log.created_at)
              & (DutyMatter.done_at.is_null() | (DutyMatter.done_at >= log.created_at)))))
    return [_matter_row(m, log.id) for m in query.order_by(DutyMatter.raised_at, DutyMatter.id)]


def open_matters(*, by: Actor) -> list[MatterRow]:
    """Every matter not yet done at the site, oldest first (what the shift takes on)."""
    require(by, "duty.view")
    query = DutyMatter.select().where((DutyMatter.site == by.site_id) & DutyMatter.done_at.is_null())
    return [_matter_row(m, 0) for m in query.order_by(DutyMatter.raised_at, DutyMatter.id)]


def get_log(log_id: int, *, by: Actor, at: dt.datetime | None = None, count: bool = True) -> LogView:
    """The log with its notes and matters; its frozen counts once closed, the counts so far while open (none
    when `count` is False: a caller that only wants the version or the matters)."""
    require(by, "duty.view")
    log = of_site(DutyLog, log_id, by)
    if log.counts:
        frozen = json.loads(log.counts)
        counts, until = frozen["values"], dt.datetime.fromisoformat(frozen["until"])
    else:
        until = min(at or now(), log.ends)
        counts = duty_counts.all_counts(by.site_id, log.starts, until) if count else {}
    notes = [NoteRow(n.id, n.category, n.text, n.correction, n.at, n.by_name)
             for n in DutyNote.select().where(DutyNote.log == log.id).order_by(DutyNote.at, DutyNote.id)]
    return LogView(_log_row(log), log.closed_by, log.ack_note, notes, _matters(log), counts, until,
                   bytes(log.close_signature) if log.close_signature else None,
                   bytes(log.ack_signature) if log.ack_signature else None)


def search_logs(filters: LogFilter, *, by: Actor, page: int = 0, page_size: int = 50) -> Page[LogRow]:
    """Past and present logs, newest first; by day range, by a name of the staff, by state."""
    require(by, "duty.view")
    query = DutyLog.select().where(DutyLog.site == by.site_id)
    if filters.day_from:
        query = query.where(DutyLog.day >= filters.day_from)
    if filters.day_to:
        query = query.where(DutyLog.day <= filters.day_to)
    if filters.state:
        query = query.where(DutyLog.state == filters.state)
    name = filters.staff.strip()
    if name:
        query = query.where(DutyLog.staff.contains(name) | DutyLog.closed_by_name.contains(name)
                            | DutyLog.acknowledged_by_name.contains(name) | DutyLog.opened_by_name.contains(name))
    return page_of(query.order_by(DutyLog.starts.desc(), DutyLog.id.desc()), page, page_size, _log_row)


def waiting_acknowledgement(*, by: Actor) -> int:
    """Logs handed over and not yet acknowledged (the dashboard's 交接待确认)."""
    require(by, "duty.view")
    return DutyLog.select().where((DutyLog.site == by.site_id) & (DutyLog.state == "closed")).count()


def print_log(log_id: int, *, by: Actor) -> bytes:
    """《值班日志》 of one shift: the counts table, the notes, the matters, both sides' signatures."""
    from printouts.duty_log import DutySheet, render_duty_log
    from services.printing import letterhead

    view = get_log(log_id, by=by)
    r = view.row
    groups: dict[str, list[tuple[str, int]]] = {}
    for key, (label, group, _fn) in duty_counts.COUNTS.items():
        if key in view.counts:
            groups.setdefault(group, []).append((label, view.counts[key]))
    sheet = DutySheet(
        day=r.day, shift=r.shift, starts=r.starts, ends=r.ends, staff=r.staff, state=STATE_PRINT[r.state],
        counted_until=view.counted_until, frozen=r.state != "open", counts=list(groups.items()),
        notes=[(CATEGORY_PRINT.get(n.category, n.category), n.text, n.at, n.by_name, n.correction)
               for n in view.notes],
        matters=[(m.text, m.raised_at, m.raised_by_name, m.carried, m.done_at, m.done_by_name, m.done_note)
                 for m in view.matters],
        closed_by=r.closed_by_name, closed_at=r.closed_at, close_signature=view.close_signature,
        acknowledged_by=r.acknowledged_by_name, acknowledged_at=r.acknowledged_at,
        ack_signature=view.ack_signature, ack_note=view.ack_note, printed_at=now(),
        standing=tuple(f"“{duty_counts.COUNTS[k][0]}”" for k in duty_counts.STANDING))
    return render_duty_log(sheet, letterhead(by.site_id))
