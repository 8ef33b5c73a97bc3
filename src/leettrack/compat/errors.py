"""One place where a refusal becomes the client's own error shape.

Every refusal in LeetTrack, wherever it is made (a service, validation, routing, the body-size
limit, the rate limiter, the last-resort handler), is answered as the native error envelope
``{"success": false, "error": {"code", "message", "details"}}``. Under an adapter's prefix
this middleware rewrites that body into the adapter's shape; the status code and the headers
(``Retry-After``, ``X-Request-ID``, ``WWW-Authenticate``, ...) are kept. Successful answers pass
through untouched, without being buffered.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leettrack.core.errors import ValidationFailed


@dataclass(frozen=True, slots=True)
class NativeError:
    status: int
    code: str
    message: str
    details: dict[str, Any]
    request_id: str | None


M = TypeVar("M", bound=BaseModel)
ErrorBody = Callable[[NativeError], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ErrorShape:
    """Errors under ``prefix`` (but not under ``excluded_prefix``) are rendered by ``body``."""

    prefix: str
    body: ErrorBody
    excluded_prefix: str | None = None

    def applies_to(self, path: str) -> bool:
        def under(prefix: str) -> bool:
            return path == prefix or path.startswith(prefix.rstrip("/") + "/")

        excluded = self.excluded_prefix is not None and under(self.excluded_prefix)
        return under(self.prefix) and not excluded


def _native_error(body: bytes, status: int, request_id: str | None) -> NativeError | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    error = data.get("error") if isinstance(data, dict) else None
    if data.get("success") is not False or not isinstance(error, dict):
        return None
    details = error.get("details")
    return NativeError(
        status=status,
        code=str(error.get("code", "ERROR")),
        message=str(error.get("message", "")),
        details=details if isinstance(details, dict) else {},
        request_id=request_id,
    )


class ClientErrorShapes:
    def __init__(self, app: ASGIApp, shapes: Sequence[ErrorShape]) -> None:
        self.app = app
        self.shapes = tuple(shapes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        shape = None
        if scope["type"] == "http" and scope["method"] != "HEAD":  # HEAD has no body to shape
            shape = next((s for s in self.shapes if s.applies_to(scope["path"])), None)
        if shape is None:
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def reshaping_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", ()))
                is_json = headers.get(b"content-type", b"").startswith(b"application/json")
                if message["status"] < 400 or not is_json:
                    await send(message)
                    return
                start = message
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            await _send_reshaped(start, b"".join(chunks), shape, send)

        await self.app(scope, receive, reshaping_send)


async def _send_reshaped(start: Message, body: bytes, shape: ErrorShape, send: Send) -> None:
    headers = [
        (name, value)
        for name, value in start.get("headers", ())
        if name.lower() not in (b"content-length", b"content-encoding")
    ]
    encodings = {name.lower(): value for name, value in start.get("headers", ())}
    if encodings.get(b"content-encoding", b"") == b"gzip":
        body = gzip.decompress(body)
    request_id = encodings.get(b"x-request-id")
    native = _native_error(body, start["status"], request_id.decode() if request_id else None)
    if native is not None:
        body = json.dumps(shape.body(native), separators=(",", ":")).encode()
    headers.append((b"content-length", str(len(body)).encode()))
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def to_native(model: type[M], values: dict[str, Any]) -> M:
    """Build a native request model from a client's values, refusing them exactly as the
    native route would (422 VALIDATION_ERROR with the offending fields)."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        fields = [
            {
                "field": ".".join(str(part) for part in err["loc"]),
                "message": err["msg"],
                "type": err["type"],
            }
            for err in exc.errors()
        ]
        message = "; ".join(f"{f['field'] or 'body'}: {f['message']}" for f in fields)
        raise ValidationFailed(message, details={"fields": fields}) from exc
