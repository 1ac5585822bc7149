"""The FastAPI application factory of the provincial server.

`create_app(database_url)` opens the database (nothing happens at import time), migrates and
seeds it, and wires the routes, gzip both ways, the access log and the error handlers: every
refusal leaves as `{"code", "message"}` with a 4xx status (domain errors of the services
included), a database that cannot be reached (PostgreSQL restarting) is logged and answered
503 `database_unavailable` (clients retry later), too many wrong codes or tokens from one
address 429 (`server.ratelimit`, an app-wide dependency checked before anything else), and an
unexpected failure is logged and answered 500 `internal` without details.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from sqlalchemy.exc import DBAPIError
from starlette.middleware.gzip import GZipMiddleware

from app.errors import DomainError, NotFoundError, PermissionError_, StateError
from app.sync.protocol import MAX_BODY_BYTES, PROTOCOL_VERSION
from server import errors, logs, ratelimit
from server.compression import RequestDecompression
from server.db import Store
from server.errors import ApiError
from server.routes import health_router, router


def _body(status: int, code: str, message: str,
          headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"code": code, "message": message}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    return "The request is not valid: " + "; ".join(parts)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        exc = ratelimit.count_failure(request, exc)
        return _body(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(DomainError)
    async def domain_error(_request: Request, exc: DomainError):
        status = 404 if isinstance(exc, NotFoundError) else 409 if isinstance(exc, StateError) \
            else 403 if isinstance(exc, PermissionError_) else 400
        return _body(status, exc.code, exc.message())

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError):
        return _body(422, "invalid_request", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        return _body(exc.status_code, f"http_{exc.status_code}", str(exc.detail))

    @app.exception_handler(DBAPIError)
    async def database_error(request: Request, exc: DBAPIError):
        if not errors.database_unavailable(exc):
            return await unexpected(request, exc)
        detail = str(exc.orig).strip().splitlines() or [""]
        logs.log("database_unavailable", logging.ERROR, path=request.url.path,
                 method=request.method, error=f"{type(exc.orig).__name__}: {detail[0]}")
        return _body(503, "database_unavailable", errors.DATABASE_UNAVAILABLE,
                     {"Retry-After": errors.DATABASE_RETRY_AFTER})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        logs.log("internal_error", logging.ERROR, path=request.url.path,
                 error=f"{type(exc).__name__}: {exc}")
        return _body(500, "internal", "The server failed; the province has been told. Try "
                     "again later; nothing was changed.")


def create_app(database_url: str, *, prepare: bool = True) -> FastAPI:
    """The server application on the database at `database_url` (migrated when `prepare`)."""
    logs.configure()
    store = Store(database_url)
    if prepare:
        store.prepare()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="Dabir provincial server", version=f"protocol {PROTOCOL_VERSION}",
                  description="Sync of the Neighbourhood Progress Councils' records with the "
                              "province. Every endpoint but /health and /v1/enroll needs a "
                              "device or staff token (Authorization: Bearer ...), and every "
                              "/v1 endpoint the header X-Dabir-Protocol.",
                  lifespan=lifespan, dependencies=[Depends(ratelimit.guard)])
    app.state.store = store
    app.state.limits = ratelimit.Limits.default()
    app.state.epoch = store.epoch()
    _install_handlers(app)
    app.include_router(health_router)
    app.include_router(router)
    app.add_middleware(GZipMiddleware, minimum_size=512)
    app.add_middleware(RequestDecompression, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(logs.AccessLog)
    return app


ENV_PREPARED = "DABIR_SERVER_PREPARED"


def app_from_environment() -> FastAPI:
    """The app on $DABIR_SERVER_DATABASE_URL: the factory each `serve --workers N` process
    calls (not migrated again when $DABIR_SERVER_PREPARED says the parent already did it)."""
    import os

    from server.db import default_url

    return create_app(default_url(), prepare=os.environ.get(ENV_PREPARED) != "1")
