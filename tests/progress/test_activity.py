"""Streaks and the activity calendar, counted in the user's timezone."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select, update

from leettrack.app import create_app
from leettrack.leetcode.models import Question
from leettrack.progress.activity import calendar, events_per_day, offset_segments, streaks
from leettrack.settings import Settings
from leettrack.tracking.changes import announce_progress
from leettrack.tracking.models import QuestionActivity, UserQuestion
from tests.paths.support import NEETCODE, PATHS, USER, count_statements, data, error

PROGRESS = f"{USER}/progress"
D = date(2025, 6, 15)


def days(*offsets: int) -> list[date]:
    return [D - timedelta(days=offset) for offset in offsets]


@pytest.mark.parametrize(
    ("active", "today", "expected"),
    [
        ([], D, (0, 0)),
        (days(0), D, (1, 1)),
        (days(1), D, (1, 1)),  # yesterday still counts until today is over
        (days(2), D, (0, 1)),
        (days(0, 1, 2, 5, 6, 7, 8), D, (3, 4)),
        (days(1, 2, 3, 3, 4), D, (4, 4)),
        (days(10, 11, 12, 13, 14, 15), D, (0, 6)),
        (days(-1, 0), D, (1, 2)),  # a day ahead of "today" (clock skew) ends no run
    ],
)
def test_streaks(active, today, expected):
    assert streaks(active, today) == expected


def test_calendar_keeps_the_last_365_days():
    per_day = {
        D: 2,
        D - timedelta(days=364): 1,
        D - timedelta(days=365): 9,
        D + timedelta(days=1): 4,
    }
    assert calendar(per_day, D) == {"2024-06-16": 1, "2025-06-15": 2}


def test_offset_segments_follow_daylight_saving():
    zone = ZoneInfo("America/New_York")
    start, end = datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)
    assert offset_segments(zone, start, end) == [
        (datetime(2025, 3, 9, 7, tzinfo=UTC), -300),
        (datetime(2025, 11, 2, 6, tzinfo=UTC), -240),
        (end, -300),
    ]
    kolkata = ZoneInfo("Asia/Kolkata")
    assert offset_segments(kolkata, start, end) == [(end, 330)]


def _instants() -> list[datetime]:
    """Instants around midnights and daylight saving changes, over three years."""
    base = datetime(2024, 1, 1, tzinfo=UTC)
    around = [
        datetime(2024, 3, 10, 7, tzinfo=UTC),  # New York springs forward
        datetime(2024, 11, 3, 6, tzinfo=UTC),  # and falls back
        datetime(2025, 10, 4, 15, 30, tzinfo=UTC),  # Lord Howe: a 30-minute change
        datetime(2025, 4, 5, 15, tzinfo=UTC),
    ]
    instants = [
        base + timedelta(days=day, hours=hour)
        for day in range(0, 1000, 37)
        for hour in (0, 4, 13, 18, 23)
    ]
    for moment in around:
        instants += [
            moment + timedelta(minutes=delta) for delta in (-61, -31, -1, 0, 1, 29, 31, 61)
        ]
    return instants


@pytest.mark.parametrize(
    "zone", ["UTC", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Kiritimati"]
)
async def test_events_are_counted_per_local_day_in_sql(app, seeded, alice, zone):
    instants = _instants()
    async with app.state.db.sessionmaker() as session:
        question_id = await session.scalar(
            select(Question.id).where(Question.title_slug == "two-sum")
        )
        session.add_all(
            QuestionActivity(
                user_id=alice["user"]["id"], question_id=question_id, kind="solved", occurred_at=at
            )
            for at in instants
        )
        await session.commit()
        tz = ZoneInfo(zone)
        counted = await events_per_day(
            session, alice["user"]["id"], tz, datetime(2027, 1, 1, tzinfo=UTC)
        )
    assert counted == Counter(at.astimezone(tz).date() for at in instants)


async def record(app, user_id: int, slug: str, *moments: datetime) -> None:
    """Attempts at `moments` (in the past too), announced as the application's writes are."""
    async with app.state.db.sessionmaker() as session:
        await announce_progress(session, [user_id])
        question_id = await session.scalar(select(Question.id).where(Question.title_slug == slug))
        session.add_all(
            QuestionActivity(
                user_id=user_id, question_id=question_id, kind="attempted", occurred_at=at
            )
            for at in moments
        )
        await session.commit()


