import string
from collections import Counter


def top_words(text: str, n: int) -> list[tuple[str, int]]:
    """Return the n most common words with their counts, ties in alphabetical order."""
    counts = Counter(text.split())
    return counts.most_common(n)
