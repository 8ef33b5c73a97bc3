"""Account routes under /api/v1/auth (`leettrack.compat` serves the original clients' own).
Login, register and refresh count against the sign-in limit (`leettrack.auth.limits`)."""

from __future__ import annotations

from fastapi import APIRouter, status

from leettrack.auth.deps import Claims, CurrentUser
from leettrack.auth.limits import LoginAttempt, RefreshAttempt, Registration
from leettrack.auth.schemas import (
    AuthTokens,
    ChangePasswordRequest,
    DeleteAccountRequest,
    LogoutRequest,
    UpdateMeRequest,
    UserOut,
)
from leettrack.auth.service import AuthService
from leettrack.core.deps import SessionDep, SettingsDep
from leettrack.core.envelope import Envelope, ok

router = APIRouter(tags=["auth"])


@router.post("/register", status_code=status.HTTP_201_CREATED)
async def register(
    body: Registration, session: SessionDep, settings: SettingsDep
) -> Envelope[AuthTokens]:
    tokens = await AuthService(session, settings).register(body)
    return ok(tokens, "Account created")


@router.post("/login")
async def login(
    body: LoginAttempt, session: SessionDep, settings: SettingsDep
) -> Envelope[AuthTokens]:
    return ok(await AuthService(session, settings).login(body), "Signed in")


@router.post("/refresh")
async def refresh(
    body: RefreshAttempt, session: SessionDep, settings: SettingsDep
) -> Envelope[AuthTokens]:
    return ok(await AuthService(session, settings).refresh(body.refresh_token), "Tokens refreshed")


@router.post("/logout")
async def logout(
    user: CurrentUser,
    claims: Claims,
    session: SessionDep,
    settings: SettingsDep,
    body: LogoutRequest | None = None,
) -> Envelope[None]:
    refresh_token = body.refresh_token if body else None
    await AuthService(session, settings).logout(user, claims, refresh_token)
    return ok(None, "Signed out")


@router.get("/me")
async def me(user: CurrentUser) -> Envelope[UserOut]:
    return ok(UserOut.model_validate(user))


@router.patch("/me")
async def update_me(
    body: UpdateMeRequest, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> Envelope[UserOut]:
    user = await AuthService(session, settings).update_me(user, body)
    return ok(UserOut.model_validate(user), "Profile updated")


@router.post("/change-password")
async def change_password(
    body: ChangePasswordRequest,
    user: CurrentUser,
    claims: Claims,
    session: SessionDep,
    settings: SettingsDep,
) -> Envelope[None]:
    await AuthService(session, settings).change_password(user, claims.session_id, body)
    return ok(None, "Password changed; other sessions were signed out")


@router.delete("/me", response_model=Envelope[None])
async def delete_me(
    body: DeleteAccountRequest, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> object:
    """Delete the account and all its data, after confirming the password."""
    await AuthService(session, settings).delete_account(user, body)
    return ok(None, "Account deleted")
