"""Domain errors: what the services raise when a rule refuses an action.

Each error has a stable `code` (for tests, the server's 4xx body and the UI), the `field` it
concerns when there is one (so a form shows it next to that field), and parameters. The English
source text of every code lives in `app/messages.py`, wrapped in `QT_TRANSLATE_NOOP` so that
pyside6-lupdate collects it into `fa_translations/dabir_fa.ts`. The core stays free of Qt: the UI and the CLI translate the
source text with Qt's translator; the server sends the English text with the code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field as dc_field
from typing import Any, Callable

TRANSLATION_CONTEXT = "DomainError"


Translator = Callable[[str], str]


def _identity(text: str) -> str:
    return text


_NUMERIC = re.compile(r"[\d۰-۹٠-٩][\d۰-۹٠-٩/:.,٬٫ -]*")


def _numeric(value: Any) -> bool:
    """A number, or a string made only of digits and number punctuation (a date, an amount).

    Only these are shown with Persian digits: a file path, a code or a name keeps its own.
    """
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, str) and bool(_NUMERIC.fullmatch(value))


@dataclass(frozen=True)
class FieldProblem:
    """One refused value: the field it belongs to, a code, and the message source text."""

    field: str | None
    code: str
    text: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    def message(self, translate: Translator = _identity) -> str:
        """The message in the language `translate` gives (English when none)."""
        from app.persian.digits import to_persian_digits

        translated = translate(self.text)
        params = self.params
        if translated is not self.text and translated != self.text:
            params = {k: to_persian_digits(v) if _numeric(v) else v for k, v in params.items()}
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return translated


class DomainError(Exception):
    """A refused action. Raised before anything is written, so nothing changes."""

    def __init__(self, code: str, *, field: str | None = None, **params: Any):
        self.problems: tuple[FieldProblem, ...] = (problem(code, field=field, **params),)
        super().__init__(self.message())

    @classmethod
    def from_problems(cls, problems: list[FieldProblem]) -> "DomainError":
        """One error carrying several field problems (a form with more than one bad field)."""
        err = cls.__new__(cls)
        err.problems = tuple(problems)
        Exception.__init__(err, err.message())
        return err

    @property
    def code(self) -> str:
        return self.problems[0].code

    @property
    def field(self) -> str | None:
        return self.problems[0].field

    @property
    def params(self) -> dict[str, Any]:
        return self.problems[0].params

    def message(self, translate: Translator = _identity) -> str:
        """All problems' messages joined, in the language `translate` gives."""
        return " ".join(p.message(translate) for p in self.problems)

    def by_field(self, translate: Translator = _identity) -> dict[str | None, str]:
        """Messages keyed by field, for showing each next to its input."""
        out: dict[str | None, str] = {}
        for p in self.problems:
            msg = p.message(translate)
            out[p.field] = f"{out[p.field]} {msg}" if p.field in out else msg
        return out


class ValidationError(DomainError):
    """A value that breaks a rule (a bad national ID, an impossible date, a missing name)."""


class NotFoundError(DomainError):
    """The record asked for does not exist (or was deleted)."""


class StateError(DomainError):
    """The record's state forbids the action (editing finalised minutes, closing twice)."""


class PermissionError_(DomainError):
    """The account may not do this (a viewer saving, a device writing another council)."""


def problem(code: str, *, field: str | None = None, **params: Any) -> FieldProblem:
    """A FieldProblem whose text comes from the message catalog (KeyError for an unknown code)."""
    from app.messages import MESSAGES

    return FieldProblem(field, code, MESSAGES[code], params)
