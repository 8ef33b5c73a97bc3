"""The sign-in limit: `RATE_LIMIT_AUTH_MAX` attempts per `RATE_LIMIT_AUTH_WINDOW_MS` to log in,
register or refresh, per client address and, for a login or a registration, per account (the
identifier a login names, the email a registration gives).

The routes take their body through the dependencies below, so an attempt is counted only once
its body has validated: a malformed one is refused (422) without touching the budgets, and the
account counted is the one the service will look up. The client adapters (`leettrack.compat`)
and the sign-in pages (`leettrack.web`) pass their attempts, made native, through the same
functions, so that every way in shares the same budgets.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from leettrack.auth.schemas import LoginRequest, RefreshRequest, RegisterRequest
from leettrack.core.ratelimit import RouteLimit, account_key, address_key

SIGN_IN = RouteLimit(
    "auth", lambda settings: (settings.rate_limit_auth_max, settings.rate_limit_auth_window_ms)
)


async def login_attempt(request: Request, body: LoginRequest) -> LoginRequest:
    await SIGN_IN.hit(request, address_key(request.scope), account_key(body.identifier))
    return body


async def registration(request: Request, body: RegisterRequest) -> RegisterRequest:
    await SIGN_IN.hit(request, address_key(request.scope), account_key(body.email))
    return body


async def count_refresh(request: Request) -> None:
    await SIGN_IN.hit(request, address_key(request.scope))


async def refresh_attempt(request: Request, body: RefreshRequest) -> RefreshRequest:
    await count_refresh(request)
    return body


LoginAttempt = Annotated[LoginRequest, Depends(login_attempt)]
Registration = Annotated[RegisterRequest, Depends(registration)]
RefreshAttempt = Annotated[RefreshRequest, Depends(refresh_attempt)]
