"""The clock the review routes read; tests override `get_now` to freeze and advance time."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends

from leettrack.db import utcnow


async def get_now() -> datetime:
    return utcnow()


Now = Annotated[datetime, Depends(get_now)]
