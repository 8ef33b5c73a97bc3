"""Dependencies that resolve the caller from the bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from leettrack.auth.models import User
from leettrack.auth.service import AuthService, authenticate_reader
from leettrack.auth.sessions import SessionCache
from leettrack.core.deps import SessionDep, SettingsDep
from leettrack.core.errors import Forbidden, Unauthorized
from leettrack.core.security import AccessClaims

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


def _signed_in(request: Request, user: User, claims: AccessClaims) -> User:
    request.state.access_claims = claims
    request.state.user_id = user.id
    return user


async def get_optional_user(
    request: Request, credentials: Credentials, session: SessionDep, settings: SettingsDep
) -> User | None:
    token = _bearer_token(request, credentials)
    if token is None:
        return None
    sessions: SessionCache | None = getattr(request.app.state, "sessions", None)
    user, claims = await AuthService(session, settings).authenticate(token, sessions)
    return _signed_in(request, user, claims)


async def get_optional_reader(request: Request, credentials: Credentials) -> User | None:
    """The caller of a read-only route, as `get_optional_user` finds it but with no database
    session of the request's (`authenticate_reader`): a detached user, never to be written."""
    token = _bearer_token(request, credentials)
    if token is None:
        return None
    state = request.app.state
    sessions: SessionCache | None = getattr(state, "sessions", None)
    user, claims = await authenticate_reader(state.db, state.settings, token, sessions)
    return _signed_in(request, user, claims)


async def get_reader(user: Annotated[User | None, Depends(get_optional_reader)]) -> User:
    if user is None:
        raise Unauthorized()
    return user


async def get_current_user(user: Annotated[User | None, Depends(get_optional_user)]) -> User:
    if user is None:
        raise Unauthorized()
    return user


async def get_admin_user(user: Annotated[User, Depends(get_current_user)]) -> User:
    if not user.is_admin:
        raise Forbidden("Administrator rights required")
    return user


async def get_access_claims(
    request: Request, _user: Annotated[User, Depends(get_current_user)]
) -> AccessClaims:
    claims: AccessClaims = request.state.access_claims
    return claims


OptionalUser = Annotated[User | None, Depends(get_optional_user)]
CurrentUser = Annotated[User, Depends(get_current_user)]
OptionalReader = Annotated[User | None, Depends(get_optional_reader)]
Reader = Annotated[User, Depends(get_reader)]
AdminUser = Annotated[User, Depends(get_admin_user)]
Claims = Annotated[AccessClaims, Depends(get_access_claims)]
