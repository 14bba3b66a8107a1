"""Read printouts back with the real PDF tools: pdftotext, pdfinfo, pdffonts, pdftoppm, zbarimg."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def run(*args: str | Path) -> str:
    """Run a PDF tool and return its stdout; a missing tool fails the test, never skips it."""
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{args[0]} failed: {done.stderr}"
    return done.stdout


def pdf_text(pdf: Path, *, page: int | None = None, layout: bool = True) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", *(["-layout"] if layout else []), *pages, pdf, "-")


def squeeze(text: str) -> str:
    """Text with all whitespace removed, so a wrapped line reads as one."""
    return re.sub(r"\s+", "", text)


def pdf_info(pdf: Path) -> dict[str, str]:
    out = run("pdfinfo", pdf)
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_size(pdf: Path) -> tuple[float, float]:
    match = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(pdf)["Page size"])
    assert match, pdf_info(pdf)["Page size"]
    return float(match[1]), float(match[2])


def page_count(pdf: Path) -> int:
    return int(pdf_info(pdf)["Pages"])


def pdf_fonts(pdf: Path) -> list[tuple[str, str, bool]]:
    """(name, type, embedded) for every font the PDF names."""
    lines = run("pdffonts", pdf).splitlines()[2:]
    fonts = []
    for line in lines:
        # Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, gen.
        parts = line.split()
        fonts.append((parts[0], " ".join(parts[1:-6]), parts[-5] == "yes"))
    return fonts


def decode_codes(pdf: Path, tmp: Path, *, page: int = 1, none_ok: bool = False) -> list[str]:
    """Rasterise one page at 150 dpi and decode every QR / barcode on it with zbarimg (none: a failure,
    unless `none_ok`)."""
    prefix = tmp / f"page{page}"
    run("pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page), "-singlefile",
        pdf, prefix)
    done = subprocess.run(["zbarimg", "--raw", "-q", str(prefix.with_suffix(".png"))], capture_output=True,
                          text=True, timeout=60)
    if done.returncode == 4 and none_ok:  # zbarimg: the image holds no code
        return []
    assert done.returncode == 0, f"zbarimg failed: {done.stderr}"
    return done.stdout.split()
