PUNCTUATION = ".,!?;:\"'"


def word_frequency(text: str) -> dict[str, int]:
    """Return a mapping from each lower-cased word in text to its number of occurrences."""
    counts: dict[str, int] = {}
    for raw in text.split():
        word = raw.strip(PUNCTUATION).lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts
