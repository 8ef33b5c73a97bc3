"""Database engine, sessions and the declarative base shared by every domain's models."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import asyncpg
from sqlalchemy import JSON, DateTime, MetaData, Select, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from leettrack.settings import Settings

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSONType,
        list[dict[str, Any]]: JSONType,
        list[str]: JSONType,
    }


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_engine(settings: Settings) -> AsyncEngine:
    url = settings.async_database_url
    if settings.is_sqlite:
        database = url.split(":///", 1)[1] if ":///" in url else ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(
            url, echo=settings.database_echo, hide_parameters=not settings.database_echo
        )
        event.listen(engine.sync_engine, "connect", _enable_sqlite_pragmas)
        return engine
    return create_async_engine(
        url,
        echo=settings.database_echo,
        # Bound values (learner code, token digests) stay out of logged errors unless SQL is
        # echoed on purpose.
        hide_parameters=not settings.database_echo,
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_max_overflow,
        # No ping per checkout (a round trip on every request): a connection that died with its
        # server fails one request with a 503, and SQLAlchemy then replaces the whole pool.
        pool_recycle=1800,
    )


Rows = Sequence[Mapping[str, Any]]
Query = Select[*tuple[Any, ...]]
MAX_COMPILED = 512


async def _decode_json(connection: asyncpg.Connection) -> None:
    for name in ("json", "jsonb"):
        await connection.set_type_codec(
            name, encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
        )


class Database:
    """One engine and session factory per process, kept on `app.state.db`; on PostgreSQL also
    a small asyncpg pool for the hot reads (`fetch`)."""

    def __init__(self, settings: Settings) -> None:
        self.engine = create_engine(settings)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)
        # Reads of one statement need no transaction: no BEGIN and ROLLBACK round trips.
        self.read_sessionmaker = async_sessionmaker(
            self.engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False
        )
        url = settings.async_database_url
        self._dsn = url.replace("+asyncpg", "", 1) if url.startswith("postgresql") else None
        self._reads_pool_size = max(2, settings.database_pool_size // 2)
        self._reads: asyncpg.Pool | None = None
        self._compiled: dict[Query, tuple[str, tuple[str, ...], dict[str, Any]]] = {}
        # Called with the SQL and the positional values of each statement `fetch` runs past
        # SQLAlchemy (whose `before_cursor_execute` event sees every other one).
        self.fetch_observers: list[Callable[[str, tuple[Any, ...]], None]] = []

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def start(self) -> None:
        """Open the hot reads' pool (PostgreSQL only; its connections open as needed)."""
        if self._dsn is not None and self._reads is None:
            self._reads = await asyncpg.create_pool(
                self._dsn, min_size=0, max_size=self._reads_pool_size, init=_decode_json
            )

    async def fetch(self, statement: Query, parameters: Mapping[str, Any]) -> Rows:
        """The rows of a read of one Core statement, outside any transaction, as mappings.

        On PostgreSQL the statement is compiled once and runs as an asyncpg prepared statement
        (asyncpg keeps it prepared per connection) on the hot reads' pool: no ORM, no session,
        no SQLAlchemy result processing. So its parameters must be plain values (int, str,
        bool) and its columns come back as asyncpg decodes them: timestamps aware, JSON
        decoded. Elsewhere (SQLite) it runs on an engine connection, with the same results."""
        if self._reads is None:
            async with self.engine.connect() as connection:
                result = await connection.execute(statement, dict(parameters))
                return cast(Rows, result.mappings().all())
        sql, names, defaults = self._compile(statement, parameters)
        values = defaults | dict(parameters)
        arguments = tuple(values[name] for name in names)
        for observe in self.fetch_observers:
            observe(sql, arguments)
        async with self._reads.acquire() as connection:
            rows: Rows = await connection.fetch(sql, *arguments)
            return rows

    def _compile(
        self, statement: Query, parameters: Mapping[str, Any]
    ) -> tuple[str, tuple[str, ...], dict[str, Any]]:
        """The SQL, the names of its positional parameters, and the values of those the
        statement fixes itself (constants, and `IN` lists rendered one placeholder each). The
        first call's `parameters` only let it compile: their values are not in the SQL."""
        compiled = self._compiled.get(statement)
        if compiled is None:
            if len(self._compiled) >= MAX_COMPILED:  # statements are built once: a safety net
                self._compiled.clear()
            done = statement.params(dict(parameters)).compile(dialect=self.engine.dialect)
            state = done.construct_expanded_state()
            compiled = (state.statement, tuple(state.positiontup or ()), dict(state.parameters))
            self._compiled[statement] = compiled
        return compiled

    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            yield session

    async def dispose(self) -> None:
        if self._reads is not None:
            await self._reads.close()
            self._reads = None
        await self.engine.dispose()
