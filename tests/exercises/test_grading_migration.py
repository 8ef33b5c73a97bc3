"""Revision 0003_grading on existing data: completions that a passing submission backs become
verified, self-reported ones do not, and reports stored before examples and hidden cases were
told apart keep each case's name and verdict only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, create_engine, select

from leettrack import migrate
from leettrack.settings import Settings
from tests.helpers import TEST_DATABASE_URL, make_settings

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
OLD_REPORT = {
    "passed": False,
    "status": "ok",
    "summary": {"passed": 1, "failed": 1, "total": 2},
    "tests": [
        {"name": "classic example", "passed": True, "message": "", "duration_ms": 1.5},
        {
            "name": "negative numbers",
            "passed": False,
            "message": "expected [2, 4], got null",
            "duration_ms": 1.0,
        },
    ],
    "stdout": "[-1, -2, -3, -4, -5] -8\n",
    "stderr": "",
    "duration_ms": 30.0,
}


@pytest.fixture
def database(tmp_path: Path, migrated_template: str) -> Iterator[tuple[Engine, Settings]]:
    """A database at revision 0002 (back at head afterwards), and its settings."""
    url = TEST_DATABASE_URL or f"sqlite:///{tmp_path / 'grading.db'}"
    settings = make_settings(url)
    sync_url = settings.async_database_url.replace("+asyncpg", "+psycopg").replace("+aiosqlite", "")
    migrate.upgrade(settings)
    migrate.downgrade(settings, "0002_review_log_scheduler")
    _clear(create_engine(sync_url))  # PostgreSQL: the session's database may hold rows
    engine = create_engine(sync_url)
    try:
        yield engine, settings
    finally:
        engine.dispose()
        migrate.downgrade(settings, "0002_review_log_scheduler")
        _clear(create_engine(sync_url))
        migrate.upgrade(settings)


def _clear(engine: Engine) -> None:
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        for name in ("exercise_submissions", "exercise_progress", "exercises", "users"):
            connection.execute(tables.tables[name].delete())
    engine.dispose()


def _rows(engine: Engine) -> dict[str, Any]:
    tables = MetaData()
    tables.reflect(engine)
    return tables.tables


def _seed_old_data(engine: Engine) -> None:
    tables = _rows(engine)
    with engine.begin() as connection:
        connection.execute(
            tables["users"].insert(),
            [
                {
                    "id": 9001,
                    "username": "migrated",
                    "email": "migrated@example.com",
                    "password_hash": "x",
                    "is_active": True,
                    "is_admin": False,
                    "timezone": "UTC",
                    "desired_retention": 0.9,
                    "maximum_interval_days": 36500,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            ],
        )
        exercise = {
            "description": "d",
            "difficulty": "beginner",
            "category": "basics",
            "topics": [],
            "estimated_minutes": 5,
            "prerequisites": [],
            "objectives": [],
            "instructions": "i",
            "starter_code": "",
            "solution_code": "",
            "hints": [],
            "tests": {"cases": []},
            "created_at": NOW,
            "updated_at": NOW,
        }
        connection.execute(
            tables["exercises"].insert(),
            [
                {**exercise, "id": "solved", "title": "Solved", "sort_order": 1},
                {**exercise, "id": "claimed", "title": "Claimed", "sort_order": 2},
            ],
        )
        progress = {"user_id": 9001, "status": "completed", "attempts": 1, "started_at": NOW}
        connection.execute(
            tables["exercise_progress"].insert(),
            [
                {**progress, "exercise_id": "solved", "completed_at": NOW, "updated_at": NOW},
                {**progress, "exercise_id": "claimed", "completed_at": NOW, "updated_at": NOW},
            ],
        )
        submission = {"user_id": 9001, "code": "x", "passed": 1, "total": 2, "duration_ms": 30}
        connection.execute(
            tables["exercise_submissions"].insert(),
            [
                {
                    **submission,
                    "exercise_id": exercise_id,
                    "success": success,
                    "test_results": OLD_REPORT,
                    "submitted_at": NOW + timedelta(minutes=minutes),
                }
                for exercise_id, success, minutes in (
                    ("solved", False, 0),
                    ("solved", True, 5),
                    ("solved", True, 9),
                    ("claimed", False, 1),
                )
            ],
        )


def test_existing_progress_and_reports_are_carried_over(
    database: tuple[Engine, Settings],
) -> None:
    engine, settings = database
    _seed_old_data(engine)
    migrate.upgrade(settings)
    tables = _rows(engine)
    with engine.connect() as connection:
        progress = tables["exercise_progress"]
        rows = connection.execute(select(progress.c.exercise_id, progress.c.verified_at))
        verified = {exercise_id: verified_at for exercise_id, verified_at in rows}
        reports = connection.execute(select(tables["exercise_submissions"].c.test_results)).all()
        seeds = connection.execute(select(tables["exercise_submissions"].c.seed)).scalars().all()
    assert verified["claimed"] is None
    assert verified["solved"] is not None
    assert verified["solved"].replace(tzinfo=UTC) == NOW + timedelta(minutes=5)
    assert seeds == [None] * 4
    for (report,) in reports:
        assert report["stdout"] == report["stderr"] == ""
        assert [(test["name"], test["passed"]) for test in report["tests"]] == [
            ("classic example", True),
            ("negative numbers", False),
        ]
        assert all(test["visibility"] == "hidden" for test in report["tests"])
        assert "[2, 4]" not in str(report) and "-8" not in str(report)
