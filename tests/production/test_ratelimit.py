"""Rate limits: who is counted, what is exempt, the 429 answer, and counters shared through Redis
with a local fallback when Redis goes away."""

from __future__ import annotations

import time

import jwt
import pytest

from leettrack.core.ratelimit import FixedWindow, LocalStorage, policy
from tests.helpers import PASSWORD, register
from tests.production.conftest import REDIS_URL, client_for
from tests.production.proxy import TcpProxy

TIGHT = {"rate_limit_max_requests": 3, "rate_limit_window_ms": 60_000}


def assert_rate_limited(response, policy: str, limit: int) -> None:
    assert response.status_code == 429, response.text
    body = response.json()
    assert body["success"] is False
    assert body["error"]["code"] == "RATE_LIMITED"
    assert body["error"]["details"]["policy"] == policy
    assert body["error"]["details"]["limit"] == limit
    retry_after = int(response.headers["Retry-After"])
    assert 1 <= retry_after <= 60
    assert response.headers["RateLimit-Limit"] == str(limit)
    assert response.headers["RateLimit-Remaining"] == "0"
    assert int(response.headers["RateLimit-Reset"]) == retry_after


def assert_portal_rate_limited(response, policy: str, limit: int) -> None:
    """The same refusal under /api, in the Python Portal's error shape (tests/compat)."""
    assert response.status_code == 429, response.text
    body = response.json()
    assert (body["success"], body["code"]) == (False, "RATE_LIMITED")
    assert isinstance(body["error"], str)
    assert (body["details"]["policy"], body["details"]["limit"]) == (policy, limit)
    assert 1 <= int(response.headers["Retry-After"]) <= 60


def assert_legacy_rate_limited(response) -> None:
    """Under /legacy, in the Flask error shape: the sign-in budget is the same one."""
    assert response.status_code == 429, response.text
    body = response.json()
    assert (body["status"], body["error"]) == ("error", "rate_limited")
    assert 1 <= int(response.headers["Retry-After"]) <= 60


async def test_anonymous_callers_are_limited_per_address(make_app):
    app = await make_app(**TIGHT)
    async with client_for(app, "10.0.0.1") as first, client_for(app, "10.0.0.2") as second:
        for remaining in ("2", "1", "0"):
            response = await first.get("/api/v1/ping")
            assert response.status_code == 200
            assert response.headers["RateLimit-Limit"] == "3"
            assert response.headers["RateLimit-Remaining"] == remaining
            assert response.headers["RateLimit-Policy"] == "3;w=60"
            assert 1 <= int(response.headers["RateLimit-Reset"]) <= 60
        assert_rate_limited(await first.get("/api/v1/ping"), "global", 3)
        assert_rate_limited(await first.get("/api/v1/does-not-exist"), "global", 3)
        assert (await second.get("/api/v1/ping")).status_code == 200


async def test_health_metrics_and_docs_are_exempt(make_client):
    client = await make_client(rate_limit_max_requests=1)
    for _ in range(3):
        for path in (
            "/health",
            "/health/ready",
            "/health/deps",
            "/metrics",
            "/openapi.json",
            "/docs",
            "/redoc",
        ):
            response = await client.get(path)
            assert response.status_code == 200, path
            assert "RateLimit-Limit" not in response.headers
    assert (await client.get("/api/v1/ping")).status_code == 200


async def test_signed_in_callers_are_limited_per_user(make_app):
    app = await make_app(rate_limit_max_requests=4, rate_limit_window_ms=60_000)
    async with client_for(app, "10.0.0.1") as http:
        alice = await register(http)  # the address has used 1 of 4
        bob = await register(http)  # 2 of 4
        for _ in range(4):
            assert (await http.get("/api/v1/auth/me", headers=alice["headers"])).status_code == 200
        refused = await http.get("/api/v1/auth/me", headers=alice["headers"])
        assert_rate_limited(refused, "global", 4)
        # Bob, and anonymous callers from the same address, have budgets of their own.
        assert (await http.get("/api/v1/auth/me", headers=bob["headers"])).status_code == 200
        assert (await http.get("/api/v1/ping")).status_code == 200


async def test_a_forged_token_counts_against_the_address(make_app):
    app = await make_app(rate_limit_max_requests=3, rate_limit_window_ms=60_000)
    forged = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"}
    async with client_for(app, "10.0.0.7") as http:
        for _ in range(3):
            assert (await http.get("/api/v1/auth/me", headers=forged)).status_code == 401
        assert_rate_limited(await http.get("/api/v1/ping"), "global", 3)


