"""Typed settings of this PC (language, auto-lock, backups, sync server), kept in `settings`.

Every setting is declared once in `SPECS` with its type, default and allowed values, so the
settings page, the CLI and the code that reads a setting agree on what it is and what it is
when never set. Values are stored as JSON text in the local `settings` table (never synced);
setting a value back to its default removes the row, so a later change of a default reaches
PCs that never chose. Typed text is accepted where a person types (Persian digits for numbers).
Keys outside `SPECS` (such as the backup stamp `dabir.backup`) belong to other modules and are
left alone.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import AUTO_BACKUPS_KEPT
from app.errors import ValidationError
from app.models import Setting
from app.persian.digits import parse_int
from app.persian.normalize import normalize_name


@dataclass(frozen=True)
class SettingSpec:
    """What one setting is: its type, default, and the values it may take."""

    kind: type  # str, int or bool
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    url: bool = False  # an http(s) address
    optional: bool = False  # None (unset) is a valid value


SPECS: dict[str, SettingSpec] = {
    "language": SettingSpec(str, "fa", choices=("fa", "en")),
    # 0: never lock
    "auto_lock_minutes": SettingSpec(int, 10, minimum=0, maximum=240),
    # None: the backups/ folder beside the database (app.config.backups_dir)
    "backup_folder": SettingSpec(str, None, optional=True),
    "auto_backup_enabled": SettingSpec(bool, True),
    "auto_backup_keep": SettingSpec(int, AUTO_BACKUPS_KEPT, minimum=1, maximum=100),
    "sync_server_url": SettingSpec(str, None, optional=True, url=True),
    "sync_interval_minutes": SettingSpec(int, 15, minimum=1, maximum=1440),
}

#: the value of every setting never set
DEFAULTS: dict[str, Any] = {key: spec.default for key, spec in SPECS.items()}

_TRUE, _FALSE = {"1", "true", "yes", "on", "بله"}, {"0", "false", "no", "off", "خیر"}


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise KeyError(f"unknown setting {key!r}; declare it in app.services.settings.SPECS")


def clean_value(key: str, value: Any) -> Any:
    """The typed value of `key` from what a form or the CLI gave, or ValidationError."""
    spec = _spec(key)
    if isinstance(value, str):
        value = normalize_name(value) or ""
        if value == "":
            value = None
    if value is None:
        if spec.optional:
            return None
        raise ValidationError("required", field=key)
    bad = ValidationError("setting.bad_value", field=key, value=str(value))
    if spec.kind is bool:
        if isinstance(value, bool):
            return value
        word = str(value).casefold()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
        raise bad
    if spec.kind is int:
        if isinstance(value, bool):
            raise bad
        try:
            number = value if isinstance(value, int) else parse_int(str(value))
        except ValueError:
            raise bad from None
        if (spec.minimum is not None and number < spec.minimum) or \
                (spec.maximum is not None and number > spec.maximum):
            raise ValidationError("setting.out_of_range", field=key, min=spec.minimum,
                                  max=spec.maximum)
        return number
    text_value = str(value)
    if spec.choices is not None and text_value not in spec.choices:
        raise bad
    if spec.url:
        parts = urlparse(text_value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValidationError("setting.bad_url", field=key, value=text_value)
        text_value = text_value.rstrip("/")
    return text_value


def get_setting(session: Session, key: str) -> Any:
    """The value of `key` (its default when never set or unreadable)."""
    spec = _spec(key)
    row = session.get(Setting, key)
    if row is None:
        return spec.default
    try:
        return clean_value(key, json.loads(row.value))
    except (ValueError, ValidationError):
        return spec.default


def set_setting(session: Session, key: str, value: Any) -> Any:
    """Store `value` for `key` after checking it; returns the stored typed value."""
    cleaned = clean_value(key, value)
    row = session.get(Setting, key)
    if cleaned == SPECS[key].default:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(key=key, value=json.dumps(cleaned, ensure_ascii=False)))
    else:
        row.value = json.dumps(cleaned, ensure_ascii=False)
    session.flush()
    return cleaned


def all_settings(session: Session) -> dict[str, Any]:
    """Every declared setting with its current value, defaults filled in."""
    stored = {r.key for r in session.scalars(select(Setting).where(Setting.key.in_(SPECS)))}
    return {key: get_setting(session, key) if key in stored else DEFAULTS[key] for key in SPECS}


def reset_setting(session: Session, key: str) -> Any:
    """Back to the default; returns it."""
    _spec(key)
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)
        session.flush()
    return DEFAULTS[key]
