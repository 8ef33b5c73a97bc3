def is_leap_year(year: int) -> bool:
    """Return True if year is a Gregorian leap year."""
    pass
