"""Row identifiers: UUIDv7 strings made on the device that creates the row.

Time-ordered UUIDs keep SQLite's b-tree inserts local and let two offline PCs create rows that
can never collide, so no autoincrement number ever crosses the wire.
"""
from __future__ import annotations

from uuid6 import uuid7


def new_id() -> str:
    """A fresh UUIDv7 as its canonical 36-character string."""
    return str(uuid7())
