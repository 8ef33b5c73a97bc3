"""Rate limits seen from the pages: sign-in attempts share the API's auth limit and the refusal
is shown on the form; a signed-in browser is counted as its user; static files are not counted."""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi import FastAPI

from leettrack.settings import Settings
from tests.web.support import csrf_of, page_error, sign_up


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"rate_limit_max_requests": 12, "rate_limit_auth_max": 3})


async def test_too_many_sign_ins_are_refused_on_the_page_with_the_input_kept(
    client: httpx.AsyncClient,
) -> None:
    token = csrf_of((await client.get("/signin")).text)
    fields = {"csrf_token": token, "identifier": "nobody", "password": "wrong password"}
    for _ in range(3):
        wrong = await client.post("/signin", data=fields)
        assert wrong.status_code == 401
        assert page_error(wrong.text) == "Invalid username/email or password"
    limited = await client.post("/signin", data=fields)
    assert limited.status_code == 429
    assert limited.headers["retry-after"].isdigit()
    assert re.match(r"Too many requests; retry in \d+ s", page_error(limited.text) or "")
    assert 'value="nobody"' in limited.text
    api = await client.post(  # the same account's counter, shared with the JSON API
        "/api/v1/auth/login", json={"username": "nobody", "password": "wrong password"}
    )
    assert api.status_code == 429


async def test_a_signed_in_browser_is_counted_as_its_user_and_assets_are_free(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    await sign_up(client)
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', (await client.get("/signin")).text)
    for _ in range(5):
        for url in assets:
            assert (await client.get(url)).status_code == 200
    statuses = [(await client.get("/paths")).status_code for _ in range(12)]
    assert statuses[-1] == 429
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as other:
        await sign_up(other)  # same address, another user: a budget of its own
        assert (await other.get("/paths")).status_code == 200
