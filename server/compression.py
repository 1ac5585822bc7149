"""Request bodies: gzip accepted (`Content-Encoding: gzip`) and a hard size cap.

Responses are compressed by Starlette's GZipMiddleware; this pure ASGI middleware does the other
direction. It buffers a request body up to `max_bytes` (413 beyond), inflates a gzip body with
the same cap on the inflated size (a small "zip bomb" cannot fill the memory), refuses other
encodings (415) and bad gzip (400), and hands the route a plain body with a correct
Content-Length. GET requests pass through untouched.
"""
from __future__ import annotations

import zlib

from starlette.responses import JSONResponse


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"code": code, "message": message}, status_code=status)


class RequestDecompression:
    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"]]
        encoding = next((v for k, v in headers if k == b"content-encoding"), b"").strip().lower()
        if encoding not in (b"", b"identity", b"gzip"):
            await _error(415, "unsupported_encoding",
                         "Only gzip request bodies are accepted.")(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await _error(413, "too_large", "The request is too large; send smaller "
                             "batches.")(scope, receive, send)
                return
            chunks.append(body)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        if encoding == b"gzip":
            try:
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                body = inflater.decompress(body, self.max_bytes + 1)
                if len(body) > self.max_bytes or inflater.unconsumed_tail:
                    await _error(413, "too_large", "The request is too large once "
                                 "decompressed.")(scope, receive, send)
                    return
            except zlib.error:
                await _error(400, "bad_gzip", "The request body is not valid gzip.")(
                    scope, receive, send)
                return
        headers = [(k, v) for k, v in headers if k not in (b"content-encoding",
                                                          b"content-length",
                                                          b"transfer-encoding")]
        headers.append((b"content-length", str(len(body)).encode()))
        scope = dict(scope, headers=headers)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
