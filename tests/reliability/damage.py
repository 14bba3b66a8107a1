"""Damaging a copy of a real SQLite file the way a failing disk does: pages in the middle overwritten."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from models import Tenant, db


def db_path(url: str) -> Path:
    return Path(url[len("sqlite:///"):])


def fill_tenants(site_id: int, count: int = 1500) -> None:
    """Enough rows that the tenant table spans many pages, deep inside the file."""
    with db.atomic():
        rows = [{"site": site_id, "name": f"业户{i:05d}", "notes": "备注" * 40} for i in range(count)]
        Tenant.insert_many(rows).execute()


def tenant_leaf_pages(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'tenant' AND pagetype = 'leaf' ORDER BY pageno")]
    finally:
        conn.close()


def overwrite_middle_pages(path: Path, pages: int = 3) -> list[int]:
    """Overwrite `pages` of the tenant table's leaf pages in the middle of the file (closed first).

    Start-up's cheap check (the header, the schema, the users) does not read them; quick_check does."""
    leaves = tenant_leaf_pages(path)
    page_size = 4096
    middle = leaves[len(leaves) // 2: len(leaves) // 2 + pages]
    raw = bytearray(path.read_bytes())
    for page in middle:
        start = (page - 1) * page_size
        raw[start:start + page_size] = b"\xde\xad\xbe\xef" * (page_size // 4)
    path.write_bytes(bytes(raw))
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    return middle
