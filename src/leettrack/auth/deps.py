"""Dependencies that resolve the caller from an access token: the API's come from the bearer
header; the web app (`leettrack.web.session`) feeds the same ones from its session cookie."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from leettrack.auth.models import User
from leettrack.auth.service import AuthService, authenticate_reader
from leettrack.auth.sessions import SessionCache
from leettrack.core.deps import SessionDep, SettingsDep
from leettrack.core.errors import Forbidden, Unauthorized
from leettrack.core.routes import NotPlain
from leettrack.core.security import AccessClaims, request_claims

bearer = HTTPBearer(auto_error=False, description="Access token from /api/v1/auth/login")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _bearer_token(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str | None:
    if credentials is None:
        if request.headers.get("authorization"):
            raise Unauthorized("Malformed Authorization header; use 'Bearer <token>'")
        return None
    if credentials.scheme.lower() != "bearer":
        raise Unauthorized("Malformed Authorization header; use 'Bearer <token>'")
    return credentials.credentials


def _claims(request: Request, token: str) -> AccessClaims:
    """The token's claims, verified once per request (`request_claims`: the global rate limit
    did it first)."""
    settings = request.app.state.settings
    return request_claims(
        request.scope, token, secret=settings.jwt_secret, algorithm=settings.jwt_algorithm
    )


def _signed_in(request: Request, user: User, claims: AccessClaims) -> User:
    request.state.access_claims = claims
    request.state.user_id = user.id
    return user


async def user_of_token(
    request: Request, token: str, session: SessionDep, settings: SettingsDep
) -> User:
    """The active user of the request's access token, its claims kept in `request.state`."""
    claims = _claims(request, token)
    sessions: SessionCache | None = getattr(request.app.state, "sessions", None)
    user = await AuthService(session, settings).session_user(claims, sessions)
    return _signed_in(request, user, claims)


async def get_optional_user(
    request: Request, credentials: Credentials, session: SessionDep, settings: SettingsDep
) -> User | None:
    token = _bearer_token(request, credentials)
    if token is None:
        return None
    return await user_of_token(request, token, session, settings)


async def get_optional_reader(request: Request, credentials: Credentials) -> User | None:
    """The caller of a read-only route, as `get_optional_user` finds it but with no database
    session of the request's (`authenticate_reader`): a detached user, never to be written."""
    token = _bearer_token(request, credentials)
    if token is None:
        return None
    return await _reader_of_token(request, token)


async def _reader_of_token(request: Request, token: str) -> User:
    claims = _claims(request, token)
    state = request.app.state
    sessions: SessionCache | None = getattr(state, "sessions", None)
    user = await authenticate_reader(state.db, state.settings, claims, sessions)
    return _signed_in(request, user, claims)


async def lean_optional_reader(request: Request) -> User | None:
    """`get_optional_reader` for a lean route (`core.routes.LeanRoute`): None without an
    Authorization header, the caller of a `Bearer <token>` one; any other header is not plain
    (the route's own handling refuses it)."""
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token or " " in token:
        raise NotPlain
    return await _reader_of_token(request, token)


async def lean_reader(request: Request) -> User:
    """`get_reader` for a lean route: anonymous is not plain (the route's handling answers 401)."""
    user = await lean_optional_reader(request)
    if user is None:
        raise NotPlain
    return user


async def get_reader(user: Annotated[User | None, Depends(get_optional_reader)]) -> User:
    if user is None:
        raise Unauthorized()
    return user


async def get_current_user(user: Annotated[User | None, Depends(get_optional_user)]) -> User:
    if user is None:
        raise Unauthorized()
    return user


class SignedIn:
    """What follows from a dependency that finds the signed-in user: the administrator check and
    the session's claims. One for the API's bearer header (below) and one for the web app's
    cookie, which refuses with a redirect to its sign-in page instead of a 401."""

    def __init__(self, current_user: Callable[..., Awaitable[User]]) -> None:
        async def admin(user: User = Depends(current_user)) -> User:
            if not user.is_admin:
                raise Forbidden("Administrator rights required")
            return user

        async def claims(request: Request, _user: User = Depends(current_user)) -> AccessClaims:
            found: AccessClaims = request.state.access_claims
            return found

        self.admin = admin
        self.claims = claims


API = SignedIn(get_current_user)
OptionalUser = Annotated[User | None, Depends(get_optional_user)]
CurrentUser = Annotated[User, Depends(get_current_user)]
OptionalReader = Annotated[User | None, Depends(get_optional_reader)]
Reader = Annotated[User, Depends(get_reader)]
AdminUser = Annotated[User, Depends(API.admin)]
Claims = Annotated[AccessClaims, Depends(API.claims)]
