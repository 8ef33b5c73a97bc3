"""How each LeetCode failure is answered: status, error envelope, retries, and time bounds."""

from __future__ import annotations

import time

import httpx
import pytest

from leettrack.leetcode.transport import CHALLENGE_PAUSE
from tests.fakes import leetcode_data as data
from tests.fakes.leetcode_server import FakeLeetCode, Fault
from tests.helpers import free_port
from tests.leetcode.conftest import LC, MakeInstance

TIMEOUT = 0.5  # LEETCODE_TIMEOUT for these tests
MAX_CALL_SECONDS = TIMEOUT * 3 + 0.25 + 0.5  # three attempts and two backoff pauses at most


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is False
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    assert response.headers["X-Cache"] == "MISS"


@pytest.mark.parametrize(
    ("fault", "status", "code", "upstream_calls"),
    [
        ({"mode": Fault.DOWN}, 503, "UPSTREAM_UNAVAILABLE", 0),
        ({"mode": Fault.SLOW, "delay": 5}, 503, "UPSTREAM_UNAVAILABLE", 3),
        ({"mode": Fault.SERVER_ERROR, "status": 500}, 503, "UPSTREAM_UNAVAILABLE", 3),
        ({"mode": Fault.SERVER_ERROR, "status": 502}, 503, "UPSTREAM_UNAVAILABLE", 3),
        ({"mode": Fault.SERVER_ERROR, "status": 504}, 503, "UPSTREAM_UNAVAILABLE", 3),
        ({"mode": Fault.RATE_LIMITED, "retry_after": 30}, 503, "UPSTREAM_UNAVAILABLE", 1),
        ({"mode": Fault.CHALLENGE}, 503, "UPSTREAM_UNAVAILABLE", 1),
        ({"mode": Fault.GARBAGE}, 502, "UPSTREAM_ERROR", 1),
        ({"mode": Fault.WRONG_SHAPE}, 502, "UPSTREAM_ERROR", 1),
    ],
    ids=lambda value: str(value["mode"]) if isinstance(value, dict) else None,
)
@pytest.mark.parametrize("path", ["/problem/two-sum", "/user/lt_alice"])
async def test_fault_is_mapped(
    make_instance: MakeInstance,
    fake_leetcode: FakeLeetCode,
    fault: dict[str, object],
    status: int,
    code: str,
    upstream_calls: int,
    path: str,
) -> None:
    instance = await make_instance(leetcode_timeout=TIMEOUT)
    fake_leetcode.set_fault(**fault)  # type: ignore[arg-type]
    started = time.monotonic()
    response = await instance.http.get(LC + path)
    elapsed = time.monotonic() - started
    assert_error(response, status, code)
    if upstream_calls > 1:  # retried: every attempt the time budget allows, at least one retry
        assert 2 <= fake_leetcode.total_calls <= upstream_calls
    else:
        assert fake_leetcode.total_calls == upstream_calls
    # Never a hang beyond the timeout plus retries: the slow fault would take 5 s per attempt;
    # the slack absorbs scheduling delays on a loaded machine.
    assert elapsed < MAX_CALL_SECONDS + 1.5


async def test_unreachable_host(make_instance: MakeInstance) -> None:
    instance = await make_instance(leetcode_graphql_url=f"http://127.0.0.1:{free_port()}/graphql")
    assert_error(await instance.http.get(f"{LC}/problem/two-sum"), 503, "UPSTREAM_UNAVAILABLE")


