from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


def _days_off(holidays: list[str] | None) -> set[date]:
    return {date.fromisoformat(holiday) for holiday in holidays or []}


def _is_business_day(day: date, days_off: set[date]) -> bool:
    return day.weekday() < 5 and day not in days_off


def add_business_days(start: str, days: int, holidays: list[str] | None = None) -> str:
    """Return the date days business days after start."""
    if days < 0:
        raise ValueError(f"days cannot be negative, got {days}")
    day, days_off = date.fromisoformat(start), _days_off(holidays)
    while days > 0:
        day += ONE_DAY
        if _is_business_day(day, days_off):
            days -= 1
    return day.isoformat()


def business_days_between(start: str, end: str, holidays: list[str] | None = None) -> int:
    """Count the business days after start up to and including end."""
    day, last, days_off = date.fromisoformat(start), date.fromisoformat(end), _days_off(holidays)
    if last < day:
        raise ValueError(f"{end} is before {start}")
    count = 0
    while day < last:
        day += ONE_DAY
        count += _is_business_day(day, days_off)
    return count