async def test_sign_in_is_limited_per_address(make_app):
    app = await make_app(rate_limit_auth_max=3, rate_limit_auth_window_ms=60_000)
    async with client_for(app, "10.0.1.1") as http:
        for n in range(3):
            response = await http.post(
                "/api/v1/auth/login", json={"username": f"nobody{n}", "password": PASSWORD}
            )
            assert response.status_code == 401
        response = await http.post(
            "/api/v1/auth/login", json={"username": "nobody9", "password": PASSWORD}
        )
        assert_rate_limited(response, "auth", 3)
        # register and refresh share the budget; other routes do not
        assert_rate_limited(
            await http.post("/api/v1/auth/refresh", json={"refresh_token": "x"}), "auth", 3
        )
        assert_portal_rate_limited(
            await http.post("/api/auth/login", json={"username": "x", "password": "y"}), "auth", 3
        )
        assert_legacy_rate_limited(
            await http.post("/legacy/api/v1/auth/login", json={"email": "x", "password": "y"})
        )
        assert (await http.get("/api/v1/ping")).status_code == 200


async def test_sign_in_is_limited_per_account_across_addresses(make_app):
    app = await make_app(rate_limit_auth_max=3, rate_limit_auth_window_ms=60_000)
    attempt = {"username": "Victim", "password": "not the password"}
    for address in ("10.0.2.1", "10.0.2.2", "10.0.2.3"):
        async with client_for(app, address) as http:
            assert (await http.post("/api/v1/auth/login", json=attempt)).status_code == 401
    async with client_for(app, "10.0.2.4") as http:
        # the same account under another spelling of its name: still the same budget
        response = await http.post(
            "/api/v1/auth/login", json={"username": " victim ", "password": "guess"}
        )
        assert_rate_limited(response, "auth", 3)
        other = await http.post("/api/v1/auth/login", json={"username": "bob", "password": "x"})
        assert other.status_code == 401