async def test_429_tells_the_client_when_to_come_back_and_blocks_further_calls(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance(leetcode_timeout=TIMEOUT)
    fake_leetcode.set_fault(Fault.RATE_LIMITED, retry_after=30, times=1)
    first = await instance.http.get(f"{LC}/problem/two-sum")
    assert_error(first, 503, "UPSTREAM_UNAVAILABLE")
    assert int(first.headers["Retry-After"]) == 30
    # LeetCode would answer now, but it asked for 30 s of quiet: nothing is sent meanwhile
    second = await instance.http.get(f"{LC}/problem/3sum")
    assert_error(second, 503, "UPSTREAM_UNAVAILABLE")
    assert 28 <= int(second.headers["Retry-After"]) <= 30
    assert fake_leetcode.total_calls == 1


async def test_a_cloudflare_challenge_is_a_pause_like_a_429(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    """Under load LeetCode's CDN answers 403 with a "Just a moment..." page: back off, not 502."""
    instance = await make_instance(leetcode_timeout=TIMEOUT)
    fake_leetcode.set_fault(Fault.CHALLENGE, times=1)
    first = await instance.http.get(f"{LC}/problem/two-sum")
    assert_error(first, 503, "UPSTREAM_UNAVAILABLE")
    assert "bots" in first.json()["error"]["message"]
    assert int(first.headers["Retry-After"]) == CHALLENGE_PAUSE
    second = await instance.http.get(f"{LC}/user/{data.ACTIVE_USER}")
    assert_error(second, 503, "UPSTREAM_UNAVAILABLE")
    assert CHALLENGE_PAUSE - 2 <= int(second.headers["Retry-After"]) <= CHALLENGE_PAUSE
    assert fake_leetcode.total_calls == 1  # nothing is sent while the pause lasts


async def test_a_plain_403_is_still_a_refusal(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    """Without Referer the fake (like LeetCode) answers a bare 403: an error, not a pause."""
    instance = await make_instance(leetcode_timeout=TIMEOUT)
    instance.leetcode.transport._http.headers.pop("Referer")
    response = await instance.http.get(f"{LC}/problem/two-sum")
    assert_error(response, 502, "UPSTREAM_ERROR")
    assert "Retry-After" not in response.headers
    assert (await instance.http.get(f"{LC}/problem/3sum")).status_code == 502
    assert fake_leetcode.total_calls == 2


async def test_short_retry_after_is_waited_out(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance(leetcode_timeout=1.0)
    fake_leetcode.set_fault(Fault.RATE_LIMITED, retry_after=1, times=1)
    started = time.monotonic()
    response = await instance.http.get(f"{LC}/problem/two-sum")
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.95
    assert fake_leetcode.total_calls == 2


@pytest.mark.parametrize(
    "fault",
    [
        {"mode": Fault.SERVER_ERROR, "status": 503, "times": 2},
        {"mode": Fault.SLOW, "delay": 2, "times": 1},
    ],
    ids=["5xx", "timeout"],
)
async def test_transient_failures_are_retried(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode, fault: dict[str, object]
) -> None:
    instance = await make_instance(leetcode_timeout=TIMEOUT)
    fake_leetcode.set_fault(**fault)  # type: ignore[arg-type]
    response = await instance.http.get(f"{LC}/problem/two-sum")
    assert response.status_code == 200
    assert response.headers["X-Cache"] == "MISS"
    assert fake_leetcode.total_calls == 1 + int(fault["times"])  # type: ignore[call-overload]


async def test_client_sends_what_leetcode_requires(
    client: httpx.AsyncClient, fake_leetcode: FakeLeetCode
) -> None:
    """The fake refuses a request without Referer (403) or JSON (400), like LeetCode."""
    assert (await client.get(f"{LC}/problem/two-sum")).status_code == 200
    assert fake_leetcode.last_headers["referer"] == "https://leetcode.com"
    assert fake_leetcode.last_headers["content-type"] == "application/json"


async def test_values_that_cannot_be_converted_are_upstream_errors(
    client: httpx.AsyncClient, fake_leetcode: FakeLeetCode, monkeypatch: pytest.MonkeyPatch
) -> None:
    submission = dict(data.AC_SUBMISSIONS[data.ACTIVE_USER][0], timestamp="9" * 20)
    monkeypatch.setitem(data.AC_SUBMISSIONS, data.ACTIVE_USER, [submission])
    response = await client.get(f"{LC}/user/{data.ACTIVE_USER}/submissions")
    assert_error(response, 502, "UPSTREAM_ERROR")
