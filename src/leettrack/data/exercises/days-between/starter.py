from datetime import date

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def days_between(start: str, end: str) -> int:
    """Return the number of days from start to end (ISO dates)."""
    pass


def weekday_name(day: str) -> str:
    """Return the English weekday name of an ISO date."""
    pass
