"""Screenshots of every screen on the demo tower, for a person to look at (run under xvfb-run)."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    import models
    from services import demo
    from services.auth import login
    from services.site import get_site
    from ui.app import make_app
    from ui.context import DeskContext
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dialogs.tenant_dialog import TenantDialog
    from ui.dialogs.wizard import SetupWizard
    from ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    tmp = Path(tempfile.mkdtemp())
    models.open_database(f"sqlite:///{tmp / 'empty.db'}")
    models.ensure_schema()
    shots = {}
    wizard = SetupWizard()
    wizard.resize(760, 600)
    shots["wizard"] = wizard
    models.db.close()
    models.open_database(f"sqlite:///{tmp / 'demo.db'}")
    models.ensure_schema()
    result = demo.fill_demo()
    site = get_site(result.site_id)
    shots["login"] = LoginDialog(site)
    actor = login(site.id, "admin", result.passwords["admin"])
    ctx = DeskContext(actor, site, "SQLite demo.db", "sqlite")
    window = MainWindow(ctx)
    window.resize(1280, 800)
    for key in window.page_keys():
        window.show_page(key)
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"main-{key}.png"))
    shots["tenant"] = TenantDialog(ctx, 1)
    shots.update(_key_shots(ctx, result))
    _visitor_shots(app, window, ctx, out, shots)
    from models import Request
    from ui.dialogs.request_dialog import RequestDialog

    shots["request-new"] = RequestDialog(ctx)
    reopened = Request.select().where(Request.reopen_count > 0).order_by(Request.id.desc()).first()
    shots["request-repair"] = RequestDialog(ctx, reopened.id)
    complaint = (Request.select().where((Request.category == "complaint") & (Request.level == "major"))
                 .order_by(Request.id.desc()).first())
    shots["request-complaint"] = RequestDialog(ctx, complaint.id)
    shots.update(_room_shots(window, ctx))
    fees_page = window.show_page("fees")
    for key in ("bills", "account", "arrears", "meters", "items", "statement"):
        tab = fees_page.show_tab(key) if key != "statement" else fees_page.statement
        fees_page.tabs.setCurrentWidget(tab)
        if key == "account":
            tab.show_tenant(fees_page.arrears.rows[0].tenant_id if fees_page.arrears.rows else 1)
        if key == "arrears":
            tab.refresh()
        app.processEvents()
        window.grab().save(str(out / f"fees-{key}.png"))
    from ui.dialogs.payment_dialog import PaymentDialog

    shots["payment"] = PaymentDialog(ctx, 1, "演示业户")
    shots.update(_move_shots(ctx))
    shots.update(_fitout_shots(ctx))
    shots.update(_contractor_shots(app, window, ctx, out))
    shots.update(_survey_shots(app, window, ctx, out))
    _desk_service_shots(app, window, ctx, out, shots)
    shots.update(_frontdesk_mail_shots(app, window, ctx, out))
    shots.update(_duty_shots(app, window, ctx, out))
    shots.update(_history_shots(ctx))
    _report_shots(app, window, ctx, out)
    from ui.idle_lock import LockScreen

    lock = LockScreen(ctx)  # what an idle desk shows over the window and any open form
    lock.resize(1000, 620)
    shots["lock-screen"] = lock
    for name, widget in shots.items():
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
    rooms_page = window.page("rooms")
    rooms_page.view.setCurrentIndex(rooms_page.view.findData("week"))
    rooms_page.room.setCurrentIndex(1)
    window.show_page("rooms")
    app.processEvents()
    window.grab().save(str(out / "rooms-week.png"))
    for path in sorted(out.glob("*.png")):
        print(path)
    # Top-level dialogs go before the application does, or Python's teardown order may crash Qt.
    for widget in [*shots.values(), window]:
        widget.close()
        widget.deleteLater()
    app.processEvents()
    QApplication.instance().quit()


def _history_shots(ctx) -> dict:
    """The 履历 of the demo's busiest unit (most requests), and of a tenant with a fit-out (all of it, then its
    fit-out only)."""
    from peewee import fn

    from models import Fitout, FitoutStep, Request
    from ui.dialogs.history_dialog import HistoryDialog

    busiest = (Request.select(Request.unit).where(Request.unit.is_null(False)).group_by(Request.unit)
               .order_by(fn.COUNT(Request.id).desc()).first())
    fitting = (Fitout.select(Fitout.tenant).join(FitoutStep).group_by(Fitout.tenant)
               .order_by(fn.COUNT(FitoutStep.id).desc()).first())
    unit = HistoryDialog(ctx, unit_id=busiest.unit_id)
    tenant = HistoryDialog(ctx, tenant_id=fitting.tenant_id)
    fitout = HistoryDialog(ctx, tenant_id=fitting.tenant_id)
    fitout.area.setCurrentIndex(fitout.area.findData("fitout"))
    return {"history-unit": unit, "history-tenant": tenant, "history-tenant-fitout": fitout}


def _key_shots(ctx, result) -> dict:
    """The key form of a lent key (with its history), a loan being signed, a clerk's master-key loan, a return."""
    from peewee import fn
    from PySide6.QtCore import QPointF

    from models import Key, KeyMovement
    from services.auth import login
    from services.site import get_site
    from ui.context import DeskContext
    from ui.dialogs.key_dialog import KeyDialog
    from ui.dialogs.key_move_dialog import KeyMoveDialog

    lent = Key.select().where(Key.state == "lent").order_by(Key.id).first()
    vacant = Key.select().where((Key.state == "in") & (Key.kind == "vacant_unit")).order_by(Key.id).first()
    master = Key.select().where((Key.state == "in") & (Key.kind == "master")).order_by(Key.id).first()
    clerk = DeskContext(login(result.site_id, "clerk", result.passwords["clerk"]), get_site(result.site_id),
                        "SQLite demo.db", "sqlite")
    lend = KeyMoveDialog(ctx, [vacant.id], "lend")
    lend.borrower.setText("张师傅")
    lend.company.setText("深圳市安居中介有限公司")
    lend.phone.setText("13812345678")
    lend.purpose.setText("带客户看房")
    lend.pad.resize(560, 150)
    lend.pad.strokes = [[QPointF(40 + x * 9, 80 + ((x * 37) % 50) - 25) for x in range(30)],
                        [QPointF(330 + x * 6, 60 + (x % 7) * 6) for x in range(20)]]
    back = KeyMoveDialog(ctx, [lent.id], "return")
    master_loan = KeyMoveDialog(clerk, [master.id], "lend")
    busiest = (Key.select(Key.id).join(KeyMovement, on=(KeyMovement.key == Key.id)).group_by(Key.id)
               .order_by(fn.COUNT(KeyMovement.id).desc()).first())
    history = KeyDialog(ctx, busiest.id)
    history.tabs.setCurrentIndex(1)
    return {"key": KeyDialog(ctx, lent.id), "key-lend": lend, "key-lend-master": master_loan, "key-return": back,
            "key-history": history}


