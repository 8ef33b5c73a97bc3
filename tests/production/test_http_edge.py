"""Security headers, CORS, the request body limit and gzip, as a client sees them."""

from __future__ import annotations

import base64
import gzip
import hashlib
import re

import httpx
import pytest
from fastapi import APIRouter

from leettrack.app import create_app
from leettrack.core.security_headers import inline_script_hashes
from tests.helpers import TEST_JWT_SECRET, make_settings, register

BASE_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
}


def assert_security_headers(response: httpx.Response) -> None:
    for name, value in BASE_HEADERS.items():
        assert response.headers.get(name) == value, (name, response.request.url)
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def csp_directives(response: httpx.Response) -> dict[str, list[str]]:
    directives = {}
    for part in response.headers["content-security-policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


async def test_every_kind_of_answer_carries_the_headers(make_client):
    client = await make_client(rate_limit_max_requests=3)
    answers = [
        await client.get("/health"),
        await client.get("/api/v1/ping"),
        await client.get("/api/v1/nowhere"),  # 404
        await client.post("/api/v1/auth/login", json={}),  # 422
        await client.get("/api/v1/ping"),  # 429
        await client.get("/metrics"),
    ]
    assert [a.status_code for a in answers] == [200, 200, 404, 422, 429, 200]
    for answer in answers:
        assert_security_headers(answer)
        assert csp_directives(answer)["default-src"] == ["'none'"]
        assert "strict-transport-security" not in answer.headers  # not in testing


async def test_an_unexpected_error_carries_the_headers(settings):
    app = create_app(settings)
    boom = APIRouter()

    @boom.get("/boom")
    async def explode() -> None:
        raise RuntimeError("internal detail")

    app.include_router(boom)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.get("/boom")
    assert response.status_code == 500
    assert_security_headers(response)


async def test_hsts_only_in_production(database_url):
    settings = make_settings(database_url, app_env="production", jwt_secret=TEST_JWT_SECRET)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://test") as client:
            response = await client.get("/health")
    assert response.headers["strict-transport-security"] == "max-age=63072000; includeSubDomains"


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/docs/oauth2-redirect"])
async def test_docs_pages_get_a_policy_that_lets_them_load(client, path):
    response = await client.get(path)
    assert response.status_code == 200
    assert_security_headers(response)
    html = response.content
    directives = csp_directives(response)
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    # every inline script is allowed by its hash, and by nothing broader
    for script in re.findall(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S):
        digest = base64.b64encode(hashlib.sha256(script).digest()).decode()
        assert f"'sha256-{digest}'" in directives["script-src"]
    # every external script and stylesheet comes from an allowed origin
    for kind, url in re.findall(rb"<(script|link)[^>]*(?:src|href)=\"(https://[^\"/]+)", html):
        directive = "script-src" if kind == b"script" else "style-src"
        if b"favicon" in url or b"fastapi.tiangolo.com" in url:
            continue  # the favicon is an image: img-src allows https
        assert url.decode() in directives[directive], (kind, url)
    assert directives["connect-src"] == ["'self'"]  # the spec is fetched from here
    assert directives["frame-ancestors"] == ["'none'"]


def test_inline_script_hashes_ignore_external_scripts():
    html = b'<script src="https://x/y.js"></script><script>a()</script><SCRIPT type="m">b</SCRIPT>'
    expected = [base64.b64encode(hashlib.sha256(s).digest()).decode() for s in (b"a()", b"b")]
    assert inline_script_hashes(html) == expected


async def test_cors_allows_listed_origins_with_credentials(make_client):
    client = await make_client(cors_origin="https://app.example, https://admin.example")
    allowed = await client.get("/api/v1/ping", headers={"Origin": "https://admin.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://admin.example"
    assert allowed.headers["access-control-allow-credentials"] == "true"
    assert "X-Request-ID" in allowed.headers["access-control-expose-headers"]
    other = await client.get("/api/v1/ping", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = await client.options(
        "/api/v1/auth/login",
        headers={
            "Origin": "https://app.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Authorization, Content-Type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://app.example"
    refused = await client.options(
        "/api/v1/auth/login",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert refused.status_code == 400


async def test_a_wildcard_origin_never_comes_with_credentials(make_client):
    client = await make_client(cors_origin="*")
    response = await client.get(
        "/api/v1/ping", headers={"Origin": "https://any.example", "Cookie": "session=1"}
    )
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers


async def test_no_cors_headers_without_configured_origins(client):
    response = await client.get("/api/v1/ping", headers={"Origin": "https://app.example"})
    assert "access-control-allow-origin" not in response.headers


async def test_a_declared_oversized_body_is_refused_unread(make_client):
    client = await make_client(max_body_bytes=2048)
    response = await client.post(
        "/api/v1/auth/login",
        content=b'{"username": "' + b"a" * 3000 + b'", "password": "x"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json() == {
        "success": False,
        "error": {
            "code": "PAYLOAD_TOO_LARGE",
            "message": "Request body exceeds the limit of 2048 bytes",
            "details": {},
        },
    }
    assert response.headers["connection"] == "close"
    assert_security_headers(response)


async def test_a_streamed_oversized_body_is_cut_off(make_client):
    client = await make_client(max_body_bytes=2048)
    sent = []

    async def chunks():
        for _ in range(100):
            sent.append(1)
            yield b"x" * 1024

    for path in ("/api/v1/auth/login", "/api/v1/auth/me"):  # read by the limiter, by the app
        sent.clear()
        response = await client.request(
            "PATCH" if path.endswith("/me") else "POST",
            path,
            content=chunks(),
            headers={"content-type": "application/json"},
        )
        assert response.status_code == 413, (path, response.text)
        assert response.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"
        assert len(sent) <= 4, "the body was read past the limit"


async def test_bodies_within_the_limit_pass(make_client):
    client = await make_client(max_body_bytes=2048)
    user = await register(client)
    response = await client.patch(
        "/api/v1/auth/me", json={"timezone": "Europe/Paris"}, headers=user["headers"]
    )
    assert response.status_code == 200


async def test_large_answers_are_gzipped_for_clients_that_accept_it(client):
    large = await client.get("/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert large.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in large.headers["vary"]
    assert large.json()["openapi"].startswith("3.")  # httpx decodes it
    raw = await client.get("/openapi.json", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers
    assert len(gzip.compress(raw.content)) < len(raw.content)
    small = await client.get("/health", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers
    assert_security_headers(large)


async def test_a_405_names_every_method_of_the_path(client):
    # /auth/me is three routes (GET, PATCH, DELETE); the router alone names the first one's only
    response = await client.put("/api/v1/auth/me")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "METHOD_NOT_ALLOWED"
    assert response.headers["allow"] == "GET, HEAD, PATCH, DELETE"
    assert (await client.put("/health")).headers["allow"] == "GET, HEAD"
