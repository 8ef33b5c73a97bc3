"""Query and path parameters shared by every router."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

# The largest id or offset a 32-bit INTEGER column (PostgreSQL's `integer`) can compare with.
MAX_DB_INT = 2**31 - 1

Offset = Annotated[int, Query(ge=0, le=MAX_DB_INT, description="how many items to skip")]


def is_db_id(ref: str) -> bool:
    """A path reference that names a row id (digits within range) rather than a slug."""
    return ref.isdigit() and int(ref) <= MAX_DB_INT
