"""Read an import sheet (.xlsx or .csv) into clean rows keyed by field name."""

from __future__ import annotations

import codecs
import csv
import io
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

# The header may sit under a title or a note; look this far down for it.
HEADER_SEARCH_ROWS = 10

_EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_TEXT_SUFFIXES = frozenset({".csv", ".txt"})


class SheetError(Exception):
    """A sheet that cannot be read as a whole; `code` is the message code the UI translates."""

    def __init__(self, code: str, detail: str = "", *, missing: tuple[str, ...] = ()) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        # For "sheet.missing_columns": the field names (the detail holds their headers).
        self.missing = missing


@dataclass(frozen=True)
class SheetRow:
    """One data row: its 1-based row number in the sheet and its cleaned values."""

    number: int
    values: dict[str, str | None]

    def __getitem__(self, name: str) -> str | None:
        return self.values[name]

    def get(self, name: str, default: str | None = None) -> str | None:
        value = self.values.get(name)
        return default if value is None else value


@dataclass(frozen=True)
class SheetRows:
    """The data rows of a sheet, with where the header was and which columns were found."""

    rows: list[SheetRow]
    header_row: int
    # field -> the header text as written in the sheet, for the fields that were found
    headers: dict[str, str] = field(default_factory=dict)

    def __iter__(self) -> Iterator[SheetRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def _header_key(text: object) -> str:
    if text is None:
        return ""
    # NFKC folds full-width brackets and letters; a trailing "*" marks required columns in
    # many templates; spaces anywhere are typing noise ("单 元 号").
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(folded.split()).strip("*")


def _number_text(value: Decimal) -> str:
    if not value.is_finite():
        return str(value)
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def clean_cell(value: Any) -> str | None:
    """A cell value as a trimmed string: integers without ".0", dates in ISO, blank as None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # repr() is the shortest text that round-trips, so 85.3 stays 85.3, not 85.2999...
        return _number_text(Decimal(repr(value)))
    if isinstance(value, Decimal):
        return _number_text(value)
    if isinstance(value, datetime):
        # Excel keeps times as fractions of a day; round away the float noise.
        whole = (value + timedelta(microseconds=500_000)).replace(microsecond=0)
        if whole.time() == time(0, 0):
            return whole.date().isoformat()
        return whole.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _decode(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export.
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Chinese Excel saves CSV in the ANSI code page, GBK; GB18030 is its superset.
        return raw.decode("gb18030")


def _delimiter(text: str) -> str:
    head = text.splitlines()[:HEADER_SEARCH_ROWS]
    tabs = sum(line.count("\t") for line in head)
    commas = sum(line.count(",") for line in head)
    return "\t" if tabs > commas else ","


def _csv_rows(path: Path) -> list[list[Any]]:
    try:
        text = _decode(path.read_bytes())
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    except (OSError, UnicodeError, csv.Error) as exc:
        raise SheetError("sheet.unreadable", str(exc)) from exc


def _xlsx_rows(path: Path, sheet: str | None) -> list[list[Any]]:
    # Imported here so callers that never read Excel do not pay for openpyxl's import.
    from openpyxl import load_workbook

    try:
        # data_only: a formula cell gives the value Excel last computed, not its formula.
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise SheetError("sheet.unreadable", str(exc)) from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise SheetError("sheet.no_sheet", sheet)
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.active or workbook.worksheets[0]
        return [list(row) for row in worksheet.iter_rows(values_only=True)]
    except SheetError:
        raise
    except Exception as exc:
        raise SheetError("sheet.unreadable", str(exc)) from exc
    finally:
        # A read-only workbook keeps the file open, and Windows then refuses to move it.
        workbook.close()


def _find_header(
    rows: Sequence[Sequence[Any]], accepted: Mapping[str, frozenset[str]]
) -> tuple[int, dict[str, int]]:
    best_index, best_columns = -1, {}
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for column, cell in enumerate(row):
            key = _header_key(cell)
            if not key:
                continue
            for name, keys in accepted.items():
                if name not in columns and key in keys:
                    columns[name] = column
                    break
        # The header is the row that names the most fields; a title above it names none.
        if len(columns) > len(best_columns):
            best_index, best_columns = index, columns
    if best_index < 0:
        raise SheetError("sheet.no_header")
    return best_index, best_columns


def read_sheet(
    path: str | os.PathLike[str],
    columns: Mapping[str, Iterable[str]],
    *,
    required: Iterable[str] = (),
    sheet: str | None = None,
) -> SheetRows:
    """Read the data rows under the header of an .xlsx or .csv sheet.

    `columns` maps each field to the header texts accepted for it; headers compare after
    removing spaces and case-folding. Every row dict has every field (None when blank or
    when its column is absent). Fully blank rows are skipped.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _EXCEL_SUFFIXES:
        rows = _xlsx_rows(path, sheet)
    elif suffix in _TEXT_SUFFIXES:
        rows = _csv_rows(path)
    else:
        raise SheetError("sheet.format", suffix or path.name)

    headers_of = {name: tuple(texts) for name, texts in columns.items()}
    accepted = {
        name: frozenset(k for k in map(_header_key, texts) if k)
        for name, texts in headers_of.items()
    }
    header_index, found = _find_header(rows, accepted)

    missing = tuple(name for name in required if name not in found)
    if missing:
        detail = ", ".join(headers_of[name][0] if headers_of.get(name) else name
                           for name in missing)
        raise SheetError("sheet.missing_columns", detail, missing=missing)

    header = rows[header_index]
    data: list[SheetRow] = []
    for index in range(header_index + 1, len(rows)):
        cells = [clean_cell(value) for value in rows[index]]
        if all(cell is None for cell in cells):
            continue
        values = {
            name: cells[found[name]] if name in found and found[name] < len(cells) else None
            for name in columns
        }
        data.append(SheetRow(number=index + 1, values=values))
    return SheetRows(
        rows=data,
        header_row=header_index + 1,
        headers={name: str(header[column]).strip() for name, column in found.items()},
    )
