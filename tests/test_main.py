"""The command line a site's administrator uses: one line and a non-zero exit for anything wrong."""
from __future__ import annotations

from pathlib import Path

import pytest

import main
from models import db
from tests.printouts.pdftools import pdf_text


@pytest.fixture(autouse=True)
def _closed_after():
    yield
    db.close()


def _site(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "site.ini").write_text(text, encoding="utf-8")
    return folder


def test_demo_samples_backup_and_restore(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'tower.db'}"
    assert main.main(["--db", url, "demo"]) == 0
    assert "clerk2026" in capsys.readouterr().out
    assert main.main(["--db", url, "demo", "--if-empty"]) == 0
    assert main.main(["--db", url, "demo"]) == 2
    assert "不是空的" in capsys.readouterr().err
    assert main.main(["--db", url, "samples", str(tmp_path / "out")]) == 0
    out = capsys.readouterr()
    printed = out.out.split()
    assert printed and all(Path(p).is_file() for p in printed)
    assert "跳过" not in out.err  # the demo has data for every printout
    from services.samples import SAMPLES

    assert sorted(Path(p).stem for p in printed) == sorted(SAMPLES)
    assert "住户登记表" in pdf_text(tmp_path / "out" / "tenant-registration.pdf")
    # No printed form or export carries a full ID number (issue 13: the demo's visitors have real-form IDs).
    import sqlite3

    from tests.reliability.private import assert_no_full_ids

    conn = sqlite3.connect(tmp_path / "tower.db")
    known = {r[0] for r in conn.execute("SELECT id_number FROM visit WHERE id_number != '' UNION "
                                        "SELECT id_number FROM prereg WHERE id_number != ''")}
    conn.close()
    assert len(known) > 100
    assert assert_no_full_ids(tmp_path / "out", known) == len(SAMPLES)
    assert main.main(["--db", url, "backup", "--to", str(tmp_path / "bk")]) == 0
    backup = Path(capsys.readouterr().out.strip())
    db.close()
    assert main.main(["--db", url, "restore", str(backup)]) == 0
    assert "已从" in capsys.readouterr().out


def test_the_site_folder_names_the_database_relative_to_itself(tmp_path, capsys, monkeypatch):
    folder = _site(tmp_path, "[site]\nkey = t1\n[database]\nurl = sqlite:///data/tower.db\n")
    monkeypatch.chdir(tmp_path)  # not the site folder: the path must not depend on where we start
    assert main.main(["--site", str(folder), "demo"]) == 0
    assert (folder / "data" / "tower.db").is_file()
    db.close()
    assert main.main(["--site", str(folder), "--db", f"sqlite:///{tmp_path / 'other.db'}", "demo"]) == 0
    assert (tmp_path / "other.db").is_file()  # --db wins over site.ini


@pytest.mark.parametrize(("args", "code", "words"), [
    (["--db", "mysql://x/y", "demo"], 2, "错误："),
    (["--db", "postgresql://nobody@127.0.0.1:1/none", "demo"], 3, "错误："),
])
def test_a_bad_database_gives_one_line(tmp_path, capsys, args, code, words):
    assert main.main(args) == code
    err = capsys.readouterr().err
    assert err.startswith(words) and err.count("\n") == 1


def test_a_broken_site_ini_gives_one_line_naming_it(tmp_path, capsys):
    folder = _site(tmp_path, "[printer.a6]\ncopies = lots\n")
    assert main.main(["--site", str(folder), "demo"]) == 2
    err = capsys.readouterr().err
    assert "site.ini" in err and "[printer.a6]" in err


def test_no_display_says_how_to_start_it(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert main.main(["--db", f"sqlite:///{tmp_path / 't.db'}"]) == 2
    assert "xvfb-run" in capsys.readouterr().err
