"""The words the screens show for enum values (roles, statuses, kinds).

One source of truth for those words: `app.vocabulary` (the same words the reports, exports and
command line use). Under Persian a value shows as its vocabulary word; under English as its
value made readable ("in_progress" -> "In progress"). Pick lists take `choices(EnumClass)`.
"""
from __future__ import annotations

from enum import StrEnum

from app import vocabulary
from app.ui import fmt


def label(value: StrEnum | str | None, enum_cls: type[StrEnum] | None = None) -> str:
    """The word shown for one enum value ('' for None)."""
    if value is None or value == "":
        return ""
    if fmt.persian():
        try:
            return vocabulary.label(value, enum_cls)
        except TypeError:
            return str(value)
    return str(value).replace("_", " ").capitalize()


def choices(enum_cls: type[StrEnum]) -> list[tuple[str, str]]:
    """(shown word, stored value) for every member, in the enum's order."""
    return [(label(m, enum_cls), m.value) for m in enum_cls]
