"""With REDIS_URL, replicas share the cache and the throttle; without Redis, they keep serving."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest

from tests.fakes.leetcode_server import FakeLeetCode, Fault
from tests.helpers import TEST_REDIS_URL, ManualClock, free_port
from tests.leetcode.conftest import LC, MakeInstance

pytestmark = pytest.mark.redis


async def test_a_cache_filled_by_one_replica_is_a_hit_for_another(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode, redis_prefix: str
) -> None:
    shared = {"redis_url": TEST_REDIS_URL, "leetcode_redis_prefix": redis_prefix}
    first, second = await make_instance(**shared), await make_instance(**shared)
    for path in ("/problem/two-sum", "/user/lt_alice", "/problems?tags=array"):
        filled = await first.http.get(LC + path)
        served = await second.http.get(LC + path)
        assert filled.headers["X-Cache"] == "MISS"
        assert served.headers["X-Cache"] == "HIT"
        assert served.json() == filled.json()
    assert fake_leetcode.total_calls == 3
    stats = await second.leetcode.stats()
    assert (stats.backend, stats.healthy, stats.size, stats.hits) == ("redis", True, 3, 3)


async def test_stale_entries_are_shared_too(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode, redis_prefix: str, clock: ManualClock
) -> None:
    shared = {
        "redis_url": TEST_REDIS_URL,
        "leetcode_redis_prefix": redis_prefix,
        "leetcode_cache_ttl_problem": 0.3,
    }
    first, second = await make_instance(**shared), await make_instance(**shared)
    await first.http.get(f"{LC}/problem/two-sum")
    clock.advance(0.4)
    fake_leetcode.set_fault(Fault.DOWN)
    assert (await second.http.get(f"{LC}/problem/two-sum")).headers["X-Cache"] == "STALE"


async def test_replicas_share_one_request_rate(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode, redis_prefix: str
) -> None:
    shared = {
        "redis_url": TEST_REDIS_URL,
        "leetcode_redis_prefix": redis_prefix,
        "leetcode_rate": "2/60",
        "leetcode_timeout": 0.5,
    }
    first, second = await make_instance(**shared), await make_instance(**shared)
    assert (await first.http.get(f"{LC}/problem/two-sum")).status_code == 200
    assert (await second.http.get(f"{LC}/problem/3sum")).status_code == 200
    refused = await first.http.get(f"{LC}/problem/lru-cache")
    assert refused.status_code == 503
    assert fake_leetcode.total_calls == 2


async def test_a_429_quiets_every_replica(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode, redis_prefix: str
) -> None:
    shared = {"redis_url": TEST_REDIS_URL, "leetcode_redis_prefix": redis_prefix}
    first, second = await make_instance(**shared), await make_instance(**shared)
    fake_leetcode.set_fault(Fault.RATE_LIMITED, retry_after=30, times=1)
    assert (await first.http.get(f"{LC}/problem/two-sum")).status_code == 503
    blocked = await second.http.get(f"{LC}/problem/3sum")
    assert blocked.status_code == 503
    assert 28 <= int(blocked.headers["Retry-After"]) <= 30
    assert fake_leetcode.total_calls == 1


async def test_unreachable_redis_falls_back_to_memory(
    make_instance: MakeInstance, fake_leetcode: FakeLeetCode
) -> None:
    instance = await make_instance(redis_url=f"redis://127.0.0.1:{free_port()}/0")
    assert (await instance.http.get(f"{LC}/problem/two-sum")).headers["X-Cache"] == "MISS"
    assert (await instance.http.get(f"{LC}/problem/two-sum")).headers["X-Cache"] == "HIT"
    stats = await instance.leetcode.stats()
    assert (stats.backend, stats.healthy) == ("memory", False)
    deps = (await instance.http.get("/health/deps")).json()["data"]
    assert deps["dependencies"]["leetcode_cache"]["status"] == "degraded"


class TcpProxy:
    """Forwards a loopback port to Redis; `stop()` makes Redis vanish for whoever uses the port."""

    def __init__(self, target_port: int) -> None:
        self.port = free_port()
        self.target_port = target_port
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._pipe, "127.0.0.1", self.port)

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.transport.abort()
        self._writers.clear()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        self._writers |= {writer, up_writer}

        async def copy(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(copy(reader, up_writer), copy(up_reader, writer))


@pytest.fixture
async def redis_proxy(redis_prefix: str) -> AsyncIterator[TcpProxy]:
    proxy = TcpProxy(int(TEST_REDIS_URL.rsplit(":", 1)[1].split("/")[0]))
    await proxy.start()
    yield proxy
    with contextlib.suppress(AssertionError):
        await proxy.stop()


async def test_redis_lost_at_run_time_then_back(
    make_instance: MakeInstance,
    fake_leetcode: FakeLeetCode,
    redis_prefix: str,
    redis_proxy: TcpProxy,
) -> None:
    instance = await make_instance(
        redis_url=f"redis://127.0.0.1:{redis_proxy.port}/0", leetcode_redis_prefix=redis_prefix
    )
    await instance.http.get(f"{LC}/problem/two-sum")
    assert (await instance.leetcode.stats()).backend == "redis"

    await redis_proxy.stop()
    # still served: what was cached from the in-process copy, the rest from LeetCode
    assert (await instance.http.get(f"{LC}/problem/two-sum")).headers["X-Cache"] == "HIT"
    assert (await instance.http.get(f"{LC}/problem/3sum")).headers["X-Cache"] == "MISS"
    assert (await instance.http.get(f"{LC}/problem/3sum")).headers["X-Cache"] == "HIT"
    assert (await instance.leetcode.stats()).backend == "memory"
    deps = (await instance.http.get("/health/deps")).json()["data"]
    assert deps["status"] == "degraded"
    assert deps["dependencies"]["leetcode_cache"]["status"] == "degraded"

    await redis_proxy.start()
    deps = (await instance.http.get("/health/deps")).json()["data"]  # the probe reconnects
    assert deps["dependencies"]["leetcode_cache"]["status"] == "ok"
    assert (await instance.leetcode.stats()).backend == "redis"
