"""Refresh the .ts translation sources from ui/ (lupdate) and compile the .qm files (lrelease)."""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en",)  # Simplified Chinese is the source language and needs no file


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run inside the project's virtual environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update(ts: Path) -> str:
    """Run lupdate into `ts`; return its summary line (how many texts were new)."""
    out = subprocess.run([tool("lupdate"), *sources(), "-source-language", "zh_CN", "-target-language",
                          ts.stem.split("_", 1)[1], "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout + out.stderr


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, capture_output=True, check=True)
    return qm


def _finished(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(name, message.findtext("source"))] = translation.text
    return found


def fill_from(ts: Path, others: list[Path]) -> int:
    """Fill the unfinished messages of `ts` from other .ts files (after merging branches); return how many."""
    known: dict[tuple[str, str], str] = {}
    for other in others:
        known.update(_finished(other))
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = known.get((name, message.findtext("source")))
            if translation is not None and translation.get("type") == "unfinished" and text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill-from", nargs="+", type=Path, default=[], metavar="TS",
                        help="take the translations of unfinished texts from these .ts files (e.g. another branch's)")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"towerdesk_{lang}.ts"
        print(update(ts).strip())
        if args.fill_from:
            print(f"filled {fill_from(ts, args.fill_from)} texts from {len(args.fill_from)} files")
            print(update(ts).strip())  # lupdate puts the file back in its own layout
        print(compile_qm(ts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
