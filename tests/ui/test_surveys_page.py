"""满意度调查 driven like the desk: a clerk scans a returned form and types its answers by keyboard alone; a bad date
is refused at its field with every answer kept; a supervisor edits a question; the results on screen match the
paper; a dissatisfied tenant is followed up with a work order; the dashboard's tile opens the follow-up list."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Request
from models.surveys import SurveyAnswer, SurveyFollowUp, SurveySheet, SurveyTemplate
from services import surveys
from tests.services.survey_fixtures import (
    OPENED,
    PAPER,
    TODAY,
    answered_round,
    make_tenants,
    open_test_round,
    sheet_of,
    small_questionnaire,
)
from tests.ui.typing import click, type_text
from ui.dialogs.survey_sheet_form import SurveySheetForm
from ui.pages.surveys_page import TABS, SurveysPage


def _focus():
    return QApplication.focusWidget()


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _page(qtbot, desk, role: str = "clerk") -> SurveysPage:
    page = SurveysPage(desk(role), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _ready_round(site) -> int:
    make_tenants(site)
    small_questionnaire(site)
    return open_test_round(site)


def _scan_open(qtbot, page: SurveysPage, code: str) -> SurveySheetForm:
    page.tabs.setCurrentIndex(TABS.index("answers"))
    page.activateWindow()
    page.scan.setFocus()
    qtbot.keyClicks(page.scan, code)  # the USB scanner types the code and Enter
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    form = page.last_form
    qtbot.addWidget(form)
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def test_a_clerk_scans_a_form_and_types_its_answers_by_keyboard(qtbot, desk, sqlite_site):
    round_id = _ready_round(sqlite_site)
    page = _page(qtbot, desk)
    yi = sheet_of(sqlite_site, round_id, "乙贸易有限公司")
    assert page.sheet_table.rowCount() == 6 and "未回收 6 户" in page.sheet_count.text()
    form = _scan_open(qtbot, page, f"DC-2026-0001/{yi.tenant_id}")
    assert form.sheet.id == yi.id and _focus() is form.respondent
    type_text(form.respondent, "李主任")
    _key(qtbot, Qt.Key.Key_Return)  # to the phone
    _key(qtbot, Qt.Key.Key_Return)  # to the date (today, inside the round)
    _key(qtbot, Qt.Key.Key_Return)  # to the first question
    for seq, digits in enumerate(PAPER["乙贸易有限公司"], 1):
        assert _focus() is form.field(seq), seq
        if seq == 6:
            type_text(_focus(), digits)
        else:
            qtbot.keyClicks(_focus(), digits + "9")  # a stray 9 is not a score: the field takes only 1–5 / 1–3
        _key(qtbot, Qt.Key.Key_Return)
    assert _focus() is form.save_button
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.saved and not form.isVisible()
    sheet = SurveySheet.get_by_id(yi.id)
    assert (sheet.respondent, sheet.answered_on, sheet.entered_by, sheet.lowest) == ("李主任", TODAY, "clerk", 2)
    got = {a.question.seq: (a.score, a.choice, a.text)
           for a in SurveyAnswer.select().where(SurveyAnswer.sheet == yi.id)}
    assert got == {1: (4, None, ""), 2: (4, None, ""), 3: (2, None, ""), 4: (3, None, ""), 5: (None, 2, ""),
                   6: (None, None, "卫生间经常没有纸")}
    # Back at the list: the scan field is ready for the next form, the tenant no longer waits.
    assert page.focusWidget() is page.scan and page.sheet_table.rowCount() == 5
    assert "未回收 5 户" in page.sheet_count.text()
    again = page.open_sheet(yi.id)  # opened again: read-only, as entered
    qtbot.addWidget(again)
    assert again.field(3).text() == "2" and not again.save_button.isEnabled()


def test_a_wrong_date_is_refused_at_its_field_and_every_answer_stays(qtbot, desk, sqlite_site):
    round_id = _ready_round(sqlite_site)
    page = _page(qtbot, desk)
    page.tabs.setCurrentIndex(TABS.index("answers"))
    type_text(page.scan, "丁网络")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)  # one tenant matches: its sheet opens
    form = page.last_form
    qtbot.addWidget(form)
    for seq, digits in enumerate(PAPER["丁网络科技有限公司"][:5], 1):
        qtbot.keyClicks(form.field(seq), digits)
    form.answered_on.setDate(OPENED.replace(day=1).replace(month=5))  # typed the wrong month
    click(qtbot, form.save_button)
    assert not form.saved and form.isVisible()
    assert form.errors.text_of("answered_on") == "填表日期不能早于调查开始日期 2026-06-01"
    assert [form.field(seq).text() for seq in range(1, 6)] == PAPER["丁网络科技有限公司"][:5]
    assert SurveyAnswer.select().count() == 0
    assert SurveySheet.get_by_id(sheet_of(sqlite_site, round_id, "丁网络科技有限公司").id).answered_on is None
    form.answered_on.setDate(TODAY)
    click(qtbot, form.save_button)
    assert form.saved and SurveyAnswer.select().count() == 5


def test_a_supervisor_edits_a_question_and_a_clerk_may_not(qtbot, desk, sqlite_site):
    clerk_page = _page(qtbot, desk)
    assert not clerk_page.editor.save_button.isEnabled()
    page = _page(qtbot, desk, "supervisor")
    tab = page.editor
    page.tabs.setCurrentIndex(TABS.index("questionnaire"))
    assert tab.table.rowCount() == 22 and "第 1 版" in tab.revision.text()
    tab.table.item(1, 2).setText("咨询、报事的受理及时性")
    tab.table.setCurrentCell(1, 2)
    click(qtbot, tab.findChild(type(tab.save_button), "move_up"))
    click(qtbot, tab.save_button)  # no note: refused at the note, the edit kept
    assert tab.errors.text_of("note") == "必填" and tab.table.item(0, 2).text() == "咨询、报事的受理及时性"
    type_text(tab.note, "拆分咨询题")
    click(qtbot, tab.save_button)
    q = surveys.questionnaire(by=sqlite_site.clerk)
    assert q.revision == 2 and q.questions[0].text == "咨询、报事的受理及时性"
    assert q.questions[1].text == "前台客服人员的服务态度"
    assert SurveyTemplate.select().count() == 2 and "第 2 版" in tab.revision.text()


def test_results_on_screen_match_the_paper(qtbot, desk, sqlite_site, tmp_path):
    answered_round(sqlite_site)
    page = _page(qtbot, desk)
    tab = page.results
    page.tabs.setCurrentIndex(TABS.index("results"))
    assert "发放 6 户，回收 4 户，回收率 66.7%" in tab.summary.text()
    assert "不满意业户 2 户（已跟进 0 户）" in tab.summary.text()
    first = [int(p[0]) for p in PAPER.values() if p[0]]
    front = first + [int(p[1]) for p in PAPER.values() if p[1]]
    row = [tab.questions.item(0, c).text() for c in range(9)]
    assert row[:4] == ["1. 前台服务·服务态度", str(len(first)), f"{sum(first) / len(first):.2f}",
                       f"{100 * len([v for v in first if v >= 4]) / len(first):.1f}%"]
    assert row[4:] == [str(first.count(s)) for s in (5, 4, 3, 2, 1)]
    sections = [tab.sections.item(r, 0).text() for r in range(tab.sections.rowCount())]
    assert sections == ["前台服务", "保洁", "总体满意度"]
    assert [(name, f"{avg:.2f}") for name, avg, _before in tab.bars.lines][0] == \
        ("前台服务", f"{sum(front) / len(front):.2f}")
    from openpyxl import load_workbook

    saved = tab.export_to(tmp_path / "answers.xlsx")
    assert saved and load_workbook(saved)["答卷"].max_row == 1 + len(PAPER)


def test_a_dissatisfied_tenant_followed_up_with_a_work_order(qtbot, desk, sqlite_site):
    answered_round(sqlite_site)
    page = _page(qtbot, desk)
    tab = page.follow_ups
    page.tabs.setCurrentIndex(TABS.index("follow_ups"))
    listed = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert listed == ["丁网络科技有限公司", "乙贸易有限公司"]
    tab.table.selectRow(1)
    dialog = tab.follow_up()
    qtbot.addWidget(dialog)
    dialog.action.setCurrentIndex(dialog.action.findData("work_order"))
    type_text(dialog.outcome, "已致电，约周五维修")
    assert not dialog.save()  # a work order needs what it is for
    assert dialog.errors.text_of("text") == "必填" and dialog.outcome.toPlainText() == "已致电，约周五维修"
    assert Request.select().count() == 0
    type_text(dialog.text, "卫生间擦手纸架损坏")
    assert dialog.save()
    r = Request.get()
    assert r.category == "repair" and r.text == "卫生间擦手纸架损坏" and r.tenant.name == "乙贸易有限公司"
    f = SurveyFollowUp.get()
    assert (f.username, f.outcome, f.request_id) == ("clerk", "已致电，约周五维修", r.id)
    assert [tab.table.item(n, 0).text() for n in range(tab.table.rowCount())] == ["丁网络科技有限公司"]
    tab.pending_only.setChecked(False)
    assert r.number in tab.table.item(1, 4).text() and "已致电" in tab.table.item(1, 4).text()


def test_the_dashboard_tile_opens_the_follow_up_list(qtbot, desk, sqlite_site):
    from ui.main_window import MainWindow

    answered_round(sqlite_site)
    window = MainWindow(desk("clerk"))
    qtbot.addWidget(window)
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    tile = dashboard.tiles["survey_follow_ups"]
    assert tile.value.text() == "2"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, SurveysPage) and page.tabs.currentIndex() == TABS.index("follow_ups")
    assert page.follow_ups.table.rowCount() == 2


def test_a_supervisor_opens_a_round_prints_its_forms_and_closes_it(qtbot, desk, sqlite_site, tmp_path):
    from tests.printouts.pdftools import decode_codes, page_count

    make_tenants(sqlite_site)
    page = _page(qtbot, desk, "supervisor")
    page.tabs.setCurrentIndex(TABS.index("rounds"))
    dialog = page.new_round()
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "2026年下半年业户满意度调查"  # TODAY is 1 July
    dialog.name.clear()
    assert not dialog.save()
    assert dialog.errors.text_of("name") == "必填" and surveys.list_rounds(by=sqlite_site.clerk) == []
    type_text(dialog.name, "2026年年中业户满意度调查")
    assert dialog.save()
    [r] = surveys.list_rounds(by=sqlite_site.clerk)
    assert (r.name, r.opened_on, r.asked, r.state) == ("2026年年中业户满意度调查", TODAY, 6, "open")
    assert page.round_table.item(0, 1).text() == r.name and page.round_table.item(0, 5).text() == "6"
    page.round_table.selectRow(0)
    click(qtbot, page.forms_button)
    qtbot.waitUntil(lambda: getattr(page, "last_preview", None) is not None, timeout=30000)
    pdf = tmp_path / "forms.pdf"
    pdf.write_bytes(page.last_preview.pdf)
    assert page_count(pdf) == 6 and decode_codes(pdf, tmp_path)[0].startswith("DC-2026-0001/")
    page.last_preview.close()
    click(qtbot, page.findChild(type(page.forms_button), "close_round"))
    assert surveys.get_round(r.id, by=sqlite_site.clerk).state == "closed"
    assert page.round_table.item(0, 4).text() == "已结束"


def test_a_supervisor_puts_a_typing_mistake_right(qtbot, desk, sqlite_site):
    round_id = answered_round(sqlite_site)
    yi = sheet_of(sqlite_site, round_id, "乙贸易有限公司")
    clerk_form = SurveySheetForm(desk("clerk"), yi.id, today=TODAY)
    qtbot.addWidget(clerk_form)
    assert clerk_form.correct_button.isHidden() and not clerk_form.field(1).isEnabled()
    form = SurveySheetForm(desk("supervisor"), yi.id, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    click(qtbot, form.correct_button)
    form.field(3).clear()
    qtbot.keyClicks(form.field(3), "4")
    click(qtbot, form.save_button)  # no reason: refused at the reason, the correction kept
    assert form.errors.text_of("reason") == "必填" and form.field(3).text() == "4"
    assert sheet_of(sqlite_site, round_id, "乙贸易有限公司").lowest == 2
    type_text(form.reason, "第 3 题误录")
    click(qtbot, form.save_button)
    assert form.saved and sheet_of(sqlite_site, round_id, "乙贸易有限公司").lowest == 3
    q3 = surveys.round_questions(round_id, by=sqlite_site.clerk)[2]
    assert SurveyAnswer.get((SurveyAnswer.sheet == yi.id) & (SurveyAnswer.question == q3.id)).score == 4
