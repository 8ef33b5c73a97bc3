"""/metrics: requests by route template and status, component state, business counters, and the
multiprocess mode of `leettrack serve --workers N`."""

from __future__ import annotations

import asyncio
import os
import time
from functools import partial

import httpx
import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from leettrack.core import metrics
from leettrack.executor import record_execution
from tests.helpers import LiveServer, register, server_env
from tests.production.conftest import client_for


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


def value(text: str, name: str, **labels: str) -> float:
    return samples(text).get((name, frozenset(labels.items())), 0.0)


async def scrape(client: httpx.AsyncClient) -> str:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return response.text


def delta(before: str, after: str, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


def http_requests(text: str, route: str, status: str, method: str = "GET") -> float:
    return value(text, "leettrack_http_requests_total", method=method, route=route, status=status)


def requests_delta(before: str, after: str, route: str, status: str) -> float:
    return http_requests(after, route, status) - http_requests(before, route, status)


async def test_requests_are_counted_by_route_template(make_client, leetcode_overrides):
    client = await make_client(**leetcode_overrides)
    route = "/api/v1/leetcode/problem/{slug}"
    before = await scrape(client)
    for slug in ("two-sum", "two-sum", "3sum"):
        assert (await client.get(f"/api/v1/leetcode/problem/{slug}")).status_code == 200
    await client.get("/nowhere/at-all")
    after = await scrape(client)
    assert requests_delta(before, after, route, "200") == 3
    assert requests_delta(before, after, "<unmatched>", "404") == 1
    assert not any("two-sum" in labels_text for labels_text in _route_labels(after))
    count = "leettrack_http_request_duration_seconds_count"
    labels = {"method": "GET", "route": route, "status": "200"}
    assert delta(before, after, count, **labels) == 3
    assert value(after, "leettrack_http_requests_in_flight") >= 1  # the scrape itself


async def test_a_router_under_two_prefixes_is_counted_under_each(make_client):
    client = await make_client()
    before = await scrape(client)
    for prefix in ("/api/v1/auth", "/api/auth"):  # one router, the second prefix undocumented
        response = await client.post(
            f"{prefix}/login", json={"username": "nobody", "password": "x"}
        )
        assert response.status_code == 401
    assert (await client.get("/api/v1/learning-paths")).status_code == 200
    after = await scrape(client)
    for route in ("/api/v1/auth/login", "/api/auth/login"):
        grew = http_requests(after, route, "401", "POST") - http_requests(
            before, route, "401", "POST"
        )
        assert grew == 1, route
    assert requests_delta(before, after, "/api/v1/learning-paths", "200") == 1


async def test_collectors_run_on_each_scrape_and_a_failing_one_spares_the_others(make_app):
    app = await make_app()
    seen: list[str] = []

    def broken() -> None:
        raise RuntimeError("component gone")

    app.state.collectors.register("broken", broken)
    app.state.collectors.register("probe", lambda: seen.append("probe"))
    async with client_for(app) as http:
        text = await scrape(http)
        await scrape(http)
    assert seen == ["probe", "probe"]
    assert value(text, "leettrack_db_pool_connections", state="size") >= 1


def _route_labels(text: str) -> set[str]:
    return {
        dict(labels).get("route", "")
        for (name, labels) in samples(text)
        if name == "leettrack_http_requests_total"
    }


async def test_refusals_before_routing_keep_their_route(make_client):
    client = await make_client(rate_limit_max_requests=1, max_body_bytes=1024)
    before = await scrape(client)
    await client.get("/api/v1/ping")
    assert (await client.get("/api/v1/ping")).status_code == 429
    after = await scrape(client)
    assert requests_delta(before, after, "/api/v1/ping", "429") == 1
    assert delta(before, after, "leettrack_rate_limited_total", policy="global") == 1


async def test_component_state_and_business_counters(make_client, leetcode_overrides):
    client = await make_client(**leetcode_overrides)
    before = await scrape(client)
    await register(client)
    await client.get("/api/v1/leetcode/daily-question")  # a miss, one upstream call
    await client.get("/api/v1/leetcode/daily-question")  # a hit
    after = await scrape(client)
    grew = partial(delta, before, after)
    assert grew("leettrack_registrations_total") == 1
    assert grew("leettrack_leetcode_cache_total", result="miss") == 1
    assert grew("leettrack_leetcode_cache_total", result="hit") == 1
    assert grew("leettrack_leetcode_upstream_requests_total") == 1
    assert value(after, "leettrack_db_pool_connections", state="size") >= 1
    assert value(after, "leettrack_executor_queue_depth") == 0
    assert value(after, "leettrack_build_info", version=metrics.__version__) == 1


def test_recording_helpers_for_other_domains():
    before = generate_latest().decode()
    record_execution("timeout", 10.2)
    metrics.record_submission(passed=True)
    metrics.REVIEWS.inc()
    after = generate_latest().decode()
    grew = partial(delta, before, after)
    assert grew("leettrack_executor_runs_total", status="timeout") == 1
    assert grew("leettrack_executor_run_duration_seconds_bucket", le="30.0") == 1
    assert grew("leettrack_executor_run_duration_seconds_bucket", le="10.0") == 0
    assert grew("leettrack_submissions_total", result="passed") == 1
    assert grew("leettrack_reviews_total") == 1


@pytest.mark.sandbox
async def test_the_executor_pool_load_is_published(make_app):
    app = await make_app(executor_max_concurrency=1)
    async with client_for(app) as http:
        user = await register(http)
        slow = {"code": "import time\ntime.sleep(1.5)\nprint('done')"}

        async def run() -> httpx.Response:
            return await http.post("/api/v1/exercises/run", json=slow, headers=user["headers"])

        before = await scrape(http)
        runs = [asyncio.create_task(run()) for _ in range(2)]
        during = await scrape(http)
        deadline = time.monotonic() + 10  # a busy machine takes a while to start the first run
        while value(during, "leettrack_executor_queue_depth") == 0:  # the second one waits
            assert time.monotonic() < deadline, "the second run never waited"
            await asyncio.sleep(0.05)
            during = await scrape(http)
        answers = await asyncio.gather(*runs)
        after = await scrape(http)
    assert delta(before, after, "leettrack_executor_runs_total", status="ok") == 2
    assert delta(before, after, "leettrack_executor_run_duration_seconds_bucket", le="1.0") == 0
    assert delta(before, after, "leettrack_executor_run_duration_seconds_bucket", le="2.0") == 2
    assert [a.json()["data"]["status"] for a in answers] == ["ok", "ok"]
    assert value(during, "leettrack_executor_runs_in_progress") == 1
    assert value(during, "leettrack_executor_queue_depth") == 1
    assert value(after, "leettrack_executor_runs_in_progress") == 0
    assert value(after, "leettrack_executor_queue_depth") == 0


@pytest.mark.slow
def test_workers_aggregate_their_metrics(database_url, tmp_path):
    directory = tmp_path / "prometheus"
    directory.mkdir()
    (directory / "counter_999999.db").write_bytes(b"stale data of an earlier run")
    server = LiveServer(
        server_env(database_url, PROMETHEUS_MULTIPROC_DIR=str(directory)), workers=2
    )
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            for _ in range(30):
                assert http.get("/api/v1/ping").status_code == 200
            texts = [http.get("/metrics").text for _ in range(4)]
        files = os.listdir(directory)
    finally:
        server.stop()
    assert "counter_999999.db" not in files  # wiped at start
    for text in texts:  # whichever worker answers, it reports both
        assert http_requests(text, "/api/v1/ping", "200") == 30
        assert value(text, "leettrack_http_requests_in_flight") >= 1
    pids = {name.rsplit("_", 1)[1] for name in files if name.startswith("histogram_")}
    assert len(pids) == 2, files


@pytest.mark.slow
def test_several_workers_get_a_private_directory(database_url):
    env = server_env(database_url)
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    server = LiveServer(env, workers=2)
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            for _ in range(10):
                http.get("/api/v1/ping")
            text = http.get("/metrics").text
    finally:
        server.stop()
    assert http_requests(text, "/api/v1/ping", "200") == 10


async def test_metrics_route_is_not_rate_limited_nor_documented(make_app):
    app = await make_app(rate_limit_max_requests=1)
    async with client_for(app) as http:
        for _ in range(3):
            assert (await http.get("/metrics")).status_code == 200
        paths = (await http.get("/openapi.json")).json()["paths"]
    assert "/metrics" not in paths
