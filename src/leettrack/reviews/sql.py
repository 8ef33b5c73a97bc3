"""Portable SQL for time arithmetic: seconds since the Unix epoch on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

QUARTER_HOUR = 900  # every UTC offset and DST shift in use is a multiple of 15 minutes


class epoch_seconds(FunctionElement[int]):
    """Whole seconds since 1970-01-01 UTC of a timestamp column."""

    type = BigInteger()
    inherit_cache = True


@compiles(epoch_seconds)
def _epoch_sqlite(element: epoch_seconds, compiler: Any, **kw: Any) -> str:
    # SQLite stores UTC timestamps as naive text; strftime('%s') reads them as UTC.
    return f"CAST(strftime('%s', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(epoch_seconds, "postgresql")
def _epoch_postgresql(element: epoch_seconds, compiler: Any, **kw: Any) -> str:
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)})) AS BIGINT)"


def quarter_hour(column: QueryableAttribute[Any] | ColumnElement[Any]) -> ColumnElement[int]:
    """The 15-minute UTC slot of a timestamp: no slot straddles a local midnight anywhere, so
    slots can be counted in SQL and assigned to the user's local days afterwards."""
    return epoch_seconds(column) // QUARTER_HOUR
