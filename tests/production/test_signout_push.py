"""Sign-outs pushed to every process (PostgreSQL LISTEN/NOTIFY) instead of a session query per
request: a cached session costs no query, a sign-out anywhere is refused everywhere within the
stated bound, and with the channel down every request checks the database again."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from leettrack.auth.models import User
from leettrack.auth.sessions import SessionCache
from leettrack.core import changes
from leettrack.core.changes import STALENESS_SECONDS, ChangeFeed
from tests.helpers import PASSWORD, live_replicas, register, server_env
from tests.production.conftest import client_for, terminate_change_feeds, until

pytestmark = pytest.mark.postgres


def _sign_up(http: httpx.Client, name: str) -> dict[str, str]:
    account = {"username": name, "email": f"{name}@example.com", "password": PASSWORD}
    response = http.post("/api/v1/auth/register", json=account)
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['data']['access_token']}"}


def _channel_detail(http: httpx.Client) -> dict[str, Any]:
    detail: dict[str, Any] = http.get("/health/deps").json()["data"]["dependencies"]["sessions"]
    return detail


@pytest.fixture
def two_replicas(postgres_url: str) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    with live_replicas(server_env(postgres_url)) as (one, two):
        yield one, two


@pytest.mark.slow
def test_a_sign_out_reaches_the_other_replica_within_the_bound(two_replicas):
    one, two = two_replicas
    auth = _sign_up(one, "pushed")
    for _ in range(3):  # the second replica now answers this session from its cache
        assert two.get("/api/v1/auth/me", headers=auth).status_code == 200
    assert _channel_detail(two)["status"] == "ok"
    assert "1 sessions cached" in _channel_detail(two)["detail"]

    assert one.post("/api/v1/auth/logout", headers=auth).status_code == 200
    signed_out = time.monotonic()
    while (status := two.get("/api/v1/auth/me", headers=auth).status_code) == 200:
        assert time.monotonic() - signed_out < STALENESS_SECONDS, "sign-out not seen in time"
        time.sleep(0.01)
    assert status == 401
    assert two.get("/api/v1/auth/me", headers=auth).status_code == 401


async def test_a_cached_session_costs_no_query_and_a_sign_out_empties_it(make_app, postgres_url):
    first = await make_app(database_url=postgres_url)
    second = await make_app(database_url=postgres_url)
    statements: list[str] = []
    event.listen(
        second.state.db.engine.sync_engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_: statements.append(statement),
    )
    async with client_for(first) as one, client_for(second) as two:
        user = await register(one)
        assert (await two.get("/api/v1/auth/me", headers=user["headers"])).status_code == 200
        statements.clear()
        me = await two.get("/api/v1/auth/me", headers=user["headers"])
        assert me.status_code == 200
        assert me.json()["data"]["username"] == user["user"]["username"]
        assert not [s for s in statements if "auth_sessions" in s]

        changed = await one.patch(
            "/api/v1/auth/me", json={"timezone": "Europe/Paris"}, headers=user["headers"]
        )
        assert changed.status_code == 200, changed.text
        # the process that made the change reads it back at once, without waiting for the channel
        mine = await one.get("/api/v1/auth/me", headers=user["headers"])
        assert mine.json()["data"]["timezone"] == "Europe/Paris"
        await until(lambda: len(second.state.sessions) == 0)
        me = await two.get("/api/v1/auth/me", headers=user["headers"])
        assert me.json()["data"]["timezone"] == "Europe/Paris"  # a change is not served stale

        assert (await one.post("/api/v1/auth/logout", headers=user["headers"])).status_code == 200
        await until(lambda: len(second.state.sessions) == 0)
        assert (await two.get("/api/v1/auth/me", headers=user["headers"])).status_code == 401


async def test_a_deleted_account_is_refused_by_the_other_process(make_app, postgres_url):
    first = await make_app(database_url=postgres_url)
    second = await make_app(database_url=postgres_url)
    async with client_for(first) as one, client_for(second) as two:
        user = await register(one)
        assert (await two.get("/api/v1/auth/me", headers=user["headers"])).status_code == 200
        assert len(second.state.sessions) == 1  # the second process now trusts its memory
        deleted = await one.request(
            "DELETE", "/api/v1/auth/me", json={"password": PASSWORD}, headers=user["headers"]
        )
        assert deleted.status_code == 200, deleted.text
        await until(lambda: len(second.state.sessions) == 0)
        assert (await two.get("/api/v1/auth/me", headers=user["headers"])).status_code == 401


async def test_with_the_channel_down_every_request_checks_the_database(
    make_app, postgres_url, monkeypatch
):
    monkeypatch.setattr(changes, "RECONNECT_SECONDS", 60.0)  # stay down for the test
    first = await make_app(database_url=postgres_url)
    second = await make_app(database_url=postgres_url)
    async with client_for(first) as one, client_for(second) as two:
        user = await register(one)
        other = await register(one, username="bystander")
        for headers in (user["headers"], other["headers"]):
            assert (await two.get("/api/v1/auth/me", headers=headers)).status_code == 200
        assert len(second.state.sessions) == 2

        terminate_change_feeds(postgres_url)
        await until(lambda: not second.state.sessions.trusted)
        deps = (await two.get("/health/deps")).json()["data"]["dependencies"]["sessions"]
        assert deps["status"] == "degraded"

        # the sign-out's announcement reaches nobody; the per-request check refuses it anyway
        assert (await one.post("/api/v1/auth/logout", headers=user["headers"])).status_code == 200
        assert (await two.get("/api/v1/auth/me", headers=user["headers"])).status_code == 401
        assert (await two.get("/api/v1/auth/me", headers=other["headers"])).status_code == 200


def test_a_lookup_older_than_an_announcement_is_not_cached():
    feed = ChangeFeed(dsn=None)
    cache = SessionCache(feed)
    feed._last_heartbeat = time.monotonic()  # as if the channel had just answered
    user = User(id=7, username="u", email="u@example.com", password_hash="x", is_active=True)
    started = cache.generation
    cache.forget_users({7})  # a sign-out announced while the lookup was in flight
    cache.put("session", user, started)
    assert cache.get("session", 7) is None
    cache.put("session", user, cache.generation)
    cached = cache.get("session", 7)
    assert cached is not None and cached is not user and cached.id == 7
    assert cache.get("session", 8) is None  # a token naming another user never matches
    feed._last_heartbeat = time.monotonic() - STALENESS_SECONDS
    assert cache.get("session", 7) is None  # no heartbeat within the bound: nothing trusted
