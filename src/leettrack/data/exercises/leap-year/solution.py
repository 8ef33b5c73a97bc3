def is_leap_year(year: int) -> bool:
    """Return True if year is a Gregorian leap year."""
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0
