"""One sample of every printout, rendered from the site's own data (to check letterhead and alignment)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from peewee import fn

from models import Booking, GoodsPass, KeyMovement, MoveIn, RoomCharge, Tenant
from services import goods, key_prints, move_prints, room_prints, tenants
from services.access import Actor
from services.printing import write_pdf


def _tenant_registration(by: Actor) -> bytes:
    tenant = (Tenant.select().where((Tenant.site == by.site_id) & (Tenant.status == "active"))
              .order_by(Tenant.id).first())
    if tenant is None:
        raise LookupError("no tenant to print: run `main.py demo` first")
    return tenants.print_registration(tenant.id, by=by)


def _key_slip(by: Actor) -> bytes:
    # A loan with a drawn signature: the slip that shows everything (borrower, due time, approval).
    line = (KeyMovement.select().where((KeyMovement.site == by.site_id) & (KeyMovement.kind == "lend")
                                       & KeyMovement.signature.is_null(False))
            .order_by(KeyMovement.approved_by.desc(), KeyMovement.id.desc()).first())
    if line is None:
        raise LookupError("no key loan to print: run `main.py demo` first")
    return key_prints.print_slip(line.slip_no, by=by)


def _last_visit(by: Actor) -> int:
    from models import Visit

    visit = (Visit.select(Visit.id).where((Visit.site == by.site_id) & (Visit.status != "void"))
             .order_by(Visit.id.desc()).first())
    if visit is None:
        raise LookupError("no visit to print: run `main.py demo` first")
    return visit.id


def _visitor_pass(pass_format: str) -> Callable[[Actor], bytes]:
    def render(by: Actor) -> bytes:
        from services.visitor_prints import print_pass

        return print_pass(_last_visit(by), by=by, pass_format=pass_format)

    return render


def _visitor_log(by: Actor) -> bytes:
    from models import Visit
    from services.visitor_prints import print_log

    return print_log(Visit.get_by_id(_last_visit(by)).day, by=by)


def _evacuation_list(by: Actor) -> bytes:
    from services.evacuation import print_evacuation_list

    return print_evacuation_list(by=by)


def _request(by: Actor, category: str, state: str = "") -> int:
    from models import Request

    query = Request.select(Request.id).where((Request.site == by.site_id) & (Request.category == category))
    chosen = query.where(Request.state == state).order_by(Request.id).first() if state else None
    chosen = chosen or query.order_by(Request.id).first()
    if chosen is None:
        raise LookupError(f"no {category} request to print: run `main.py demo` first")
    return chosen.id


def _work_order(by: Actor) -> bytes:
    from services.request_prints import print_work_order

    return print_work_order(_request(by, "repair", "closed"), by=by)


def _complaint_record(by: Actor) -> bytes:
    from services.request_prints import print_complaint_record

    return print_complaint_record(_request(by, "complaint", "closed"), by=by)


def _callback_list(by: Actor) -> bytes:
    from services.request_prints import print_callback_list

    return print_callback_list(by=by)


def _demo_first(query, what: str):
    found = query.first()
    if found is None:
        raise LookupError(f"no {what} to print: run `main.py demo` first")
    return found


def _booking_confirmation(by: Actor) -> bytes:
    booking = _demo_first(Booking.select().where((Booking.site == by.site_id) & Booking.series.is_null(False)
                                                 & Booking.tenant.is_null(False)).order_by(Booking.day.desc()),
                          "booking")
    return room_prints.print_confirmation(booking.id, by=by)


def _room_day_schedule(by: Actor) -> bytes:
    busiest = _demo_first(Booking.select(Booking.room, Booking.day).where(
        (Booking.site == by.site_id) & Booking.state.in_(("confirmed", "completed", "in_use")))
        .group_by(Booking.room, Booking.day).order_by(fn.COUNT(Booking.id).desc(), Booking.day.desc()), "booking")
    return room_prints.print_day_schedule(busiest.room_id, busiest.day, by=by)


def _meeting_service_record(by: Actor) -> bytes:
    charged = _demo_first(RoomCharge.select().where((RoomCharge.site == by.site_id) & (RoomCharge.amount > 0))
                          .order_by(RoomCharge.id.desc()), "completed booking")
    return room_prints.print_service_record(charged.booking_id, by=by)


def _room_statement(by: Actor) -> bytes:
    charged = _demo_first(RoomCharge.select(RoomCharge.tenant, RoomCharge.month, fn.SUM(RoomCharge.amount))
                          .where(RoomCharge.site == by.site_id).group_by(RoomCharge.tenant, RoomCharge.month)
                          .order_by(fn.SUM(RoomCharge.amount).desc()), "room charge")
    return room_prints.print_statement(charged.tenant_id, charged.month, by=by)


def _first(query, what: str) -> int:
    row = query.order_by(query.model.id).first()
    if row is None:
        raise LookupError(f"no {what} to print: run `main.py demo` first")
    return row.id


def _bill(by: Actor) -> bytes:
    from models.fees import Bill
    from services import fees

    return fees.print_bill(_first(Bill.select().where((Bill.site == by.site_id) & (Bill.status == "issued")), "bill"),
                           by=by)


def _receipt(by: Actor) -> bytes:
    from models.fees import Allocation, Payment
    from services import payments

    paid = Payment.select().where((Payment.site == by.site_id) & Payment.id.in_(Allocation.select(Allocation.payment)))
    return payments.print_receipt(_first(paid, "payment"), by=by)


def _reminder_letter(by: Actor) -> bytes:
    from models.fees import Reminder
    from services import arrears

    letters = Reminder.select().where((Reminder.site == by.site_id) & (Reminder.kind == "letter"))
    return arrears.print_letter(_first(letters, "reminder letter"), by=by)


def _finance_statement(by: Actor) -> bytes:
    import datetime as dt

    from services import fee_reports
    from services.money import add_months

    return fee_reports.statement_pdf(add_months(dt.date.today().replace(day=1), -1), by=by)


def _handover(by: Actor) -> bytes:
    # A finished move-in with a defect fixed: the confirmation that shows everything.
    move = (MoveIn.select().where((MoveIn.site == by.site_id) & (MoveIn.state == "done"))
            .order_by(MoveIn.reinspect_on.desc(), MoveIn.id.desc()).first())
    if move is None:
        raise LookupError("no finished move-in to print: run `main.py demo` first")
    return move_prints.print_handover(move.id, by=by)


def _goods_pass(by: Actor) -> bytes:
    line = (GoodsPass.select().where((GoodsPass.site == by.site_id) & (GoodsPass.state == "approved"))
            .order_by(GoodsPass.valid_on.desc(), GoodsPass.id.desc()).first())
    if line is None:
        raise LookupError("no goods-release pass to print: run `main.py demo` first")
    return goods.print_pass(line.pass_no, by=by)


def _settlement(by: Actor) -> bytes:
    move_id = move_prints.latest_done_move_out(by.site_id)
    if move_id is None:
        raise LookupError("no settled move-out to print: run `main.py demo` first")
    return move_prints.print_settlement(move_id, by=by)


def _fitout_with_passes(by: Actor) -> int:
    from models import Fitout, WorkerPass

    # A crew with photos on file where there is one: the passes sheet shows both kinds of card.
    f = (Fitout.select(Fitout.id).join(WorkerPass).where((Fitout.site == by.site_id) & ~WorkerPass.revoked)
         .order_by(WorkerPass.photo.is_null(), Fitout.id).first())
    if f is None:
        raise LookupError("no fit-out with a permit and passes: run `main.py demo` first")
    return f.id


def _fitout_permit(by: Actor) -> bytes:
    from services.fitout_passes import print_permit

    return print_permit(_fitout_with_passes(by), by=by)


def _worker_passes(by: Actor) -> bytes:
    from services.fitout_passes import print_passes

    return print_passes(_fitout_with_passes(by), by=by)


def _rectification_notice(by: Actor) -> bytes:
    from models import Fitout
    from models.fitout import FitoutPatrol
    from services.fitout_patrols import print_notice

    patrol = (FitoutPatrol.select(FitoutPatrol.id).join(Fitout)
              .where((Fitout.site == by.site_id) & (FitoutPatrol.notice_no != "")).order_by(FitoutPatrol.id).first())
    if patrol is None:
        raise LookupError("no rectification notice: run `main.py demo` first")
    return print_notice(patrol.id, by=by)


def _deposit_settlement(by: Actor) -> bytes:
    from models import Fitout
    from services.fitout_passes import print_settlement

    f = (Fitout.select(Fitout.id).where((Fitout.site == by.site_id) & Fitout.refunded.is_null(False))
         .order_by(Fitout.id).first())
    if f is None:
        raise LookupError("no refunded fit-out deposit: run `main.py demo` first")
    return print_settlement(f.id, by=by)


def _fitout_acceptance(by: Actor) -> bytes:
    from models import Fitout, FitoutInspection
    from services.fitout_inspections import print_acceptance

    # The fit-out whose acceptance had a re-inspection, when there is one: the fullest record.
    f = (Fitout.select(Fitout.id).join(FitoutInspection).where(Fitout.site == by.site_id)
         .order_by(FitoutInspection.retry_of.is_null(), Fitout.id).first())
    if f is None:
        raise LookupError("no fit-out with an acceptance inspection: run `main.py demo` first")
    return print_acceptance(f.id, by=by)


def _mail_pickup_list(by: Actor) -> bytes:
    from services import mail, mail_prints

    if not mail.mail_figures(by=by).waiting:
        raise LookupError("no mail waiting to list: run `main.py demo` first")
    return mail_prints.print_pickup_list(by=by)


def _mail_pickup_slip(by: Actor) -> bytes:
    from services import mail, mail_prints

    waiting = mail.search_mail(by=by, state="waiting", page_size=1).items
    if not waiting:
        raise LookupError("no mail waiting for a slip: run `main.py demo` first")
    return mail_prints.print_pickup_slips([waiting[0].id], by=by)


# kind (the file's name) -> renders that printout from the site's data. Every new form adds itself here.
def _inspection_sheet_blank(by: Actor) -> bytes:
    from services.contractor_prints import print_blank_sheet

    return print_blank_sheet("cleaning", by=by)


def _inspection_record(by: Actor) -> bytes:
    # The latest round with a non-conformity: the record that shows everything (scores, rectification requests).
    from models.contractors import ContractorInspection
    from services.contractor_prints import print_inspection

    query = ContractorInspection.select(ContractorInspection.id).where(ContractorInspection.site == by.site_id)
    newest = (ContractorInspection.day.desc(), ContractorInspection.id.desc())
    found = (query.where(ContractorInspection.nonconformities > 0).order_by(*newest).first()
             or query.order_by(*newest).first())
    if found is None:
        raise LookupError("no contractor inspection to print: run `main.py demo` first")
    return print_inspection(found.id, by=by)


def _contractor_evaluation(by: Actor) -> bytes:
    # The latest signed month of the contractor heading for review: warning, penalties and the trend all show.
    from models.contractors import Evaluation
    from services.contractor_prints import print_evaluation

    query = Evaluation.select(Evaluation.id).where((Evaluation.site == by.site_id) & (Evaluation.state == "signed"))
    found = (query.where(Evaluation.warning).order_by(Evaluation.month.desc(), Evaluation.id.desc()).first()
             or query.order_by(Evaluation.month.desc(), Evaluation.id.desc()).first())
    if found is None:
        raise LookupError("no signed contractor evaluation to print: run `main.py demo` first")
    return print_evaluation(found.id, by=by)


def _latest(model, by: Actor, what: str, *conditions) -> int:
    """The id of the newest row of `model` at the site meeting `conditions`, or LookupError."""
    row = model.select(model.id).where(model.site == by.site_id, *conditions).order_by(model.id.desc()).first()
    if row is None:
        raise LookupError(f"no {what} to print: run `main.py demo` first")
    return row.id


def _notice(by: Actor) -> bytes:
    from models.desk_services import Notice
    from services.notices import print_notice

    return print_notice(_latest(Notice, by, "notice", Notice.state == "published", Notice.template_code == "weather"),
                        by=by)


def _service_receipt(by: Actor) -> bytes:
    from models.desk_services import ServiceOrder
    from services.convenience import print_receipt

    return print_receipt(_latest(ServiceOrder, by, "accepted service order", ServiceOrder.state == "accepted"), by=by)


def _visit_record(by: Actor) -> bytes:
    from models.desk_services import TenantVisit, VisitIssue
    from services.tenant_visits import print_visit_record

    with_issues = VisitIssue.select(VisitIssue.visit).where(VisitIssue.request_id.is_null(False))
    return print_visit_record(_latest(TenantVisit, by, "tenant visit", TenantVisit.state == "done",
                                      TenantVisit.id.in_(with_issues)), by=by)


def _duty_log(by: Actor) -> bytes:
    from models.duty import DutyLog, DutyMatter
    from services.duty import print_log

    with_matters = DutyMatter.select(DutyMatter.log)
    return print_log(_latest(DutyLog, by, "acknowledged duty log", DutyLog.state == "acknowledged",
                             DutyLog.id.in_(with_matters)), by=by)


def _survey_form(by: Actor) -> bytes:
    from services.survey_prints import print_forms, round_of_sample

    round_id = round_of_sample(by)
    first = (Tenant.select(Tenant.id).where((Tenant.site == by.site_id) & (Tenant.status == "active"))
             .order_by(Tenant.id).first())
    return print_forms(round_id, by=by, tenant_ids=[first.id] if first else None)


def _survey_results(by: Actor) -> bytes:
    from services.survey_prints import print_results, round_of_sample

    return print_results(round_of_sample(by), by=by)


def _history(kind: str) -> Callable[[Actor], bytes]:
    """A unit's (or its tenant's) history: the unit of the site's latest finished move-in, it has the most to show."""
    def render(by: Actor) -> bytes:
        from services.histories import print_history

        move = (MoveIn.select().where((MoveIn.site == by.site_id) & (MoveIn.state == "done"))
                .order_by(MoveIn.completed_at.desc(), MoveIn.id.desc()).first())
        if move is None:
            raise LookupError("no finished move-in to print a history of: run `main.py demo` first")
        if kind == "unit":
            return print_history(by=by, unit_id=move.unit_id)
        return print_history(by=by, tenant_id=move.tenant_id)

    return render


