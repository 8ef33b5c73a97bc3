def squares_of_odds(numbers: list[int]) -> list[int]:
    """Return the squares of the odd numbers, in order."""
    return [n * n for n in numbers if n % 2 == 1]


def word_lengths(words: list[str]) -> dict[str, int]:
    """Return each word mapped to its length."""
    return {word: len(word) for word in words}


def first_letters(words: list[str]) -> list[str]:
    """Return the distinct lower-case first letters of the non-empty words, sorted."""
    return sorted({word[0].lower() for word in words if word})


def flatten(rows: list[list]) -> list:
    """Return the items of every row, row after row."""
    return [item for row in rows for item in row]
