"""After a merge, one side's English texts are filled back from its .ts by context and source."""
from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "towerdesk_en.ts"


def _script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unfinished_texts_are_filled_from_the_other_side(tmp_path):
    original = TS.read_text(encoding="utf-8")
    merged = re.sub(r"<translation>([^<]*)</translation>", '<translation type="unfinished"></translation>', original)
    # A text the other side never had stays unfinished, for a person to translate.
    merged = merged.replace("<source>预订会议室</source>", "<source>只在本分支的新文字</source>", 1)
    target = tmp_path / "merged.ts"
    target.write_text(merged, encoding="utf-8")
    filled = _script().fill_from(target, [TS])
    assert filled == original.count("<translation>") - 1
    unfinished = [m.findtext("source") for m in ET.parse(target).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == ["只在本分支的新文字"]
    done = {m.findtext("source"): m.findtext("translation") for m in ET.parse(target).getroot().iter("message")}
    assert done["第一位系统管理员"] == "First system administrator"
