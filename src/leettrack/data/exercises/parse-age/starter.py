def parse_age(text: str) -> int:
    """Return the age written in text; raise ValueError if it is not a valid age."""
    pass
