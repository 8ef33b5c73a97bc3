"""Sign up, sign in and sign out. A sign-up or sign-in that validates counts against the API's
sign-in limit (`leettrack.auth.limits`), per address and per account, in the same budgets; a
refusal is shown on the form with the learner's input kept."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from leettrack.auth.limits import login_attempt, registration
from leettrack.auth.schemas import LoginRequest, RegisterRequest
from leettrack.auth.service import AuthService
from leettrack.core.deps import SessionDep, SettingsDep
from leettrack.core.errors import AppError
from leettrack.web.forms import blank_to_none, form_data, form_failure, parse
from leettrack.web.render import redirect, render
from leettrack.web.session import (
    OptionalWebUser,
    end_browser_session,
    safe_next,
    start_browser_session,
)

router = APIRouter()


@router.get("/signup")
async def signup_page(request: Request, user: OptionalWebUser) -> Response:
    if user is not None:
        return redirect(request, "/")
    return render(request, "signup.html", {"form": {}})


@router.post("/signup")
async def signup(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    form = await form_data(request)
    try:
        body = parse(
            RegisterRequest,
            {
                "username": form.get("username", "").strip(),
                "email": form.get("email", "").strip(),
                "password": form.get("password", ""),
                "leetcode_username": blank_to_none(form.get("leetcode_username", "").strip()),
            },
        )
        await registration(request, body)
        tokens = await AuthService(session, settings).register(body)
    except AppError as error:
        return form_failure(request, "signup.html", error, form=form)
    response = redirect(request, "/", f"Welcome to LeetTrack, {tokens.user.username}!")
    start_browser_session(request, response, tokens, settings)
    return response


@router.get("/signin")
async def signin_page(request: Request, user: OptionalWebUser, next: str = "/") -> Response:
    if user is not None:
        return redirect(request, safe_next(next))
    return render(request, "signin.html", {"form": {"next": safe_next(next)}})


@router.post("/signin")
async def signin(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    form = await form_data(request)
    identifier = form.get("identifier", "").strip()
    try:
        field = "email" if "@" in identifier else "username"
        body = parse(LoginRequest, {field: identifier, "password": form.get("password", "")})
        await login_attempt(request, body)
        tokens = await AuthService(session, settings).login(body)
    except AppError as error:
        return form_failure(request, "signin.html", error, form=form)
    response = redirect(request, safe_next(form.get("next")), "Signed in")
    start_browser_session(request, response, tokens, settings)
    return response


@router.post("/signout")
async def signout(
    request: Request, user: OptionalWebUser, session: SessionDep, settings: SettingsDep
) -> Response:
    """Revoke the server-side session at once, then forget the cookie."""
    if user is not None:
        await AuthService(session, settings).logout(user, request.state.access_claims, None)
    response = redirect(request, "/signin", "Signed out", kind="info")
    end_browser_session(request, response)
    return response
