"""`main.py purge-visitors` and the visitor printouts in `main.py samples`, run as the administrator runs them."""
from __future__ import annotations

import datetime as dt

import main
from models import Visit
from services import building, settings, tenants, visitors
from services.visitors import VisitInput
from tests.printouts.pdftools import decode_codes, page_size, pdf_text, squeeze

ID = "11010519491231002X"


def _tower(site):
    building.generate_units(building.GenerateInput(12, 12, 4, "120"), by=site.supervisor)
    tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"]), by=site.clerk)


def test_purge_visitors_erases_old_personal_fields_and_says_how_many(sqlite_db, sqlite_site, capsys):
    _tower(sqlite_site)
    old = dt.datetime.now() - dt.timedelta(days=200)
    visitors.check_in(VisitInput(name="张伟", id_number=ID, host_unit="12F-1201"), by=sqlite_site.clerk,
                      at=old.replace(hour=10))
    visitors.check_in(VisitInput(name="李娜", id_number=ID, host_unit="12F-1201"), by=sqlite_site.clerk)
    assert main.main(["--db", sqlite_db, "purge-visitors"]) == 0
    assert "1 条来访" in capsys.readouterr().out
    assert sorted(v.name for v in Visit.select()) == ["李娜", "（已清除）"]
    assert Visit.select().count() == 2


def test_samples_include_both_passes_the_log_and_the_evacuation_list(sqlite_db, sqlite_site, tmp_path):
    _tower(sqlite_site)
    done = visitors.check_in(VisitInput(name="欧阳娜娜", id_number=ID, host_unit="12F-1201", party_size=2),
                             by=sqlite_site.clerk)
    settings.update_settings({"print.pass_format": "LABEL_62"}, by=sqlite_site.manager)
    assert main.main(["--db", sqlite_db, "samples", str(tmp_path / "out")]) == 0
    out = tmp_path / "out"
    assert {p.name for p in out.iterdir()} >= {"visitor-pass-a6.pdf", "visitor-pass-label.pdf", "visitor-log.pdf",
                                                "evacuation-list.pdf"}
    assert [round(x) for x in page_size(out / "visitor-pass-a6.pdf")] == [298, 420]
    assert [round(x) for x in page_size(out / "visitor-pass-label.pdf")] == [176, 283]
    assert decode_codes(out / "visitor-pass-label.pdf", tmp_path) == [done.pass_no]
    assert "欧阳娜娜" in squeeze(pdf_text(out / "visitor-log.pdf"))
    evacuation = squeeze(pdf_text(out / "evacuation-list.pdf"))
    assert "在楼访客（2人）" in evacuation and "欧阳娜娜" in evacuation
