"""Rate limits seen from the pages: sign-in attempts and runs share the API's limits and a
refusal is shown on the page; a signed-in browser is counted as its user (its cookie verified
once a request); static files are not counted."""

from __future__ import annotations

import re

import httpx
import jwt
import pytest
from fastapi import FastAPI

from leettrack.core.security import SESSION_COOKIE
from leettrack.exercises.seed import seed_exercises
from leettrack.settings import Settings
from tests.helpers import PASSWORD
from tests.web.support import csrf_of, page_error, sign_up


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={"rate_limit_max_requests": 12, "rate_limit_auth_max": 3, "rate_limit_exec_max": 2}
    )


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


async def test_page_runs_and_api_runs_share_the_execution_budget(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    async with app.state.db.sessionmaker() as session:
        await seed_exercises(session)
        await session.commit()
    username = await sign_up(client)
    login = await client.post(
        "/api/v1/auth/login", json={"username": username, "password": PASSWORD}
    )
    bearer = {"Authorization": f"Bearer {login.json()['data']['access_token']}"}
    run = {"code": "print(1)"}
    assert (await client.post("/api/v1/exercises/run", json=run, headers=bearer)).status_code != 429
    page = (await client.get("/exercises/hello-world")).text
    form = {"csrf_token": csrf_of(page), **run}
    assert (await client.post("/exercises/hello-world/run", data=form)).status_code != 429
    api = await client.post("/api/v1/exercises/run", json=run, headers=bearer)
    assert api.status_code == 429
    assert api.json()["error"]["details"]["policy"] == "execution"
    refused = await client.post("/exercises/hello-world/run", data=form)
    assert refused.status_code == 429
    assert refused.headers["retry-after"].isdigit()
    assert refused.headers["ratelimit-limit"] == "2"
    assert re.search(r"You have started too many runs; wait \d+ s", refused.text)
    assert "print(1)" in refused.text  # the code stays in the editor


async def test_the_session_cookie_is_verified_once_a_request(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await sign_up(client)
    cookie = client.cookies[SESSION_COOKIE]
    decoded: list[str] = []
    verify = jwt.decode

    def counting(token: str, *args: object, **kwargs: object) -> object:
        decoded.append(token)
        return verify(token, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jwt, "decode", counting)
    assert (await client.get("/paths")).status_code == 200
    assert decoded == [cookie]
