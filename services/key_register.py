"""The key register (钥匙登记): coded tags, keys and rings, where each hangs, and the import of a key list."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from operator import mul

from models import KEY_KINDS as KEY_KINDS  # re-exported: the UI lists key kinds from here
from models import Key, KeyRing, Unit, db
from services.access import Actor, require
from services.audit import changed, record, snapshot
from services.building import ImportReport, RowRefusal
from services.errors import NotFound, Problems, ValidationError
from services.numbering import take_serials
from services.records import save_versioned

TAG_KIND = "KEY"  # the counter of tag serials; tags never restart with the year
CHECK_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z: nothing to misread on a worn tag
_WEIGHTS = (3, 7, 9, 11, 13, 17)  # all prime to 31, and neighbours differ: a slip or a swap is caught
_TAG = re.compile(r"^K-?(\d{6})-?([0-9A-Z])$")
_TAG_SPACES = re.compile(r"[\s·]")  # what a scanner or a clerk may put between a tag's parts
PLACE = re.compile(r"^[A-Za-z0-9\-]{0,20}$")
MAX_COPIES = 20


@functools.lru_cache(maxsize=8192)  # a tower's tags: every scan looks one up
def check_char(serial: int) -> str:
    digits = f"{serial:06d}"
    if len(digits) != len(_WEIGHTS):
        raise ValueError(f"a tag serial has six digits: {serial}")
    # Scanning a tag looks it up on every scan: map/mul rather than a generator of products.
    return CHECK_CHARS[sum(map(mul, map(int, digits), _WEIGHTS)) % len(CHECK_CHARS)]


def tag_for(serial: int) -> str:
    """Serial 123 -> 'K-000123' plus its check character, e.g. 'K-000123A'. The tag tells no unit."""
    return f"K-{serial:06d}{check_char(serial)}"


def normalise_tag(text: str) -> str:
    """A typed or scanned tag ('k000123a', 'K-000123-A', 'K 000123 A') as stored; raise ValidationError
    ('tag', 'key.tag_format' / 'key.tag_check') when it cannot be one of ours."""
    compact = _TAG_SPACES.sub("", text or "").upper()
    match = _TAG.match(compact)
    if not match:
        raise ValidationError("tag", "key.tag_format")
    if check_char(int(match[1])) != match[2]:
        raise ValidationError("tag", "key.tag_check")
    return f"K-{match[1]}{match[2]}"  # as tag_for writes it: six digits, then the check character


@dataclass
class KeyInput:
    """What the clerk types on the key form, or one row of an imported key list."""

    label: str = ""
    kind: str = "unit_door"
    unit: str = ""  # unit code, for unit doors and mailboxes
    room: str = ""  # a plant room or other place
    copies: int | str = 1
    cabinet: str = ""
    hook: str = ""
    ring: str = ""  # ring label; keys with the same ring label go out together
    note: str = ""


def _check(site_id: int, data: KeyInput, key_id: int | None,
           taken_hooks: set[tuple[str, str]] | None = None) -> tuple[Problems, dict]:
    problems = Problems()
    clean: dict = {}
    label = (data.label or "").strip()
    if not label:
        problems.add("label", "required")
    elif len(label) > 80:
        problems.add("label", "too_long", maximum=80)
    clean["label"] = label
    if data.kind not in KEY_KINDS:
        problems.add("kind", "key.kind")
    clean["kind"] = data.kind
    code = (data.unit or "").strip().upper()
    clean["unit"] = None
    if code:
        unit = Unit.get_or_none((Unit.site == site_id) & (Unit.code == code))
        if unit is None:
            problems.add("unit", "tenant.unit_unknown", unit=code)
        clean["unit"] = unit
    elif data.kind in ("unit_door", "vacant_unit", "mailbox"):
        problems.add("unit", "key.unit_needed")
    room = (data.room or "").strip()
    if len(room) > 80:
        problems.add("room", "too_long", maximum=80)
    if data.kind == "plant_room" and not room:
        problems.add("room", "key.room_needed")
    clean["room"] = room
    try:
        copies = int(str(data.copies).strip())
    except ValueError:
        copies = 0
    if not 1 <= copies <= MAX_COPIES:
        problems.add("copies", "key.copies", maximum=MAX_COPIES)
    clean["copies"] = copies
    for name in ("cabinet", "hook"):
        value = (getattr(data, name) or "").strip().upper()
        if not value:
            problems.add(name, "required")
        elif not PLACE.match(value):
            problems.add(name, "key.place")
        elif name == "hook" and value.isdigit() and len(value) <= 3:
            value = f"{int(value):03d}"  # a sheet's 1 and the label's 001 are the same hook
        clean[name] = value
    if clean["cabinet"] and clean["hook"] and not problems.has("cabinet") and not problems.has("hook"):
        place = (clean["cabinet"], clean["hook"])
        other = Key.get_or_none((Key.site == site_id) & (Key.cabinet == place[0]) & (Key.hook == place[1])
                                & (Key.state != "retired") & (Key.id != (key_id or 0)))
        if other is not None or (taken_hooks is not None and place in taken_hooks):
            problems.add("hook", "key.hook_taken", tag=other.tag if other else "")
    ring = (data.ring or "").strip()
    if len(ring) > 80:
        problems.add("ring", "too_long", maximum=80)
    clean["ring_label"] = ring
    note = (data.note or "").strip()
    if len(note) > 500:
        problems.add("note", "too_long", maximum=500)
    clean["note"] = note
    return problems, clean


def _ring(site_id: int, label: str) -> KeyRing | None:
    if not label:
        return None
    ring, _ = KeyRing.get_or_create(site=site_id, label=label)
    return ring


def _fields(site_id: int, clean: dict) -> dict:
    fields = {k: v for k, v in clean.items() if k != "ring_label"}
    fields["ring"] = _ring(site_id, clean["ring_label"])
    return fields


def create_key(data: KeyInput, *, by: Actor) -> int:
    """Register a key on a new tag; return its id."""
    require(by, "key.edit")
    problems, clean = _check(by.site_id, data, None)
    problems.raise_if_any()
    with db.atomic():
        tag = tag_for(take_serials(by.site_id, TAG_KIND)[0])
        key = Key.create(site=by.site_id, tag=tag, **_fields(by.site_id, clean))
        record(by, "create", "key", key.id, after=snapshot(key))
    return key.id


def update_key(key_id: int, data: KeyInput, *, version: int, by: Actor) -> int:
    """Save an edit of the register entry (the tag and the state stay); return the new version."""
    require(by, "key.edit", entity="key", record_id=key_id)
    key = get_key_record(key_id, by)
    problems, clean = _check(by.site_id, data, key_id)
    problems.raise_if_any()
    before = snapshot(key)
    with db.atomic():
        new_version = save_versioned(Key, key_id, version, _fields(by.site_id, clean), by=by)
        b, a = changed(before, snapshot(Key.get_by_id(key_id)))
        record(by, "update", "key", key_id, before=b, after=a)
    return new_version


def get_key_record(key_id: int, by: Actor) -> Key:
    key = Key.get_or_none((Key.id == key_id) & (Key.site == by.site_id))
    if key is None:
        raise NotFound("key", key_id)
    return key


def key_input(key_id: int, *, by: Actor) -> tuple[KeyInput, int]:
    """The register entry as the key form shows it, and its version."""
    require(by, "key.view")
    k = get_key_record(key_id, by)
    unit = Unit.get_by_id(k.unit_id).code if k.unit_id else ""
    ring = KeyRing.get_by_id(k.ring_id).label if k.ring_id else ""
    return KeyInput(k.label, k.kind, unit, k.room, k.copies, k.cabinet, k.hook, ring, k.note), k.version


def find_by_tag(text: str, *, by: Actor) -> int:
    """The id of the key whose tag was scanned or typed; ValidationError for a mistyped tag, NotFound if none."""
    require(by, "key.view")
    tag = normalise_tag(text)
    key = Key.get_or_none((Key.site == by.site_id) & (Key.tag == tag))
    if key is None:
        raise ValidationError("tag", "key.tag_unknown", tag=tag)
    return key.id


KEY_COLUMNS = {
    "label": ("名称", "钥匙名称", "标签", "label", "name"),
    "kind": ("类型", "钥匙类型", "kind", "type"),
    "unit": ("单元", "单元号", "房号", "unit"),
    "room": ("房间", "机房", "位置", "room"),
    "copies": ("份数", "数量", "把数", "copies"),
    "cabinet": ("钥匙柜", "柜", "柜号", "cabinet"),
    "hook": ("挂钩", "钩位", "钩号", "hook"),
    "ring": ("钥匙串", "串", "ring"),
    "note": ("备注", "说明", "note"),
}
# The kind as a sheet may write it, in Chinese or as the code.
KIND_WORDS = {
    "单元门": "unit_door", "单元门钥匙": "unit_door", "门": "unit_door", "空置单元": "vacant_unit",
    "空置": "vacant_unit", "信箱": "mailbox", "信报箱": "mailbox", "机房": "plant_room", "设备房": "plant_room",
    "总钥匙": "master", "总匙": "master", "万能钥匙": "master", **{k: k for k in KEY_KINDS},
}


def import_keys(path, *, by: Actor, commit: bool = True) -> ImportReport:
    """Import a key list (.xlsx/.csv): each good row a new tagged key, all in one transaction; each bad row
    reported with its reason. With commit=False it only checks. A sheet that cannot be read raises SheetError."""
    from services.sheets import read_sheet

    require(by, "key.import")
    sheet = read_sheet(path, KEY_COLUMNS, required=("label", "kind", "cabinet", "hook"))
    accepted: list[tuple[int, str, dict]] = []
    refused: list[RowRefusal] = []
    hooks: set[tuple[str, str]] = set()
    for row in sheet:
        kind_text = (row.get("kind") or "").strip()
        data = KeyInput(label=row.get("label", ""), kind=KIND_WORDS.get(kind_text, kind_text or "?"),
                        unit=row.get("unit", ""), room=row.get("room", ""), copies=row.get("copies") or "1",
                        cabinet=row.get("cabinet", ""), hook=row.get("hook", ""), ring=row.get("ring", ""),
                        note=row.get("note", ""))
        problems, clean = _check(by.site_id, data, None, hooks)
        if problems.items:
            refused.extend(RowRefusal(row.number, p.field, p.code, p.params, (data.label or "").strip())
                           for p in problems.items)
            continue
        hooks.add((clean["cabinet"], clean["hook"]))
        accepted.append((row.number, clean["label"], clean))
    if commit and accepted:
        with db.atomic():
            serials = take_serials(by.site_id, TAG_KIND, len(accepted))
            for serial, (_, _, clean) in zip(serials, accepted, strict=True):
                key = Key.create(site=by.site_id, tag=tag_for(serial), **_fields(by.site_id, clean))
                record(by, "create", "key", key.id, after=snapshot(key), note="import")
    return ImportReport([(n, label) for n, label, _ in accepted], refused, commit and bool(accepted))