def _visitor_shots(app, window, ctx, out: Path, shots: dict) -> None:
    """The visitor desk on yesterday's log (the demo's today may be young), and its dialogs filled in."""
    import datetime as dt

    from services.visitor_log import search_visits
    from services.watchlist import matches
    from ui.dialogs.evacuation_dialog import EvacuationDialog
    from ui.dialogs.prereg_dialog import PreregDialog
    from ui.dialogs.visit_dialog import VisitDialog
    from ui.dialogs.watch_alert import WatchAlert
    from ui.dialogs.watchlist_dialog import WatchlistDialog

    page = window.show_page("visitors")
    page.show_log_of(dt.date.today() - dt.timedelta(days=1))
    page.result.setText(page.tr("{name} 已签离（{no}，{time}）").format(
        name="张伟", no=search_visits(by=ctx.actor, limit=1).items[0].pass_no, time="10:32"))
    app.processEvents()
    window.grab().save(str(out / "main-visitors-log.png"))
    visit = VisitDialog(ctx)
    visit.name.setText("欧阳娜娜")
    visit.id_number.setText("11010519491231002X")
    visit.phone.setText("13812345678")
    visit.company.setText("华为技术有限公司")
    visit.host.setText("12F-1201  深圳市云帆科技有限公司")
    visit.purpose.setText("商务洽谈")
    shots["visit-check-in"] = visit
    shots["visit-watch-alert"] = WatchAlert(ctx.actor.site_id, "陈建国", matches(ctx.actor.site_id, "陈建国"),
                                            lambda _s: False)
    shots["visit-watchlist"] = WatchlistDialog(ctx)
    shots["visit-prereg"] = PreregDialog(ctx)
    shots["visit-evacuation"] = EvacuationDialog(ctx)


