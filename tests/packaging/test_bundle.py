"""The packaged app, built from pyinstaller.spec as `make package` builds it, run the way a site runs it.

A resource or hidden import the spec forgets fails here: the frozen app renders every printout, which must
read back the same as the source tree's, and shows its login window and dashboard offscreen.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.package import package
from services.samples import SAMPLES
from tests.printouts.pdftools import decode_codes, page_count, page_size, pdf_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def packaged(tmp_path_factory) -> Path:
    """The demo site's installable folder: the bundle with site/ beside the executable."""
    out = tmp_path_factory.mktemp("package")
    folder, archive = package("demo", out / "dist", out / "build")
    assert archive.stat().st_size > 10_000_000
    return folder


def _frozen(folder: Path, *args: str, home: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    exe = folder / ("TowerDesk.exe" if sys.platform == "win32" else "TowerDesk")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "TOWERDESK"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    done = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=home)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def test_the_bundle_carries_its_resources_and_only_the_qt_it_uses(packaged):
    internal = packaged / "_internal"
    assert (internal / "resources" / "translations" / "towerdesk_en.qm").is_file()
    assert (internal / "resources" / "icons" / "towerdesk.png").is_file()
    assert list((internal / "qtawesome" / "fonts").glob("fontawesome5-solid-*.ttf"))
    assert (packaged / "site" / "site.ini").is_file()
    modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")} | {
        p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.pyd")}
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"}


def test_the_frozen_app_uses_its_site_folder_and_prints_every_form_as_the_source_does(packaged, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    # No --db: site/site.ini names no database, so it is the SQLite file in the demo site's data folder.
    _frozen(packaged, "demo", home=home)
    db_file = home / "data" / "TowerDesk" / "demo" / "tower.db"
    assert db_file.is_file()
    frozen_out = tmp_path / "frozen"
    listed = _frozen(packaged, "samples", str(frozen_out), home=home).stdout.split()
    assert sorted(Path(p).name for p in listed) == sorted(f"{kind}.pdf" for kind in SAMPLES)

    source_out = tmp_path / "source"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{db_file}", "samples",
                    str(source_out)], check=True, capture_output=True, timeout=180, cwd=ROOT)
    for kind in SAMPLES:
        frozen, source = frozen_out / f"{kind}.pdf", source_out / f"{kind}.pdf"
        assert page_count(frozen) == page_count(source) and page_size(frozen) == page_size(source), kind
        # Digits masked: the two runs are seconds apart, and forms print the time (and time left) on them.
        text = re.sub(r"\d", "0", pdf_text(frozen))
        assert text == re.sub(r"\d", "0", pdf_text(source)) and any("\u4e00" <= ch <= "\u9fff" for ch in text), kind
        assert decode_codes(frozen, tmp_path, none_ok=True) == decode_codes(source, tmp_path, none_ok=True), kind


def test_the_frozen_gui_shows_the_login_window_and_the_dashboard(packaged, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    db = f"sqlite:///{tmp_path / 'gui.db'}"
    _frozen(packaged, "--db", db, "demo", home=home)
    shown = _frozen(packaged, "--db", db, "--smoke", "login", home=home).stdout
    assert "login-shown" in shown
    shown = _frozen(packaged, "--db", db, "--smoke", "clerk:clerk2026", home=home).stdout
    assert "dashboard-shown" in shown
