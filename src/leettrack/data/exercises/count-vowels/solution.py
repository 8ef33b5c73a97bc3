VOWELS = "aeiou"


def count_vowels(text: str) -> int:
    """Return the number of vowels (a, e, i, o, u) in text, ignoring case."""
    count = 0
    for char in text.lower():
        if char in VOWELS:
            count += 1
    return count