def _report_shots(app, window, ctx, out: Path) -> None:
    """报表: last month's report shown (its visitors and contractors tabs), and a mistyped period refused."""
    from services import reports

    page = window.show_page("reports")
    kind, text = page.kind.currentData(), page.period.text()
    page.show_report(reports.report_for(kind, text, by=ctx.actor))
    page.progress.setValue(page.progress.maximum())
    for key in ("visits", "contractors", "rooms"):
        page.tabs.setCurrentIndex([t.key for t in page.report.tables].index(key))
        app.processEvents()
        window.grab().save(str(out / f"reports-{key}.png"))
    page.kind.setCurrentIndex(page.kind.findData("range"))
    page.period.setText("2026-11-15..2026-11-01")
    page.run()
    app.processEvents()
    window.grab().save(str(out / "reports-bad-period.png"))


def _contractor_shots(app, window, ctx, out: Path) -> dict:
    """外包服务: each tab of the page (the evaluation on the contractor heading for review), the keyboard
    inspection form part-filled, a contractor with its documents."""
    from models.contractors import Contractor
    from ui.dialogs.contractor_dialog import ContractorDialog
    from ui.dialogs.inspection_form import InspectionForm
    from ui.pages.contractors_page import TABS

    page = window.show_page("contractors")
    greening = Contractor.get(Contractor.service == "greening")
    for n, key in enumerate(TABS):
        page.tabs.setCurrentIndex(n)
        if key == "evaluation":
            page.evaluation.select_contractor(greening.id)
        app.processEvents()
        window.grab().save(str(out / f"contractors-{key}.png"))
    cleaning = Contractor.get(Contractor.service == "cleaning")
    form = InspectionForm(ctx, cleaning.id)
    form.areas.setText("大堂、1–28F 卫生间、B1–B2 车库")
    form.row(1).score.setText("3.5")
    form.row(12).score.setText("1")
    form.row(12).nonconforming.setChecked(True)
    form.row(12).note.setText("18F 女卫地面积水")
    dialog = ContractorDialog(ctx, greening.id)
    documents = ContractorDialog(ctx, cleaning.id)
    documents.tabs.setCurrentIndex(1)
    return {"inspection-form": form, "contractor": dialog, "contractor-documents": documents}


def _survey_shots(app, window, ctx, out: Path) -> dict:
    """满意度调查: each tab of the page (answers with the answered ones shown), a tenant's sheet part-typed, the
    follow-up form."""
    from services import survey_results
    from ui.dialogs.survey_dialogs import FollowUpDialog, RoundDialog
    from ui.dialogs.survey_sheet_form import SurveySheetForm
    from ui.pages.surveys_page import TABS

    page = window.show_page("surveys")
    for n, key in enumerate(TABS):
        page.tabs.setCurrentIndex(n)
        if key == "answers":
            page.show_answered.setChecked(True)
        if key == "follow_ups":
            page.follow_ups.pending_only.setChecked(False)
        app.processEvents()
        window.grab().save(str(out / f"surveys-{key}.png"))
    waiting = next(s for s in page.sheet_rows if s.answered_on is None)
    sheet = SurveySheetForm(ctx, waiting.id)  # a closed round: the form shows what a late one is refused with
    sheet.respondent.setText("陈行政")
    for seq, digit in enumerate("54453", 1):
        sheet.field(seq).setText(digit)
    answered = SurveySheetForm(ctx, next(s for s in page.sheet_rows if s.answered_on is not None).id)
    pending = survey_results.follow_up_list(None, by=ctx.actor, pending_only=True)
    shots = {"survey-sheet": sheet, "survey-sheet-answered": answered, "survey-round-new": RoundDialog(ctx)}
    if pending:
        shots["survey-follow-up"] = FollowUpDialog(ctx, pending[0])
    return shots


