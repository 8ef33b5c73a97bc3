"""Losing a dependency: PostgreSQL down -> readiness 503 and clear 503s, then recovery; Redis
down -> the service carries on with local fallbacks, says so in /health/deps, then recovers."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest

from tests.helpers import free_port, register
from tests.production.conftest import client_for
from tests.production.proxy import TcpProxy

DB_UNAVAILABLE = {
    "success": False,
    "error": {
        "code": "SERVICE_UNAVAILABLE",
        "message": "The database is unavailable; try again shortly",
        "details": {},
    },
}


def through(proxy: TcpProxy, url: str) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.username or 'postgres'}@127.0.0.1:{proxy.port}").geturl()


@pytest.mark.postgres
async def test_database_outage_is_a_clear_503_and_the_service_recovers(make_app, postgres_url):
    target = urlsplit(postgres_url)
    with TcpProxy(target.hostname or "127.0.0.1", target.port or 5432) as proxy:
        app = await make_app(database_url=through(proxy, postgres_url))
        async with client_for(app) as http:
            user = await register(http)
            assert (await http.get("/health/ready")).status_code == 200

            proxy.cut()
            started = time.perf_counter()
            ready = await http.get("/health/ready")
            assert ready.status_code == 503
            assert ready.headers["Retry-After"] == "5"
            assert ready.json()["error"]["code"] == "SERVICE_UNAVAILABLE"
            assert ready.json()["error"]["details"]["dependencies"]["database"]["status"] == "down"
            for path, headers in (
                ("/api/v1/auth/me", user["headers"]),
                ("/api/v1/learning-paths", {}),
                ("/api/v1/exercises", {}),
            ):
                response = await http.get(path, headers=headers)
                assert response.status_code == 503, (path, response.text)
                assert response.json() == DB_UNAVAILABLE
                assert response.headers["Retry-After"] == "5"
            login = await http.post(
                "/api/v1/auth/login", json={"username": user["user"]["username"], "password": "x"}
            )
            assert login.json() == DB_UNAVAILABLE
            assert (await http.get("/health")).status_code == 200  # alive, just not ready
            deps = (await http.get("/health/deps")).json()["data"]
            assert deps["status"] == "down"
            assert time.perf_counter() - started < 10  # every failure is prompt

            proxy.restore()
            assert (await http.get("/health/ready")).status_code == 200
            me = await http.get("/api/v1/auth/me", headers=user["headers"])
            assert me.status_code == 200
            assert me.json()["data"]["id"] == user["user"]["id"]


@pytest.mark.redis
async def test_redis_outage_keeps_the_service_working_on_local_fallbacks(
    make_app, redis_prefix, leetcode_overrides
):
    with TcpProxy("127.0.0.1", 6379) as proxy:
        app = await make_app(
            redis_url=f"redis://127.0.0.1:{proxy.port}/0",
            rate_limit_redis_prefix=redis_prefix,
            leetcode_redis_prefix=redis_prefix,
            **leetcode_overrides,
        )
        async with client_for(app) as http:
            assert (await http.get("/health/deps")).json()["data"]["status"] == "ok"
            proxy.cut()
            user = await register(http)
            assert (await http.get("/api/v1/auth/me", headers=user["headers"])).status_code == 200
            first = await http.get("/api/v1/leetcode/problem/two-sum")
            again = await http.get("/api/v1/leetcode/problem/two-sum")
            assert (first.status_code, again.headers["X-Cache"]) == (200, "HIT")  # local cache
            assert "RateLimit-Remaining" in again.headers  # local counters
            deps = (await http.get("/health/deps")).json()["data"]
            assert deps["status"] == "degraded"
            assert deps["dependencies"]["database"]["status"] == "ok"
            for name in ("rate_limit", "leetcode_cache"):
                assert deps["dependencies"][name]["status"] == "degraded", name
            assert (await http.get("/health/ready")).status_code == 200  # Redis is optional

            proxy.restore()
            deps = (await http.get("/health/deps")).json()["data"]
            assert deps["status"] == "ok", deps
            assert app.state.rate_limits.backend == "redis"


async def test_the_service_starts_while_redis_is_down(make_app):
    app = await make_app(redis_url=f"redis://127.0.0.1:{free_port()}/0")
    async with client_for(app) as http:
        user = await register(http)
        assert (await http.get("/api/v1/auth/me", headers=user["headers"])).status_code == 200
        deps = (await http.get("/health/deps")).json()["data"]
    assert deps["dependencies"]["rate_limit"]["status"] == "degraded"
