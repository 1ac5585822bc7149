"""The PC's clock: the one seam through which the client takes "now".

`app.models.base.utcnow` (column defaults, soft deletes, the outbox's `at`, the push batch's
`device_clock`, the sync status stamps) reads `now()` here; `today()` is the local date on the
same clock (the services still default to `date.today()` and take `today=`). Normally the
offset is zero and this is the wall clock. A test (or a support session reproducing a PC whose
clock is wrong) gives a `Database` a `clock_offset`; every unit of work of that database
(`Database.session`, the sync's apply sessions) runs under `shifted()`, so the offset follows
the database, not the process. It is a context variable, not a global: two PCs live in one test
process, and the provincial server running in a thread of that process reads the same `utcnow`
— a global offset would skew the server too, and the skew it measures would read zero. A
context variable is per thread (and per asyncio task), so the server never sees it.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta, timezone
from typing import Iterator

_ZERO = timedelta(0)
_offset: ContextVar[timedelta] = ContextVar("dabir_clock_offset", default=_ZERO)


def offset() -> timedelta:
    """How far this context's clock is from the wall clock (zero unless shifted)."""
    return _offset.get()


def now() -> datetime:
    """The current time as this PC believes it, tz-aware UTC."""
    return datetime.now(timezone.utc) + _offset.get()


def today() -> date:
    """Today's local date as this PC believes it."""
    return (datetime.now() + _offset.get()).date()


@contextmanager
def shifted(delta: timedelta | None) -> Iterator[None]:
    """Run the block with the clock `delta` away from the wall clock (None: the wall clock,
    so a database without an offset opened inside another's unit of work is not skewed)."""
    token = _offset.set(delta or _ZERO)
    try:
        yield
    finally:
        _offset.reset(token)
