from itertools import accumulate, combinations, islice, product


def pairings(names: list[str]) -> list[list[str]]:
    """Return every pair of two different players, each once."""
    return [[a, b] for a in names for b in names]


def running_totals(numbers: list[float]) -> list[float]:
    """Return the total so far after each number."""
    return numbers


def chunks(items: list, size: int) -> list[list]:
    """Return items cut into lists of size items; the last may be shorter."""
    return [items]


def menus(*courses: list[str]) -> list[str]:
    """Return every menu with one dish from each course, joined by ' + '."""
    return []