def _manager_report(kind: str) -> Callable[[Actor], bytes]:
    # The last full week or month of the site's visits (the demo's 60 days end at its "today").
    def render(by: Actor) -> bytes:
        from models import Visit
        from services import periods, reports

        last = Visit.select(Visit.day).where(Visit.site == by.site_id).order_by(Visit.day.desc()).first()
        if last is None:
            raise LookupError("no visits to report on: run `main.py demo` first")
        period = periods.week_of(last.day - dt.timedelta(days=7)) if kind == "weekly" else periods.month_of(
            last.day.replace(day=1) - dt.timedelta(days=1))
        return reports.report_pdf(reports.build_report(period, by=by))

    return render


SAMPLES: dict[str, Callable[[Actor], bytes]] = {
    "tenant-registration": _tenant_registration,
    "key-slip": _key_slip,
    "keys-out": lambda by: key_prints.print_keys_out(by=by),
    "key-cabinet-map": lambda by: key_prints.print_cabinet_map(by=by),
    "visitor-pass-a6": _visitor_pass("A6"),
    "visitor-pass-label": _visitor_pass("LABEL_62"),
    "visitor-log": _visitor_log,
    "evacuation-list": _evacuation_list,
    "work-order": _work_order,
    "complaint-record": _complaint_record,
    "callback-list": _callback_list,
    "booking-confirmation": _booking_confirmation,
    "room-day-schedule": _room_day_schedule,
    "meeting-service-record": _meeting_service_record,
    "room-statement": _room_statement,
    "bill": _bill,
    "receipt": _receipt,
    "reminder-letter": _reminder_letter,
    "finance-statement": _finance_statement,
    "handover-confirmation": _handover,
    "goods-release-pass": _goods_pass,
    "move-out-settlement": _settlement,
    "fitout-permit": _fitout_permit,
    "worker-passes": _worker_passes,
    "rectification-notice": _rectification_notice,
    "fitout-acceptance": _fitout_acceptance,
    "fitout-deposit-settlement": _deposit_settlement,
    "inspection-sheet-blank": _inspection_sheet_blank,
    "inspection-record": _inspection_record,
    "contractor-evaluation": _contractor_evaluation,
    "notice": _notice,
    "service-receipt": _service_receipt,
    "visit-record": _visit_record,
    "mail-pickup-list": _mail_pickup_list,
    "mail-pickup-slip": _mail_pickup_slip,
    "duty-log": _duty_log,
    "survey-form": _survey_form,
    "survey-results": _survey_results,
    "unit-history": _history("unit"),
    "tenant-history": _history("tenant"),
    "weekly-report": _manager_report("weekly"),
    "monthly-report": _manager_report("monthly"),
}


def render_samples(out_dir: Path, *, by: Actor) -> tuple[list[Path], dict[str, str]]:
    """Write `<kind>.pdf` for every printout the site has data for into `out_dir`; return the files written
    and, for each kind without data, why (a site that has not used an area yet has nothing to print there)."""
    files: list[Path] = []
    missing: dict[str, str] = {}
    for kind, render in SAMPLES.items():
        try:
            pdf = render(by)
        except LookupError as exc:
            missing[kind] = str(exc)
            continue
        files.append(write_pdf(pdf, out_dir / f"{kind}.pdf"))
    return files, missing