async def test_progress_summary(app, client, seeded, alice, bob):
    headers = alice["headers"]
    data(await client.patch("/api/v1/auth/me", json={"timezone": "Asia/Kolkata"}, headers=headers))
    data(await client.post(f"{USER}/learning-paths/{NEETCODE}/enroll", headers=headers), 201)
    for slug, status in [
        ("two-sum", "solved"),
        ("3sum", "solved"),
        ("median-of-two-sorted-arrays", "solved"),
        ("group-anagrams", "attempted"),
        ("climbing-stairs", "todo"),
    ]:
        data(await client.put(f"{USER}/questions/{slug}", json={"status": status}, headers=headers))
    data(
        await client.put(
            f"{USER}/questions/4sum", json={"status": "solved"}, headers=bob["headers"]
        )
    )
    now = datetime.now(UTC)
    zone = ZoneInfo("Asia/Kolkata")
    today = now.astimezone(zone).date()
    # yesterday and the day before (local noon), and an older run of five days

    def noon(day: date) -> datetime:
        return datetime.combine(day, datetime.min.time(), zone).replace(hour=12).astimezone(UTC)

    older = [today - timedelta(days=offset) for offset in range(40, 45)]
    await record(
        app, alice["user"]["id"], "two-sum", *(noon(today - timedelta(days=k)) for k in (1, 2))
    )
    await record(app, alice["user"]["id"], "two-sum", *(noon(day) for day in older))
    await record(app, alice["user"]["id"], "two-sum", noon(today - timedelta(days=400)))
    summary = data(await client.get(PROGRESS, headers=headers))
    assert summary["timezone"] == "Asia/Kolkata"
    assert summary["solved"] == {"total": 3, "easy": 1, "medium": 1, "hard": 1}
    assert summary["attempted"] == 1
    topics = {t["category"]: t for t in summary["by_category"]}
    assert topics["Array"] == {"category": "Array", "solved": 3, "attempted": 1}
    assert topics["Hash Table"]["solved"] == 1 and topics["Hash Table"]["attempted"] == 1
    assert summary["by_category"][0]["category"] == "Array"  # most solved first
    assert summary["by_path"] == [
        {
            "path_id": summary["by_path"][0]["path_id"],
            "slug": NEETCODE,
            "name": "NeetCode 150",
            "solved": 3,
            "total": 150,
            "percent": 2.0,
        }
    ]
    assert summary["streak"] == {"current": 3, "longest": 5}
    activity = summary["activity"]
    assert activity[today.isoformat()] == 4  # three solves and one attempt just now
    assert activity[(today - timedelta(days=1)).isoformat()] == 1
    assert all(activity[day.isoformat()] == 1 for day in older)
    assert (today - timedelta(days=400)).isoformat() not in activity
    assert len(activity) == 3 + len(older)
    assert list(activity) == sorted(activity)
    error(await client.get(PROGRESS), 401, "UNAUTHORIZED")


async def test_progress_of_a_new_user_is_empty(client, seeded, alice):
    summary = data(await client.get(PROGRESS, headers=alice["headers"]))
    assert summary == {
        "timezone": "UTC",
        "solved": {"total": 0, "easy": 0, "medium": 0, "hard": 0},
        "attempted": 0,
        "by_category": [],
        "by_path": [],
        "streak": {"current": 0, "longest": 0},
        "activity": {},
    }


async def test_progress_views_take_a_constant_number_of_statements(app, client, seeded, alice):
    headers = alice["headers"]
    urls = [PROGRESS, f"{USER}/dashboard", f"{USER}/learning-paths", f"{USER}/questions"]

    async def statements_per_view() -> dict[str, int]:
        counts = {}
        for url in urls:
            with count_statements(app) as statements:
                data(await client.get(url, headers=headers))
            counts[url] = len(statements)
        return counts

    data(await client.post(f"{USER}/learning-paths/{NEETCODE}/enroll", headers=headers), 201)
    data(await client.put(f"{USER}/questions/4sum", json={"status": "solved"}, headers=headers))
    small = await statements_per_view()
    data(await client.post(f"{USER}/learning-paths/blind-75/enroll", headers=headers), 201)
    path = data(await client.get(f"/api/v1/learning-paths/{NEETCODE}"))
    for question in path["questions"][:40]:
        for status in ("attempted", "solved"):
            body = {"status": status}
            data(
                await client.put(
                    f"{USER}/questions/{question['title_slug']}", json=body, headers=headers
                )
            )
    await record(
        app,
        alice["user"]["id"],
        "two-sum",
        *(datetime.now(UTC) - timedelta(days=day) for day in range(0, 300, 3)),
    )
    assert await statements_per_view() == small


def _reads(statements: list[str]) -> list[str]:
    return [statement for statement in statements if "auth_sessions" not in statement]


async def test_progress_and_followed_paths_are_kept_while_unchanged(app, client, seeded, alice):
    """Each read takes the version of the caller's progress: on PostgreSQL from the change feed
    (no statement), on SQLite from the database (one statement). An answer is made (one statement
    on PostgreSQL; on SQLite the progress first reads when the history starts, having no time
    zone database) when it changed, and served as kept while it has not."""
    headers = alice["headers"]
    data(await client.post(f"{USER}/learning-paths/{NEETCODE}/enroll", headers=headers), 201)
    data(await client.put(f"{USER}/questions/4sum", json={"status": "solved"}, headers=headers))
    postgres = app.state.db.engine.dialect.name == "postgresql"
    assert app.state.changes.trusted == postgres
    version = 0 if postgres else 1
    for url, made in [(PROGRESS, 1 if postgres else 2), (f"{USER}/learning-paths", 1)]:
        with count_statements(app) as statements:
            first = await client.get(url, headers=headers)
        assert first.status_code == 200 and len(_reads(statements)) == version + made, statements
        with count_statements(app) as statements:
            again = await client.get(url, headers=headers)
        assert again.content == first.content
        assert len(_reads(statements)) == version, statements


