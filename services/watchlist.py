"""The watchlist (禁入名单): barred people, matched however a name is typed; ID numbers kept as salted hashes."""
from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass

from models import Setting, WatchEntry, db
from services.access import Actor, require
from services.audit import record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.identity import InvalidIdentity, check_id_number, mask_id

SALT_KEY = "visitors.id_salt"  # a Setting row outside the SETTINGS registry: never shown, never edited


@functools.cache
def _t2s():
    import opencc  # its dictionaries load in ~25 ms: at the first match, not at start-up

    return opencc.OpenCC("t2s")


def name_key(name: str) -> str:
    """陳 Xiǎo-Míng -> 陈xiǎo-míng: simplified characters, no spaces, case folded (full-width letters made ASCII)."""
    text = unicodedata.normalize("NFKC", name or "")
    text = "".join(text.split())
    # The middle dot of transliterated names (·, •, ・) is typed many ways; none of them counts.
    text = text.replace("·", "").replace("•", "").replace("・", "").replace(".", "")
    return _t2s().convert(text).casefold()


def pinyin_key(name: str) -> str:
    """The toneless pinyin of the simplified name: 章伟 and 张伟 both read zhangwei."""
    from services.pinyin_search import full_pinyin

    return full_pinyin(name_key(name))


def _salt(site_id: int) -> bytes:
    """The site's secret salt, made at first need; two desks making it at once keep the first one."""
    row = Setting.get_or_none((Setting.site == site_id) & (Setting.key == SALT_KEY))
    if row is None:
        with db.atomic():
            value = f'"{secrets.token_hex(32)}"'
            Setting.insert(site=site_id, key=SALT_KEY, value=value).on_conflict_ignore().execute()
        row = Setting.get((Setting.site == site_id) & (Setting.key == SALT_KEY))
    return row.value.strip('"').encode()


def id_hash(site_id: int, id_number: str) -> str:
    """HMAC-SHA256 of the normalised number with the site's salt: equal numbers match, none can be read back."""
    normalised = "".join(unicodedata.normalize("NFKC", id_number).split()).upper()
    if not normalised:
        return ""
    return hmac.new(_salt(site_id), normalised.encode(), hashlib.sha256).hexdigest()


@dataclass
class WatchInput:
    """What the supervisor types to bar someone."""

    name: str = ""
    id_type: str = "身份证"
    id_number: str = ""  # hashed at once, never stored
    reason: str = ""
    barred_by: str = ""


@dataclass(frozen=True)
class WatchRow:
    id: int
    name: str
    id_hint: str
    reason: str
    barred_by: str
    added_by: str
    created_at: object
    active: bool


@dataclass(frozen=True)
class WatchMatch:
    """A watchlist entry a visitor matched, and on what: 'id', 'name' or 'pinyin'."""

    entry_id: int
    name: str
    reason: str
    barred_by: str
    matched_on: str


class WatchlistHit(Exception):
    """Check-in stopped: the visitor matches the watchlist; only a supervisor may let them through."""

    def __init__(self, matches: list[WatchMatch]) -> None:
        super().__init__(", ".join(f"{m.name} ({m.matched_on})" for m in matches))
        self.matches = matches


def add_entry(data: WatchInput, *, by: Actor) -> int:
    require(by, "watchlist.edit", entity="watch_entry")
    problems = Problems()
    name = (data.name or "").strip()
    if not name:
        problems.add("name", "required")
    elif len(name) > 60:
        problems.add("name", "too_long", maximum=60)
    reason = (data.reason or "").strip()
    if not reason:
        problems.add("reason", "required")
    elif len(reason) > 200:
        problems.add("reason", "too_long", maximum=200)
    number = ""
    if (data.id_number or "").strip():
        try:
            number = check_id_number(data.id_type, data.id_number)
        except InvalidIdentity as exc:
            problems.add("id_number", exc.code)
        except ValueError:
            problems.add("id_type", "visit.id_type")
    problems.raise_if_any()
    with db.atomic():
        entry = WatchEntry.create(
            site=by.site_id, name=name, name_key=name_key(name)[:60], pinyin_key=pinyin_key(name)[:120],
            id_hash=id_hash(by.site_id, number) if number else "", id_hint=mask_id(number) if number else "",
            reason=reason, barred_by=(data.barred_by or "").strip()[:120], added_by=by.full_name[:60],
        )
        record(by, "create", "watch_entry", entry.id, after=snapshot(entry, leave_out=("id_hash",)))
    return entry.id


def remove_entry(entry_id: int, reason: str, *, by: Actor) -> None:
    """Lift a bar (kept on record as inactive, with the reason)."""
    require(by, "watchlist.edit", entity="watch_entry", record_id=entry_id)
    entry = WatchEntry.get_or_none((WatchEntry.id == entry_id) & (WatchEntry.site == by.site_id))
    if entry is None:
        raise NotFound("watch_entry", entry_id)
    if not reason.strip():
        raise ValidationError("reason", "required")
    with db.atomic():
        WatchEntry.update(active=False, removed_reason=reason.strip()[:200], version=WatchEntry.version + 1).where(
            WatchEntry.id == entry_id).execute()
        record(by, "remove", "watch_entry", entry_id, before={"active": True}, after={"active": False},
               note=reason.strip())


def list_entries(*, by: Actor, include_removed: bool = False) -> list[WatchRow]:
    require(by, "watchlist.view")
    query = WatchEntry.select().where(WatchEntry.site == by.site_id)
    if not include_removed:
        query = query.where(WatchEntry.active)
    return [WatchRow(e.id, e.name, e.id_hint, e.reason, e.barred_by, e.added_by, e.created_at, e.active)
            for e in query.order_by(WatchEntry.id.desc())]


def matches(site_id: int, name: str, id_number: str = "") -> list[WatchMatch]:
    """Active entries the person matches by ID hash, by name (simplified/traditional, spacing, case) or pinyin."""
    key = name_key(name)
    sound = pinyin_key(name)
    digest = id_hash(site_id, id_number) if id_number.strip() else ""
    cond = WatchEntry.name_key == key
    if sound:
        cond |= WatchEntry.pinyin_key == sound
    if digest:
        cond |= WatchEntry.id_hash == digest
    found = []
    for e in WatchEntry.select().where((WatchEntry.site == site_id) & WatchEntry.active & cond):
        on = "id" if digest and e.id_hash == digest else "name" if e.name_key == key else "pinyin"
        found.append(WatchMatch(e.id, e.name, e.reason, e.barred_by, on))
    return found
