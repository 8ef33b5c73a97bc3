"""Rendering pages: the Jinja2 environment, `render`, redirects and one-time flash messages.

Every template sees `user` (or None), `asset(name)`, `csrf_field()`, `csrf_token()`, the
flash `messages` left by the previous redirect, and `request`.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from leettrack.core.envelope import ok
from leettrack.web.assets import asset
from leettrack.web.csrf import csrf_field, csrf_token, set_csrf_cookie
from leettrack.web.humanize import in_days, interval
from leettrack.web.session import is_https

TEMPLATES_DIR = Path(__file__).parent / "templates"
FLASH_COOKIE = "lt_flash"
MessageKind = Literal["success", "info", "error"]

templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.globals["asset"] = asset
templates.env.filters["in_days"] = in_days
templates.env.filters["interval"] = interval
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True


@dataclass(frozen=True)
class Message:
    kind: MessageKind
    text: str


def _read_flash(request: Request) -> list[Message]:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return []
    try:
        items = json.loads(base64.urlsafe_b64decode(raw.encode()))
        return [
            Message(kind, str(text)) for kind, text in items if kind in ("success", "info", "error")
        ][:5]
    except (ValueError, TypeError):
        return []


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Render `template` as a full page; also sets the CSRF cookie and spends the flash."""
    messages = _read_flash(request)
    values: dict[str, Any] = {
        "user": getattr(request.state, "web_user", None),
        "messages": messages,
        "error": None,
        "field_errors": {},
        "csrf_field": lambda: csrf_field(request),
        "csrf_token": lambda: csrf_token(request),
        **(context or {}),
    }
    response = templates.TemplateResponse(
        request, template, values, status_code=status_code, headers=headers
    )
    response.headers["Cache-Control"] = "no-store"
    set_csrf_cookie(request, response)
    if FLASH_COOKIE in request.cookies:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def flash(request: Request, response: Response, text: str, kind: MessageKind = "success") -> None:
    """Show `text` once, on the next page this browser renders."""
    pending = [(m.kind, m.text) for m in _read_flash(request)] + [(kind, text)]
    value = base64.urlsafe_b64encode(json.dumps(pending).encode()).decode()
    response.set_cookie(
        FLASH_COOKIE, value, path="/", httponly=True, secure=is_https(request), samesite="lax"
    )


def redirect(
    request: Request, url: str, message: str | None = None, kind: MessageKind = "success"
) -> RedirectResponse:
    """The answer to a successful form POST: 303 to `url`, with an optional flash message."""
    response = RedirectResponse(url, status_code=303)
    if message:
        flash(request, response, message, kind)
    return response


def wants_json(request: Request) -> bool:
    """A script (app.js) asked: it sends `Accept: application/json`; a plain form does not."""
    return request.headers.get("accept", "").startswith("application/json")


def done(request: Request, url: str, message: str, data: object = None) -> Response:
    """The answer to a successful change: the JSON envelope for a script, else a redirect."""
    if wants_json(request):
        return JSONResponse(jsonable_encoder(ok(data, message)))
    return redirect(request, url, message)
