"""Local accounts of the council PC: who may open Dabir, with which role, and their passwords.

Passwords are hashed with argon2id (argon2-cffi's `PasswordHasher`, its default cost); a hash
made with older parameters is re-hashed on the next successful login. A failed login says the
same thing whether the user name is unknown, the account is deactivated or the password is
wrong, and an unknown name still costs one hash verification, so neither the message nor the
time tells an intruder which names exist. Roles: secretary (everything, including accounts),
chair, viewer (read only). The last active secretary cannot be deactivated: the PC would be
left with no one able to manage it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.enums import AccountRole
from app.errors import NotFoundError, StateError, ValidationError
from app.models import Account
from app.persian.collation import sort_key
from app.persian.normalize import normalize_name
from app.services import common
from app.services.common import Problems

MIN_PASSWORD = 6
#: the hasher every account uses; argon2-cffi's defaults (argon2id, RFC 9106 low-memory)
HASHER = PasswordHasher()


@dataclass(frozen=True)
class AccountView:
    id: str
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime

    @property
    def read_only(self) -> bool:
        return self.role == AccountRole.VIEWER.value


def _view(a: Account) -> AccountView:
    return AccountView(id=a.id, username=a.username, display_name=a.display_name, role=a.role,
                       active=a.active, created_at=a.created_at)


def _username(value: str | None) -> str:
    """The stored form of a user name: normalised, one word, case-folded."""
    return "".join((normalize_name(value) or "").split()).casefold()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return HASHER.hash("dabir-no-such-account")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _check_password(password: str | None, field: str, problems: Problems) -> None:
    if password is None or len(password) < MIN_PASSWORD:
        problems.add("account.weak_password", field=field, min=MIN_PASSWORD)


def _get(session: Session, account_id: str) -> Account:
    row = session.get(Account, account_id) if account_id else None
    if row is None:
        raise NotFoundError("not_found", field="account")
    return row


def create_account(session: Session, *, username: str, display_name: str, role: str,
                   password: str) -> AccountView:
    """A new active account. Refused: missing fields, a password under 6 characters
    ('account.weak_password'), a user name already taken ('account.name_taken')."""
    p = Problems()
    name = _username(username)
    if not name:
        p.add("required", field="username")
    elif len(name) > 60:
        p.add("too_long", field="username", limit=60)
    shown = common.name(display_name, field="display_name", problems=p, limit=200)
    role_value = common.choice(role, AccountRole, field="role", problems=p)
    _check_password(password, "password", p)
    p.raise_if_any()
    if session.scalar(select(Account.id).where(func.lower(Account.username) == name)):
        raise ValidationError("account.name_taken", field="username", value=name)
    row = Account(username=name, display_name=shown, role=role_value,
                  password_hash=HASHER.hash(password), active=True)
    session.add(row)
    session.flush()
    return _view(row)


def authenticate(session: Session, username: str, password: str) -> AccountView:
    """The account whose name and password these are, or ValidationError('account.bad_login')
    (one message for an unknown name, a deactivated account and a wrong password)."""
    row = session.scalar(select(Account).where(Account.username == _username(username)))
    if row is None or not row.active:
        _verify(_dummy_hash(), password or "")  # the same cost as a real check
        raise ValidationError("account.bad_login", field="password")
    if not _verify(row.password_hash, password or ""):
        raise ValidationError("account.bad_login", field="password")
    if HASHER.check_needs_rehash(row.password_hash):
        row.password_hash = HASHER.hash(password)
        session.flush()
    return _view(row)


def change_password(session: Session, account_id: str, *, old_password: str,
                    new_password: str) -> None:
    """The account holder changes their password (the current one is asked for)."""
    row = _get(session, account_id)
    p = Problems()
    if not _verify(row.password_hash, old_password or ""):
        p.add("account.wrong_password", field="old_password")
    _check_password(new_password, "new_password", p)
    p.raise_if_any()
    row.password_hash = HASHER.hash(new_password)
    session.flush()


def reset_password(session: Session, account_id: str, *, new_password: str) -> None:
    """A secretary sets another account's password (a forgotten one)."""
    row = _get(session, account_id)
    p = Problems()
    _check_password(new_password, "new_password", p)
    p.raise_if_any()
    row.password_hash = HASHER.hash(new_password)
    session.flush()


def get_account(session: Session, account_id: str) -> AccountView:
    return _view(_get(session, account_id))


def list_accounts(session: Session, *, include_inactive: bool = True) -> list[AccountView]:
    """Accounts in Persian alphabetical order of their display names."""
    query = select(Account)
    if not include_inactive:
        query = query.where(Account.active.is_(True))
    rows = [_view(a) for a in session.scalars(query)]
    return sorted(rows, key=lambda a: (not a.active, sort_key(a.display_name), a.username))


def _active_secretaries(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account).where(
        Account.active.is_(True), Account.role == AccountRole.SECRETARY.value)) or 0


def deactivate(session: Session, account_id: str) -> AccountView:
    """Stop an account from logging in (kept for the audit log's names). The last active
    secretary is refused ('account.last_secretary')."""
    row = _get(session, account_id)
    if not row.active:
        return _view(row)
    if row.role == AccountRole.SECRETARY.value and _active_secretaries(session) <= 1:
        raise StateError("account.last_secretary", field="account")
    row.active = False
    session.flush()
    return _view(row)


def reactivate(session: Session, account_id: str) -> AccountView:
    """Let a deactivated account log in again."""
    row = _get(session, account_id)
    row.active = True
    session.flush()
    return _view(row)


def set_role(session: Session, account_id: str, role: str) -> AccountView:
    """Change an account's role (the last active secretary keeps theirs)."""
    p = Problems()
    role_value = common.choice(role, AccountRole, field="role", problems=p)
    p.raise_if_any()
    row = _get(session, account_id)
    if (row.role == AccountRole.SECRETARY.value and role_value != row.role and row.active
            and _active_secretaries(session) <= 1):
        raise StateError("account.last_secretary", field="role")
    row.role = role_value
    session.flush()
    return _view(row)


def has_accounts(session: Session) -> bool:
    """True once an active account exists (the app asks for a login instead of creating one)."""
    return session.scalar(select(Account.id).where(Account.active.is_(True)).limit(1)) is not None
