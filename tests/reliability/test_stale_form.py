"""The clerk whose save comes second is told who changed the record and when, and keeps what was typed."""
from __future__ import annotations

import multiprocessing as mp

from PySide6.QtWidgets import QMessageBox

import models
from models import Tenant, db
from services import tenants
from tests.ui.typing import type_text
from ui.dialogs.tenant_dialog import TenantDialog


def _other_desk(url: str, tenant_id: int, actor) -> None:
    """Another desk's process opens the same record and saves it first."""
    models.open_database(url)
    opened = tenants.get_tenant(tenant_id, by=actor)
    data = opened.data
    data.emergency_name = "另一位同事填的"
    tenants.update_tenant(tenant_id, data, version=opened.version, by=actor)
    db.close()


def test_the_second_save_is_refused_with_who_and_when_and_the_typing_stays(qtbot, desk, sqlite_site, sqlite_db,
                                                                          monkeypatch):
    tenant_id = tenants.create_tenant(tenants.TenantInput(name="深圳市云帆科技有限公司"), by=sqlite_site.clerk)
    dialog = TenantDialog(desk("clerk"), tenant_id)
    qtbot.addWidget(dialog)
    dialog.name.clear()
    type_text(dialog.name, "深圳市云帆智能科技有限公司")
    type_text(dialog.emergency_phone, "13912345678")
    db.close()
    other = mp.get_context("fork").Process(target=_other_desk, args=(sqlite_db, tenant_id, sqlite_site.steward))
    other.start()
    other.join(60)
    assert other.exitcode == 0
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append((a[1], a[2])))
    assert not dialog.save()
    stored = Tenant.get_by_id(tenant_id)
    assert len(warned) == 1 and warned[0][0] == "记录已被他人修改"
    assert "steward" in warned[0][1] and stored.updated_at.strftime("%Y-%m-%d %H:%M") in warned[0][1]
    assert "仍保留" in warned[0][1]
    # The typing is still in the form; the other desk's save stands; nothing of this one was written.
    assert dialog.name.text() == "深圳市云帆智能科技有限公司" and dialog.emergency_phone.text() == "13912345678"
    assert stored.name == "深圳市云帆科技有限公司" and stored.emergency_name == "另一位同事填的"
    assert stored.version == 2 and dialog.version == 1
