"""Limits on failed secrets per client address: enrollment codes and bearer tokens.

Every refused enrollment code (`bad_code`) counts one failure against the caller's address in
the enrollment limit, every unknown bearer token (401 `unauthorized` with an Authorization
header) one in the token limit; successes never count, and neither do a missing token, a
revoked one or a token of the wrong kind, which are not guesses. An address with `limit`
failures within the window is refused with 429 `too_many_attempts`, a Retry-After header and
an English sentence until its oldest failure leaves the window -- before its code or token is
even looked at for codes, so a blocked address learns nothing (a correct code sent while
blocked is refused too); for tokens, a valid token always passes (many councils' PCs may share
one office address) and an unknown one from a blocked address gets the 429 instead of a 401. Each refusal is logged as one JSON line (`rate_limited`).

The counts live in memory, per server process. That is enough for a province server: the
codes (about 79 bits, valid 14 days, once) and tokens (256 bits) cannot be guessed anyway, the
limit only makes guessing more hopeless still and keeps a scanner off the database; a restart
forgetting the counts gives an attacker nothing worth having, and with `serve --workers N`
each process counts on its own (the limit becomes at most N times as generous). The address
is the TCP peer as uvicorn reports it; behind a reverse proxy on the same machine uvicorn
takes it from X-Forwarded-For (it trusts 127.0.0.1 by default), so the proxy must set that
header, or every PC would share the proxy's address and one guesser would block them all.
"""
from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Callable

from fastapi import Request

from server import logs
from server.errors import ApiError

WINDOW_SECONDS = 15 * 60
# A secretary who mistypes a code a few times never gets near 10; a guesser gets 40 tries an
# hour per address, against some 10^23 codes, each valid for 14 days.
ENROLL_FAILURES = 10
# A PC whose token the server no longer knows (restored backup) fails once per sync attempt and
# stops; even several such PCs behind one office NAT stay far below 30 in 15 minutes, while a
# scanner trying tokens reaches it within seconds. (Higher than for codes because the address
# may be shared by many councils' PCs, and a blocked address blocks all of them.)
TOKEN_FAILURES = 30
# Addresses remembered at most (oldest forgotten first): bounded memory under a spoofing flood.
MAX_ADDRESSES = 10_000


class FailureLimit:
    """At most `limit` failures per address within `window` seconds (a sliding window)."""

    def __init__(self, kind: str, limit: int, window: float = WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.kind, self.limit, self.window, self.clock = kind, limit, window, clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque[float] | None:
        times = self._failures.get(address)
        if times is None:
            return None
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[address]
            return None
        return times

    def retry_after(self, address: str) -> int:
        """Seconds until `address` may try again (0: it may now)."""
        with self._lock:
            now = self.clock()
            times = self._recent(address, now)
            if times is None or len(times) < self.limit:
                return 0
            return max(1, math.ceil(times[-self.limit] + self.window - now))

    def failed(self, address: str) -> int:
        """Count one failure of `address`; the failures now in its window."""
        with self._lock:
            now = self.clock()
            times = self._recent(address, now)
            if times is None:
                times = self._failures[address] = deque()
                while len(self._failures) > MAX_ADDRESSES:
                    self._failures.popitem(last=False)
            else:
                self._failures.move_to_end(address)
            times.append(now)
            if len(times) > self.limit:
                times.popleft()  # only the newest `limit` failures matter
            return len(times)

    def clear(self) -> None:
        with self._lock:
            self._failures.clear()


@dataclass
class Limits:
    """The app's limits (`app.state.limits`); a test may lower them or clear them."""

    enroll: FailureLimit
    token: FailureLimit

    @classmethod
    def default(cls) -> "Limits":
        return cls(FailureLimit("enroll", ENROLL_FAILURES), FailureLimit("token", TOKEN_FAILURES))


def address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _is_enroll(request: Request) -> bool:
    return request.url.path.rstrip("/").endswith("/v1/enroll")


def _which(request: Request) -> FailureLimit | None:
    limits: Limits = request.app.state.limits
    if _is_enroll(request):
        return limits.enroll
    if request.headers.get("authorization"):
        return limits.token
    return None


async def guard(request: Request) -> None:
    """App dependency: refuse an address that used up its enrollment failures, before the code
    is looked at (async: a few microseconds under a lock, no reason to take a worker thread).
    Tokens are checked by `count_failure` instead: a valid token always passes, so a guesser
    behind an office's shared address cannot lock out the councils' PCs there."""
    limit = _which(request)
    if limit is None or limit.kind == "token":
        return
    blocked = too_many(request, limit)
    if blocked is not None:
        raise blocked


def too_many(request: Request, limit: FailureLimit) -> ApiError | None:
    """The 429 for this address if it used up its failures (logged), else None."""
    where = address(request)
    wait = limit.retry_after(where)
    if not wait:
        return None
    minutes = max(1, math.ceil(wait / 60))
    what = "enrollment codes" if limit.kind == "enroll" else "access tokens"
    logs.log("rate_limited", logging.WARNING, address=where, kind=limit.kind,
             path=request.url.path, retry_after_s=wait, limit=limit.limit,
             window_s=int(limit.window))
    return ApiError(429, "too_many_attempts",
                   f"Too many wrong {what} were sent from your address; try again in "
                   f"{minutes} minute{'s' if minutes > 1 else ''}.",
                   headers={"Retry-After": str(wait)})


def count_failure(request: Request, exc: ApiError) -> ApiError:
    """Called for every refusal: count it when it was a wrong code or an unknown token; the
    answer to send (a 429 instead of the 401 once an address used up its token failures)."""
    limit = _which(request)
    if limit is None:
        return exc
    wrong_code = limit.kind == "enroll" and exc.code == "bad_code"
    unknown_token = limit.kind == "token" and exc.status == 401 and exc.code == "unauthorized"
    if unknown_token:
        blocked = too_many(request, limit)
        if blocked is not None:
            return blocked
    if wrong_code or unknown_token:
        failures = limit.failed(address(request))
        if failures == limit.limit:
            logs.log("rate_limit_reached", logging.WARNING, address=address(request),
                     kind=limit.kind, limit=limit.limit, window_s=int(limit.window))
    return exc
