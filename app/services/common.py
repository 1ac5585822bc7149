"""Small helpers every service shares: cleaning input, refusing bad values, finding rows.

Services collect every bad field into one `ValidationError` (so a form can mark them all at
once) through `Problems`, and only then touch the database.
"""
from __future__ import annotations

from datetime import date, time
from enum import StrEnum
from typing import Any, Iterable, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldProblem, NotFoundError, ValidationError, problem
from app.models import Council
from app.models.base import utcnow
from app.persian.digits import to_latin_digits
from app.persian.jalali import JalaliDateError, format_jalali, parse_jalali, parse_time
from app.persian.normalize import normalize_name, normalize_text

T = TypeVar("T")


class Problems:
    """Collects field problems; `raise_if_any()` raises them together as one ValidationError."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, code: str, *, field: str | None = None, **params: Any) -> None:
        self.items.append(problem(code, field=field, **params))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError.from_problems(self.items)


def text(value: str | None, *, limit: int | None = None, field: str = "",
         problems: Problems | None = None, required: bool = False) -> str | None:
    """Normalised free text; '' becomes None; too long or missing is recorded as a problem."""
    cleaned = normalize_text(value) if value is not None else None
    cleaned = cleaned or None
    if problems is not None:
        if required and not cleaned:
            problems.add("required", field=field)
        elif cleaned and limit and len(cleaned) > limit:
            problems.add("too_long", field=field, limit=limit)
    return cleaned


def name(value: str | None, *, limit: int = 200, field: str = "", problems: Problems,
         required: bool = True) -> str | None:
    """A one-line name, normalised."""
    cleaned = normalize_name(value) if value is not None else None
    cleaned = cleaned or None
    if required and not cleaned:
        problems.add("required", field=field)
    elif cleaned and len(cleaned) > limit:
        problems.add("too_long", field=field, limit=limit)
    return cleaned


def jalali_date(value: date | str | None, *, field: str, problems: Problems,
                required: bool = False) -> date | None:
    """A date given as a `date` or as typed Jalali text ('۱۴۰۵/۸/۲۴', '1405-08-24', '۲۴ آبان ۱۴۰۵')."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.add("required", field=field)
        return None
    if isinstance(value, date):
        return value
    try:
        return parse_jalali(value)
    except JalaliDateError as exc:
        if exc.reason == "leap":
            digits = to_latin_digits(value.strip())
            year = next((int(p) for p in digits.replace("-", "/").replace(".", "/").split("/")
                         if p.isdigit() and len(p) == 4), 0)
            problems.add("bad_date_leap", field=field, value=value.strip(), year=year)
        else:
            problems.add("bad_date", field=field, value=value.strip())
        return None


def clock_time(value: time | str | None, *, field: str, problems: Problems) -> time | None:
    """A time of day as `time` or typed text ('17:30', '۱۷:۳۰')."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, time):
        return value
    try:
        return parse_time(value)
    except ValueError:
        problems.add("bad_time", field=field, value=value.strip())
        return None


def choice(value: str | StrEnum | None, enum: type[StrEnum], *, field: str, problems: Problems,
           default: StrEnum | None = None) -> str | None:
    """A member of a closed vocabulary, stored as its string value."""
    if value is None or value == "":
        if default is None:
            problems.add("required", field=field)
            return None
        return default.value
    try:
        return enum(value).value
    except ValueError:
        problems.add("bad_choice", field=field, value=value)
        return None


def get_live(session: Session, model: type[T], row_id: str | None, *, field: str | None = None) -> T:
    """The row with that id, not soft-deleted, or NotFoundError."""
    row = session.get(model, row_id) if row_id else None
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFoundError("not_found", field=field)
    return row


def live(model) -> Any:
    """A select of the model's rows that are not soft-deleted."""
    return select(model).where(model.deleted_at.is_(None))


def soft_delete(row) -> None:
    """Mark a synced row deleted (a tombstone that sync carries to the province)."""
    row.deleted_at = utcnow()


def apply(row, values: dict[str, Any]) -> None:
    """Set attributes, leaving unchanged ones untouched so the audit log stays quiet."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def the_council_id(session: Session) -> str:
    """The id of the council this PC keeps (the first one set up), or NotFoundError('no_council')."""
    council_id = session.scalar(select(Council.id).where(Council.deleted_at.is_(None))
                                .order_by(Council.created_at).limit(1))
    if council_id is None:
        raise NotFoundError("no_council")
    return council_id


def jalali(d: date | None) -> str:
    """Short Jalali form for messages."""
    return format_jalali(d) if d else ""


def ids(rows: Iterable[Any]) -> list[str]:
    return [r.id for r in rows]
