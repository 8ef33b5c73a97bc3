"""Pure ASGI middleware: request ids and access logs, the body size limit, compression."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
import uuid

from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leettrack.core.errors import error_response
from leettrack.core.logging import request_id_var

access_log = logging.getLogger("leettrack.access")
logger = logging.getLogger("leettrack.errors")
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_SHUTTING_DOWN = "The server is shutting down; retry shortly"


class RequestContextMiddleware:
    """Give each request an id (echoing a sane client-sent `X-Request-ID`) and log it once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = sent if _VALID_REQUEST_ID.match(sent) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status, status_sent = 500, False

        async def send_with_id(message: Message) -> None:
            nonlocal status, status_sent
            if message["type"] == "http.response.start":
                status, status_sent = message["status"], True
                message.setdefault("headers", [])
                message["headers"] = [
                    *message["headers"],
                    (b"x-request-id", request_id.encode("latin-1")),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except asyncio.CancelledError:
            # The server gave up on the request (its shutdown grace period ended): the client
            # is told to retry, then the cancellation goes on.
            if not status_sent:
                with contextlib.suppress(Exception):
                    await error_response(
                        503,
                        "SERVICE_UNAVAILABLE",
                        _SHUTTING_DOWN,
                        headers={"Retry-After": "1", "Connection": "close"},
                    )(scope, receive, send_with_id)
            raise
        except Exception:
            # Logged here, inside the request's context, and answered without a trace.
            logger.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if status_sent:
                raise
            await error_response(500, "INTERNAL_ERROR", "An unexpected error occurred")(
                scope, receive, send_with_id
            )
        finally:
            access_log.info(
                "%s %s %s %.1fms",
                scope["method"],
                scope["path"],
                status,
                (time.perf_counter() - started) * 1000,
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id_var.reset(token)


_CLOSE = {"Connection": "close"}  # the rest of the body is never read


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Request body exceeds the limit of {limit} bytes", _CLOSE)


class BodySizeLimitMiddleware:
    """Refuse bodies over `max_bytes` with 413 before they are read whole: at once from their
    `Content-Length`, else as soon as the streamed chunks add up to more."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        has_body = False
        for name, value in scope["headers"]:
            if name == b"content-length":
                if value.isdigit() and int(value) > limit:
                    await self._refuse(scope, receive, send)
                    return
                has_body = has_body or value != b"0"
            elif name == b"transfer-encoding":
                has_body = True
        if not has_body:  # nothing to count
            await self.app(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = BodyTooLarge(self.max_bytes).detail
        await error_response(413, "PAYLOAD_TOO_LARGE", message, headers=_CLOSE)(
            scope, receive, send
        )


class CompressionMiddleware:
    """gzip for responses of `minimum_size` bytes or more, when the client accepts it; requests
    that do not accept gzip skip the compressor entirely."""

    def __init__(self, app: ASGIApp, minimum_size: int = 1024, compresslevel: int = 6) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size, compresslevel=compresslevel)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope["headers"]:
                if name == b"accept-encoding":
                    if b"gzip" in value:
                        await self.gzip(scope, receive, send)
                        return
                    break
        await self.app(scope, receive, send)
