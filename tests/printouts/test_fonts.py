"""Font discovery: an embeddable TrueType CJK font when there is one, STSong-Light otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import reportlab

from printouts.fonts import CID_FONT, FontCandidate, cid_fonts, cjk_fonts, default_candidates, find_fonts

ROOT = Path(__file__).resolve().parents[2]
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LATIN_ONLY = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")


def _cff_font() -> str:
    """Any CFF-outline (.otf) font on the machine, the kind reportlab refuses."""
    found = sorted(Path("/usr/share/fonts").rglob("*.otf"))
    assert found, "the test needs one CFF .otf font installed (fonts-urw-base35 has many)"
    return str(found[0])


def test_system_font_is_an_embedded_truetype():
    fonts = cjk_fonts()
    assert fonts.embedded
    assert fonts.path in [c.path for c in default_candidates()]
    assert fonts.regular != CID_FONT


def test_cjk_fonts_is_cached():
    assert cjk_fonts() is cjk_fonts()


def test_cff_and_latin_only_fonts_are_skipped_for_the_next_candidate():
    fonts = find_fonts([FontCandidate(_cff_font()), FontCandidate(LATIN_ONLY), FontCandidate(WQY)])
    assert fonts.path == WQY
    assert fonts.embedded and not fonts.real_bold
    assert fonts.bold == fonts.regular  # WenQuanYi has no bold face; bold is simulated


def test_a_real_bold_face_is_used_when_the_family_has_one():
    fonts = find_fonts([FontCandidate(WQY, bold_path="/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")])
    assert fonts.real_bold and fonts.bold != fonts.regular


def test_no_usable_font_falls_back_to_stsong_light():
    fonts = find_fonts([FontCandidate("/nonexistent/msyh.ttc"), FontCandidate(LATIN_ONLY)])
    assert fonts == cid_fonts()
    assert fonts.regular == CID_FONT and not fonts.embedded


def _fonts_in_fresh_process(env_value: str) -> str:
    env = {**os.environ, "TOWER_DESK_FONT": env_value}
    code = "from printouts.fonts import cjk_fonts; f = cjk_fonts(); print(f.regular, f.path)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def test_env_var_names_a_font_file_first(tmp_path: Path):
    own = tmp_path / "site-font.ttc"
    shutil.copy(WQY, own)
    assert _fonts_in_fresh_process(str(own)) == f"CJK-site-font {own}"


def test_env_var_naming_an_unusable_file_falls_through_to_the_system_font():
    assert _fonts_in_fresh_process(LATIN_ONLY).endswith(f" {cjk_fonts().path}")


def test_env_var_can_ask_for_the_cid_font():
    assert _fonts_in_fresh_process(CID_FONT) == f"{CID_FONT} None"
