"""Application errors and the handlers that render every failure as the error envelope."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from leettrack.core.routes import METHODS, resolve


class AppError(Exception):
    """An expected failure with an HTTP status, a stable code and a human message."""

    status_code = 400
    code = "BAD_REQUEST"

    def __init__(
        self,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        status_code: int | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}
        self.headers = headers
        if status_code is not None:
            self.status_code = status_code
        if code is not None:
            self.code = code


class BadRequest(AppError):
    status_code, code = 400, "BAD_REQUEST"


class Unauthorized(AppError):
    status_code, code = 401, "UNAUTHORIZED"

    def __init__(self, message: str = "Authentication required", **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(message, **kwargs)


class TokenExpired(Unauthorized):
    code = "TOKEN_EXPIRED"


class Forbidden(AppError):
    status_code, code = 403, "FORBIDDEN"


class NotFound(AppError):
    status_code, code = 404, "NOT_FOUND"


class Conflict(AppError):
    status_code, code = 409, "CONFLICT"


class PayloadTooLarge(AppError):
    status_code, code = 413, "PAYLOAD_TOO_LARGE"


class ValidationFailed(AppError):
    status_code, code = 422, "VALIDATION_ERROR"


class _RetryableError(AppError):
    def __init__(self, message: str, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = None if retry_after is None else max(1, round(retry_after))
        if self.retry_after is not None:
            kwargs.setdefault("headers", {"Retry-After": str(self.retry_after)})
        super().__init__(message, **kwargs)


class RateLimited(_RetryableError):
    status_code, code = 429, "RATE_LIMITED"


class UpstreamError(AppError):
    status_code, code = 502, "UPSTREAM_ERROR"


class UpstreamUnavailable(_RetryableError):
    status_code, code = 503, "UPSTREAM_UNAVAILABLE"


class ExecutorUnavailable(_RetryableError):
    status_code, code = 503, "EXECUTOR_UNAVAILABLE"


class ServiceUnavailable(_RetryableError):
    status_code, code = 503, "SERVICE_UNAVAILABLE"


_STATUS_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "VALIDATION_ERROR",
    429: "RATE_LIMITED",
    503: "SERVICE_UNAVAILABLE",
}


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"success": False, "error": {"code": code, "message": message, "details": details or {}}}


def error_response(
    status_code: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(
        error_body(code, message, details), status_code=status_code, headers=headers
    )


def _validation_details(exc: RequestValidationError) -> dict[str, Any]:
    fields = []
    for err in exc.errors():
        location = [str(part) for part in err.get("loc", ())]
        fields.append(
            {
                "field": ".".join(location[1:]) if len(location) > 1 else ".".join(location),
                "location": location[0] if location else "body",
                "message": err.get("msg", "invalid"),
                "type": err.get("type", "value_error"),
            }
        )
    return {"fields": fields}


async def _app_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return error_response(exc.status_code, exc.code, exc.message, exc.details, exc.headers)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(
        exc.status_code, "ERROR" if exc.status_code < 500 else "INTERNAL_ERROR"
    )
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ").capitalize()
    if exc.status_code == 404 and message == "Not Found":
        message = "Resource not found"
    headers = getattr(exc, "headers", None)
    if exc.status_code == 405:
        allowed = allowed_methods(request)
        headers = {**(headers or {}), "Allow": allowed} if allowed else headers
    return error_response(exc.status_code, code, message, headers=headers)


def allowed_methods(request: Request) -> str | None:
    """Every method the documented path serves, for a 405's `Allow` header: the router names
    only the methods of the first route that matched, one of several on the same path."""
    routes = resolve(request.app, request.scope["path"])
    served = {method for route in routes for method in route.methods}
    return ", ".join(method for method in METHODS if method in served) or None


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(
        422, "VALIDATION_ERROR", "Request validation failed", _validation_details(exc)
    )


async def _database_unavailable(_request: Request, _exc: Exception) -> JSONResponse:
    return error_response(
        503,
        "SERVICE_UNAVAILABLE",
        "The database is unavailable; try again shortly",
        headers={"Retry-After": "5"},
    )


async def _unstorable_value(_request: Request, exc: Exception) -> JSONResponse:
    sqlstate = str(getattr(getattr(exc, "orig", None), "sqlstate", "") or "")
    if not isinstance(exc, sa_exc.DataError) and not sqlstate.startswith("22"):
        raise exc  # not bad data: an unexpected error, answered 500 by the middleware
    return error_response(
        422,
        "VALIDATION_ERROR",
        "A value in the request cannot be stored (out of range, or a NUL character)",
    )


DATABASE_UNAVAILABLE_ERRORS: tuple[type[Exception], ...] = (
    sa_exc.OperationalError,
    sa_exc.InterfaceError,
    sa_exc.DisconnectionError,
    sa_exc.TimeoutError,
    ConnectionError,
    TimeoutError,
)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    # Bad data the database refused (SQLSTATE class 22: PostgreSQL text cannot hold NUL,
    # integers overflow); asyncpg's are raised as plain DBAPIError with that SQLSTATE.
    app.add_exception_handler(sa_exc.DBAPIError, _unstorable_value)
    for error in DATABASE_UNAVAILABLE_ERRORS:
        app.add_exception_handler(error, _database_unavailable)