def _desk_service_shots(app, window, ctx, out: Path, shots: dict) -> None:
    """The front desk's notices, services and visits tabs on the demo, and their dialogs filled in."""
    from PySide6.QtCore import QPointF

    from models.desk_services import ServiceOrder
    from services import convenience
    from ui.dialogs.notice_dialog import NoticeDialog
    from ui.dialogs.service_order_dialog import AcceptDialog, ServiceOrderDialog
    from ui.dialogs.tenant_visit_dialog import VisitRecordDialog
    from ui.pages.notices_tab import TemplatesDialog
    from ui.pages.services_tab import PriceListDialog
    from ui.pages.visits_tab import PlanDialog

    page = window.show_page("frontdesk")
    for key, view in (("notices", "current"), ("notices", "history"), ("services", "open"), ("visits", "overdue"),
                      ("visits", "all")):
        page.show_filter(f"{key}:{view}")
        app.processEvents()
        window.grab().save(str(out / f"frontdesk-{key}-{view}.png"))
    notice = NoticeDialog(ctx)
    notice.template.setCurrentIndex(notice.template.findData("weather"))
    for name, text in (("预警信号", "台风橙色预警信号"), ("发布单位", "深圳市气象台"), ("日期", "11月25日"),
                       ("时段", "夜间至26日白天"), ("天气情况", "强降雨并伴有8至10级大风")):
        notice.fill_edits[name].setText(text)
    notice.fill()
    notice.audience.setCurrentIndex(notice.audience.findData("floors"))
    notice.floors.setText("12F,13F")
    shots["notice-weather"] = notice
    shots["notice-templates"] = TemplatesDialog(ctx)
    order = ServiceOrderDialog(ctx)
    order.tenant.setCurrentIndex(3)
    order.item.setCurrentIndex(2)
    order.quantity.setText("126.35")
    order.amount.setText("900")
    order.price_reason.setText("长期合作业户九折")
    shots["service-order"] = order
    done = ServiceOrder.select().where(ServiceOrder.state == "done").first()
    if done is not None:
        accept = AcceptDialog(ctx, convenience.get_order(done.id, by=ctx.actor))
        accept.satisfaction.setCurrentIndex(1)
        accept.pad.resize(480, 150)
        accept.pad.strokes = [[QPointF(40 + x * 9, 80 + ((x * 37) % 50) - 25) for x in range(30)]]
        shots["service-accept"] = accept
    shots["service-prices"] = PriceListDialog(ctx)
    visits = page.tab("visits")
    row = visits.model.row_at(0)
    record = VisitRecordDialog(ctx, row.tenant_id, row.tenant, row.plan_id, row.plan_assignee)
    record.met.setText("李娜（行政经理）")
    record.topics.setText("季度走访、空调使用情况")
    record.notes.setPlainText("业户对前台服务满意，希望加强晚间保洁。")
    record.issues.item(0, 0).setText("会议室空调不制冷")
    record.issues.cellWidget(0, 1).setCurrentIndex(1)
    record.add_issue("希望增设电动车充电桩", "suggestion")
    shots["visit-record"] = record
    shots["visit-plan"] = PlanDialog(ctx, None)


def _fitout_shots(ctx) -> dict:
    """A new fit-out application; one at work: its application, its steps and history, its workers."""
    from models import Fitout
    from ui.dialogs.fitout_dialog import FitoutDialog

    at_work = Fitout.select().where(Fitout.state == "in_progress").order_by(Fitout.id).first()
    review = Fitout.select().where(Fitout.state == "drawing_review").first()
    shots = {"fitout-new": FitoutDialog(ctx)}
    for tab, name in enumerate(("application", "steps", "workers", "patrols")):
        dialog = FitoutDialog(ctx, at_work.id)
        dialog.tabs.setCurrentIndex(tab)
        shots[f"fitout-{name}"] = dialog
    dialog = FitoutDialog(ctx, review.id)
    dialog.tabs.setCurrentIndex(1)
    shots["fitout-review"] = dialog
    # Completion: the items of the acceptance to record; one accepted after a re-inspection; the fees ledger of a
    # closed one; a crew with photos on file.
    from models import FitoutInspection, WorkerPass

    waiting = Fitout.select().where(Fitout.state == "completion_requested").order_by(Fitout.id).first()
    retried = FitoutInspection.select().where(FitoutInspection.retry_of.is_null(False)).first().fitout_id
    closed = Fitout.select().where(Fitout.state == "closed").first()
    photos = WorkerPass.select().where(WorkerPass.photo.is_null(False)).first().fitout_id
    for name, fid, tab in (("fitout-acceptance", waiting.id, 4), ("fitout-reinspected", retried, 4),
                           ("fitout-fees", closed.id, 5), ("fitout-photos", photos, 2)):
        dialog = FitoutDialog(ctx, fid)
        dialog.tabs.setCurrentIndex(tab)
        shots[name] = dialog
    return shots


