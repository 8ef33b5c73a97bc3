"""The translation of refusals into each client's error shape, on its own and end to end."""

from __future__ import annotations

import gzip
import json
from typing import Any

import httpx
from fastapi import FastAPI
from starlette.types import Receive, Scope, Send

from leettrack import compat
from leettrack.app import create_app
from leettrack.compat.errors import ClientErrorShapes
from leettrack.settings import Settings

NATIVE = {
    "success": False,
    "error": {"code": "NOT_FOUND", "message": "No such thing", "details": {}},
}


def answering(status: int, body: bytes, *headers: tuple[bytes, bytes]) -> Any:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), *headers],
            }
        )
        # in two chunks, as a streaming layer may send it
        await send({"type": "http.response.body", "body": body[:5], "more_body": True})
        await send({"type": "http.response.body", "body": body[5:]})

    return app


async def call(app: Any, path: str) -> httpx.Response:
    shaped = ClientErrorShapes(app, shapes=compat.SHAPES)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=shaped), base_url="http://t"
    ) as http:
        return await http.get(path)


async def test_a_compressed_refusal_is_reshaped_and_sent_plain() -> None:
    body = gzip.compress(json.dumps(NATIVE).encode())
    app = answering(404, body, (b"content-encoding", b"gzip"), (b"x-request-id", b"abc"))
    response = await call(app, "/legacy/api/v1/anything")
    assert response.status_code == 404
    assert "content-encoding" not in response.headers
    assert response.json() == {"status": "error", "message": "No such thing", "error": "not_found"}
    portal = await call(answering(404, body, (b"content-encoding", b"gzip")), "/api/thing")
    assert portal.json()["error"] == "No such thing"


async def test_success_and_native_paths_pass_through_untouched() -> None:
    ok = json.dumps({"success": True, "data": 1, "message": None}).encode()
    assert (await call(answering(200, ok), "/api/exercises")).content == ok
    native = json.dumps(NATIVE).encode()
    assert (await call(answering(404, native), "/api/v1/exercises/x")).json() == NATIVE
    assert (await call(answering(404, native), "/apiary")).json() == NATIVE
    other = b'{"detail": "not an envelope"}'
    assert (await call(answering(400, other), "/legacy/x")).content == other


async def test_the_1x_frontend_origin_may_call_with_credentials(settings: Settings) -> None:
    app: FastAPI = create_app(settings.model_copy(update={"cors_origin": "http://localhost:3000"}))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            preflight = await http.options(
                "/legacy/api/v1/auth/login",
                headers={
                    "Origin": "http://localhost:3000",
                    "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "content-type",
                },
            )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert preflight.headers["access-control-allow-credentials"] == "true"
