"""The English translation: complete, in step with the ui/ sources, compiled, and really shown on screen."""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QPushButton

from services.site import get_site
from ui.app import TRANSLATIONS, install_language
from ui.dialogs.login_dialog import LoginDialog

ROOT = Path(__file__).resolve().parents[2]
TS = TRANSLATIONS / "towerdesk_en.ts"
QM = TRANSLATIONS / "towerdesk_en.qm"
PLACEHOLDER = re.compile(r"\{\w*\}")


def _script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def test_every_message_is_translated_with_its_placeholders():
    messages = _messages(TS)
    assert len(messages) > 300
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        text = translation.text or ""
        assert text.strip(), f"{context}: {source!r} has no translation"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, text)


def test_ts_is_in_step_with_the_ui_sources(tmp_path):
    """lupdate over today's ui/ into a copy of the .ts finds nothing new and nothing gone."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    report = _script().update(copy)
    found = re.search(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)", report)
    assert found, report
    total, new, existing = map(int, found.groups())
    assert new == 0, f"{new} source text(s) not in {TS.name}: run `make translations` and translate them\n{report}"
    assert existing == total == len(_messages(TS)), f"{TS.name} holds texts the sources no longer have\n{report}"
    assert not [m for _, m in _messages(copy) if m.find("translation").get("type")]  # lupdate kept every one


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    """The .qm is what lrelease makes of the .ts now (a content check: checkout times say nothing)."""
    fresh = tmp_path / QM.name
    subprocess.run([_script().tool("lrelease"), str(TS), "-qm", str(fresh)], capture_output=True, check=True)
    assert QM.exists(), "run `make translations`"
    assert QM.read_bytes() == fresh.read_bytes(), f"{QM.name} is older than {TS.name}: run `make translations`"


@pytest.fixture
def english(qapp):
    """English installed the way the app does it; Chinese again afterwards for the other tests."""
    locale, display_name = QLocale(), qapp.applicationDisplayName()
    translator = install_language(qapp, "en")
    assert translator is not None, f"{QM} did not load"
    yield translator
    QCoreApplication.removeTranslator(translator)
    translator.deleteLater()
    QLocale.setDefault(locale)
    qapp.setApplicationDisplayName(display_name)


def test_login_window_speaks_english(qtbot, sqlite_site, english):
    dialog = LoginDialog(get_site(sqlite_site.site_id))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Tower Desk — Log in"
    assert dialog.login_button.text() == "Log in"
    assert dialog.username.placeholderText() == "Username"
    assert {b.text() for b in dialog.findChildren(QPushButton)} == {"Log in", "Exit"}
    assert "Tower Desk" in {label.text() for label in dialog.findChildren(QLabel)}
    dialog.username.setText("clerk")
    dialog.password.setText("wrong")
    dialog.try_login()
    assert dialog.message.text() == "Wrong username or password (attempts left before the account is locked: 4)."


def test_lookup_tables_are_translated_too(english):
    """The texts marked with QT_TRANSLATE_NOOP and translated when shown."""
    from ui.messages import message, role_name
    from ui.page_bits import who_may
    from ui.pages.audit_page import action_name, entity_name
    from ui.pages.settings_page import group_title, setting_label

    assert role_name("supervisor") == "Supervisor"
    assert message("password.short", {"minimum": 8}) == "A password needs at least 8 characters"
    assert setting_label("ui.language") == "Interface language"
    assert group_title("login.max_failures") == "Login and security"
    assert (action_name("login"), entity_name("tenant")) == ("Logged in", "Tenant")
    assert who_may("audit.view") == "Supervisor, Service manager, System administrator"


def test_chinese_again_without_the_translator(qtbot, sqlite_site):
    dialog = LoginDialog(get_site(sqlite_site.site_id))
    qtbot.addWidget(dialog)
    assert dialog.login_button.text() == "登录"
