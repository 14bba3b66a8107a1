"""One fit-out from completion to refund through the screens: completion requested at the desk, the acceptance
failing one item (refused first without a note, in place, the form keeping what was ticked and typed), the
re-inspection, the fire acceptance, accepted, a worker's pass handed back (its deposit refunded), the follow-up
inspection, the settlement approved by a manager, closed — asserting the database and the printed acceptance
record and settlement."""
from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest

from models import Fitout, FitoutInspection, Unit, WorkerPass
from models.fees import DepositEntry
from services import settings
from services.fitout_inspections import default_items
from services.payments import deposits_held
from tests.services.fitout_fixtures import fitout_tower, to_permit, walk
from tests.ui.typing import click, tick, type_text
from ui.dialogs.fitout_dialog import FitoutDialog


@pytest.fixture
def works(sqlite_site):
    """A fit-out at work; the follow-up inspection falls due at the acceptance (0 months) so it can be done today."""
    site = sqlite_site
    tenant = fitout_tower(site)
    settings.update_settings({"fitout.follow_up_months": 0}, by=site.admin)
    fid = to_permit(site, tenant)
    walk(site, fid, [("start_work", "clerk")])
    return site, tenant, fid


def _open(qtbot, desk, role: str, fid: int) -> FitoutDialog:
    dialog = FitoutDialog(desk(role), fid)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _text(preview, path) -> str:
    saved = preview.save_to(path)
    return "".join(subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True).stdout.split())


