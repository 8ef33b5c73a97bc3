"""One Alembic history: upgrade, downgrade to base and upgrade again, on the test's database."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from leettrack import migrate
from leettrack.models import Base
from tests.helpers import TEST_DATABASE_URL, make_settings


@pytest.fixture
def fresh_url(tmp_path, migrated_template):
    # On PostgreSQL the session's test database is used (it is migrated again afterwards).
    return TEST_DATABASE_URL or f"sqlite:///{tmp_path / 'roundtrip.db'}"


def _tables(url: str) -> set[str]:
    from sqlalchemy import create_engine

    sync_url = (
        make_settings(url)
        .async_database_url.replace("+asyncpg", "+psycopg")
        .replace("+aiosqlite", "")
    )
    engine = create_engine(sync_url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade(fresh_url):
    settings = make_settings(fresh_url)
    expected = {table.name for table in Base.metadata.sorted_tables}
    migrate.upgrade(settings)
    assert _tables(fresh_url) == expected
    migrate.downgrade(settings, "base")
    assert _tables(fresh_url) == set()
    migrate.upgrade(settings)
    assert _tables(fresh_url) == expected


def test_foreign_keys_are_indexed(fresh_url):
    from sqlalchemy import create_engine

    migrate.upgrade(make_settings(fresh_url))
    sync_url = (
        make_settings(fresh_url)
        .async_database_url.replace("+asyncpg", "+psycopg")
        .replace("+aiosqlite", "")
    )
    engine = create_engine(sync_url)
    try:
        inspector = inspect(engine)
        for table in Base.metadata.sorted_tables:
            indexed = [index["column_names"] for index in inspector.get_indexes(table.name)] + [
                c["column_names"] for c in inspector.get_unique_constraints(table.name)
            ]
            for fk in inspector.get_foreign_keys(table.name):
                column = fk["constrained_columns"][0]
                assert any(cols and cols[0] == column for cols in indexed), (
                    f"{table.name}.{column} has no index leading with it"
                )
    finally:
        engine.dispose()
