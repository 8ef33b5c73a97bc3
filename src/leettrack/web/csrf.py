"""CSRF protection for every state-changing page request (signed double submit + Origin check).

Each browser gets a random `lt_csrf` cookie (httpOnly, SameSite=Lax). Pages embed
`HMAC(secret, cookie)` as the token: forms carry it in the hidden field `csrf_token`
(`{{ csrf_field() }}`), scripts send it in the `X-CSRF-Token` header (read from
`<meta name="csrf-token">`). A POST, PUT, PATCH or DELETE is refused unless the token matches the
cookie and, when the browser names an Origin, that origin is this site. Another site can neither
read the cookie nor compute the token, so it cannot forge a request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from leettrack.core.errors import AppError
from leettrack.settings import Settings
from leettrack.web.session import is_https

CSRF_COOKIE = "lt_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
REFUSED = "This form has expired or did not come from this site; reload the page and try again."


class CsrfRefused(AppError):
    status_code, code = 403, "CSRF_FAILED"

    def __init__(self) -> None:
        super().__init__(REFUSED)


def _sign(value: str, settings: Settings) -> str:
    key = settings.jwt_secret.encode()
    return hmac.new(key, b"csrf|" + value.encode(), hashlib.sha256).hexdigest()


def csrf_token(request: Request) -> str:
    """This browser's token; a browser without the cookie gets one with this response."""
    settings: Settings = request.app.state.settings
    cookie = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf_cookie", None)
    if not cookie:
        cookie = secrets.token_urlsafe(32)
        request.state.new_csrf_cookie = cookie
    return _sign(cookie, settings)


def csrf_field(request: Request) -> Markup:
    """The hidden input every POST form includes."""
    token = escape(csrf_token(request))
    return Markup(f'<input type="hidden" name="{CSRF_FIELD}" value="{token}">')  # noqa: S704


def set_csrf_cookie(request: Request, response: Response) -> None:
    """Attach the cookie `csrf_token` created for this request, if it created one."""
    cookie = getattr(request.state, "new_csrf_cookie", None)
    if cookie:
        response.set_cookie(
            CSRF_COOKIE,
            cookie,
            path="/",
            httponly=True,
            secure=is_https(request),
            samesite="lax",
        )


def _same_origin(request: Request) -> bool:
    """A named Origin must be this site. None (older browsers) and `null` (what browsers send
    under `Referrer-Policy: no-referrer`, which every page has) pass on the token alone."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return True
    scheme, _, host = origin.partition("://")
    return scheme in {"http", "https"} and host == request.headers.get("host")


async def verify_csrf(request: Request) -> None:
    """Router dependency: refuse a state-changing request without a valid token."""
    if request.method in SAFE_METHODS:
        return
    cookie = request.cookies.get(CSRF_COOKIE)
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        submitted = value if isinstance(value, str) else None
    if not cookie or not submitted or not _same_origin(request):
        raise CsrfRefused()
    if not hmac.compare_digest(submitted, _sign(cookie, request.app.state.settings)):
        raise CsrfRefused()
