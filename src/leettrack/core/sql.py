"""Small SQL helpers that differ between SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ColumnElement, exists, func, select, type_coerce
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


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


class json_rows(FunctionElement[Any]):
    """Aggregate: the rows of a (sub)query as one JSON array of arrays, `[[a, b], ...]`, NULL
    when there are none. Lets one statement answer several differently shaped questions, one
    scalar subquery each, on both databases."""

    type = JSON()
    inherit_cache = True
    name = "json_rows"


@compiles(json_rows, "postgresql")
def _json_rows_postgresql(element: json_rows, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_agg(json_build_array({compiler.process(element.clauses, **kw)}))"


@compiles(json_rows, "sqlite")
def _json_rows_sqlite(element: json_rows, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_group_array(json_array({compiler.process(element.clauses, **kw)}))"
