MIN_AGE = 0
MAX_AGE = 150


def parse_age(text: str) -> int:
    """Return the age written in text; raise ValueError if it is not a valid age."""
    age = int(text)  # raises ValueError for text that is not a whole number
    if not MIN_AGE <= age <= MAX_AGE:
        raise ValueError(f"age must be between {MIN_AGE} and {MAX_AGE}, got {age}")
    return age
