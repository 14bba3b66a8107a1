"""Key slip, keys-out list and cabinet map, rendered from a real register and read back with the PDF tools."""
from __future__ import annotations

import datetime as dt

import pytest

from models import Key, KeyMovement
from services import key_prints, keys
from services.keys import IssueInput, LostInput
from tests.keyfixtures import key_set, loan, signature_png
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text, run, squeeze

A4_POINTS = (595.28, 841.89)


@pytest.fixture
def register(sqlite_site):
    ids = key_set(sqlite_site)
    return sqlite_site, ids


def test_loan_slip_prints_the_borrower_the_keys_and_the_drawn_signature(register, save, tmp_path):
    site, ids = register
    slip = keys.lend_keys([ids["plant"]], loan(borrower="孙建国", company="深圳机电维保有限公司",
                                               purpose="水泵例行检修"), by=site.supervisor)
    pdf = save(key_prints.print_slip(slip, by=site.clerk), "slip.pdf")
    assert page_count(pdf) == 1 and page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    text = squeeze(pdf_text(pdf))
    tag = Key.get_by_id(ids["plant"]).tag
    for words in ("钥匙借用单", slip, "孙建国", "深圳机电维保有限公司", "13812345678", "水泵例行检修", tag, "B1水泵房",
                  "机房", "主管审批", site.supervisor.full_name, "借用人签字", "经办人", "应还时间"):
        assert squeeze(words) in text, words
    assert decode_codes(pdf, tmp_path) == [slip]
    # The signature is in the PDF as an image, as drawn (300 x 100 pixels).
    images = run("pdfimages", "-list", pdf).splitlines()[2:]
    assert len(images) >= 1 and images[0].split()[3:5] == ["300", "100"]


def test_issue_return_and_loss_slips_say_what_happened(register, save):
    site, ids = register
    issued = keys.issue_keys([ids["door"]], keys.IssueInput(ids["tenant"], "李雷", "13812345678", signature_png()),
                             by=site.clerk)
    text = squeeze(pdf_text(save(key_prints.print_slip(issued, by=site.clerk), "issue.pdf")))
    assert "钥匙领用单" in text and "领用人签字" in text and "12F-1201信箱" in text and "深圳市云帆科技有限公司" in text
    back = keys.return_keys([ids["door"]], keys.ReturnInput("李雷", "damaged", signature_png()), by=site.clerk)
    text = squeeze(pdf_text(save(key_prints.print_slip(back, by=site.clerk), "back.pdf")))
    assert "钥匙移交回柜单" in text and "损坏" in text and "移交人签字" in text
    lost = keys.report_lost(ids["vacant"], LostInput("前台", "80", True), by=site.clerk)
    text = squeeze(pdf_text(save(key_prints.print_slip(lost, by=site.clerk), "lost.pdf")))
    assert "钥匙遗失登记单" in text and "80.00元" in text and "需要换锁" in text and "（未签字）" in text


def test_keys_out_list_shows_holders_due_times_and_overdue_first(register, save):
    site, ids = register
    keys.lend_keys([ids["vacant"]], loan(borrower="张师傅"), by=site.clerk)
    keys.lend_keys([ids["master"]], loan(borrower="保安队长"), by=site.supervisor)
    line = KeyMovement.get(KeyMovement.key == ids["master"])
    KeyMovement.update(due_at=line.at - dt.timedelta(hours=1)).where(KeyMovement.id == line.id).execute()
    keys.issue_keys([ids["door"]], IssueInput(ids["tenant"], "李雷", "13812345678", signature_png()), by=site.clerk)
    pdf = save(key_prints.print_keys_out(by=site.clerk, with_tenant_keys=True), "out.pdf")
    assert page_size(pdf) == pytest.approx(A4_POINTS[::-1], abs=0.05)  # landscape
    text = pdf_text(pdf)
    flat = squeeze(text)
    assert "钥匙外借清单" in flat and "外借2把（其中逾期1把）；业户领用2把" in flat
    assert flat.index("保安队长") < flat.index("张师傅") < flat.index("李雷")
    assert "逾期" in flat and "业户领用" in flat
    assert Key.get_by_id(ids["master"]).tag in flat
    # The daily list counts the tenants' keys without listing them.
    short = squeeze(pdf_text(save(key_prints.print_keys_out(by=site.clerk, with_tenant_keys=False), "short.pdf")))
    assert "外借2把（其中逾期1把）；业户领用2把" in short and "李雷" not in short and "保安队长" in short


def test_cabinet_map_shows_hooks_and_tags_but_no_units(register, save):
    site, ids = register
    keys.lend_keys([ids["vacant"]], loan(), by=site.clerk)
    pdf = save(key_prints.print_cabinet_map(by=site.clerk), "map.pdf")
    assert page_count(pdf) == 2 and page_size(pdf) == pytest.approx(A4_POINTS, abs=0.05)
    first, second = squeeze(pdf_text(pdf, page=1)), squeeze(pdf_text(pdf, page=2))
    assert "钥匙柜A（3个挂钩，外出1）" in first and "钥匙柜B（2个挂钩，外出0）" in second
    for name in ("door", "mailbox", "vacant"):
        assert Key.get_by_id(ids[name]).tag in first
    assert "外出" in first and "12F-1201" not in first + second and "水泵房" not in second
