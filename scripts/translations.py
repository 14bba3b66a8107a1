"""Refresh the .ts translation sources from ui/ (lupdate) and compile the .qm files (lrelease)."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
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


_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
# Sources and translations hold no raw "<" (lupdate escapes it), so [^<]* never runs into the next message.
_MESSAGE = re.compile(r"(<source>([^<]*)</source>\s*)<translation type=\"unfinished\">[^<]*</translation>")
_DONE = re.compile(r"<source>([^<]*)</source>\s*<translation>([^<]*)</translation>")


def fill_from(ts: Path, other: Path) -> int:
    """Fill unfinished texts of `ts` from the finished ones of `other` (same context and source); return how many.

    After merging two branches that both added screens, take one side's .ts, run lupdate, then fill the other
    side's texts from its .ts (e.g. `git show area/x:resources/translations/towerdesk_en.ts > /tmp/x.ts`).
    """
    known = {(name, src): done for name, body in _CONTEXT.findall(other.read_text(encoding="utf-8"))
             for src, done in _DONE.findall(body)}
    filled = 0

    def context(match: re.Match) -> str:
        nonlocal filled
        name = match.group(1)

        def message(m: re.Match) -> str:
            nonlocal filled
            done = known.get((name, m.group(2)))
            if done is None:
                return m.group(0)
            filled += 1
            return f"{m.group(1)}<translation>{done}</translation>"

        return match.group(0).replace(match.group(2), _MESSAGE.sub(message, match.group(2)))

    text = _CONTEXT.sub(context, ts.read_text(encoding="utf-8"))
    ts.write_text(text, encoding="utf-8")
    return filled


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    other = Path(sys.argv[sys.argv.index("--fill-from") + 1]) if "--fill-from" in sys.argv else None
    for lang in LANGUAGES:
        ts = TS_DIR / f"towerdesk_{lang}.ts"
        print(update(ts).strip())
        if other is not None:
            print(f"filled {fill_from(ts, other)} text(s) from {other}")
        print(compile_qm(ts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
