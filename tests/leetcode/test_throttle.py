"""Self-throttling: the request rate, the concurrency bound, and refusing to wait too long."""

from __future__ import annotations

import asyncio
import time

import pytest

from leettrack.leetcode.throttle import LocalWindow, parse_rate
from tests.fakes import leetcode_data as data
from tests.fakes.leetcode_server import FakeLeetCode, Fault
from tests.leetcode.conftest import LC, MakeInstance

SLUGS = [row[2] for row in data.PROBLEMS]


@pytest.mark.parametrize(
    ("text", "rate"), [("20/10", (20, 10.0)), (" 5 / 1.5s ", (5, 1.5)), ("1/60", (1, 60.0))]
)
def test_parse_rate(text: str, rate: tuple[int, float]) -> None:
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["20", "0/10", "20/0", "-1/5", "a/b", "20 per 10"])
def test_parse_rate_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError, match="not a rate"):
        parse_rate(text)


async def test_local_window_slides() -> None:
    window = LocalWindow(rate=2, per=0.3)
    assert [await window.acquire() for _ in range(2)] == [0.0, 0.0]
    wait = await window.acquire()
    assert 0.25 < wait <= 0.3
    await asyncio.sleep(wait)
    assert await window.acquire() == 0.0


async def test_requests_beyond_the_rate_wait_for_the_window(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance(
        leetcode_rate="3/1", leetcode_max_concurrency=10, leetcode_timeout=2.0
    )
    responses = await asyncio.gather(
        *(instance.http.get(f"{LC}/problem/{slug}") for slug in SLUGS[:7])
    )
    assert {r.status_code for r in responses} == {200}
    times = sorted(fake_leetcode.received_at)
    assert len(times) == 7
    assert times[2] - times[0] < 0.5  # the first three at once
    assert times[3] - times[0] >= 0.95  # then three per second
    assert times[6] - times[3] >= 0.95
    for first, fourth in zip(times, times[3:], strict=False):
        assert fourth - first >= 0.95  # never more than three in any one second


async def test_requests_in_flight_are_bounded(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance(leetcode_max_concurrency=2)
    fake_leetcode.set_fault(Fault.SLOW, delay=0.2)
    responses = await asyncio.gather(
        *(instance.http.get(f"{LC}/problem/{slug}") for slug in SLUGS[:6])
    )
    assert {r.status_code for r in responses} == {200}
    assert fake_leetcode.peak_in_flight == 2
    assert fake_leetcode.total_calls == 6


async def test_a_wait_longer_than_the_call_budget_is_refused_at_once(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance(leetcode_rate="1/60", leetcode_timeout=0.5)
    assert (await instance.http.get(f"{LC}/problem/two-sum")).status_code == 200
    started = time.monotonic()
    refused = await instance.http.get(f"{LC}/problem/3sum")
    assert time.monotonic() - started < 0.2
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "UPSTREAM_UNAVAILABLE"
    assert 58 <= int(refused.headers["Retry-After"]) <= 60
    assert fake_leetcode.total_calls == 1
    # what is cached is still served while the budget is spent
    assert (await instance.http.get(f"{LC}/problem/two-sum")).headers["X-Cache"] == "HIT"
