"""Progress changes pushed to every process (the change feed, PostgreSQL LISTEN/NOTIFY): the
progress views and the signed-in path are answered from what each process kept, with no
statement, until a change is announced; a change made on one replica shows on the others
within the stated bound; with the feed down every read checks the database again."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from leettrack.core import changes
from leettrack.core.changes import EVERYTHING, STALENESS_SECONDS, ChangeFeed, UserVersions
from leettrack.leetcode.models import Question
from leettrack.paths.seed import seed_catalog_and_paths
from leettrack.tracking.models import UserQuestion
from tests.helpers import PASSWORD, live_replicas, make_admin, register, server_env
from tests.paths.support import count_statements
from tests.production.conftest import client_for, terminate_change_feeds, until

pytestmark = pytest.mark.postgres

PROGRESS = "/api/v1/user/progress"
FOLLOWED = "/api/v1/user/learning-paths"
PATH = "/api/v1/learning-paths/neetcode-150"


async def _seed(app: Any) -> None:
    async with app.state.db.sessionmaker() as session:
        await seed_catalog_and_paths(session)
        await session.commit()


def _solved(http: httpx.Client, headers: dict[str, str]) -> tuple[int, int, int]:
    """Solved questions as the progress, the followed paths and the path read show them."""
    summary = http.get(PROGRESS, headers=headers).json()["data"]
    followed = http.get(FOLLOWED, headers=headers).json()["data"]
    path = http.get(PATH, headers=headers).json()["data"]
    return summary["solved"]["total"], followed[0]["solved"], path["progress"]["solved"]


@pytest.mark.slow
async def test_a_solve_on_one_replica_shows_on_the_other_within_the_bound(make_app, postgres_url):
    await _seed(await make_app(database_url=postgres_url))
    with live_replicas(server_env(postgres_url)) as (one, two):
        account = {"username": "pushed", "email": "pushed@example.com", "password": PASSWORD}
        token = one.post("/api/v1/auth/register", json=account).json()["data"]["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        assert one.post(f"{FOLLOWED}/neetcode-150/enroll", headers=headers).status_code == 201
        for _ in range(3):  # the second replica now answers these reads from what it kept
            assert _solved(two, headers) == (0, 0, 0)

        solve = one.put(
            "/api/v1/user/questions/two-sum", json={"status": "solved"}, headers=headers
        )
        assert solve.status_code == 200, solve.text
        solved_at = time.monotonic()
        while (seen := _solved(two, headers)) != (1, 1, 1):
            assert seen == (0, 0, 0), seen  # never half of it
            assert time.monotonic() - solved_at < STALENESS_SECONDS, "change not seen in time"
            time.sleep(0.01)
        assert _solved(one, headers) == (1, 1, 1)


@asynccontextmanager
async def _two_processes(
    make_app: Any, url: str
) -> AsyncIterator[tuple[Any, httpx.AsyncClient, httpx.AsyncClient, dict[str, Any]]]:
    """Two apps on one database (as two processes would be), the catalog seeded, and a user
    enrolled in NeetCode 150 through the first: (the second app, a client on each, the user)."""
    first = await make_app(database_url=url)
    second = await make_app(database_url=url)
    await _seed(first)
    async with client_for(first) as one, client_for(second) as two:
        user = await register(one)
        enrolled = await one.post(f"{FOLLOWED}/neetcode-150/enroll", headers=user["headers"])
        assert enrolled.status_code == 201
        yield second, one, two, user


async def test_kept_answers_cost_no_statement_and_an_announced_change_drops_them(
    make_app, postgres_url
):
    async with _two_processes(make_app, postgres_url) as (second, one, two, user):
        headers = user["headers"]
        reads = [(url, headers) for url in (PROGRESS, FOLLOWED, PATH)]
        for url, caller in [*reads, (PATH, {}), ("/api/v1/learning-paths", {})]:
            assert (await two.get(url, headers=caller)).status_code == 200
            with count_statements(second) as statements:
                assert (await two.get(url, headers=caller)).status_code == 200
            assert statements == [], (url, statements)

        renamed = {"name": "NeetCode 150, renamed"}
        await make_admin(second, user["user"]["id"])
        assert (await one.patch(PATH, json=renamed, headers=headers)).status_code == 200
        path = (await two.get(PATH, headers=headers)).json()["data"]
        followed = (await two.get(FOLLOWED, headers=headers)).json()["data"]
        assert path["name"] == followed[0]["name"] == "NeetCode 150, renamed"


async def test_with_the_feed_down_every_read_checks_the_database(
    make_app, postgres_url, monkeypatch
):
    monkeypatch.setattr(changes, "RECONNECT_SECONDS", 60.0)  # stay down for the test
    async with _two_processes(make_app, postgres_url) as (second, one, two, user):
        headers = user["headers"]
        solved = {"status": "solved"}
        put = await one.put("/api/v1/user/questions/two-sum", json=solved, headers=headers)
        assert put.status_code == 200
        for url in (PROGRESS, FOLLOWED, PATH):  # kept by the second process
            assert (await two.get(url, headers=headers)).status_code == 200

        terminate_change_feeds(postgres_url)
        await until(lambda: not second.state.changes.trusted)
        # an edit nothing announces: seen at once, each read checking its version
        async with second.state.db.sessionmaker() as session:
            two_sum = select(Question.id).where(Question.title_slug == "two-sum")
            await session.execute(
                update(UserQuestion)
                .where(UserQuestion.question_id == two_sum.scalar_subquery())
                .values(status="attempted")
            )
            await session.commit()
        summary = (await two.get(PROGRESS, headers=headers)).json()["data"]
        followed = (await two.get(FOLLOWED, headers=headers)).json()["data"]
        path = (await two.get(PATH, headers=headers)).json()["data"]
        assert (summary["solved"]["total"], summary["attempted"]) == (0, 1)
        assert followed[0]["solved"] == path["progress"]["solved"] == 0


def test_a_version_taken_before_an_announcement_never_matches_after_it():
    feed = ChangeFeed(dsn=None)
    versions = UserVersions(feed, "channel", max_users=3)
    assert versions.of(7) is None and versions.of_everyone() is None  # never trusted: no feed
    feed._last_heartbeat = time.monotonic()  # as if the feed had just answered
    seven, eight, everyone = versions.of(7), versions.of(8), versions.of_everyone()
    assert seven is not None and seven == versions.of(7)
    feed.deliver("channel", "7")
    assert versions.of(7) != seven and versions.of(8) == eight  # only that user's moved
    assert versions.of_everyone() == everyone
    feed.deliver("another channel", "8")
    assert versions.of(8) == eight
    seven = versions.of(7)
    feed.deliver("channel", EVERYTHING)  # a path changed: every user's moves
    assert versions.of(7) != seven and versions.of(8) != eight
    assert versions.of_everyone() != everyone
    untouched = versions.of(9)
    for user_id in (1, 2, 3):
        feed.deliver("channel", str(user_id))
    assert versions.of(9) == untouched
    feed.deliver("channel", "4")  # past `max_users` users, everything is forgotten at once
    assert versions.of(9) != untouched
    feed._last_heartbeat = time.monotonic() - STALENESS_SECONDS
    assert versions.of(7) is None  # no heartbeat within the bound: nothing trusted
