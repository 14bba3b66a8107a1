"""The key printouts' data: a movement's slip, the keys-out list and the cabinet map, gathered and rendered."""
from __future__ import annotations

from models import Key, KeyMovement, now
from services.access import Actor, require
from services.errors import NotFound
from services.keys import keys_out_now
from services.printing import letterhead

# Printed forms are in Chinese whatever the UI language.
KIND_PRINT = {"unit_door": "单元门", "vacant_unit": "空置单元", "mailbox": "信箱", "plant_room": "机房",
              "master": "总钥匙"}
CONDITION_PRINT = {"good": "完好", "damaged": "损坏", "incomplete": "不齐"}


def slip_data(slip_no: str, *, by: Actor):
    """The slip of one counter movement as the printout takes it."""
    from printouts.key_slip import KeySlip, SlipKey

    require(by, "key.view")
    lines = list(KeyMovement.select(KeyMovement, Key).join(Key)
                 .where((KeyMovement.site == by.site_id) & (KeyMovement.slip_no == slip_no))
                 .order_by(Key.tag))
    if not lines:
        raise NotFound("key_slip", slip_no)
    first = next((m for m in lines if m.signature), lines[0])
    head = lines[0]
    return KeySlip(
        slip_no=slip_no, kind=head.kind, at=head.at, printed_at=now(), person=head.person,
        keys=tuple(SlipKey(m.key.tag, m.key.label, KIND_PRINT.get(m.key.kind, m.key.kind), m.key.copies,
                           CONDITION_PRINT.get(m.condition, m.condition)) for m in lines),
        company=head.company, phone=head.phone, purpose=head.purpose, due_at=head.due_at, by_name=head.by_name,
        approved_by=head.approved_by, charge=f"{head.charge:.2f} 元" if head.charge is not None else "",
        lock_change=head.lock_change, note=head.note, signature=bytes(first.signature) if first.signature else None,
    )


def print_slip(slip_no: str, *, by: Actor) -> bytes:
    """《钥匙借用/领用单》 (or the return, transfer or loss slip) of one movement, with its signature."""
    from printouts.key_slip import render_key_slip

    return render_key_slip(slip_data(slip_no, by=by), letterhead(by.site_id))


def print_keys_out(*, by: Actor, with_tenant_keys: bool = False) -> bytes:
    """《钥匙外借清单》: every key lent out now with holders and due times, overdue first; the keys tenants hold
    are counted, or listed too with `with_tenant_keys` (a long list in a full tower)."""
    from printouts.key_lists import OutLine, render_keys_out

    require(by, "key.view")
    moment = now()
    rows = keys_out_now(by.site_id)
    held = None if with_tenant_keys else sum(r.state == "issued" for r in rows)
    rows = rows if with_tenant_keys else [r for r in rows if r.state == "lent"]
    lines = [OutLine(r.tag, r.label, r.holder, r.company, r.phone, r.since, r.due, r.overdue(moment),
                     "借出" if r.state == "lent" else "业户领用") for r in rows]
    lines.sort(key=lambda ln: (ln.due is None, not ln.overdue, ln.due or ln.since))
    return render_keys_out(lines, letterhead(by.site_id), printed_at=moment, held_by_tenants=held)


def print_cabinet_map(*, by: Actor, cabinet: str = "") -> bytes:
    """《钥匙柜示意图》: each cabinet hook by hook, tag numbers only."""
    from printouts.key_lists import Cabinet, Hook, render_cabinet_map

    require(by, "key.view")
    query = (Key.select(Key.cabinet, Key.hook, Key.tag, Key.state)
             .where((Key.site == by.site_id) & Key.state.not_in(("lost", "retired"))))
    if cabinet:
        query = query.where(Key.cabinet == cabinet.strip().upper())
    hooks: dict[str, list] = {}
    for k in query:
        hooks.setdefault(k.cabinet, []).append(Hook(k.hook, k.tag, k.state != "in"))
    # Hooks in numeric order where they are numbers (2 before 10), as they hang in the cabinet.
    order = lambda h: (0, int(h.hook), "") if h.hook.isdigit() else (1, 0, h.hook)  # noqa: E731
    cabinets = [Cabinet(name, sorted(items, key=order)) for name, items in sorted(hooks.items())]
    return render_cabinet_map(cabinets, letterhead(by.site_id), printed_at=now())
