import string
from collections import Counter


def top_words(text: str, n: int) -> list[tuple[str, int]]:
    """Return the n most common words with their counts, ties in alphabetical order."""
    words = (token.strip(string.punctuation).lower() for token in text.split())
    counts = Counter(word for word in words if word)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]
