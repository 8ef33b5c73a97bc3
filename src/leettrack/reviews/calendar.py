"""The user's calendar: UTC instants of local midnights, so "today" follows the user's timezone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def user_zone(name: str | None) -> ZoneInfo:
    """The user's IANA zone; UTC when unset or unknown (the settings route validates names)."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()


def midnight(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant at which `day` begins in `zone`."""
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def day_bounds(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC start and end of the local day containing `now` (23 or 25 hours long across DST)."""
    today = local_date(now, zone)
    return midnight(today, zone), midnight(today + timedelta(days=1), zone)