def test_completion_to_refund_through_the_screens(qtbot, desk, works, tmp_path):
    site, tenant, fid = works
    clerk = _open(qtbot, desk, "clerk", fid)
    # A worker's pass with a photo picked from a file, then completion requested.
    from services.demo_fitout import silhouette

    picture = tmp_path / "张三.png"
    picture.write_bytes(silhouette(1))
    clerk.tabs.setCurrentIndex(2)
    type_text(clerk.worker_name, "张三")
    not_a_picture = tmp_path / "身份证.jpg"
    not_a_picture.write_bytes(b"%PDF-1.4 scanned as PDF, not a picture")
    assert clerk.pick_photo(str(not_a_picture))
    click(qtbot, clerk.findChild(type(clerk.save_button), "add_pass"))
    assert clerk.errors.text_of("workers[0].photo") == "照片无法读取，请选择 JPG 或 PNG 图片"
    assert WorkerPass.select().count() == 0 and clerk.worker_name.text() == "张三"
    assert clerk.pick_photo(str(picture)) and clerk.photo_label.text() == "已选：张三.png"
    click(qtbot, clerk.findChild(type(clerk.save_button), "add_pass"))
    p = WorkerPass.get()
    assert p.photo is not None and clerk.passes.item(0, 6).text() == "有"
    assert clerk.errors.text_of("workers[0].photo") == "" and clerk.photo_label.text() == "未选照片（可不贴）"
    type_text(clerk.worker_name, "李四")
    click(qtbot, clerk.findChild(type(clerk.save_button), "add_pass"))
    assert clerk.passes.item(1, 6).text() == ""
    clerk.passes.selectRow(1)  # his photo comes the next day
    assert clerk.photo_selected(str(picture)) and clerk.passes.item(1, 6).text() == "有"
    assert "已换照片" in clerk.status.text()
    cards = clerk.print_passes()
    assert cards is not None and cards.page_count() == 1
    # At the gate: the pass checks with the worker's photo beside the result, for the guard to compare.
    from ui.pages.fitout_page import FitoutPage

    gate = FitoutPage(desk("steward"))
    qtbot.addWidget(gate)
    gate.show()
    type_text(gate.pass_no, p.number)
    gate.check_pass()
    assert gate.check_result.text().startswith(("有效：张三", "已过期：张三")) and gate.check_photo.isVisible()
    assert gate.check_photo.pixmap().size().height() == 320
    gate.pass_no.clear()
    type_text(gate.pass_no, "SG-2026-999999")
    gate.check_pass()
    assert gate.check_result.text() == "查无此证：SG-2026-999999" and not gate.check_photo.isVisible()
    assert not clerk.tabs.isTabEnabled(4)  # no inspection before completion is requested
    clerk.tabs.setCurrentIndex(1)
    click(qtbot, clerk.action_buttons["request_completion"])
    assert Fitout.get_by_id(fid).state == "completion_requested"
    assert "accept" not in clerk.action_buttons  # the engineer accepts

    # Engineering: the completion acceptance fails one item; first without saying what to fix.
    eng = _open(qtbot, desk, "engineer", fid)
    tab = eng.inspections_tab
    assert eng.tabs.isTabEnabled(4) and tab.kind.currentData() == "completion"
    items = default_items(site.site_id, "completion")
    assert [row[0] for row in tab.rows] == items
    eng.tabs.setCurrentIndex(4)
    tab.inspector.clear()
    type_text(tab.inspector, "赵工")
    ok, note = tab.row_of(items[4])
    tick(qtbot, ok)
    assert not ok.isChecked()
    click(qtbot, tab.record_button)
    assert tab.errors.text_of("results") == "第 5 行：必填" and FitoutInspection.select().count() == 0
    assert not tab.row_of(items[4])[0].isChecked() and tab.inspector.text() == "赵工"  # what was done stays
    type_text(note, "会议室吊顶未留检修口")
    click(qtbot, tab.record_button)
    first = FitoutInspection.get()
    assert (first.kind, first.passed, first.inspector) == ("completion", False, "赵工")
    assert tab.errors.text_of("results") == ""
    assert [row[0] for row in tab.rows] == [items[4]] and "复查" in tab.plan.text()
    assert tab.history.item(0, 4).text() == "不合格" and "会议室吊顶未留检修口" in tab.history.item(0, 5).text()
    # Not yet accepted: said next to the comment, on the steps tab.
    eng.tabs.setCurrentIndex(1)
    click(qtbot, eng.action_buttons["accept"])
    assert eng.errors.text_of("comment") == "竣工验收尚未合格\n消防验收尚未合格"
    assert Fitout.get_by_id(fid).state == "completion_requested"

    # The re-inspection of the failed item passes; the form moves on to the fire acceptance.
    eng.tabs.setCurrentIndex(4)
    click(qtbot, tab.record_button)
    again = FitoutInspection.select().order_by(FitoutInspection.id.desc()).first()
    assert (again.passed, again.retry_of_id) == (True, first.id)
    assert tab.kind.currentData() == "fire" and len(tab.rows) == len(default_items(site.site_id, "fire"))
    click(qtbot, tab.record_button)
    eng.tabs.setCurrentIndex(1)
    type_text(eng.comment, "竣工、消防验收合格")
    click(qtbot, eng.action_buttons["accept"])
    f = Fitout.get_by_id(fid)
    assert f.state == "accepted" and Unit.get(Unit.code == "12F-1201").status == "occupied"
    assert [(i.kind, i.passed) for i in FitoutInspection.select().order_by(FitoutInspection.id)] == [
        ("completion", False), ("completion", True), ("fire", True)]
    preview = tab.print_acceptance()
    assert preview is not None
    text = _text(preview, tmp_path / "acceptance.pdf")
    for word in ("装修竣工验收单", f.number, "赵工", "不合格（1项）", "会议室吊顶未留检修口",
                 "竣工验收（第2次，复查上次不合格项）", "消防验收", "均已合格"):
        assert word in text, word

    # The worker hands the pass back at the desk: it stops working, its 50 yuan go back.
    clerk.load()
    clerk.tabs.setCurrentIndex(2)
    clerk.passes.selectRow(0)
    click(qtbot, clerk.findChild(type(clerk.save_button), "return_pass"))
    assert WorkerPass.get_by_id(p.id).returned_on == dt.date.today() and "退押金 50.00 元" in clerk.status.text()
    clerk.passes.selectRow(1)
    click(qtbot, clerk.findChild(type(clerk.save_button), "return_pass"))
    assert WorkerPass.select().where(WorkerPass.returned_on.is_null()).count() == 0

    # The follow-up inspection (复验) finds nothing; only then may the manager approve the refund.
    mgr = _open(qtbot, desk, "manager", fid)
    mgr.tabs.setCurrentIndex(1)
    click(qtbot, mgr.action_buttons["approve_refund"])
    assert mgr.errors.text_of("comment") == "复验尚未合格，不能退装修押金"
    eng.load()
    assert tab.kind.currentData() == "follow_up"
    eng.tabs.setCurrentIndex(4)
    click(qtbot, tab.record_button)
    assert FitoutInspection.select().where(FitoutInspection.kind == "follow_up").get().passed
    mgr.load()
    before = mgr.print_settlement()
    assert before is not None and "5,000.00" in _text(before, tmp_path / "before.pdf")
    type_text(mgr.comment, "复验无损坏，全额退还")
    click(qtbot, mgr.action_buttons["approve_refund"])
    f = Fitout.get_by_id(fid)
    assert (f.state, f.refunded) == ("deposit_refunded", Decimal("5000.00"))
    assert deposits_held(site.site_id, tenant) == 0
    assert sorted(d.amount for d in DepositEntry.select().where(DepositEntry.kind == "refunded")) == [
        Decimal("50.00"), Decimal("50.00"), Decimal("5000.00")]
    settlement = _text(mgr.print_settlement(), tmp_path / "settlement.pdf")
    for word in ("装修押金结算单", f.number, "5,000.00元", "无扣除", "伍仟元整", "测试manager"):
        assert word in settlement, word
    # The fees tab: what was paid and when, from the ledger.
    mgr.tabs.setCurrentIndex(5)
    fees = [[mgr.fees_tab.table.item(r, c).text() for c in range(4)] for r in range(mgr.fees_tab.table.rowCount())]
    today = dt.date.today().isoformat()
    assert [today, "装修垃圾清运费", "已缴", "602.50"] in fees
    assert [today, "装修押金", "退还", "5,000.00"] in fees and [today, "出入证押金", "退还", "50.00"] in fees

    clerk.load()
    clerk.tabs.setCurrentIndex(1)
    click(qtbot, clerk.action_buttons["close"])
    assert Fitout.get_by_id(fid).state == "closed" and "已结束" in clerk.waits_label.text()
    history = [clerk.history.item(r, 1).text() for r in range(clerk.history.rowCount())]
    assert history[-4:] == ["申请竣工验收", "验收合格", "批准退押金", "结案"]
