"""The response envelope every JSON answer is wrapped in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from starlette.responses import Response

T = TypeVar("T")


class Envelope(BaseModel, Generic[T]):
    success: bool = True
    data: T
    message: str | None = None


class ListMeta(BaseModel):
    total: int
    limit: int
    offset: int


class ListEnvelope(BaseModel, Generic[T]):
    success: bool = True
    data: list[T]
    meta: ListMeta
    message: str | None = None


class ErrorInfo(BaseModel):
    code: str
    message: str
    details: dict[str, Any] = {}


class ErrorEnvelope(BaseModel):
    success: bool = False
    error: ErrorInfo


def ok(data: T, message: str | None = None) -> Envelope[T]:
    """`data` in an envelope; the route's response model validates and serialises it."""
    return Envelope[Any](data=data, message=message)


def ok_bytes(data: Any, message: str | None = None) -> bytes:
    """The JSON of `ok(data)`, serialised at once: for hot routes, which answer it through
    `json_response` and skip FastAPI's second validation of the model."""
    return Envelope[Any](data=data, message=message).model_dump_json().encode()


def json_response(body: bytes) -> Response:
    """Bytes already in the shape of the route's declared `response_model` (tested to match)."""
    return Response(body, media_type="application/json")


def page(items: Sequence[T], *, total: int, limit: int, offset: int) -> ListEnvelope[T]:
    return ListEnvelope[Any](
        data=list(items), meta=ListMeta(total=total, limit=limit, offset=offset)
    )


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope, "description": description}
    for status, description in {
        400: "Bad request",
        401: "Missing, invalid or expired credentials",
        403: "Not allowed",
        404: "Not found",
        409: "Conflict",
        413: "Payload too large",
        422: "Validation error",
        429: "Rate limited",
        500: "Internal error",
        502: "Upstream error",
        503: "Service unavailable",
    }.items()
}
