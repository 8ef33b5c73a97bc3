"""Settings: profile and scheduler settings, password, export and account deletion."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from leettrack.auth.models import User
from leettrack.auth.schemas import ChangePasswordRequest, DeleteAccountRequest, UpdateMeRequest
from leettrack.auth.service import AuthService
from leettrack.core.deps import SessionDep, SettingsDep
from leettrack.core.errors import AppError
from leettrack.db import utcnow
from leettrack.progress.export import export_account
from leettrack.web.forms import InvalidForm, blank_to_none, form_data, form_failure, parse
from leettrack.web.render import redirect, render
from leettrack.web.session import WebClaims, WebUser, end_browser_session

router = APIRouter()
PASSWORDS_DIFFER = "The two new passwords differ"


def profile_form(user: User) -> dict[str, str]:
    return {
        "email": user.email,
        "leetcode_username": user.leetcode_username or "",
        "timezone": user.timezone,
        "desired_retention": f"{user.desired_retention:g}",
        "maximum_interval_days": str(user.maximum_interval_days),
    }


def settings_page(request: Request, user: User, **context: Any) -> dict[str, Any]:
    """The page's context: each of its forms starts from the saved values."""
    return {"profile": profile_form(user), "password": {}, "delete": {}} | context


@router.get("/settings")
async def settings(request: Request, user: WebUser) -> Response:
    return render(request, "settings.html", settings_page(request, user))


@router.post("/settings")
async def update_settings(
    request: Request, user: WebUser, session: SessionDep, settings: SettingsDep
) -> Response:
    form = await form_data(request)
    fields: dict[str, Any] = {
        "leetcode_username": blank_to_none(form.get("leetcode_username", "").strip()),
        "timezone": form.get("timezone", "").strip(),
        "desired_retention": form.get("desired_retention", "").strip(),
        "maximum_interval_days": form.get("maximum_interval_days", "").strip(),
    }
    if form.get("email", "").strip():
        fields["email"] = form["email"].strip()
    try:
        await AuthService(session, settings).update_me(user, parse(UpdateMeRequest, fields))
    except AppError as error:
        await session.rollback()
        await session.refresh(user)
        context = settings_page(request, user, profile=form)
        return form_failure(request, "settings.html", error, **context)
    return redirect(request, "/settings", "Settings saved")


@router.post("/settings/password")
async def change_password(
    request: Request, user: WebUser, claims: WebClaims, session: SessionDep, settings: SettingsDep
) -> Response:
    form = await form_data(request)
    try:
        if form.get("new_password") != form.get("confirm_password"):
            raise InvalidForm({"confirm_password": PASSWORDS_DIFFER})
        body = parse(
            ChangePasswordRequest,
            {
                "current_password": form.get("current_password", ""),
                "new_password": form.get("new_password", ""),
            },
        )
        await AuthService(session, settings).change_password(user, claims.session_id, body)
    except AppError as error:
        return form_failure(request, "settings.html", error, **settings_page(request, user))
    return redirect(request, "/settings", "Password changed; your other sessions were signed out")


@router.get("/settings/export")
async def export(user: WebUser, session: SessionDep) -> Response:
    """The same document as `GET /api/v1/auth/me/export`, as a file to keep."""
    document = await export_account(session, user)
    name = f"leettrack-{user.username}-{utcnow():%Y-%m-%d}.json"
    return Response(
        document.model_dump_json(indent=2),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/settings/delete")
async def delete_account(
    request: Request, user: WebUser, session: SessionDep, settings: SettingsDep
) -> Response:
    form = await form_data(request)
    try:
        body = parse(DeleteAccountRequest, {"password": form.get("password", "")})
        await AuthService(session, settings).delete_account(user, body)
    except AppError as error:
        return form_failure(request, "settings.html", error, **settings_page(request, user))
    response = redirect(request, "/signup", "Your account and all its data were deleted", "info")
    end_browser_session(request, response)
    return response