async def test_every_change_to_the_progress_shows_at_the_next_read(
    app, client, settings, seeded, alice, admin
):
    headers = alice["headers"]
    user_id = alice["user"]["id"]

    async def views() -> tuple[dict[str, Any], list[dict[str, Any]]]:
        return (
            data(await client.get(PROGRESS, headers=headers)),
            data(await client.get(f"{USER}/learning-paths", headers=headers)),
        )

    data(await client.post(f"{USER}/learning-paths/{NEETCODE}/enroll", headers=headers), 201)
    summary, followed = await views()
    assert (summary["solved"]["total"], followed[0]["solved"]) == (0, 0)

    data(await client.put(f"{USER}/questions/two-sum", json={"status": "solved"}, headers=headers))
    summary, followed = await views()
    assert (summary["solved"]["total"], followed[0]["solved"]) == (1, 1)

    data(await client.put(f"{USER}/questions/two-sum", json={"status": "todo"}, headers=headers))
    summary, followed = await views()
    assert (summary["solved"]["total"], followed[0]["solved"]) == (0, 0)

    await record(app, user_id, "4sum", datetime.now(UTC) - timedelta(days=30))
    summary, _ = await views()
    assert len(summary["activity"]) == 2  # the day solved, and that of the event written here

    data(await client.post(f"{USER}/learning-paths/blind-75/enroll", headers=headers), 201)
    summary, followed = await views()
    assert [path["slug"] for path in followed] == [NEETCODE, "blind-75"]
    assert [path["slug"] for path in summary["by_path"]] == [NEETCODE, "blind-75"]

    # another replica's writes, through its own API: a path renamed, a question solved
    async with another_replica(settings) as other:
        rename = {"name": "Blind 75, renamed"}
        data(await other.patch(f"{PATHS}/blind-75", json=rename, headers=admin["headers"]))
        summary, followed = await views()
        assert followed[1]["name"] == summary["by_path"][1]["name"] == "Blind 75, renamed"
        solved = {"status": "solved"}
        data(await other.put(f"{USER}/questions/two-sum", json=solved, headers=headers))
        summary, followed = await views()
        assert (summary["solved"]["total"], followed[0]["solved"]) == (1, 1)

    data(await client.delete(f"{USER}/learning-paths/blind-75/enroll", headers=headers))
    summary, followed = await views()
    assert [path["slug"] for path in followed] == [NEETCODE]
    assert [path["slug"] for path in summary["by_path"]] == [NEETCODE]


async def test_a_kept_progress_answer_lives_its_lifetime_at_most(app, client, seeded, alice):
    """The backstop for what no version sees: a catalog edit (a question's difficulty); and,
    where the version is pushed (the change feed, PostgreSQL), an edit made in SQL, which
    nothing announces. Where it is read in the database (SQLite), the SQL edit shows at once."""
    headers = alice["headers"]
    for slug in ("two-sum", "3sum"):
        data(
            await client.put(f"{USER}/questions/{slug}", json={"status": "solved"}, headers=headers)
        )
    assert data(await client.get(PROGRESS, headers=headers))["solved"]["easy"] == 1
    async with app.state.db.sessionmaker() as session:
        await session.execute(
            update(Question).where(Question.title_slug == "two-sum").values(difficulty="Hard")
        )
        await session.commit()
    assert data(await client.get(PROGRESS, headers=headers))["solved"]["easy"] == 1  # kept
    async with app.state.db.sessionmaker() as session:
        three_sum = select(Question.id).where(Question.title_slug == "3sum").scalar_subquery()
        await session.execute(
            update(UserQuestion)
            .where(UserQuestion.question_id == three_sum)
            .values(status="attempted")
        )
        await session.commit()
    solved = data(await client.get(PROGRESS, headers=headers))["solved"]
    if app.state.changes.trusted:
        assert (solved["easy"], solved["total"]) == (1, 2)  # kept: nothing announced the edit
    else:
        assert (solved["hard"], solved["total"]) == (1, 1)  # its version moved: made again
    app.state.progress_answers.ttl = 0
    solved = data(await client.get(PROGRESS, headers=headers))["solved"]
    assert (solved["hard"], solved["total"]) == (1, 1)


@asynccontextmanager
async def another_replica(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A second application on the same database, as another replica would be."""
    other = create_app(settings)
    async with other.router.lifespan_context(other):
        transport = httpx.ASGITransport(app=other)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield http
