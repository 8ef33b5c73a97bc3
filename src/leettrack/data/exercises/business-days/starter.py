from datetime import date, timedelta


def add_business_days(start: str, days: int, holidays: list[str] | None = None) -> str:
    """Return the date days business days after start."""
    return (date.fromisoformat(start) + timedelta(days=days)).isoformat()


def business_days_between(start: str, end: str, holidays: list[str] | None = None) -> int:
    """Count the business days after start up to and including end."""
    return (date.fromisoformat(end) - date.fromisoformat(start)).days
