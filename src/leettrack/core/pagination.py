"""One page of a query's rows and the number of rows on all pages: what every list route answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVarTuple

from sqlalchemy import Row, Select, func
from sqlalchemy.ext.asyncio import AsyncSession

Columns = TypeVarTuple("Columns")


async def paginate(
    session: AsyncSession, statement: Select[*Columns], *, limit: int, offset: int
) -> tuple[Sequence[Row[*Columns]], int]:
    """The rows of `statement` (which orders them) from `offset`, at most `limit`, and how many
    rows it selects in all: two statements, the count with the same FROM and WHERE."""
    counted = statement.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)
    total = await session.scalar(counted)
    rows = (await session.execute(statement.limit(limit).offset(offset))).all()
    return rows, total or 0
