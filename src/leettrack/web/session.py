"""Browser sessions: the sign-in of `auth`, carried in an httpOnly cookie.

Signing in through a page opens the same server-side session (`auth_sessions` row) as the JSON
API's login. The cookie holds a signed token naming that session, which lives as long as a
refresh token would, and every request checks it as the API checks a bearer token
(`leettrack.auth.deps.user_of_token`); so signing out (or changing the password elsewhere)
revokes it at once and an old cookie is refused. No token is ever readable by JavaScript, and
none goes to localStorage.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import RedirectResponse, Response

from leettrack.auth.deps import SignedIn, user_of_token
from leettrack.auth.models import User
from leettrack.auth.schemas import AuthTokens
from leettrack.core.deps import SessionDep, SettingsDep
from leettrack.core.errors import AppError
from leettrack.core.security import (
    SESSION_COOKIE,
    AccessClaims,
    create_access_token,
    decode_access_token,
)
from leettrack.settings import Settings

SIGN_IN_PATH = "/signin"


class SignInRequired(Exception):
    """Raised by `current_user` on a page when nobody is signed in: answered by a redirect."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def is_https(request: Request) -> bool:
    """Served over HTTPS: Uvicorn already applies X-Forwarded-Proto from trusted proxies."""
    return request.url.scheme == "https"


def browser_token(tokens: AuthTokens, settings: Settings) -> str:
    """The cookie value for a fresh sign-in: the session of `tokens`, for a refresh lifetime."""
    claims = decode_access_token(
        tokens.access_token, secret=settings.jwt_secret, algorithm=settings.jwt_algorithm
    )
    return create_access_token(
        user_id=claims.user_id,
        session_id=claims.session_id,
        secret=settings.jwt_secret,
        algorithm=settings.jwt_algorithm,
        lifetime_seconds=settings.jwt_refresh_expires_in,
    )


def start_browser_session(
    request: Request, response: Response, tokens: AuthTokens, settings: Settings
) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        browser_token(tokens, settings),
        max_age=settings.jwt_refresh_expires_in,
        path="/",
        httponly=True,
        secure=is_https(request),
        samesite="lax",
    )


def end_browser_session(request: Request, response: Response) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, secure=is_https(request), samesite="lax"
    )


async def optional_user(
    request: Request, session: SessionDep, settings: SettingsDep
) -> User | None:
    """The signed-in user of the cookie, or None (no cookie, expired, revoked or forged)."""
    if hasattr(request.state, "web_user"):
        cached: User | None = request.state.web_user
        return cached
    user: User | None = None
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        try:
            user = await user_of_token(request, token, session, settings)
        except AppError:  # expired, revoked, forged or for a disabled account
            user = None
    request.state.web_user = user
    return user


async def current_user(
    user: Annotated[User | None, Depends(optional_user)], request: Request
) -> User:
    """The signed-in user; a page asked for without one redirects to the sign-in page."""
    if user is None:
        path = request.url.path
        query = request.url.query
        raise SignInRequired(f"{path}?{query}" if query else path)
    return user


WEB = SignedIn(current_user)


def safe_next(target: str | None, default: str = "/") -> str:
    """A same-site path to go to after signing in: anything else falls back to `default`."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    return target


def sign_in_redirect(exc: SignInRequired) -> RedirectResponse:
    return RedirectResponse(f"{SIGN_IN_PATH}?{urlencode({'next': exc.next_path})}", status_code=303)


OptionalWebUser = Annotated[User | None, Depends(optional_user)]
WebUser = Annotated[User, Depends(current_user)]
WebAdmin = Annotated[User, Depends(WEB.admin)]
WebClaims = Annotated[AccessClaims, Depends(WEB.claims)]
