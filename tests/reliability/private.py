"""Looking for full ID numbers where they must not be: in printed forms, exports, database rows."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

ID_PATTERN = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")


def full_ids_in(text: str) -> list[str]:
    """The valid resident ID numbers (GB 11643 check digit) in `text`."""
    from services.identity import InvalidIdentity, check_resident_id

    found = []
    for candidate in ID_PATTERN.findall(text):
        try:
            check_resident_id(candidate)
        except InvalidIdentity:
            continue
        found.append(candidate)
    return found


def exported_text(folder: Path) -> dict[str, str]:
    """The words of every PDF (pdftotext) and every spreadsheet (openpyxl) in `folder`."""
    out = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".pdf":
            out[path.name] = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                            check=True).stdout
        elif path.suffix == ".xlsx":
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True)
            out[path.name] = "\n".join(" ".join(str(c) for c in row if c is not None)
                                       for sheet in book for row in sheet.iter_rows(values_only=True))
        elif path.suffix in (".csv", ".ics", ".txt"):
            out[path.name] = path.read_text(encoding="utf-8", errors="replace")
    return out


def assert_no_full_ids(folder: Path, known_ids: set[str]) -> int:
    """No exported file carries a full ID number (any valid one, and none of `known_ids`); return files read."""
    texts = exported_text(folder)
    assert texts
    for name, text in texts.items():
        assert full_ids_in(text) == [], (name, full_ids_in(text)[:3])
        assert not [i for i in known_ids if i in text], name
    return len(texts)
