"""Small SQL helpers that differ between SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, exists, func, select, type_coerce
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession


def dialect_name(session: AsyncSession) -> str:
    return session.get_bind().dialect.name


def upsert(session: AsyncSession) -> Any:
    """The dialect's `insert` construct, which knows `ON CONFLICT` (both databases have it)."""
    return pg_insert if dialect_name(session) == "postgresql" else sqlite_insert


def json_array_contains(session: AsyncSession, column: Any, value: str) -> ColumnElement[bool]:
    """`value` is an element of the JSON array of strings in `column`."""
    if dialect_name(session) == "postgresql":
        return type_coerce(column, JSONB).contains([value])  # @>
    items = func.json_each(column).table_valued("value").alias("items")
    return exists(select(1).select_from(items).where(items.c.value == value))


def percent(solved: int, total: int) -> float:
    return round(100.0 * solved / total, 1) if total else 0.0
