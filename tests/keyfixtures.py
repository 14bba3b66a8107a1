"""Shared set-up for the key tests: a few units, a tenant, keys of every kind, a drawn signature."""
from __future__ import annotations

import datetime as dt
from io import BytesIO

from services import building, tenants
from services.key_register import KeyInput, create_key
from services.keys import LoanInput


def signature_png(seed: int = 1) -> bytes:
    """A small PNG with a scribble, as the signature pad exports it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 25, 50 + ((i * seed * 37) % 40) - 20) for i in range(11)]
    draw.line(points, fill=(10, 20, 60, 255), width=3)
    buf = BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def loan(**changes) -> LoanInput:
    base = LoanInput(borrower="张师傅", company="深圳市安居中介有限公司", phone="13812345678", purpose="带客户看房",
                     due_at=dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=3),
                     signature=signature_png())
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def key_set(site) -> dict[str, int]:
    """Units 12F-1201..1203, a tenant in 12F-1201, and keys: two doors on one ring, a mailbox, a plant
    room, a master. Returns name -> key id."""
    sup = site.supervisor
    building.generate_units(building.GenerateInput(12, 12, 3, "120"), by=sup)
    tenant_id = tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司", units=["12F-1201"]), by=sup)
    ids = {
        "door": create_key(KeyInput("12F-1201 门钥匙", "unit_door", "12F-1201", "", 2, "A", "001",
                                    ring="12F-1201 套"), by=sup),
        "mailbox": create_key(KeyInput("12F-1201 信箱", "mailbox", "12F-1201", "", 1, "A", "002",
                                       ring="12F-1201 套"), by=sup),
        "vacant": create_key(KeyInput("12F-1202 门钥匙", "vacant_unit", "12F-1202", "", 3, "A", "003"), by=sup),
        "plant": create_key(KeyInput("B1 水泵房", "plant_room", "", "B1 水泵房", 1, "B", "001"), by=sup),
        "master": create_key(KeyInput("12F 层总钥匙", "master", "", "12F", 1, "B", "002"), by=sup),
    }
    ids["tenant"] = tenant_id
    return ids
