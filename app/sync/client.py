"""The HTTP client of the provincial server: httpx, gzip both ways, the token, patient retries.

Every request carries the protocol version header and (once enrolled) the device token; request
bodies are gzip-compressed and responses are inflated by httpx. Connection failures, timeouts
and 502/503/504 answers are retried with exponential backoff; that is safe because every call
is idempotent (a push carries its batch id, pulls and verification only read) except
enrollment, which is retried only when the request never left. Refusals become `Refused`
(with the server's code and sentence), a 426 `UpdateNeeded`, a 409 "resync..." `ResyncNeeded`,
and a server that stays silent `Unreachable`. Nothing here touches the database.
The retries are bounded (4, after 0.5, 1, 2 and 4 s): enough to ride out a server or
PostgreSQL restart within one round, short enough for a secretary waiting at the Sync page.
A server that keeps answering 502/503/504 (its database down, say) ends in `Unavailable`, a
kind of `Unreachable` (try later, everything is kept); a 429 in `TooManyAttempts` (too many
wrong codes or tokens from this address, with the server's Retry-After).
"""
from __future__ import annotations

import gzip
import json
import time
from typing import Any

import httpx

from app.sync.protocol import (AUTH_SCHEME, PROTOCOL_HEADER, PROTOCOL_VERSION, EnrollRequest,
                               EnrollResponse, Health, PullPage, PushReceipt, VerifyResponse)

RETRY_STATUSES = frozenset({502, 503, 504})
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class SyncError(Exception):
    """A sync that could not complete; `message` is one line for the secretary."""

    code = "sync_failed"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class Unreachable(SyncError):
    code = "unreachable"


class Unavailable(Unreachable):
    """The server answers but cannot serve now (502/503/504, e.g. its database restarting)."""

    code = "unavailable"

    def __init__(self, status: int, message: str, server_code: str):
        super().__init__(message)
        self.status, self.server_code = status, server_code


class Refused(SyncError):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message, code)
        self.status = status


class UpdateNeeded(Refused):
    pass


class ResyncNeeded(Refused):
    """A cursor the server cannot serve: `reason` says why.

    "restored": the cursor is ahead of the server's stream (it lost history: an older backup
    restored without a new epoch), so everything must be pushed again and pulled in full;
    "purged": the cursor is older than the server's purge horizon, so the stream must be pulled
    in full and rows the server no longer has dropped. An older server's plain "resync" is taken
    as "restored", the safe choice (nothing is dropped).
    """

    @property
    def reason(self) -> str:
        return "purged" if self.code == "resync_purged" else "restored"


class TooManyAttempts(Refused):
    """429: too many wrong codes or tokens from this address; `retry_after` seconds to wait."""

    def __init__(self, status: int, code: str, message: str, retry_after: int | None):
        super().__init__(status, code, message)
        self.retry_after = retry_after


class NotEnrolled(SyncError):
    code = "not_enrolled"


def _seconds(value: str | None) -> int | None:
    try:
        return max(0, int(value)) if value is not None else None
    except ValueError:
        return None


class ServerClient:
    """Talks to one server as one device (token None before enrollment)."""

    def __init__(self, base_url: str, token: str | None = None, *, retries: int = 4,
                 backoff: float = 0.5, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None):
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept-Encoding": "gzip",
                   "User-Agent": f"dabir-sync/{PROTOCOL_VERSION}"}
        if token:
            headers["Authorization"] = f"{AUTH_SCHEME} {token}"
        self.base_url = base_url.rstrip("/")
        self.retries = retries
        self.backoff = backoff
        self.http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout,
                                 transport=transport)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "ServerClient":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _send(self, method: str, path: str, body: Any, params: Any) -> httpx.Response:
        headers = {}
        content = None
        if body is not None:
            content = gzip.compress(json.dumps(body, ensure_ascii=False).encode("utf-8"),
                                    compresslevel=6)
            headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return self.http.request(method, path, content=content, params=params, headers=headers)

    def request(self, method: str, path: str, *, body: Any = None, params: Any = None,
                idempotent: bool = True) -> Any:
        """Send with retries; the decoded JSON answer, or a SyncError."""
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(min(self.backoff * (2 ** (attempt - 1)), 8.0))
            try:
                response = self._send(method, path, body, params)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                last = exc
                continue
            except httpx.TransportError as exc:  # sent, but the answer was lost
                last = exc
                if idempotent:
                    continue
                break
            if response.status_code in RETRY_STATUSES and idempotent:
                last = httpx.HTTPStatusError(str(response.status_code), request=response.request,
                                             response=response)
                continue
            return self._answer(response)
        if isinstance(last, httpx.HTTPStatusError):
            self._answer(last.response)  # raises Unavailable with the server's sentence
        raise Unreachable(f"The provincial server at {self.base_url} cannot be reached "
                          f"({type(last).__name__ if last else 'no answer'}); your changes are "
                          f"kept and will be sent at the next sync.")

    @staticmethod
    def _answer(response: httpx.Response) -> Any:
        if response.status_code < 400:
            try:
                return response.json()
            except ValueError as exc:
                raise SyncError("The server's answer could not be read.") from exc
        try:
            error = response.json()
            code, message = str(error["code"]), str(error["message"])
        except (ValueError, KeyError, TypeError):
            code, message = f"http_{response.status_code}", response.text[:200] or \
                f"The server refused (HTTP {response.status_code})."
        if response.status_code in RETRY_STATUSES:
            if code.startswith("http_"):  # a proxy's page, not the server's sentence
                message = (f"The provincial server is not available at the moment (HTTP "
                           f"{response.status_code}); your changes are kept and will be sent "
                           f"at the next sync.")
            raise Unavailable(response.status_code, message, code)
        if response.status_code == 429:
            raise TooManyAttempts(429, code, message, _seconds(response.headers.get("Retry-After")))
        if response.status_code == 426:
            raise UpdateNeeded(426, code, message)
        if response.status_code == 409 and code.startswith("resync"):
            raise ResyncNeeded(409, code, message)
        raise Refused(response.status_code, code, message)

    # ------------------------------------------------------------------ the calls

    def health(self) -> Health:
        return Health.model_validate(self.request("GET", "/health"))

    def enroll(self, req: EnrollRequest) -> EnrollResponse:
        data = self.request("POST", "/v1/enroll", body=req.model_dump(mode="json"),
                            idempotent=False)
        return EnrollResponse.model_validate(data)

    def push(self, batch: dict) -> PushReceipt:
        return PushReceipt.model_validate(self.request("POST", "/v1/sync/push", body=batch))

    def pull(self, stream: str, since: int, limit: int | None = None,
             tables: list[str] | None = None) -> PullPage:
        params: list[tuple[str, Any]] = [("stream", stream), ("since", since)]
        if limit:
            params.append(("limit", limit))
        for table in tables or ():
            params.append(("table", table))
        return PullPage.model_validate(self.request("GET", "/v1/sync/pull", params=params))

    def verify(self, since: int = 0) -> VerifyResponse:
        """The council's digests: in full, or (since > 0) of the rows changed after `since`."""
        params = {"since": since} if since else None
        return VerifyResponse.model_validate(self.request("GET", "/v1/sync/verify",
                                                          params=params))
