"""The desk's remembered login card: what the login window shows before the database opens."""
from __future__ import annotations

import json

from services.login_card import FILE_NAME, MAX_LOGO_BYTES, LoginCard, read_card, write_card

URL = "postgresql://desk:s3cret-pw@10.0.0.5:5432/tower"


def test_a_card_is_kept_per_database_and_read_back(tmp_path):
    card = LoginCard(3, "深圳湾科技大厦", "en", b"\x89PNG logo")
    write_card(tmp_path, URL, card)
    write_card(tmp_path, "sqlite:///C:/desk/tower.db", LoginCard(1, "另一座楼", "zh_CN"))
    assert read_card(tmp_path, URL) == card
    assert read_card(tmp_path, "sqlite:///C:/desk/tower.db") == LoginCard(1, "另一座楼", "zh_CN", None)
    assert read_card(tmp_path, "sqlite:///elsewhere.db") is None
    assert read_card(None, URL) is None


def test_the_database_password_is_never_written_down(tmp_path):
    write_card(tmp_path, URL, LoginCard(1, "深圳湾科技大厦", "zh_CN"))
    text = (tmp_path / FILE_NAME).read_text(encoding="utf-8")
    assert "s3cret" not in text and "10.0.0.5" not in text and "深圳湾科技大厦" in text


def test_a_damaged_or_strange_file_is_no_card_and_is_replaced_on_the_next_start(tmp_path):
    path = tmp_path / FILE_NAME
    for damaged in ("{not json", "[1, 2]", json.dumps({"x": 1})):
        path.write_text(damaged, encoding="utf-8")
        assert read_card(tmp_path, URL) is None
    write_card(tmp_path, URL, LoginCard(2, "楼", "zh_CN"))
    entries = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({key: {"id": "x", "name": "楼"} for key in entries}), encoding="utf-8")
    assert read_card(tmp_path, URL) is None
    write_card(tmp_path, URL, LoginCard(2, "楼", "zh_CN"))
    assert read_card(tmp_path, URL) == LoginCard(2, "楼", "zh_CN")


def test_a_big_logo_is_left_for_the_database_and_an_unwritable_folder_is_no_failure(tmp_path):
    write_card(tmp_path, URL, LoginCard(1, "楼", "zh_CN", b"x" * (MAX_LOGO_BYTES + 1)))
    assert read_card(tmp_path, URL) == LoginCard(1, "楼", "zh_CN", None)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    write_card(blocked, URL, LoginCard(1, "楼", "zh_CN"))  # cannot make a folder there: the start goes on
    assert read_card(blocked, URL) is None
