"""Errors on pages are pages: an `AppError` raised by a page route, an unknown address asked for
by a browser, and a signed-out visit (a redirect to the sign-in page). API answers are unchanged."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from leettrack.core.errors import AppError
from leettrack.core.security import SESSION_COOKIE
from leettrack.web.render import render, wants_json
from leettrack.web.session import (
    SignInRequired,
    end_browser_session,
    optional_user,
    sign_in_redirect,
)

ApiHandler = Callable[[Request, Any], Response | Awaitable[Response]]
Handler = Callable[[Request, Exception], Awaitable[Response]]
API_PREFIXES = ("/api", "/legacy", "/health", "/metrics", "/openapi.json", "/static/", "/docs")
TITLES = {403: "Not allowed", 404: "Page not found", 405: "Not allowed", 429: "Too many requests"}


def _is_page(request: Request) -> bool:
    if wants_json(request):  # app.js posting a form: it reads the JSON envelope
        return False
    if getattr(request.state, "web_page", False):
        return True
    accepts_html = "text/html" in request.headers.get("accept", "")
    return accepts_html and not request.url.path.startswith(API_PREFIXES)


async def error_page(request: Request, status_code: int, detail: str) -> Response:
    if not hasattr(request.state, "web_user"):  # the error came before the page looked
        database = request.app.state.db
        async with database.sessionmaker() as session:
            await optional_user(request, session, request.app.state.settings)
    title = TITLES.get(status_code, "Something went wrong")
    return render(
        request, "error.html", {"title": title, "detail": detail}, status_code=status_code
    )


def _html_for_pages(api_handler: ApiHandler) -> Handler:
    async def handler(request: Request, exc: Exception) -> Response:
        if not _is_page(request):
            answer = api_handler(request, exc)
            return await answer if inspect.isawaitable(answer) else answer
        if isinstance(exc, AppError):
            response = await error_page(request, exc.status_code, exc.message)
            if "Retry-After" in (exc.headers or {}):
                response.headers["Retry-After"] = (exc.headers or {})["Retry-After"]
            return response
        assert isinstance(exc, StarletteHTTPException)
        detail = "There is no page at this address." if exc.status_code == 404 else str(exc.detail)
        return await error_page(request, exc.status_code, detail)

    return handler


async def _signed_out(request: Request, exc: Exception) -> Response:
    """To the sign-in page; a cookie that no longer names a live session is dropped."""
    assert isinstance(exc, SignInRequired)
    response = sign_in_redirect(exc)
    if SESSION_COOKIE in request.cookies:
        end_browser_session(request, response)
    return response


def install_page_errors(app: FastAPI) -> None:
    for kind in (AppError, StarletteHTTPException):
        app.add_exception_handler(kind, _html_for_pages(app.exception_handlers[kind]))
    app.add_exception_handler(SignInRequired, _signed_out)