def _frontdesk_mail_shots(app, window, ctx, out: Path) -> dict:
    """The 邮件快递, 借用登记 and 大堂检查 tabs, and their dialogs part-filled as at the counter."""
    from PySide6.QtCore import QPointF, Qt

    from models import Loan
    from services import mail
    from services.visitor_prereg import host_choices
    from ui.dialogs.lending_dialogs import LendDialog, LendItemDialog, ReturnLoanDialog
    from ui.dialogs.mail_dialogs import ArrivalDialog, BatchDialog, CollectDialog, DeliverDialog
    from ui.pages.lobbycheck_tab import CheckDialog, TemplateDialog

    page = window.show_page("frontdesk")
    for key in ("mail", "lending", "lobbycheck"):
        tab = page.tab(key)
        if key == "mail":
            tab.show_filter("waiting")
        app.processEvents()
        window.grab().save(str(out / f"frontdesk-{key}.png"))
    from PySide6.QtWidgets import QScrollArea

    settings = window.show_page("settings")
    settings.findChild(QScrollArea).ensureWidgetVisible(settings.setting_widgets["lending.write_off_days"])
    app.processEvents()
    window.grab().save(str(out / "settings-frontdesk-mail.png"))
    strokes = [[QPointF(40 + x * 9, 80 + ((x * 37) % 50) - 25) for x in range(30)],
               [QPointF(330 + x * 6, 60 + (x % 7) * 6) for x in range(20)]]
    arrival = ArrivalDialog(ctx)
    arrival.tenant.set_choice(host_choices("2F", by=ctx.actor)[0])
    arrival.courier.setCurrentText("顺丰")
    arrival.tracking.setText("SF1234567890")
    arrival.recipient.setText("王小姐")
    arrival.status.setText("已登记 YJ-2026-01885：深圳七喜网络科技有限公司 SF576250460386（本次共 1 件）")
    batch = BatchDialog(ctx)
    batch.courier.setCurrentText("中通")
    for code, text in (("73100000000001", "3F"), ("73100000000002", "5F"), ("73100000000003", "6F")):
        batch.scan.setText(code)
        batch.tenant.set_choice(host_choices(text, by=ctx.actor)[0])
        batch.add_line()
    waiting = mail.search_mail(by=ctx.actor, state="waiting").items
    collect = CollectDialog(ctx, waiting[0])
    collect.collector.setText("高帆")
    collect.phone_tail.setText("5678")
    collect.pad.resize(560, 150)
    collect.pad.strokes = strokes
    lend = LendDialog(ctx)
    lend.borrower.setText("李先生")
    lend.phone.setText("13912345678")
    lend.pledge.setText("身份证")
    lend.pad.resize(560, 150)
    lend.pad.strokes = strokes
    loan = Loan.select().where(Loan.state == "out").order_by(Loan.id).first()
    check = CheckDialog(ctx, "close")
    check.rest_ok()
    check.answers[7][1].setChecked(True)
    check.answers[7][2].setText("2 号灭火器压力不足")
    round_ = DeliverDialog(ctx, waiting[0].floor)
    round_.items.item(0).setCheckState(Qt.CheckState.Checked)
    round_.steward.setText("赵管家")
    return {"mail-arrival": arrival, "mail-batch": batch, "mail-collect": collect, "mail-round": round_, "lend": lend,
            "lend-return": ReturnLoanDialog(ctx, lending_row(ctx, loan.number)), "lend-item": LendItemDialog(ctx),
            "lobbycheck": check, "lobbycheck-template": TemplateDialog(ctx)}


