"""Activity per local day, in the user's timezone, and the streaks it makes.

PostgreSQL converts instants with its own time zone database (`timezone(zone, instant)`).
SQLite has none, so the UTC offsets in force over the queried range (daylight saving changes
included) become a CASE expression: the day is still computed and grouped in SQL.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import String, bindparam, case, func, literal, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.core.sql import dialect_name
from leettrack.db import Database
from leettrack.tracking.models import QuestionActivity

CALENDAR_DAYS = 365
_DAY = timedelta(days=1)


def user_zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _offset_minutes(zone: ZoneInfo, instant: datetime) -> int:
    offset = instant.astimezone(zone).utcoffset() or timedelta()
    return int(offset.total_seconds() // 60)


def _instant(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def offset_segments(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """[(until, minutes)]: the UTC offset in force before each change between start and end;
    the last segment's `until` is `end`."""
    segments: list[tuple[datetime, int]] = []
    current = _offset_minutes(zone, start)
    cursor = start
    while cursor < end:
        step = min(cursor + _DAY, end)
        if _offset_minutes(zone, step) != current:
            # the change lies in (low, high]: bisect over whole seconds, as zones change
            low, high = math.floor(cursor.timestamp()), math.ceil(step.timestamp())
            while high - low > 1:
                middle = (low + high) // 2
                if _offset_minutes(zone, _instant(middle)) == current:
                    low = middle
                else:
                    high = middle
            change = _instant(high)
            segments.append((change, current))
            current = _offset_minutes(zone, change)
        cursor = step
    segments.append((end, current))
    return segments


def _sqlite_local_day(column: Any, zone: ZoneInfo, start: datetime, end: datetime) -> Any:
    segments = offset_segments(zone, start, end)
    modifiers = [(until, f"{minutes:+d} minutes") for until, minutes in segments]
    modifier: Any = (
        literal(modifiers[0][1])
        if len(modifiers) == 1
        else case(*[(column < until, mod) for until, mod in modifiers[:-1]], else_=modifiers[-1][1])
    )
    return func.date(column, modifier)


def day_counts(
    dialect: str,
    zone: ZoneInfo | None = None,
    since: datetime | None = None,
    now: datetime | None = None,
) -> Any:
    """The statement of `events_per_day` for the parameters `user_id` and `zone` (the zone's
    name): (local_day, events) per day with events. SQLite has no time zone database: there
    the local day is computed from `zone`'s offsets since `since` (`history_start`) until
    `now`, and there is no statement (None) when there is no history."""
    column = QuestionActivity.occurred_at
    if dialect == "postgresql":
        zone_name = bindparam("zone", type_=String)
        day: Any = func.to_char(func.timezone(zone_name, column), "YYYY-MM-DD")
    else:
        if zone is None or since is None or now is None:
            return None
        day = _sqlite_local_day(column, zone, since, max(now, since) + _DAY)
    return (
        select(day.label("local_day"), func.count().label("events"))
        .where(QuestionActivity.user_id == bindparam("user_id"))
        .group_by(text("local_day"))
    )


_HISTORY_START = select(func.min(QuestionActivity.occurred_at).label("first")).where(
    QuestionActivity.user_id == bindparam("user_id")
)


async def history_start(database: Database, user_id: int) -> datetime | None:
    """When the user's first event happened (SQLite needs it for `day_counts`)."""
    rows = await database.fetch(_HISTORY_START, {"user_id": user_id})
    first: datetime | None = rows[0]["first"]
    return first


async def events_per_day(
    session: AsyncSession, user_id: int, zone: ZoneInfo, now: datetime
) -> dict[date, int]:
    """Every day (local) with attempted/solved events, and how many: one grouped query (two on
    SQLite, which first needs the range of the history)."""
    dialect = dialect_name(session)
    since = None
    if dialect != "postgresql":
        since = await session.scalar(_HISTORY_START, {"user_id": user_id})
    statement = day_counts(dialect, zone, since, now)
    if statement is None:
        return {}
    rows = await session.execute(statement, {"user_id": user_id, "zone": zone.key})
    return {date.fromisoformat(row.local_day): row.events for row in rows}


def streaks(days: Iterable[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive active days. The current run may end yesterday:
    a day without practice yet does not break it before it is over."""
    active = sorted(set(days))
    longest = run = 0
    previous: date | None = None
    for day in active:
        run = run + 1 if previous is not None and day - previous == _DAY else 1
        longest = max(longest, run)
        previous = day
    present = set(active)
    cursor = today if today in present else today - _DAY
    current = 0
    while cursor in present:
        current += 1
        cursor -= _DAY
    return current, longest


def calendar(per_day: dict[date, int], today: date) -> dict[str, int]:
    """The last 365 local days (today included) that saw activity, oldest first."""
    since = today - timedelta(days=CALENDAR_DAYS - 1)
    return {day.isoformat(): per_day[day] for day in sorted(per_day) if since <= day <= today}


def local_today(zone: ZoneInfo, now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(zone).date()
