"""The server's refusals: an HTTP status, a stable code and an English sentence.

Routes and server services raise `ApiError`; `server.app` turns it, the domain errors of the
services, request validation failures and anything unexpected into the one error body of the
protocol, `{"code": ..., "message": ...}`. Nothing a client sends may end in a bare 500.
A database that cannot be reached (PostgreSQL restarting, a connection cut, SQLite locked) is
not the client's fault nor a bug: `database_unavailable` recognises it and the app answers 503
`database_unavailable` with `DATABASE_UNAVAILABLE`, which clients treat as "try again later".
"""
from __future__ import annotations


class ApiError(Exception):
    """A refusal with its HTTP status."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def unauthorized(message: str = "A valid device or staff token is required.",
                 code: str = "unauthorized") -> ApiError:
    return ApiError(401, code, message)


def forbidden(message: str, code: str = "forbidden") -> ApiError:
    return ApiError(403, code, message)


def not_found(message: str = "Not found.", code: str = "not_found") -> ApiError:
    return ApiError(404, code, message)


def conflict(message: str, code: str) -> ApiError:
    return ApiError(409, code, message)


#: a cursor ahead of the stream: the server lost history (restored from an older backup
#: without a new epoch); the PC must push everything it has again and pull in full
RESYNC_RESTORED = "resync_restored"
RESYNC_RESTORED_MESSAGE = ("The server knows less than your copy (it was restored from an older "
                           "backup); send everything again and pull from the beginning.")
#: a cursor below the stream's purge horizon: deleted records were removed for good since this
#: PC last synced; the PC must pull in full and drop what the server no longer has
RESYNC_PURGED = "resync_purged"
RESYNC_PURGED_MESSAGE = ("Your last sync is older than the server keeps deleted records; pull "
                         "from the beginning.")


DATABASE_UNAVAILABLE = ("The server's database is not answering at the moment (it may be "
                        "restarting); try again in a minute.")
DATABASE_RETRY_AFTER = "30"

# SQLite reports a busy or missing file with the same class as an SQL mistake; only these are
# the database being unavailable (anything else stays a 500, so a bug is not hidden as a 503).
_SQLITE_UNAVAILABLE = ("locked", "busy", "unable to open", "disk i/o")


def database_unavailable(exc: BaseException) -> bool:
    """Whether `exc` means the database cannot be reached now (rather than a bug)."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return True
    if not isinstance(exc, OperationalError):
        return False
    if type(exc.orig).__module__.startswith("sqlite3"):
        return any(word in str(exc.orig).lower() for word in _SQLITE_UNAVAILABLE)
    return True
