"""Structured logs: one JSON object per line, and an access-log middleware.

Every request is logged with its method, path, status, duration and the device or staff member
it resolved to; the push route adds the batch id, op count and clock skew. JSON lines go to
stderr (or journald when run as a service) and can be searched without parsing prose.
"""
from __future__ import annotations

import json
import logging
import sys
import time
from datetime import datetime, timezone

LOGGER = logging.getLogger("dabir.server")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"at": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),
                 "level": record.levelname.lower(), "event": record.getMessage()}
        entry.update(getattr(record, "fields", {}) or {})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure(level: str = "INFO") -> None:
    """Send the server's logs to stderr as JSON lines (idempotent)."""
    if any(isinstance(h.formatter, JsonFormatter) for h in LOGGER.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    LOGGER.addHandler(handler)
    LOGGER.setLevel(level)
    LOGGER.propagate = False


def log(event: str, level: int = logging.INFO, **fields) -> None:
    LOGGER.log(level, event, extra={"fields": fields})


class AccessLog:
    """Pure ASGI middleware logging each HTTP request as one JSON line."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            state = scope.get("state") or {}
            log("request", method=scope["method"], path=scope["path"], status=status["code"],
                ms=round((time.perf_counter() - started) * 1000, 1),
                device=state.get("device_id"), staff=state.get("staff"))
