def format_duration(seconds: int) -> str:
    """Return seconds as h:mm:ss; raise ValueError for a negative number."""
    return f"0:00:{seconds}"