async def test_the_account_check_leaves_the_body_intact(make_client):
    http = await make_client(rate_limit_auth_max=5)
    user = await register(http, "carol")
    response = await http.post(
        "/api/v1/auth/login", json={"email": "carol@example.com", "password": PASSWORD}
    )
    assert response.status_code == 200, response.text
    assert response.json()["data"]["user"]["id"] == user["user"]["id"]
    broken = await http.post(
        "/api/v1/auth/login", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422


MALFORMED_SIGN_INS = [
    {"json": {"username": "victim"}},  # no password
    {"json": {"username": "victim", "password": ""}},  # too short
    {"json": {"username": ["victim"], "password": "guess"}},  # not a string
    {"json": ["victim", "guess"]},
    {
        "content": b'{"username": "victim", "password": ',
        "headers": {"content-type": "application/json"},
    },
]


async def test_a_malformed_sign_in_is_422_and_spends_no_budget(make_app):
    """A body is counted once it validates: a malformed one is refused as before (422) and
    takes nothing from the address's budget nor from the account it seems to name."""
    app = await make_app(rate_limit_auth_max=3, rate_limit_auth_window_ms=60_000)
    attempt = {"username": "victim", "password": "not the password"}
    async with client_for(app, "10.0.3.1") as first:
        for _ in range(2):
            assert (await first.post("/api/v1/auth/login", json=attempt)).status_code == 401
    async with client_for(app, "10.0.3.2") as prober:
        for _ in range(2):
            unknown_field = {"json": {"username": "victim", "password": "guess", "admin": True}}
            for malformed in [*MALFORMED_SIGN_INS, unknown_field]:  # the last one, natively
                refused = await prober.post("/api/v1/auth/login", **malformed)
                assert refused.status_code == 422, (malformed, refused.text)
                assert refused.json()["error"]["code"] == "VALIDATION_ERROR"
                assert (
                    refused.headers["RateLimit-Policy"] == "100000;w=900"
                )  # the global limit alone
        # this address spent nothing on them: three real attempts are still its own
        for n in range(2):
            other = {"username": f"someone{n}", "password": "x"}
            assert (await prober.post("/api/v1/auth/login", json=other)).status_code == 401
        # and neither did the account: its third attempt is allowed, the fourth is not
        assert (await prober.post("/api/v1/auth/login", json=attempt)).status_code == 401
    async with client_for(app, "10.0.3.3") as third:
        assert_rate_limited(await third.post("/api/v1/auth/login", json=attempt), "auth", 3)


async def test_a_spent_account_budget_is_not_bypassed(make_app):
    """Once an account's attempts are spent, no body that names it gets through: another
    spelling, the identifier in the email field, another client's contract, the sign-in page;
    a malformed body is still refused as malformed, never answered as a sign-in."""
    app = await make_app(rate_limit_auth_max=2, rate_limit_auth_window_ms=60_000)
    async with client_for(app, "10.0.4.1") as owner:
        await register(owner, "victim")
    guesses = {"username": "victim", "password": "a guess"}
    for address in ("10.0.4.2", "10.0.4.3"):
        async with client_for(app, address) as http:
            assert (await http.post("/api/v1/auth/login", json=guesses)).status_code == 401
    ways_in = [
        ("/api/v1/auth/login", {"username": " VICTIM ", "password": PASSWORD}),
        ("/api/v1/auth/login", {"email": "victim", "password": PASSWORD}),
        ("/api/v1/auth/login", {"username": "bob", "email": "Victim", "password": PASSWORD}),
        ("/api/auth/login", {"username": "victim", "password": PASSWORD}),
    ]
    for n, (path, body) in enumerate(ways_in):
        async with client_for(app, f"10.0.5.{n}") as http:
            refused = await http.post(path, json=body)
            assert refused.status_code == 429, (path, body, refused.text)
            assert refused.headers["RateLimit-Limit"] == "2"
            for malformed in MALFORMED_SIGN_INS:
                assert (await http.post(path, **malformed)).status_code == 422
    async with client_for(app, "10.0.6.1") as http:
        by_email = {"email": "victim@example.com", "password": PASSWORD}  # another account key
        assert (await http.post("/api/v1/auth/login", json=by_email)).status_code == 200
        assert_legacy_rate_limited(
            await http.post("/legacy/api/v1/auth/login", json={"email": "VICTIM", "password": "x"})
        )


async def test_registration_is_counted_per_address_and_per_email(make_app):
    app = await make_app(rate_limit_auth_max=2, rate_limit_auth_window_ms=60_000)
    body = {"username": "newcomer", "email": "new@example.com", "password": PASSWORD}
    async with client_for(app, "10.0.7.1") as http:
        assert (await http.post("/api/v1/auth/register", json=body)).status_code == 201
    async with client_for(app, "10.0.7.2") as http:
        again = body | {"username": "newcomer2"}
        assert (await http.post("/api/v1/auth/register", json=again)).status_code == 409
    async with client_for(app, "10.0.7.3") as http:
        third = body | {"username": "newcomer3", "email": "NEW@example.com"}
        assert_rate_limited(await http.post("/api/v1/auth/register", json=third), "auth", 2)
        malformed = body | {"email": "not an email"}
        assert (await http.post("/api/v1/auth/register", json=malformed)).status_code == 422
        other = body | {"username": "other", "email": "other@example.com"}
        assert (await http.post("/api/v1/auth/register", json=other)).status_code == 201


async def test_the_access_token_is_verified_once_a_request(make_app, monkeypatch):
    decoded: list[str] = []
    verify = jwt.decode

    def counting(token, *args, **kwargs):
        decoded.append(token)
        return verify(token, *args, **kwargs)

    app = await make_app()
    async with client_for(app) as http:
        users = [await register(http) for _ in range(3)]
        monkeypatch.setattr(jwt, "decode", counting)
        for user in users:  # each token new to the process
            assert (await http.get("/api/v1/auth/me", headers=user["headers"])).status_code == 200
        assert decoded == [user["access_token"] for user in users]
        decoded.clear()
        expired = {"Authorization": "Bearer " + users[0]["refresh_token"]}  # not a JWT at all
        assert (await http.get("/api/v1/auth/me", headers=expired)).status_code == 401
        assert decoded == [users[0]["refresh_token"]]


async def test_code_execution_is_limited_per_user(make_app):
    app = await make_app(rate_limit_exec_max=2, rate_limit_exec_window_ms=60_000)
    async with client_for(app) as http:
        alice = await register(http)
        bob = await register(http)
        body = {"code": "print(1)"}
        for path in ("/api/v1/exercises/run", "/api/v1/exercises/test"):
            response = await http.post(path, json=body, headers=alice["headers"])
            assert response.status_code != 429, response.text
        assert_portal_rate_limited(
            await http.post("/api/exercises/run", json=body, headers=alice["headers"]),
            "execution",
            2,
        )
        response = await http.post("/api/v1/exercises/run", json=body, headers=bob["headers"])
        assert response.status_code != 429
        assert (await http.get("/api/v1/auth/me", headers=alice["headers"])).status_code == 200


async def test_local_counters_window_and_sweep():
    now = [1000.0]
    counters = LocalStorage(sweep_interval=0, clock=lambda: now[0])
    assert [await counters.incr("k", 1) for _ in range(3)] == [1, 2, 3]
    assert await counters.get("k") == 3
    assert await counters.get_expiry("k") == 1001.0
    await counters.incr("short", 1)
    now[0] += 1.05
    assert await counters.get("k") == 0  # the window is over
    assert await counters.incr("k", 1) == 1  # a new window
    assert len(counters) == 1  # the expired "short" was swept


async def test_the_strategy_counts_in_the_local_storage():
    """The local counters plug into `limits`' own fixed-window strategy."""
    now = [1000.0]
    storage = LocalStorage(clock=lambda: now[0])
    window = FixedWindow(storage, clock=lambda: now[0])
    item = policy("auth", 2, 60_000)
    decisions = [await window.consume(item, "ip:10.0.0.1") for _ in range(3)]
    assert [(d.allowed, d.remaining, d.reset_seconds) for d in decisions] == [
        (True, 1, 60),
        (True, 0, 60),
        (False, 0, 60),
    ]
    assert not await window.test(item, "ip:10.0.0.1")  # limits' own API reads the same counter
    now[0] += 59.5
    assert (await window.consume(item, "ip:10.0.0.1")).reset_seconds == 1
    now[0] += 1
    assert (await window.consume(item, "ip:10.0.0.1")).remaining == 1  # the next window


@pytest.mark.redis
async def test_replicas_share_counters_through_redis(make_app, redis_prefix):
    shared = {
        "redis_url": REDIS_URL,
        "rate_limit_redis_prefix": redis_prefix,
        "leetcode_redis_prefix": redis_prefix,
        **TIGHT,
    }
    first, second = await make_app(**shared), await make_app(**shared)
    async with client_for(first) as one, client_for(second) as two:
        assert (await one.get("/api/v1/ping")).headers["RateLimit-Remaining"] == "2"
        assert (await two.get("/api/v1/ping")).headers["RateLimit-Remaining"] == "1"
        assert (await one.get("/api/v1/ping")).headers["RateLimit-Remaining"] == "0"
        assert_rate_limited(await two.get("/api/v1/ping"), "global", 3)
        deps = (await one.get("/health/deps")).json()["data"]["dependencies"]
    assert deps["rate_limit"] == {
        "status": "ok",
        "detail": "rate-limit counters: redis",
        "latency_ms": deps["rate_limit"]["latency_ms"],
        "limits": None,  # only the executor's entry names its limits
    }


async def test_without_redis_each_process_counts_alone(make_app):
    first, second = await make_app(**TIGHT), await make_app(**TIGHT)
    async with client_for(first) as one, client_for(second) as two:
        for _ in range(3):
            assert (await one.get("/api/v1/ping")).status_code == 200
        assert (await one.get("/api/v1/ping")).status_code == 429
        assert (await two.get("/api/v1/ping")).status_code == 200


@pytest.mark.redis
async def test_redis_outage_falls_back_to_local_counters_and_recovers(make_app, redis_prefix):
    with TcpProxy("127.0.0.1", 6379) as proxy:
        app = await make_app(
            redis_url=f"redis://127.0.0.1:{proxy.port}/0",
            rate_limit_redis_prefix=redis_prefix,
            leetcode_redis_prefix=redis_prefix,
            rate_limit_max_requests=50,
        )
        async with client_for(app) as http:
            assert (await http.get("/api/v1/ping")).headers["RateLimit-Remaining"] == "49"
            proxy.cut()
            started = time.perf_counter()
            for _ in range(5):
                response = await http.get("/api/v1/ping")
                assert response.status_code == 200
                assert "RateLimit-Remaining" in response.headers
            assert time.perf_counter() - started < 5  # a dead Redis costs one timeout, not five
            assert app.state.rate_limits.backend == "memory"
            deps = (await http.get("/health/deps")).json()["data"]
            assert deps["status"] == "degraded"
            assert deps["dependencies"]["rate_limit"]["status"] == "degraded"
            assert "per process" in deps["dependencies"]["rate_limit"]["detail"]
            assert deps["dependencies"]["database"]["status"] == "ok"
            proxy.restore()
            deps = (await http.get("/health/deps")).json()["data"]
            assert deps["dependencies"]["rate_limit"]["status"] == "ok"
            assert app.state.rate_limits.backend == "redis"
            # back on the shared counter, which kept the hit made before the outage
            assert (await http.get("/api/v1/ping")).headers["RateLimit-Remaining"] == "48"


async def test_rate_limits_can_be_switched_off(make_client):
    client = await make_client(rate_limit_enabled=False, rate_limit_max_requests=1)
    for _ in range(3):
        response = await client.get("/api/v1/ping")
        assert response.status_code == 200
        assert "RateLimit-Limit" not in response.headers
    deps = (await client.get("/health/deps")).json()["data"]["dependencies"]
    assert "rate_limit" not in deps
