def format_duration(seconds: int) -> str:
    """Return seconds as h:mm:ss; raise ValueError for a negative number."""
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative, got {seconds}")
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
