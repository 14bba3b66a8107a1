"""Import sheets with hostile rows: each malformed row is reported (row, field, a code the desk has words for),
the good rows are imported whole, and no row is ever half-imported."""
from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from models import Key, Prereg, Unit
from services import building, key_register, visitor_prereg
from services.sheets import SheetError
from tests.reliability.fuzz import FUZZ, TEXT, row_counts, tried
from tests.services.visitor_data import ID, furnish

SHEETS = settings(FUZZ, max_examples=30)
CELL = st.one_of(TEXT, st.just(""), st.integers(-10, 10 ** 12).map(str))


def _write_csv(header: list[str], rows: list[list[str]]) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-sheet-"))
    path = folder / "sheet.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _rows(good, n_good: int, data, width: int) -> list[list[str]]:
    """Good rows and hostile rows mixed in a drawn order."""
    rows = [good(i) for i in range(n_good)]
    bad = data.draw(st.lists(st.lists(CELL, min_size=width, max_size=width), min_size=1, max_size=4))
    for row in bad:
        rows.insert(data.draw(st.integers(0, len(rows))), row)
    return rows


def _codes_known(codes: list[str]) -> None:
    from ui.messages import TEXTS

    assert all(code in TEXTS for code in codes), [c for c in codes if c not in TEXTS]


@SHEETS
@given(st.data())
def test_units_sheet(site, data):
    start = data.draw(st.integers(0, 10 ** 6))
    rows = _rows(lambda i: [f"20F-{start + i}", "20", "88.5", "好行"], 3, data, 4)
    path = _write_csv(["单元", "楼层", "面积", "备注"], rows)
    before = row_counts()
    tried["inputs"] += 1
    try:
        report = building.import_units(path, by=site.supervisor)
    except SheetError:
        assert row_counts() == before
        return
    _codes_known([r.code for r in report.refused])
    added = Unit.select().count() - before["unit"]
    assert added == len(report.accepted)
    assert {n for n, _ in report.accepted}.isdisjoint({r.row for r in report.refused})
    for _, code in report.accepted:
        assert Unit.get_or_none(Unit.code == code) is not None
    assert len(report.accepted) + len({r.row for r in report.refused}) <= len(rows)


@SHEETS
@given(st.data())
def test_keys_sheet(site, data):
    building.generate_units(building.GenerateInput(12, 12, 2, "100"), by=site.supervisor) \
        if not Unit.select().exists() else None
    start = data.draw(st.integers(0, 10 ** 6))
    rows = _rows(lambda i: [f"12F-1201 门钥匙{start + i}", "单元门", "12F-1201", "", "1", "Z", f"{start + i}"], 2,
                 data, 7)
    path = _write_csv(["名称", "类型", "单元", "房间", "份数", "钥匙柜", "挂钩"], rows)
    before = row_counts()
    tried["inputs"] += 1
    try:
        report = key_register.import_keys(path, by=site.supervisor)
    except SheetError:
        assert row_counts() == before
        return
    _codes_known([r.code for r in report.refused])
    assert Key.select().count() - before["key"] == len(report.accepted)
    assert {n for n, _ in report.accepted}.isdisjoint({r.row for r in report.refused})


@SHEETS
@given(st.data())
def test_preregistered_visitors_sheet(site, data):
    if not hasattr(site, "tenant_id"):
        furnish(site)
    rows = _rows(lambda i: [f"访客{i}", ID, "13812345678", "华为", "李雷", "商务洽谈", "2"], 2, data, 7)
    path = _write_csv(["姓名", "身份证号", "手机", "单位", "被访人", "事由", "人数"], rows)
    before = row_counts()
    tried["inputs"] += 1
    try:
        taken, refused = visitor_prereg.import_preregs(path, host_tenant_id=site.tenant_id, by=site.clerk)
    except SheetError:
        assert row_counts() == before
        return
    _codes_known([code for _, _, code in refused])
    assert Prereg.select().count() - before["prereg"] == taken
    assert taken + len({r for r, _, _ in refused}) <= len(rows)
