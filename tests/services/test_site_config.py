"""The site folder's site.ini and this desk's printer choices (no database, no Qt)."""
from __future__ import annotations

from pathlib import Path

import pytest

from services.errors import ValidationError
from services.site_config import (
    PrinterSetup,
    SiteConfig,
    SiteConfigError,
    check_printer,
    data_folder,
    find_site_folder,
    form_kind_for,
    load_site_config,
    printers_file,
    save_printer,
)

SITE_INI = """\ufeff[site]
key = szbay-a
name = 深圳湾创新中心 A 座   ; 表单抬头
address = 深圳市南山区科苑南路 2888 号
phone = 0755-86001234
logo = logo.png

[database]
url = sqlite:///data/tower.db

[printer.a6]
name = Front Desk Label
copies = 2
offset_x_mm = 1.5
offset_y_mm = -2
"""


def _site(tmp_path: Path, text: str = SITE_INI) -> Path:
    folder = tmp_path / "site"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "site.ini").write_text(text, encoding="utf-8")
    return folder


def test_no_site_folder_gives_the_defaults(tmp_path):
    config = load_site_config(None, tmp_path / "cfg")
    assert config.folder is None and config.db_url is None
    assert config.printer("a4") == PrinterSetup("a4")
    assert data_folder(config, tmp_path / "data") == tmp_path / "data"


def test_site_ini_is_read_with_a_bom_comments_and_a_relative_database(tmp_path):
    folder = _site(tmp_path)
    config = load_site_config(folder, tmp_path / "cfg")
    assert config.key == "szbay-a" and config.name == "深圳湾创新中心 A 座"
    assert config.logo == folder / "logo.png"
    # A relative SQLite path is the site folder's, wherever the program was started from.
    assert config.db_url == f"sqlite:///{(folder / 'data' / 'tower.db').resolve()}"
    assert config.printer("a6") == PrinterSetup("a6", "Front Desk Label", "auto", 2, 1.5, -2.0)
    assert config.printer("label") == PrinterSetup("label")
    assert data_folder(config, tmp_path / "data") == tmp_path / "data" / "szbay-a"


def test_absolute_and_server_urls_are_kept(tmp_path):
    folder = _site(tmp_path, "[database]\nurl = postgresql://desk@10.0.0.5:5432/tower\n")
    assert load_site_config(folder).db_url == "postgresql://desk@10.0.0.5:5432/tower"
    folder = _site(tmp_path, "[database]\nurl = sqlite:////srv/desk/tower.db\n")
    assert load_site_config(folder).db_url == "sqlite:////srv/desk/tower.db"
    folder = _site(tmp_path, "[site]\nname = 无数据库设置\n")
    config = load_site_config(folder)
    assert config.db_url is None and config.key == "site"  # the folder's name when no key is given


@pytest.mark.parametrize(("text", "words"), [
    ("[printer.a4]\ncopies = many\n", "[printer.a4]"),
    ("[printer.label]\ncopies = 0\n", "copies"),
    ("[printer.a6]\noffset_x_mm = 35\n", "offset_x_mm"),
    ("[printer.a6]\npaper = B5\n", "paper"),
    ("[site]\nkey = 深圳 A座\n", "key"),
    ("[site\nname = x\n", "格式有误"),
])
def test_a_bad_site_ini_names_the_file_and_the_setting(tmp_path, text, words):
    folder = _site(tmp_path, text)
    with pytest.raises(SiteConfigError) as caught:
        load_site_config(folder)
    assert str(folder / "site.ini") in str(caught.value) and words in str(caught.value)


def test_a_folder_without_site_ini_is_refused(tmp_path):
    with pytest.raises(SiteConfigError, match="site.ini"):
        load_site_config(tmp_path)


def test_the_site_folder_is_found_by_argument_then_environment_then_beside_the_program(tmp_path, monkeypatch):
    monkeypatch.delenv("TOWERDESK_SITE", raising=False)
    exe_dir = tmp_path / "TowerDesk"
    assert find_site_folder(None, exe_dir) is None
    _site(exe_dir)
    assert find_site_folder(None, exe_dir) == exe_dir / "site"
    monkeypatch.setenv("TOWERDESK_SITE", str(tmp_path / "elsewhere"))
    assert find_site_folder(None, exe_dir) == tmp_path / "elsewhere"
    assert find_site_folder(tmp_path / "given", exe_dir) == tmp_path / "given"


def test_this_desks_choice_overrides_the_site_folder_and_survives_a_restart(tmp_path):
    folder = _site(tmp_path)
    cfg = tmp_path / "cfg"
    config = load_site_config(folder, cfg)
    chosen = PrinterSetup("a6", "Counter 2 Label", "A6", 1, 0.5, 0.0)
    config = save_printer(config, chosen, cfg)
    assert config.printer("a6") == chosen
    assert printers_file(config, cfg) == cfg / "szbay-a" / "printers.ini"
    again = load_site_config(folder, cfg)
    assert again.printer("a6") == chosen
    assert again.name == "深圳湾创新中心 A 座"  # the site's own details still come from site.ini


def test_a_refused_choice_is_not_saved(tmp_path):
    config = SiteConfig(None)
    with pytest.raises(ValidationError) as caught:
        save_printer(config, PrinterSetup("a4", copies=0, offset_y_mm=-21), tmp_path)
    assert caught.value.codes() == {"copies": "print.copies", "offset_y_mm": "print.offset"}
    assert not (tmp_path / "printers.ini").exists()


def test_check_printer_accepts_the_edges():
    check_printer(PrinterSetup("label", "", "label62x100", 20, -20, 20))
    with pytest.raises(ValidationError):
        check_printer(PrinterSetup("a5"))


@pytest.mark.parametrize(("size", "kind"), [
    ((595.3, 841.9), "a4"), ((297.6, 419.5), "a6"), ((175.7, 283.5), "label"), ((283.5, 175.7), "label"),
    ((612, 792), "a4"),  # US Letter and anything else unknown prints as an A4 form
])
def test_a_page_size_picks_its_form_kind(size, kind):
    assert form_kind_for(*size) == kind


def test_the_chosen_paper_turns_with_the_page():
    setup = PrinterSetup("a4", paper="A4")
    assert setup.paper_mm((297, 210)) == (297, 210)  # a landscape report on A4
    assert setup.paper_mm((105, 148)) == (210, 297)  # an A6 pass on an A4 sheet
    assert PrinterSetup("a4").paper_mm((297, 210)) == (297, 210)
