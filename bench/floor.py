"""The floor: a bare Starlette app answering the same bytes the measured endpoint answers."""

from __future__ import annotations

import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def create_app() -> Starlette:
    with open(os.environ["FLOOR_BODY_FILE"], "rb") as body_file:
        body = body_file.read()

    async def fixed(_request: Request) -> Response:
        return Response(body, media_type="application/json")

    async def health(_request: Request) -> Response:
        return Response(b'{"success":true}', media_type="application/json")

    return Starlette(
        routes=[Route("/health", health), Route("/{path:path}", fixed, methods=["GET", "PUT"])]
    )
