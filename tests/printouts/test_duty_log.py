"""《值班日志》 printed from a handed-over log of a seeded day, read back: paper, words, each count as the rows
give it, notes, matters, both names and times, and the signatures drawn on the page."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from PIL import Image, ImageDraw

from services import duty, duty_counts
from services.duty import HandoverInput, NoteInput
from tests.printouts.pdftools import page_size, pdf_text, run, squeeze
from tests.services.duty_fixtures import MIDNIGHT, expected_counts, seed_day

A4 = pytest.approx((595.28, 841.89), abs=0.05)


def _signature(width: int = 240) -> bytes:
    image = Image.new("RGBA", (width, 80), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(5, 60), (60, 10), (120, 70), (200, 15), (width - 5, 50)], fill=(13, 27, 76, 255),
                                width=5)
    buf = BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _at(hours: float) -> dt.datetime:
    return MIDNIGHT + dt.timedelta(hours=hours)


def test_a_handed_over_log_prints_its_counts_notes_matters_and_both_signatures(sqlite_site, tmp_path):
    site = sqlite_site
    seed_day(site.site_id)
    log_id = duty.start_log("王小丽、赵管家", by=site.clerk, at=_at(8.1))
    duty.add_note(log_id, NoteInput("safety", "14:20 B1 车库烟感误报，已复位并通知消控中心"), by=site.clerk,
                  at=_at(14.4))
    duty.add_note(log_id, NoteInput("tenant", "1203 业户反映空调不制冷，已转报修"), by=site.steward, at=_at(15))
    duty.add_matter(log_id, "12F 业户明早 9 点来取备用钥匙", by=site.clerk, at=_at(15.5))
    version = duty.get_log(log_id, by=site.clerk).row.version
    version = duty.close_log(log_id, version, HandoverInput(_signature()), by=site.clerk, at=_at(16))
    duty.acknowledge(log_id, version, HandoverInput(_signature(300), "钥匙柜已清点"), by=site.steward,
                     at=_at(16.1))
    duty.add_correction(log_id, "烟感误报时间应为 14:25", by=site.supervisor, at=_at(17))
    pdf = tmp_path / "duty-log.pdf"
    pdf.write_bytes(duty.print_log(log_id, by=site.clerk))
    assert page_size(pdf) == A4
    words = squeeze(pdf_text(pdf))
    for expected in ("值班日志", "2026-03-10", "早班", "王小丽、赵管家", "已接班确认", "2026-03-1016:00（交班时冻结）",
                     "安全", "B1车库烟感误报", "业户", "1203业户反映空调不制冷", "主管更正", "烟感误报时间应为14:25",
                     "12F业户明早9点来取备用钥匙", "未办结", "交班人测试clerk", "接班人测试steward",
                     "签字时间：2026-03-1016:00", "签字时间：2026-03-1016:06", "钥匙柜已清点"):
        assert expected in words, expected
    # Each count is printed next to its label, as the rows counted again give it.
    layout = pdf_text(pdf)
    want = expected_counts(site.site_id, _at(8), _at(16))
    for key, (label, _group, _fn) in duty_counts.COUNTS.items():
        line = next(line for line in layout.splitlines() if f" {label} " in f" {line} ")
        cells = line.split()
        assert cells[cells.index(label) + 1] == str(want[key]), (label, line)
    # The two signatures are drawn: ink in the signature band of the page.
    run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, tmp_path / "page")
    page = Image.open(tmp_path / "page.png").convert("RGB")
    raw = page.tobytes()
    inky = sum(1 for i in range(0, len(raw), 3) if raw[i + 2] > 60 and raw[i] < 60 and raw[i + 1] < 80)
    assert inky > 50, inky