def _duty_shots(app, window, ctx, out: Path) -> dict:
    """值班日志: this shift's log, the history on the handover waiting, the handover and correction dialogs."""
    from PySide6.QtCore import QPointF

    from ui.dialogs.handover_dialog import CorrectionDialog

    page = window.show_page("dutylog")
    page.tabs.setCurrentWidget(page.shift)
    app.processEvents()
    window.grab().save(str(out / "dutylog-shift.png"))
    page.show_filter("closed")
    app.processEvents()
    window.grab().save(str(out / "dutylog-waiting.png"))
    ack = page.history.acknowledge()
    ack.pad.resize(520, 150)
    ack.pad.strokes = [[QPointF(30 + x * 9, 70 + ((x * 31) % 44) - 22) for x in range(30)]]
    ack.note.setText("钥匙柜、对讲机已清点")
    ack.close()
    page.show_filter("acknowledged")
    app.processEvents()
    window.grab().save(str(out / "dutylog-history.png"))
    correction = CorrectionDialog(ctx, page.history.view.row.id)
    correction.text.setPlainText("10:35 的记录应为 3 号货梯，不是 3 号客梯。")
    return {"dutylog-acknowledge": ack, "dutylog-correction": correction}


def lending_row(ctx, number: str):
    from services.lending import loan_by_number

    return loan_by_number(number, by=ctx.actor)


def _room_shots(window, ctx) -> dict:
    """The rooms page's dialogs, filled the way a clerk would see them."""
    import datetime as dt

    from models import Booking
    from services import bookings
    from ui.dialogs.booking_dialog import BookingDialog, SeriesClashes
    from ui.dialogs.free_slot_dialog import FreeSlotDialog
    from ui.dialogs.meeting_dialogs import CancelDialog, ServiceRecordDialog
    from ui.dialogs.room_dialog import RoomDialog, RoomsDialog
    from ui.dialogs.room_statement_dialog import StatementDialog

    page = window.page("rooms")
    today = dt.date.today()
    busy = (Booking.select().where((Booking.day > today) & Booking.series.is_null(False)
                                   & (Booking.state == "confirmed")).order_by(Booking.day).first())
    if busy is not None:
        page.day.setDate(busy.day)
        page.select_booking(busy.id)
    window.show_page("rooms")
    shots = {"rooms-day": window}
    start = dt.datetime.combine(today + dt.timedelta(days=2), dt.time(18))
    shots["booking-new"] = BookingDialog(ctx, room_id=page.room_rows[0].id, starts=start,
                                         ends=start + dt.timedelta(hours=2))
    if busy is not None:
        shots["booking-edit"] = BookingDialog(ctx, busy.id)
        data = bookings.get_booking(busy.id, by=ctx.actor).data
        plan = bookings.plan_series(data, bookings.RepeatInput(weeks=6), by=ctx.actor,
                                    at=dt.datetime.combine(busy.day, dt.time(0)))
        shots["series-clashes"] = SeriesClashes(plan)
        shots["cancel"] = CancelDialog(ctx, busy.id, True)
    finder = FreeSlotDialog(ctx)
    finder.day.setDate(finder.day.date().addDays(1))
    finder.attendees.setValue(12)
    finder.hours.setValue(120)
    finder.equipment["projector"].setChecked(True)
    finder.find()
    shots["free-slots"] = finder
    shots["rooms-list"] = RoomsDialog(ctx)
    shots["room"] = RoomDialog(ctx, page.room_rows[-1])
    shots["statement"] = StatementDialog(ctx)
    shots["service-record"] = ServiceRecordDialog(ctx, busy.id if busy else 1)
    return shots


def _move_shots(ctx) -> dict:
    """A move-in at each of its steps, a move-out at the arrears check and at the keys, a new goods pass."""
    from models import MoveIn, MoveOut
    from ui.dialogs.goods_pass_dialog import GoodsPassDialog
    from ui.dialogs.move_in_dialog import MoveInDialog
    from ui.dialogs.move_out_dialog import MoveOutDialog

    shots = {}
    for move in MoveIn.select().order_by(MoveIn.id):
        shots[f"move-in-{move.step}"] = MoveInDialog(ctx, move.id)
    for move in MoveOut.select().order_by(MoveOut.id):
        shots[f"move-out-{move.step}"] = MoveOutDialog(ctx, move.id)
    shots["move-in-new"] = MoveInDialog(ctx)
    goods = GoodsPassDialog(ctx)
    goods.form.carrier.setText("张师傅")
    goods.form.set_item(0, "办公桌", 4, "张")
    shots["goods-pass-new"] = goods
    return shots


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/towerdesk-screens"))
