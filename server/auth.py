"""Secrets: device and staff tokens, one-time enrollment codes, and how they are stored.

Tokens are 256 random bits (URL-safe text) shown once; the database keeps only their SHA-256, so
a copy of the server database does not let anyone sync as a council. Enrollment codes are meant
to be read over the phone or typed from paper: 16 characters from an alphabet without 0/O,
1/I/L, shown in groups of four (about 79 bits), normalised before hashing (case, dashes, spaces,
Persian digits), valid for a limited time and once.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 16
CODE_TTL_DAYS = 14

_PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    cleaned = code.translate(_PERSIAN_DIGITS).upper()
    return "".join(ch for ch in cleaned if ch.isalnum())


def code_hash(code: str) -> str:
    return sha256("code:" + normalise_code(code))


def token_hash(token: str) -> str:
    return sha256("token:" + token.strip())


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)
