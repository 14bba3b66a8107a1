"""Refresh the .ts translation sources from ui/ (lupdate) and compile the .qm files (lrelease)."""
from __future__ import annotations

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


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"towerdesk_{lang}.ts"
        print(update(ts).strip())
        print(compile_qm(ts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
