"""The server's refusals: an HTTP status, a stable code and an English sentence.

Routes and server services raise `ApiError`; `server.app` turns it, the domain errors of the
services, request validation failures and anything unexpected into the one error body of the
protocol, `{"code": ..., "message": ...}`. Nothing a client sends may end in a bare 500.
"""
from __future__ import annotations


class ApiError(Exception):
    """A refusal with its HTTP status."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def unauthorized(message: str = "A valid device or staff token is required.",
                 code: str = "unauthorized") -> ApiError:
    return ApiError(401, code, message)


def forbidden(message: str, code: str = "forbidden") -> ApiError:
    return ApiError(403, code, message)


def not_found(message: str = "Not found.", code: str = "not_found") -> ApiError:
    return ApiError(404, code, message)


def conflict(message: str, code: str) -> ApiError:
    return ApiError(409, code, message)


RESYNC = ("Your copy is out of step with the server (it was restored, or your last sync is "
          "too old); sync again from the beginning.")
