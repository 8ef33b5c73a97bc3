"""Today: the home page of a signed-in learner."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from leettrack.web.render import render
from leettrack.web.session import WebUser

router = APIRouter()


@router.get("/")
async def today(request: Request, user: WebUser) -> Response:
    return render(request, "today.html", {})
