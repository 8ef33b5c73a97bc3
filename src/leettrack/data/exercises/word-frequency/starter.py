PUNCTUATION = ".,!?;:\"'"


def word_frequency(text: str) -> dict[str, int]:
    """Return a mapping from each lower-cased word in text to its number of occurrences."""
    counts: dict[str, int] = {}
    return counts
