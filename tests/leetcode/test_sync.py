"""`leettrack catalog sync`: the full problem list, page by page, upserted as metadata only."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.leetcode.models import Question
from leettrack.leetcode.sync import sync_catalog
from tests.fakes import leetcode_data as data
from tests.fakes.leetcode_server import FakeLeetCode, Fault
from tests.helpers import server_env


async def questions(session: AsyncSession) -> dict[str, Question]:
    session.expire_all()
    rows = (await session.scalars(select(Question))).all()
    return {row.title_slug: row for row in rows}


async def test_sync_pulls_every_page_into_the_questions_table(
    app: FastAPI, db_session: AsyncSession, fake_leetcode: FakeLeetCode
) -> None:
    seen: list[tuple[int, int]] = []
    report = await sync_catalog(
        app.state.leetcode,
        app.state.db.sessionmaker,
        page_size=10,
        progress=lambda done, total: seen.append((done, total)),
    )
    total = len(data.PROBLEMS)
    assert (report.fetched, report.created, report.updated) == (total, total, 0)
    assert fake_leetcode.calls == {"problemsetQuestionList": math.ceil(total / 10)}
    assert seen == [(min(done, total), total) for done in range(10, total + 10, 10)]

    rows = await questions(db_session)
    assert len(rows) == total
    two_sum = rows["two-sum"]
    assert (two_sum.frontend_id, two_sum.title, two_sum.difficulty) == (1, "Two Sum", "Easy")
    assert two_sum.topic_tags == [
        {"name": "Array", "slug": "array"},
        {"name": "Hash Table", "slug": "hash-table"},
    ]
    assert (two_sum.is_paid_only, two_sum.ac_rate) == (False, 55.2)
    assert rows["meeting-rooms-ii"].is_paid_only is True


async def test_sync_updates_known_rows_and_follows_renames(
    app: FastAPI, db_session: AsyncSession, fake_leetcode: FakeLeetCode
) -> None:
    renamed = Question(
        frontend_id=1, title_slug="two-sum-old", title="Two Sum", difficulty="Easy", topic_tags=[]
    )
    stale = Question(
        frontend_id=3, title_slug="3sum", title="3 Sum", difficulty="Hard", topic_tags=[]
    )  # LeetCode's 3sum is number 15; 3 belongs to another problem
    db_session.add_all([renamed, stale])
    await db_session.commit()
    renamed_id, stale_id = renamed.id, stale.id

    report = await sync_catalog(app.state.leetcode, app.state.db.sessionmaker)
    assert (report.created, report.updated) == (len(data.PROBLEMS) - 2, 2)

    rows = await questions(db_session)
    assert len(rows) == len(data.PROBLEMS)
    assert "two-sum-old" not in rows
    assert rows["two-sum"].id == renamed_id  # the same row, so progress on it is kept
    assert rows["3sum"].id == stale_id
    assert (rows["3sum"].frontend_id, rows["3sum"].difficulty) == (15, "Medium")
    assert rows["longest-substring-without-repeating-characters"].frontend_id == 3

    again = await sync_catalog(app.state.leetcode, app.state.db.sessionmaker)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(data.PROBLEMS))


def run_cli(database_url: str, fake: FakeLeetCode) -> subprocess.CompletedProcess[str]:
    env = server_env(database_url, LEETCODE_GRAPHQL_URL=fake.url, LEETCODE_TIMEOUT="5")
    return subprocess.run(
        [sys.executable, "-m", "leettrack", "catalog", "sync", "--page-size", "20"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow  # the command in a child process
async def test_cli_command(
    database_url: str, db_session: AsyncSession, fake_leetcode: FakeLeetCode
) -> None:
    done = run_cli(database_url, fake_leetcode)
    assert done.returncode == 0, done.stderr
    total = len(data.PROBLEMS)
    assert f"synced {total} problems: {total} new, 0 updated, 0 unchanged" in done.stdout
    assert len(await questions(db_session)) == total


@pytest.mark.slow  # the command in a child process
async def test_cli_command_reports_an_unreachable_leetcode(
    database_url: str, fake_leetcode: FakeLeetCode
) -> None:
    fake_leetcode.set_fault(Fault.DOWN)
    done = run_cli(database_url, fake_leetcode)
    assert done.returncode == 1
    assert "error: LeetCode is unreachable" in done.stderr
