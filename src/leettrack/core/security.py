"""Password hashing off the event loop, JWT access tokens, opaque refresh tokens."""

from __future__ import annotations

import asyncio
import hashlib
import os
import secrets
import uuid
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

import anyio
import anyio.to_thread
import bcrypt
import jwt
from starlette.types import Scope

from leettrack.core.errors import AppError, TokenExpired, Unauthorized
from leettrack.db import utcnow

MAX_PASSWORD_BYTES = 72  # bcrypt ignores everything past 72 bytes; we refuse instead
ACCESS_TOKEN_TYPE = "access"  # noqa: S105 - a claim value, not a secret
SESSION_COOKIE = "lt_session"  # the web app's sign-in: an access token for a browser session


def _hash_sync(password: str, rounds: int) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=rounds)).decode()


def _verify_sync(password: str, password_hash: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode(), password_hash.encode())
    except ValueError:
        return False


_HASHERS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = (
    weakref.WeakKeyDictionary()
)


def _hashers() -> anyio.CapacityLimiter:
    """At most one bcrypt hash per CPU at a time: more would hash no faster, only take the CPU
    from the event loop, which then answers everything else (a health probe) late."""
    loop = asyncio.get_running_loop()
    limiter = _HASHERS.get(loop)
    if limiter is None:
        limiter = _HASHERS[loop] = anyio.CapacityLimiter(os.cpu_count() or 1)
    return limiter


async def hash_password(password: str, rounds: int) -> str:
    return await anyio.to_thread.run_sync(_hash_sync, password, rounds, limiter=_hashers())


async def verify_password(password: str, password_hash: str) -> bool:
    return await anyio.to_thread.run_sync(_verify_sync, password, password_hash, limiter=_hashers())


@lru_cache(maxsize=8)
def dummy_hash(rounds: int) -> str:
    """A hash to check against for unknown users, so that they take as long as wrong passwords."""
    return _hash_sync(secrets.token_urlsafe(16), rounds)


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    session_id: str
    expires_at: datetime


def create_access_token(
    *, user_id: int, session_id: str, secret: str, algorithm: str, lifetime_seconds: int
) -> str:
    now = utcnow()
    claims = {
        "sub": str(user_id),
        "sid": session_id,
        "type": ACCESS_TOKEN_TYPE,
        "iat": now,
        "exp": now + timedelta(seconds=lifetime_seconds),
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, secret, algorithm=algorithm)


_VERIFIED: dict[tuple[str, str, str], AccessClaims] = {}
MAX_VERIFIED = 10_000


def decode_access_token(token: str, *, secret: str, algorithm: str) -> AccessClaims:
    """Verify signature, algorithm and expiry; `alg: none` and foreign algorithms are refused.
    A token's claims never change, so each process remembers the tokens it has verified (with
    the secret and algorithm they were verified with) and checks only their expiry again."""
    key = (token, secret, algorithm)
    known = _VERIFIED.get(key)
    if known is not None:
        if known.expires_at <= utcnow():
            raise TokenExpired("Access token has expired")
        return known
    claims = _verify_access_token(token, secret=secret, algorithm=algorithm)
    if len(_VERIFIED) >= MAX_VERIFIED:
        _VERIFIED.clear()
    _VERIFIED[key] = claims
    return claims


def _verify_access_token(token: str, *, secret: str, algorithm: str) -> AccessClaims:
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[algorithm],
            options={"require": ["exp", "sub", "sid", "type"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise TokenExpired("Access token has expired") from exc
    except jwt.InvalidTokenError as exc:
        raise Unauthorized("Invalid access token") from exc
    if claims.get("type") != ACCESS_TOKEN_TYPE:
        raise Unauthorized("Invalid access token")
    try:
        user_id = int(claims["sub"])
    except (TypeError, ValueError) as exc:
        raise Unauthorized("Invalid access token") from exc
    return AccessClaims(
        user_id=user_id,
        session_id=str(claims["sid"]),
        expires_at=datetime.fromtimestamp(claims["exp"], tz=utcnow().tzinfo),
    )


_REQUEST_CLAIMS = "access_token_claims"  # the request state's entry: (token, claims or error)


def request_claims(scope: Scope, token: str, *, secret: str, algorithm: str) -> AccessClaims:
    """`decode_access_token` once per request: the global rate limit identifies the caller with
    it before routing, and the route's authentication reads the same result (or error) from the
    request's state instead of verifying the token again."""
    state = scope.setdefault("state", {})
    known: tuple[str, AccessClaims | AppError] | None = state.get(_REQUEST_CLAIMS)
    if known is None or known[0] != token:
        try:
            result: AccessClaims | AppError = decode_access_token(
                token, secret=secret, algorithm=algorithm
            )
        except AppError as exc:
            result = exc
        known = state[_REQUEST_CLAIMS] = (token, result)
    if isinstance(known[1], AppError):
        raise known[1]
    return known[1]


def new_refresh_token() -> str:
    return secrets.token_urlsafe(48)


def hash_refresh_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
