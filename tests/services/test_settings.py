"""Typed settings: defaults in one place, typed text accepted, bad values refused."""
import pytest

from app.config import AUTO_BACKUPS_KEPT
from app.errors import ValidationError
from app.models import Setting
from app.services.settings import (DEFAULTS, all_settings, get_setting, reset_setting,
                                   set_setting)


def test_defaults(db):
    with db.session() as s:
        assert get_setting(s, "language") == "fa"
        assert get_setting(s, "auto_lock_minutes") == 10
        assert get_setting(s, "auto_backup_keep") == AUTO_BACKUPS_KEPT
        assert get_setting(s, "backup_folder") is None
        assert all_settings(s) == DEFAULTS


def test_set_typed_values_and_read_back(db):
    with db.session(actor="t") as s:
        assert set_setting(s, "auto_lock_minutes", "۱۵") == 15
        assert set_setting(s, "language", "en") == "en"
        assert set_setting(s, "auto_backup_enabled", "false") is False
        assert set_setting(s, "sync_server_url", " https://shora.ardabil.ir/ ") == \
            "https://shora.ardabil.ir"
        assert set_setting(s, "backup_folder", "D:/پشتیبان") == "D:/پشتیبان"
    with db.session() as s:
        values = all_settings(s)
    assert values["auto_lock_minutes"] == 15 and values["language"] == "en"
    assert values["auto_backup_enabled"] is False
    assert values["sync_server_url"] == "https://shora.ardabil.ir"
    assert values["backup_folder"] == "D:/پشتیبان"


def test_default_value_removes_the_row(db):
    with db.session(actor="t") as s:
        set_setting(s, "auto_lock_minutes", 30)
        assert s.get(Setting, "auto_lock_minutes") is not None
        set_setting(s, "auto_lock_minutes", 10)
        assert s.get(Setting, "auto_lock_minutes") is None
        set_setting(s, "backup_folder", "/mnt/usb")
        assert set_setting(s, "backup_folder", "") is None
        assert s.get(Setting, "backup_folder") is None
        set_setting(s, "language", "en")
        assert reset_setting(s, "language") == "fa" and get_setting(s, "language") == "fa"


@pytest.mark.parametrize("key,value,code", [
    ("language", "de", "setting.bad_value"),
    ("auto_lock_minutes", "ده", "setting.bad_value"),
    ("auto_lock_minutes", -1, "setting.out_of_range"),
    ("auto_lock_minutes", True, "setting.bad_value"),
    ("auto_backup_keep", 0, "setting.out_of_range"),
    ("auto_backup_enabled", "maybe", "setting.bad_value"),
    ("sync_server_url", "ftp://x.ir", "setting.bad_url"),
    ("sync_server_url", "shora.ir", "setting.bad_url"),
    ("language", None, "required"),
])
def test_bad_values_are_refused_and_nothing_stored(db, key, value, code):
    with db.session(actor="t") as s, pytest.raises(ValidationError) as err:
        set_setting(s, key, value)
    assert (err.value.code, err.value.field) == (code, key)
    with db.session() as s:
        assert s.get(Setting, key) is None


def test_unknown_key_is_a_programming_error(db):
    with db.session() as s, pytest.raises(KeyError):
        get_setting(s, "colour")


def test_unreadable_stored_value_falls_back_to_default(db):
    with db.session(actor="t") as s:
        s.add(Setting(key="auto_lock_minutes", value="not json"))
        s.add(Setting(key="dabir.backup", value="{}"))  # another module's key: ignored
    with db.session() as s:
        assert get_setting(s, "auto_lock_minutes") == 10
        assert set(all_settings(s)) == set(DEFAULTS)
