"""The edge middleware: what every HTTP request passes through, in one pure ASGI layer.

In order, around the application: metrics (every answer, including the ones made here),
gzip, security headers, the request id with its access log and the last-resort 500, the body
size limit. One layer rather than one per concern: each layer costs a call and a wrapped `send`
per request, and these run on every request. CORS, when configured, sits inside it (Starlette's
`CORSMiddleware`); the refusals made here (413) go through the same CORS policy.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
import uuid
from typing import Any

from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leettrack.core.errors import error_response
from leettrack.core.logging import request_id_var
from leettrack.core.metrics import IN_FLIGHT, RequestMetrics
from leettrack.core.security_headers import SecurityHeaders

access_log = logging.getLogger("leettrack.access")
logger = logging.getLogger("leettrack.errors")
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_SHUTTING_DOWN = "The server is shutting down; retry shortly"
_CLOSE = {"Connection": "close"}  # the rest of the body is never read


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Request body exceeds the limit of {limit} bytes", _CLOSE)


class EdgeMiddleware:
    """Request id (echoing a sane client-sent `X-Request-ID`) and one access-log line per
    request; a 500 without a trace for an unhandled error (503 when the server gives up on a
    request while shutting down); with `max_body_bytes`, bodies over it refused with 413
    before they are read whole (at once from `Content-Length`, else as soon as the streamed
    chunks add up to more); with `security`, its headers; with `gzip_minimum_bytes`, gzip for
    answers that long to clients that accept it; with `metrics`, every answer counted and
    timed. Each part is optional (the executor service uses only the first two)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        metrics: RequestMetrics | None = None,
        security: SecurityHeaders | None = None,
        max_body_bytes: int | None = None,
        gzip_minimum_bytes: int | None = None,
        cors: dict[str, Any] | None = None,
    ) -> None:
        self.app: ASGIApp = CORSMiddleware(app, **cors) if cors is not None else app
        self.cors = cors
        self.metrics = metrics
        self.security = security
        self.max_body_bytes = max_body_bytes
        # the docs pages' inline scripts are hashed before their bytes are compressed
        self.docs_app: ASGIApp = self.app
        if security is not None:
            guard = security

            async def docs_app(scope: Scope, receive: Receive, send: Send) -> None:
                await guard.docs_page(self.app, scope, receive, send)

            self.docs_app = docs_app
        self.gzip: ASGIApp | None = None
        self.docs_gzip: ASGIApp | None = None
        if gzip_minimum_bytes is not None:
            self.gzip = GZipMiddleware(self.app, minimum_size=gzip_minimum_bytes)
            self.docs_gzip = GZipMiddleware(self.docs_app, minimum_size=gzip_minimum_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = ""
        compress = has_body = too_large = False
        limit = self.max_body_bytes
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                sent = value.decode("latin-1")
                request_id = sent if _VALID_REQUEST_ID.match(sent) else ""
            elif name == b"accept-encoding":
                compress = b"gzip" in value
            elif name == b"content-length":
                has_body = has_body or value != b"0"
                too_large = too_large or (
                    limit is not None and value.isdigit() and int(value) > limit
                )
            elif name == b"transfer-encoding":
                has_body = True
        request_id = request_id or uuid.uuid4().hex
        token = request_id_var.set(request_id)
        status, status_sent = 500, False
        security = self.security
        docs = security is not None and scope["path"] in security.docs_paths
        id_header = (b"x-request-id", request_id.encode("latin-1"))

        async def edge_send(message: Message) -> None:
            nonlocal status, status_sent
            if message["type"] == "http.response.start":
                status, status_sent = message["status"], True
                headers = [*message.get("headers", ()), id_header]
                if security is not None and not docs:
                    headers += security.for_answer(headers)
                message["headers"] = headers
            await send(message)

        if self.metrics is not None:
            IN_FLIGHT.inc()
        try:
            if too_large:
                await self._refuse_body(scope, receive, edge_send)
            else:
                if has_body and limit is not None:
                    receive = _counting(receive, limit)
                plain, gzip = (self.docs_app, self.docs_gzip) if docs else (self.app, self.gzip)
                await (gzip if compress and gzip is not None else plain)(scope, receive, edge_send)
        except BodyTooLarge:
            if status_sent:
                raise
            await self._refuse_body(scope, receive, edge_send)
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
                    )(scope, receive, edge_send)
            raise
        except Exception:
            # Logged here, inside the request's context, and answered without a trace.
            logger.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if status_sent:
                raise
            await error_response(500, "INTERNAL_ERROR", "An unexpected error occurred")(
                scope, receive, edge_send
            )
        finally:
            elapsed = time.perf_counter() - started
            if self.metrics is not None:
                IN_FLIGHT.dec()
                self.metrics.observe(scope, status, elapsed)
            if access_log.isEnabledFor(logging.INFO):
                access_log.info(
                    "%s %s %s %.1fms",
                    scope["method"],
                    scope["path"],
                    status,
                    elapsed * 1000,
                    extra={
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "duration_ms": round(elapsed * 1000, 2),
                    },
                )
            request_id_var.reset(token)

    async def _refuse_body(self, scope: Scope, receive: Receive, send: Send) -> None:
        """413, under the CORS policy like any answer of the application."""
        assert self.max_body_bytes is not None
        message = BodyTooLarge(self.max_body_bytes).detail
        refusal: ASGIApp = error_response(413, "PAYLOAD_TOO_LARGE", message, headers=_CLOSE)
        if self.cors is not None:
            refusal = CORSMiddleware(refusal, **self.cors)
        await refusal(scope, receive, send)


def _counting(receive: Receive, limit: int) -> Receive:
    """`receive`, raising `BodyTooLarge` once the body's chunks add up to more than `limit`."""
    received = 0

    async def counting_receive() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(limit)
        return message

    return counting_receive
